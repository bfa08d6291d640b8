"""The meeting vocabulary and relative dates of real statements (issue 11), in a statement written for the tests.

fixtures/timeline-ostrava-2011.txt is dated 14 June 2011 in its header; every
relative date below is resolved against that day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract_event, extract_file

FIXTURE = Path(__file__).parent / "fixtures" / "timeline-ostrava-2011.txt"


@pytest.fixture(scope="module")
def items() -> dict[str, dict]:
    data = extract_file(FIXTURE).data
    return {item["title"]: item for item in data["timeline"]}


@pytest.mark.parametrize(
    ("title", "date", "kind"),
    [
        # "Nine months ago" from 14 June 2011; a resolution-like act adopted: a milestone
        ("Basin Commission adopted its first joint water plan", "2010-09", "milestone"),
        # "A week ago, the Commission met again": a meeting without a meeting noun
        ("Meeting of Commission", "2011-06", "meeting"),
        # "attended the UN General Assembly in September 2010": the precise date wins over "Last year"
        ("UN General Assembly", "2010-09", "meeting"),
        ("General Assembly adopted resolution 65/19", "2010-12-06", "milestone"),
        # a date far from the name in its sentence
        ("Inland Waters Group meets every six months", "2006-10", "milestone"),
        ("Plenary meeting", "2010-11-02", "meeting"),
        # a summit named after its town; a conference known by its acronym; "next July"
        ("Amsel Summit", "2011-03", "summit"),
        ("COP17", "2011-12", "planned"),
        ("Coastal Fisheries Summit", "2011-07", "planned"),
    ],
)
def test_meeting_vocabulary_and_relative_dates(items, title, date, kind):
    assert title in items, sorted(items)
    assert (items[title]["date"], items[title]["kind"]) == (date, kind)


def test_nothing_else_is_put_on_the_timeline(items):
    assert len(items) == 9


@pytest.mark.parametrize(
    ("sentence", "said", "date"),
    [
        ("The Council met in Amsel on Thursday to prepare this session.", "2010-02-13", "2010-02-11"),
        (
            "Starting on Wednesday, the ministers will gather for the Basin Conference.",
            "2009-06-22",
            "2009-06-24",
        ),
        ("The Lindhaven Conference is 10 months away.", "2009-02-10", "2009-12"),
        ("We host the Delta Forum in less than two weeks from now.", "2012-10-01", "2012-10"),
        ("Just two months ago I visited the Upper Basin.", "2008-09-08", "2008-07"),
        ("The past year saw the May Preparatory Committee of the treaty succeed.", "2010-01-19", "2009-05"),
        ("At last week's Delta Summit the leaders agreed on a common fund.", "2012-11-30", "2012-11"),
        ("The Basin Council met yesterday in Amsel and adopted its budget.", "2012-11-30", "2012-11-29"),
    ],
)
def test_relative_dates_are_resolved_against_the_statement(sentence, said, date):
    y, m, d = said.split("-")
    text = f"Statement by Ms. Ona Brisk\nLindhaven, {int(d)} {_MONTHS[int(m)]} {y}\n\nColleagues,\n\n{sentence}\n"
    dates = [item["date"] for item in extract_event(text, source_name="s.txt").data["timeline"]]
    assert date in dates


_MONTHS = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def test_a_list_of_meeting_dates_gives_one_item_each():
    text = (
        "At the Working Group on Inland Waters\n\nNew York, 9 September 2009\n\nSo far we have held five "
        "meetings; one on 11 November 2008, one on 17 November 2008, two on 5 December 2008, and one on "
        "19 January 2009, as well as our meeting today.\n"
    )
    dates = [item["date"] for item in extract_event(text, source_name="s.txt").data["timeline"]]
    assert dates == ["2008-11-11", "2008-11-17", "2008-12-05", "2009-01-19"]


def test_capitals_surnames_are_names_not_abbreviations():
    text = (
        "Mr. President,\n\nWe thank Secretary-General Ban KI-MOON and President Jakaya KIKWETE for their "
        "work with the United Nations Development Programme (UNDP) and the Swedish IPA Seminar.\n\n"
        "We will report to the Assembly next year on what the UNDP has done.\n"
    )
    data = extract_event(text, source_name="s.txt").data
    terms = {g["term"]: g.get("expansion") for g in data.get("glossary", [])}
    assert "KIKWETE" not in terms and "KI" not in terms and "MOON" not in terms
    assert terms["UNDP"] == "United Nations Development Programme"


def test_no_stray_quote_in_an_expansion():
    text = (
        "Mr. President,\n\nThe Coastal Waters Network's members met in Amsel, and the CWN will meet "
        "again in Lindhaven next year to adopt its charter and its work plan.\n"
    )
    data = extract_event(text, source_name="s.txt").data
    expansions = [g["expansion"] for g in data.get("glossary", [])]
    assert expansions and not any("'" in e or "’" in e or '"' in e for e in expansions)


def test_a_statement_without_proposal_or_request_says_so():
    text = (
        "Statement by Mr. Ivo Tarn\nLindhaven, 3 May 2010\n\nColleagues,\n\nOur coastal waters have "
        "changed a great deal over the last century.\n\nThe fleets are smaller and the catches are "
        "lighter than they were when our grandparents fished.\n"
    )
    result = extract_event(text, source_name="s.txt")
    (message,) = result.data["key_messages"]
    assert message["text"].startswith("TO CHECK: the statement makes no proposal or request")
    assert "no proposal or request" in result.data["summary"]
    assert "Our coastal waters" not in result.data["summary"]
    assert any(t.startswith("key_messages") for t in result.todo)


def test_an_unnamed_meeting_at_a_relative_date_is_not_an_item():
    text = (
        "Statement by Ms. Ona Brisk\nLindhaven, 19 January 2010\n\nColleagues,\n\nThe Chair will not be "
        "able to speak to the Conference next week as planned.\n"
    )
    result = extract_event(text, source_name="s.txt")
    assert result.data["timeline"] == [] or all(i["title"] != "Conference" for i in result.data["timeline"])
    assert any(u.text == "next week" for u in result.findings.timeline.unplaced)


def test_only_adoptions_are_milestones_wherever_the_date_stands():
    text = (
        "Statement by Ms. Ona Brisk\nLindhaven, 19 January 2010\n\nColleagues,\n\nOur ministry created a "
        "small river unit in 2004, long before the others.\n\nThe Assembly adopted the Basin Charter on "
        "3 May 2008 after two years of talks.\n"
    )
    titles = [i["title"] for i in extract_event(text, source_name="s.txt").data["timeline"]]
    assert titles == ["Assembly adopted the Basin Charter"]


@pytest.mark.parametrize(
    ("sentence", "title", "date"),
    [
        ("The 2005 World Summit gave the basin states their mandate.", "World Summit", "2005"),
        (
            "The Review Conference held from 29 November to 2 December 2008 in Amsel agreed on the charter.",
            "Review Conference",
            "2008-11-29/2008-12-02",
        ),
        (
            "We took part in the high-level event on river deltas on 25 September 2009.",
            "High-level event on river deltas",
            "2009-09-25",
        ),
    ],
)
def test_years_before_names_ranges_across_months_and_events(sentence, title, date):
    text = f"Statement by Ms. Ona Brisk\nLindhaven, 3 March 2010\n\nColleagues,\n\n{sentence}\n"
    items = {i["title"]: i["date"] for i in extract_event(text, source_name="s.txt").data["timeline"]}
    assert items.get(title) == date, items


def test_this_event_is_not_a_meeting():
    text = (
        "Statement by Ms. Ona Brisk\nLindhaven, 3 March 2010\n\nColleagues,\n\nThis event in 2010 "
        "brings the river states together for the first time.\n"
    )
    assert extract_event(text, source_name="s.txt").data["timeline"] == []


def test_a_general_debate_statement_in_capitals():
    """A header in capitals, many summits in one statement, two named summits in one sentence kept apart."""
    result = extract_file(Path(__file__).parent / "fixtures" / "ostrava-general-debate-2009.txt")
    speaker = result.data["speech"]["speaker"]
    assert (speaker["name"], speaker["role"]) == (
        "Alvar Ness",
        "Deputy Minister for Foreign Affairs of the Republic of Ostrava",
    )
    assert (result.data["event"]["date"], result.data["event"]["place"]) == ("2009-09-25", "New York")
    items = {(i["date"], i["title"]) for i in result.data["timeline"]}
    assert {
        ("2009-04", "London Summit"),
        ("2009-06-28/2009-06-30", "Fourth Ministerial Conference of Landlocked States"),
        ("2009-07", "African Union Summit"),
        ("2009-09", "G20 Summit"),  # "this week"
        ("2009-09-22", "Summit on Climate Change"),  # "convened by the Secretary-General on 22 September"
        ("2010-05", "NPT Review Conference"),  # "will meet in New York in May 2010", not "Next year"
    } <= items
    assert not any(title == "African Union Summit" and date == "2009" for date, title in items)


def test_a_ministry_speech_with_its_role_before_the_name():
    result = extract_file(Path(__file__).parent / "fixtures" / "ostrava-mine-action-2010.txt")
    speaker = result.data["speech"]["speaker"]
    assert (speaker["name"], speaker["role"], speaker.get("country")) == (
        "Lena Varg",
        "Minister of Foreign Affairs of Ostrava",
        "Ostrava",
    )
    assert (result.data["event"]["date"], result.data["event"]["place"]) == ("2010-03-12", "Amsel")
    items = {(i["date"], i["title"], i["kind"]) for i in result.data["timeline"]}
    assert {
        ("1997-12", "Mine Ban Convention", "milestone"),
        ("2007-02", "Oslo Conference", "meeting"),
        ("2008-12-03", "Convention on Cluster Munitions", "milestone"),
        ("2009-12", "Cartagena Summit", "summit"),  # "in December", said in March 2010
        ("2010-04", "Donor conference", "planned"),  # "Next month's"
        ("2011-09", "Second Meeting of States Parties", "planned"),
    } == items


def test_a_security_council_statement_copied_from_its_page():
    result = extract_file(Path(__file__).parent / "fixtures" / "ostrava-open-debate-2010.txt")
    assert "Home | About | Statements | Contact" in result.findings.removed
    items = {(i["date"], i["title"], i["kind"]) for i in result.data["timeline"]}
    assert items == {
        (
            "2000",
            "Resolution 1325 adopted",
            "milestone",
        ),  # "Since the adoption of resolution 1325 ten years ago"
        ("2009-11", "Resolution 1894 adopted", "milestone"),  # "adopted by the Council in November last year"
        ("2010-06", "Review Conference", "meeting"),  # "which concluded three weeks ago"
        ("2010-06", "Arria-formula meeting", "meeting"),  # "held last week"
        ("2010-09", "Summit on the Millennium Development Goals", "planned"),
    }


def test_a_head_of_state_address_with_visits_and_plans():
    result = extract_file(Path(__file__).parent / "fixtures" / "ostrava-parliament-2011.txt")
    speaker = result.data["speech"]["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Tomas Keld", "President of the Republic of Ostrava")
    assert result.data["event"]["name"] == "Joint Session of Parliament"
    items = {(i["date"], i["title"], i["kind"]) for i in result.data["timeline"]}
    assert items == {
        ("2007", "2nd Ostrava-Africa Summit", "summit"),
        ("2010-03-30/2010-03-31", "Fourth Summit of the Danube States", "summit"),
        ("2010-05", "State visit to Varna", "meeting"),  # "During my state visit to Varna in May"
        (
            "2011-01",
            "Meeting with President Ilves",
            "meeting",
        ),  # "When I received President Ilves … last month"
        (
            "2011-10",
            "Ministerial meeting",
            "planned",
        ),  # "and in October we will host its ministerial meeting"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "In July 2010 we welcomed Croatia to the Basin Agreement as its ninth member state.",
        "Our economy grew by five per cent in 2010, and exports rose sharply in the second half of the year.",
        "The report of the Expert Panel, published in March 2009, remains the best account of the problem.",
        "Since joining the Union in 2004, we have doubled our investment in river transport.",
        "The Ostrava Fund, created in 2006, has financed forty projects since then.",
    ],
)
def test_dates_of_things_that_are_not_meetings_stay_off(sentence):
    text = f"Statement by Ms. Ona Brisk\nLindhaven, 3 March 2011\n\nColleagues,\n\n{sentence}\n"
    assert extract_event(text, source_name="s.txt").data["timeline"] == []


def test_meetings_in_brackets_numbered_conferences_and_a_group_that_met():
    result = extract_file(Path(__file__).parent / "fixtures" / "ostrava-climate-2010.txt")
    items = {(i["date"], i["title"], i["kind"]) for i in result.data["timeline"]}
    assert items == {
        ("2007-12", "Bali Conference", "meeting"),  # a list line with its date in brackets at the end
        ("2008-12", "Poznan Conference", "meeting"),
        ("2009-12", "COP 15", "meeting"),
        ("2010-05-05/2010-05-06", "Meeting of ministers of the region", "meeting"),  # "on 5 and 6 May"
        ("2010-09-20/2010-09-21", "Lindhaven Dialogue", "meeting"),
        ("2011", "COP 17", "planned"),  # "COP 17 in Durban next year"
    }


@pytest.mark.parametrize(
    ("sentence", "title", "date"),
    [
        ("The Regional Workshop, Amsel, 3 May 2009 prepared the charter.", "Regional Workshop", "2009-05-03"),
        ("We met at the Delta Forum in September of last year.", "Delta Forum", "2010-09"),
    ],
)
def test_a_place_between_name_and_date_and_month_of_last_year(sentence, title, date):
    text = f"Statement by Ms. Ona Brisk\nLindhaven, 3 March 2011\n\nColleagues,\n\n{sentence}\n"
    items = {i["title"]: i for i in extract_event(text, source_name="s.txt").data["timeline"]}
    assert items[title]["date"] == date


def test_states_that_met_somewhere_nine_months_ago():
    items = extract_file(Path(__file__).parent / "fixtures" / "formats" / "kelmar-fisheries-2011.txt").data[
        "timeline"
    ]
    met = next(i for i in items if i["title"] == "Meeting of coastal states")
    assert (met["date"], met["place"]) == ("2010-09", "Port Amsel")
