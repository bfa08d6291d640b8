"""Header facts of pages that are not speeches (issue 11, dev6 round): a communiqué or a declaration whose
first sentence says where and when its meeting was, a press conference reported in its first sentence.

Every text is invented (names, places, meetings), in the shapes real communiqués and ministry pages have.
A fact the text does not give must come out TO CHECK.
"""

from __future__ import annotations

from extract_helpers import header_facts

COMMUNIQUE_BODY = (
    "The Ministers reviewed the state of the river basin and the work of the joint commission since its last "
    "session, and agreed on the points that follow.\n\n"
    "1. The Ministers welcomed the progress made on the shared water survey and asked the commission to "
    "report on it before the end of the year.\n\n"
    "2. They agreed to meet again in Ostrava next spring."
)


def facts(top: str, body: str = COMMUNIQUE_BODY) -> tuple:
    return header_facts(top, body, source_name="report.txt")


def test_a_declaration_met_at_a_venue_in_a_city_gives_date_and_place():
    """ "met at <venue> in <city> on <date>": the venue is not the place, its city is."""
    top = (
        "The Ministers of Water of the Member States of the Basin Group met at the Hall of Nations in "
        "Lindhaven on 23 September 2011 on the occasion of their Ninth Annual Meeting, and adopted the "
        "following Declaration:"
    )
    _, date, place = facts(top)
    assert (date, place) == ("2011-09-23", "Lindhaven")


def test_a_group_of_ministers_met_on_days_without_a_year_gives_the_place_only():
    """ "G5 River Ministers met in Lindhaven on 14–15 March." places the meeting; its year is not given."""
    top = "G5 River Ministers met in Lindhaven on 14–15 March. They thanked their host for the talks."
    _, date, place = facts(top)
    assert place == "Lindhaven"
    assert date.startswith("TO CHECK")


def test_a_press_conference_held_in_a_hall_dates_it_and_does_not_take_the_hall_as_the_place():
    top = (
        "The Second Session of the Basin Assembly held a press conference in the Great Hall of the Basin "
        "on the morning of March 7, 2010. Minister Lena Kost answered questions from the press."
    )
    _, date, place = facts(top)
    assert date == "2010-03-07"
    assert place.startswith("TO CHECK")


def test_a_speech_that_recalls_where_ministers_met_is_not_a_communique():
    """A speech (it opens with a salutation) recalling a meeting does not take that meeting's date or place."""
    top = "Mr. Chairman,\n\nG5 River Ministers met in Lindhaven on 14 March 2009 and agreed on the survey."
    _, date, place = facts(top)
    assert date.startswith("TO CHECK") and place.startswith("TO CHECK")


SPEECH_BODY = (
    "Mr. Chairman,\n\nIt is a pleasure to speak before this annual meeting, which comes at a time when the "
    "basin countries are asking what the last ten years of work have brought them.\n\n"
    "We will present our own review to the commission before the end of the year."
)


def test_a_title_ending_in_a_place_and_a_date_gives_both():
    """ "… to be held in Lindhaven on 26 September 2011": the whole date, not only its year, and the place."""
    top = (
        "Statement for Hon’ble Minister of Water Dr. Lena Kost, MP for the Annual Ministerial Meeting of the "
        "Basin Countries to be held in Lindhaven on 26 September 2011"
    )
    assert facts(top, SPEECH_BODY)[1:] == ("2011-09-26", "Lindhaven")


def test_a_title_ending_in_a_date_after_a_room_gives_the_whole_date():
    top = (
        "Intervention by H.E. Dr. Oren Vell, Permanent Representative of Estravia at the Second Committee on "
        "item 22 (a): Follow-up to the Basin Conference, Room 2, 21 October 2013"
    )
    speaker, date, place = facts(top, SPEECH_BODY)
    assert (speaker, date) == ("Oren Vell", "2013-10-21")
    assert place.startswith("TO CHECK")


