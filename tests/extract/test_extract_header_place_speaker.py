"""Header speaker and place on pages and news items (issue 11, the dev8/dev9 header round).

Classes, each with variants the tuning sets did not show: a page's link, section or bulletin name and a
document's name are never the place, whatever line they stand on; a place opening with "The" is a known
one; a news item's wire dateline says where it was filed, before a place its headline names.

Every text is invented (names, places, sites), in the shapes real pages have. A fact the text does not
give must come out TO CHECK.
"""

from __future__ import annotations

import pytest
from extract_helpers import NO_PLACE, NO_SPEAKER, header_facts

REPORT = (
    "The ministers reviewed the work of the joint commission on fisheries and the shared river survey, "
    "and agreed to meet again before the end of the year.\n\n"
    "They also discussed the regional power grid and the customs union, the ministry said.\n"
)


@pytest.mark.parametrize(
    "link",
    [
        "Contact Us",
        "The Full Text",
        "Read More",
        "Related Links",
        "Printable Version",
        "Latest Headlines",
        "Top Stories",
    ],
)
def test_a_page_link_beside_the_date_is_not_the_place(link):
    """ "November 26, 2009" with a page's link on the next line: the link is not the city of a dateline."""
    top = f"JOINT STATEMENT ON THE VISIT OF THE PRESIDENT OF ESTRAVIA TO OSTRAVA\n\n3 March 2011\n\n{link}"
    _, date, place = header_facts(top, REPORT, source_name="page.txt")
    assert date == "2011-03-03"
    assert place == NO_PLACE


@pytest.mark.parametrize("name", ["Estravia Digest", "Ostrava Weekly Bulletin", "Basin Brief"])
def test_a_bulletin_name_before_its_date_is_not_the_place(name):
    """ "Basin Brief 12 June 2012": a bulletin's name over its day's items, not a dateline's city."""
    top = f"{name} 12 June 2012\n\nMinister to visit the northern provinces"
    _, date, place = header_facts(top, REPORT, source_name="bulletin.txt")
    assert date == "2012-06-12"
    assert place == NO_PLACE


@pytest.mark.parametrize("heading", ["Work Plan", "Joint Declaration", "Final Report", "Media Contacts"])
def test_a_heading_under_the_occasion_is_not_the_place(heading):
    """A document's or a menu's heading on a line of its own below a title naming a meeting."""
    top = f"Lindhaven Declaration of the Basin Leaders Meeting\n\nUpdated: 2012-05-14 10:20\n\n{heading}"
    _, date, place = header_facts(top, REPORT, source_name="plan.txt")
    assert date == "2012-05-14"
    assert place == NO_PLACE


def test_a_known_place_opening_with_the_is_still_read():
    """ "The Hague" beside its date is a city: the rule against "The …" keeps the places that open so."""
    top = "Statement by Ms. Ilka Varn at the Conference on River Law\n\nThe Hague\n\n4 October 2010"
    _, date, place = header_facts(top, "Mr. President,\n\n" + REPORT, source_name="hague.txt")
    assert date == "2010-10-04"
    assert place == "The Hague"


NEWS = (
    "The leaders of the five states met at the harbour hall to review the shared river survey and the "
    "customs union.\n\n"
    "They are expected to adopt a joint statement before the summit closes, officials said.\n"
)


@pytest.mark.parametrize(
    ("dateline", "city"),
    [
        ("KORVAL, North Estravia -- Leaders of the five basin states gathered", "Korval"),
        ("MELINDE, Coast Province — Leaders of the five basin states gathered", "Melinde"),
        ("Korval, Mar. 3 (BPA) - Leaders of the five basin states gathered", "Korval"),
        ("Melinde, 3 March 2011 (BPA) – Leaders of the five basin states gathered", "Melinde"),
    ],
)
def test_a_wire_dateline_wins_over_the_place_a_headline_names(dateline, city):
    """A headline naming where the summit is ("… summit opens in Estravia and hails progress in the
    Delta") and, below it, the item's wire dateline: the dateline says where the item was filed."""
    top = (
        "Basin summit opens in Estravia and hails progress in Ostrava\n"
        "Thursday, March 3, 2011\n\n"
        f"{dateline} in the resort on Thursday for the third basin summit, the first held on the coast."
    )
    _, date, place = header_facts(top, NEWS, source_name="wire.txt")
    assert date == "2011-03-03"
    assert place == city


