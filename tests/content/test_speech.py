"""generator.content.speech: header, salutations and numbered paragraphs of a statement."""

from __future__ import annotations

import re

import pytest
from helpers import CONTENT, DEFAULT_EVENT, EVENT, REPO, assert_ok, make_project, minimal_event, run_cli
from lxml import html as lxml_html

from generator.content.speech import normalise_space, parse_speech, read_speech
from generator.errors import ContentError

SHIPPED = CONTENT / DEFAULT_EVENT / "speech.txt"


@pytest.fixture(scope="module")
def raw() -> str:
    return SHIPPED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def speech():
    return read_speech(SHIPPED)


def _raw_blocks(text: str) -> list[list[str]]:
    return [b.splitlines() for b in re.split(r"\n\s*\n", text.strip())]


# -- the shipped statement --------------------------------------------------


def test_shipped_speech_has_18_paragraphs(speech):
    assert [p.number for p in speech.paragraphs] == list(range(1, 19))


def test_header_is_everything_before_the_first_salutation(speech, raw):
    blocks = _raw_blocks(raw)
    first_salutation = next(i for i, b in enumerate(blocks) if b[0].strip() == "Mr. Minister Kantathi,")
    expected = [normalise_space(line) for b in blocks[:first_salutation] for line in b]
    assert speech.header == expected
    assert speech.header[0] == "(Check against delivery)"
    assert speech.opening == [normalise_space(line) for line in blocks[first_salutation]]


def test_salutations_are_not_paragraphs(speech, raw):
    salutations = [
        line.strip()
        for line in raw.splitlines()
        if line.strip() in ("Mr. Minister Kantathi,", "Ladies and Gentlemen,", "Mr. Minister,")
    ]
    assert len(salutations) == 3
    texts = [p.plain_text() for p in speech.paragraphs]
    for salutation in salutations:
        assert salutation not in texts
    # The one inside the body is printed before the paragraph that follows it.
    (carrier,) = [p for p in speech.paragraphs if p.salutation]
    assert carrier.salutation == "Mr. Minister,"
    following = raw.split("Mr. Minister,\n", 1)[1].strip().splitlines()[0]
    assert carrier.plain_text() == normalise_space(following)


def test_prose_paragraphs_keep_their_text_and_line(speech, raw):
    lines = raw.splitlines()
    for para in speech.paragraphs:
        if para.kind == "text":
            assert normalise_space(lines[para.source_line - 1]) == para.text


def test_bullets_are_paragraphs_with_nesting(speech, raw):
    top = [line for line in raw.splitlines() if re.match(r"^ {1,3}•", line)]
    nested = [line for line in raw.splitlines() if re.match(r"^ {4,}•", line)]
    items = [p for p in speech.paragraphs if p.kind == "item"]
    assert [p.item.text for p in items] == [normalise_space(line.lstrip(" •")) for line in top]
    children = [c for p in items for c in p.item.children]
    assert [c.text for c in children] == [normalise_space(line.lstrip(" •")) for line in nested]
    assert all(c.level == 1 for c in children)
    # Both nested bullets belong to the first bullet, the one they follow.
    assert len(items[0].item.children) == len(nested) == 2
    assert items[0].number == 8


def test_eg_quote_belongs_to_its_bullet(speech, raw):
    quote_line = next(line for line in raw.splitlines() if line.strip().startswith("e.g."))
    (para,) = [p for p in speech.paragraphs if p.kind == "item" and p.item.notes]
    assert para.item.notes == [normalise_space(quote_line)]
    # ...the bullet just above it in the file.
    before = raw.split(quote_line)[0].strip().splitlines()[-1]
    assert para.item.text == normalise_space(before.lstrip(" •"))
    assert para.number == 9
    assert "vital core of all human lives" in para.plain_text()


def test_meetings_list_is_one_lines_paragraph(speech, raw):
    after = raw.split("on the occasions of the following meetings:\n", 1)[1]
    meetings = after.strip().split("\n\n", 1)[0].splitlines()
    assert len(meetings) == 5
    (para,) = [p for p in speech.paragraphs if p.kind == "lines"]
    assert para.lines == [normalise_space(m) for m in meetings]
    assert para.number == 13
    assert para.plain_text() == " ".join(para.lines)


def test_back_to_index_is_dropped(raw):
    with_nav = raw.rstrip("\n") + "\n\nBack to Index"
    speech = parse_speech(with_nav)
    assert len(speech.paragraphs) == 18
    assert all("Back to Index" not in p.plain_text() for p in speech.paragraphs)


# -- rules on small statements ----------------------------------------------


@pytest.mark.parametrize(
    "salutation",
    [
        "Mr. Chairman,",
        "Madam President,",
        "Ladies and Gentlemen,",
        "Distinguished delegates,",
        "Dear colleagues,",
        "Your Excellency,",
        "Excellencies,",
        "Excellency,",
        "Good afternoon ladies and gentlemen,",
        "Good morning, Excellencies,",
    ],
)
def test_salutations_open_the_statement(salutation):
    speech = parse_speech(f"A Statement\n\n{salutation}\n\nFirst point.\n\n{salutation}\n\nSecond point.\n")
    assert speech.header == ["A Statement"]
    assert speech.opening == [salutation]
    assert [(p.text, p.salutation) for p in speech.paragraphs] == [
        ("First point.", None),
        ("Second point.", salutation),
    ]


