"""Timeline items round 8 read (docs/extract.md, "Round 8: dates the finder did not reach"): a programme's
lines under its day headings, and a meeting named in quotation marks.

Invented programmes and briefings in the shapes real ones have (hours written "10h00", "14:30", "9.15
a.m."; a weekday before or after the day; a heading in another order), with the cases where nothing may be
dated: a page with one dated line only, prose under a listing's date, a line that names no event.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event


def items_of(text: str) -> list[tuple[str, str]]:
    data = extract_event(text, source_name="round8.txt").data
    return [(str(i["date"]), i["title"]) for i in data["timeline"]]


def dated(items: list[tuple[str, str]], date: str, word: str) -> bool:
    return any(d == date and word.lower() in title.lower() for d, title in items)


PROGRAMME = """Programme of the Official Visit by the Prime Minister of Amsel

{first}

09h00 Arrival of the press ahead of the welcome ceremony at the Lindhaven Palace

Venue: Lindhaven Palace

Contact: the press office

{second}

{hour1} Bilateral talks between the two Prime Ministers

{hour2} The Prime Minister to address a joint session of the Basin Assembly

Photo opportunity for accredited media only

{third}

{hour3} Amsel – Lindhaven Business Forum attended by both Prime Ministers

{hour4} Gala banquet hosted by the President in honour of the guest
"""


@pytest.mark.parametrize(
    ("first", "second", "third", "hours"),
    [
        (
            "Monday 12 April 2010",
            "Tuesday 13 April 2010",
            "Wednesday 14 April 2010",
            ("10h30", "15h00", "08h30", "20h00"),
        ),
        (
            "Monday, April 12, 2010",
            "Tuesday, April 13, 2010",
            "Wednesday, April 14, 2010",
            ("10:30", "15:00", "8:30", "20:00"),
        ),
        (
            "12 April 2010 (Monday)",
            "13 April 2010 (Tuesday)",
            "14 April 2010 (Wednesday)",
            ("10.30 a.m.", "3 pm", "8.30 am", "8 p.m."),
        ),
        (
            "Day 1: 12 April 2010",
            "Day 2: 13 April 2010",
            "Day 3: 14 April 2010",
            ("10:30 –", "15:00 –", "08:30 –", "20:00 –"),
        ),
    ],
)
def test_a_programmes_lines_take_the_day_of_their_heading(first, second, third, hours):
    text = PROGRAMME.format(
        first=first,
        second=second,
        third=third,
        hour1=hours[0],
        hour2=hours[1],
        hour3=hours[2],
        hour4=hours[3],
    )
    items = items_of(text)
    assert dated(items, "2010-04-13", "bilateral talks"), items
    assert dated(items, "2010-04-13", "joint session"), items
    assert dated(items, "2010-04-14", "business forum"), items
    assert dated(items, "2010-04-14", "banquet"), items
    # the press's arrangements name the event they come for, not themselves
    assert not any("arrival of the press" in title.lower() for _, title in items), items
    # a line that names no event is no item
    assert not any("photo opportunity" in title.lower() for _, title in items), items


def test_two_events_of_one_day_with_the_same_people_stay_apart():
    text = PROGRAMME.format(
        first="Monday 12 April 2010",
        second="Tuesday 13 April 2010",
        third="Wednesday 14 April 2010",
        hour1="11h00",
        hour2="13h00",
        hour3="09h00",
        hour4="19h00",
    ).replace(
        "Amsel – Lindhaven Business Forum attended by both Prime Ministers",
        "Working lunch of both Prime Ministers",
    )
    items = items_of(text)
    on_14 = [title for date, title in items if date == "2010-04-14"]
    assert len(on_14) == 2, items


def test_one_dated_line_is_a_dateline_not_a_programme():
    text = """Press Release

Tuesday 13 April 2010

Bilateral talks between the two Prime Ministers

The ministers reviewed the water-sharing plan and the fisheries accord.
"""
    # the line under the only dated line is the release's occasion, not a programme's item dated by it
    assert not dated(items_of(text), "2010-04-13", "bilateral talks")


def test_prose_under_a_listings_date_is_left_to_its_own_dates():
    text = """News listing

