"""Builds shared by the customisation tests: each is made once per session.

Building is the slow part, so the small test event is built once with the
built-in theme (the baseline every override is compared with) and the
demonstration event once as a pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from customise_helpers import DEMO, build, demo_project, formats, project


@dataclass(frozen=True)
class Built:
    root: Path
    out: Path

    def __call__(self, name: str) -> Path:
        return self.out / name


@pytest.fixture(scope="session")
def baseline(tmp_path_factory) -> Built:
    """The small test event's briefing note and fact sheet, built-in theme, every format."""
    root = project(tmp_path_factory.mktemp("baseline"))
    out = build(root, "-d", "briefing-note", "-d", "fact-sheet", *formats("pdf", "docx", "html"))
    return Built(root, out)


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Built:
    """The demonstration event's pack (with its speaker card) and speaker card as shipped."""
    root = demo_project(tmp_path_factory.mktemp("demo"))
    out = build(root, "-d", "briefing-pack", "-d", "speaker-card", *formats("pdf", "docx"), event=DEMO)
    return Built(root, out)
