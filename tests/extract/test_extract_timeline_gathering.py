"""The last reading of a date (generator/extract/gathering.py): what its clause says people did together.

A date no shape-specific rule placed becomes an item when its clause (or the sentence, past a relative
clause set inside it) says that a gathering happened at it — a meeting phrase or any capitalised name a
verb of holding, attending or hosting governs, someone's presence or journey somewhere, a speech in a
body, a person met — and nothing between the gathering and its date says it is something else. Words
between any meeting and its date that give a reason against (a figure, a document, a negation, a hope)
leave the date unplaced whichever rule found it. Statements are invented, dated Friday 20 November 2009
in their header.
"""

from __future__ import annotations

import pytest
from extract_helpers import timeline_of


def items(sentence: str) -> list[tuple[str, str, str | None]]:
    return timeline_of(sentence, "gathering.txt")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name whose head is no meeting noun, governed by a verb of taking part or hosting
        (
            "In June, our delegation took part in the Amsel Round on river pollution.",
            ("2009-06", "Amsel Round", None),
        ),
        (
            "Estravia hosted the Tarnow Water Process in Amsel last March.",
            ("2009-03", "Tarnow Water Process", "Amsel"),
        ),
        # where people came, and what for
        (
            "In April, delegates from twelve countries came to Amsel for the Basin Hearings on floods.",
            ("2009-04", "Basin Hearings", None),
        ),
        # a relative clause set between the date and what happened at it
        (
            "On 14 September, the Amsel Water Partnership, which had met only twice before, held its annual "
            "plenary in Tarnow.",
            ("2009-09-14", "Annual plenary", "Tarnow"),
        ),
    ],
)
def test_a_gathering_named_in_the_dates_clause_is_an_item(sentence, expected):
    assert items(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone's presence somewhere, at a relative date
        (
            "Our Defence Minister will be in Estravia in two days' time and we will take our cooperation "
            "further.",
            ("2009-11-22", "Visit to Estravia", "Estravia"),
        ),
        # a journey made, its days as a range; the spokesman's words come after the date, not between
        (
            "The Foreign Minister will make a tour to Andean countries and Estravia from December 2-9, the "
            "spokesman said today.",
            ("2009-12-02/2009-12-09", "Tour to Andean countries and Estravia", None),
        ),
        # a speech in a body
        (
            "In March this year I was the first Veltrian Prime Minister to speak in your national assembly.",
            ("2009-03", "Address to the national assembly", None),
        ),
        # a person met on the statement's own day, reported: not the occasion
        (
            "The Minister is in Amsel this week, and today will meet the Prime Minister of Estravia, Mr Olen "
            "Tarr.",
            ("2009-11-20", "Meeting with Prime Minister of Estravia", None),
        ),
    ],
)
def test_what_people_did_together_said_by_its_verb_is_an_item(sentence, expected):
    assert items(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure, a document, a negation, a hope between a meeting and its date, or governing the clause
        "Trade discussed at the Amsel Forum grew by 12 per cent in 2008.",
        "The report of the Amsel Conference, issued on 3 May, sets out the way forward.",
        "The Basin Summit planned for Amsel did not take place in June.",
        "We hope that the Basin Summit can be held in Amsel in May 2010.",
        "If the Amsel Conference meets in March, we shall be ready.",
        # an office: its year, and the body whose chair was taken
        "I welcome you all to the Fifth Basin Summit, the first summit under Estravia's chairmanship of the "
        "Commission in 2009.",
        "Estravia assumed the chairmanship of the Basin Forum in January 2009.",
    ],
)
def test_words_against_a_meeting_leave_its_date_unplaced(sentence):
    assert items(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a deadline and a period
        "The Amsel Conference must adopt its final document by March 2010.",
        "The Basin Forum will meet regularly throughout 2010.",
        "The Minister will be in Amsel until the end of the year.",
        # a founding, the occasion, the speaker's own day, context
        "The Basin Commission was established in Amsel in 1998.",
        "This Forum, which opened in Lindhaven on 20 November, is the right place to speak of floods.",
        "Today we met the Ministers of Estravia, and tomorrow we sign the Accord.",
        "The floods of August 2008 were discussed at length at the Basin Forum.",
        # a verb of speaking to no body; a presence that is a state of mind
        "Our Ambassador spoke to the press in Amsel on 4 May.",
        "The Minister was in no doubt in March that the treaty would hold.",
        # a hope governing a meeting said by its verb, and a condition after the date
        "We hope to meet the Ministers of Estravia again in Tarnow in 2011, if funds allow.",
    ],
)
def test_a_date_of_something_else_makes_no_item(sentence):
    assert items(sentence) == []


def test_a_gathering_is_the_nearest_dates():
    # "on Saturday" is when the President travels; the meeting is on the 16th, said right after it
    got = items(
        "The President will on Saturday the 14th of November travel to Amsel to attend a consultative meeting "
        "of the Basin Partners on the 16th of November."
    )
    assert ("2009-11-14", "Consultative meeting of the Basin Partners", None) not in got