def test_an_addressee_list_opens_the_statement():
    """Addressee lines as statements type them: long, ending with ",", ";", "." or nothing, the last with ","."""
    addressees = [
        "Your Majesty, King Tomas III, Chairperson of the Organ on Politics, Defence and Security Cooperation "
        "of the Basin Community,",
        "Your Excellencies Heads of State and Government and Esteemed Guests.",
        "Your Excellency Dr Lena Kost, Chairperson of the Basin Commission;",
        "Honourable Ministers",
        "Distinguished Guests, Ladies and Gentlemen,",
    ]
    speech = parse_speech("Statement by the President\n\n" + "\n".join(addressees) + "\n\nFirst point.\n")
    assert speech.header == ["Statement by the President"]
    assert speech.opening == addressees
    assert [p.text for p in speech.paragraphs] == ["First point."]


def test_a_sentence_after_an_address_is_not_a_salutation():
    text = (
        "A Statement\n\nMr. President, I thank you for the floor.\nDistinguished delegates,\n\nFirst point.\n"
    )
    assert parse_speech(text).opening == []


def test_boilerplate_variants_are_dropped():
    text = "Dear friends,\n\nOne.\n\nBack to Top\n\nTwo.\n\nPrint this page\n\nreturn to top\n"
    assert [p.text for p in parse_speech(text).paragraphs] == ["One.", "Two."]


def test_statement_without_salutation_is_all_body():
    speech = parse_speech("First point.\n\nSecond point.\n")
    assert speech.header == [] and speech.opening == []
    assert [p.text for p in speech.paragraphs] == ["First point.", "Second point."]


def test_deep_nesting_and_wrapped_bullet_lines():
    text = "Mr. Chairman,\n\n- top one\n  continues here\n    - child\n        - grandchild\n- top two\n"
    speech = parse_speech(text)
    first, second = (p.item for p in speech.paragraphs)
    assert first.text == "top one continues here"
    assert [c.text for c in first.children] == ["child"]
    assert [g.text for g in first.children[0].children] == ["grandchild"]
    assert first.children[0].children[0].level == 2
    assert second.text == "top two" and second.children == []
    assert first.plain_text() == "top one continues here child grandchild"


def test_short_lines_versus_wrapped_prose():
    long_line = "word " * 30
    text = f"Mr. Chairman,\n\nshort one\nshort two\n\n{long_line}\nand the rest.\n"
    short, prose = parse_speech(text).paragraphs
    assert (short.kind, short.lines) == ("lines", ["short one", "short two"])
    assert (prose.kind, prose.text) == ("text", normalise_space(long_line + " and the rest."))


def test_unindented_block_after_bullet_is_a_new_paragraph():
    text = "Mr. Chairman,\n\n• a bullet\n\n    e.g. a note\n\nBack to prose.\n"
    item, prose = parse_speech(text).paragraphs
    assert item.item.notes == ["e.g. a note"]
    assert (prose.number, prose.text) == (2, "Back to prose.")


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_bytes("\ufeffMr. Chair,\r\n\r\nOne.\r\n\r\nTwo.\r\n".encode("utf-8"))
    speech = read_speech(path)
    assert speech.opening == ["Mr. Chair,"]
    assert [(p.text, p.source_line) for p in speech.paragraphs] == [("One.", 3), ("Two.", 5)]


def test_not_utf8_is_a_content_error_with_line(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_bytes("Mr. Chair,\n\nOne.\n\nCaf\xe9.\n".encode("cp1252"))
    with pytest.raises(ContentError) as info:
        read_speech(path)
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == (path, 5)


def test_paragraph_lookup_bounds(speech):
    assert speech.paragraph(0) is None
    assert speech.paragraph(len(speech.paragraphs) + 1) is None
    assert speech.paragraph(1) is speech.paragraphs[0]


# -- the annex prints what the paragraphs hold -------------------------------


def test_annex_prints_every_nested_bullet(tmp_path):
    speech = (
        "Mr. Chairman,\n\n"
        "- We propose a forum.\n"
        "    - It is open to all.\n"
        "        - Observers are welcome as well.\n"
        "\n"
        "Thank you.\n"
    )
    event = minimal_event()
    event["key_messages"][0].update(cite=1, evidence="Observers are welcome as well")
    root = make_project(tmp_path, {f"content/{EVENT}/speech.txt": speech}, event=event)
    assert_ok(run_cli(["build", "-j", "1", "-f", "html", "-d", "briefing-pack"], project=root))
    page = lxml_html.parse(str(root / "build" / EVENT / "briefing-pack.html")).getroot()
    (para,) = page.xpath('//*[@id="para-1"]')
    text = normalise_space(para.text_content())
    # The citation's evidence must be readable in the annex it points to.
    for words in ("We propose a forum.", "It is open to all.", "Observers are welcome as well."):
        assert words in text


def test_shipped_speech_is_the_published_statement():
    # content/ keeps the statement as published, less the web page's navigation.
    published = REPO.parent / "shared" / "speech" / "000_a70140934a302f9f.txt"
    if not published.is_file():
        pytest.skip("the published statement is not beside the project")
    ours = read_speech(SHIPPED)
    theirs = read_speech(published)
    assert [p.plain_text() for p in ours.paragraphs] == [p.plain_text() for p in theirs.paragraphs]