03 Mar. 2009

Basin ministers meet in Tarnow

The ministers of the Basin states attended the ceremony at the river port and spoke to the press at length.

17 Jun. 2009

Lindhaven hosts the water forum

The delegates attended the opening ceremony in the old town hall, with many guests from the region.
"""
    items = items_of(text)
    assert not any("ceremony" in title.lower() for _, title in items), items


@pytest.mark.parametrize(
    "sentence",
    [
        'Second, the "Friends of the Basin" Meeting is being held today in Tarnow.',
        "Second, the ‘Friends of the Basin’ Meeting is being held today in Tarnow.",
        "Second, the «Friends of the Basin» Meeting is taking place today in Tarnow.",
    ],
)
def test_a_meeting_named_in_quotation_marks_held_today(sentence):
    text = f"""Spokesperson's Regular Press Conference on 18 May 2011

Q: {sentence} What is your comment?

A: We follow the situation closely and hope for a peaceful settlement of the question.
"""
    items = items_of(text)
    assert ("2011-05-18", "Friends of the Basin Meeting") in items, items


def test_a_plural_possessive_keeps_its_apostrophe():
    text = """Statement of 2 June 2011

The Ninth Basin Foreign Ministers’ Meeting was held in Tarnow on 25 May 2011 and agreed on the plan.
"""
    items = items_of(text)
    assert any(title.endswith("Ministers’ Meeting") for _, title in items), items


@pytest.mark.parametrize(
    ("first", "again", "day"),
    [
        (
            "The President will pay a state visit to Amsel in the middle of October.",
            "He will begin the three-day visit on 14 October with talks in the capital.",
            "2011-10-14",
        ),
        (
            "The leaders of the basin states will meet at the Regional Water Summit in Lindhaven in November.",
            "Leaders will open the two-day summit on 21 November.",
            "2011-11-21",
        ),
        (
            "The Minister will make a working visit to Tarnow later this month.",
            "She will start the short visit on 26 September.",
            "2011-09-26",
        ),
    ],
)
def test_a_meeting_said_again_with_the_and_a_description_is_the_same_meeting(first, again, day):
    text = f"Press release, 12 September 2011\n\n{first}\n\n{again}\n\nThe ministry thanks the hosts.\n"
    items = items_of(text)
    on_the_day = [title for date, title in items if date == day]
    assert len(on_the_day) == 1 and on_the_day[0].split()[-1] not in ("three-day", "two-day"), items
    # the name said the first time is kept, its day said the second time
    assert any(w in on_the_day[0] for w in ("Amsel", "Water Summit", "Tarnow")), items
    assert not any(date in ("2011-10", "2011-11", "2011-09") for date, _ in items), items


def test_a_meeting_named_after_its_noun_is_not_a_description():
    text = """Plan of action, 12 September 2011

1. Hold the second Meeting of Water Ministers in 2011 in Amsel.

