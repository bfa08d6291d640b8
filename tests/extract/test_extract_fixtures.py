"""Fictional statements in the genre, each checked against the extraction written beside it.

The statements (tests/extract/fixtures/*.txt) are invented: see the README
there. Each expected file was written by hand from reading its statement;
a field the extractor gets wrong fails the test for that field.
"""

from __future__ import annotations

import pytest
import yaml
from extract_helpers import FIXTURES, STATEMENTS, expected_for, observed

from generator.content.load import load_event
from generator.extract import ExtractResult, extract_file

FIELDS = [
    "encoding",
    "speech_date",
    "header",
    "opening",
    "salutations",
    "paragraphs",
    "removed",
    "event_date",
    "timeline",
    "unresolved",
    "context",
    "quotations",
    "acronyms",
    "proposal",
    "asks",
]


def test_there_are_at_least_three_statements():
    assert len(STATEMENTS) >= 3


@pytest.fixture(scope="module", params=STATEMENTS)
def case(request) -> tuple[str, dict, ExtractResult]:
    name = request.param
    expected = yaml.safe_load((FIXTURES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return name, expected_for(expected), extract_file(FIXTURES / f"{name}.txt")


@pytest.mark.parametrize("field", FIELDS)
def test_extraction_matches_the_expected_file(case, field):
    name, expected, result = case
    assert field in expected, f"{name}.expected.yaml has no '{field}'"
    assert observed(result)[field] == expected[field]


def test_the_draft_loads_as_an_event(case, tmp_path):
    """The draft and the cleaned statement, side by side, pass 'briefkit validate'."""
    name, expected, result = case
    (tmp_path / "speech.txt").write_text(result.text, encoding="utf-8")
    (tmp_path / "event.yaml").write_text(result.yaml, encoding="utf-8")
    loaded = load_event(tmp_path)
    dated = list(expected["timeline"])
    assert [item.date.iso() for item in loaded.event.sorted_timeline()] == [d["date"] for d in dated]
    assert len(loaded.speech.paragraphs) == expected["paragraphs"]


def test_relative_dates_follow_the_statement_date():
    """Without a date of its own, "March last year" stays relative; given one, it resolves."""
    path = FIXTURES / "maronesia-resilience.txt"
    undated = extract_file(path)
    assert [(e.relative, e.date) for e in undated.findings.timeline.unresolved] == [("March last year", None)]
    briefing = next(e for e in undated.findings.timeline.entries if e.relative == "later this year")
    assert briefing.date.planned

    from generator.content.partial_date import DatePoint

    dated = extract_file(path, speech_date=DatePoint(2009, 3, 20))
    assert dated.findings.timeline.unresolved == []
    by_title = {e.title: e for e in dated.findings.timeline.entries}
    assert by_title["Parliament adopted the National Resilience Act"].date.iso() == "2008-03"
    assert by_title["Informal briefing on the scorecard"].date.iso() == "2009"
    assert by_title["Informal briefing on the scorecard"].planned
    assert "--date" in dated.yaml  # the header comment says where the date came from
