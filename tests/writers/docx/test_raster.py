"""The PNG beside each SVG picture: drawn by librsvg (CairoSVG without it), written unfiltered.

Each test opens the PNG it gets with Pillow and reads its pixels.
"""

from __future__ import annotations

import base64
import io
import os

import pytest
from PIL import Image

from generator.writers.docx import images, raster

SHAPES = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50">'
    '<rect x="0" y="0" width="50" height="50" fill="#1d3557"/>'
    '<circle cx="75" cy="25" r="20" fill="#9b1c1c" fill-opacity="0.5"/></svg>'
)


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def labelled(text: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 40" width="300" height="40" '
        f'font-family="DejaVu Sans"><text x="5" y="28" font-size="20">{text}</text></svg>'
    ).encode()


@pytest.fixture
def librsvg():
    if raster.drawer() != "librsvg":
        pytest.skip("librsvg is not installed (Debian: librsvg2-2)")


def test_librsvg_draws_shapes_as_cairosvg_does(librsvg):
    """Same size, same colours; straight (not premultiplied) alpha in the half-transparent circle."""
    ours = opened(raster.svg_to_png(SHAPES.encode(), (200, 100)))
    theirs = opened(raster.svg_to_png(SHAPES.encode(), (200, 100), using="CairoSVG"))
    assert ours.size == theirs.size == (200, 100) and ours.mode == "RGBA"
    assert ours.getpixel((50, 50)) == (0x1D, 0x35, 0x57, 255)
    red, green, blue, alpha = ours.getpixel((150, 50))
    assert abs(alpha - 128) <= 1 and abs(red - 0x9B) <= 2 and abs(green - 0x1C) <= 2 and abs(blue - 0x1C) <= 2
    assert ours.getpixel((199, 0))[3] == 0  # outside the circle: transparent
    differing = sum(1 for a, b in zip(ours.tobytes(), theirs.tobytes(), strict=True) if abs(a - b) > 8)
    assert differing < 0.02 * 200 * 100 * 4  # antialiased edges only


def test_text_in_a_script_the_named_font_lacks_is_drawn_in_a_fallback_font(librsvg):
    """The PDF shows Japanese labels (Pango falls back to Noto CJK); so does the DOCX's PNG.

    Missing glyphs would be drawn as the same empty box for every character,
    so two different labels of equal length would give the same pixels.
    """
    one = opened(raster.svg_to_png(labelled("アジア通貨危機"), (300, 40)))
    other = opened(raster.svg_to_png(labelled("東京国際会議場"), (300, 40)))
    assert one.getbbox() is not None and one.tobytes() != other.tobytes()


@pytest.mark.parametrize("using", ["librsvg", "CairoSVG"])
def test_nothing_outside_the_svg_is_loaded(librsvg, tmp_path, using):
    """Without a base URL librsvg loads no file, however it is named; a data: URI is drawn.
    CairoSVG, drawing where librsvg is missing, loads none either (its safe mode)."""
    red = io.BytesIO()
    Image.new("RGBA", (4, 4), (255, 0, 0, 255)).save(red, "PNG")
    (tmp_path / "red.png").write_bytes(red.getvalue())
    uri = "data:image/png;base64," + base64.b64encode(red.getvalue()).decode()
    for href in (tmp_path.joinpath("red.png").as_uri(), "red.png", str(tmp_path / "red.png"), uri):
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="20" height="20"><image xlink:href="{href}" width="20" height="20"/></svg>'
        )
        cwd = os.getcwd()
        os.chdir(tmp_path)  # a relative name would be found here, if anything looked
        try:
            image = opened(raster.svg_to_png(svg.encode(), (20, 20), using=using))
        finally:
            os.chdir(cwd)
        drawn = image.getpixel((10, 10))
        if href == uri:
            assert drawn == (255, 0, 0, 255)
        else:
            assert drawn[3] == 0, href


@pytest.mark.parametrize("using", ["librsvg", "CairoSVG"])
def test_a_style_sheet_outside_the_svg_is_not_loaded(librsvg, tmp_path, using):
    """``@import`` in the SVG's own style sheet, or ``<?xml-stylesheet?>`` before it, naming a file
    that paints the square red: the square stays black with either library."""
    sheet = tmp_path / "red.css"
    sheet.write_text("rect { fill: #ff0000 }")
    square = '<rect width="20" height="20"/></svg>'
    head = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
    for svg in (
        f'{head}<style>@import url("{sheet.as_uri()}");</style>{square}',
        f'<?xml-stylesheet href="{sheet.as_uri()}"?>{head}{square}',
    ):
        image = opened(raster.svg_to_png(svg.encode(), (20, 20), using=using)).convert("RGBA")
        assert image.getpixel((10, 10)) == (0, 0, 0, 255)


