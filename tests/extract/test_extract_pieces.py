"""Smaller behaviours of the extractor, each found wanting on a statement it had never seen."""

from __future__ import annotations

from generator.content.speech import parse_speech
from generator.extract import extract_event
from generator.extract.acronyms import find_acronyms
from generator.extract.decode import clean_text
from generator.extract.header import parse_header
from generator.extract.proposal import _title_and_text
from generator.extract.quotes import find_quotations


def test_a_heading_in_capitals_is_not_a_run_of_acronyms():
    texts = [
        (0, "STATEMENT BY THE HEAD OF DELEGATION OF ESTRAVIA\nDr. A. Name"),
        (1, "We support UNEP's work."),
    ]
    assert [(a.term, a.expansion) for a in find_acronyms(texts)] == [
        ("UNEP", "United Nations Environment Programme")
    ]


def test_a_delegation_names_the_country_and_a_portfolio_does_not():
    h = parse_header(
        [
            ["STATEMENT BY THE HEAD OF DELEGATION OF THE UNITED PROVINCES OF ESTRAVIA"],
            ["H.E. Ms. Marta Oyelaran-Brandt", "Deputy Minister of Environment and Water"],
        ]
    )
    assert (h.speaker, h.role, h.country) == (
        "Marta Oyelaran-Brandt",
        "Deputy Minister of Environment and Water",
        "United Provinces of Estravia",
    )
    alone = parse_header([["Ms. Ana Li", "Deputy Minister of Environment and Water"]])
    assert alone.country is None


def test_word_sub_bullets_and_a_page_footer():
    pasted = (
        "Points:\n\n   - a window for grants;\n      o with priority for islands;\n"
        "   - a technology exchange.\n\nOnly one does not start a bullet:\n\n      o is a letter.\n\n"
        "Thank you.\n\n--\nSource: Mission of X | Print | Share | Top of page\n"
    )
    decoded = clean_text(pasted)
    assert "      ◦ with priority for islands;" in decoded.text
    assert "      o is a letter." in decoded.text
    assert decoded.text.endswith("Thank you.\n")
    assert decoded.removed == ["Source: Mission of X | Print | Share | Top of page", "--"]
    item = parse_speech(decoded.text).paragraphs[1].item
    assert [c.text for c in item.children] == ["with priority for islands;"]


def test_a_lettered_list_is_not_taken_for_wrapped_prose():
    lines = [
        "(a) every reconstruction plan should include an accessibility audit first;",
        "(b) persons with disabilities should sit on the recovery boards of each city;",
        "(c) donors should report on accessible spending each year and publish it.",
    ]
    assert clean_text("\n".join(lines)).text == "\n".join(lines) + "\n"


def test_single_curly_quotes_and_told_attribute_a_quotation():
    speech = parse_speech(
        "Mr. Chair,\n\nAs the fisherwoman Idra Santoro told our Parliament, "
        "‘the sea returns everything we give it, and more.’ Japan’s view is the same.\n"
    )
    (q,) = find_quotations(speech)
    assert (q.text, q.attribution) == (
        "the sea returns everything we give it, and more",
        "fisherwoman Idra Santoro",
    )


def test_the_statements_own_paragraph_numbers_are_not_quoted():
    result = extract_event(
        "Mr. Chair,\n\n1. We thank you.\n\n2. We therefore ask the Forum to adopt the plan.\n",
        source_name="n.txt",
    )
    (ask,) = result.data["asks"]
    assert (ask["text"], ask["cite"]) == ("We therefore ask the Forum to adopt the plan.", [2])


def test_principle_headings_end_on_a_word_that_can_end_one():
    assert (
        _title_and_text("a technology exchange, drawing on UNEP's existing partnerships;", 0)[0]
        == "a technology exchange"
    )
    assert (
        _title_and_text("annual reporting to the Forum on what has been funded and with what result.", 0)[0]
        == "annual reporting to the Forum on what has been funded"
    )


def test_a_lead_in_is_not_a_key_message():
    result = extract_event(
        "Mr. Chair,\n\nBased on what I have seen, I recommend three commitments:\n\n"
        "• every plan should include an accessibility audit before funds are released;\n",
        source_name="l.txt",
    )
    assert [k["cite"] for k in result.data["key_messages"]] == [[2]]


def test_a_call_paid_on_a_person_is_no_request():
    """ "called on H. E. Mr. X" in a release about a visit is a call paid; "called on all parties to …" is
    an appeal. Only the appeal is a request to the meeting."""
    data = extract_event(
        "Secretary-General visits Korvia\n\nLindhaven, 20 May 2012\n\n"
        "During the visit, the Secretary-General called on His Excellency Mr. Arno Lind, President of "
        "Korvia, on 19 May.\n\n"
        "On 20 May, the Secretary-General paid a courtesy call on Dr. Ilka Varn, Minister of Rivers.\n\n"
        "The Secretary-General called on all member states to ratify the river convention before June.\n",
        source_name="visit.txt",
    ).data
    texts = " ".join(m["text"] for m in data["key_messages"])
    assert "ratify the river convention" in texts
    assert "Arno Lind" not in texts and "Ilka Varn" not in texts
    assert "ratify" in data["summary"] and "Arno Lind" not in data["summary"]


def test_the_summary_names_the_kind_of_statement():
    text = "Keynote Address\n\nDr. Ann Other\nSpecial Rapporteur on Things\n\nSecond Summit on Things\n\nFriends,\n\nWe must act.\n"
    assert (
        "delivered a keynote address at the Second Summit on Things."
        in extract_event(text, source_name="k.txt").data["summary"]
    )
