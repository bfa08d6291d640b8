"""Dated meetings round 12 read on the opened sets (docs/extract.md, "Round 12: timeline recall"): a month in
words a past verb reports in the present ("said the Government is organising a meeting … in June"), …

Invented releases in the shapes real ones have, with the cases where nothing may change.
"""

from __future__ import annotations

from extract_helpers import items_of


def test_a_present_reported_by_a_past_verb_is_the_nearest_month():
    text = (
        "Lindhaven, 6 May 2009\n\n"
        "At a press conference, Lena Kost said the Government of Estravia is organising a meeting in Tarnow "
        "between the end of June and early July for ministers from key countries.\n"
    )
    items = items_of(text)
    assert any(d == "2009-06" and "Tarnow" in t for d, t in items), items


def test_a_past_in_the_reported_words_keeps_the_past():
    text = (
        "Lindhaven, 6 May 2009\n\n"
        "Lena Kost said the meeting of ministers, which was held in Tarnow in June, is a model for the region.\n"
    )
    items = items_of(text)
    assert not any(d.startswith("2009-06") for d, _ in items), items