def test_a_title_ending_on_a_date_in_a_place():
    top = "Joint statement of the River Ministers on 10 October 2007 in Lindhaven\nPress release 12/2007"
    assert facts(top, SPEECH_BODY)[1:] == ("2007-10-10", "Lindhaven")


def test_a_title_announcing_a_journey_does_not_place_the_statement():
    """ "… to visit Ostrava on 4 May 2009": where the speaker goes; the date still dates the title."""
    top = "Statement on the Minister's plan to visit Ostrava on 4 May 2009 in Lindhaven"
    _, _, place = facts(top, SPEECH_BODY)
    assert place.startswith("TO CHECK")


def test_a_meeting_named_with_its_year_only_gives_the_year():
    """No whole date at the end: the year a title names its meeting with stays a year."""
    top = "Statement by Ms. Tilde Aske at the Basin Conference 2010"
    assert facts(top, SPEECH_BODY)[1] == "2010"


def test_a_page_label_above_the_date_is_not_the_place():
    """ "Date / 2012-10-16 / Hit / 840": a page's labels, each above its value."""
    top = (
        "KOR\n\nSpokesperson's Press Briefing (Oct. 16, 2012)\n\nDate\n2012-10-16\nHit\n840\n\n"
        "Press Briefing\nOct. 16, 2012 14:30 KST"
    )
    body = "Good afternoon. Let me start today’s briefing.\n\n" + SPEECH_BODY.split("\n\n", 1)[1]
    _, date, place = facts(top, body)
    assert date == "2012-10-16"
    assert place.startswith("TO CHECK")


def test_a_language_code_beside_the_date_is_not_the_place():
    top = "Press Briefing\nKOR\n2012-10-16"
    assert facts(top, SPEECH_BODY)[2].startswith("TO CHECK")


def test_a_byline_the_page_names_as_a_person_is_not_the_place():
    """A name on a line of its own under a dated debate reads like a place; "Deputy Oren Vell asked" says it
    is a person."""
    top = (
        "Skip to main content\nNormal View\n\nBasin Council Meetings\n\nAssembly Debate, Thursday - 27 June 2013"
        "\n\nThursday, 27 June 2013\n\nQuestions (82)\n\nOren Vell\n\nQuestion:"
    )
    body = (
        "82. Deputy Oren Vell asked the Minister for Water the outcome of the council meeting that took place "
        "in Ostrava on 24 June 2013.\n\nI attended the most recent meeting of the council in Ostrava on Monday "
        "24 June, where we agreed on the survey."
    )
    assert facts(top, body)[2].startswith("TO CHECK")


def test_an_addressee_line_is_not_the_occasion_and_gives_no_place():
    """ "Mr. X, Mayor of Y, Mr. Z, Speaker of the Assembly": whom the speech greets; the venue's line places it."""
    top = (
        "H.E. Mr. Oren Vell\n\nMinister of Water\n\nLindhaven Guest House in Ostrava\n\nMay 17, 2007\n\n"
        "Mr. Aron Bell, Mayor of Ostrava, Mr. Ivo Kell, Speaker of the Provincial Assembly\n\n"
        "Excellencies, Ladies and Gentlemen,"
    )
    speaker, date, place = facts(top, SPEECH_BODY.split("\n\n", 1)[1])
    assert (speaker, date, place) == ("Oren Vell", "2007-05-17", "Ostrava")


def test_an_embassy_in_a_city_at_the_top_is_the_site_not_the_place():
    top = "Estravian Embassy in Lindhaven\n\nStatement by the Ministry of Water\n\n12 May 2010"
    assert facts(top, SPEECH_BODY)[2].startswith("TO CHECK")


