"""Promise 6: --pdf-standard pdf/a-3b (archival) and pdf/ua-1 (accessible, tagged).

The files are checked with pypdf: the XMP identification, the output intent,
embedded fonts, the structure tree with its headings, figure alternatives,
the document language and title. Missing alternative text is an error in
UA mode and nowhere else.
"""

from __future__ import annotations

import base64
from functools import cached_property
from pathlib import Path

import pytest
from helpers import EVENT, assert_ok, make_project, run_cli
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
from trust_helpers import FACT_SHEET, FACT_SHEET_WITH, PNG_1PX, Attack

PICTURE = "data:image/png;base64," + base64.b64encode(PNG_1PX).decode()
ALT = "A one-pixel test picture"
#: The fact sheet with a figure (alt text) and an inline graphic (aria-label).
WITH_FIGURES = FACT_SHEET_WITH.format(
    body=(
        f'<figure><img src="{PICTURE}" alt="{ALT}" width="20" height="20"><figcaption>Caption</figcaption></figure>'
        '<figure><svg viewBox="0 0 10 10" width="20" height="20" aria-label="A square">'
        '<rect width="10" height="10"/></svg></figure>'
    )
)


class Pdf:
    def __init__(self, path: Path):
        self.reader = PdfReader(path)
        self.root = self.reader.trailer["/Root"]

    @cached_property
    def xmp(self) -> str:
        return self.root["/Metadata"].get_object().get_data().decode("utf-8")

    @cached_property
    def structure(self) -> list[DictionaryObject]:
        """Every structure element, depth first."""
        found: list[DictionaryObject] = []

        def walk(node) -> None:
            node = node.get_object() if isinstance(node, IndirectObject) else node
            if isinstance(node, ArrayObject):
                for child in node:
                    walk(child)
            elif isinstance(node, DictionaryObject) and "/S" in node:
                found.append(node)
                if "/K" in node:
                    walk(node["/K"])

        walk(self.root["/StructTreeRoot"].get_object()["/K"])
        return found

    def roles(self) -> list[str]:
        return [str(el["/S"]) for el in self.structure]


@pytest.fixture(scope="module")
def standard_pdfs(tmp_path_factory) -> dict[str, Pdf]:
    """The fact sheet, with a figure, built once as PDF/A-3b and once as PDF/UA-1."""
    built = {}
    for standard in ("pdf/a-3b", "pdf/ua-1"):
        root = make_project(tmp_path_factory.mktemp(standard.replace("/", "-")), {FACT_SHEET: WITH_FIGURES})
        assert_ok(
            run_cli(
                ["build", "-j", "1", "-f", "pdf", "-d", "fact-sheet", "--pdf-standard", standard],
                project=root,
            )
        )
        built[standard] = Pdf(root / "build" / EVENT / "fact-sheet.pdf")
    return built


def test_pdf_a_3b_identifies_itself(standard_pdfs):
    pdf = standard_pdfs["pdf/a-3b"]
    assert 'pdfaid:part="3"' in pdf.xmp or "<pdfaid:part>3</pdfaid:part>" in pdf.xmp
    assert 'pdfaid:conformance="B"' in pdf.xmp or "<pdfaid:conformance>B</pdfaid:conformance>" in pdf.xmp


def test_pdf_a_3b_has_an_output_intent_and_embedded_fonts(standard_pdfs):
    pdf = standard_pdfs["pdf/a-3b"]
    intents = pdf.root["/OutputIntents"]
    assert any(
        str(i.get_object()["/S"]) == "/GTS_PDFA1" and "/DestOutputProfile" in i.get_object() for i in intents
    )
    assert not pdf.reader.is_encrypted
    for page in pdf.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for f in descendants:
                descriptor = f.get_object()["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font


def test_pdf_ua_1_identifies_itself_and_is_tagged(standard_pdfs):
    pdf = standard_pdfs["pdf/ua-1"]
    assert 'pdfuaid:part="1"' in pdf.xmp or "<pdfuaid:part>1</pdfuaid:part>" in pdf.xmp
    assert pdf.root["/MarkInfo"]["/Marked"] is True or pdf.root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert "/StructTreeRoot" in pdf.root
    assert str(pdf.root["/Lang"]) == "en"
    assert pdf.root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert "<dc:title>" in pdf.xmp and "Fact Sheet" in pdf.xmp


def test_pdf_ua_1_tags_headings_in_order(standard_pdfs):
    roles = standard_pdfs["pdf/ua-1"].roles()
    headings = [r for r in roles if r in ("/H1", "/H2", "/H3", "/H4")]
    assert headings[0] == "/H1" and headings.count("/H1") == 1, headings
    assert "/H2" in headings
    assert {"/P", "/L", "/LI", "/Table"} <= set(roles)


def test_pdf_ua_1_figures_carry_their_alternative_text(standard_pdfs):
    figures = [el for el in standard_pdfs["pdf/ua-1"].structure if str(el["/S"]) == "/Figure"]
    assert figures, "no /Figure in the structure tree"
    alts = {str(el.get("/Alt", "")) for el in figures}
    assert ALT in alts and "A square" in alts, alts


@pytest.mark.parametrize(
    "body,says",
    [
        pytest.param(f'<img src="{PICTURE}">', "has no alt text", id="img-without-alt"),
        pytest.param(f'<img src="{PICTURE}" alt="  ">', "has no alt text", id="img-with-blank-alt"),
        pytest.param(
            '<svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
            "neither aria-label nor <title>",
            id="svg-without-label",
        ),
    ],
)
def test_pdf_ua_1_refuses_a_picture_without_alternative(attacked: Attack, body, says):
    attacked.write({FACT_SHEET: FACT_SHEET_WITH.format(body=body)})
    result = attacked.build("-f", "pdf", "-d", "fact-sheet", "--pdf-standard", "pdf/ua-1")
    attacked.refused(result, 4, "documents/fact_sheet.html.j2", "PDF/UA", says)
    # The same document is fine when no accessibility standard is asked for.
    assert_ok(attacked.build("-f", "pdf", "-d", "fact-sheet"))
