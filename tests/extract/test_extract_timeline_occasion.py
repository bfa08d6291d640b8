"""The statement's own occasion said again with a year or a month, a document signed, one meeting read twice.

General classes of the dev7 round (docs/extract.md, "The selection round"): an item dated by a year or a
month that holds the statement's date, whose title names the header's occasion, is the occasion (a header
fact); a treaty or an agreement signed is a document, not a meeting; a meeting noun alone on the day of a
named meeting holding that noun is the same meeting. The statements are invented, in the shapes real ones
have (a communiqué in numbered paragraphs, a speech at an assembly, a news item).
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event

OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def read(text: str):
    result = extract_event(text, source_name="occasion.txt")
    items = [(str(i["date"]), i["title"]) for i in result.data["timeline"]]
    occasion = [(e.date.iso(), e.title) for e in result.findings.timeline.occasion]
    return result, items, occasion


COMMUNIQUE = (
    "Joint Press Statement of the Third Amsel-Tarnow-Veltria Trilateral Summit\nLindhaven, 30 May 2010\n\n"
    "1. We concurred that, as the third meeting of its kind following the December 2008 Orlen Summit and the "
    "October 2009 Kessel Summit, this meeting has strengthened our cooperation.\n\n"
    "2. We shared the view that this year's Trilateral Summit Meeting is all the more meaningful since it "
    "opens a new decade of cooperation.\n\n" + OTHER
)


def test_this_years_meeting_named_as_the_communique_names_its_own_is_the_occasion():
    result, items, occasion = read(COMMUNIQUE)
    assert items == [("2008-12", "Orlen Summit"), ("2009-10", "Kessel Summit")]
    assert occasion == [("2010", "Trilateral Summit Meeting")]
    assert "# The statement's own occasion, named in its body" in result.yaml


ASSEMBLY = (
    "Statement by Ms. Ilka Varn at the 40th Regular Session of the General Assembly of the Basin "
    "Organisation\nTarnow, 8 June 2010\n\nMr. President,\n\n"
    "Our session this year convenes against a difficult background for the rivers we share.\n\n"
    "{body}\n\n" + OTHER
)


def test_the_assembly_of_the_statements_year_and_our_session_this_year_are_the_occasion():
    _, items, occasion = read(
        ASSEMBLY.format(
            body="The theme chosen for the 2010 Assembly allows for continuity with the work of the "
            "Organisation.\n\nThe Assembly last met in Orlen in June 2009."
        )
    )
    assert items == [("2009-06", "Assembly in Orlen")]
    assert sorted(occasion) == [("2010", "Assembly"), ("2010", "Session")]


def test_another_meeting_of_the_statements_year_stays_on_the_timeline():
    # a word of its own (the ministers), or "earlier this year", says it is not this one
    _, items, occasion = read(
        ASSEMBLY.format(
            body="Earlier this year, the Assembly met in Orlen to agree on a common market.\n\n"
            "The Trade Ministers Meeting of 2010 in Kessel agreed on the same."
        )
    )
    assert ("2010", "Assembly in Orlen") in items
    assert ("2010", "Trade Ministers Meeting") in items
    assert occasion == [("2010", "Session")]


def speech(dateline: str, body: str) -> str:
    return f"Statement by Ms. Ilka Varn\n{dateline}\n\nMr. President,\n\n{body}\n\n{OTHER}"


def test_a_body_that_acts_only_when_it_sits_is_dated_by_its_act():
    _, items, _ = read(
        speech(
            "Tarnow, 29 June 2011",
            "Last week the Basin Council placed river governance onto a new footing.\n\n"
            "The Ministers welcomed the conclusions of the Basin Council on 29-30 October 2010 that "
            "reaffirmed the common market.\n\n"
            "Also, heads of state and government will probably support the Tarnow Strategy on 23-24 July, "
            "she said.",
        )
    )
    assert ("2010-10-29/2010-10-30", "Basin Council meeting") in items
    assert ("2011-06", "Basin Council meeting") in items
    assert ("2011-07-23/2011-07-24", "Meeting of heads of state and government") in items


def test_a_bodys_year_its_office_and_its_founding_are_no_meeting_of_it():
    _, items, _ = read(
        speech(
            "Tarnow, 29 June 2011",
            "In 2010 we took a series of measures in the Basin Council.\n\n"
            "The President of the Basin Council praised the engineers on 3 May 2011.\n\n"
            "The Basin Council of Ministers was established on 4 April 1999.",
        )
    )
    assert not [i for i in items if "Basin Council" in i[1]]


def test_an_agreement_signed_in_a_year_is_a_document_in_the_context_comment():
    # a signing dated to the day is the speaker's act (a milestone), a signing ceremony a meeting
    result, items, _ = read(
        "Press release\nBaku, 20 July 2012\n\n"
        "The Minister will make a tour to Latin American countries from July 23-31.\n\n"
        "Amsel and Tarnow signed a ceasefire agreement in 1994. The mediators are holding peace talks.\n\n"
        "The ministers attended the signing ceremony of the trade agreement on 3 July 2012.\n\n"
        "The Basin Convention was adopted in 1997. On 18 May 2008, we signed the Kesh Protocol on data "
        "sharing with four neighbours.\n\n" + OTHER
    )
    assert [i for i in items if i[0] == "1994"] == []
    assert ("2012-07-03", "Ceremony of the trade agreement") in items
    assert ("1997", "Basin Convention") in items  # a text adopted stays, as a resolution or a plan does
    assert ("2008-05-18", "Kesh Protocol on data sharing signed") in items
    assert [(e.date.iso(), e.title) for e in result.findings.timeline.context] == [
        ("1994", "Amsel and Tarnow signed a ceasefire agreement")
    ]
    assert "# 1994 — Amsel and Tarnow signed a ceasefire agreement (paragraph 3)" in result.yaml


def test_two_meetings_of_one_body_at_one_place_on_one_day_stay_two():
    _, items, _ = read(
        speech(
            "Pretoria, 20 September 2007",
            "In New York on 28 September 2007 the Minister will attend the Commonwealth Ministerial Committee "
            "on Amsel.\n\nIn New York on 28 September 2007 she will also attend the Commonwealth Foreign "
            "Ministers meeting.",
        )
    )
    assert len([i for i in items if i[0] == "2007-09-28"]) == 2


def test_a_meeting_dated_early_mid_or_late_in_a_month():
    _, items, _ = read(
        "Press conference\nGeneva, 12 April 2012\n\n"
        "This year's focus will be the Amsel conference on rivers, to begin shortly after the G20 summit in "
        "mid-June.\n\nThe Basin Forum met in Orlen in late February.\n\n" + OTHER
    )
    assert ("2012-06", "G20 summit") in items
    assert ("2012-02", "Basin Forum") in items


#: Statements whose whole timeline is known: one meeting said three ways at one place and date is one item;
#: "this summit" after a named one is that summit (and "EU" tells "EU Summit" from "EU-Africa Summit"), but
#: at the summit it is the occasion; hoping for what is done at tomorrow's meeting is not hoping that it
#: takes place.
TIMELINES = {
    "one_meeting_said_three_ways_at_one_place_and_date_is_one_item": (
        "Basin Forum clarifies the Prime Minister's commitments\nNews release\nAlofi, 21 August 2008\n\n"
        "The Prime Minister made his commitments at the Forum Leaders’ Retreat in Orlen last year.\n\n"
        "The outgoing chair said the commitments were given to the Forum last year in Orlen.\n\n"
        "He recalled the outcomes of last year’s Forum Meeting in Orlen.\n\n" + OTHER,
        [("2007", "Forum Leaders’ Retreat")],
    ),
    "this_summit_after_a_named_one_is_that_summit_and_two_letter_acronyms_tell_summits_apart": (
        "Presidency priorities\nLisbon, 20 July 2007\n\n"
        "Amsel aims to conclude the treaty by the December EU Summit, the minister said.\n\n"
        "Amsel is very committed to its relations with Africa. “The EU-Africa Summit is something that we do "
        "not give up on. All resources at our disposal will be used for this summit to take place in "
        "December,” added the minister.\n\n" + OTHER,
        [("2007-12", "EU Summit"), ("2007-12", "EU-Africa Summit")],
    ),
    "this_summit_at_the_summit_is_still_its_occasion": (
        "Statement by Ms. Ilka Varn at the Fifth Basin Summit\nTarnow, 4 December 2009\n\n"
        "Mr. President,\n\nWelcome to the Fifth Basin Summit. This summit opened in Tarnow this month with "
        "high hopes.\n\nThe Fourth Basin Summit met in Orlen in May 2008.\n\n" + OTHER,
        [("2008-05", "Fourth Basin Summit")],
    ),
    "a_meeting_said_as_the_setting_of_a_hope_is_still_held": (
        "Press service of the President\nKessel, 17 May 2010\n\n"
        "The President also expressed hope that during tomorrow's meeting with business circles of the two "
        "countries, both he and his counterpart will give a good signal.\n\n"
        "He hoped that a summit of the two countries could be held in September.\n\n" + OTHER,
        [("2010-05-18", "Meeting with business circles")],
    ),
    "a_date_right_after_a_disaster_is_the_disasters_not_a_later_visits": (
        "News release\nTarnow (Basin Observer, July 30, 2012) – Prime Minister Ilka Varn will revisit a "
        "community devastated by a tsunami nearly three years ago as part of her Friendship Treaty "
        "commemoration visit.\n\nIn 2009, Ms Varn visited the survivors in Orlen.\n\n" + OTHER,
        [("2009", "Ms Varn visited the survivors in Orlen")],
    ),
    "a_target_year_after_a_meeting_is_the_targets": (
        "Press notice\nOslo, 14 January 2011\n\nThe Minister will also have meetings on the plans for the "
        "river project aimed at opening the Amsel canal in 2013.\n\nShe met the Basin Council in Orlen in "
        "March 2010.\n\n" + OTHER,
        [("2010-03", "Meeting with the Basin Council")],
    ),
}


@pytest.mark.parametrize("case", sorted(TIMELINES))
def test_the_whole_timeline(case):
    text, expected = TIMELINES[case]
    _, items, _ = read(text)
    assert items == expected
