"""Header facts found by structural fallbacks (issue 11, the header-recall round): readings that hold across
sites rather than phrases of one page — a by-line typed under a dated bracket, a news writer's agency after
the by-line, a title that closes with its day, a dash and the city.

Every text is invented (names, places, agencies), in the shapes real pages have. A fact the text does not
give must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

import pytest
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


def test_a_report_saying_who_spoke_while_presenting_gives_speaker_date_and_place():
    """A news article with no dateline: "…, said State Secretary X Y, presenting … on 28 June 2007 in
    Lindhaven." names the speaker, the day and the city; the article quotes the same person again below, so
    the name is printed."""
    top = "Estravia at the Council's helm seeks closer ties with the south"
    body = (
        "With the treaty talks under way, Estravia has set out a second aim for its six months in the chair: "
        "concrete progress on the Council's relations with its southern neighbours.\n\n"
        "“The treaty will take most of our time, but not all of it,” said State Secretary Lena Kost Marrow, "
        "presenting her country's priorities for the next six months on 28 June 2007 in Lindhaven.\n\n"
        "The country has other aims too. These concern the south, where, according to Kost Marrow, “the "
        "Council needs results”.\n\n"
        "“The summit with the south is something we will not give up,” added Kost Marrow.\n"
    )
    assert header_facts(top, body, source_name="news.txt") == ("Lena Kost Marrow", "2007-06-28", "Lindhaven")


def test_a_report_naming_the_speaker_first_then_where_they_spoke():
    """ "Foreign Minister X Y, speaking at the Forum in Lindhaven on 20 July 2012, said …"."""
    top = "Minister calls for a river treaty"
    body = (
        "Foreign Minister Oren Vell Castor, speaking at the Basin Forum in Lindhaven on 20 July 2012, said "
        "the riparian states should conclude a treaty on the delta within two years.\n\n"
        "“The survey is done; the treaty is next,” Castor said.\n\n"
        "The Forum meets again in the spring, Castor added.\n"
    )
    assert header_facts(top, body, source_name="news.txt") == ("Oren Vell Castor", "2012-07-20", "Lindhaven")


def test_a_report_of_another_persons_words_does_not_date_the_speakers_statement():
    """The header names the speaker; a sentence reporting someone else "speaking in X on DATE" is theirs."""
    top = "Statement by Foreign Minister Ilka Varn"
    body = (
        "The Minister welcomed the survey. “The delta needs a treaty,” said Deputy Minister Oren Vell Castor, "
        "speaking at the Basin Forum in Lindhaven on 20 July 2012, and the Minister agreed.\n\n"
        "She thanked the partners for their work on the rivers the countries share.\n"
    )
    speaker, date, place = header_facts(top, body, source_name="news.txt")
    assert speaker == "Ilka Varn"
    assert date.startswith("TO CHECK") and place == NO_PLACE


def test_a_report_saying_where_its_subject_acted_today_gives_the_place():
    """ "Foreign Minister X hosted talks with … in Lindhaven today.": a release is issued where its subject
    acted on its day."""
    top = "Vell meets with Ostravan Prime Minister\nMedia statement\n24 November 2006"
    body = (
        "Foreign Minister Oren Vell hosted talks with the Ostravan Prime Minister and members of the Ostravan "
        "Cabinet in Lindhaven today.\n\n"
        "“I welcome the chance to have ministers of both countries meet every year,” Mr Vell said.\n"
    )
    _, date, place = header_facts(top, body, source_name="release.txt")
    assert (date, place) == ("2006-11-24", "Lindhaven")


def test_a_session_that_took_place_today_in_a_venue_and_its_city():
    """ "… took place today in the Museo de la Ciudad, Lindhaven, with …": the venue is passed over."""
    top = "Press Release\n\nMinisters at the Basin Assembly discuss the delta\n\n  June 7, 2010"
    body = (
        "The Second Plenary Session of the Basin Assembly took place today in the Museo de la Ciudad, "
        "Lindhaven, with the participation of some thirty ministers and ambassadors.\n\n"
        "Representatives of twelve states spoke in the session, which was chaired by the host's minister.\n"
    )
    assert header_facts(top, body, source_name="release.txt")[1:] == ("2010-06-07", "Lindhaven")


def test_a_journey_today_is_no_place():
    """ "… will travel to … and arrive in Lindhaven today": where the subject is going."""
    top = "Press Release\n\nMinister to attend the Basin Forum"
    body = (
        "Foreign Minister Oren Vell will travel to the Basin Forum this week and is expected to arrive in "
        "Lindhaven today for talks with the host government.\n\n"
        "The Forum opens on Thursday.\n"
    )
    assert header_facts(top, body, source_name="release.txt")[2] == NO_PLACE


def test_a_speech_that_mentions_a_place_today_is_not_read_as_a_report():
    """A speech (it addresses its audience) is read by the opening's own rules, not the report's."""
    top = "Statement by Ms. Ilka Varn"
    body = (
        "Mr. President,\n\nThe ministers who met in Ostrava today asked me to bring their greetings to this "
        "Assembly and to all the delegations in the hall.\n\nWe thank the partners for their work.\n"
    )
    assert header_facts(top, body, source_name="speech.txt")[2] == NO_PLACE


#: A release's introduction naming the minister whose remarks follow.
INTRODUCED = (
    "The first Ostravan Presidency of the Basin Council ends on 30 June. At a reception for the Council's "
    "ambassadors, Foreign Minister Oren Vell Castor made the following remarks:\n\n"
    "“The Presidency deserves praise for steering the Council through difficult months.\n"
    "I congratulate our neighbours on a successful first Presidency.”\n"
)


def test_an_introduction_is_printed_when_the_title_names_the_same_person():
    """A headline with the minister as its subject, then "… Minister X Y made the following remarks:": two
    readings of the page name one person (alone, the introduction's name is only a candidate)."""
    top = (
        "Foreign Minister Castor pays tribute to the outgoing Basin Council Presidency\n\n"
        "29.06.2011 - Press release"
    )
    assert header_facts(top, INTRODUCED, source_name="release.txt")[0] == "Oren Vell Castor"


def test_an_introduction_alone_stays_a_candidate():
    top = "Tribute to the outgoing Basin Council Presidency\n\n29.06.2011 - Press release"
    assert header_facts(top, INTRODUCED, source_name="release.txt")[0] == "held: Oren Vell Castor"


#: Remarks in quotation marks under a summary line that introduces them.
REMARKS = (
    "“I am delighted to welcome you here to Lindhaven for this meeting of the basin's foreign ministers, and I "
    "wanted to speak to you in person about what I expect of it.\n\n"
    "“The survey is done; the treaty is next.”\n"
)


def test_a_summary_is_printed_when_the_header_gives_the_same_role():
    """ "Statement by the Prime Minister of Estravia" over "Prime Minister X Y delivered the following
    remarks at …": the header's role and the introduction name one person."""
    top = (
        "Statement by the Prime Minister of Estravia\n\n"
        "Basin Foreign Ministers Meeting\n"
        "Lindhaven, March 29, 2010\n\n"
        "Prime Minister Oren Vell delivered the following remarks at the Basin Foreign Ministers’ Meeting:"
    )
    assert header_facts(top, REMARKS, source_name="statement.txt")[0] == "Oren Vell"


def test_a_summary_under_another_role_stays_a_candidate():
    top = (
        "Statement by the Minister of Water of Estravia\n\n"
        "Lindhaven, March 29, 2010\n\n"
        "Prime Minister Oren Vell delivered the following remarks at the Basin Foreign Ministers’ Meeting:"
    )
    assert header_facts(top, REMARKS, source_name="statement.txt")[0] == "held: Oren Vell"


COUNCIL_BODY = (
    "The Prime Ministers discussed the key questions of their cooperation and the response to the floods of "
    "the spring.\n\n"
    "They welcomed the survey of the delta agreed at the Basin Summit on September 24-25, 2009.\n"
)


def test_a_date_written_year_first_with_spaces_and_a_council_that_met_on_days_in_a_city():
    """ "2009 11 06" alone above a communiqué whose first sentence says the leaders "met within the framework
    of the Council on 5-6 November in Lindhaven, Ostrava": the date line's day and the meeting's city."""
    top = (
        "2009 11 06\n\n"
        "The Prime Minister of Norland Mr. Oskar Lind, the Prime Minister of Ostrava Mr. Tomas Reyl and the Prime "
        "Minister of Estravia Ms. Lena Kost met within the framework of the Basin Council of Ministers on 5-6 "
        "November in Lindhaven, Ostrava."
    )
    _, date, place = header_facts(top, COUNCIL_BODY, source_name="communique.txt")
    assert (date, place) == ("2009-11-06", "Lindhaven")


def test_an_address_taking_place_in_the_beautiful_city_of_a_capital():
    """ "the session … taking place in this beautiful and charming city of Astana": a capital said in the
    opening is the place."""
    top = "28-30 JUNE 2011\n\nYour Excellency,\nHonourable Ministers,\nLadies and Gentlemen,"
    body = (
        "I am deeply honoured to address the opening session of the Council of Foreign Ministers taking place "
        "in this beautiful and charming city of Astana, and I thank our hosts for their welcome.\n\n"
        "The Organisation has come a long way since its last session.\n"
    )
    assert header_facts(top, body, source_name="address.txt")[1:] == ("2011-06-28", "Astana")


def test_a_title_in_another_language_closing_with_its_date_and_a_welcome_to_a_capital():
    """A Danish title over an English speech ("… ved Basin Congress den 9. oktober 2009") and "Welcome to
    Copenhagen." opening a sentence of the speech."""
    top = (
        "Statsministerens tale ved Basin Congress den 9. oktober 2009\n\n"
        "Det talte ord gælder\n\n"
        "Ladies and gentlemen of the press, ministers, honoured guests,"
    )
    body = (
        "It is a great pleasure for me to welcome almost three hundred writers from more than a hundred "
        "countries. Welcome to Copenhagen. Welcome to the Harbour Hall.\n\n"
        "Your congress is a truly global gathering on the rivers of the world.\n"
    )
    assert header_facts(top, body, source_name="speech.txt")[1:] == ("2009-10-09", "Copenhagen")


def test_a_blog_post_date_in_another_language_does_not_override_the_meeting():
    """ "domingo, 13 de março de 2011" over a communiqué whose first sentence gives its meeting's day: the
    blog's post date is not read as a title's closing date."""
    top = (
        "domingo, 13 de março de 2011\n\n"
        "Sétima Reunião da Comissão do Fórum\n\n"
        "The Ministers of Norland, Ostrava and Estravia, gathered in Lindhaven, on March 8th 2011, for the "
        "Seventh Ministerial Meeting of the Basin Forum, stressed their hope for a peaceful course of events."
    )
    assert header_facts(top, COUNCIL_BODY, source_name="blog.txt")[1] == "2011-03-08"


def test_a_newsletters_masthead_dates_it_to_the_month():
    """ "A newspaper published by the Embassy of X | July 2011 | Nº3": the issue's month, no day guessed."""
    top = (
        "Page 1\n\n"
        "A newspaper published by the Embassy of Estravia to Ostrava | July 2011 | Nº3\n\n"
        "An important year for our relations"
    )
    body = (
        "The first half of 2011 was a milestone in the relations between the two countries, with the visit "
        "of the President and the opening of the new consulate.\n\n"
        "The museum prepares an exhibition on the river.\n"
    )
    assert header_facts(top, body, source_name="newsletter.txt")[1] == "2011-07"


def test_a_wire_dateline_with_the_paper_and_its_day_in_one_bracket():
    """ "LINDHAVEN, Ostrava (Basin Observer, July 30, 2012) – …": the city and the day the paper gives."""
    top = (
        "Prime Minister leads delegation to Ostrava\n\n"
        "LINDHAVEN, Ostrava (Basin Observer, July 30, 2012) – The Estravian Prime Minister will revisit a "
        "village the floods destroyed three years ago as part of his visit."
    )
    assert header_facts(top, NEWS_BODY, source_name="news.txt")[1:] == ("2012-07-30", "Lindhaven")


def test_a_communique_issued_at_the_conclusion_of_a_meeting_is_dated_by_its_last_day():
    top = (
        "Communiqué Issued At The Conclusion of The Ninth Regular Meeting of The Conference of Heads of "
        "Government of The Basin Community, 4-6 July 2012, Lindhaven, Ostrava"
    )
    assert header_facts(top, COUNCIL_BODY, source_name="communique.txt")[1] == "2012-07-06"


def test_an_address_at_a_meeting_of_several_days_holds_its_first_day():
    """The header dates the meeting, not the address: which of its days the address was given on is not said
    (round 8: the first day was printed as a fact before), so it is a candidate; an opening address is of
    the first day."""
    top = "Address to the Ninth Regular Meeting of the Basin Conference, 4-6 July 2012, Lindhaven"
    date = header_facts(top, ADDRESS_BODY, source_name="address.txt")[1]
    assert date.startswith("TO CHECK: date of the statement — perhaps “2012-07-04”"), date
    top = "Address at the Opening Session of the Ninth Regular Meeting of the Basin Conference, 4-6 July 2012"
    assert header_facts(top, ADDRESS_BODY, source_name="address.txt")[1] == "2012-07-04"


#: A news item's later paragraphs quoting the minister again by surname.
QUOTED_AGAIN = (
    "\n\n“We will not wait for the next flood,” Castor said.\n\nCastor added that the survey was done.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "“The delta needs a treaty,” Foreign Minister Oren Vell Castor said in Lindhaven on 20 July 2012.",
        "Foreign Minister Oren Vell Castor told reporters in Lindhaven on 20 July 2012 that the delta needs a treaty.",
        "Speaking at the Basin Forum in Lindhaven on 20 July 2012, Foreign Minister Oren Vell Castor said the "
        "delta needs a treaty.",
        "“The delta needs a treaty,” said Foreign Minister Oren Vell Castor, who was speaking at the Basin Forum "
        "in Lindhaven on 20 July 2012.",
        "“The delta needs a treaty,” said Foreign Minister Oren Vell Castor at the Basin Forum in Lindhaven on 20 "
        "July 2012.",
        "In a statement issued in Lindhaven on 20 July 2012, Foreign Minister Oren Vell Castor called on the basin "
        "states to conclude a treaty on the delta.",
    ],
)
def test_the_clause_of_a_reports_speech_verb_says_where_and_when(opening):
    """However the report orders them, the clause that names the speaker by a speech verb and says where and
    on what day gives the statement's date and city."""
    facts = header_facts("Minister urges a river treaty", opening + QUOTED_AGAIN, source_name="news.txt")
    assert facts == ("Oren Vell Castor", "2012-07-20", "Lindhaven")


