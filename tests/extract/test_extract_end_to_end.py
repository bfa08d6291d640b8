"""A new user's path: a statement never curated, init, then build, and the pack reads right."""

from __future__ import annotations

import re

import pytest
from extract_helpers import FIXTURES, run
from pypdf import PdfReader


def _text(path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.slow
def test_init_then_build_gives_a_timeline_with_the_right_items(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    init = run("init", "content/northern-seas-2009", "--speech", str(FIXTURES / "norland-warning-2009.txt"))
    assert init.exit_code == 0, init.output
    build = run("build", "content/northern-seas-2009", "-f", "pdf")
    assert build.exit_code == 0, build.output
    out = tmp_path / "build" / "northern-seas-2009"
    assert {"timeline.pdf", "briefing-note.pdf", "fact-sheet.pdf", "briefing-pack.pdf"} <= {
        p.name for p in out.iterdir()
    }

    text = _text(out / "timeline.pdf")
    # (the Halvik Storm Surge of 1999 is dated context, in the draft's comment: a storm is not a meeting)
    assert "Halvik Storm Surge" not in text
    rows = [
        ("3 March 2008", "Expert Meeting on Coastal Early Warning", "Tarnow"),
        ("18 May 2008", "Kesh Protocol on data sharing signed"),
        ("9–10 September 2008", "Regional Drill on Evacuation Planning", "Halvik"),
        ("12 January 2009", "Senior Officials' Meeting", "Osterby"),
        ("2011", "Third Ministerial Conference"),
    ]
    positions = []
    for row in rows:
        for words in row:
            assert words in text, words
        positions.append(text.index(row[1], text.index("Significance")))  # the table, after the graphic
    assert positions == sorted(positions), "table rows out of date order"
    assert "TO CHECK" not in text

    pack = _text(out / "briefing-pack.pdf")
    assert "Remarks at the Second Ministerial Conference on Disaster Risk Reduction" in pack
    assert "Northern Seas Early Warning Compact" in pack
    assert "Dr. Ilse Varga" in pack