def test_a_header_in_capitals_in_a_table_cell_with_its_dateline_in_brackets():
    """A header laid out in a one-cell table, copied with its cell bars: "STATEMENT ON BEHALF OF … BY MR. X,
    … (Lindhaven, 13 June 2011) |". The speaker after "BY", the bracketed dateline's date and place."""
    top = (
        "![]() |\n\nSTATEMENT ON BEHALF OF THE BASIN GROUP BY MR. OREN VELL, MINISTER COUNSELLOR OF ESTRAVIA "
        'TO THE BASIN COMMISSION, INTRODUCING DRAFT RESOLUTION B/12/L.4 ENTITLED "THE SHARED SURVEY OF THE '
        'RIVERS", IN THE PLENARY OF THE BASIN ASSEMBLY (Lindhaven, 13 June 2011) |\n\nMr. President,'
    )
    body = (
        "I have the honour to introduce, on behalf of the Basin Group, the draft resolution on the shared "
        "survey of the rivers, contained in document B/12/L.4.\n\nMr. President,\n\nWe thank the delegations "
        "that joined the list of sponsors.\n\nMr. President,\n\nWe ask all members to adopt it without a vote."
    )
    assert facts(top, body) == ("Oren Vell", "2011-06-13", "Lindhaven")


def test_a_salutation_said_at_every_turn_is_not_a_site_line():
    """A line said three times near the top is a site's furniture, unless it is the speech's salutation."""
    from generator.extract.decode import decode_text

    text = "Statement by Mr. Oren Vell\n\nMr. President,\n\nWe thank you.\n\nMr. President,\n\nWe ask.\n\nMr. President,\n\nWe end."
    decoded = decode_text(text)
    assert decoded.removed == []
    assert decoded.text.count("Mr. President,") == 3


def test_a_titled_statement_with_a_comma_after_the_style():
    """ "Informal plenary: Statement by Her Excellency, Mrs. X, Conference President": a subject before the
    kind, and a comma after the style, still name the speaker."""
    top = (
        "Informal stocktaking plenary: Statement by Her Excellency, Mrs. Lena Kost, Basin Conference President"
        "\n\nLindhaven, 8 December 2010\n\nDear colleagues,"
    )
    assert facts(top, SPEECH_BODY.split("\n\n", 1)[1]) == ("Lena Kost", "2010-12-08", "Lindhaven")


def test_a_qualified_role_then_a_name_on_a_line_of_its_own():
    """ "Basin Secretary-General Oren Vell." under a photo: a body's word, a role, a name."""
    top = "Basin Secretary-General Oren Vell.\n30 July 2009\nSecretary-General to attend the River Forum in Ostrava"
    body = (
        "Basin Secretary-General Oren Vell will attend the 40th River Forum Leaders’ Meeting in Ostrava, "
        "Estravia, from 5-6 August 2009.\n\nVell said the Forum was the place to agree on the survey."
    )
    assert facts(top, body)[:2] == ("Oren Vell", "2009-07-30")


def test_a_release_announcing_its_subjects_trip_names_the_speaker():
    """The release's first sentence ("X will attend …"), its subject named again later: the speaker."""
    top = "30 July 2009\nSecretary-General to attend the River Forum in Ostrava"
    body = (
        "Basin Secretary-General Oren Vell will attend the 40th River Forum Leaders’ Meeting in Ostrava, "
        "Estravia, from 5-6 August 2009.\n\n“The Forum is where we agree on the survey,” Vell said."
    )
    assert facts(top, body)[0] == "held: Oren Vell"


def test_a_person_merely_mentioned_as_attending_is_not_taken():
    """Named once only, the person who will attend is not taken as the speaker."""
    top = "30 July 2009\nRiver Forum news"
    body = (
        "Basin Secretary-General Oren Vell will attend the 40th River Forum Leaders’ Meeting in Ostrava, "
        "Estravia, from 5-6 August 2009.\n\nThe Forum will discuss the shared survey of the rivers."
    )
    assert facts(top, body)[0].startswith("TO CHECK")


def test_an_offices_initials_over_a_half_spanish_dateline():
    """ "SRE /Lindhaven, Estravia, 10 December de 2010": the office's initials, a Spanish "de" before the year."""
    top = "Statement by the Director of Press, Oren Vell\n\nSRE /Lindhaven, Estravia, 10 December de 2010"
    assert facts(top, SPEECH_BODY)[1:] == ("2010-12-10", "Lindhaven")