def test_a_headline_place_stays_when_no_dateline_follows():
    """Without a dateline below, the headline's "in X" is still the place read (the rule only ranks)."""
    top = "Basin leaders gather for summit in Korval\n\nThursday, March 3, 2011"
    _, _, place = header_facts(top, NEWS, source_name="headline.txt")
    assert place == "Korval"


SPEECH = (
    "Excellencies, ladies and gentlemen,\n\n"
    "It is my pleasure to open this meeting of the Council and to welcome the new members to its work.\n\n"
    "We have a full agenda before us, and I thank the secretariat for preparing it so well.\n"
)


@pytest.mark.parametrize(
    "style",
    [
        "HE Eng.",
        "Eng.",
        "Engr.",
        "H.E. Ing.",
        "Ir.",
        "Lic.",
        "Dr.-Ing.",
        "Assoc. Prof.",
        "Lt. Col.",
        "Rear Admiral",
    ],
)
def test_a_style_before_the_name_is_not_the_name(style):
    """An engineer's, a graduate's, an academic or a military style before the name of a by-line that runs
    on into the speaker's role: the name is the person's, the style is not part of it nor its end."""
    top = (
        "Opening address to the 31st Meeting of the Basin Energy Council\n\n"
        "Lindhaven, Estravia\n14 Mar 2012\n\n"
        f"by {style} Teodor Amaral Vinhas, Minister of Energy of Estravia and Chair of the Council"
    )
    speaker, date, place = header_facts(top, SPEECH, source_name="byline.txt")
    assert speaker == "Teodor Amaral Vinhas"
    assert date == "2012-03-14"
    assert place == "Lindhaven"


@pytest.mark.parametrize(
    "region", ["South America", "Middle East", "South-East Asia", "Australia and Oceania"]
)
def test_a_region_in_a_site_menu_is_not_the_speaker(region):
    """A ministry's menu of regions above a news item whose title names a minister: the region is no one."""
    top = f"Embassies\n\nEurope\n\nAfrica\n\n{region}\n\nMinister Lind in Korval\n\n14 November 2011 News"
    body = (
        "The ministers of the basin states today approved the creation of a joint fund for river transport.\n\n"
        "By doing so, the ministers have confirmed the position taken at their spring meeting.\n"
    )
    speaker, date, _ = header_facts(top, body, source_name="menu.txt")
    assert region.lower() not in speaker.lower()
    assert date == "2011-11-14"


def _quoting(surname: str) -> str:
    return (
        f'"We have agreed to open talks on the river before the end of the year," Foreign Minister Ilka '
        f"{surname} said after the meeting.\n\n"
        f"The ministers also discussed the customs union and the power grid, {surname} said.\n\n"
        f'"Our common goal is a basin at peace," {surname} told reporters.\n'
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Minister Varn in Korval",
        "Ilka Varn in Korval for talks on the river",
        "Foreign Minister Varn in Korval",
    ],
)
def test_a_headline_saying_the_quoted_person_is_somewhere_places_the_item(headline):
    """A ministry's news item: a menu of regions, a headline saying the minister it quotes is in a city,
    the date and a third-person report. The city is the item's place; the minister stays a candidate."""
    top = f"Diplomatic missions\n\nEurope\n\nSouth America\n\n{headline}\n\n08 September 2011 News"
    speaker, date, place = header_facts(top, _quoting("Varn"), source_name="item.txt")
    assert place == "Korval"
    assert date == "2011-09-08"
    assert not speaker.startswith("Ilka") and "America" not in speaker


@pytest.mark.parametrize("headline", ["Human Rights in Korval", "Minister Halm in Korval"])
def test_a_headline_about_someone_the_text_does_not_quote_places_nothing(headline):
    """A topic, or a person other than the one the text quotes: the headline's "in X" is no place."""
    top = f"{headline}\n\n08 September 2011 News"
    _, _, place = header_facts(top, _quoting("Varn"), source_name="topic.txt")
    assert place == NO_PLACE


