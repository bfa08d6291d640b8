"""Document types are configuration: a template plus a documents.toml entry, no Python."""

from __future__ import annotations

import re

import pytest
from customise_helpers import build, docx_text, formats, needs_docx, project
from helpers import EVENT, assert_ok, normalise, pdf_pages, run_cli

from generator.config.documents import load_documents
from generator.config.paths import builtin_templates

AGENDA = """\
{% extends "base.html.j2" %}
{% from "_macros.html.j2" import doc_head with context %}
{% block article %}
{{ doc_head(doc.title) }}
<h2 id="{{ doc.id }}-items">Order of the day</h2>
<ol>
{% for item in timeline %}
  <li>{{ item.date | date }}: {{ item.title }}</li>
{% endfor %}
</ol>
{% endblock %}
"""
DOCUMENTS = """\
[documents.agenda]
title = "Agenda of the Day"
template = "documents/agenda.html.j2"
description = "What happens when."
pages = [1, 1]

[pack]
documents = ["agenda", "briefing-note"]
"""


@pytest.fixture(scope="module")
def with_agenda(tmp_path_factory):
    root = project(
        tmp_path_factory.mktemp("doctype"),
        {
            f"content/{EVENT}/documents.toml": DOCUMENTS,
            f"content/{EVENT}/templates/documents/agenda.html.j2": AGENDA,
        },
    )
    return build(root, "-d", "agenda", "-d", "briefing-pack", *formats("pdf", "docx", "html"))


def _contents_entries(pack_pdf) -> list[tuple[str, int]]:
    """(title, page) of each line of the pack's contents page."""
    (page,) = [p for p in pdf_pages(pack_pdf) if p.lstrip().startswith("Contents")]
    return [(normalise(m[1]), int(m[2])) for m in re.finditer(r"^(\S.*?)\s*\.{3,}\s*(\d+)\s*$", page, re.M)]


def test_extra_document_type_builds_as_pdf(with_agenda):
    pages = pdf_pages(with_agenda / "agenda.pdf")
    assert len(pages) == 1
    text = normalise(pages[0])
    assert "Agenda of the Day" in text and "Order of the day" in text
    assert "September 2005: Summit adopts the outcome document" in text


@needs_docx
def test_extra_document_type_builds_as_docx(with_agenda):
    text = docx_text(with_agenda / "agenda.docx")
    assert "Agenda of the Day" in text and "Summit adopts the outcome document" in text


def test_extra_document_type_is_in_the_pack_contents(with_agenda):
    entries = _contents_entries(with_agenda / "briefing-pack.pdf")
    assert [title for title, _ in entries][:2] == ["Agenda of the Day", "Briefing Note"]
    agenda_page = dict(entries)["Agenda of the Day"]
    assert "Agenda of the Day" in normalise(pdf_pages(with_agenda / "briefing-pack.pdf")[agenda_page - 1])


@needs_docx
def test_extra_document_type_is_in_the_docx_pack(with_agenda):
    text = docx_text(with_agenda / "briefing-pack.docx")
    assert text.count("Agenda of the Day") >= 2  # the contents list and the document's title


def test_unknown_document_in_the_pack_order_is_refused(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/documents.toml": '[pack]\ndocuments = ["agenda"]\n'})
    result = run_cli(["build", "-f", "html"], project=root)
    assert result.exit_code == 2, result.output
    assert "pack.documents names agenda, which is not a document" in result.output
    assert f"content/{EVENT}/documents.toml" in result.output
    assert not (root / "build").exists()


# -- the shipped speaker card ---------------------------------------------------------


def test_speaker_card_is_built_in_but_not_in_the_default_pack():
    docs = load_documents([builtin_templates() / "documents.toml"])
    assert docs.documents["speaker-card"].template == "documents/speaker_card.html.j2"
    assert docs.documents["speaker-card"].pages == (1, 2)
    assert "speaker-card" not in docs.pack.documents


def test_list_shows_the_speaker_card(tmp_path):
    output = assert_ok(run_cli(["list"], project=project(tmp_path)))
    assert re.search(r"^\s+speaker-card\s+Speaker Card \(documents/speaker_card\.html\.j2\)$", output, re.M)


def test_speaker_card_pdf(demo):
    pages = pdf_pages(demo("speaker-card.pdf"))
    assert 1 <= len(pages) <= 2
    text = normalise(" ".join(pages)).casefold()
    for expected in (
        "Speaker Card",
        "Open with",
        "Madam Chair,",
        "Talking points",
        "We ask you to endorse the Compact in principle today.",
        "Request to the meeting",
        "Names and abbreviations",
        'Said "DRAY-ven-port".',
    ):
        assert expected.casefold() in text, expected


@needs_docx
def test_speaker_card_docx(demo):
    text = docx_text(demo("speaker-card.docx"))
    assert "Speaker Card" in text and "We ask you to endorse the Compact in principle today." in text


def test_demo_pack_puts_the_speaker_card_first(demo):
    titles = [title for title, _ in _contents_entries(demo("briefing-pack.pdf"))]
    assert titles[:4] == ["Speaker Card", "Briefing Note", "Fact Sheet", "Meeting Timeline"]


@pytest.mark.slow
def test_no_talking_point_of_the_a5_speaker_card_is_split_across_pages(tmp_path):
    """At the lectern a point turned over mid-sentence is lost: the shipped card on A5 split point 7."""
    import shutil

    from helpers import CONTENT, DEFAULT_EVENT, make_project
    from lxml import html as lxml_html

    root = make_project(tmp_path)
    shutil.copytree(CONTENT / DEFAULT_EVENT, root / "content" / DEFAULT_EVENT)
    args = ["build", DEFAULT_EVENT, "-d", "speaker-card", "--paper", "a5", "-f", "pdf", "-f", "html"]
    assert_ok(run_cli(args, project=root))
    out = root / "build" / DEFAULT_EVENT
    page = lxml_html.fromstring((out / "speaker-card.a5.html").read_bytes())
    points = [
        normalise(li.text_content()) for li in page.xpath("//ol[contains(@class, 'speaker-points')]/li")
    ]
    pages = [normalise(text) for text in pdf_pages(out / "speaker-card.a5.pdf")]
    assert len(points) >= 5 and len(pages) >= 2
    for point in points:
        words = point.split()
        head, tail = " ".join(words[:4]), " ".join(words[-6:-1])
        assert any(head in text and tail in text for text in pages), point