def test_a_document_symbol_with_a_slash_is_not_an_offices_initials():
    """ "UN/BASIN, 10 December 2010": a symbol, no city after the slash."""
    top = "Statement by Mr. Oren Vell\n\nUN/BASIN, 10 December 2010"
    _, date, place = facts(top, SPEECH_BODY)
    assert date == "2010-12-10" and place.startswith("TO CHECK")


def test_a_joint_statement_by_several_ministers_has_no_single_speaker():
    top = "Joint statement by Foreign Ministers Oren Vell, Lena Kost and Aron Bell on 10 October 2007 in Lindhaven"
    assert facts(top, SPEECH_BODY) == ("TO CHECK: speaker's name", "2007-10-10", "Lindhaven")


def test_a_title_running_on_into_its_occasion_names_no_speaker():
    """ "Welcome Remarks by the Secretary-General of ASEAN Visit of ’s Minister …" (a page that lost a
    word): a role and no name, not a speaker called "Visit"."""
    top = "Welcome Remarks by the Secretary-General of ASEAN Visit of ’s Minister of Water to the Secretariat, 3 March 2010"
    assert facts(top, SPEECH_BODY)[:2] == ("TO CHECK: speaker's name", "2010-03-03")


def test_a_role_with_its_portfolio_then_a_hyphenated_name():
    """ "Spokesperson and Deputy Minister for Public Relations Aron Kel-lin": the portfolio ends at
    "Relations"; the hyphenated given name is the name's."""
    top = "Press Briefing\nSpokesperson and Deputy Minister for Public Relations Aron Kel-lin\nOct. 16, 2012 14:30"
    body = "Good afternoon. Let me start today’s briefing.\n\n" + SPEECH_BODY.split("\n\n", 1)[1]
    assert facts(top, body)[:2] == ("Aron Kel-lin", "2012-10-16")


def test_the_whole_name_above_a_title_naming_the_surname():
    """A page's stacked header (reference number, whole name, role, then "Statement of President Kost"):
    the reference number is a header's line, not the end of a site menu, and the whole name is the speaker."""
    top = (
        "Navigation path\n\nLeft navigation\n\nAdditional tools\n\nOther available languages: none\n\n"
        "SPEECH/ 09/303\n\nLena Maria Kost\n\nPresident of the Basin Commission\n\n"
        "Statement of President Kost at the Basin Council press conference\n\nBasin Council\n\n"
        "Lindhaven, 19 June 2009"
    )
    assert facts(top, SPEECH_BODY.split("\n\n", 1)[1]) == ("Lena Maria Kost", "2009-06-19", "Lindhaven")


def test_a_press_conference_report_names_its_speaker_in_its_second_sentence():
    """ "The Assembly held a press conference … . Foreign Minister Kost Lena answered questions …", then the
    turns "Foreign Minister Kost: …" (the family name first): the minister is the speaker."""
    top = (
        "The Second Session of the Basin Assembly held a press conference in the Great Hall of the Basin "
        "on the morning of March 7, 2010. Foreign Minister Kost Lena answered questions from the press on "
        "the basin's foreign policy."
    )
    body = (
        "River News: How do you see the last ten years of the basin's diplomacy, and what comes next?\n\n"
        "Foreign Minister Kost: The last ten years were a decade of change and of work shared between the "
        "basin countries, and the next will ask more of all of us."
    )
    assert facts(top, body)[:2] == ("held: Kost Lena", "2010-03-07")


def test_a_report_whose_second_sentence_names_someone_once_takes_nobody():
    top = (
        "The Second Session of the Basin Assembly held a press conference in the Great Hall of the Basin "
        "on the morning of March 7, 2010. Foreign Minister Kost Lena answered questions from the press."
    )
    body = "River News: What comes next?\n\nThe answer given was that the survey comes next, before the year ends."
    assert facts(top, body)[0].startswith("TO CHECK")
