"""What the open pages are told: the outputs' versions, the last build's errors, the PDF pages.

The watch thread records each file as it lands and each rebuild's outcome;
every open page holds a server-sent event stream that wakes on each change
and receives the whole state (a few hundred bytes), so a page that missed
a message, or reconnects, is never out of step.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from ..errors import BriefkitError, Problem, display_path
from .outputs import Outputs

#: "path/to/file.j2:12: message" — how template errors name their place.
_LOCATED = re.compile(r"^(?P<file>[^\s:][^:\n]*?):(?P<line>\d+): (?P<message>.*)$", re.DOTALL)


def error_entries(exc: BriefkitError) -> list[dict]:
    """The error as entries of file, line, field and message, for the overlay.

    Content errors carry their problems; template errors name their file and
    line at the start of the message.
    """
    if exc.problems:
        head = exc.message.splitlines()[0]
        return [_entry(p, head) for p in exc.problems]
    text = exc.format_message()
    found = _LOCATED.match(text)
    if found:
        return [
            {
                "file": found["file"],
                "line": int(found["line"]),
                "field": None,
                "message": found["message"],
                "title": type(exc).__name__,
            }
        ]
    return [{"file": None, "line": None, "field": None, "message": text, "title": type(exc).__name__}]


def _entry(problem: Problem, title: str) -> dict:
    return {
        "file": display_path(problem.file) if problem.file else None,
        "line": problem.line,
        "field": problem.field,
        "message": problem.message,
        "title": title,
    }


class LiveState:
    """The state every page follows, with a condition to wait for its next change."""

    def __init__(self, outputs: Outputs):
        self.outputs = outputs
        self._changed = threading.Condition()
        self.version = 0
        self.building = True
        self.errors: list[dict] = []
        self.files = outputs.catalogue()
        #: ``event/document`` → the version and page count of the PDF its open pages show.
        self.pages: dict[str, dict] = {}
        self.closed = False

    def _bump(self) -> None:
        self.version += 1
        self._changed.notify_all()

    def written(self, path: Path) -> None:
        """A file landed: record its version (the watch calls this from its thread)."""
        try:
            version = str(path.stat().st_mtime_ns)
        except OSError:
            return
        event, name = path.parent.name, path.name
        document, _, fmt = name.rpartition(".")
        with self._changed:
            self.files.setdefault(event, {}).setdefault(document, {})[fmt] = version
            self._bump()

    def pages_ready(self, name: str, version: str, count: int) -> None:
        """The PDF of ``name`` (``event/document``) to show now: pages follow it, not the file."""
        with self._changed:
            if self.pages.get(name) != {"version": version, "count": count}:
                self.pages[name] = {"version": version, "count": count}
                self._bump()

    def unseen(self, name: str) -> None:
        """No page shows ``name`` any more: its PDF is no longer followed."""
        with self._changed:
            self.pages.pop(name, None)

    def built(self, outcome: object) -> None:
        """A rebuild ended: its errors (none when it succeeded) replace the last ones."""
        with self._changed:
            self.building = False
            self.errors = error_entries(outcome) if isinstance(outcome, BriefkitError) else []
            # A fresh look at the folders: events added, outputs removed by hand show too.
            self.outputs.refresh()
            self.files = self.outputs.catalogue()
            self._bump()

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._bump()

    def snapshot(self) -> tuple[int, str]:
        with self._changed:
            return self.version, self._message()

    def wait(self, seen: int, timeout: float) -> tuple[int, str] | None:
        """The state once it is newer than ``seen``; None after ``timeout`` seconds or on close."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen or self.closed, timeout)
            if self.closed or self.version == seen:
                return None
            return self.version, self._message()

    def _message(self) -> str:
        return json.dumps(
            {
                "version": self.version,
                "building": self.building,
                "errors": self.errors,
                "files": self.files,
                "pages": self.pages,
            },
            separators=(",", ":"),
        )
