"""Timeline precision, round 10 (docs/extract.md, "Round 10: timeline precision").

Each case is one general class of an item the rules printed that no expected meeting matches on the
tuning sets (dev14 first), written with invented statements in the shapes real pages have, and with
variants those sets did not show; beside each, a case of the same words that stays a meeting.
"""

from __future__ import annotations

import pytest
from extract_helpers import OTHER, items_of, timeline_of

from generator.content.partial_date import DatePoint, PartialDate
from generator.extract.timeline.entries import TimelineEntry
from generator.extract.timeline.merging import _merge
from generator.extract.timeline.vocabulary import _head_of

#: One sentence under a header dated 20 November 2009, and the dates of the items it should give.
SENTENCES = {
    # a date before or after a meeting, with its time of day said between
    "time of day, after returning": (
        "The Foreign Minister spoke to reporters at Lorsk airport on Wednesday evening after returning from "
        "an official visit to Veltria.",
        [],
    ),
    "time of day, before": (
        "The delegation met the press on 17 November in the morning, before the River Summit opened.",
        [],
    ),
    "time of day, ahead of": (
        "The minister addressed the staff on Monday night ahead of the Basin Conference in Tarnow.",
        [],
    ),
    "a meeting of a morning stays": (
        "The ministers met in Tarnow on Tuesday morning for the River Summit.",
        ["2009-11-17"],
    ),
    # a commemoration is not a meeting; a summit held for an anniversary is
    "memorial session": (
        "The Embassy in Tarnow held a memorial session in honour of the late President Ivo Ruud on Tuesday "
        "(November 17).",
        [],
    ),
    "jubilee celebrations": (
        "President Marr graced the celebrations commemorating the Golden Jubilee Anniversary of Lorsk's "
        "independence on 12 November 2009.",
        [],
    ),
    "commemoration ceremony": (
        "The Ministry held a commemoration ceremony for the victims of the flood on 16 November 2009.",
        [],
    ),
    "an anniversary summit stays": (
        "The leaders met at the Anniversary Summit in Tarnow on 16 November 2009.",
        ["2009-11-16"],
    ),
    # an earlier statement at an earlier meeting is no repost's introduction
    "a statement delivered at an earlier meeting stays": (
        "As I said in my statement delivered to the Basin Assembly in June 2008, the dams must be shared.",
        ["2008-06"],
    ),
}


@pytest.mark.parametrize("case", SENTENCES)
def test_one_sentence(case):
    sentence, expected = SENTENCES[case]
    assert [d for d, _, _ in timeline_of(sentence)] == expected


def _repost(intro: str) -> str:
    return (
        "Monday, November 23, 2009\n\n"
        "Lorsk's Foreign Minister Addresses the Basin (Lorsk News Network)\n\n"
        f"{intro}\n\n"
        '"On behalf of my delegation, I congratulate you on your election.\n\n'
        "We welcome the outcome of the Coast Summit held in Orlen last June.\n\n"
        f"{OTHER}"
    )


