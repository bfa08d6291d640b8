"""Dated meetings as the second tuning set's statements word them (issue 11), in sentences written here.

Each statement below is dated in its header; relative dates are resolved
against that day. The names of places and meetings are invented.
"""

from __future__ import annotations

from generator.content.partial_date import DatePoint
from generator.extract import extract_event

OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def timeline(dateline: str, sentence: str) -> list[tuple[str, str, str]]:
    text = f"Statement by Mr. Arno Pell\nLindhaven, {dateline}\n\nMr. President,\n\n{sentence}\n\n{OTHER}"
    data = extract_event(text, source_name="timeline.txt").data
    return sorted((str(i["date"]), i["kind"], i["title"]) for i in data["timeline"])


def test_this_coming_month_is_the_next_one():
    got = timeline(
        "29 September 2008",
        "The Charter will enter into force at the 9th Basin Summit in Amsel this coming December.",
    )
    assert got == [("2008-12", "planned", "9th Basin Summit")]


def test_this_coming_month_after_the_year_turns():
    got = timeline("20 December 2010", "We will meet again at the Coastal Forum this coming March.")
    assert got == [("2011-03", "planned", "Coastal Forum")]


def test_two_years_before_one_plural_meeting_noun_date_one_meeting_each():
    got = timeline(
        "20 December 2010",
        "She recalled the 1994 River Summit in Tarnow and the 1976 and 2003 "
        "Basin Summits in Amsel, which shaped our region.",
    )
    assert [(d, t) for d, _, t in got] == [
        ("1976", "Basin Summits"),
        ("1994", "River Summit"),
        ("2003", "Basin Summits"),
    ]


def test_a_place_with_of_in_its_name_between_the_meeting_and_its_year():
    got = timeline("17 June 2008", "We look forward to the Summit of the Lakes in Port of Amsel, in 2009.")
    assert got == [("2009", "planned", "Summit of the Lakes")]


def test_a_bare_disaster_or_crisis_is_nothing_and_a_named_one_is_context_not_a_meeting():
    text = (
        "Statement by Mr. Arno Pell\nLindhaven, 14 December 2009\n\nMr. President,\n\n"
        "The floods of August 2008 destroyed thousands of homes, and the "
        "crisis of 2008 still weighs on us. When Cyclone Ama struck the coast "
        "in January 2004 many lives were lost. We overcame the financial "
        f"crisis in 1997-98.\n\n{OTHER}"
    )
    result = extract_event(text, source_name="timeline.txt")
    assert result.data["timeline"] == []
    got = [(e.date.iso(), e.title) for e in result.findings.timeline.context]
    assert got == [("1997/1998", "Financial crisis"), ("2004-01", "Cyclone Ama")]


def test_a_meeting_called_about_a_crisis_is_a_meeting_on_it():
    got = timeline(
        "22 June 2009",
        "Starting on Wednesday, the ministers will gather to discuss the fisheries crisis.",
    )
    assert got == [("2009-06-24", "planned", "Meeting on the fisheries crisis")]


def test_a_numbered_decision_of_a_day_is_dated_by_it_but_a_cited_year_is_not():
    got = timeline(
        "1 March 2011",
        "The process was launched by Basin Council decision 12/7 of "
        "15 September 2008, and we recall resolution 1540 (2004) as well.",
    )
    assert got == [("2008-09-15", "milestone", "Basin Council decision 12/7 adopted")]


def test_a_count_of_meetings_over_a_period_is_no_meeting_but_a_list_of_dates_is():
    counted = timeline(
        "12 November 2009", "The Basin Council held 219 such meetings between August 2007 and July 2008."
    )
    assert counted == []
    listed = timeline(
        "12 November 2009",
        "The Working Group held seven meetings; one on 11 November 2008, "
        "one on 17 November 2008 and two on 5 December 2008.",
    )
    assert [d for d, _, _ in listed] == ["2008-11-11", "2008-11-17", "2008-12-05"]


def test_days_after_a_coarse_period_narrow_it():
    got = timeline(
        "12 November 2009", "The visit will take place in the first half of 2010, from 30 June to 2 July."
    )
    assert got == [("2010-06-30/2010-07-02", "planned", "Visit")]
    got = timeline("12 November 2009", "The Basin Summit will be held in 2010, on 4 and 5 March.")
    assert got == [("2010-03-04/2010-03-05", "planned", "Basin Summit")]


def test_a_deadline_is_not_a_meeting_date():
    assert timeline("30 November 2012", "By 2015 we must convene a Review Conference.") == []
    assert timeline("30 November 2012", "The Basin Summit must be held by the end of 2013.") == []
    got = timeline("30 November 2012", "The Basin Conference was convened by the Chair in March 2010.")
    assert got == [("2010-03", "meeting", "Basin Conference")]


