"""What a build did: the record handed back to the caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..errors import BriefkitError


class EventFailure(NamedTuple):
    """An event that failed in a build that went on (``--keep-going``)."""

    event: str
    error: BriefkitError


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    #: (event id, document id) pairs that were current and left alone.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: True when the quick check found every selected output current and nothing was loaded.
    up_to_date: bool = False
    #: Events that failed, their outputs left as they were (``--keep-going`` only).
    failed: list[EventFailure] = field(default_factory=list)
    #: (event id, document id, why) for documents left out of an event and its pack (an empty timeline).
    left_out: list[tuple[str, str, str]] = field(default_factory=list)
