"""The event's name is a name (issue 11): a news item's headline over the text ("X to host the Y Summit",
"Y Forum kicks off") was printed whole as the event's name on the cover and in every running head. The name
is now the one meeting such a sentence names; a sentence that names none, or two, leaves the name TO CHECK
with the sentence quoted beside it. A header's own name of its meeting is kept as it is given.

Every text is invented (names, places, meetings), in the shapes the pages have.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event
from generator.extract.event_name import event_name

BODY = (
    "The ministers will hold talks on trade, transport and the shared river survey, the ministry said in "
    "a statement.\n\n"
    '"We expect the meeting to open a new stage in our relations," a spokesman said.\n'
)
NO_NAME = "TO CHECK: name of the meeting"


def drafted(headline: str) -> dict:
    return extract_event(f"{headline}\n\nLindhaven, 3 March 2011\n\n{BODY}", source_name="news.txt").data


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Varnland to host Basin Summit in early May", "Basin Summit"),
        ("Coastal Forum kicks off in Lindhaven", "Coastal Forum"),
        ("Minister Vello leaves for the 12th Delta Conference", "12th Delta Conference"),
        (
            "Ministers agree agenda for Summit Meeting of the Basin States",
            "Summit Meeting of the Basin States",
        ),
        (
            "Lindhaven prepares for River States Foreign Ministers meeting",
            "River States Foreign Ministers meeting",
        ),
    ],
)
def test_a_headline_gives_the_meeting_it_names(headline, name):
    data = drafted(headline)
    assert data["event"]["name"] == name
    assert data["speech"]["title"] == f"Statement at the {name}"
    assert headline not in data["speech"]["title"]


@pytest.mark.parametrize(
    "headline",
    [
        "Delegates gather for the summit",  # no meeting named: "summit" in lower case only
        "Ministers of the river states pose for a photograph at the summit",  # a photo caption
        "Minister Vello leaves the Basin Summit for the Delta Forum",  # two meetings: which is the event?
        "Foreign Minister Vello pays tribute to the outgoing Basin Council Presidency",  # a body, no meeting
    ],
)
def test_a_headline_that_names_no_one_meeting_leaves_the_name_to_check(headline):
    data = drafted(headline)
    assert data["event"]["name"] == NO_NAME
    assert not data["speech"]["title"].startswith("Statement at")


@pytest.mark.parametrize(
    "name",
    [
        "Informal Plenary Meeting of the Basin Assembly",
        "Coastal Summit press conference",
        "Opening of the sixty-second session of the Basin Assembly",
        "Conference on River Navigation",
        "Forum of the River States on Shared Waters",
    ],
)
def test_a_meeting_s_own_name_is_kept_as_given(name):
    assert event_name(name) == (name, False)


def test_a_sentence_after_a_statement_line_keeps_the_name_from_its_meeting():
    """ "… at the sixty-second session …": spelled ordinals and lower-case meeting words belong to names."""
    data = extract_event(
        "Statement by Ms. Ilka Varn at the sixty-second session of the Basin Assembly\n"
        "Lindhaven, 3 March 2011\n\nMr. President,\n\n" + BODY,
        source_name="statement.txt",
    ).data
    assert data["event"]["name"] == "Sixty-second session of the Basin Assembly"


def test_the_draft_quotes_the_sentence_the_name_was_taken_from(tmp_path):
    from generator.extract import extract_file

    statement = tmp_path / "news.txt"
    statement.write_text(f"Varnland to host Basin Summit in early May\n\nLindhaven, 3 March 2011\n\n{BODY}")
    yaml_text = extract_file(statement).yaml
    assert '"Varnland to host Basin Summit in early May"' in _words(yaml_text)
    assert "name: Basin Summit" in yaml_text
    sentence = tmp_path / "gather.txt"
    sentence.write_text(f"Delegates gather for the summit\n\nLindhaven, 3 March 2011\n\n{BODY}")
    yaml_text = extract_file(sentence).yaml
    assert '"Delegates gather for the summit" is a sentence, not a name' in _words(yaml_text)
    assert "name: 'TO CHECK: name of the meeting'" in yaml_text


def _words(yaml_text: str) -> str:
    """The draft's words, its comments' line breaks and markers taken out."""
    return " ".join(yaml_text.replace("#", " ").split())


def test_a_bracketed_kind_after_the_number_joins_the_series():
    """ "151st (Extraordinary) Meeting of …": the kicker over every title prints the series, which reads
    "Extraordinary Meeting of …", not "(Extraordinary) Meeting of …"."""
    event = extract_event(
        "Opening Address\n\nat the 151st (Extraordinary) Meeting of the Basin Conference\n\n"
        "Lindhaven, 17 December 2008\n\nMr. President,\n\n" + BODY,
        source_name="opening.txt",
    ).data["event"]
    assert event["name"] == "151st (Extraordinary) Meeting of the Basin Conference"
    assert (event["number"], event["series"]) == (151, "Extraordinary Meeting of the Basin Conference")