@pytest.mark.parametrize(
    ("opening", "city", "date"),
    [
        ("Port-Korval, Mauritius (BPA) – Leaders of the island states", "Port-Korval", None),
        ("Korval(Basin)-Leaders of the island states", "Korval", None),
        ("Korval (BPA)-Leaders of the island states", "Korval", None),
        ("Mar 3, 2011 (KORVAL) — Leaders of the island states", "Korval", "2011-03-03"),
        ("3 March 2011 (PORT MELINDE) - Leaders of the island states", "Port Melinde", "2011-03-03"),
    ],
)
def test_wire_datelines_in_their_other_shapes(opening, city, date):
    """An agency's dateline with the country before its bracket, typed without spaces around the bracket
    and the dash, or with the day first and the city in capitals in brackets."""
    top = f"Basin News Agency\n\nIsland states move to secure the commission's future\n\n{opening} met today."
    _, got_date, place = header_facts(top, NEWS, source_name="agency.txt")
    assert place == city
    if date is not None:
        assert got_date == date


def test_a_paper_and_its_day_in_the_bracket_is_still_the_papers_dateline():
    """ "KORVAL, Samoa (Basin Observer, July 30, 2012) –": the city, and the paper's day as the date."""
    top = "Minister to visit the coast\n\nKORVAL, Samoa (Basin Observer, July 30, 2012) – The minister met today."
    _, date, place = header_facts(top, NEWS, source_name="paper.txt")
    assert place == "Korval"
    assert date == "2012-07-30"


CAPTIONS = (
    "Friday, March 4, 2011\n\n"
    "Minister Halm hosts the Basin Dialogue\n\n"
    "Hon. Oren Halm (right) opens the dialogue with the head of the Estravian delegation at the harbour "
    "hall today.\n\n"
    "Delegates from both sides during the dialogue.\n\n"
    "Minister Halm hosts the Basin\nDialogue\n\n"
)


@pytest.mark.parametrize("byline", ["By KORA LENE VASK", "By Kora Lene Vask", "by Kora Vask"])
def test_a_by_line_over_a_report_names_its_writer(byline):
    """A blog's photo captions, its title again and a by-line, then a report in the third person on what
    a minister did: the by-line is who wrote it, and a news item has no speaker."""
    body = (
        "The Minister for Foreign Affairs, Hon. Oren Halm, today met the Estravian delegation for the "
        "annual dialogue on trade, the river and regional security.\n\n"
        "The two sides agreed to hold the next round of the dialogue in Korval, the ministry said.\n"
    )
    speaker, _, _ = header_facts(CAPTIONS + byline, body, source_name="blog.txt")
    assert "Vask" not in speaker


def test_a_by_line_over_a_speech_still_names_its_speaker():
    """The same page shape over a text that speaks in the first person: the by-line names the speaker."""
    body = (
        "I am glad to welcome our partners from Estravia to this dialogue, and I thank them for coming.\n\n"
        "We have much to do together on the river, and our teams are ready to begin.\n"
    )
    speaker, _, _ = header_facts(CAPTIONS + "By Kora Lene Vask", body, source_name="speech.txt")
    assert speaker == "Kora Lene Vask"


@pytest.mark.parametrize(
    "first",
    [
        "The Minister of Foreign Affairs of Estravia, Oren Halm, and the Minister of Finance of Ostrava, Kora "
        "Vask, have renewed their ties at the 12th Session of the Estravia-Ostrava Joint Commission on "
        "Cooperation this week in Korval",
        "Ministers of the five basin states were meeting for the second day running at the harbour hall on "
        "the future of the river commission and its budget in Melinde",
    ],
)
def test_a_first_sentence_without_its_full_stop_is_prose_not_a_title(first):
    """A release's first sentence that lost its full stop: read as the header, it gave its "in X" as the
    place of a release that names none (the meeting's place, not where the release was issued)."""
    top = f"Press release\n\nEstravia and Ostrava renew their ties\n\nSeptember 6, 2013\n\n{first}"
    _, date, place = header_facts(top, REPORT, source_name="release.txt")
    assert date == "2013-09-06"
    assert place == NO_PLACE


