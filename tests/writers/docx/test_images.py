"""Figures: inline SVG stored as SVG with a 150 dpi PNG, <img> from data: URIs and files, captions."""

from __future__ import annotations

import base64
import io
import struct

import pytest
from docx.shared import Mm
from lxml import etree

from generator.errors import TemplateError
from generator.writers.docx import images

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 200">'
    '<linearGradient id="g" gradientUnits="userSpaceOnUse">'
    '<stop offset="0" stop-color="#1d3557"/></linearGradient>'
    '<rect x="10" y="10" width="780" height="180" fill="url(#g)"/><text x="20" y="100">Label</text></svg>'
)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
SVG_BLIP = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def blips(document, part=None):
    """(PNG part, SVG part or None) of each picture in a part, by the picture's own references."""
    part = part or document.part
    found = []
    for blip in part.element.iter(f"{{{A_NS}}}blip"):
        svg = blip.find(f".//{SVG_BLIP}")
        found.append(
            (
                part.related_parts[blip.get(R_EMBED)],
                None if svg is None else part.related_parts[svg.get(R_EMBED)],
            )
        )
    return found


def test_inline_svg_is_stored_as_svg_and_a_150_dpi_png_fitted_to_the_text_width(render):
    document = render(f"<figure>{SVG}<figcaption>Figure 1. Milestones.</figcaption></figure>")
    (shape,) = document.inline_shapes
    text_width = Mm(210 - 22 - 20)
    assert abs(shape.width - text_width) < Mm(0.2)
    # The viewBox (camelCase, lower-cased by the HTML parser) keeps the 4:1 shape.
    assert abs(shape.width / shape.height - 4) < 0.01
    ((png, svg),) = blips(document)
    assert png.content_type == "image/png"
    width_px, height_px = png_size(png.blob)
    assert abs(width_px - round(text_width.inches * 150)) <= 1
    assert abs(width_px / height_px - 4) < 0.01
    # The SVG is the picture itself, sized as printed, for Word 2016+ to draw as vectors.
    assert svg.content_type == "image/svg+xml" and svg.partname.endswith(".svg")
    root = etree.fromstring(svg.blob)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 800 200"
    assert abs(float(root.get("width")) / float(root.get("height")) - 4) < 0.01
    assert root.find(".//{http://www.w3.org/2000/svg}text").text == "Label"
    styles = [p.style.name for p in document.paragraphs]
    assert styles == ["Figure", "Caption"]


@pytest.mark.parametrize(
    "inside",
    [
        '<image href="https://example.org/x.png" width="10" height="10"/>',
        '<image xlink:href="file:///etc/passwd" width="10" height="10"/>',
        '<rect width="10" height="10" fill="url(https://example.org/p.svg#g)"/>',
        '<rect width="10" height="10" style="fill: url( \'//example.org/p.svg#g\')"/>',
        "<style>@import 'https://example.org/a.css';</style>",
        '<rect width="10" height="10" onload="alert(1)"/>',
        "<foreignObject><p>html</p></foreignObject>",
        '<image href="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E" width="1" height="1"/>',
        # The review of 2026-11-30: each of these was stored as SVG.
        '<rect width="10" height="10" style="fill: u\\72l(https://example.org/p.svg#g)"/>',  # a CSS escape
        '<rect width="10" height="10" style="fill: url/**/(https://example.org/p.svg#g)"/>',
        '<rect width="10" height="10" style="fill: image-set(\'https://example.org/x.png\' 1x)"/>',
        '<?xml-stylesheet href="https://example.org/a.css"?>',
        '<h:object xmlns:h="http://www.w3.org/1999/xhtml" data="https://example.org/x"/>',
        '<h:meta xmlns:h="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=https://example.org/"/>',
        '<image xmlns:o="urn:x" o:href="https://example.org/x.png" width="10" height="10"/>',
        '<image HREF="https://example.org/x.png" width="10" height="10"/>',
        '<g xml:base="https://example.org/"><use href="#r"/></g>',
        '<image href="#r" width="10" height="10"><set attributeName="href" to="https://example.org/x.png"/></image>',
    ],
)
def test_an_svg_referring_outside_itself_is_stored_as_its_png_alone(render, tmp_path, inside):
    """No reader of the DOCX may fetch anything on opening it: such an SVG is not stored.

    (Inline SVG with these is refused by the template vocabulary; a picture file is not.)
    """
    (tmp_path / "picture.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 100 50"><rect width="100" height="50" fill="#1d3557"/>{inside}</svg>',
        encoding="utf-8",
    )
    document = render('<figure><img src="picture.svg" alt="A picture"></figure>', base_dir=tmp_path)
    ((png, svg_part),) = blips(document)
    assert png.content_type == "image/png" and svg_part is None
    assert not [p for p in document.part.package.iter_parts() if p.content_type == "image/svg+xml"]