def test_whose_meeting_is_named_after_a_possessive_and_a_few_days_ago_is_its_month():
    got = timeline(
        "29 April 2009",
        "Much work has been done, culminating in the Expert Meeting that was held in Amsel on 9th April "
        "2009 and in the Meeting of our Ministers of Water held a few days ago here in Tarnow.",
    )
    assert [(d, t) for d, _, t in got] == [
        ("2009-04", "Meeting of our Ministers of Water"),
        ("2009-04-09", "Expert Meeting"),
    ]


def test_a_jirga_is_a_meeting_and_an_election_is_no_timeline_item():
    got = timeline(
        "4 June 2010",
        "The ministers will discuss the Peace Jirga convened on 2-4 June 2010. The local elections "
        "will be held this weekend.",
    )
    assert got == [("2010-06-02/2010-06-04", "meeting", "Peace Jirga")]


def test_a_day_restated_in_brackets_is_one_date_and_a_meeting_after_following_is_another_time():
    got = timeline(
        "26 May 2007",
        "Next Tuesday evening (29 May), in Amsel, the Basin Troika will meet a delegation from Estravia "
        "for consultations following the Coastal Ministers Meeting in Tarnow.",
    )
    assert got == [("2007-05-29", "planned", "Meeting of Basin Troika")]


def test_a_meeting_opening_its_sentence_is_dated_by_a_passive_of_holding_far_after_it():
    got = timeline(
        "4 June 2010",
        "The Trilateral Meeting of Water Ministers with the participation of H.E. Ivo Tarn, Minister of "
        "Water of Estravia, and H.E. Ona Brisk, Minister of Water of Amsel, will be held in Tarnow on "
        "7 June 2010 in the framework of the Basin Process.",
    )
    assert got == [("2010-06-07", "planned", "Trilateral Meeting of Water Ministers")]
    assert timeline("4 June 2010", "The ministers say the river will be held in check on 7 June 2010.") == []


def test_a_trip_is_the_visit_nearest_its_dates_not_the_one_it_follows():
    got = timeline(
        "17 July 2008",
        "Following her visit to Tarnow, the Minister will travel to Amsel, Estravia (July 24-25) to see "
        "the new dam.",
    )
    assert got == [("2008-07-24/2008-07-25", "planned", "Visit to Amsel")]


def test_a_session_said_by_its_ordinal_in_the_dates_own_phrase():
    got = timeline(
        "2 June 2009",
        "One year ago, at the outset of the thirty-eighth session of this Basin Assembly in Tarnow, I "
        "expressed moderate optimism about our rivers.",
    )
    assert got == [("2008", "meeting", "Thirty-eighth session")]
    items = extract_event(
        "Statement by Mr. Arno Pell\nLindhaven, 2 June 2009\n\nMr. President,\n\nOne year ago, at the outset "
        "of the thirty-eighth session of this Basin Assembly in Tarnow, I expressed optimism.\n\n" + OTHER,
        source_name="t.txt",
    ).data["timeline"]
    assert items[0]["place"] == "Tarnow"


def test_a_ministerial_council_is_a_meeting_dated_by_the_days_before_its_name():
    got = timeline(
        "3 December 2008",
        "Some fifty ministers will be at the 4-5 December Basin Ministerial Council in Amsel.",
    )
    assert got == [("2008-12-04/2008-12-05", "planned", "Basin Ministerial Council")]


def test_people_who_met_in_a_since_clause_and_leaders_who_agreed_at_a_place():
    got = timeline(
        "25 March 2008",
        "Much has changed since our predecessors first met in Tarnow Hall in 1975. Forum leaders agreed in "
        "Amsel last October that ministers should meet early in 2008.",
    )
    assert [(d, t) for d, _, t in got] == [
        ("1975", "Our predecessors first met in Tarnow Hall"),
        ("2007-10", "Forum leaders meeting in Amsel"),
    ]


def test_our_meeting_last_year_is_the_previous_meeting():
    got = timeline(
        "6 October 2008", "At the end of our meeting last year, I made a number of commitments to you."
    )
    assert got == [("2007", "meeting", "Previous meeting")]


def test_a_place_and_its_days_in_brackets_open_the_sentence_of_the_meeting_attended():
    got = timeline(
        "17 July 2008",
        "In Tarnow (July 22-24), the Minister will attend the Basin Post-Ministerial Conference, where she "
        "will discuss river cooperation.",
    )
    assert got == [("2008-07-22/2008-07-24", "planned", "Basin Post-Ministerial Conference")]


def test_a_meeting_after_since_is_dated_by_its_own_phrase_but_not_across_a_new_clause():
    got = timeline(
        "29 April 2009",
        "Since our last Summit meeting in Amsel, Estravia last October, our Community has grown.",
    )
    assert got == [("2008-10", "summit", "Last Summit meeting")]
    got = timeline(
        "17 July 2008",
        "Following the Basin Summit in Tarnow, the Minister will travel to Amsel (July 24-25) to see the dam.",
    )
    assert got == [("2008-07-24/2008-07-25", "planned", "Visit to Amsel")]