def test_a_long_title_without_a_verb_is_still_the_header():
    """A long title naming the speaker, the occasion and the place is not prose for its length alone."""
    top = (
        "Keynote Address of the Minister of Foreign Affairs and Trade of Estravia Oren Halm at the Opening "
        "of the Third Ministerial Conference of the Basin States on River Transport and Trade in Korval\n\n"
        "12 May 2010"
    )
    _, date, place = header_facts(top, "Excellencies,\n\n" + REPORT, source_name="keynote.txt")
    assert date == "2010-05-12"
    assert place == "Korval"


@pytest.mark.parametrize(
    "title",
    [
        "Executive Director Ilka Varn's Policy Statement to the Governing Council",
        "President Ilka Varn's Farewell Address to the Basin Assembly",
        "Ilka Varn's Televised Address to the Nation",
        "Secretary-General Ilka Varn's Concluding Remarks at the Basin Forum",
    ],
)
def test_a_title_naming_its_speaker_with_a_kind_of_address(title):
    """ "X's Policy Statement", "X's Farewell Address": a title naming its speaker, whatever kind of
    statement the word before the noun says it is."""
    top = f"{title}\n\nKorval, 24 February 2010"
    speaker, date, place = header_facts(top, "Excellencies,\n\n" + REPORT, source_name="possessive.txt")
    assert speaker == "Ilka Varn"
    assert date == "2010-02-24"
    assert place == "Korval"


TOPICS = "".join(f"  {n}. {topic}\n" for n, topic in enumerate(["Visit to Korval", "Upcoming events"], 1))


@pytest.mark.parametrize(
    ("role", "turn", "blank"),
    [
        (
            "Deputy Press Secretary",
            "2. Deputy Press Secretary Ms. Ilka Varn: Good afternoon, everyone.",
            False,
        ),
        ("Deputy Spokesperson", "Deputy Spokesperson, Mr. Ilka Varn: Good afternoon, everyone.", False),
        ("Chief Spokesperson", "• Chief Spokesperson Dr. Ilka Varn: Good afternoon, everyone.", True),
        # (no style before the name: the title's role says where the name begins)
        ("Deputy Press Secretary", "Deputy Press Secretary Ilka Varn: Good afternoon, everyone.", True),
    ],
)
def test_a_briefing_by_a_role_and_its_first_turn_naming_the_person(role, turn, blank):
    """ "Press Conference by the Deputy Press Secretary", a list of topics given twice (a blank line between
    its items or not), then the first turn "Deputy Press Secretary Ms. X Y: …" (or "… X Y: …", no style):
    the title's role and the turn's name are one person."""
    topics = TOPICS.replace("\n", "\n\n") if blank else TOPICS
    top = f"Press Conference by the {role}, 24 November 2011\n\n{topics}\n{topics}\n  {turn}"
    body = (
        "Ms. Varn: First, on the Foreign Minister's visit to Korval. I would like to say a few words.\n\n"
        "Ms. Varn: That is all from me. I will take your questions.\n"
    )
    speaker, date, _ = header_facts(top, body, source_name="briefing.txt")
    assert speaker == "Ilka Varn"
    assert date == "2011-11-24"


@pytest.mark.parametrize(
    "title",
    [
        "Main points from weekly press conference of FM Spokesman Ilka Varn",
        "Highlights of the regular briefing of Foreign Ministry Spokesperson Ilka Varn",
    ],
)
def test_a_summary_of_a_briefing_of_its_giver(title):
    """A summary's words before "press conference of"/"briefing of" the spokesman who gave it."""
    top = f"{title}\n\nWednesday, 30 May 2012"
    body = "  • Talks on the river – We support the talks and we expect results soon.\n\n" + REPORT
    speaker, date, _ = header_facts(top, body, source_name="points.txt")
    assert speaker == "Ilka Varn"
    assert date == "2012-05-30"


