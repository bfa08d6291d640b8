"""Decide what needs rebuilding, from a manifest of input hashes.

Each output folder keeps ``.briefkit-manifest.json``: for every document, a
key hashed from everything its output depends on (the tool version, the
event's files, the theme's tokens, labels and assets, the templates it loads,
the build options) and the hash of each file written. A document whose key
and outputs still match is skipped.

This module imports nothing heavy: a rebuild where nothing changed is decided
from file hashes alone, without loading the content model, Jinja2 or
WeasyPrint.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..config.confine import is_inside, read_limited
from ..config.project import DEFAULT_PACK_ID, EVENT_FILE, Project
from .output import output_stem

if TYPE_CHECKING:
    from ..writers import OutputSettings
    from .options import BuildOptions

MANIFEST = ".briefkit-manifest.json"
_SCHEMA = 1


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def data_hash(data: bytes) -> str:
    """The hash recorded for an output, from the bytes about to be written."""
    return _sha(data)


#: Files larger than this are keyed by size, time and inode instead of being
#: read: a 100 GB (sparse) file in an event folder must not stall every build.
MAX_HASHED_BYTES = 64 * 1024 * 1024
#: The manifest briefkit writes is a few kilobytes; anything far larger is not one.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
#: An output is read to check it is the one recorded, up to this size (past it,
#: it is rebuilt: what is in build/ is not trusted to be small).
MAX_OUTPUT_HASHED_BYTES = 1024 * 1024 * 1024


def file_hash(path: Path, limit: int = MAX_HASHED_BYTES) -> str:
    """The file's SHA-256, read in blocks; a stand-in for what must not be read.

    Opened without blocking and checked on the descriptor: a named pipe or a
    device (a link to /dev/zero) is keyed by its kind, never read, even if
    it replaced a regular file after the folder was listed.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return "missing"
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return f"special:{stat.S_IFMT(info.st_mode):o}:{info.st_rdev}"
        if info.st_size > limit:
            return f"large:{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"
        h = hashlib.sha256()
        left = limit + 1
        while left > 0 and (block := fh.read(min(1 << 20, left))):
            h.update(block)
            left -= len(block)
        return h.hexdigest()


def _passed_over(name: str) -> bool:
    """A file or folder name the keys do not hash: hidden (an editor's swap files, which change on
    every keystroke, would rebuild the event each time), a backup, compiled Python."""
    return name.startswith(".") or name.endswith((".pyc", "~"))


#: The event folder's subfolder its key does not list with its other files (templates are each
#: document's own inputs).
_EVENT_SKIPPED = ("templates",)
#: A theme folder's subfolders its key does not list (themes are chosen by name; caches).
_LAYER_SKIPPED = ("themes", "__pycache__")


def unseen_in_event(path: Path, folder: Path) -> bool:
    """True when the event's key does not hash ``path``, a file inside ``folder`` named by the
    event (its speech, a data schema): an edit would rebuild nothing, and a watch would keep the
    setup read before it."""
    return _unseen(path, folder, _EVENT_SKIPPED)


def unseen_in_layer(path: Path, folder: Path) -> bool:
    """The same for a file inside a theme folder, or the event's when ``folder`` is one."""
    event = (Path(folder) / EVENT_FILE).is_file()
    return _unseen(path, folder, _EVENT_SKIPPED if event else _LAYER_SKIPPED)


def _unseen(path: Path, folder: Path, skipped: tuple[str, ...]) -> bool:
    parts = Path(os.path.normpath(path)).relative_to(os.path.normpath(folder)).parts
    return any(_passed_over(p) or p in skipped for p in parts[:-1]) or _passed_over(parts[-1])


def _files(folder: Path, *, skip_dirs: tuple[str, ...] = (), templates: bool | None = None) -> list[Path]:
    """Files below a folder; ``templates`` True/False keeps only/no ``*.j2``."""
    out: list[Path] = []
    if not folder.is_dir():
        return out
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in skip_dirs and not _passed_over(d))
        for name in sorted(names):
            if _passed_over(name):
                continue
            if templates is not None and name.endswith(".j2") != templates:
                continue
            path = Path(root) / name
            if path.is_file():  # not a pipe, socket or device: reading those can block
                out.append(path)
    return out