def test_a_reports_speech_verb_with_a_weekday_only_dates_nothing():
    opening = "Foreign Minister Oren Vell Castor told reporters in Lindhaven on Monday that the delta needs a treaty."
    _, date, place = header_facts(
        "Minister urges a river treaty", opening + QUOTED_AGAIN, source_name="news.txt"
    )
    assert date.startswith("TO CHECK")
    assert place == "Lindhaven"


@pytest.mark.parametrize("when", ["this morning in Lindhaven", "in Lindhaven this afternoon"])
def test_a_release_saying_where_its_subject_met_this_morning(when):
    top = "Press release\n\nMinister meets counterpart\n\n12 May 2010"
    body = (
        f"Foreign Minister Oren Vell met the Ostravan Foreign Minister {when} to discuss the shared river "
        "survey and the treaty.\n\n“We agreed on much,” Mr Vell said.\n"
    )
    assert header_facts(top, body, source_name="release.txt")[1:] == ("2010-05-12", "Lindhaven")


def test_a_title_closing_with_its_city_a_dash_and_the_date():
    top = "Address by President Oren Vell at the Opening of the Basin Forum, Lindhaven – 31 May 2012"
    assert header_facts(top, ADDRESS_BODY, source_name="address.txt") == (
        "Oren Vell",
        "2012-05-31",
        "Lindhaven",
    )