@pytest.mark.parametrize(
    "opening",
    [
        "1. The Fourth Basin Foreign Ministers' Meeting (BFMM 4) was held in Korval, Estravia from 25-26 May 2009.",
        "The Third Ministerial Conference of the Basin States was held in Korval from 3 to 5 June 2010.",
    ],
)
def test_a_communique_opening_on_its_meeting_held_over_days_places_it_but_dates_nothing(opening):
    """A chair's statement with no header: its first paragraph holds the meeting over a span of days. The
    city is the place; a span is no day of issue, so the date is not printed."""
    body = (
        f"{opening} It was opened by the Prime Minister and chaired by the Foreign Minister.\n\n"
        "2. Ministers held fruitful discussions on a wide range of issues of common concern.\n"
    )
    _, date, place = header_facts("", body, source_name="chair.txt")
    assert place == "Korval"
    assert date.startswith("TO CHECK")


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("9th Basin States Summit Melinde, 31 May 2012", "Melinde"),
        ("Third Ministerial Forum Port Korval, 31 May 2012", "Port Korval"),
        ("Annual Summit Declaration, 31 May 2012", NO_PLACE),
        ("Ninth Basin Council Session, 31 May 2012", NO_PLACE),
    ],
)
def test_a_city_run_on_after_the_meetings_name(line, city):
    """ "9th Basin States Summit Melinde, 31 May 2012": the meeting's name, its city, the date."""
    _, date, place = header_facts(f"{line}\n\nPresidential Communiqué", REPORT, source_name="summit.txt")
    assert date == "2012-05-31"
    assert place == city


@pytest.mark.parametrize(
    "opening",
    [
        "4 May 2011: In her keynote address to the Basin Forum on River Trade in Korval, Estravia, the "
        "Minister called on the states of the basin to open their ports.",
        # hard-wrapped, its first line a paragraph of its own
        "4 May 2011: In her keynote address to the Basin\nForum on River Trade in Korval, Estravia, the "
        "Minister called on the states of the basin to open their ports.",
        "In her statement before the Third Conference for the Basin States in Korval, the Minister called "
        "on the states of the basin to open their ports.",
    ],
)
def test_a_summary_saying_where_the_words_were_said(opening):
    """A site's summary of a statement, in the third person: "In her address to the X in City, …"."""
    body = opening + "\n\nShe said that the ports had lost trade since the floods and must be rebuilt soon.\n"
    _, _, place = header_facts("", body, source_name="summary.txt")
    assert place == "Korval"


def test_a_summary_of_words_to_a_body_names_no_place():
    """ "In her statement to the Council, …" with a city later in the sentence: not where she spoke."""
    body = (
        "In her statement to the Basin Council, the Minister recalled the summit held in Korval and called "
        "on the states of the basin to open their ports.\n\nShe said the ports must be rebuilt soon.\n"
    )
    _, _, place = header_facts("", body, source_name="summary.txt")
    assert place == NO_PLACE


@pytest.mark.parametrize(
    ("line", "city"), [("Oren Halm", NO_PLACE), ("Geneva", "Geneva"), ("Korval, Estravia", "Korval")]
)
def test_a_line_alone_under_the_occasion_is_a_place_only_when_known_or_with_its_country(line, city):
    """Under a statement line naming its occasion, a line of its own is the place when it is a known city or
    a country, or a city with its country; a name on its own ("Oren Halm", who moderates) is no place."""
    top = f"Remarks by Ilka Varn at the Basin Conference on Disarmament\n\n{line}\n\n12 May 2010"
    speaker, date, place = header_facts(top, "Mr. President,\n\n" + REPORT, source_name="bare.txt")
    assert speaker == "Ilka Varn"
    assert date == "2010-05-12"
    assert place == city


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Address by Her Royal Highness Princess Ilka Varn", "Ilka Varn"),
        ("Statement by HRH Crown Prince Oren Halm", "Oren Halm"),
        ("Statement by Captain Oren Halm, Master of the Korval", "Oren Halm"),
        ("Statement by Dame Ilka Varn DBE, High Commissioner", "Ilka Varn"),
        ("Statement by Sir Oren Halm KCMG CVO, Governor", "Oren Halm"),
    ],
)
def test_royal_titles_ranks_and_orders_letters_are_not_the_name(line, name):
    """A royal title or a rank before the given name, an order's letters after it: the name alone."""
    speaker, _, _ = header_facts(f"{line}\n\nKorval, 12 May 2010", SPEECH, source_name="styled.txt")
    assert speaker == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Statement by the Head of the Delegation of Estravia, Oren Halm", "Oren Halm"),
        ("Statement by the Head of the Delegation of the Republic of Korea, Ilka Varn", "Ilka Varn"),
        ("Statement by the Delegation of Bosnia and Herzegovina, Third Committee", NO_SPEAKER),
        ("Statement by the Delegation of Trinidad and Tobago", NO_SPEAKER),
    ],
)
def test_a_delegation_then_the_person_who_spoke(line, name):
    """ "by the Head of the Delegation of X, Y Z": the role, then the person; a delegation alone is no one."""
    speaker, _, _ = header_facts(f"{line}\n\nKorval, 12 May 2010", SPEECH, source_name="delegation.txt")
    assert speaker == name


