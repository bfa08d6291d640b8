"""Hostile files a writer reads (pictures, the reference .docx): one located error each.

Each used to end in a traceback, or in a wrong diagnosis ("out of memory",
"a very long table"): an SVG with XML entities reached CairoSVG's parser, an
lxml error from a worker could not be pickled back to the build, a picture
too tall for cairo was reported as memory. Each must now stop the build with
a message naming the template or the file and what is wrong, write nothing,
and read nothing outside the project.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from helpers import EVENT
from trust_helpers import Attack, plant_reference_docx

TEMPLATE = "documents/fact_sheet.html.j2"
DOCX = ("-f", "docx", "-d", "fact-sheet")
PDF = ("-f", "pdf", "-d", "fact-sheet")

SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'


def _svg_with_doctype(doctype: str, body: str) -> str:
    return f'<?xml version="1.0"?>\n<!DOCTYPE svg [{doctype}]>\n{SVG_HEAD}{body}</svg>\n'


def _laughs() -> str:
    entities = ['<!ENTITY a "lollollollollol">']
    for i, name in enumerate("bcdefghij"):
        prev = "abcdefghij"[i]
        entities.append(f'<!ENTITY {name} "{("&" + prev + ";") * 10}">')
    return "".join(entities)


def _reference(a: Attack, part: str, change: Callable[[bytes], bytes]) -> None:
    plant_reference_docx(a, {part: change})


def _external_entity_styles(a: Attack) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        doctype = f'<!DOCTYPE w:styles [<!ENTITY e SYSTEM "{a.canary_url("canary.txt")}">]>'
        return data.replace(b"?>", b"?>" + doctype.encode(), 1).replace(
            b"</w:styles>",
            b'<w:style w:type="paragraph" w:styleId="Leak">'
            b'<w:name w:val="Leak"/><w:rPr><w:rFonts w:ascii="&e;"/></w:rPr></w:style></w:styles>',
        )

    return change


def _amplified_styles(data: bytes) -> bytes:
    doctype = f"<!DOCTYPE w:styles [{_laughs()}]>"
    return data.replace(b"?>", b"?>" + doctype.encode(), 1).replace(
        b"</w:styles>",
        b'<w:style w:type="paragraph" w:styleId="X"><w:name w:val="&j;"/></w:style></w:styles>',
    )


def _fifo_picture(a: Attack, name: str) -> None:
    os.mkfifo(a.event_dir / name)
    a.fact_sheet(f'<img src="{name}" alt="x">')


def _large_data_svg(a: Attack) -> None:
    # Nine million characters of base64: libxml2 cut the value at ten million,
    # and the DOCX writer then said "malformed base64".
    a.fact_sheet('<img src="data:image/svg+xml;base64,{{ "PHN2Zz48L3N2Zz4K" * 562500 }}" alt="x">')


@dataclass(frozen=True)
class Fault:
    plant: Callable[[Attack], None]
    args: tuple[str, ...]
    exit_code: int
    says: tuple[str, ...]


FAULTS = {
    "docx-svg-internal-entity": Fault(
        lambda a: (
            a.write(
                {
                    f"content/{EVENT}/map.svg": _svg_with_doctype(
                        '<!ENTITY name "Bangkok">', '<text x="0" y="15">&name;</text>'
                    )
                }
            ),
            a.fact_sheet('<img src="map.svg" alt="map">'),
        ),
        DOCX,
        3,
        (TEMPLATE, "map.svg", "entit"),
    ),
    "docx-svg-external-entity": Fault(
        lambda a: (
            a.write(
                {
                    f"content/{EVENT}/map.svg": _svg_with_doctype(
                        f'<!ENTITY leak SYSTEM "{a.canary_url("canary.txt")}">',
                        '<text x="0" y="15">&leak;</text>',
                    )
                }
            ),
            a.fact_sheet('<img src="map.svg" alt="map">'),
        ),
        DOCX,
        3,
        (TEMPLATE, "map.svg", "entit"),
    ),
    "docx-svg-billion-laughs": Fault(
        lambda a: (
            a.write(
                {f"content/{EVENT}/map.svg": _svg_with_doctype(_laughs(), '<text x="0" y="15">&j;</text>')}
            ),
            a.fact_sheet('<img src="map.svg" alt="map">'),
        ),
        DOCX,
        3,
        (TEMPLATE, "map.svg", "entit"),
    ),
    "docx-svg-too-tall-for-cairo": Fault(
        lambda a: (
            a.write({f"content/{EVENT}/map.svg": f'{SVG_HEAD}<rect width="4" height="4"/></svg>'}),
            a.fact_sheet('<img src="map.svg" alt="map" width="2" height="90000000">'),
        ),
        DOCX,
        3,
        (TEMPLATE, "map.svg", "pixels"),
    ),
    "docx-data-svg-over-the-attribute-limit": Fault(
        _large_data_svg, DOCX, 3, (TEMPLATE, "characters", "a file")
    ),
    "docx-svg-file-over-the-size-limit": Fault(
        lambda a: (
            a.write({f"content/{EVENT}/map.svg": f"{SVG_HEAD}<desc>{'x' * 9_000_000}</desc></svg>"}),
            a.fact_sheet('<img src="map.svg" alt="map">'),
        ),
        DOCX,
        3,
        (TEMPLATE, "map.svg", "bytes", "limited"),
    ),
    "docx-svg-that-crashes-librsvg": Fault(
        # An feConvolveMatrix of order 30: librsvg 2.54 panics and aborts the process drawing;
        # the build blamed the dead worker on memory and a long table.
        lambda a: a.fact_sheet(
            '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" aria-label="x">'
            '<filter id="f"><feConvolveMatrix order="30" kernelMatrix="'
            + " ".join(["1"] * 900)
            + '"/></filter><rect width="60" height="40" filter="url(#f)"/></svg>'
        ),
        DOCX,
        3,
        (TEMPLATE, "<svg>", "crashed"),
    ),
    "docx-fifo-picture": Fault(
        lambda a: _fifo_picture(a, "photo.png"), DOCX, 3, (TEMPLATE, "not a regular file")
    ),
    "pdf-fifo-picture": Fault(
        lambda a: _fifo_picture(a, "photo.png"), PDF, 4, (TEMPLATE, "photo.png", "regular file")
    ),
    "reference-docx-malformed-xml": Fault(
        lambda a: _reference(a, "word/styles.xml", lambda d: d[: len(d) // 2]),
        DOCX,
        4,
        ("ref.docx", "word/styles.xml"),
    ),
    "reference-docx-external-entity": Fault(
        lambda a: _reference(a, "word/styles.xml", _external_entity_styles(a)),
        DOCX,
        4,
        ("ref.docx", "word/styles.xml"),
    ),
    "reference-docx-entity-amplification": Fault(
        lambda a: _reference(a, "word/styles.xml", _amplified_styles),
        DOCX,
        4,
        ("ref.docx", "word/styles.xml"),
    ),
    "reference-docx-not-a-zip": Fault(
        lambda a: a.write(
            {
                f"content/{EVENT}/ref.docx": b"PK\x03\x04 not really a zip",
                f"content/{EVENT}/theme.toml": '[docx]\nreference = "ref.docx"\n',
            }
        ),
        DOCX,
        4,
        ("ref.docx",),
    ),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_hostile_file_is_one_located_error(attacked: Attack, name):
    fault = FAULTS[name]
    fault.plant(attacked)
    output = attacked.refused(attacked.build(*fault.args), fault.exit_code, *fault.says)
    assert "memory" not in output.lower() and "long table" not in output, output


def _schema(a: Attack, text: str) -> None:
    """A documents.toml naming a JSON Schema for the fact sheet's data."""
    a.write(
        {
            f"content/{EVENT}/fact.schema.json": text,
            f"content/{EVENT}/documents.toml": '[documents.fact-sheet]\nschema = "fact.schema.json"\n',
        }
    )


