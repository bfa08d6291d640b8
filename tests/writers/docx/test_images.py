"""Figures: inline SVG rasterised at 300 dpi, <img> from data: URIs and files, captions."""

from __future__ import annotations

import base64
import io
import struct

import pytest
from docx.shared import Mm

from generator.errors import TemplateError

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 200">'
    '<linearGradient id="g" gradientUnits="userSpaceOnUse">'
    '<stop offset="0" stop-color="#1d3557"/></linearGradient>'
    '<rect x="10" y="10" width="780" height="180" fill="url(#g)"/><text x="20" y="100">Label</text></svg>'
)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_inline_svg_becomes_a_300_dpi_picture_fitted_to_the_text_width(render):
    document = render(f"<figure>{SVG}<figcaption>Figure 1. Milestones.</figcaption></figure>")
    (shape,) = document.inline_shapes
    text_width = Mm(210 - 22 - 20)
    assert abs(shape.width - text_width) < Mm(0.2)
    # The viewBox (camelCase, lower-cased by the HTML parser) keeps the 4:1 shape.
    assert abs(shape.width / shape.height - 4) < 0.01
    (image,) = [rel.target_part for rel in document.part.rels.values() if "image" in rel.reltype]
    assert image.content_type == "image/png"
    width_px, _ = png_size(image.blob)
    assert abs(width_px - round(text_width.inches * 300)) <= 1
    styles = [p.style.name for p in document.paragraphs]
    assert styles == ["Figure", "Caption"]


def test_small_svg_keeps_its_size(render):
    document = render(
        '<p>Icon <svg viewBox="0 0 10 10" width="24" height="24"><circle cx="5" cy="5" r="4"/></svg></p>'
    )
    (shape,) = document.inline_shapes
    assert abs(shape.width.pt - 18) < 0.1  # 24 CSS px


def test_img_from_a_data_uri(render):
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    document = render(f'<figure><img src="{uri}" alt="A dot" width="96"></figure>')
    (shape,) = document.inline_shapes
    assert abs(shape.width.pt - 72) < 0.1
    assert shape._inline.docPr.get("descr") == "A dot"


def test_img_svg_file_relative_to_base_dir(render, tmp_path):
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    document = render('<p><img src="logo.svg" alt="Logo"></p>', base_dir=tmp_path)
    assert len(document.inline_shapes) == 1


def test_missing_image_file_names_template_and_element(render, tmp_path):
    with pytest.raises(TemplateError) as info:
        render('<p>\n<img src="missing.png"></p>', base_dir=tmp_path)
    message = str(info.value.format_message())
    assert "test.html.j2" in message and "<img> (line 2" in message and "missing.png" in message


def test_remote_images_are_refused(render):
    with pytest.raises(TemplateError, match="remote images are not fetched"):
        render('<img src="https://example.org/a.png">')


def test_svg_output_is_deterministic(render_bytes):
    one = render_bytes(f"<figure>{SVG}</figure>")
    two = render_bytes(f"<figure>{SVG}</figure>")
    import zipfile

    def image(data):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return zf.read("word/media/image1.png")

    assert image(one) == image(two)
