"""The learnt header reader (generator/extract/header_learnt.py): the names it gathers in real shapes, what
it prints or holds where the rules leave the speaker empty, and what it never prints."""

from __future__ import annotations

import dataclasses
import json

import pytest
from extract_helpers import held

from generator.errors import ConfigError
from generator.extract import extract_event
from generator.extract.header_learnt import Model, decide, load_models, speaker_candidates

#: A third-person news report whose speaker is named only by "said X".
NEWS = """Basin states agree to share flood data

Lindhaven - The countries of the Estra basin will share their river gauges' readings within the hour from \
next spring, the basin's water ministers agreed on Tuesday.

"No town should learn of a flood from the water in its streets," said Foreign Minister Oren Vell, who chaired \
the talks.

The agreement covers forty gauges on the main river and its tributaries, and a common warning centre in \
Lindhaven, which the ministers will open in March.
"""

#: A column under a by-line in capitals.
BYLINE = """THE BASIN REVIEW

A TREATY FOR THE RIVERS WE SHARE

BY H.E. LENA KOST

For ten years the five countries of the Estra basin have argued about the water that runs through all of \
them. This week they will sign a treaty that ends the argument.

I have signed many agreements. None will matter more to the people who live along the river.
"""

#: A message signed at its end.
SIGNED = """Message to the Basin Forum

Excellencies, ladies and gentlemen,

I am sorry not to be with you in Lindhaven today. The rivers we share need common rules, and this forum has \
done more than any other to write them.

My Government will contribute two engineers and the data of its twelve river gauges to the warning centre.

H.E. Mara Quell
"""

#: A page's summary naming the speaker, over the speech: the rules hold the name as a candidate (a summary
#: is a weak source); the learnt reader is sure enough of it to print it.
SUMMARY = (
    "Basin policy address\n\nLindhaven, 10 February 2009\n\n"
    "Foreign Minister Oskar Lind said in a speech to the Assembly that the treaty must be renewed.\n\n"
    # (a paragraph between the summary and the speech: no reading of the rules ties the speech to the name)
    "The Assembly met for two days and heard the ministers of every basin state on the future of the treaty.\n\n"
    "Mr President,\n\nThe rivers of the basin need common rules, and my Government will work for them.\n\n"
    "We thank all the partners for the work they have done together on the rivers we share.\n"
)


def _candidate(text: str, name: str):
    found = {c.name: c for c in speaker_candidates(text)}
    assert name in found, sorted(found)
    return found[name]


def test_a_name_said_in_a_news_report_is_a_candidate_with_its_attribution():
    c = _candidate(NEWS, "Oren Vell")
    assert c.features.get("said", 0) > 0 and c.features.get("role_before") == 1.0
    assert c.features.get("report") == 1.0  # no salutation: a report, not a speech


def test_a_name_in_a_by_line_in_capitals_is_a_candidate_in_its_own_case():
    c = _candidate(BYLINE, "Lena Kost")  # "LENA KOST", shown in the case a name is written in
    assert c.features.get("by_line") == 1.0 and c.features.get("capitals") == 1.0
    assert c.features.get("style_before") == 1.0  # "H.E." is no part of the name
    assert not any(k.name.startswith("Rivers") for k in speaker_candidates(BYLINE) if k.key == "we share")


def test_a_signature_at_the_end_is_a_candidate_of_the_closing_lines():
    c = _candidate(SIGNED, "Mara Quell")
    assert c.features.get("closing") == 1.0 and c.features.get("line_is_styled_name") == 1.0


def test_a_surname_alone_where_the_text_gives_the_whole_name_is_no_candidate():
    text = (
        "Remarks by Minister Kost at the Basin Forum\n\nMr. Chairman,\n\nIt is a pleasure, said Lena Kost.\n"
    )
    names = [c.name for c in speaker_candidates(text)]
    assert "Lena Kost" in names and "Kost" not in names


def test_the_shipped_reader_prints_no_name_the_rules_only_held():
    """Its printed fills did not hold on the sets collected after it: the shipped threshold never prints, and
    a name the rules hold stays a candidate (TO CHECK, "perhaps …")."""
    assert load_models()["speaker"].print_at == 1.0
    result = extract_event(SUMMARY, source_name="summary.txt")
    assert held(result.data["speech"]["speaker"]["name"]) == "Oskar Lind"
    assert result.findings.header.speaker is None


@pytest.fixture
def printing(monkeypatch):
    """The shipped weights with the print threshold measured before it was raised to 1 (0.8): what the reader
    would print, where the shipped one only holds."""
    shipped = load_models()
    lowered = {"speaker": dataclasses.replace(shipped["speaker"], print_at=0.8)}
    monkeypatch.setattr("generator.extract.header_learnt.load_models", lambda: lowered)


@pytest.mark.usefixtures("printing")
def test_a_reader_with_a_print_threshold_prints_a_held_name_and_says_where_it_came_from():
    result = extract_event(SUMMARY, source_name="summary.txt")
    header = result.findings.header
    assert result.data["speech"]["speaker"]["name"] == "Oskar Lind"
    assert header.found_by["speaker"] == "learnt" and header.learnt["speaker"] >= 0.8
    assert "the learnt header reader" in result.yaml and "p = " in result.yaml