#: Pages, and the dates of the items each should give.
PAGES = {
    # a heading's meeting and the body's sentence naming it among those held on its days: one item
    "heading and the body's list": (
        "Regular press briefing of the Ministry of Foreign Affairs\nTHE 5th REGULAR PRESS CONFERENCE\n"
        "(Amsel, 2 April 2013)\n\nI. ANNOUNCEMENTS\n\n"
        "1. Foreign Minister Tal Oren to visit Lorsk (10-12 April 2013)\n\n"
        "From 10 to 12 April 2013, Foreign Minister Tal Oren will pay an official visit to Lorsk.\n\n"
        "2. Foreign Minister Tal Oren to attend the 12th Basin Ministers Meeting (AMM) (4-9 May 2013)\n\n"
        "Foreign Minister Tal Oren will head the delegation to attend the 12th Basin Ministers Meeting, the "
        "Post Ministerial Conference, the Coast Consultation and the 5th River Forum held from 4 to 8 May "
        "2013 in Tarnow.\n\n"
        "II. QUESTIONS AND ANSWERS\n\n1. Lorsk Times: What is the position on the dam?\n",
        ["2013-04-10/2013-04-12", "2013-05-04/2013-05-09"],
    ),
    # (a guard: the bare noun's rule, now read either way round, keeps this one item as before)
    "heading's related meetings": (
        "The 8th Regular Press Conference\n\n(Amsel, June 3rd, 2014)\n\n"
        "1. 20th Delta Ministers' Meeting and related meetings (10th-14th July 2014)\n\n"
        "The 20th Delta Ministers' Meeting (DMM-20), the Post Ministerial Conference (PMC), the 9th Delta "
        "Partners' Meeting (DPM-9) and the 6th Coast Forum (CF-6) will be held from 10th-14th July 2014 in "
        f"Lorsk. The Ministers will review the river plan.\n\n{OTHER}",
        ["2014-07-10/2014-07-14"],
    ),
    # a summit's official opening on one of its days is that summit; another body's opening session stays
    "official opening of the summit": (
        "Communique\n\nOrlen, 10 March 2012\n\n"
        "1. The 7th Delta Leaders' Summit was held in Orlen from 3-5 March 2012. The Official Opening of the "
        "Summit was held on 3 March 2012 at the Harbour Hall and included a welcome by the Lorsk dancers. "
        f"The Leaders then met in Retreat on 4 March 2012.\n\n{OTHER}",
        ["2012-03-03/2012-03-05"],
    ),
    "another body's opening session stays": (
        "Communique\n\nOrlen, 10 March 2012\n\n"
        "The 7th Delta Leaders' Summit was held in Orlen from 3-5 March 2012.\n\n"
        f"The Opening Session of the Basin Council was held on 4 March 2012 in Orlen.\n\n{OTHER}",
        ["2012-03-03/2012-03-05", "2012-03-04"],
    ),
    # a news listing's appointment and office opened are context; its meeting stays
    "appointment and office opened": (
        "Ministry news archive\n\n"
        "19th November 2009, Amsel;Lorsk opened a new gateway to promote Amsel by opening an Amsel Travel "
        "Service Centre in Tarvik City. The Centre was officially launched by the Ambassador.\n\n"
        "11th November 2009, Amsel;The parliament endorsed Mr. Ivo Tamm as the Minister of Foreign Affairs "
        "today. The committee approved him by sixty votes.\n\n"
        "10th November 2009, Amsel;The Minister of Foreign Affairs met the Special Envoy of Lorsk, Mr. Edo "
        f"Marr, at the Ministry today.\n\n{OTHER}",
        ["2009-11-10"],
    ),
    # the meeting a repost's introduction says the text was delivered at is its occasion
    "repost delivered last week": (
        _repost(
            "LINDHAVEN - The following is the full-text of the statement by H.E. Ilka Varn, Minister for "
            "Foreign Affairs of Lorsk, delivered to the Basin Assembly last week at its seat in Lindhaven:"
        ),
        ["2009-06"],
    ),
    "repost given on a day": (
        _repost(
            "Below is the full text of the speech by Ms. Ilka Varn, given at the River Conference on 12 "
            "November 2009 in Tarnow."
        ),
        ["2009-06"],
    ),
    # a joint communiqué with no date of its own opens by reporting the visit it was issued at
    "a communique's visit": (
        "Joint Press Communique between Lorsk and Tarvik\n\n"
        "I. At the invitation of the Government of Lorsk, Premier Aro Velt of Tarvik paid an official visit to "
        "Lorsk from 11 to 13 April 2007. During the visit, he met President Edo Marr.\n\n"
        f"II. The two sides recalled the visit of President Marr to Tarvik in October 2006.\n\n{OTHER}",
        ["2006-10"],
    ),
    "a release of a later day keeps the visit": (
        "Press release\n\nLindhaven, 2 May 2007\n\n"
        "At the invitation of the Government of Lorsk, Premier Aro Velt of Tarvik paid an official visit to "
        f"Lorsk from 11 to 13 April 2007.\n\n{OTHER}",
        ["2007-04-11/2007-04-13"],
    ),
}


@pytest.mark.parametrize("case", PAGES)
def test_one_page(case):
    text, expected = PAGES[case]
    got = items_of(text)
    assert sorted(d for d, _ in got) == expected, got


def _entry(date: PartialDate, title: str, sentence: str) -> TimelineEntry:
    return TimelineEntry(
        date, title, "meeting", None, False, [3], sentence, 3, sentence, found_in=["sentence ¶3"],
        head=_head_of(title), order=3,
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
            _entry(day, "Three-day state visit to Tarvik", sentence),
            _entry(days, "State visit to Tarvik", sentence),
        ]
    )
    assert [e.date for e in merged] == [days], merged


def test_two_meetings_of_one_sentence_stay_two():
    sentence = "The Delta Summit and the Basin Council met in Orlen on 12 March 2011."
    day = PartialDate(DatePoint(2011, 3, 12))
    merged = _merge([_entry(day, "Delta Summit", sentence), _entry(day, "Basin Council", sentence)])
    assert len(merged) == 2, merged
