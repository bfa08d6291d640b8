"""What a build did: the record handed back to the caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    #: (event id, document id) pairs that were current and left alone.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: True when the quick check found every selected output current and nothing was loaded.
    up_to_date: bool = False
