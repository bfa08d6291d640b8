"""Header facts found by structural fallbacks (issue 11, the header-recall round): readings that hold across
sites rather than phrases of one page — a by-line typed under a dated bracket, a news writer's agency after
the by-line, a title that closes with its day, a dash and the city.

Every text is invented (names, places, agencies), in the shapes real pages have. A fact the text does not
give must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

from extract_helpers import NO_PLACE, header_facts

#: A speech body that greets its audience, as the keynotes and addresses below do.
ADDRESS_BODY = (
    "Distinguished guests, ladies and gentlemen,\n\n"
    "It is a privilege to speak to you this morning about the rivers our countries share and about the "
    "work the basin commission has done since it was founded.\n\n"
    "I shall speak first of the survey, and then of the treaty we hope to conclude next year.\n"
)

#: A news item's body: the third person, nobody addressed.
NEWS_BODY = (
    "The Minister will hold talks with the leaders of both countries on trade, transport and the shared "
    "river survey, the ministry said in a statement.\n\n"
    '"We expect the visit to open a new stage in our relations," a spokesman said.\n'
)


def test_by_alone_under_a_dated_bracket_gives_the_speaker_and_the_date():
    """A keynote's header typed a line at a time: the title, "(29 March 2011)", "by" alone, then the name
    with its styles. The date is a line of its own and the by-line is the name under "by"."""
    top = (
        "Keynote Address\n"
        "Organised by the Basin Studies Institute\n"
        "University of Lindhaven\n"
        "THE BASIN COMMISSION –\n"
        "A DECADE OF WORK\n"
        "(29 March 2011)\n"
        "by\n"
        "Tan Sri Dato’ Seri Oren Vell Castor"
    )
    speaker, date, _ = header_facts(top, ADDRESS_BODY, source_name="keynote.txt")
    assert speaker == "Oren Vell Castor"
    assert date == "2011-03-29"


def test_by_alone_under_a_dated_bracket_with_blank_lines_between():
    top = "Keynote Address\n\n(4 May 2010)\n\nby\n\nDr. Ilka Varn Sorel"
    speaker, date, _ = header_facts(top, ADDRESS_BODY, source_name="keynote.txt")
    assert (speaker, date) == ("Ilka Varn Sorel", "2010-05-04")


def test_a_writers_agency_after_the_by_line_is_no_place():
    """ "By X Y, Basinpress": the agency the writer files for, not where the news comes from; the wire
    dateline opening the first paragraph ("Lindhaven :") is the place when it names a known city."""
    top = (
        "By Lena Kost Marrow, Basinpress\n"
        "Dakar : Estravia urged the Basin Organisation to finish its survey of the delta as it handed over "
        "the chairmanship of the group to Ostrava on Thursday."
    )
    _, _, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert place == "Dakar"


def test_a_writers_agency_alone_leaves_the_place_to_check():
    top = (
        "By Lena Kost Marrow, Basinpress\n"
        "Estravia urged the Basin Organisation to finish its survey of the delta as it handed over the "
        "chairmanship of the group to Ostrava on Thursday."
    )
    _, _, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert place == NO_PLACE


def test_a_title_in_capitals_closing_with_its_day_a_dash_and_the_city():
    """ "… AT THE OPENING OF THE ANNUAL MEETINGS …, MAY 31st , 2012 – LINDHAVEN": the city after the date."""
    top = (
        "Thursday, May 31, 2012\n\n"
        "KEYNOTE ADDRESS BY H.E. DR. OREN VELL,PRESIDENT OF THE REPUBLIC OF ESTRAVIA, AT THE OPENING OF THE "
        "2012 ANNUAL MEETINGS OF THE BOARD OF GOVERNORS OF THE BASIN DEVELOPMENT BANK (BDB), MAY 31st , 2012 – "
        "LINDHAVEN"
    )
    speaker, date, place = header_facts(top, ADDRESS_BODY, source_name="address.txt")
    assert (speaker, date, place) == ("Oren Vell", "2012-05-31", "Lindhaven")


def test_a_title_closing_with_a_journey_and_a_dash_is_no_place():
    """ "… to visit …, 20 July 2012 – Lindhaven": where the speaker goes, not where the text is given."""
    top = "Statement on the Minister's decision to visit the delta, 20 July 2012 – Lindhaven"
    _, _, place = header_facts(top, ADDRESS_BODY, source_name="address.txt")
    assert place == NO_PLACE