def test_a_style_sheet_named_before_the_svg_is_not_stored(render, tmp_path):
    """An ``<?xml-stylesheet?>`` above the root travelled with it into the DOCX."""
    (tmp_path / "picture.svg").write_text(
        '<?xml-stylesheet type="text/css" href="https://example.org/a.css"?>'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50"/></svg>',
        encoding="utf-8",
    )
    document = render('<figure><img src="picture.svg" alt="A picture"></figure>', base_dir=tmp_path)
    ((png, svg_part),) = blips(document)
    assert png.content_type == "image/png" and svg_part is None


def test_references_inside_the_svg_keep_it(render):
    document = render(f"<figure>{SVG}</figure><p>Again:</p><figure>{SVG}</figure>")
    pictures = blips(document)
    assert len(pictures) == 2 and all(svg is not None for _, svg in pictures)
    # One SVG part for one drawing, however often it is shown.
    assert pictures[0][1] is pictures[1][1]


def test_the_timeline_svg_takes_the_heading_font_as_in_the_pdf(render, theme):
    timeline = SVG.replace("<svg ", '<svg class="timeline" ', 1)
    document = render(f"<figure>{timeline}</figure><figure>{SVG}</figure>")
    (first, _), (second, _) = [(etree.fromstring(svg.blob), png) for png, svg in blips(document)]
    assert first.get("font-family") == theme.fonts.heading[0]
    assert second.get("font-family") is None


def test_a_drawing_is_rasterised_once_per_process(render, monkeypatch):
    """The timeline's graphic, drawn for the timeline, is reused by the pack in the same worker."""
    from generator.writers.docx import raster

    images.forget_drawn()
    calls = []
    real = raster.svg_to_png
    monkeypatch.setattr(raster, "svg_to_png", lambda *args: calls.append(args) or real(*args))
    first = render(f"<figure>{SVG}</figure>")
    second = render(f"<h1>Pack</h1><figure>{SVG}</figure>")
    assert len(calls) == 1
    assert blips(first)[0][0].blob == blips(second)[0][0].blob
    # A changed drawing is drawn anew.
    render(f"<figure>{SVG.replace('Label', 'Other')}</figure>")
    assert len(calls) == 2


LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32" viewBox="0 0 64 32">'
    '<rect width="64" height="32" fill="#1d3557"/><circle cx="16" cy="16" r="10" fill="#f4a261"/></svg>'
)