def test_a_report_opening_on_the_venue_in_a_city_that_hosted_it():
    """ "The Royal Castle in Lindhaven hosted talks of twenty heads of state …": the venue's city."""
    top = "Friday, 27 May 2011\n\nNinth Basin Summit\n\nPresident Oren Vell"
    body = (
        "The Royal Castle in Lindhaven hosted talks of twenty heads of state, among them the presidents of "
        "Ostrava, Norland and Estravia.\n\n"
        "At the Summit the belief prevailed that the basin's new members should be supported, said President "
        "Oren Vell.\n"
    )
    assert header_facts(top, body, source_name="news.txt")[1:] == ("2011-05-27", "Lindhaven")


def test_a_masthead_with_its_fields_set_off_by_dashes():
    top = "Embassy News — Vol. 3 — June 2012"
    body = (
        "The first half of 2012 brought the survey of the delta to its end, and the ministers met twice to "
        "discuss it.\n\nThe museum prepares an exhibition on the river.\n"
    )
    assert header_facts(top, body, source_name="newsletter.txt")[1] == "2012-06"


def test_a_release_whose_subject_delivered_a_speech_in_a_city():
    """ "Foreign Minister X Y today delivered a speech at the Basin Forum in Lindhaven, …": the release names its
    speaker (quoted again below, so printed) and where the speech was given."""
    opening = (
        "Foreign Minister Oren Vell Castor today delivered a speech at the Basin Forum in Lindhaven, calling on "
        "the basin states to conclude a treaty on the delta."
    )
    speaker, _, place = header_facts(
        "Minister calls for a river treaty", opening + QUOTED_AGAIN, source_name="news.txt"
    )
    assert (speaker, place) == ("Oren Vell Castor", "Lindhaven")


