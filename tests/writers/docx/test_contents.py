"""The pack's contents in Word: the PDF's entries, with the PDF's page numbers already stored."""

from __future__ import annotations

import re

import docx
import pytest
from docx_helpers import W
from helpers import DEFAULT_EVENT, assert_ok, make_project, run_cli
from pypdf import PdfReader

pytestmark = pytest.mark.slow

PACK = "briefing-pack"


def pdf_contents(path) -> list[tuple[str, str]]:
    """(entry, page) from the text of the PDF's contents page."""
    text = PdfReader(str(path)).pages[1].extract_text()
    return re.findall(r"^(\S.*?)\s*\.{3,}\s*(\d+)\s*$", text, flags=re.M)


def docx_contents(path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    return [tuple(p.text.split("\t")) for p in document.paragraphs if p.style.name == "toc 1"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("contents"), copy_content=True)


def test_stored_page_numbers_are_the_pdfs(project):
    # Rendered in worker processes (the DOCX is submitted once its PDF is back).
    assert_ok(
        run_cli(
            ["build", DEFAULT_EVENT, "-d", PACK, "-f", "docx", "-f", "pdf", "--force", "-j", "2"],
            project=project,
        )
    )
    out = project / "build" / DEFAULT_EVENT
    expected = pdf_contents(out / f"{PACK}.pdf")
    assert len(expected) == 4 and expected[-1][0].startswith("Annex:")
    assert docx_contents(out / f"{PACK}.docx") == expected


def test_in_process_and_eager_builds_store_them_too(project):
    from generator.config.project import Project
    from generator.pipeline.build import build_project
    from generator.pipeline.options import BuildOptions

    out = project / "build" / DEFAULT_EVENT
    for eager in (False, True):
        options = BuildOptions(formats=("docx", "pdf"), documents=(PACK,), force=True, workers=0, eager=eager)
        build_project(Project(root=project), options)
        assert docx_contents(out / f"{PACK}.docx") == pdf_contents(out / f"{PACK}.pdf")


def test_entries_descriptions_and_fields(tmp_path):
    project = make_project(tmp_path, copy_content=True)
    assert_ok(run_cli(["build", DEFAULT_EVENT, "-d", PACK, "-f", "docx", "--force"], project=project))
    document = docx.Document(str(project / "build" / DEFAULT_EVENT / f"{PACK}.docx"))
    entries = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name in ("toc 1", "Contents Description")
    ]
    assert [style for style, _ in entries] == ["toc 1", "Contents Description"] * 4
    # Without a PDF in the same build, no page number is guessed: Word fills them in.
    assert [text.split("\t")[1] for style, text in entries if style == "toc 1"] == [""] * 4
    assert entries[1][1] == "Background, position, proposal and asks for the delegation."
    body = document.element.body
    refs = [t.text.split()[1] for t in body.iter(f"{{{W}}}instrText") if t.text.split()[0] == "PAGEREF"]
    bookmarks = {b.get(f"{{{W}}}name") for b in body.iter(f"{{{W}}}bookmarkStart")}
    assert len(refs) == 4 and set(refs) <= bookmarks
    # A dot leader to a right tab at the text width, as the PDF's leader().
    tab = document.styles["toc 1"].element.find(f"{{{W}}}pPr/{{{W}}}tabs/{{{W}}}tab")
    assert tab.get(f"{{{W}}}leader") == "dot" and tab.get(f"{{{W}}}val") == "right"


def test_a_docx_built_alone_takes_the_pages_of_the_current_pdf_only(project):
    out = project / "build" / DEFAULT_EVENT
    assert_ok(run_cli(["build", DEFAULT_EVENT, "-d", PACK, "-f", "pdf", "--force"], project=project))
    assert_ok(run_cli(["build", DEFAULT_EVENT, "-d", PACK, "-f", "docx", "--force"], project=project))
    assert docx_contents(out / f"{PACK}.docx") == pdf_contents(out / f"{PACK}.pdf")
    # Once the content changes, the PDF in build/ is not this DOCX's: no page number is guessed.
    event = project / "content" / DEFAULT_EVENT / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert_ok(run_cli(["build", DEFAULT_EVENT, "-d", PACK, "-f", "docx", "--force"], project=project))
    assert [page for _, page in docx_contents(out / f"{PACK}.docx")] == [""] * 4
