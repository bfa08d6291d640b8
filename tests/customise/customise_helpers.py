"""Helpers for the customisation tests: tmp projects, builds, and looking inside PDF and DOCX."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from helpers import CONTENT, EVENT, assert_ok, make_project, minimal_event, run_cli

#: The shipped demonstration event (made up; see its event.yaml).
DEMO = "demo-cool-streets-2024"

#: Colour of the sun in the demo logo: it marks every place the logo is drawn in the PDF.
LOGO_SUN = "#f2b33d"

#: Margins of the built-in theme, in points, where the running header and footer sit.
HEADER_PT = 21 * 72 / 25.4
FOOTER_PT = 19 * 72 / 25.4


def docx_writer_importable() -> bool:
    try:
        import generator.writers.docx  # noqa: F401
    except Exception:
        return False
    return True


DOCX = docx_writer_importable()
needs_docx = pytest.mark.skipif(
    not DOCX, reason="generator.writers.docx is not importable yet, so there is no DOCX to check"
)


def formats(*wanted: str) -> list[str]:
    """``-f`` arguments for the wanted formats, DOCX left out while its writer is missing."""
    args: list[str] = []
    for fmt in wanted:
        if fmt != "docx" or DOCX:
            args += ["-f", fmt]
    return args


def small_event(**changes: Any) -> dict:
    """The minimal event with a full date and a dated timeline item, so dates can be checked."""
    event = minimal_event()
    event["event"]["date"] = "2006-05-12"
    event["event"]["short_name"] = "Test Meeting"
    event["timeline"] = [
        {
            "date": "2005-09",
            "title": "Summit adopts the outcome document",
            "kind": "summit",
            "significance": "The outcome the delegation welcomes.",
            "cite": 1,
            "evidence": "adoption of the outcome document",
        }
    ]
    event["asks"] = [
        {
            "text": "Join the informal forum of friends.",
            "cite": 2,
            "evidence": "an informal forum of friends",
        }
    ]
    event.update(changes)
    return event


def long_event() -> dict:
    """An event whose fact sheet runs to several pages on any paper."""
    event = small_event()
    event["key_messages"] = [
        {
            "text": f"Point {n}: the delegation welcomes the outcome document and every part of it, "
            "from the first paragraph to the last, and says so at some length here.",
            "cite": 1,
            "evidence": "welcome the adoption of the outcome document",
        }
        for n in range(1, 41)
    ]
    return event


def project(
    tmp_path: Path,
    files: Mapping[str, Any] | None = None,
    *,
    event: dict | None = None,
    name: str = "project",
) -> Path:
    """A tmp project holding the small test event (content/test-event) plus ``files``."""
    root = make_project(tmp_path / name, event=event if event is not None else small_event())
    from helpers import write_files

    write_files(root, files or {})
    return root


def demo_project(tmp_path: Path, files: Mapping[str, Any] | None = None) -> Path:
    """A tmp project holding a copy of the shipped demonstration event only."""
    from helpers import write_files

    root = tmp_path / "demo-project"
    shutil.copytree(CONTENT / DEMO, root / "content" / DEMO)
    write_files(root, files or {})
    return root


def build(root: Path, *args: str, event: str | None = EVENT) -> Path:
    """``briefkit --project ROOT build --force ARGS [content/EVENT]``; returns build/<event>/."""
    argv = ["build", "--force", *args]
    if event:
        argv.append(str(root / "content" / event))
    assert_ok(run_cli(argv, project=root))
    return root / "build" / (event or EVENT)


# -- PDF ----------------------------------------------------------------------------


def base_fonts(path: Path) -> set[str]:
    """The PDF's font names without subset prefix, dashes or spaces: {"DejaVuSans", "DejaVuSerifBold", …}."""
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font") or {}
        for ref in fonts.values():
            name = str(ref.get_object()["/BaseFont"]).lstrip("/")
            names.add(re.sub(r"[-\s]", "", name.split("+", 1)[-1]))
    return names


_RGB = re.compile(rb"(?<![\w.])([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b")


def page_colours(page) -> set[str]:
    """Every RGB colour a page paints with, as #rrggbb, including its form XObjects."""
    seen: set[str] = set()
    contents = page.get_contents()
    streams = [contents.get_data() if contents is not None else b""]
    xobjects = page["/Resources"].get("/XObject") or {}
    used = set(re.findall(rb"/(x\d+) Do", streams[0]))
    for key, ref in xobjects.items():
        if key.lstrip("/").encode() in used:
            streams.append(ref.get_object().get_data())
    for data in streams:
        for r, g, b in _RGB.findall(data):
            seen.add("#" + "".join(f"{round(float(v) * 255):02x}" for v in (r, g, b)))
    return seen


def pdf_colours(path: Path) -> set[str]:
    from pypdf import PdfReader

    return set().union(*(page_colours(p) for p in PdfReader(path).pages))


def boxes(path: Path) -> list[dict[str, tuple[float, ...]]]:
    """MediaBox, TrimBox and BleedBox of each page, in points, rounded to 0.1 pt."""
    from pypdf import PdfReader

    def box(b) -> tuple[float, ...]:
        return tuple(round(float(v), 1) for v in (b.left, b.bottom, b.right, b.top))

    return [
        {"media": box(p.mediabox), "trim": box(p.trimbox), "bleed": box(p.bleedbox)}
        for p in PdfReader(path).pages
    ]


def mm_to_pt(mm: float) -> float:
    return mm * 72 / 25.4


# -- DOCX ---------------------------------------------------------------------------


def docx_document(path: Path):
    import docx

    return docx.Document(str(path))


def docx_style(path: Path, name: str) -> tuple[str | None, str | None]:
    """(font name, colour as RRGGBB) of a Word style."""
    style = docx_document(path).styles[name]
    colour = style.font.color.rgb if style.font.color and style.font.color.type else None
    return style.font.name, str(colour) if colour is not None else None


def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style, text) of every body paragraph and table cell paragraph, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx_document(path)
    out: list[tuple[str, str]] = []

    def walk(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                if block.text.strip():
                    out.append((block.style.name, block.text))
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        walk(cell)

    walk(document)
    return out


def docx_text(path: Path) -> str:
    return "\n".join(text for _, text in docx_paragraphs(path))


def docx_part(path: Path, pattern: str) -> str:
    """The XML of every part whose name matches ``pattern`` (e.g. ``word/footer``), joined."""
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8") for n in sorted(zf.namelist()) if re.match(pattern, n))


def docx_has_picture(xml: str) -> bool:
    return "<a:blip " in xml or "<pic:pic" in xml
