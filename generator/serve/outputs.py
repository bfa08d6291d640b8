"""Which files the preview may serve: the build outputs of the events it watches, nothing else.

A request names an output as ``<event>/<document>.<ext>``. Both names must
be slugs (the same rule that made the file: pipeline/output.py), the
extension one the build writes, and the file's real path must lie in the
event's build folder (config/confine.py), so neither ``..``, ``%2e%2e``,
an absolute path nor a symbolic link placed in build/ reaches anything else.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from ..config.confine import is_inside
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

    def __init__(self, build_dir: Path, events: Callable[[], list[str]]):
        self.build_dir = build_dir.resolve()
        self._find_events = events
        self.events = list(events())

    def refresh(self) -> None:
        """Look for the events again (a folder added under content/ while serving)."""
        # When they cannot be listed, the build says why; what was there is still served.
        with contextlib.suppress(BriefkitError):
            self.events = list(self._find_events())

    def find(self, event: str, name: str) -> Output:
        """The output ``event/name`` (both still percent-encoded, as in the URL)."""
        event, name = _decoded(event), _decoded(name)
        document, dot, fmt = name.rpartition(".")
        if not (dot and SLUG.match(event) and SLUG.match(document) and fmt in MEDIA_TYPES):
            raise Refused(f"{event}/{name} is not the name of an output")
        if event not in self.events:
            raise Refused(f"{event} is not an event being previewed")
        path = self.build_dir / event / name
        if not is_inside(path, self.build_dir / event) or not path.resolve().is_file():
            raise Refused(f"{event}/{name} is not an output in the build folder")
        return Output(event, document, fmt, path)

    def catalogue(self) -> dict[str, dict[str, dict[str, str]]]:
        """event → document → format → version: the file's modification time in
        ns, as text (a JavaScript number would round it).

        Only regular files inside the build folder count; a link there
        pointing elsewhere is neither listed nor served.
        """
        found: dict[str, dict[str, dict[str, str]]] = {}
        for event in self.events:
            docs: dict[str, dict[str, str]] = {}
            folder = self.build_dir / event
            if folder.is_dir():
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
    text = unquote(part, errors="strict")
    if any(ch in text for ch in "/\\\x00") or text in ("", ".", ".."):
        raise Refused(f"{part!r} is not a file name")
    return text
