"""The font configuration a process shares between the PDFs it lays out (writers/pdf/fonts.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import TEMPLATES, alone
from pypdf import PdfReader

from generator.config.theme import load_theme
from generator.writers import RenderedDocument
from generator.writers.pdf import fonts, write_pdf

SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


def _document(folder: Path, name: str, body: str, style: str = "") -> RenderedDocument:
    html = (
        f"<!DOCTYPE html><html lang='en'><head><style>{style}"
        "body { font-family: 'DejaVu Serif'; } h1 { font-family: 'DejaVu Sans'; }</style></head>"
        f"<body>{body}</body></html>"
    )
    return RenderedDocument(
        id=name,
        title=name,
        html=html,
        template=f"{name}.html.j2",
        theme=load_theme([TEMPLATES / "theme.toml"]),
        base_dir=folder,
        allowed_roots=(folder,),
    )


def _fonts_of(pdf: bytes, tmp_path: Path) -> set[str]:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def test_documents_laid_out_after_another_are_the_bytes_of_a_fresh_layout(tmp_path):
    first = _document(tmp_path, "first", "<h1>Ministry</h1><p>Brief <em>notes</em> and <b>facts</b>.</p>")
    second = _document(tmp_path, "second", "<h1>Timeline</h1><p>Dates, places — “quotes”, ½ and ü.</p>")
    fonts.forget()
    write_pdf(first)
    with fonts.font_configuration() as shared:
        pass
    after_another = write_pdf(second)
    with fonts.font_configuration() as still:
        pass
    assert still is shared, "the configuration was not kept for the next document"
    fonts.forget()
    fresh = write_pdf(second)
    assert bytes(after_another) == bytes(fresh)
    assert after_another.pages == fresh.pages == 1


@pytest.mark.skipif(
    not MONO.is_file(), reason="DejaVu Sans Mono is installed with the fonts the README lists"
)
def test_a_font_face_declared_by_one_document_is_not_seen_by_the_next(tmp_path):
    """A theme's @font-face must not leak into the next event's documents in the same worker."""
    shutil.copy(MONO, tmp_path / "house.ttf")
    face = "@font-face { font-family: House; src: url(house.ttf); }"
    declares = _document(tmp_path, "declares", "<p style='font-family: House'>Ministry</p>", face)
    # The next document asks for the family without declaring it: it must get the fallback.
    asks = _document(tmp_path, "asks", "<p style='font-family: House'>Ministry</p>")
    fonts.forget()
    with fonts.font_configuration() as before:
        pass
    assert "House" in _fonts_of(write_pdf(declares), tmp_path)
    with fonts.font_configuration() as after:
        pass
    assert after is not before, "a configuration with a document's own fonts was kept"
    next_pdf = write_pdf(asks)
    assert "House" not in _fonts_of(next_pdf, tmp_path)
    fonts.forget()
    assert bytes(next_pdf) == bytes(write_pdf(asks))


def test_a_forked_process_makes_its_own_configuration(tmp_path, request):
    """Forked from a fresh interpreter, not from the test worker and its threads (``alone``): a child
    forked from a worker once waited 600 s in CI on a lock another thread held at the fork."""
    import os

    if not alone(request):
        return
    fonts.forget()
    write_pdf(_document(tmp_path, "parent", "<p>Ministry</p>"))
    with fonts.font_configuration() as parents:
        pass
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        with fonts.font_configuration() as childs:
            pass
        pdf = bytes(write_pdf(_document(tmp_path, "child", "<p>Ministry</p>")))
        os.write(write, b"same" if childs is parents else b"own")
        os.write(write, b" " + pdf[:5])
        os._exit(0)
    os.close(write)
    answer = b""
    while chunk := os.read(read, 64):
        answer += chunk
    os.waitpid(pid, 0)
    # Its own configuration, and a PDF laid out with it.
    assert answer.split() == [b"own", b"%PDF-"]
