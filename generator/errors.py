"""The exceptions a user can meet: each carries a message fit to print as is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from .clean_text import shown, shown_lines


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    #: The file the problem is in (None when it is not tied to a file).
    file: Path | None
    #: 1-based line number, when known.
    line: int | None
    #: Dotted path of the field, e.g. ``timeline[3].date``, when known.
    field: str | None
    message: str

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = _display_path(self.file)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        field = f"{shown(self.field)}: " if self.field else ""
        return f"{where}{field}{self.message}"


def _display_path(path: Path) -> str:
    """Paths relative to the working directory read better in messages (and
    are shown with control characters escaped: folder names are the user's)."""
    try:
        return shown(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return shown(path)


class BriefkitError(click.ClickException):
    """Base of every error meant for the user: printed without a traceback."""

    exit_code = 1

    def __init__(self, message: str, problems: list[Problem] | None = None):
        self.problems = list(problems or [])
        if self.problems:
            lines = [message] + [f"  {p}" for p in self.problems]
            message = "\n".join(lines)
        super().__init__(message)

    def format_message(self) -> str:
        # Every error leaves through here: names from the user's folders are escaped.
        return shown_lines(self.message)


class ContentError(BriefkitError):
    """The event content (event.yaml, speech.txt) is malformed or invalid."""

    exit_code = 2


class ConfigError(BriefkitError):
    """Theme tokens or the document configuration are malformed."""

    exit_code = 2


class TemplateError(BriefkitError):
    """A template failed to load or render, or used HTML outside the vocabulary."""

    exit_code = 3


class BuildError(BriefkitError):
    """Rendering or writing an output failed for a reason the user can act on."""

    exit_code = 4


class BuildStopped(BriefkitError):
    """A failure that stopped a build after some events were written: the
    failure's own message, then which events' outputs are new and kept."""

    def __init__(self, cause: BriefkitError, completed: list[str]):
        self.cause, self.completed = cause, completed
        self.exit_code = cause.exit_code  # type: ignore[misc]  # the cause's kind decides the exit
        super().__init__(
            f"{cause.format_message()}\nThe build stopped there. Built before it, and kept: "
            f"{', '.join(completed)} (--keep-going builds the other events too)."
        )


def display_path(path: Path) -> str:
    return _display_path(path)