@pytest.mark.parametrize(
    "text,says",
    [
        pytest.param('{"$ref": "URL"}', "never fetches", id="schema-ref-to-the-network"),
        pytest.param('{"$ref": "CANARY"}', "never fetches", id="schema-ref-to-a-file-outside"),
        pytest.param('{"$ref": "#"}', "refers to itself", id="schema-ref-to-itself"),
        pytest.param('{"$ref": "#/nowhere"}', "cannot be resolved", id="schema-ref-to-nowhere"),
        pytest.param("[" * 5000 + "]" * 5000, "nested", id="schema-5000-deep"),
        pytest.param('{"items": ' * 600 + "{}" + "}" * 600, "nested", id="schema-600-deep"),
    ],
)
def test_a_hostile_data_schema_is_one_located_error(attacked: Attack, text, says):
    """A schema named by documents.toml: remote and file references are never fetched,
    endless or broken ones and deep nesting are located errors (each was a traceback)."""
    text = text.replace("URL", attacked.network.url("x.json"))
    text = text.replace("CANARY", attacked.canary_url("canary.txt"))
    _schema(attacked, text)
    attacked.refused(attacked.build("-f", "html", "-d", "fact-sheet"), 2, "fact.schema.json", says)


def test_a_schema_pattern_that_backtracks_is_stopped(attacked: Attack, monkeypatch):
    """A "pattern" of (a+)+$ against forty a's and a bang takes 2**40 steps: the
    check of the data runs under a time limit (shortened here) and names the schema."""
    from generator.config import data_schema

    monkeypatch.setattr(data_schema, "SCHEMA_SECONDS", 1)
    _schema(attacked, '{"properties": {"motto": {"type": "string", "pattern": "(a+)+$"}}}')
    event = (attacked.event_dir / "event.yaml").read_text(encoding="utf-8")
    attacked.write({f"content/{EVENT}/event.yaml": event + "data:\n  motto: " + "a" * 40 + "!\n"})
    attacked.refused(attacked.build("-f", "html", "-d", "fact-sheet"), 2, "fact.schema.json", "backtracks")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("", id="empty-file"),
        pytest.param("  \n", id="blank-lines"),
        pytest.param("<!-- only a comment -->", id="only-a-comment"),
        pytest.param("{% if false %}<p>x</p>{% endif %}", id="inside-a-false-condition"),
    ],
)
@pytest.mark.parametrize("document", ["fact-sheet", "briefing-pack"])
def test_a_template_that_renders_nothing_is_one_located_error(attacked: Attack, body, document):
    """lxml's "Document is empty" was a traceback from the build (and, in a watch, the end of its
    thread); the pack met it first, taking the fact sheet's article."""
    from trust_helpers import FACT_SHEET

    attacked.write({FACT_SHEET: body})
    result = attacked.build("-f", "html", "-d", document)
    attacked.refused(result, 3, "documents/fact_sheet.html.j2", "empty document")
