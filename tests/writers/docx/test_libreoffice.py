"""LibreOffice as the DOCX's client: every document of every shipped event lays out in about
as many pages as its PDF (within one page, or a fifth of a long one)."""

from __future__ import annotations

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
    converted = root / "libreoffice"
    for event in EVENTS:
        sources = sorted((root / "build" / event).glob("*.docx"))
        subprocess.run(
            [
                OFFICE,
                "--headless",
                f"-env:UserInstallation=file://{root}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                str(converted / event),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return root


@pytest.mark.parametrize("event", EVENTS)
def test_page_counts_match_the_pdf(built, event):
    pdfs = sorted((built / "build" / event).glob("*.pdf"))
    assert len(pdfs) >= 5
    counts = {}
    for pdf in pdfs:
        weasyprint = len(PdfReader(pdf).pages)
        libreoffice = len(PdfReader(built / "libreoffice" / event / pdf.name).pages)
        counts[pdf.stem] = (weasyprint, libreoffice)
    far = {doc: c for doc, c in counts.items() if abs(c[1] - c[0]) > max(1, 0.2 * c[0])}
    assert not far, f"(PDF pages, LibreOffice pages) differ too much: {far}"
