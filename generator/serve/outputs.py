"""Which files the preview may serve: the build outputs of the events it watches, nothing else.

A request names an output as ``<event>/<document>.<ext>``. Both names must
be slugs (the same rule that made the file: pipeline/output.py), the
extension one the build writes, and the file's real path must lie in the
event's build folder (config/confine.py), so neither ``..``, ``%2e%2e``,
an absolute path nor a symbolic link placed in build/ reaches anything else.

A check and a later open are two looks at the disk; between them the file
can be swapped for a link or a named pipe. So a file is served from the
descriptor :meth:`Outputs.open` returns, opened through the event folder
without following links and without blocking, and checked on that
descriptor (a regular file), never from a second lookup of its name.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from ..errors import BriefkitError
from ..pipeline.output import SLUG

#: What the build writes, and the media type each is served as.
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class Refused(ValueError):
    """The request names no output the preview may serve."""


@dataclass(frozen=True)
class Output:
    event: str
    document: str
    fmt: str
    path: Path

    @property
    def key(self) -> str:
        return f"{self.event}/{self.document}.{self.fmt}"


class Outputs:
    """The build folder as the preview sees it: the watched events' outputs."""

    def __init__(self, build_dir: Path, events: Callable[[], list[str]], root: Path | None = None):
        """``root``: the project; a build folder that is a link out of it is not served
        (the build refuses to write there, pipeline/output.py)."""
        self._build_dir = build_dir
        self._root = (root or build_dir.parent).resolve()
        self._find_events = events
        self.events = list(events())

    def refresh(self) -> None:
        """Look for the events again (a folder added under content/ while serving)."""
        # When they cannot be listed, the build says why; what was there is still served.
        with contextlib.suppress(BriefkitError):
            self.events = list(self._find_events())

    @property
    def build_dir(self) -> Path:
        """The build folder's real path, looked up each time (it may be replaced by a link)."""
        real = self._build_dir.resolve()
        if not real.is_relative_to(self._root):
            raise Refused(f"{self._build_dir} leads outside the project (to {real})")
        return real

    def find(self, event: str, name: str) -> Output:
        """The output ``event/name`` (both still percent-encoded, as in the URL)."""
        event, name = _decoded(event), _decoded(name)
        document, dot, fmt = name.rpartition(".")
        if not (dot and SLUG.match(event) and SLUG.match(document) and fmt in MEDIA_TYPES):
            raise Refused(f"{event}/{name} is not the name of an output")
        if event not in self.events:
            raise Refused(f"{event} is not an event being previewed")
        build_dir = self.build_dir
        path = build_dir / event / name
        # The real path's folder is build/<event> itself: neither the file nor the event
        # folder is a link leading elsewhere (a folder linked out resolves inside its target).
        real = path.resolve()
        if real.parent != build_dir / event or path.is_symlink() or not real.is_file():
            raise Refused(f"{event}/{name} is not an output in the build folder")
        return Output(event, document, fmt, path)

    @contextlib.contextmanager
    def open(self, output: Output) -> Iterator[tuple[int, os.stat_result]]:
        """The output's descriptor and its status, as opened now (see the module's docstring)."""
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY
        try:
            folder = os.open(self.build_dir / output.event, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
            try:
                fd = os.open(output.path.name, flags, dir_fd=folder)
            finally:
                os.close(folder)
        except OSError as exc:  # gone, or a link now (ELOOP, ENOTDIR)
            raise Refused(f"{output.key} cannot be opened: {exc.strerror}") from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise Refused(f"{output.key} is no longer a regular file")
            yield fd, info
        finally:
            os.close(fd)

    def read(self, output: Output, limit: int) -> tuple[bytes, os.stat_result]:
        """The output's bytes (at most ``limit``) and its status, from one open file."""
        with self.open(output) as (fd, info):
            if info.st_size > limit:
                raise Refused(f"{output.key} is {info.st_size:,} bytes, over {limit:,}")
            chunks, left = [], info.st_size
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            return b"".join(chunks), info

    def catalogue(self) -> dict[str, dict[str, dict[str, str]]]:
        """event → document → format → version: the file's modification time in
        ns, as text (a JavaScript number would round it).

        Only regular files inside the build folder count; a link there
        pointing elsewhere is neither listed nor served.
        """
        found: dict[str, dict[str, dict[str, str]]] = {}
        try:
            build_dir = self.build_dir
        except Refused:
            return {event: {} for event in self.events}
        for event in self.events:
            docs: dict[str, dict[str, str]] = {}
            folder = build_dir / event
            if folder.is_dir() and not folder.is_symlink():
                for path in sorted(folder.iterdir()):
                    try:
                        output = self.find(event, path.name)
                    except Refused:
                        continue
                    try:
                        docs.setdefault(output.document, {})[output.fmt] = str(path.stat().st_mtime_ns)
                    except OSError:  # replaced or removed meanwhile
                        continue
            found[event] = docs
        return found


def _decoded(part: str) -> str:
    try:
        text = unquote(part, errors="strict")
    except UnicodeDecodeError:  # %c0%ae (an overlong "."), a lone %ff: no output has such a name
        raise Refused(f"{part!r} is not UTF-8") from None
    if any(ch in text for ch in "/\\\x00") or text in ("", ".", ".."):
        raise Refused(f"{part!r} is not a file name")
    return text
