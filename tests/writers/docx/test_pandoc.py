"""pandoc as a reader of the DOCX: definition lists come back as definition lists.

pandoc reads paragraphs in Word's "Definition Term" and "Definition" styles
as a definition list (and writes one that way); these tests convert the DOCX
with the real pandoc (the ``pypandoc_binary`` wheel of the test extra) to its
JSON syntax tree and look for the list there.
"""

from __future__ import annotations

import json
import os

import pytest
from helpers import CONTENT, assert_ok, make_project, run_cli
from lxml import html as lxml_html

try:
    import pypandoc
except ImportError:  # pragma: no cover - it is in the test extra
    if os.environ.get("CI"):
        raise
    pytest.skip("pypandoc_binary is not installed (pip install -e '.[test]')", allow_module_level=True)


def pandoc_ast(path) -> dict:
    return json.loads(pypandoc.convert_file(str(path), "json", format="docx"))


def inline_text(inlines: list) -> str:
    """The plain text of pandoc inlines (Str, Space, Strong, Emph, … nested)."""
    out = []
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif isinstance(content, list):
            # Strong/Emph hold inlines; Span/Link hold [attr, inlines, …].
            inner = content[1] if kind in ("Span", "Link", "Quoted", "Cite") else content
            out.append(inline_text(inner if isinstance(inner, list) else []))
    return "".join(out)


def block_text(block: dict) -> str:
    return inline_text(block["c"]) if block["t"] in ("Para", "Plain") else ""


def definition_lists(ast: dict) -> list[list[tuple[str, list[list[str]]]]]:
    """Every DefinitionList of the document: [(term, [[paragraphs of a definition], …]), …]."""
    found = []

    def walk(blocks):
        for block in blocks:
            if block["t"] == "DefinitionList":
                found.append(
                    [
                        (
                            inline_text(term),
                            [[block_text(b) for b in definition] for definition in definitions],
                        )
                        for term, definitions in block["c"]
                    ]
                )
            elif block["t"] == "Div":
                walk(block["c"][1])
            elif block["t"] == "BlockQuote":
                walk(block["c"])

    walk(ast["blocks"])
    return found


def test_a_definition_list_reads_back_as_one(render_bytes, tmp_path):
    path = tmp_path / "glossary.docx"
    path.write_bytes(
        render_bytes(
            "<h2>Glossary</h2><dl><div><dt>HSN</dt><dd>Human Security Network</dd></div>"
            "<dt>R2P</dt><dd><p>Responsibility</p><p>to protect</p></dd>"
            "<dt>UN</dt><dt>ONU</dt><dd>United Nations</dd></dl><p>After.</p>"
        )
    )
    ast = pandoc_ast(path)
    (entries,) = definition_lists(ast)
    assert entries[0] == ("HSN", [["Human Security Network"]])
    # A definition of several paragraphs stays one definition.
    assert entries[1][0] == "R2P"
    assert [text for definition in entries[1][1] for text in definition] == ["Responsibility", "to protect"]
    # Two terms for one definition: one entry, a line each (pandoc's list has one term an entry).
    assert entries[2] == ("UN ONU", [["United Nations"]])
    assert len(entries) == 3
    # What follows the list is not swallowed by it.
    assert block_text(ast["blocks"][-1]) == "After."


@pytest.mark.slow
def test_the_fact_sheet_glossary_reads_back_with_its_terms(tmp_path):
    event = "hsn-bangkok-2006"
    root = make_project(tmp_path, copy_content=True)
    assert_ok(run_cli(["build", str(root / "content" / event), "-d", "fact-sheet"], project=root))
    built = root / "build" / event
    # The terms and definitions the HTML (and the PDF) show, in their order.
    page = lxml_html.parse(str(built / "fact-sheet.html")).getroot()
    expected = [
        (" ".join(dt.text_content().split()), " ".join(dt.getnext().text_content().split()))
        for dt in page.iter("dt")
    ]
    assert len(expected) >= 5 and (CONTENT / event / "event.yaml").is_file()
    lists = definition_lists(pandoc_ast(built / "fact-sheet.docx"))
    assert len(lists) == 1
    assert [(term, definitions[0][0]) for term, definitions in lists[0]] == expected
