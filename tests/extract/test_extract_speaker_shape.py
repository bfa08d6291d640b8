"""A speaker is printed only when its shape is one person's name (generator/extract/person.py).

On statements the rules had not seen, the wrong speakers printed were a country ("Statement by the
Netherlands"), an office, a title's fragment, one of several ministers, a name run on into its occasion,
a surname where the text gives the whole name. The statements here are invented, in those shapes.
"""

from __future__ import annotations

import pytest
from extract_helpers import held

from generator.extract import extract_event
from generator.extract.person import not_a_person, surname_alone

BODY = (
    "Mr. Chairman,\n\n"
    "The rivers of the basin need common rules, and my Government will work with all partners for them "
    "this year.\n\n"
    "We thank the hosts of this meeting for their warm welcome and their care.\n"
)


def _speaker(top: str, body: str = BODY):
    r = extract_event(top + BODY + body, source_name="shape.txt")
    return r.data["speech"]["speaker"]["name"], r


@pytest.mark.parametrize(
    "top",
    [
        "Remarks by Chile at the Basin Forum\nLindhaven, 4 May 2010\n\n",
        "Statement by the Netherlands\nLindhaven, 4 May 2010\n\n",
        "Statement delivered by Chile\nLindhaven, 4 May 2010\n\n",
    ],
)
def test_a_country_that_delivers_a_statement_is_not_its_speaker(top):
    name, r = _speaker(top)
    assert name == "TO CHECK: speaker's name"  # not held either: a country is nobody to check
    assert "speaker" not in r.findings.header.candidates
    assert str(r.data["event"]["date"]) == "2010-05-04"  # the rest of the header is still read


def test_a_name_run_on_into_its_occasion_is_held_as_a_candidate():
    name, r = _speaker("Address Oskar Lind Basin Council 7 Meeting 2011\n\n")
    assert held(name) == "Oskar Lind Basin"
    assert "runs on into the title" in name
    assert any("speech.speaker.name" in t and "not sure" in t for t in r.todo)


def test_the_first_word_of_a_bodys_name_is_nobody():
    name, r = _speaker("Statement by the Arctic Council Chairmanship\n12 May 2010\n\n")
    assert name == "TO CHECK: speaker's name" and "speaker" not in r.findings.header.candidates


def test_a_surname_alone_is_held_when_the_text_gives_the_whole_name():
    top = "Remarks by Minister Lind at the Basin Forum\nLindhaven, 4 May 2010\n\n"
    name, _ = _speaker(top, "\nAs Oskar Lind said last year, the basin is one.\n")
    assert held(name) == "Lind" and "a surname alone" in name
    # named only so, after the role, the surname is how the text names the speaker: printed
    name, _ = _speaker(top)
    assert name == "Lind"


@pytest.mark.parametrize(
    ("value", "role", "why"),
    [
        ("H.E.", None, "a title without a name"),
        ("His Excellency", None, "a title without a name"),
        ("Permanent Representative", None, "an office without a name"),
        ("DEMOCRATIC REPUBLIC OF NORLAND", None, "a body, an office or a meeting, not a person"),
        ("INFORMATION AND PRESS DEPARTMENT", None, "a body, an office or a meeting, not a person"),
        ("Basin Union", None, "a body, an office or a meeting, not a person"),
        ("Oskar Lind and Lena Kost", None, "several people"),
        ("Oskar Lind", "Foreign Ministers, Lena Kost and Amal Orr", "several people"),
        ("With Estravian", None, "part of a title, not a name"),
        ("Kenya", None, "a country's name"),
        ("J’ K’", None, "initials alone, not a name"),
        ("J. K.", None, "initials alone, not a name"),
    ],
)
def test_values_that_are_not_one_persons_name(value, role, why):
    assert not_a_person(value, role) == why


@pytest.mark.parametrize(
    "value",
    [
        "Oskar Lind",
        "Miguel d'Estora Brandt",
        "Hamad bin Khalid Al-Nasser",
        "KANG Min-soo",
        "A. K. Abdul Karim",
        "Luiz Inácio Rocha da Silva",
        "Jaap de Hoop Brink",
        "Lena Kost",
        "Lubna bint Khalid Al Qasimi",
        "Gerard ter Horst",
        "Karl-Theodor zu Guttenberg",
        "Mohamed ould Abdel Aziz",
        "U Nyan Win",
        "Li Yu",
        "J. K. Lind",
    ],
)
def test_names_of_every_shape_are_people(value):
    assert not_a_person(value, "Minister of Inland Affairs") is None


@pytest.mark.parametrize(
    ("top", "name"),
    [
        (
            "Statement by H.E. Sheikha Lubna bint Khalid Al Qasimi, Minister of Foreign Trade",
            "Lubna bint Khalid Al Qasimi",
        ),
        ("Speech by Gerard ter Horst, Minister of the Interior", "Gerard ter Horst"),
        (
            "Statement by H.E. Mr. Mohamed ould Abdel Aziz, President of the Republic",
            "Mohamed ould Abdel Aziz",
        ),
        ("Address by Karl-Theodor zu Guttenberg, Minister of Defence", "Karl-Theodor zu Guttenberg"),
    ],
)
def test_a_lower_case_particle_does_not_cut_the_name(top, name):
    assert _speaker(top + "\nNew York, 4 May 2010\n\n")[0] == name


def test_one_word_that_begins_a_longer_name_is_held():
    assert surname_alone("Mohamed", "Statement by H.E. Mr. Mohamed ould Abdel Aziz, President")
    assert not surname_alone("Cannon", "Address by Minister Cannon at the Forum. Cannon said")
    assert not surname_alone("Ashton", "VP Ashton Says the Union Is Ready")


def test_a_surname_after_a_role_or_an_office_abbreviation():
    assert not surname_alone("Kost", "Address by VP Kost to the Basin Assembly")
    assert not surname_alone("Oskar Lind", "Statement by Oskar Lind")
    assert surname_alone("Basinnews", "By Basinnews")  # one word, never after a role or a style
