"""Acronyms spelt out by the words of the statement (issue 11): an expansion read from capitalised words
whose initials spell the term is printed in the pack's glossary as a fact, so it must be what the text
spells. It no longer ends inside a country's name ("… and South" for the S of a list ending "South
Africa"), crosses a sentence or a bracket, or, for a term of two letters, takes two words that are not side
by side in a paragraph using it (two capitalised words spell some two letters in every text: "the European
Union, Spain" spelt US, a photo caption's "Meeting Photograph" spelt MP).

Every text is written for these tests, in the shapes statements have.
"""

from __future__ import annotations

import pytest

from generator.extract.acronyms import find_acronyms


def expansions(*paragraphs: str) -> dict[str, str | None]:
    return {a.term: a.expansion for a in find_acronyms(list(enumerate(paragraphs, start=1)))}


@pytest.mark.parametrize(
    ("text", "term", "expansion"),
    [
        (
            "Leaders from Mali, Oman, Nepal and South Korea met in March; the MONS partnership is two years old.",
            "MONS",
            "Mali Oman Nepal and South Korea",
        ),
        (
            "Ministers of Chile, Ghana and Papua New Guinea signed the plan. The CGP group meets again in May.",
            "CGP",
            "Chile Ghana and Papua New Guinea",
        ),
        (
            "Peru, Angola and New Zealand form the PANZ caucus.",
            "PANZ",
            "Peru Angola and New Zealand",
        ),
    ],
)
def test_a_list_spelling_the_term_ends_with_the_whole_country(text, term, expansion):
    assert expansions(text)[term] == expansion


def test_two_capitals_are_not_spelt_across_a_comma():
    found = expansions(
        "Delegations from the African Union, Spain, Italy and Japan attended; officials of the US State "
        "Department joined them."
    )
    assert found["US"] == "United States"  # the glossary's, not "Union Spain"


def test_two_capitals_are_not_spelt_by_a_caption_elsewhere():
    found = expansions(
        "Meeting Photograph",
        "The Prime Minister held talks with Mr. Arno Lind, MP, the leader of the river caucus.",
    )
    assert found["MP"] is None


def test_a_run_does_not_cross_a_sentence():
    found = expansions(
        "The report went to the Basin Assembly. Strasbourg will host the next round.",
        "The AS secretariat circulated it.",
    )
    assert found["AS"] is None


def test_two_capitals_side_by_side_in_the_paragraph_using_them_are_spelt():
    found = expansions("The Governing Council met twice; the GC will adopt its report in June.")
    assert found["GC"] == "Governing Council"
