"""Text widths for the writer's layout choices, measured in the font fontconfig picks."""

from __future__ import annotations

import shutil

import pytest

from generator.writers.docx import measure


@pytest.mark.skipif(not shutil.which("fc-match"), reason="fontconfig's fc-match is not installed")
def test_widths_come_from_the_font_file():
    # DejaVu Sans Bold advances (units per em 2048): "H" 1714, "i" 702; at 10 pt.
    assert measure.text_width_pt("H", "DejaVu Sans", 10, bold=True) == pytest.approx(
        1714 / 2048 * 10, abs=0.05
    )
    assert measure.text_width_pt("i", "DejaVu Sans", 10, bold=True) == pytest.approx(
        702 / 2048 * 10, abs=0.05
    )
    # Bold is wider than regular, and widths scale with the size.
    regular = measure.text_width_pt("Dravenport", "DejaVu Sans", 10)
    assert measure.text_width_pt("Dravenport", "DejaVu Sans", 10, bold=True) > regular
    assert measure.text_width_pt("Dravenport", "DejaVu Sans", 20) == pytest.approx(2 * regular, rel=0.01)


def test_fits_checks_every_line(monkeypatch):
    monkeypatch.setattr(measure, "_font", lambda family, bold: None)  # the estimate without a font file
    assert measure.fits(["UN", "ONU"], 30, "Any", 10)
    assert not measure.fits(["UN", "Organisation"], 30, "Any", 10)
    # Wide (CJK) characters count a full em each.
    assert measure.text_width_pt("国連", "Any", 10) == pytest.approx(20)