def _hash_files(
    paths: list[Path],
    roots: dict[Path, Path] | None = None,
    contents: dict[Path, bytes | None] | None = None,
    hash_of: Callable[[Path], str] = file_hash,
) -> str:
    """Hash files by path and content; a link leading out of its folder is hashed
    by where it points, never read (the build refuses it if it is used).
    ``contents`` gives bytes already read for some paths (None: read them
    with ``hash_of``)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path).encode())
        h.update(b"\0")
        root = (roots or {}).get(path)
        known = (contents or {}).get(path)
        if root is not None and not is_inside(path, root):
            h.update(f"link-out:{path.resolve()}".encode())
        elif known is not None:
            h.update(_sha(known).encode())
        else:
            h.update(hash_of(path).encode())
        h.update(b"\n")
    return h.hexdigest()


_TOOL: list[str] = []


def tool_fingerprint() -> str:
    """The version and a hash of briefkit's own code: a changed writer rebuilds everything,
    in a checkout as much as after an upgrade."""
    if not _TOOL:
        package = Path(__file__).resolve().parent.parent
        _TOOL.append(__version__ + ":" + _hash_files(sorted(package.rglob("*.py")))[:16])
    return _TOOL[0]


def common_key(project: Project, folder: Path, options: BuildOptions) -> str:
    """What every document of an event depends on, templates aside."""
    folder = Path(folder)
    roots = dict.fromkeys(_files(folder, skip_dirs=_EVENT_SKIPPED), folder)
    for layer in project.layers(folder)[:-1]:
        roots.update(dict.fromkeys(_files(layer, skip_dirs=_LAYER_SKIPPED, templates=False), layer))
    inputs = list(roots)
    # Adding an override changes which file wins: the listing is an input too.
    listing = [
        str(p)
        for d in project.template_dirs(folder)
        for p in _files(d, skip_dirs=("themes",), templates=True)
    ]
    h = hashlib.sha256(_hash_files(inputs, roots).encode())
    h.update("\n".join(listing).encode())
    h.update(options.key_token(project.theme).encode())
    return h.hexdigest()


def document_key(
    common: str, templates: dict[Path, bytes | None], hash_of: Callable[[Path], str] = file_hash
) -> str:
    """The key of one document: its event's common key and its template files
    (with the bytes already read, where the caller has them)."""
    return _sha((common + _hash_files(sorted(templates), contents=templates, hash_of=hash_of)).encode())


class _Lookups:
    """What one staleness check asks of the file system, each asked once.

    An event's documents share most of their templates (the base layout,
    the partials, the stylesheet), and each is checked in every format: the
    same files would be hashed and resolved a dozen times in one check.
    """

    def __init__(self, template_dirs: list[Path] | None) -> None:
        self.template_dirs = template_dirs
        self._hashes: dict[Path, str] = {}
        self._allowed: dict[Path, bool] = {}

    def hash_of(self, path: Path) -> str:
        if path not in self._hashes:
            self._hashes[path] = file_hash(path)
        return self._hashes[path]

    def allowed(self, path: Path) -> bool:
        """True when the template file lies in one of the template folders (or none are given)."""
        if self.template_dirs is None:
            return True
        if path not in self._allowed:
            self._allowed[path] = any(is_inside(path, t) for t in self.template_dirs)
        return self._allowed[path]


def _well_formed(entry: object) -> bool:
    """An entry as ``Manifest.record`` writes it: a key, template paths, output hashes."""
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("key"), str)
        and isinstance(entry.get("deps", []), list)
        and all(isinstance(d, str) for d in entry.get("deps", []))
        and isinstance(entry.get("outputs", {}), dict)
        and all(isinstance(h, str) for h in entry.get("outputs", {}).values())
    )


@dataclass
class Manifest:
    path: Path
    documents: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        """The manifest of an output folder, or an empty one (everything rebuilds).

        Not trusted: it must be a regular file of sensible size inside the
        folder (a pipe, a link to /dev/zero or to a file elsewhere is ignored),
        and each entry must have the shape briefkit writes.
        """
        path = folder / MANIFEST
        if not is_inside(path, folder):
            return cls(path)
        try:
            data = json.loads(read_limited(path, MAX_MANIFEST_BYTES, ValueError).decode("utf-8"))
            if not isinstance(data, dict) or data.get("schema") != _SCHEMA:
                return cls(path)
            documents = data.get("documents", {})
            if not isinstance(documents, dict):
                return cls(path)
            return cls(path, {k: v for k, v in documents.items() if _well_formed(v)})
        except (OSError, ValueError, RecursionError):
            return cls(path)

    def record(self, doc_id: str, key: str, deps: list[Path], outputs: dict[str, str]) -> None:
        entry = self.documents.setdefault(doc_id, {"outputs": {}})
        if entry.get("key") != key:
            entry["outputs"] = {}
        entry["key"] = key
        entry["deps"] = [str(p) for p in deps]
        entry["outputs"].update(outputs)

    def stale_formats(
        self,
        doc_id: str,
        common: str,
        formats: tuple[str, ...],
        template_dirs: list[Path] | None = None,
        settings: OutputSettings | None = None,
        lookups: _Lookups | None = None,
    ) -> tuple[str, ...]:
        """The formats among ``formats`` whose output of the document is out of date:
        its inputs changed, or the file is not the one recorded.

        The template files the manifest names are hashed only if they lie in
        ``template_dirs`` (when given): a manifest naming a file elsewhere is
        not briefkit's, and the document is rebuilt instead. Entries are kept
        by output name (``fact-sheet``, ``fact-sheet.a5-2up``) and each output
        is checked on its own: a print build, whose PDF has another name,
        finds the ordinary HTML and DOCX current and leaves them alone.
        ``lookups`` shares file hashes between the checks of one build.
        """
        lookups = lookups or _Lookups(template_dirs)
        return tuple(fmt for fmt in formats if not self._current(doc_id, fmt, common, settings, lookups))

    def _current(
        self, doc_id: str, fmt: str, common: str, settings: OutputSettings | None, lookups: _Lookups
    ) -> bool:
        stem = output_stem(doc_id, fmt, settings)
        entry = self.documents.get(stem)
        if not entry or "key" not in entry:
            return False
        deps = [Path(p) for p in entry.get("deps", [])]
        if not all(lookups.allowed(d) for d in deps):
            return False
        if document_key(common, dict.fromkeys(deps), lookups.hash_of) != entry["key"]:
            return False
        recorded = entry.get("outputs", {}).get(fmt)
        out = self.path.parent / f"{stem}.{fmt}"
        return recorded is not None and file_hash(out, MAX_OUTPUT_HASHED_BYTES) == recorded

    def to_bytes(self) -> bytes:
        """The manifest as written: by the build, in the same all-or-nothing
        step as the outputs it describes."""
        data = {"schema": _SCHEMA, "tool": __version__, "documents": self.documents}
        return json.dumps(data, indent=1, sort_keys=True).encode()


def stale_documents(
    project: Project,
    folder: Path,
    doc_ids: list[str],
    options: BuildOptions,
    common: str | None = None,
) -> dict[str, tuple[str, ...]]:
    """The documents among ``doc_ids`` with outputs to rebuild, each with the formats
    to rebuild it in (``common``: the event's common key, if already computed)."""
    out_dir = project.build_dir / Path(folder).resolve().name
    manifest = Manifest.read(out_dir)
    common = common or common_key(project, folder, options)
    templates = project.template_dirs(folder)
    lookups = _Lookups(templates)
    stale = {
        d: manifest.stale_formats(d, common, options.formats, templates, options.settings, lookups)
        for d in doc_ids
    }
    return {d: formats for d, formats in stale.items() if formats}


def known_documents(project: Project, folder: Path) -> list[str] | None:
    """Document ids recorded by the last build of an event, if it was complete."""
    manifest = Manifest.read(project.build_dir / Path(folder).resolve().name)
    # Entries are kept by output name: "fact-sheet.a5-2up" is the fact sheet.
    return list(dict.fromkeys(name.split(".")[0] for name in manifest.documents)) or None


def configured_documents(project: Project, folder: Path) -> list[str] | None:
    """Document ids from the documents.toml layers, read without validation."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    ids: dict[str, bool] = {}
    pack_id = DEFAULT_PACK_ID
    try:
        for path in project.layer_files(folder, "documents.toml"):
            data = tomllib.loads(read_limited(path, MAX_MANIFEST_BYTES, ValueError).decode("utf-8"))
            for doc_id, spec in data.get("documents", {}).items():
                ids[doc_id] = ids.get(doc_id, False) or bool(spec.get("data"))
            pack_id = data.get("pack", {}).get("id", pack_id)
    except Exception:
        return None
    # A document made from event data is built only for events that have the
    # data; one the last build left out is current as long as nothing changed,
    # and any change to the data changes the event's key.
    built = set(known_documents(project, folder) or [])
    return [d for d, needs_data in ids.items() if not needs_data or d in built] + [pack_id]


def up_to_date(project: Project, folders: list[Path], options: BuildOptions) -> bool:
    """True when every selected output of every event is current: nothing to do."""
    for folder in folders:
        ids = options.wanted or configured_documents(project, folder)
        if not ids or stale_documents(project, folder, ids, options):
            return False
    return True