@pytest.mark.usefixtures("rules_only")
def test_without_the_reader_the_same_name_is_only_held():
    result = extract_event(SUMMARY, source_name="summary.txt")
    assert held(result.data["speech"]["speaker"]["name"]) == "Oskar Lind"
    assert "learnt" not in result.findings.header.found_by.values()


@pytest.mark.usefixtures("printing")
def test_a_spokespersons_statement_for_a_named_person_prints_no_speaker():
    """ "Statement by the Spokesperson of High Representative X": X did not speak; never printed, not even by a
    reader that prints (the model alone is sure of X), nor held."""
    top = "Statement by the Spokesperson of High Representative Oskar Lind on the elections in Estravia\n\n"
    text = (
        top
        + "Lindhaven, 20 July 2012\n\nThe High Representative welcomes the peaceful conduct of the vote.\n"
    )
    result = extract_event(text, source_name="spokesperson.txt")
    assert result.data["speech"]["speaker"]["name"].startswith("TO CHECK")
    assert "speaker" not in result.findings.header.found_by and not result.findings.header.candidates


@pytest.mark.usefixtures("printing")
def test_a_communique_naming_several_ministers_prints_no_speaker():
    """Three ministers named alike: none is likely enough to be printed by a reader that prints, or held."""
    text = (
        "Joint press communiqué\n\nLindhaven, 12 March 2010\n\n"
        "The foreign ministers of the basin, Foreign Minister Oren Vell, Foreign Minister Lena Kost and "
        "Foreign Minister Mara Quell, met in Lindhaven to review the treaty.\n\n"
        "The ministers agreed to open the warning centre in March and to meet again in the autumn.\n"
    )
    result = extract_event(text, source_name="communique.txt")
    assert result.data["speech"]["speaker"]["name"].startswith("TO CHECK")
    assert "speaker" not in result.findings.header.found_by


def test_decide_prints_holds_and_drops_at_the_thresholds():
    model = Model({}, 0.8, 0.3)
    assert decide(0.85, None, False, model) == "print"
    assert decide(0.85, "a surname alone, or one word", False, model) == "hold"
    assert decide(0.5, None, False, model) == "hold"
    assert decide(0.5, None, True, model) == "drop"  # the rules' own candidate stays
    assert decide(0.1, None, False, model) == "drop"
    assert decide(0.999, None, False, Model({}, 1.0, 0.3)) == "hold"  # a print threshold of 1: never printed


def test_damaged_weights_are_a_clear_error(tmp_path):
    bad = tmp_path / "weights.json"
    bad.write_text(json.dumps({"facts": {"speaker": {"weights": {"bias": "x"}, "thresholds": {}}}}), "utf-8")
    with pytest.raises(ConfigError, match="learnt header reader"):
        load_models(bad)


def test_a_name_long_after_statement_by_in_one_line_is_read_as_in_a_short_one():
    """The context of a name is read in a window (a statement in one long line is read in linear time), and
    "Statement … by" is still found however far before the name it stands in its line."""
    filler = "the basin states have talked of their rivers for many years and of the gauges they share, " * 8
    text = f"Statement by the delegation of Estravia, {filler}with Foreign Minister Oren Vell in the chair\n"
    assert len(text) > 600
    c = _candidate(text, "Oren Vell")
    assert c.features.get("statement_line") == 1.0 and c.features.get("role_before") == 1.0


def test_a_text_of_thousands_of_names_is_read_for_a_bounded_number_of_them(monkeypatch):
    """Each name is looked for in the whole text: a text of thousands of names (a list, a hostile file) is
    read for the first ``MAX_NAMES`` only, not in time quadratic in its length."""
    from generator.extract import header_learnt

    first = ["Oren", "Lena", "Mara", "Oskar", "Tove", "Ivo"]
    names = [f"{first[k % 6]} {chr(65 + k // 26 % 26)}{chr(97 + k % 26)}vell{k // 676}" for k in range(1500)]
    text = "Delegates\n\n" + ", ".join(names) + ".\n\nThe talks went well.\n"
    looked_up = []
    real = header_learnt.surname_alone
    monkeypatch.setattr(header_learnt, "surname_alone", lambda n, t: looked_up.append(n) or real(n, t))
    found = speaker_candidates(text)
    assert len(looked_up) == header_learnt.MAX_NAMES and len(found) <= header_learnt.MAX_NAMES
    assert found[0].name == names[0]


@pytest.mark.parametrize("opening", ["X’ Y’ said hello.", "Statement by J’ K’"])
def test_a_name_of_initials_and_quotes_alone_is_no_candidate_and_no_crash(opening):
    """Capitalised words whose letters are one each once the quotes are off ("X’ Y’") have no key to compare
    or count the name by: no candidate of the learnt reader, and the draft is still made."""
    text = f"{opening}\n\nMr. President,\n\nWe met in Amsel on 3 May 2009.\n"
    assert speaker_candidates(text) == []
    result = extract_event(text, source_name="quotes.txt")
    assert result.findings.header.found_by.get("speaker") != "learnt" and "Amsel" in result.yaml
