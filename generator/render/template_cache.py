"""Compiled templates kept on disk between builds, in the user's own cache folder.

Compiling the built-in templates costs a cold build about 0.2 CPU seconds,
in the build's process, before any worker can start rendering; the compiled
code depends only on the template's source, briefkit's code and Jinja2, so
it is kept like Python's own ``__pycache__``.

Loading compiled code runs it: whoever can write these files can run code
as the user who builds, past the template sandbox. So they are not kept in
the project (whose content and templates may come from others, and whose
``build/`` folder anyone who can write the project can write too), but in
``$XDG_CACHE_HOME/briefkit/templates`` (``~/.cache/...``): a folder this
user owns, that nobody else may write (mode 0700, not a link), checked
before every use; if the check fails nothing is read or written there and
templates are compiled as before. Entries are named by Jinja2's key for the
template's name and file, hold the checksum of the source they were compiled
from (an edited template is compiled, and checked by the sandbox, afresh),
and sit in a folder named after briefkit's code and Jinja2's version (a
briefkit with other checks never loads code compiled past older ones).
docs/security.md says the same for users.

The folder is kept bounded (:func:`prune`, at most once a day, by the first
build that uses it): other briefkit versions' folders beyond the
``KEEP_VERSIONS`` most recently used are removed, and in this version's
folder the entries not used for ``MAX_AGE_DAYS`` (a template since edited or
deleted leaves its old entry behind) and any beyond ``MAX_ENTRIES``, least
recently used first. An entry's modification time is when it was last used.
Only this module's own files are removed, through a descriptor of their
folder opened without following links, never anything a link points to.
``briefkit cache`` shows the folder, ``briefkit cache --clear`` empties it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import re
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: Larger entries are neither written nor read (the pack's template compiles to about 60 kB).
MAX_ENTRY_BYTES = 4 * 1024 * 1024
#: Each entry starts with the SHA-256 of the rest. Jinja2 checks its format and the source's
#: checksum but not the code: a damaged entry whose marshal data still loaded ran as the
#: template (a flipped byte printed text its source does not hold).
_DIGEST = hashlib.sha256().digest_size

#: Kinds of entry: compiled templates, and the templates a source references (templates.py).
COMPILED = ".jinja"
REFERENCES = ".refs"
#: Other versions' folders kept besides this one's, the most recently used.
KEEP_VERSIONS = 2
#: Entries unused for this long are removed.
MAX_AGE_DAYS = 30
#: At most this many entries in a version's folder (the built-in templates make about 20).
MAX_ENTRIES = 2000
#: How often the folder is pruned: a stamp file's age says when it last was.
PRUNE_EVERY_S = 24 * 3600
_STAMP = ".pruned"
#: The only names this module writes, hence the only ones it removes.
_VERSION_NAME = re.compile(r"[0-9a-f]{24}")
_ENTRY_NAME = re.compile(r"[0-9a-zA-Z]+\.(jinja|refs)|\..+\.tmp|\.pruned")


def _private_folder(path: Path) -> bool:
    """Whether *path* is a real folder of this user's that no one else may write; created so if missing."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def _base() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or ""
    return Path(cache_home) if os.path.isabs(cache_home) else Path.home() / ".cache"


@functools.cache
def _version_folder_name() -> str:
    import jinja2

    from ..pipeline.incremental import tool_fingerprint

    text = f"{tool_fingerprint()}|jinja2 {jinja2.__version__}|{sys.version}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _templates_folder(create: bool = True) -> Path | None:
    """``briefkit/templates`` in the cache home, checked now; None: not a private folder of this user."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: no owner check, no cache
        return None
    briefkit = _base() / "briefkit"
    templates = briefkit / "templates"
    if not create and not os.path.lexists(templates):
        return None
    try:
        _base().mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    for path in (briefkit, templates):
        if not _private_folder(path):
            log.debug("Not keeping compiled templates in %s: not a private folder of this user", path)
            return None
    return templates


def folder() -> Path | None:
    """This briefkit's folder of compiled templates, checked now; None: do not keep them on disk."""
    templates = _templates_folder()
    if templates is None:
        return None
    version = templates / _version_folder_name()
    if not _private_folder(version):
        log.debug("Not keeping compiled templates in %s: not a private folder of this user", version)
        return None
    _prune_once(templates, version.name)
    return version


def _entry(key: str, kind: str) -> Path | None:
    where = folder()
    # Jinja2's keys are hex digests; anything else is not a file name here.
    if where is None or not key.isalnum() or kind not in (COMPILED, REFERENCES):
        return None
    return where / f"{key}{kind}"


def read(key: str, kind: str = COMPILED) -> bytes | None:
    """The entry kept under *key* (Jinja2's bytecode format), or None (also if it is damaged)."""
    path = _entry(key, kind)
    if path is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.getuid()
            or info.st_size > MAX_ENTRY_BYTES + _DIGEST
        ):
            return None
        kept = fh.read(MAX_ENTRY_BYTES + _DIGEST + 1)
        data = kept[_DIGEST:]
        if hashlib.sha256(data).digest() != kept[:_DIGEST]:
            return None
        if time.time() - info.st_mtime > 3600:  # used: the age pruning goes by
            with contextlib.suppress(OSError):  # a read-only cache is still read
                os.utime(fh.fileno())
    return data


