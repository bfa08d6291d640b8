"""Helpers for the DOCX writer tests (fixtures are in conftest.py)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}

#: Fixed tokens, so these tests do not follow edits to templates/theme.toml.
THEME_TOKENS = {
    "page": {
        "size": "A4",
        "margin_top": "24mm",
        "margin_bottom": "22mm",
        "margin_inner": "22mm",
        "margin_outer": "20mm",
    },
    "fonts": {"body": ["DejaVu Serif", "serif"], "heading": ["DejaVu Sans"], "mono": ["DejaVu Sans Mono"]},
    "sizes": {
        "body": "10pt",
        "small": "8pt",
        "title": "24pt",
        "h1": "17pt",
        "h2": "12.5pt",
        "h3": "10.5pt",
        "h4": "10pt",
        "line_height": 1.4,
    },
    "colours": {
        "text": "#1b1f24",
        "muted": "#5a6472",
        "accent": "#1d3557",
        "accent_soft": "#e6ecf3",
        "rule": "#b8c2cf",
        "callout": "#f5f1e6",
        "callout_rule": "#b08d3c",
        "marking": "#9b1c1c",
    },
    "marking": {"classification": "UNCLASSIFIED"},
}

FURNITURE = (
    '<div class="furniture" data-marking="RESTRICTED" data-title="{title}" '
    'data-footer="Test footer" data-page-label="Page {{page}} of {{pages}}"></div>'
)


def page(body: str, head: str = "<title>Test</title>", lang: str = "en") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def part_xml(data: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name))


def body_paragraphs(document):
    """(style name, text) of each body paragraph, empty Normal ones (section breaks) left out."""
    return [(p.style.name, p.text) for p in document.paragraphs if p.text or p.style.name != "Normal"]


def num_pr(paragraph) -> tuple[int, int] | None:
    """(numId, ilvl) of a paragraph in a list, else None."""
    found = paragraph._p.find(f"{{{W}}}pPr/{{{W}}}numPr")
    if found is None:
        return None
    ilvl = found.find(f"{{{W}}}ilvl").get(f"{{{W}}}val")
    num_id = found.find(f"{{{W}}}numId").get(f"{{{W}}}val")
    return int(num_id), int(ilvl)