COMMUNIQUE = (
    "1. At the invitation of the President of the host country, the President of the visiting state paid a "
    "state visit from 2 to 5 March 2011.\n\n"
    "2. The two Presidents held talks on trade, the river and regional security.\n"
)


@pytest.mark.parametrize(
    ("title", "place"),
    [
        (
            "JOINT COMMUNIQUÉ ISSUED ON THE OCCASION OF THE STATE VISIT TO NORWAY BY THE PRESIDENT OF ESTRAVIA",
            "Norway",
        ),
        (
            "Joint Statement on the Official Visit of the President of Estravia to the Republic of Korea",
            "Republic of Korea",
        ),
        (
            "Joint Press Communiqué on the working visit to Saint Lucia of the Prime Minister of Estravia",
            "Saint Lucia",
        ),
    ],
)
def test_a_joint_communique_on_a_visit_is_placed_in_the_country_visited(title, place):
    """With no city anywhere, a joint communiqué on a visit to a country was issued there: the country."""
    _, date, got = header_facts(f"{title}\n\nMarch 5, 2011", COMMUNIQUE, source_name="visit.txt")
    assert date == "2011-03-05"
    assert got == place


def test_a_joint_communique_with_its_city_keeps_the_city():
    title = "Joint Statement on the Official Visit of the President of Estravia to Norway"
    _, _, got = header_facts(f"{title}\n\nOslo, 5 March 2011", COMMUNIQUE, source_name="visit.txt")
    assert got == "Oslo"


def test_a_visit_named_in_a_news_headline_is_not_placed():
    """A headline announcing a visit (not a joint communiqué on it) places nothing: where one goes."""
    _, _, got = header_facts("President of Estravia to pay a state visit to Norway\n\nMarch 5, 2011", NEWS)
    assert got == NO_PLACE


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Kuala-Lumpur, 4 May 2011 - The ministers of the basin states met", "Kuala-Lumpur"),
        ("Phnom-Penh: The ministers of the basin states met", "Phnom-Penh"),
        ("Port-Louis – The ministers of the basin states met", "Port-Louis"),
    ],
)
def test_a_known_city_written_with_a_hyphen_for_its_space(opening, city):
    """A capital written with a hyphen for the space in its name is still a known city where a dateline
    puts it (a city joined to another name, "Singapore-China relations", still is not)."""
    top = f"Basin ministers agree on river plan\n\nWednesday, May 4, 2011\n\n{opening} today in the capital."
    _, _, place = header_facts(top, NEWS, source_name="hyphen.txt")
    assert place == city


@pytest.mark.parametrize(
    ("dateline", "city"),
    [
        ("Wellington NZ, 4 May 2011", "Wellington"),
        ("Ulaanbaatar city, 4 May 2011", "Ulaanbaatar"),
        ("Canberra ACT, 4 May 2011", "Canberra"),
        ("Kuwait City, 4 May 2011", "Kuwait City"),
    ],
)
def test_a_known_city_with_its_country_code_or_the_word_city(dateline, city):
    """A dateline's known city followed by a code or by "city": the city (a city named so, kept whole)."""
    top = f"Statement by Ms. Ilka Varn, Minister of Foreign Affairs\n\n{dateline}"
    _, date, place = header_facts(top, "Mr. President,\n\n" + REPORT, source_name="coded.txt")
    assert date == "2011-05-04"
    assert place == city


