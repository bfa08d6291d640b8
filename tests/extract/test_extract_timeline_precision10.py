"""Timeline precision, round 10 (docs/extract.md, "Round 10: timeline precision").

Each test is one general class of an item the rules printed that no expected meeting matches on the
tuning sets (dev14 first), written with invented statements in the shapes real pages have, and with
variants those sets did not show.
"""

from __future__ import annotations

import pytest
from extract_helpers import OTHER, items_of, timeline_of

from generator.content.partial_date import DatePoint, PartialDate
from generator.extract.timeline.entries import TimelineEntry
from generator.extract.timeline.merging import _merge
from generator.extract.timeline.vocabulary import _head_of

# -- a date before or after a meeting, with its time of day -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Minister spoke to reporters at Lorsk airport on Wednesday evening after returning from "
        "an official visit to Veltria.",
        "The delegation met the press on 17 November in the morning, before the River Summit opened.",
        "The minister addressed the staff on Monday night ahead of the Basin Conference in Tarnow.",
    ],
)
def test_a_day_and_its_time_before_or_after_a_meeting_is_not_the_meetings(sentence):
    assert timeline_of(sentence) == []


def test_a_meeting_of_a_morning_stays():
    got = timeline_of("The ministers met in Tarnow on Tuesday morning for the River Summit.")
    assert [d for d, _, _ in got] == ["2009-11-17"], got


# -- one meeting printed twice -------------------------------------------------------------------------------


def test_a_headings_meeting_and_the_bodys_list_of_meetings_held_together_are_one_item():
    text = (
        "Regular press briefing of the Ministry of Foreign Affairs\nTHE 5th REGULAR PRESS CONFERENCE\n"
        "(Amsel, 2 April 2013)\n\nI. ANNOUNCEMENTS\n\n"
        "1. Foreign Minister Tal Oren to visit Lorsk (10-12 April 2013)\n\n"
        "From 10 to 12 April 2013, Foreign Minister Tal Oren will pay an official visit to Lorsk.\n\n"
        "2. Foreign Minister Tal Oren to attend the 12th Basin Ministers Meeting (AMM) (4-9 May 2013)\n\n"
        "Foreign Minister Tal Oren will head the delegation to attend the 12th Basin Ministers Meeting, the "
        "Post Ministerial Conference, the Coast Consultation and the 5th River Forum held from 4 to 8 May "
        "2013 in Tarnow.\n\n"
        "II. QUESTIONS AND ANSWERS\n\n1. Lorsk Times: What is the position on the dam?\n"
    )
    got = [(d, t) for d, t in items_of(text) if d.startswith("2013-05")]
    assert len(got) == 1, got
    assert got[0][0].startswith("2013-05-04/"), got


def test_a_headings_related_meetings_and_the_body_naming_them_are_one_item():
    # (a guard: the bare noun's rule, now read either way round, keeps this one item as before)
    text = (
        "The 8th Regular Press Conference\n\n(Amsel, June 3rd, 2014)\n\n"
        "1. 20th Delta Ministers' Meeting and related meetings (10th-14th July 2014)\n\n"
        "The 20th Delta Ministers' Meeting (DMM-20), the Post Ministerial Conference (PMC), the 9th Delta "
        "Partners' Meeting (DPM-9) and the 6th Coast Forum (CF-6) will be held from 10th-14th July 2014 in "
        "Lorsk. The Ministers will review the river plan.\n\n"
        f"{OTHER}"
    )
    got = items_of(text)
    assert [d for d, _ in got] == ["2014-07-10/2014-07-14"], got


def test_the_official_opening_of_a_summit_inside_its_days_is_that_summit():
    text = (
        "Communique\n\nOrlen, 10 March 2012\n\n"
        "1. The 7th Delta Leaders' Summit was held in Orlen from 3-5 March 2012. The Official Opening of the "
        "Summit was held on 3 March 2012 at the Harbour Hall and included a welcome by the Lorsk dancers. "
        "The Leaders then met in Retreat on 4 March 2012.\n\n"
        f"{OTHER}"
    )
    got = items_of(text)
    assert [d for d, _ in got] == ["2012-03-03/2012-03-05"], got


def test_the_opening_of_another_meeting_inside_a_summits_days_stays():
    text = (
        "Communique\n\nOrlen, 10 March 2012\n\n"
        "The 7th Delta Leaders' Summit was held in Orlen from 3-5 March 2012.\n\n"
        "The Opening Session of the Basin Council was held on 4 March 2012 in Orlen.\n\n"
        f"{OTHER}"
    )
    got = items_of(text)
    assert len(got) == 2, got