def test_the_logo_is_drawn_once_for_the_header_and_the_title(render, tmp_path, theme, monkeypatch):
    """The running header's logo and the title's are one picture: drawn once, at the larger of
    the theme's two sizes, one PNG and one SVG part, each shown at its own size."""
    from generator.config.theme import length_to_pt
    from generator.writers.docx import raster

    (tmp_path / "logo.svg").write_text(LOGO, encoding="utf-8")
    images.forget_drawn()
    calls = []
    real = raster.svg_to_png
    monkeypatch.setattr(raster, "svg_to_png", lambda *args: calls.append(args) or real(*args))
    document = render(
        '<div class="furniture" data-title="T" data-logo="logo.svg">'
        '<img class="running-logo" src="logo.svg" alt="Running logo"></div>'
        '<header class="doc-head"><img class="doc-logo" src="logo.svg" alt="Title logo" height="53">'
        "<h1>Title</h1></header><p>Text.</p>",
        base_dir=tmp_path,
    )
    assert len(calls) == 1
    ((header_png, header_svg),) = blips(document, document.sections[0].header.part)
    ((body_png, body_svg),) = blips(document)
    assert header_png is body_png and header_svg is body_svg is not None
    marking = theme.marking
    # 2:1, so the width tokens do not bind: the larger height is the title's, 14 mm, at 150 dpi.
    title_h, header_h = length_to_pt(marking.logo_height), length_to_pt(marking.logo_header_height)
    assert png_size(body_png.blob) == (round(2 * title_h / 72 * 150), round(title_h / 72 * 150))
    (drawing,) = document.sections[0].header.part.element.iter(f"{{{WP}}}extent")
    assert abs(int(drawing.get("cy")) / 12700 - header_h) < 0.05
    (anchor,) = document.part.element.iter(f"{{{WP}}}extent")
    assert abs(int(anchor.get("cy")) / 12700 - title_h) < 0.05
    assert abs(int(anchor.get("cx")) / 12700 - 2 * title_h) < 0.05
    # Each keeps its own description.
    descriptions = [pr.get("descr") for pr in document.sections[0].header.part.element.iter(f"{{{WP}}}docPr")]
    descriptions += [pr.get("descr") for pr in document.part.element.iter(f"{{{WP}}}docPr")]
    assert descriptions == ["Running logo", "Title logo"]
    # A changed logo is drawn anew.
    (tmp_path / "logo.svg").write_text(LOGO.replace("#f4a261", "#e76f51"), encoding="utf-8")
    render('<div class="furniture" data-title="T" data-logo="logo.svg"></div><p>Text.</p>', base_dir=tmp_path)
    assert len(calls) == 2


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


@pytest.mark.parametrize(
    ("given", "expected_pt"), [('height="53"', (39.75, 39.75)), ('width="96"', (72, 72))]
)
def test_an_img_giving_one_side_of_an_svg_keeps_its_proportions(render, tmp_path, given, expected_pt):
    """A 64 x 64 logo in <img height="53">: a browser draws it 53 x 53; the DOCX drew it on a
    64 x 53 canvas, the picture letterboxed and the logo moved in from the margin."""
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
        '<rect width="64" height="64" fill="#1d3557"/></svg>',
        encoding="utf-8",
    )
    document = render(f'<p><img src="logo.svg" alt="Logo" {given}></p>', base_dir=tmp_path)
    (shape,) = document.inline_shapes
    assert (round(shape.width.pt, 2), round(shape.height.pt, 2)) == expected_pt
    ((png, _svg),) = blips(document)
    width_px, height_px = png_size(png.blob)
    assert width_px == height_px


def test_missing_image_file_names_template_and_element(render, tmp_path):
    with pytest.raises(TemplateError) as info:
        render('<p>\n<img src="missing.png"></p>', base_dir=tmp_path)
    message = str(info.value.format_message())
    assert "test.html.j2" in message and "<img> (line 2" in message and "missing.png" in message


def test_remote_images_are_refused(render):
    with pytest.raises(TemplateError, match="remote images are not fetched"):
        render('<img src="https://example.org/a.png">')


def test_svg_output_is_deterministic(render_bytes):
    images.forget_drawn()
    one = render_bytes(f"<figure>{SVG}</figure>")
    images.forget_drawn()
    two = render_bytes(f"<figure>{SVG}</figure>")
    import zipfile

    def image(data):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return zf.read("word/media/image1.png"), zf.read("word/media/image1.svg")

    assert image(one) == image(two)
