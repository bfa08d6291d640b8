"""Handout imposition: which office sheet, which grid and what scale the copies get."""

from __future__ import annotations

import pytest

from generator.config.theme import PAPER_MM
from generator.writers.pdf.impose import layout

PT = 72 / 25.4


def _pt(paper: str, landscape: bool = False) -> tuple[float, float]:
    w, h = (mm * PT for mm in PAPER_MM[paper])
    return (h, w) if landscape else (w, h)


@pytest.mark.parametrize(
    ("paper", "copies", "sheet", "landscape", "grid", "scale"),
    [
        # Two A5 handouts fill an A4 sheet turned landscape, at full size.
        ("A5", 2, "A4", True, (2, 1), 1.0),
        # Four A5 pages go on A4 too (not A3), each scaled to A6.
        ("A5", 4, "A4", False, (2, 2), 0.707),
        # A4 pages: two A5-sized copies on A4 landscape, four A6-sized ones on A4 (not A2).
        ("A4", 2, "A4", True, (2, 1), 0.707),
        ("A4", 4, "A4", False, (2, 2), 0.5),
        # US pages go on Letter.
        ("letter", 2, "letter", True, (2, 1), 0.647),
        ("letter", 4, "letter", False, (2, 2), 0.5),
        ("legal", 2, "letter", True, (2, 1), 0.607),
    ],
)
def test_copies_go_on_the_office_sheet_of_their_paper(paper, copies, sheet, landscape, grid, scale):
    plan = layout(_pt(paper), copies, paper)
    assert plan.sheet == pytest.approx(_pt(sheet, landscape))
    assert (plan.columns, plan.rows) == grid
    assert plan.scale == pytest.approx(scale, abs=0.001)


def test_landscape_pages_are_stacked_on_a_portrait_sheet():
    plan = layout(_pt("A5", landscape=True), 2, "A5")
    assert plan.sheet == pytest.approx(_pt("A4"))
    assert (plan.columns, plan.rows, plan.scale) == (1, 2, 1.0)


def test_copies_are_never_enlarged():
    small = (100.0, 100.0)
    assert layout(small, 4, "A4").scale == 1.0