def test_an_svg_librsvg_cannot_read_is_a_clear_error(librsvg):
    with pytest.raises(raster.DrawError, match=r"\w"):
        raster.svg_to_png(b"<svg xmlns='http://www.w3.org/2000/svg'><rect", (10, 10))


def test_a_negative_size_is_ignored_as_a_browser_ignores_it(render):
    """The picture takes the line's width, as with no size at all (it was a traceback)."""
    document = render(
        '<figure><svg viewBox="0 0 10 5" width="-5" height="-5"><rect width="5" height="5"/></svg></figure>'
    )
    (shape,) = document.inline_shapes
    text_width = 210 - 22 - 20  # mm, the test theme's A4 page
    assert abs(shape.width.mm - text_width) < 0.5 and abs(shape.width / shape.height - 2) < 0.01


@pytest.mark.parametrize("size", [(1, 1), (3, 2), (257, 3)])
def test_the_png_writer_keeps_every_pixel(size):
    width, height = size
    rgba = bytes((i * 37 + i // 4) % 256 for i in range(width * height * 4))
    image = opened(raster.encode_png(rgba, width, height))
    assert image.size == size and image.mode == "RGBA" and image.tobytes() == rgba


def test_the_drawing_library_in_use_is_librsvg_where_it_is_installed(librsvg):
    """The DOCX writer's pictures come from librsvg, not the CairoSVG fallback."""
    images.forget_drawn()
    source = SHAPES.encode()
    assert images.rasterise(source, (200, 100)) == raster.svg_to_png(source, (200, 100), using="librsvg")


def test_a_raster_image_with_a_negative_size_keeps_its_own(render):
    png = io.BytesIO()
    Image.new("RGB", (96, 48), "white").save(png, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(png.getvalue()).decode()
    (shape,) = render(f'<p><img src="{uri}" alt="A box" width="-10" height="-3"></p>').inline_shapes
    (natural,) = render(f'<p><img src="{uri}" alt="A box"></p>').inline_shapes
    assert (shape.width, shape.height) == (natural.width, natural.height) and natural.width > 0


def convolution(order: int) -> bytes:
    """An ``feConvolveMatrix`` of ``order`` × ``order`` ones: librsvg 2.54 panics, and aborts, from order 30."""
    kernel = " ".join(["1"] * order * order)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" viewBox="0 0 60 40">'
        f'<filter id="f"><feConvolveMatrix order="{order}" kernelMatrix="{kernel}"/></filter>'
        '<rect width="60" height="40" fill="red" filter="url(#f)"/></svg>'
    ).encode()


#: ``feTurbulence`` with 10⁸ octaves: librsvg loops in C for hours, where no Python signal handler runs.
ENDLESS = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" viewBox="0 0 60 40">'
    b'<filter id="f"><feTurbulence baseFrequency="0.01" numOctaves="100000000"/></filter>'
    b'<rect width="60" height="40" fill="red" filter="url(#f)"/></svg>'
)


def test_a_picture_that_crashes_the_library_is_an_error_and_this_process_lives(librsvg):
    """The abort used to end the process drawing (a worker, or a whole watch or preview server)."""
    with pytest.raises(raster.DrawError, match=r"librsvg crashed \(SIGABRT\): .*dimension mismatch"):
        raster.svg_to_png(convolution(30), (60, 40))
    assert opened(raster.svg_to_png(SHAPES.encode(), (200, 100))).getpixel((50, 50))[3] == 255


def test_a_picture_drawn_for_ever_is_stopped_within_the_time_limit(librsvg):
    """The time limit's alarm cannot interrupt C code; the child drawing is killed when the limit has
    2 × MARGIN left or less, and the error names the library (in a watch, with no alarm, after
    ``apart.DEFAULT_SECONDS``). A test process that hangs is a failure too."""
    import time

    from generator.errors import BuildError
    from generator.pipeline.limits import time_limit

    start = time.monotonic()
    with pytest.raises(raster.DrawError, match="librsvg was still running after"):
        try:
            with time_limit(3, "Drawing"):
                raster.svg_to_png(ENDLESS, (60, 40))
        except BuildError as exc:  # the alarm, not the child's deadline: also stopped, but unnamed
            pytest.fail(f"stopped by the document's limit instead of the picture's: {exc}")
    assert time.monotonic() - start < 10
