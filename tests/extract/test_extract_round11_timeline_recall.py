"""Dated meetings round 11 read (docs/extract.md, "Round 11: timeline recall"): a name the clause after it
says was held, adopted or negotiated — a name of one word that a relative clause says was held ("took part
in Parleys, which will be held …", "the report of the SMM that was held …"), an act's participle after its
name before a relative date ("the X Compact … adopted by Forum Leaders last year"), an act negotiated in
the clause an opening date leads ("Ten years ago, when the X Programme was negotiated, …").

Invented releases and reports in the shapes real ones have, with the cases where nothing may change.
"""

from __future__ import annotations

from extract_helpers import items_of


def test_a_one_word_name_a_relative_clause_says_will_be_held():
    text = (
        "Lindhaven, 6 September 2012\n\n"
        "The Deputy Minister said the Secretary General will take part in Parleys, which will be held in "
        "Amsel on 5-7 September.\n\n"
        "Officials gave no further details.\n"
    )
    items = items_of(text)
    assert ("2012-09-05/2012-09-07", "Parleys") in [(d, t.split(" in ")[0]) for d, t in items], items


def test_an_acronym_a_relative_clause_says_was_held():
    text = (
        "Port Sella, 21 June 2013\n\n"
        "Leaders considered the matters put to them by the Senior Ministers Meeting (SMM).\n\n"
        "Leaders thanked the SMM Chair for the report of the SMM that was held in Tarnow on 17 June and "
        "closed in Port Sella on 18 June.\n"
    )
    items = items_of(text)
    assert any(d == "2013-06-17" and "SMM" in t for d, t in items), items


def test_a_one_word_name_needs_the_relative_clause_of_holding():
    # (a capitalised word the clause says nothing was held at stays no meeting: a place, a person)
    text = (
        "Port Sella, 21 June 2013\n\n"
        "The delegation travelled on to Tarnow, which was visited by the Minister on 17 June.\n\n"
        "The Minister thanked Ambassador Kell, who was appointed on 2 May.\n"
    )
    items = items_of(text)
    assert not any(t.startswith(("Tarnow", "Kell")) for _, t in items), items


def test_an_act_adopted_after_its_name_before_a_relative_date():
    text = (
        "PRESS RELEASE - 1st August 2010\n\n"
        "A report on the progress of the Lindhaven Compact on Stronger Coordination in the Region adopted by "
        "Forum Leaders last year will also go before the Leaders' meeting.\n"
    )
    items = items_of(text)
    assert any(d == "2009" and t.startswith("Lindhaven Compact") for d, t in items), items


def test_an_act_negotiated_in_the_clause_an_opening_date_leads():
    text = (
        "New York, 26 September 2011\n\n"
        "Ten years ago, when the Amsel Programme was negotiated, the situation was far more supportive than "
        "today.\n"
    )
    items = items_of(text)
    assert ("2001", "Amsel Programme negotiated") in items, items


def test_a_name_the_words_after_it_say_was_launched():
    # "^" in the pattern of a happening after a name never matched at a name's end (re's match at a
    # position other than the string's start): "was launched", "was opened" after a name were not read
    items = items_of(
        "Lindhaven, 20 November 2009\n\n"
        "The Amsel Process was launched in February 2002 to bring the river states together.\n\n"
        "We thank all the partners for the work they have done together on the rivers we share.\n"
    )
    assert ("2002-02", "Amsel Process") in items, items