@pytest.mark.parametrize(
    "words",
    ["Share This", "Email This", "Back To List", "Leave A Reply", "Sign Up", "Download PDF", "Most Popular"],
)
@pytest.mark.parametrize("dated", [False, True])
def test_a_page_button_beside_or_before_the_date_is_not_the_place(words, dated):
    """A page's buttons ("Share This", "Leave A Reply") on the date's line or beside it: no place."""
    top = (
        f"Ministers agree on river plan\n\n{words} March 3, 2011"
        if dated
        else (f"Ministers agree on river plan\n\nMarch 3, 2011\n\n{words}")
    )
    _, date, place = header_facts(top, REPORT, source_name="buttons.txt")
    assert date == "2011-03-03"
    assert place == NO_PLACE


@pytest.mark.parametrize("region", ["Europe", "Americas", "Asia Pacific", "Middle East"])
def test_a_region_beside_the_date_is_not_the_place(region):
    """A site's regional section over its item ("Europe", "Asia Pacific"): a place is a city or a country."""
    top = f"Ministers agree on river plan\n\n{region} March 3, 2011"
    _, _, place = header_facts(top, REPORT, source_name="region.txt")
    assert place == NO_PLACE


@pytest.mark.parametrize("line", ["Dr. Kora Vask", "Ms Kora Vask", "By Kora Lene Vask"])
def test_a_name_without_an_office_over_a_report_is_its_writer(line):
    """A name alone (styled, or a by-line) under a news item's headline and date, over a report that never
    speaks in the first person: perhaps who wrote it, held as a candidate, never printed."""
    top = f"Ministers agree on river plan\n\nMarch 3, 2011\n\n{line}"
    speaker, _, _ = header_facts(top, REPORT, source_name="writer.txt")
    assert speaker.startswith("held: ") and speaker.endswith("Vask")


def test_a_name_without_an_office_over_a_speech_stays_the_speaker():
    top = "Ministers agree on river plan\n\nMarch 3, 2011\n\nDr. Kora Vask"
    body = "I am glad to be here, and we thank our hosts for the welcome they gave us.\n\n" + REPORT
    speaker, _, _ = header_facts(top, body, source_name="speech.txt")
    assert speaker == "Kora Vask"


def test_an_official_named_with_an_office_over_a_release_stays_the_speaker():
    """ "Rt Hon X Y" and the office below it over a minister's media statement: the minister's release."""
    top = "Halm meets the Ostravan Prime Minister\n\nRt Hon Oren Halm\nMinister of Foreign Affairs\n\n24 November 2006"
    speaker, _, _ = header_facts(top, REPORT, source_name="release.txt")
    assert speaker == "Oren Halm"


def test_a_styled_name_the_report_names_again_is_its_speaker():
    """ "Rt Hon X Y" over a release that says "Foreign Minister X Y said today": the release is theirs."""
    top = "Ministers to meet on the river\n\nRt Hon Oren Halm\n\nTuesday 25 March 2008"
    body = (
        "Basin foreign ministers will meet in Korval on Wednesday, Foreign Minister Oren Halm said today.\n\n"
        "The ministers will review the river survey and the customs union, Mr Halm said.\n"
    )
    speaker, _, _ = header_facts(top, body, source_name="release.txt")
    assert speaker == "Oren Halm"


@pytest.mark.parametrize(
    ("title", "place"),
    [
        (
            "Participation of Foreign Minister Oren Halm in the Basin Summit in Korval, Estravia, June 3-4, 2009",
            NO_PLACE,
        ),
        (
            "Attendance of Minister Oren Halm at the 9th Session of the Basin Council in Korval, June 3-4, 2009",
            NO_PLACE,
        ),
        (
            "Statement by Minister Oren Halm at the 9th Session of the Basin Council in Korval, June 3, 2009",
            "Korval",
        ),
    ],
)
def test_a_report_titled_by_someones_taking_part_does_not_place_itself(title, place):
    """A ministry's report titled "Participation of X in the Summit in City, dates": where they went, not
    where the report was issued (a statement line naming where it was said still places it)."""
    top = f"5 June 2009\n\n{title}"
    _, _, got = header_facts(top, REPORT, source_name="attendance.txt")
    assert got == place
