"""Every output names one author: the theme's preparing office, never the speaker.

Each test builds a document in the three formats and opens each file: the
HTML's ``<meta name="author">`` (lxml), the PDF's document information
(pypdf) and the DOCX's core and extended properties (python-docx, the XML).
"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from helpers import EVENT, assert_ok, make_project, minimal_event, run_cli
from lxml import etree
from lxml import html as lxml_html
from pypdf import PdfReader

OFFICE = 'Policy & Planning "Unit" — Ministry'
EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def built(tmp_path, office: str | None) -> dict[str, object]:
    files = {}
    if office is not None:
        quoted = office.replace("\\", "\\\\").replace('"', '\\"')
        files[f"content/{EVENT}/theme.toml"] = f'[docx]\noffice = "{quoted}"\n'
    project = make_project(tmp_path, files)
    assert_ok(run_cli(["build", "-d", "fact-sheet", "-f", "html", "-f", "pdf", "-f", "docx"], project))
    folder = project / "build" / EVENT
    data = (folder / "fact-sheet.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        company = etree.fromstring(archive.read("docProps/app.xml")).find(f"{EXTENDED}Company")
    return {
        "html": lxml_html.parse(str(folder / "fact-sheet.html")).xpath(
            "//head/meta[@name='author']/@content"
        ),
        "pdf": PdfReader(folder / "fact-sheet.pdf").metadata.author,
        "docx": docx.Document(io.BytesIO(data)).core_properties,
        "company": None if company is None else company.text,
    }


@pytest.mark.slow
def test_the_office_is_the_author_of_the_html_the_pdf_and_the_docx(tmp_path):
    speaker = minimal_event()["speech"]["speaker"]["name"]
    found = built(tmp_path, OFFICE)
    props = found["docx"]
    assert found["html"] == [OFFICE]
    assert found["pdf"] == OFFICE
    assert props.author == props.last_modified_by == found["company"] == OFFICE
    assert all(speaker not in text for text in (found["html"][0], found["pdf"], props.author))


@pytest.mark.slow
def test_without_an_office_no_output_names_an_author(tmp_path):
    """Not the speaker either, as the HTML and the PDF did before the office was theirs too."""
    found = built(tmp_path, None)
    props = found["docx"]
    assert found["html"] == []
    assert not found["pdf"]
    assert props.author == props.last_modified_by == "" and not found["company"]