def write(key: str, data: bytes, kind: str = COMPILED) -> None:
    """Keep *data* under *key*, replacing the entry whole (a reader never sees half of one)."""
    path = _entry(key, kind)
    if path is None or len(data) > MAX_ENTRY_BYTES:
        return
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(data).digest() + data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as exc:  # a full or read-only disk: the build goes on without
        log.debug("Could not keep a compiled template in %s: %s", path.parent, exc)


# -- kept bounded ---------------------------------------------------------------------

_pruned_in_this_process: set[str] = set()


def _prune_once(templates: Path, version: str) -> None:
    """Prune at most once per process, and then only if the last pruning is a day old."""
    if version in _pruned_in_this_process:
        return
    _pruned_in_this_process.add(version)
    try:
        stamp = os.lstat(templates / version / _STAMP)
    except FileNotFoundError:
        stamp = None
    except OSError:
        return
    if stamp is not None and time.time() - stamp.st_mtime < PRUNE_EVERY_S:
        return
    try:
        prune(templates, version)
        fd = os.open(templates / version / _STAMP, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        os.utime(fd)
        os.close(fd)
    except OSError as exc:  # a full or read-only disk, a folder changed meanwhile: next time
        log.debug("Could not prune the compiled templates in %s: %s", templates, exc)


@dataclass(frozen=True)
class VersionFolder:
    """One briefkit version's folder of kept entries."""

    name: str
    entries: int
    size: int
    #: When it was last used (its most recently used entry; the folder's own time if empty).
    used: float


def _open_folder(name: str | Path, parent_fd: int | None = None) -> int:
    """A descriptor of a real folder of this user's, opened without following a link."""
    fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=parent_fd)
    if os.fstat(fd).st_uid != os.getuid():
        os.close(fd)
        raise PermissionError(f"{name} is not this user's")
    return fd


def _own_files(fd: int) -> list[tuple[str, os.stat_result]]:
    """(name, stat) of the regular files in a folder that this module writes."""
    found = []
    for entry in os.scandir(fd):
        if _ENTRY_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                found.append((entry.name, entry.stat(follow_symlinks=False)))
            except FileNotFoundError:  # removed meanwhile by another build's pruning or `cache --clear`
                continue
    return found


def _remove(fd: int, names) -> int:
    removed = 0
    for name in names:
        try:
            os.unlink(name, dir_fd=fd)  # a name in the folder itself: a link is removed, not followed
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def versions(templates: Path | None = None) -> list[VersionFolder]:
    """The versions' folders kept, most recently used first."""
    templates = templates or _templates_folder(create=False)
    if templates is None:
        return []
    found = []
    try:
        top = _open_folder(templates)
    except FileNotFoundError:  # cleared meanwhile
        return []
    try:
        for entry in os.scandir(top):
            if not (_VERSION_NAME.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)):
                continue
            try:
                fd = _open_folder(entry.name, top)
            except OSError:
                continue
            try:
                files = [(n, info) for n, info in _own_files(fd) if n != _STAMP]
                used = max([info.st_mtime for _, info in files], default=os.fstat(fd).st_mtime)
                size = sum(info.st_size for _, info in files)
                found.append(VersionFolder(entry.name, len(files), size, used))
            finally:
                os.close(fd)
    finally:
        os.close(top)
    return sorted(found, key=lambda v: v.used, reverse=True)


def prune(templates: Path, current: str, now: float | None = None) -> int:
    """Apply the policy (module docstring) to *templates*; the number of files removed."""
    now = time.time() if now is None else now
    removed = 0
    others = [v for v in versions(templates) if v.name != current]
    top = _open_folder(templates)
    try:
        for old in others[KEEP_VERSIONS:]:
            removed += _empty(top, old.name)
        try:
            fd = _open_folder(current, top)
        except FileNotFoundError:
            return removed
        try:
            files = sorted(
                ((n, info) for n, info in _own_files(fd) if n != _STAMP),
                key=lambda item: item[1].st_mtime,
                reverse=True,
            )
            stale = [
                n
                for i, (n, info) in enumerate(files)
                if i >= MAX_ENTRIES or now - info.st_mtime > MAX_AGE_DAYS * 86400
            ]
            removed += _remove(fd, stale)
        finally:
            os.close(fd)
    finally:
        os.close(top)
    return removed


def _empty(top: int, name: str) -> int:
    """Remove a version's folder: its own files, then the folder if nothing else is left in it."""
    try:
        fd = _open_folder(name, top)
    except OSError:
        return 0
    try:
        removed = _remove(fd, [n for n, _ in _own_files(fd)])
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):  # something else was put there: left alone
        os.rmdir(name, dir_fd=top)
    return removed


def clear() -> int:
    """Remove every version's entries and folders (``briefkit cache --clear``); the number of files."""
    templates = _templates_folder(create=False)
    if templates is None:
        return 0
    removed = 0
    top = _open_folder(templates)
    try:
        for version in versions(templates):
            removed += _empty(top, version.name)
    finally:
        os.close(top)
    _pruned_in_this_process.clear()
    return removed


def location() -> Path:
    """Where the entries are kept (whether or not the folder exists or may be used)."""
    return _base() / "briefkit" / "templates"


def current_version() -> str:
    return _version_folder_name()
