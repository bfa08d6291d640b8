"""The timeline's policies hold under every reader: the rules, the hybrid with the shipped weights, and the
hybrid with a model that believes every date is a meeting (so that no weight learnt later can let a date
through that the rules refuse for a reason).

The hybrid adds the model's dates only where the rules gave no reason against them (``Unplaced.reason``),
asks the model's own link of a date to a meeting the rules' questions (``selector._read_against``), keeps the
rules' reading of one date said twice (``selector.restated``) and of one meeting said twice
(``merging._same_event``), and the rest of the rules' reading of the text (the first paragraph of its body,
whose reported meeting is its occasion). The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event, selector
from generator.extract.selector import Model

READERS = ["rules", "hybrid", "believer"]

#: A model sure that every date is a meeting, completing the rules at 0.5.
BELIEVER = Model({"bias": 10.0}, print_at=0.8, comment_at=0.4, complete_at=0.5)

AFTER = "We thank the delegations of the Delta for their work."


@pytest.fixture
def read(monkeypatch):
    def reader(text: str, how: str):
        if how == "believer":
            monkeypatch.setattr(selector, "load_model", lambda path=None: BELIEVER)
        return extract_event(
            text, source_name="policy.txt", timeline_reader="rules" if how == "rules" else "hybrid"
        )

    return reader


def dated(text: str) -> str:
    return f"Statement by Ms. Ona Reis, Minister of the Delta\nTarvik, 12 June 2013\n\nMr. Chairman,\n\n{text}\n\n{AFTER}\n"


def dates_of(result) -> list[str]:
    return sorted(str(i["date"]) for i in result.data["timeline"])


@pytest.mark.parametrize("how", READERS)
@pytest.mark.parametrize(
    "sentence",
    [
        # talked of, or undecided
        "There has been some talk of convening the Delta Forum in Orlen in June 2014.",
        "The Delta Forum might meet in Orlen in June 2014; no decision has yet been taken.",
        # an appeal to a person, with and without a meeting named
        "On 3 June, the Cabinet called on the Prime Minister to free the journalists.",
        "On 3 June, the ministers called on Mr. Ivo Tamm to reopen the talks.",
        # a journey before the meeting it is for
        "The minister arrived in Lorsk on 2 June to take part in the River Conference.",
        # a visit dated by its last day
        "The Foreign Minister on Friday ended an official visit to Lorsk.",
        # words about a meeting, dated by when they were said
        "The opposition on Tuesday criticised the Delta Summit for its meagre results.",
        "In 2011, the minister said that the Delta Summit should meet every year.",
        # a date before or after a meeting
        "On 3 June, on the eve of the Delta Summit, the leaders visited the harbour.",
        # a new clause is not the meeting before it
        "Today we have the Delta Meeting, tomorrow is free for excursions.",
        # what a body made at its date is a document's date, no meeting's
        "We studied last month's Delta Council resolution on the dams with our neighbours.",
        # a commemoration, an office given (round 10)
        "On 3 June, the embassy held a memorial session in honour of the late President Aro Velt.",
        "On 3 June, the parliament endorsed Mr. Ivo Tamm as the Minister of Foreign Affairs.",
    ],
)
def test_a_date_the_rules_refuse_is_no_item_of_any_reader(read, sentence, how):
    result = read(dated(sentence), how)
    assert result.data["timeline"] == [], result.data["timeline"]


@pytest.mark.parametrize("how", READERS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days in a row are one meeting over both
        ("The Delta Council will meet in Orlen on 8 October and 9 October.", ["2013-10-08/2013-10-09"]),
        # a coarse period, then the days that narrow it
        (
            "The visit will take place in the first half of 2013, from 28 June to 1 July.",
            ["2013-06-28/2013-07-01"],
        ),
        # one visitor said twice is one visit
        (
            "Prime Minister Aro Velt of Lorsk will pay an official visit to Tarvik from 14 to 15 July.\n\n"
            "During his official visit to Tarvik, Prime Minister Velt will open the river fair on 14 July.",
            ["2013-07-14/2013-07-15"],
        ),
    ],
)
def test_one_meeting_said_twice_is_one_item_under_every_reader(read, text, expected, how):
    got = dates_of(read(dated(text), how))
    assert got == expected, got


@pytest.mark.parametrize("how", READERS)
def test_the_meeting_an_undated_text_opens_by_reporting_is_its_occasion_under_every_reader(read, how):
    text = (
        "The ninth Session of the Delta Commission was held in Orlen on 11-12 March 2010.\n\n"
        "The delegates agreed to meet again in Tarvik in October 2011.\n\n"
        f"{AFTER}\n"
    )
    result = read(text, how)
    assert dates_of(result) == ["2011-10"], result.data["timeline"]
    assert result.findings.timeline.occasion


@pytest.mark.parametrize("how", READERS)
def test_a_founding_treaty_is_context_under_every_reader(read, how):
    result = read(
        dated("In 1992 the three governments signed the Tarvik Accord, giving birth to the Delta Forum."),
        how,
    )
    assert result.data["timeline"] == [], result.data["timeline"]
    assert result.findings.timeline.context or result.findings.timeline.unplaced