@pytest.mark.parametrize(
    "top",
    [
        "Monday, March 14, 2011\n\nMinister calls for treaty\n\nLINDHAVEN, March 13 (Basinpress) -- ",
        "Posted on March 14, 2011 by admin\n\nMinister calls for treaty\n\nLindhaven, 13 March (Basinpress) -- ",
        "14.03.2011 - News\n\nMinister calls for treaty\n\nLindhaven, March 13: ",
    ],
)
def test_an_agency_datelines_day_in_the_year_of_the_pages_date(top):
    """A page's date line (a blog's post date, a site's stamp) over an agency's dateline without its year: the
    statement's day is the dateline's, in the year of the page's date (the page's own day is when it was
    posted, a day later)."""
    lead = "Foreign Minister Oren Vell Castor called on the basin states to conclude a treaty on the delta."
    assert header_facts(top + lead, QUOTED_AGAIN, source_name="news.txt") == (
        "Oren Vell Castor",
        "2011-03-13",
        "Lindhaven",
    )


def test_an_agency_datelines_day_long_before_the_pages_date_is_not_taken():
    """A dateline's day more than a month before the page's date is no day of that page: the page's date
    stays."""
    top = "Monday, March 14, 2011\n\nMinister calls for treaty\n\nLINDHAVEN, January 3 (Basinpress) -- "
    lead = "Foreign Minister Oren Vell Castor called on the basin states to conclude a treaty on the delta."
    assert header_facts(top + lead, QUOTED_AGAIN, source_name="news.txt")[1] == "2011-03-14"


