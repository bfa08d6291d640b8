"""Dates linked to meetings across clauses and sentences (issue 11, third round), in sentences written here.

Each statement is dated in its header; relative dates are resolved against
that day. The names of places, people and meetings are invented.
"""

from __future__ import annotations

from generator.content.partial_date import DatePoint, PartialDate
from generator.extract import extract_event
from generator.extract.dates import find_dates

OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def timeline(dateline: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    body = "\n\n".join(paragraphs)
    text = f"Statement by Mr. Arno Pell\nLindhaven, {dateline}\n\nMr. President,\n\n{body}\n\n{OTHER}"
    data = extract_event(text, source_name="timeline.txt").data
    return sorted((str(i["date"]), i["kind"], i["title"]) for i in data["timeline"])


def test_a_date_counted_from_the_one_said_before():
    got = timeline(
        "20 September 2010",
        "In 2005, the Basin Summit was held in Amsel. Later that year, the ministers met again in Tarnow.",
    )
    assert got == [("2005", "meeting", "Meeting of ministers"), ("2005", "summit", "Basin Summit")]
    sp = DatePoint(2010, 9, 20)
    found = find_dates("The Treaty was signed on 3 December 2008 and came into effect two years later.", sp)
    assert [m.date.iso() for m in found if m.date] == ["2008-12-03", "2010"]
    found = find_dates("On 4 May 2009 we met; the next day we signed.", sp)
    assert [m.date.iso() for m in found if m.date] == ["2009-05-04", "2009-05-05"]
    found = find_dates(
        "The following year, the Forum met in Tarnow.", sp, anchor=("2007", PartialDate.parse("2007"))
    )
    assert [(m.date.iso(), m.anchor) for m in found if m.date] == [("2008", "2007")]
    # nothing to count from: no date, and nothing reported
    assert find_dates("Later that year, the Forum met in Tarnow.", sp) == []


def test_a_sentence_that_goes_on_from_a_dated_one_takes_its_date():
    got = timeline(
        "20 September 2010",
        "The first Basin Summit took place in Amsel in 2001. At that meeting, the leaders adopted the "
        "Amsel Declaration.",
    )
    assert ("2001", "milestone", "Amsel Declaration adopted") in got
    got = timeline(
        "3 March 2011",
        "The main results last year were the adoption of the Basin Transport Plan. We also deepened our "
        "ties by convening Summits with Tarnow and Amsel.",
    )
    assert ("2010", "summit", "Summits with Tarnow and Amsel") in got


def test_a_sentence_that_does_not_go_on_or_changes_tense_takes_no_date():
    # no word that goes on from the sentence before
    assert timeline(
        "20 September 2010", "The Basin Summit took place in Amsel in 2001. Leaders praised the Delta Forum."
    ) == [("2001", "summit", "Basin Summit")]
    # the sentence after speaks of the future
    assert timeline(
        "20 September 2010",
        "The Basin Summit took place in Amsel in 2001. We will also host the Delta Forum.",
    ) == [("2001", "summit", "Basin Summit")]
    # another paragraph
    assert timeline(
        "20 September 2010",
        "The Basin Summit took place in Amsel in 2001.",
        "At that meeting, the leaders adopted the Amsel Declaration.",
    ) == [("2001", "summit", "Basin Summit")]


def test_meetings_listed_after_a_dated_one_share_its_date():
    got = timeline(
        "20 September 2010",
        "In 2009, we hosted the Basin Summit in Amsel and the Delta Conference in Tarnow.",
    )
    assert got == [("2009", "meeting", "Delta Conference"), ("2009", "summit", "Basin Summit")]
    # each with a date of its own
    got = timeline(
        "20 September 2010",
        "At the Amsel Summit in 2009 and the Tarnow Summit in 2010, leaders pledged support.",
    )
    assert got == [("2009", "summit", "Amsel Summit"), ("2010", "summit", "Tarnow Summit")]
    # a comma without "and" ends the list: the next clause is another matter
    got = timeline(
        "20 September 2010", "We hosted the Basin Summit in 2009, the Delta Conference having been postponed."
    )
    assert got == [("2009", "summit", "Basin Summit")]


def test_this_committee_is_the_committee_named_before():
    got = timeline(
        "29 September 2008",
        "Our parliament set up a Special Committee on the Basin Charter. We have met twice with this "
        "Committee this September.",
    )
    assert got == [("2008-09", "meeting", "Special Committee")]
    # nothing named before: an unnamed committee at a relative date stays off
    assert timeline("29 September 2008", "We have met twice with this Committee this September.") == []


def test_an_unnamed_meeting_at_a_relative_date_with_its_place():
    got = timeline(
        "20 September 2010", "The conference, which took place in Amsel last month, drew forty countries."
    )
    assert got == [("2010-08", "meeting", "Conference in Amsel")]


def test_a_past_clause_in_a_sentence_about_the_future():
    got = timeline(
        "20 September 2010",
        "As agreed at the Amsel Summit in April, the partners will meet in Tarnow next month.",
    )
    assert ("2010-04", "summit", "Amsel Summit") in got
    got = timeline("20 September 2010", "The Basin Forum will meet again in April.")
    assert got == [("2011-04", "planned", "Basin Forum")]


def test_more_meeting_shapes():
    assert timeline("20 September 2010", "In 2008, Lindhaven hosted TICAD IV in Amsel.") == [
        ("2008", "meeting", "TICAD IV")
    ]
    assert timeline(
        "20 September 2010", "In March this year, the Prime Minister paid an official visit to Amsel."
    ) == [("2010-03", "meeting", "Official visit to Amsel")]
    assert timeline(
        "20 September 2010", "Intergovernmental negotiations began on 19 February 2009 in Amsel."
    ) == [("2009-02-19", "meeting", "Intergovernmental negotiations")]
    assert timeline(
        "20 September 2010", "The Basin Council will hold its next session from 4 to 8 October."
    ) == [("2010-10-04/2010-10-08", "planned", "Basin Council next session")]
    assert timeline(
        "20 September 2010", "Earlier this month, the Council held an open debate on river safety."
    ) == [("2010-09", "meeting", "Open debate on river safety")]


def test_a_full_month_name_does_not_take_the_full_stop():
    (m,) = find_dates("The Assembly adopted the plan last December.", DatePoint(2010, 9, 20))
    assert (m.text, m.date.iso()) == ("last December", "2009-12")
    (m,) = find_dates("in Sept. 2005 the Summit", None)
    assert m.text == "Sept. 2005"


def test_a_month_in_a_sentence_without_tense_is_the_nearest_one():
    # no verb of the past or the future: November 2010, two months on, not November 2009
    got = timeline(
        "26 September 2010",
        "Count on me to do all I can to make a success of the meeting in Amsel in November.",
    )
    assert got == [("2010-11", "planned", "Meeting in Amsel")]
    # a meeting still to come: "coming before", "ahead of"
    got = timeline(
        "29 March 2010",
        "Your talks are timely, coming as they do before the Basin Summit in Tarnow in April.",
    )
    assert got == [("2010-04", "planned", "Basin Summit")]
    # a verb in the past keeps the month in the past
    got = timeline("26 September 2010", "The Basin Forum in Amsel in November showed the way.")
    assert got == [("2009-11", "meeting", "Basin Forum")]


def test_years_since_an_act_count_back_from_the_statement():
    got = timeline("19 August 2008", "It has been three years since Leaders adopted the Basin Plan.")
    assert got == [("2005", "milestone", "Leaders adopted the Basin Plan")]
    (m,) = find_dates("Ten years have passed since the Summit.", DatePoint(2010, 9, 20))
    assert m.date.iso() == "2000"


def test_a_meeting_with_a_group_and_an_unnamed_meeting_on_a_day():
    got = timeline("29 March 2010", "Less than two weeks ago, I met with the Envoys of the Basin countries.")
    assert got == [("2010-03", "meeting", "Meeting with Envoys of the Basin countries")]
    # a day says which meeting it was; a place said later in the sentence names it
    got = timeline("31 January 2012", "During its 12 January debate, the Council adopted resolution 77.")
    assert got == [("2012-01-12", "meeting", "Debate")]
    got = timeline("31 March 2009", "On March 30, a meeting between the two ministers took place in Amsel.")
    assert got == [("2009-03-30", "meeting", "Meeting in Amsel")]


def test_a_date_before_the_meeting_it_was_the_occasion_of():
    got = timeline(
        "8 March 2011",
        "We recall the Basin Declaration, issued in Amsel, on April 15th 2010, on the occasion of the "
        "Fourth Basin Summit.",
    )
    assert ("2010-04-15", "summit", "Fourth Basin Summit") in got


def test_a_meeting_and_its_date_around_a_which_clause():
    got = timeline(
        "25 January 2012",
        "The 20th Session of the Basin Council, which is made up of the ministers of the region, will be held "
        "on 26 and 27 January 2012.",
    )
    assert got == [("2012-01-26/2012-01-27", "planned", "20th Session of the Basin Council")]
    got = timeline("25 January 2012", "The Basin Summit kicked off on Monday, January 23rd 2012, in Amsel.")
    assert ("2012-01-23", "summit", "Basin Summit") in got


def test_a_target_towards_the_end_of_a_year_is_no_date():
    assert (
        timeline(
            "16 December 2008",
            "The schedule allows the entry into force of the Amsel Treaty towards the end of 2009.",
        )
        == []
    )


def test_meetings_without_a_meeting_noun():
    # "when I spoke to you one year ago in Amsel": the speaker's previous address
    got = timeline(
        "6 October 2010", "When I spoke to you one year ago in Amsel, we were preparing for a busy year."
    )
    assert got == [("2009", "meeting", "Previous address")]
    # a next meeting with whom the sentence already named
    got = timeline(
        "29 September 2008",
        "Our parliament set up a Special Committee on the Basin Charter. We have met twice with this "
        "Committee this September and we are scheduled to meet again in early October.",
    )
    assert ("2008-10", "planned", "Next meeting with Special Committee") in got
    # "we all gathered here": a meeting at the statement's place
    got = timeline("23 October 2009", "Nine months ago, we all gathered here to pledge our support.")
    assert got == [("2009-01", "meeting", "Meeting at the same place")]


def test_a_span_before_a_meeting_counts_from_the_statement_only_when_it_speaks_of_its_occasion():
    got = timeline(
        "29 May 2006",
        "This Ministerial Meeting is an important one, taking place barely four months before the "
        "Fourteenth Summit of the Basin States in Amsel.",
    )
    assert got == [("2006-09", "planned", "Fourteenth Summit of the Basin States")]
    # "two months after the election" of some other event: no date
    sp = DatePoint(2006, 5, 29)
    assert find_dates("The crisis began two months after the election of the Basin Council.", sp) == []


def test_named_agreements_and_acts_each_with_its_own_date():
    # a document named with its date is the document's date, context, not a timeline item (round 7: the
    # corpus's rule since test6, "a document dated only by its month or year is not a meeting")
    got = timeline("8 August 2011", "The Secretariat was established by the historic Amsel Concord of 1976.")
    assert got == []
    got = timeline(
        "29 October 2009",
        "The vision the States shared when they agreed on the Tarnow Charter in 1990 stands.",
    )
    assert got == [("1990", "milestone", "Tarnow Charter agreed")]
    got = timeline(
        "20 September 2010",
        "The Basin Treaty was signed in Tarnow on 3 December 2008 and entered into force on 1 August 2010.",
    )
    assert got == [
        ("2008-12-03", "milestone", "Basin Treaty signed"),
        ("2010-08-01", "milestone", "Basin Treaty entered into force"),
    ]
    # a declaration only cited, with its year after another name, is not dated so
    assert timeline("20 September 2010", "We recall the Universal Declaration of Basin Rights of 1948.") == []


def test_a_busy_year_dates_the_meetings_hosted_in_it():
    got = timeline(
        "6 October 2010",
        "This has certainly been a busy year for our country. We hosted many gatherings, notably the "
        "G-8 Summit in Amsel and the G-20 Summit in Tarnow.",
    )
    assert got == [("2010", "summit", "G-20 Summit"), ("2010", "summit", "G-8 Summit")]


def test_meetings_one_verb_lists_before_a_dated_one_share_its_date():
    got = timeline(
        "26 September 2010",
        "He also attended the Ministerial Meeting of the Green Basin Group, and the Delta Forum with the "
        "Secretary-General on 24 September 2010.",
    )
    assert [(d, t) for d, _, t in got] == [
        ("2010-09-24", "Delta Forum with the Secretary-General"),
        ("2010-09-24", "Ministerial Meeting of the Green Basin Group"),
    ]


def test_a_period_that_starts_in_a_year_is_no_meeting_that_year():
    got = timeline(
        "13 October 2010", "Leaders will invite two more countries to attend the Basin Summit from 2011."
    )
    assert got == []


def test_who_meets_on_the_day_said_after_the_verb():
    # the day is the ministers' meeting, not the summit they prepare
    got = timeline(
        "20 April 2012",
        "Basin Foreign and Defence Ministers will meet in Amsel on Wednesday to prepare the Tarnow Summit.",
    )
    assert got == [("2012-04-25", "planned", "Meeting of Basin Foreign and Defence Ministers")]
    got = timeline(
        "10 February 2009", "In December, the world will meet in Copenhagen to agree on a new regime."
    )
    assert got == [("2009-12", "planned", "Meeting in Copenhagen")]
    got = timeline(
        "12 June 2012", "The Commission met in Geneva from 5 to 9 March and again from 14 to 18 May."
    )
    assert [d for d, _, _ in got] == ["2012-03-05/2012-03-09", "2012-05-14/2012-05-18"]


def test_the_organiser_is_not_the_meeting():
    got = timeline(
        "30 November 2012",
        "The General Assembly will hold a high-level meeting on the rule of law on 24 September.",
    )
    assert got == [("2013-09-24", "planned", "High-level meeting on the rule of law")]


def test_a_short_name_in_brackets_stays_with_its_meeting():
    got = timeline(
        "12 June 2012",
        "Lindhaven hosted the Fourth Basin Conference on River Development (TICAD IV) in Amsel in May 2008.",
    )
    assert got == [("2008-05", "meeting", "Fourth Basin Conference on River Development")]


def test_a_numbered_resolution_adopted_on_the_day_of_the_statement():
    got = timeline("13 April 2012", "The Council adopted resolution 2042 this morning, sending observers.")
    assert got == [("2012-04-13", "milestone", "Council adopted resolution 2042")]
    got = timeline("13 April 2012", "Resolution 2042, which we adopted today, sends observers.")
    assert got == [("2012-04-13", "milestone", "Resolution 2042 adopted")]
    got = timeline("13 April 2012", "We welcome the adoption today of resolution 2042 (2012).")
    assert got == [("2012-04-13", "milestone", "Resolution 2042 (2012) adopted")]
    # "today" alone dates nothing
    assert timeline("13 April 2012", "The challenges we face today are the ones resolution 2042 names.") == []


def test_a_meeting_this_morning_is_of_the_statement_s_day_but_this_meeting_is_the_occasion():
    got = timeline("20 April 2012", "The Basin Council met this morning at the level of ministers.")
    assert got == [("2012-04-20", "meeting", "Meeting of Basin Council")]
    assert timeline("20 April 2012", "I thank you for convening this meeting this morning.") == []
    assert (
        timeline(
            "20 April 2012", "I thank you for convening this informal meeting of the plenary this morning."
        )
        == []
    )


def test_two_meetings_of_one_sentence_and_one_date_stay_two():
    got = timeline(
        "20 September 2010",
        "The Basin Ministers' Meeting and Delta Ministers' Meeting in July made proposals.",
    )
    assert got == [
        ("2010-07", "meeting", "Basin Ministers' Meeting"),
        ("2010-07", "meeting", "Delta Ministers' Meeting"),
    ]
    got = timeline("20 September 2010", "I held consultations with the regional groups on 7 and 8 September.")
    assert got == [("2010-09-07/2010-09-08", "meeting", "Consultations with the regional groups")]


def test_whose_meeting_and_where_it_met():
    got = timeline("20 April 2012", "The Basin Commission will hold its annual session in Geneva next month.")
    assert got == [("2012-05", "planned", "Basin Commission annual session")]
    got = timeline(
        "20 April 2012",
        "As the President said in his State of the Basin Address in February, jobs come first.",
    )
    assert got == [("2012-02", "meeting", "State of the Basin Address")]
    got = timeline("20 April 2012", "I took part in the Council's open debate on 20 March.")
    assert got == [("2012-03-20", "meeting", "Council's open debate")]
    got = timeline("20 April 2012", "The Council last met on this issue on 14 March.")
    assert got == [("2012-03-14", "meeting", "Meeting of Council")]
    data = extract_event(
        "Statement by Mr. Arno Pell\nLindhaven, 20 April 2012\n\nMr. President,\n\n"
        "In January, the Heads of State met in Amsel for the 18th Basin Summit.\n\n" + OTHER,
        source_name="t.txt",
    ).data
    assert [(i["title"], i.get("place")) for i in data["timeline"]] == [("18th Basin Summit", "Amsel")]


def test_one_date_said_twice_is_one_date():
    got = timeline(
        "20 April 2012", "Fifty years ago, on 5 March 1962, our countries signed a Treaty of Friendship."
    )
    assert got == [("1962-03-05", "milestone", "Countries signed a Treaty of Friendship")]


def test_more_date_shapes():
    sp = DatePoint(2012, 3, 5)
    got = [(m.text, m.date.iso()) for m in find_dates("The ministers met yesterday, Sunday, in Amsel.", sp)]
    assert got == [("yesterday", "2012-03-04"), ("Sunday", "2012-03-04")]
    (m,) = find_dates("In another nine months the Basin Summit will open.", sp)
    assert m.date.iso() == "2012-12"
    (m,) = find_dates("dated 7. 5. 2009 in Amsel", None)
    assert m.date.iso() == "2009-05-07"
    (m,) = find_dates("Amsel, September 26 , 2009", None)
    assert m.date.iso() == "2009-09-26"
    # a rough count of months gives way to the month it names
    got = timeline("5 March 2012", "Nine months ago in April last year, the Basin Forum met in Amsel.")
    assert got == [("2011-04", "meeting", "Basin Forum")]


def test_the_clause_of_each_date_in_a_sentence_with_two():
    got = timeline(
        "20 April 2012",
        "On 12 March, the Council held consultations on Amsel, and on 20 March, it adopted resolution 2042.",
    )
    assert got == [
        ("2012-03-12", "meeting", "Consultations on Amsel"),
        ("2012-03-20", "milestone", "Resolution 2042 adopted"),
    ]
    got = timeline(
        "20 April 2012",
        "Last year, during its presidency of the Council, Amsel convened an open debate on water.",
    )
    assert got == [("2011", "meeting", "Open debate on water")]
    # the year of a cited resolution dates nothing
    got = timeline(
        "31 January 2012",
        "During its 12 January debate, the Council adopted resolution 77 (2012) on the region.",
    )
    assert got == [("2012-01-12", "meeting", "Debate")]


def test_dev4_round_shapes():
    # "tomorrow will be the X": the day names its meeting
    got = timeline(
        "7 April 2010",
        "Today we have the partners' meeting, tomorrow will be the g5-plus and then the Forum.",
    )
    assert ("2010-04-08", "planned", "G5-plus") in got
    # a day said before "in the" meeting
    got = timeline(
        "19 April 2009", "The talks went well yesterday in the Plenary Sessions of the Basin Summit."
    )
    assert got == [("2009-04-18", "summit", "Plenary Sessions of the Basin Summit")]
    # a delegation received; an address to a body; a numbered acronym
    got = timeline(
        "7 April 2010", "In September of 2009 we were proud to host a delegation from the Republic of Amsel."
    )
    assert got == [("2009-09", "meeting", "Visit of a delegation from Republic of Amsel")]
    got = timeline(
        "10 September 2012",
        "You will be with us tomorrow in Bern, where you will address the Basin Parliament.",
    )
    assert got == [("2012-09-11", "planned", "Address to the Basin Parliament")]
    got = timeline("2 October 2007", "We thank Amsel for hosting the 34th ICBM in Tarnow in June.")
    assert got == [("2007-06", "meeting", "34th ICBM")]
    # a weekday restated by its date; a meeting before "on the 19th-20th"
    got = timeline(
        "2 December 2007",
        "The Basin Summit was preceded by the State visit to Amsel, which started on Wednesday, November 21, 2007.",
    )
    assert ("2007-11-21", "meeting", "State visit to Amsel") in got
    got = timeline(
        "17 January 2009", "We host the forum, held within the Delta Summit on the 19th -20th January."
    )
    assert got == [("2009-01-19/2009-01-20", "planned", "Delta Summit")]
    # "On 3 August of this year, …" in a quotation; "in mid-March"; "the year 1848"
    got = timeline(
        "6 August 2010", '"On 3 August of this year, the Basin Council adopted a decision on the Summit.'
    )
    assert [d for d, _, _ in got] == ["2010-08-03"]
    sp = DatePoint(2011, 4, 15)
    assert [m.date.iso() for m in find_dates("In mid-March, a delegation travelled to Amsel.", sp)] == [
        "2011-03"
    ]
    assert [m.date.iso() for m in find_dates("the revolutionary year 1848 when", sp)] == ["1848"]
    # the date of a since-clause is not the visit's
    assert timeline("20 April 2012", "This is my first visit to Amsel since I became Minister in 2009.") == []


def test_a_report_heading_dated_by_the_line_under_it():
    text = (
        "Report of the Secretary of the Basin Council\nLindhaven, 9 December 2008\n\nExcellencies,\n\n"
        "1. Meeting of the Assembly of Donors of the River Fund\n\n– Amsel (24 November)\n\n"
        "I opened the Assembly and thanked the donors for their support.\n\n" + OTHER
    )
    data = extract_event(text, source_name="r.txt").data
    assert [(i["date"], i["title"]) for i in data["timeline"]] == [
        ("2008-11-24", "Meeting of the Assembly of Donors of the River Fund")
    ]


def test_a_date_opening_its_sentence_dates_the_first_named_meeting():
    got = timeline(
        "5 June 2012",
        "Less than two months ago, Amsel had the honour of welcoming you all to Tarnow, for the Sixth "
        "Summit of the Basin – a Summit that met our hopes.",
    )
    assert got == [("2012-04", "summit", "Sixth Summit of the Basin")]
    # reported speech or another time in between: no
    got = timeline(
        "5 June 2012", "In 2009, the minister said that the Basin Summit should be held more often."
    )
    assert got == []


def test_a_meeting_only_talked_of_is_no_plan_and_a_new_clause_is_not_the_meeting_before():
    got = timeline(
        "9 December 2008",
        "We discussed the possibility for Amsel to host the 6th Special Meeting of the Forum in 2009.",
    )
    assert got == []
    got = timeline("7 April 2010", "Today we have the Partners Meeting, tomorrow is free for visits.")
    assert got == []


def test_meetings_listed_by_place_are_one_each():
    got = timeline(
        "4 September 2009",
        "Ministers recalled the outcomes of meetings held earlier during the year at Amsel (G20), Tarnow "
        "(Basin Group) and Lindhaven (Trade Ministers).",
    )
    assert [(d, t) for d, _, t in got] == [
        ("2009", "Basin Group meeting in Tarnow"),
        ("2009", "G20 meeting in Amsel"),
        ("2009", "Trade Ministers meeting in Lindhaven"),
    ]


def test_today_dates_another_meeting_but_not_the_occasion():
    got = timeline("27 January 2010", "I am attending a meeting today on Delta security.")
    assert got == [("2010-01-27", "meeting", "Meeting")]
    got = timeline(
        "7 May 2009",
        "Welcome to this dinner held on the occasion of the Basin Summit, which has been taking place in Amsel today.",
    )
    assert got == [("2009-05-07", "summit", "Basin Summit")]
    assert timeline("7 May 2009", "I thank you for convening the meeting today.") == []
    assert timeline("7 May 2009", "We are honoured to open this Basin Summit today.") == []
    assert timeline("7 May 2009", "The challenges we face today are many.") == []


def test_a_qualified_opening_date():
    got = timeline(
        "5 June 2012", "Less than two months ago, we welcomed you all to Amsel for the Sixth Basin Summit."
    )
    assert got == [("2012-04", "summit", "Sixth Basin Summit")]


def test_titles_stop_where_the_meeting_s_name_does():
    got = timeline("27 January 2010", "Ahead of the Amsel conference on rivers tomorrow, we met the envoys.")
    assert [t for _, _, t in got] == ["Amsel conference on rivers"]
    got = timeline(
        "8 March 2011",
        "In line with the Joint Statement of the Basin Ministerial Meeting, held in Amsel, February 11th 2011, we act.",
    )
    assert [t for _, _, t in got] == ["Basin Ministerial Meeting"]


def test_un_and_ministry_shapes():
    # "to be held" looks forward, though "held" alone is past
    got = timeline(
        "15 March 2011", "The Basin Summit, to be held in Lindhaven on 8 and 9 June, will review progress."
    )
    assert got == [("2011-06-08/2011-06-09", "planned", "Basin Summit")]
    # a resolution named by what it did on a day
    got = timeline(
        "15 March 2011", "The Council renewed the mandate of the Mission on 16 December by resolution 1961."
    )
    assert got == [("2010-12-16", "milestone", "Resolution 1961 adopted")]
    # a visit to come
    got = timeline(
        "15 March 2011", "The Prime Minister will travel to Amsel next week for talks with his counterpart."
    )
    assert got == [("2011-03", "planned", "Visit to Amsel")]


def test_parts_of_months_and_years():
    sp = DatePoint(2010, 4, 14)
    found = find_dates("The Minister visited Amsel at the end of December and met the President.", sp)
    assert [m.date.iso() for m in found] == ["2009-12"]
    (m,) = find_dates("We will convene a conference in the second half of the year.", sp)
    assert m.date.iso() == "2010-07/2010-12"
    got = timeline("14 April 2010", "President Ora Kell paid state visits to Amsel and Tarnow in March.")
    assert got == [("2010-03", "meeting", "Visit to Amsel")]


def test_a_row_of_days_after_a_verb_of_meeting():
    got = timeline(
        "20 April 2012",
        "Since January, the Basin Council has met four times: on 12 January, 3 February, 15 March and 2 April.",
    )
    assert [(d, t) for d, _, t in got] == [
        ("2012-01-12", "Meeting of Basin Council"),
        ("2012-02-03", "Meeting of Basin Council"),
        ("2012-03-15", "Meeting of Basin Council"),
        ("2012-04-02", "Meeting of Basin Council"),
    ]


def test_days_without_their_year_in_a_row_and_a_meeting_someone_convened():
    got = timeline("20 April 2012", "The Committee held informal consultations on 10 May and on 24 May.")
    assert [d for d, _, _ in got] == ["2011-05-10", "2011-05-24"]
    got = timeline(
        "20 April 2012", "The thematic debate on water that I convened on 8 March showed broad support."
    )
    assert got == [("2012-03-08", "meeting", "Thematic debate on water")]


def test_periods_anniversaries_and_meetings_due():
    assert timeline("20 April 2012", "We will continue to work with the Basin Forum throughout 2012.") == []
    assert timeline("20 April 2012", "Next year marks the twentieth anniversary of the Basin Summit.") == []
    got = timeline("20 April 2012", "The next Basin Summit is due in 2014, and the Delta Forum in 2015.")
    assert got == [("2014", "planned", "Next Basin Summit"), ("2015", "planned", "Delta Forum")]


def test_a_past_date_and_a_named_meeting_in_a_clause_need_something_that_met():
    assert (
        timeline(
            "20 April 2012", "In 2005, the world was different, and the Basin Summit was a distant idea."
        )
        == []
    )
    assert (
        timeline("20 April 2012", "Last year was difficult. At that time, the Basin Summit seemed far away.")
        == []
    )
    # a meeting still to come needs no such verb
    got = timeline(
        "20 April 2012", "We ask Ministers to agree that the Third Basin Conference should review it in 2014."
    )
    assert got == [("2014", "planned", "Third Basin Conference")]


def test_where_people_met_said_after_a_few_words():
    data = extract_event(
        "Statement by Mr. Arno Pell\nLindhaven, 3 March 2011\n\nMr. President,\n\n"
        "Basin Leaders and President Ora Kell met a second time in Amsel last September.\n\n" + OTHER,
        source_name="t.txt",
    ).data
    assert [(i["date"], i.get("place")) for i in data["timeline"]] == [("2010-09", "Amsel")]


def test_visits_received():
    got = timeline(
        "20 April 2012", "I had the pleasure of receiving Foreign Minister Lev Arno in Lindhaven on 2 April."
    )
    assert got == [("2012-04-02", "meeting", "Meeting with Foreign Minister Lev Arno")]
    got = timeline(
        "20 April 2012", "The Prime Minister of Amsel, who visited us in February, reaffirmed his support."
    )
    assert got == [("2012-02", "meeting", "Visit of Prime Minister of Amsel")]


def test_a_meeting_named_right_after_the_day_its_verb_gives_is_titled_by_its_name():
    """ "We met in Amsel on 3 March for the first Basin Summit": the verb dates the meeting and its name
    follows the date; the name is the title (it was "Meeting in Amsel on", the place read with the word after
    it). A name said further on, after another verb, stays the other meeting's."""
    got = timeline("20 April 2009", "We met in Amsel on 3 March 2009 for the first Basin Summit.")
    assert got == [("2009-03-03", "summit", "First Basin Summit")]
    got = timeline("20 April 2009", "Leaders met in Amsel on 3 March 2009, at the Basin Forum.")
    assert got == [("2009-03-03", "meeting", "Basin Forum")]
    got = timeline("20 April 2009", "We met in Amsel on 3 March 2009 for the first time.")
    assert got == [("2009-03-03", "meeting", "Meeting in Amsel")]
    got = timeline("20 April 2009", "We gathered in March 2009 in Amsel.")
    assert got == [("2009-03", "meeting", "Meeting in Amsel")]


def test_a_row_of_days_whose_year_is_said_once_at_its_end_takes_it():
    """ "Tarnow on 3 March, Amsel on 5 March and Nordholm on 7 March 2009": the row's year is said once, at
    its end; the first two days were put in the tense's year, the statement's. A month later than the year's
    date is of the year before; a date said in another clause keeps its own reading."""
    sd = DatePoint(2010, 9, 20)

    def dates(sentence: str) -> list[str]:
        return [d.date.iso() for d in find_dates(sentence, sd) if d.date is not None]

    assert dates(
        "The Minister visited Tarnow on 3 March, Amsel on 5 March and Nordholm on 7 March 2009."
    ) == [
        "2009-03-03",
        "2009-03-05",
        "2009-03-07",
    ]
    assert dates("We met in Amsel in March, in Tarnow in May and in Nordholm in July 2008.") == [
        "2008-03",
        "2008-05",
        "2008-07",
    ]
    assert dates("We met on 3 December and again on 7 January 2009.") == ["2008-12-03", "2009-01-07"]
    assert dates("On 3 March we agreed to meet on 7 March 2011.") == ["2010-03-03", "2011-03-07"]
    assert dates("He visited Amsel on 3 March, and in 2009 he went to Tarnow.") == ["2010-03-03", "2009"]


def test_a_call_by_telephone_on_a_day_is_an_item():
    """ "spoke by telephone with", "telephoned": a call a briefing lists as a meeting; it was not read."""
    got = timeline(
        "20 September 2010",
        "On 3 September the Minister spoke by telephone with the Foreign Minister of Estravia, Mr. Ivo Marek.",
    )
    assert got == [("2010-09-03", "meeting", "Telephone call with the Foreign Minister of Estravia")]
    got = timeline("20 September 2010", "He telephoned President Ivo Marek last Friday about the flood.")
    assert got == [("2010-09-17", "meeting", "Telephone call with Ivo Marek")]