2. Hold the Meeting of the heads of the statistics offices in October 2011 in Tarnow.
"""
    items = items_of(text)
    assert any(date == "2011" for date, _ in items), items
    assert any(date == "2011-10" for date, _ in items), items


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The matter will be decided at the meeting of Basin foreign ministers on 2 March 2011 in Tarnow.",
            "Meeting of Basin foreign ministers",
        ),
        (
            "The Conference of African finance ministers was held in Amsel on 14 May 2010.",
            "Conference of African finance ministers",
        ),
        ("A Summit of Nordic leaders took place in Lindhaven on 9 June 2009.", "Summit of Nordic leaders"),
        ("The meeting of Andean states was held in Lima on 3 April 2008.", "Meeting of Andean states"),
    ],
)
def test_a_meeting_named_by_its_members_in_lower_case_keeps_them(sentence, title):
    text = f"Statement of 20 December 2011\n\n{sentence}\n\nWe thank the hosts for their work.\n"
    titles = [t for _, t in items_of(text)]
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "June 02 2012, Lindhaven: The Foreign Minister will leave for Amsel soon, possibly on June 11, the"
            " Ministry said.",
            "2012-06-11",
        ),
        (
            "Lindhaven, 2 June 2012 – The Prime Minister is to leave for Tarnow on 14 June for talks with his"
            " counterpart.",
            "2012-06-14",
        ),
        (
            "2 June 2012 – The ministry said the envoy will fly to Port Sella around 20 June to meet the Basin"
            " Council.",
            "2012-06",
        ),
    ],
)
def test_a_day_without_its_year_takes_the_year_of_its_sentences_opening_dateline(sentence, day):
    # a news item whose opening date the header does not read: nothing else gives the year
    text = f"Minister to travel abroad\n\n{sentence}\n\nThe talks will cover trade and fisheries.\n"
    assert any(date.startswith(day) for date, _ in items_of(text)), items_of(text)


def test_a_full_date_inside_the_sentence_gives_no_year_to_a_later_day():
    # the later day may be the same meeting's told again ("… of 2-3 February 2004 … took place on 2 and 3
    # February"): only a dateline opening the sentence lends its year
    text = (
        "Minister to travel abroad\n\nThe ministers recalled the Tarnow meeting of 3 March 2009 and will meet"
        " again in Amsel on 12 May to review the plan.\n\nThe talks will cover trade.\n"
    )
    assert not any(date.startswith("2009-05") for date, _ in items_of(text)), items_of(text)


def test_a_departure_names_the_visit():
    text = (
        "Press release, 2 June 2012\n\nThe Foreign Minister will leave for Amsel on 11 June for two days.\n\n"
        "The talks will cover trade.\n"
    )
    assert ("2012-06-11", "Visit to Amsel") in items_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We discussed the possibility of a meeting in Amsel in July.",  # the meeting itself is in doubt
        "The ministers could possibly meet again in July, if funds allow.",
    ],
)
def test_a_hedge_on_the_meeting_still_leaves_it_off(sentence):
    text = f"Press release, 2 June 2012\n\n{sentence}\n\nThe talks will cover trade.\n"
    assert not [d for d, _ in items_of(text) if d.startswith("2012-07")], items_of(text)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Chronicle of the Presidency. 2011 year",
            "March 3. On March 3 this year in Lindhaven the President received the Basin envoy for talks.\n\n"
            "April 14. The President paid an official visit to Amsel on 14-15 April.",
            ["2011-04-14/2011-04-15"],
        ),
        (
            "[Bulletin] No. 12, 4 - 15 October 2010",
            "On 6 October, the Foreign Minister met with the Foreign Minister of Korvia, who was on an official"
            " visit to Lindhaven.",
            ["2010-10-06"],
        ),
        (
            "Basin Council: Joint Communique 2013",
            "The ministers will meet again in Tarnow on 12 May to review the plan of action.",
            ["2013-05-12"],
        ),
    ],
)
def test_a_text_without_a_date_of_its_own_dates_its_days_from_its_headers_year(title, body, expected):
    text = f"{title}\n\n{body}\n\nThe ministers thanked the hosts for their work.\n"
    dates = [d for d, _ in items_of(text)]
    assert all(e in dates for e in expected), items_of(text)


def test_a_title_with_other_numbers_lends_no_year():
    # "Resolution 1888 (2009)": a year among other numbers is no title's year
    text = (
        "Statement on resolution 1888 of 2009, item 4\n\nThe Council will meet again in Tarnow on 12 May to review"
        " the plan.\n\nWe thank the hosts.\n"
    )
    assert not [d for d, _ in items_of(text) if d.endswith("-05-12")], items_of(text)


def test_a_programme_by_parts_of_the_day_under_headings_without_a_year():
    text = """State visit of the President of Korvia to Lindhaven

12-14th JUNE, 2012

The President will pay a State Visit at the invitation of the King.

Tuesday 12 June

Morning - The President arrives.

Evening – State Banquet at the Royal Palace. Speeches from the King and the President.

Wednesday 13 June

Morning and afternoon - The President holds talks with the Prime Minister at the Chancellery.
"""
    items = items_of(text)
    assert dated(items, "2012-06-12", "state banquet"), items
