"""Round 13 review: "round" and "sitting" as the words of a meeting held in a capital (held_in)."""

from __future__ import annotations

import pytest

from generator.extract.held_in import held_in_city


@pytest.mark.parametrize(
    "sentence",
    [
        "After a round of appeals, the aid workers held in Nairobi since May were released.",
        "All year round, the engineers held in Nairobi since May have been denied visits.",
        "The sitting judges held in Nairobi since May must be released, the Minister said.",
        "The Minister asked for round-the-clock care for the engineers held in Nairobi.",
    ],
)
def test_round_or_sitting_that_names_no_meeting_places_nothing(sentence):
    """ "round" and "sitting" are meeting words only as a meeting's noun: a person held is no meeting."""
    assert held_in_city(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The next round, held in Nairobi, closed with a joint text on the delta.",
        "The Amsel Round held in Nairobi closed with a joint text on the delta.",
        "The plenary sitting held in Nairobi adopted the survey.",
    ],
)
def test_a_counted_or_named_round_and_a_plenary_sitting_still_place_the_report(sentence):
    assert held_in_city(sentence) == "Nairobi"