def test_a_title_closing_with_a_dash_and_its_dateline():
    top = "Keynote speech by Oren Vell — Lindhaven, March 13, 2011"
    assert header_facts(top, ADDRESS_BODY, source_name="address.txt") == (
        "Oren Vell",
        "2011-03-13",
        "Lindhaven",
    )


def test_a_headline_quoting_the_speaker_over_a_lead_that_names_them_last():
    """ "Vell: the delta needs a treaty" over "…, Foreign Minister Oren Vell said on Sunday at the Basin Forum in
    Lindhaven.": the lead's reporting clause names the speaker and where; the headline names them too."""
    top = "Vell: the delta needs a treaty\n\n13 March 2011"
    body = (
        "The basin states must conclude a treaty on the delta within two years, Foreign Minister Oren Vell said "
        "on Sunday at the Basin Forum in Lindhaven.\n\nThe Forum meets again in the spring.\n"
    )
    assert header_facts(top, body, source_name="news.txt") == ("Oren Vell", "2011-03-13", "Lindhaven")


def test_a_lead_naming_the_speaker_last_by_another_speech_verb():
    """ "…, Foreign Minister X Y stressed at the Basin Forum." and "Mr Y stressed …" below: the release's
    speaker, named again."""
    top = "Minister on the treaty\n\n13 March 2011"
    body = (
        "The basin states must conclude a treaty, Foreign Minister Oren Vell stressed at the Basin Forum.\n\n"
        "Mr Vell stressed that the survey was done.\n\nThe treaty is next, emphasised Mr Vell.\n"
    )
    assert header_facts(top, body, source_name="news.txt")[0] == "Oren Vell"


