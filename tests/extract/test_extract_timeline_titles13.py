"""Timeline titles read whole (round 13's title sweep), in sentences written here.

Each case is a dated meeting whose title came out cut or padded: a name cut at a style's full stop ("with
Mr"), at a dash or a slash joining two names, at "of the" or a number inside a name, a date's words read as
who met, a clause's title with a bracket, a comma or a small word left over. The names are invented.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event

OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def timeline(dateline: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    body = "\n\n".join(paragraphs)
    text = f"Statement by Mr. Arno Pell\nLindhaven, {dateline}\n\nMr. President,\n\n{body}\n\n{OTHER}"
    data = extract_event(text, source_name="timeline.txt").data
    return sorted((str(i["date"]), i["kind"], i["title"]) for i in data["timeline"])


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        # a style's or an initial's full stop is not the end of the name
        (
            "The Premier's meeting with Mr. Sander Holt on 6 July 2010 cleared the way.",
            ("2010-07-06", "meeting", "Premier's meeting with Mr. Sander Holt"),
        ),
        (
            "On 6 July 2010 our envoy held talks with H.E. Mr. Sander Holt, Foreign Minister of Estravia.",
            ("2010-07-06", "meeting", "Talks with H.E. Mr. Sander Holt"),
        ),
        (
            "On 6 July 2010 the envoy had a meeting with Dr. K. Holt.",
            ("2010-07-06", "meeting", "Meeting with Dr. K. Holt"),
        ),
        # two names joined by a dash or a slash, written close, are one name
        (
            "On 2 December 2009, the Nordholm–Lindhaven Summit convened in Tarnow.",
            ("2009-12-02", "summit", "Nordholm–Lindhaven Summit"),
        ),
        (
            "The first session of the Amsel–Tarnow Joint Committee was held on 5 April 2009.",
            ("2009-04-05", "meeting", "First session of the Amsel–Tarnow Joint Committee"),
        ),
        (
            "The Tarnow/Nordholm Trade Council met on 9 March 2010.",
            ("2010-03-09", "meeting", "Meeting of Tarnow/Nordholm Trade Council"),
        ),
        # "of the" and a number inside a name after the meeting noun
        (
            "The gathering of the Partners of the Lagoon on 14 June 2009 in Amsel went well.",
            ("2009-06-14", "meeting", "Gathering of the Partners of the Lagoon"),
        ),
        (
            "The Summit of the Circle of 40 took place in Amsel on 9 March 2010.",
            ("2010-03-09", "summit", "Summit of the Circle of 40"),
        ),
        # a name said with "of the" after a visit's place
        (
            "On 14 and 15 September the Governor visited the Harbour of Tarnow.",
            ("2010-09-14/2010-09-15", "meeting", "Visit to the Harbour of Tarnow"),
        ),
        # who met, when two are named or their office is said with "for"
        (
            "On 13 April 2010, the Governor and the Mayor met in Tarnow.",
            ("2010-04-13", "meeting", "Meeting of Governor and the Mayor"),
        ),
        (
            "On 17 June 2009, Ministers for Water of the Lagoon States met in Tarnow.",
            ("2009-06-17", "meeting", "Meeting of Ministers for Water of the Lagoon States"),
        ),
        # the words of a date are not who met
        (
            "On Tuesday 14 September the Governor met the Nordholm envoy.",
            ("2010-09-14", "meeting", "Meeting of Governor"),
        ),
        # a clause's own words as its title: whole after a bracket, no comma left where the date was
        (
            'The Lagoon Board ("the Board") met in Tarnow on 18 June 2009.',
            ("2009-06-18", "meeting", "Lagoon Board met in Tarnow"),
        ),
        (
            "It was in Tarnow, on 18 June 2009, that the mayors met for the first time.",
            ("2009-06-18", "meeting", "It was in Tarnow that the mayors met for the first time"),
        ),
    ],
)
def test_a_title_is_read_whole(sentence, item):
    assert item in timeline("20 September 2010", sentence)


def test_a_clause_title_drops_a_place_said_first_and_a_small_word_before_its_cut():
    # the place is the item's place; the title starts with who met
    got = timeline("20 September 2010", "Three years ago, in Tarnow, we met to found the Lagoon Compact.")
    assert ("2007", "meeting", "We met to found the Lagoon Compact") in got
    # a title cut short ends on a word of its own, not on "on" or "the"
    got = timeline(
        "20 September 2010",
        "The Governor took part on 21 September 2010 in the regional round table on fisheries.",
    )
    assert [t for _, _, t in got] == ["The Governor took part in the regional round table …"]


def test_a_clause_title_holds_no_other_date_of_its_clause():
    got = timeline(
        "20 September 2010",
        "We met in Tarnow on 4 May 2008, in Nordholm on 6 June 2008 and in Amsel on 8 July 2008.",
    )
    assert not [t for _, _, t in got if "2008" in t or "May" in t or "June" in t]


def test_a_place_opened_by_a_short_word_and_its_full_stop_is_read_whole():
    text = (
        "Statement by Mr. Arno Pell\nLindhaven, 20 September 2010\n\nMr. President,\n\n"
        f"The river ministers met in St. Alder on 6 July 2010.\n\n{OTHER}"
    )
    items = extract_event(text, source_name="timeline.txt").data["timeline"]
    assert [(str(i["date"]), i.get("place")) for i in items] == [("2010-07-06", "St. Alder")]


def test_a_delegation_named_by_an_adjective_comes_from_its_people_not_a_place():
    got = timeline(
        "20 September 2010", "On 3 August 2010 the Governor received a delegation of Nordholmish mayors."
    )
    assert got == [("2010-08-03", "meeting", "Visit of a delegation of Nordholmish mayors")]
    got = timeline("20 September 2010", "On 3 August 2010 the Governor received a delegation from Nordholm.")
    assert got == [("2010-08-03", "meeting", "Visit of a delegation from Nordholm")]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        # a relative day opening the sentence is not who will meet
        (
            "Next Thursday the Lagoon Board will meet in Port Sella.",
            ("2010-09-23", "planned", "Meeting of Lagoon Board"),
        ),
        # a visit's place with its small word inside
        (
            "On 3 May 2010 the Governor visited Stokeley upon Avon.",
            ("2010-05-03", "meeting", "Visit to Stokeley upon Avon"),
        ),
        (
            "The Governor travelled to Villa de Arroyo on 3 May 2010.",
            ("2010-05-03", "meeting", "Visit to Villa de Arroyo"),
        ),
    ],
)
def test_who_met_and_where_a_visit_went_are_read_whole(sentence, item):
    assert item in timeline("20 September 2010", sentence)
