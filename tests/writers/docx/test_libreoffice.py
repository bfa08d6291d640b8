"""LibreOffice as the DOCX's client: every document of every shipped event opens, shows its title and
its event's name, and lays out in about as many pages as its PDF (within one page, or a fifth of a
long one)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from helpers import CONTENT, assert_ok, make_project, run_cli
from pypdf import PdfReader

pytestmark = pytest.mark.slow

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
EVENTS = sorted(p.name for p in CONTENT.iterdir() if (p / "event.yaml").is_file())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if not OFFICE:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer)")
    root = make_project(tmp_path_factory.mktemp("libreoffice"), copy_content=True)
    assert_ok(run_cli(["build", "-f", "pdf", "-f", "docx"], project=root))
    # One LibreOffice start for every file (its start-up is most of a conversion's time): the files
    # are copied under names unique across events.
    flat = root / "docx"
    flat.mkdir()
    for event in EVENTS:
        for source in (root / "build" / event).glob("*.docx"):
            shutil.copyfile(source, flat / f"{event}--{source.name}")
    subprocess.run(
        [
            OFFICE,
            "--headless",
            f"-env:UserInstallation=file://{root}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(root / "libreoffice"),
            *map(str, sorted(flat.iterdir())),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return root


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


@pytest.mark.parametrize("event", EVENTS)
def test_page_counts_and_titles_match_the_pdf(built, event):
    pdfs = sorted((built / "build" / event).glob("*.pdf"))
    assert len(pdfs) >= 5
    counts = {}
    for pdf in pdfs:
        ours = PdfReader(pdf)
        theirs = PdfReader(built / "libreoffice" / f"{event}--{pdf.name}")
        counts[pdf.stem] = (len(ours.pages), len(theirs.pages))
        # The PDF's title is "Document — Event": both halves are in the text LibreOffice laid out.
        text = letters(" ".join(page.extract_text() for page in theirs.pages))
        for part in str(ours.metadata.title).split(" — "):
            assert letters(part) in text, (pdf.stem, part)
    far = {doc: c for doc, c in counts.items() if abs(c[1] - c[0]) > max(1, 0.2 * c[0])}
    assert not far, f"(PDF pages, LibreOffice pages) differ too much: {far}"