def _entry(date: PartialDate, title: str, sentence: str, order: int) -> TimelineEntry:
    return TimelineEntry(
        date, title, "meeting", None, False, [3], sentence, 3, sentence, found_in=["sentence ¶3"],
        head=_head_of(title), order=order,
    )  # fmt: skip


def test_a_visits_day_and_its_days_in_one_sentence_are_one_visit():
    # "arrived in X on 12 March on a three-day state visit to Y": one sentence, its arrival's day and the
    # visit said again with its days; a length tells no two visits apart
    sentence = (
        "Marr arrived in Tarvik City on March 12 on a three-day state visit to Tarvik. At the invitation "
        "of President Ilo Senn, President Edo Marr paid a state visit to Tarvik from 12 to 14 March 2011."
    )
    day = PartialDate(DatePoint(2011, 3, 12))
    days = PartialDate(DatePoint(2011, 3, 12), DatePoint(2011, 3, 14))
    merged = _merge(
        [
            _entry(day, "Three-day state visit to Tarvik", sentence, 3),
            _entry(days, "State visit to Tarvik", sentence, 3),
        ]
    )
    assert [e.date for e in merged] == [days], merged


def test_two_meetings_of_one_sentence_stay_two():
    sentence = "The Delta Summit and the Basin Council met in Orlen on 12 March 2011."
    day = PartialDate(DatePoint(2011, 3, 12))
    merged = _merge([_entry(day, "Delta Summit", sentence, 3), _entry(day, "Basin Council", sentence, 3)])
    assert len(merged) == 2, merged


# -- what is not a meeting: a commemoration, an office given, an office opened -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Embassy in Tarnow held a memorial session in honour of the late President Ivo Ruud on Tuesday "
        "(November 17).",
        "President Marr graced the celebrations commemorating the Golden Jubilee Anniversary of Lorsk's "
        "independence on 12 November 2009.",
        "The Ministry held a commemoration ceremony for the victims of the flood on 16 November 2009.",
    ],
)
def test_a_commemoration_is_not_a_meeting(sentence):
    assert timeline_of(sentence) == []


def test_an_anniversary_summit_stays_a_meeting():
    got = timeline_of("The leaders met at the Anniversary Summit in Tarnow on 16 November 2009.")
    assert [d for d, _, _ in got] == ["2009-11-16"], got


def test_a_news_listings_appointment_and_office_opening_are_not_meetings():
    text = (
        "Ministry news archive\n\n"
        "19th November 2009, Amsel;Lorsk opened a new gateway to promote Amsel by opening an Amsel Travel "
        "Service Centre in Tarvik City. The Centre was officially launched by the Ambassador.\n\n"
        "11th November 2009, Amsel;The parliament endorsed Mr. Ivo Tamm as the Minister of Foreign Affairs "
        "today. The committee approved him by sixty votes.\n\n"
        "10th November 2009, Amsel;The Minister of Foreign Affairs met the Special Envoy of Lorsk, Mr. Edo "
        "Marr, at the Ministry today.\n\n"
        f"{OTHER}"
    )
    got = items_of(text)
    assert [d for d, _ in got] == ["2009-11-10"], got


# -- the statement's own occasion, said where a repost introduces its text ----------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "LINDHAVEN - The following is the full-text of the statement by H.E. Ilka Varn, Minister for Foreign "
        "Affairs of Lorsk, delivered to the Basin Assembly last week at its seat in Lindhaven:",
        "Below is the full text of the speech by Ms. Ilka Varn, given at the River Conference on 12 November "
        "2009 in Tarnow.",
    ],
)
def test_the_meeting_a_reposts_introduction_says_the_statement_was_delivered_at_is_its_occasion(intro):
    text = (
        "Monday, November 23, 2009\n\n"
        "Lorsk's Foreign Minister Addresses the Basin (Lorsk News Network)\n\n"
        f"{intro}\n\n"
        '"On behalf of my delegation, I congratulate you on your election.\n\n'
        "We welcome the outcome of the Coast Summit held in Orlen last June.\n\n"
        f"{OTHER}"
    )
    got = items_of(text)
    assert [d for d, _ in got] == ["2009-06"], got


def test_a_statement_delivered_at_an_earlier_meeting_stays():
    got = timeline_of(
        "As I said in my statement delivered to the Basin Assembly in June 2008, the dams must be shared."
    )
    assert [d for d, _, _ in got] == ["2008-06"], got
