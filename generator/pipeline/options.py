"""What a build was asked to do, in one typed record built once by the caller.

The command line (or a library user) builds one ``BuildOptions`` and passes it
down; the stages read what they need from it. The part of it that changes the
bytes of an output is also the part of the manifest key that says "built with
these options" (``key_token``), so the two cannot drift apart.

This module imports nothing heavy: the no-op rebuild decides from it alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import ConfigError
from ..writers import FORMATS, OutputSettings
from .limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT


def check_formats(formats: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The formats asked for, each once, in the order given (none: all of them)."""
    chosen = tuple(dict.fromkeys(formats)) or FORMATS
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ConfigError(f"Unknown format '{unknown[0]}'. Expected one of: {', '.join(FORMATS)}.")
    return chosen


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build is asked to do, besides which project and which events.

    Formats are checked on creation, so an unknown one is refused before
    anything is read.
    """

    #: Output formats, each once; empty means all of them.
    formats: tuple[str, ...] = ()
    #: Document ids to build (empty: every document of each event).
    documents: tuple[str, ...] = ()
    #: Warnings (e.g. HTML the DOCX writer skips) are errors.
    strict: bool = False
    #: Rebuild even the documents whose inputs have not changed.
    force: bool = False
    #: Writer processes; 0 renders in the calling process (watch mode keeps it warm).
    workers: int = 1
    settings: OutputSettings = field(default_factory=OutputSettings)
    #: Theme tokens set by the caller, e.g. ``{"page": {"size": "A4"}}``.
    overrides: dict = field(default_factory=dict)
    #: Seconds one document may take in one format (None: no limit).
    timeout: float | None = DEFAULT_TIMEOUT
    #: Memory ceiling of each writer process, in MiB (None: none).
    memory_mb: int | None = DEFAULT_MEMORY_MB
    #: Watch mode: write each output as soon as it renders, in this process
    #: (gives up all-or-nothing across documents for latency; see ``build_project``).
    eager: bool = False
    #: An event that fails is reported and left as it was; the others are built.
    keep_going: bool = False
    #: A Dask scheduler's address (``tcp://HOST:8786``): each event is a task on that
    #: cluster instead of in local worker processes (pipeline/cluster.py).
    scheduler: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "formats", check_formats(tuple(self.formats)))
        object.__setattr__(self, "documents", tuple(self.documents))

    @property
    def wanted(self) -> list[str] | None:
        """The documents asked for, or None for all of them."""
        return list(self.documents) or None

    def key_token(self, theme: str | None) -> str:
        """The options that change the bytes of an output, as a manifest key part.

        Formats are not in it: each output is recorded under its own format.
        """
        from ..config.source_date import source_date_epoch
        from .incremental import tool_fingerprint

        # Checked here, before anything is read: a bad value is one error for every format.
        moment = source_date_epoch()
        epoch = moment.isoformat() if moment else ""
        return json.dumps(
            [tool_fingerprint(), theme, self.strict, epoch, self.settings.token(), self.overrides],
            sort_keys=True,
        )


class Progress(NamedTuple):
    """``done`` outputs of ``total`` rendered, and the one being rendered now."""

    done: int
    total: int
    #: ``<event>/<document>.<format>`` being rendered; empty once all are done.
    label: str
    #: How many outputs each ``<event>/<document>`` known so far has to render (empty: one in
    #: every format asked for): a print build renders only the PDFs, an up-to-date HTML is skipped.
    outputs: Mapping[str, int] = {}


@dataclass(frozen=True)
class BuildHooks:
    """What the caller wants to hear while a build runs (all optional)."""

    #: Each file, as soon as it is in place.
    on_written: Callable[[Path], None] | None = None
    #: Before each output is waited for, and once when all are done.
    on_progress: Callable[[Progress], None] | None = None
    #: Eager builds (watch mode) only: each PDF's bytes as soon as they are rendered, with
    #: the event and document ids, before the file is written (the live preview shows
    #: its pages from them).
    on_pdf: Callable[[str, str, bytes], None] | None = None
    #: Eager builds only: the documents on screen, as ``(event, document)`` ids, asked for
    #: when an event's rebuild starts: they are built first (their HTML, then their PDF).
    on_screen: Callable[[], frozenset[tuple[str, str]]] | None = None
