"""The built-in templates through the DOCX writer: the shipped event, built with --strict."""

from __future__ import annotations

import shutil

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx_helpers import NS, W
from helpers import CONTENT, DEFAULT_EVENT, assert_ok, run_cli


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    root = tmp_path_factory.mktemp("docx") / "project"
    shutil.copytree(CONTENT / DEFAULT_EVENT, root / "content" / DEFAULT_EVENT)
    # --strict: any element the writer would only warn about fails the build.
    assert_ok(run_cli(["build", "-f", "docx", "--strict", "-j", "1", DEFAULT_EVENT], project=root))
    return root / "build" / DEFAULT_EVENT


def test_every_document_opens_with_word_headings(out):
    files = sorted(out.glob("*.docx"))
    assert len(files) >= 4
    for path in files:
        document = docx.Document(str(path))
        styles = [p.style.name for p in document.paragraphs]
        # A document's title is Document Title (its head's own style, based on Heading 1).
        assert any(s in ("Heading 1", "Document Title", "Speaker Document Title", "Title") for s in styles), (
            path.name
        )
        footer = document.sections[-1].footer._element
        assert [t.text.strip() for t in footer.iter(f"{{{W}}}instrText")] == ["PAGE", "NUMPAGES"]


def test_pack_has_contents_fields_and_a_section_per_part(out):
    document = docx.Document(str(out / "briefing-pack.docx"))
    body = document.element.body
    assert [t.text.split()[0] for t in body.iter(f"{{{W}}}instrText")] == ["PAGEREF"] * 4 + ["SEQ"]
    h1 = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Document Title")]
    # The cover, the contents (a TOC Heading), then each document and the annex
    # (one Heading 1 each): every part begins a new page with its own header.
    sections = document.sections
    assert len(h1) >= 4
    assert len(sections) == 2 + len(h1)
    assert all(s.start_type == WD_SECTION.NEW_PAGE for s in sections[1:])
    titles = ["".join(t.text for t in s.header._element.iter(f"{{{W}}}t")) for s in sections]
    assert len(set(titles)) == len(titles)
    # Every citation link in the pack lands on a bookmark.
    anchors = {h.get(f"{{{W}}}anchor") for h in body.iter(f"{{{W}}}hyperlink")} - {None}
    bookmarks = {b.get(f"{{{W}}}name") for b in body.iter(f"{{{W}}}bookmarkStart")}
    assert anchors and anchors <= bookmarks


def test_timeline_graphic_is_a_picture(out):
    document = docx.Document(str(out / "timeline.docx"))
    assert len(document.inline_shapes) == 1
    assert document.tables[0]._tbl.find("w:tr/w:trPr/w:tblHeader", NS) is not None