def test_a_yearless_dateline_takes_the_year_of_a_span_holding_its_day():
    """ "( February 11, Lindhaven, Basin Guardian) … paid a state visit to Ostrava from 10 to 12 February 2012":
    the dateline's day, in the year the opening gives that very day."""
    top = (
        "Joint Statement: Estravia-Ostrava relations\n\n"
        "Joint Statement issued on the occasion of the visit of the President of Estravia to Ostrava\n\n"
        "( February 11, Lindhaven, Basin Guardian) On the invitation of the President of Ostrava, the President "
        "of Estravia paid a state visit to Ostrava from 10 to 12 February 2012."
    )
    body = (
        "2. The President was accorded a warm welcome.\n\n3. The talks were held in a cordial atmosphere.\n"
    )
    assert header_facts(top, body, source_name="statement.txt")[1] == "2012-02-11"


def test_a_yearless_dateline_outside_the_openings_span_gets_no_year():
    """ "Lindhaven, August 6: …" over a first paragraph dating only a summit in December: no year is said for
    6 August, so none is printed (the opening's first day is at most a candidate)."""
    top = (
        "Official Statements\n\n"
        "Lindhaven, August 6: Oren Vell, the President of Estravia, today welcomed the decision to hold a Basin "
        "Summit in Lindhaven on 1 and 2 December 2010. He made the following statement:"
    )
    body = "“The decision is a sign of respect for our country.\n\nWe will prepare the Summit with care.”\n"
    assert header_facts(top, body, source_name="statement.txt")[1].startswith("TO CHECK")


def test_a_place_read_from_a_reports_sentence_says_where_in_the_draft():
    """The draft's comment over such a place names the paragraph and the reading, so a person checks it there."""
    from generator.extract import extract_event

    top = "Vell meets with Ostravan Prime Minister\nMedia statement\n24 November 2006"
    body = (
        "Foreign Minister Oren Vell hosted talks with the Ostravan Prime Minister and members of the Ostravan "
        "Cabinet in Lindhaven today.\n\n“I welcome the chance to meet every year,” Mr Vell said.\n"
    )
    draft = extract_event(top + "\n\n" + body, source_name="release.txt").yaml
    assert "# Not in the header: paragraph" in draft
    assert "the report's opening paragraph" in draft