def test_a_council_named_for_its_meeting_by_the_date_right_after_it():
    got = timeline("20 November 2009", "The Basin Council in March agreed on a common fund.")
    assert got == [("2009-03", "meeting", "Basin Council")]
    # a council with no date beside it is a body, not a meeting
    assert (
        timeline("20 November 2009", "The Basin Council agreed on a common fund, as it said in March.") == []
    )


def test_list_lines_that_end_in_their_date():
    text = (
        "Statement by Mr. Arno Pell\nLindhaven, 20 November 2009\n\nMr. President,\n\n"
        "Our calendar for the coming months is as follows:\n\n"
        "• Expert workshop on floods – Lindhaven – 20 April 2010\n"
        "• Basin Summit (Tarnow, 4 March 2010)\n"
        "• Report on the floods published, 3 May 2010\n\n" + OTHER
    )
    got = [
        (i["date"], i["title"], i.get("place"))
        for i in extract_event(text, source_name="l.txt").data["timeline"]
    ]
    # a line with no meeting word (a report) is no item
    assert got == [
        ("2010-03-04", "Basin Summit", "Tarnow"),
        ("2010-04-20", "Expert workshop on floods", "Lindhaven"),
    ]


def test_a_weekly_round_up_dates_what_it_reports_by_its_title():
    text = (
        "News story\n\nThis week at the Water Office\n\nA look at news from the Water Office this week.\n\n"
        "The Minister met the Estravian Foreign Minister Ona Brisk and discussed floods, dams and fisheries.\n\n"
        "On his tour of the north, the Deputy Minister travelled to Tarnow to open the new pumping station "
        "that serves the farms of the eastern valley.\n\n"
        "Our rivers are cleaner than they were ten years ago.\n\n"
        "Published 23 July 2010\n"
    )
    result = extract_event(text, source_name="weekly.txt", speech_date=DatePoint(2010, 7, 23))
    got = [(i["date"], i["title"]) for i in result.data["timeline"]]
    assert got == [
        ("2010-07", "Meeting with the Estravian Foreign Minister Ona Brisk"),
        ("2010-07", "Visit to Tarnow"),
    ]
    # without the title's "this week", an undated sentence dates nothing
    plain = extract_event(
        text.replace("This week at", "News from"), source_name="w.txt", speech_date=DatePoint(2010, 7, 23)
    )
    assert plain.data["timeline"] == []


def test_a_bare_meeting_word_takes_its_place_into_the_title():
    got = timeline(
        "4 March 2014",
        "Four years ago, the 2010 Conference in Orlen Bay adopted the Orlen Bay Principles on reconstruction.",
    )
    assert [(d, t) for d, _, t in got] == [("2010", "Conference in Orlen Bay")]


LEAD_IN_RELEASE = """Minister Varn to meet the Foreign Minister of Estravia

28 September 2007

Lindhaven: Foreign Minister Ilka Varn will today, Friday, hold talks with her Estravian counterpart
in New York.

Other planned bilateral meetings include meetings with:

* Amselian Foreign Minister Tor Bakke
* Estravian Minister for Trade Ona Lind

Minister Varn is further scheduled to attend a number of multilateral meetings in New York on Friday
including:

* Ministerial committee on the Lindhaven dispute
* Ministerial meeting of the Coordinating Bureau of the River Group
* Basin Foreign Ministers meeting.

Enquiries: Press Office
"""


def test_undated_meeting_lines_take_the_date_and_place_of_their_lead_in():
    data = extract_event(LEAD_IN_RELEASE, source_name="lead-in.txt").data
    got = [(str(i["date"]), i["title"], i.get("place")) for i in data["timeline"] if i["cite"][0] > 5]
    assert got == [
        ("2007-09-28", "Ministerial committee on the Lindhaven dispute", "New York"),
        ("2007-09-28", "Ministerial meeting of the Coordinating Bureau of the River Group", "New York"),
        ("2007-09-28", "Basin Foreign Ministers meeting", "New York"),
    ]
    # the people under the undated lead-in are no items
    assert not any("Bakke" in i["title"] or "Ona Lind" in i["title"] for i in data["timeline"])


def test_a_lead_in_that_lists_no_meetings_dates_no_line():
    text = LEAD_IN_RELEASE.replace(
        "Minister Varn is further scheduled to attend a number of multilateral meetings in New York on Friday",
        "In 2006 the Commission agreed on these points",
    )
    data = extract_event(text, source_name="lead-in.txt").data
    assert not any("Basin Foreign Ministers" in i["title"] for i in data["timeline"])
