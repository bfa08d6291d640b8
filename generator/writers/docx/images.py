"""Pictures for the DOCX: inline SVG and ``<img>`` sources turned into PNG/JPEG bytes.

An SVG picture is stored twice, the way Word 2016 and later store one: the
SVG itself (``asvg:svgBlip``), which Word draws as vectors, sharp on screen
and paper, and a PNG for every other reader (older Word, LibreOffice 7,
previews and phones), drawn at ``FALLBACK_DPI`` at the size it will print
(``raster``: librsvg, or CairoSVG where librsvg is not installed). An SVG that refers to anything outside itself is stored
as the PNG alone, so that no reader fetches anything when the file is opened.

``<img src>`` may be a ``data:`` URI or a local file (relative to the
document's folder); remote URLs are refused, like the PDF writer does, so a
build never depends on the network.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlparse

from lxml import etree

from ...clean_text import shown
from ...config.confine import RefusedURL, confined_file, file_url_path, read_limited
from ...config.theme import PT_PER_MM
from ...render.svg import SVG_NS, svg_from_html  # noqa: F401  (re-exported for the walker)
from . import raster

log = logging.getLogger(__name__)

#: The PNG stored beside each SVG. Word 2016+ draws the SVG; 150 dpi keeps
#: line art and 8-pt text legible for the readers that show the PNG, at
#: under half the CPU of 300 dpi (docs/performance.md, "The timeline picture").
FALLBACK_DPI = 150
#: CSS pixels per point.
PX_PER_PT = 96 / 72

_UNITS_PX = {
    "px": 1.0,
    "pt": PX_PER_PT,
    "pc": 16.0,
    "mm": PT_PER_MM * PX_PER_PT,
    "cm": 10 * PT_PER_MM * PX_PER_PT,
    "in": 96.0,
}


@dataclass(frozen=True)
class Picture:
    """Image bytes python-docx can embed, with the size to print them at."""

    data: bytes
    width_pt: float
    height_pt: float
    alt: str = ""
    #: The picture's SVG, stored beside ``data`` for readers that draw SVG; None for a raster picture.
    svg: bytes | None = None


class ImageError(Exception):
    """A picture cannot be made; the walker adds the template and line."""


# --- SVG --------------------------------------------------------------------------


def _length_px(value: str | None, reference_px: float | None = None) -> float | None:
    """An SVG/CSS length in CSS pixels; percentages need *reference_px*."""
    if not value:
        return None
    value = value.strip()
    try:
        if value.endswith("%"):
            return None if reference_px is None else float(value[:-1]) / 100 * reference_px
        for unit, factor in _UNITS_PX.items():
            if value.endswith(unit):
                return float(value[: -len(unit)]) * factor
        return float(value)
    except ValueError:
        return None


def _positive(length: float | None) -> float | None:
    return None if length is None or length < 0 else length


def _view_box(svg) -> tuple[float, float] | None:
    box = svg.get("viewBox")
    if not box:
        return None
    try:
        parts = [float(p) for p in box.replace(",", " ").split()]
    except ValueError:
        return None
    if len(parts) != 4 or parts[2] <= 0 or parts[3] <= 0:
        return None
    return parts[2], parts[3]


def _svg_size(svg, max_px: float) -> tuple[float, float]:
    """The size in CSS pixels a browser gives an SVG in a line *max_px* wide."""
    box = _view_box(svg)
    ratio = box[1] / box[0] if box else None
    # A negative size is an error a browser ignores, drawing the picture as if none were given.
    width = _positive(_length_px(svg.get("width"), max_px))
    height = _positive(_length_px(svg.get("height")))
    if width and height:
        pass
    elif width:
        height = width * ratio if ratio else 150.0
    elif height:
        width = height / ratio if ratio else 300.0
    else:
        # Like a browser: a scalable graphic fills the line, anything else is 300 x 150.
        width = max_px if ratio else 300.0
        height = width * ratio if ratio else 150.0
    if width > max_px:
        height *= max_px / width
        width = max_px
    return width, height


def svg_picture(svg, max_width_pt: float, alt: str = "", font_family: str | None = None) -> Picture:
    """An SVG element as a picture fitted to *max_width_pt*: the SVG and its PNG.

    *font_family* is given to the picture's text where the SVG names none
    (the PDF's stylesheet sets the timeline's font the same way), so that
    the SVG, the PNG and the PDF use one font.
    """
    width, height = _svg_size(svg, max_width_pt * PX_PER_PT)
    width_pt, height_pt = width / PX_PER_PT, height / PX_PER_PT
    svg.set("width", f"{width:.3f}")
    svg.set("height", f"{height:.3f}")
    if font_family and svg.get("font-family") is None:
        svg.set("font-family", font_family)
    if not alt:
        title = svg.find(f"{{{SVG_NS}}}title")
        alt = (svg.get("aria-label") or (title.text if title is not None else "") or "").strip()
    source = etree.tostring(svg)
    pixels = (max(1, round(width_pt / 72 * FALLBACK_DPI)), max(1, round(height_pt / 72 * FALLBACK_DPI)))
    if max(pixels) > MAX_SIDE_PX or pixels[0] * pixels[1] > MAX_PIXELS:
        raise ImageError(
            f"the picture would be {pixels[0]:,} x {pixels[1]:,} pixels at {FALLBACK_DPI} dpi, more than a "
            f"page can show (at most {MAX_SIDE_PX:,} pixels a side); check its width and height"
        )
    png = rasterise(source, pixels)
    return Picture(png, width_pt, height_pt, alt, source if self_contained(svg) else None)


def rasterise(source: bytes, pixels: tuple[int, int]) -> bytes:
    """The PNG of an SVG at a size in pixels, kept for the process's next documents.

    The timeline's graphic is drawn for the timeline and again for the pack,
    often in the same worker, and drawing it is most of a timeline DOCX's
    time. The key is a hash of the SVG's own bytes and the size, so a
    changed graphic is drawn anew; only small PNGs are kept, a few at a time.
    """
    key = (hashlib.sha256(source).digest(), pixels)
    png = _drawn.get(key)
    if png is not None:
        _drawn.move_to_end(key)
        return png
    try:
        png = raster.svg_to_png(source, pixels)
    except raster.DrawError as exc:
        raise ImageError(f"the SVG cannot be drawn: {exc}") from None
    if len(png) <= _KEEP_BYTES:
        _drawn[key] = png
        while len(_drawn) > _KEEP_COUNT:
            _drawn.popitem(last=False)
    return png


_drawn: OrderedDict[tuple[bytes, tuple[int, int]], bytes] = OrderedDict()
_KEEP_COUNT = 8
_KEEP_BYTES = 1024 * 1024


def forget_drawn() -> None:
    """Empty the kept PNGs (a benchmark measuring a document's first write calls this)."""
    _drawn.clear()


#: A reference in an attribute or style sheet: url(...) other than to a fragment of the SVG itself.
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)
#: Other CSS that may fetch (image(), image-set(), src(), @import), or that hides a word from the
#: checks above: a CSS escape ('u\\72l(' is 'url(') or a comment ('url/**/(').
_OTHER_FETCH = re.compile(r"\\|/\*|@import|\b(image|image-set|cross-fade|src|element)\s*\(", re.IGNORECASE)
_RASTER_DATA = re.compile(r"data:image/(png|jpeg|gif|webp)[;,]", re.IGNORECASE)
_XLINK = "{http://www.w3.org/1999/xlink}"
_XML = "{http://www.w3.org/XML/1998/namespace}"
_LINK_ATTRS = ("href", f"{_XLINK}href", "src")
#: Elements that run, fetch, embed other markup or change an attribute (a <set> can turn an
#: image's own #id into a URL): never kept in a stored SVG.
_REFUSED_ELEMENTS = frozenset(
    {"script", "style", "foreignObject", "iframe", "set", "animate", "animateMotion", "animateTransform"}
)


def self_contained(svg) -> bool:
    """True if the SVG refers to nothing outside itself, so a reader drawing it fetches nothing.

    An allow-list, since readers differ in what they follow: SVG elements only
    (no XHTML ``<object>`` or ``<meta>`` inside), no processing instruction (an
    ``<?xml-stylesheet?>`` names a style sheet to fetch), attributes without a
    namespace or in XLink's (``xml:lang`` and ``xml:space`` too), links only to
    the SVG's own elements (``#id``) and raster ``data:`` URIs (a ``data:`` SVG
    could refer further), and no CSS that fetches or hides a word from these
    checks. Scripts, style sheets, foreign content and animation are not kept
    either. CairoSVG never fetches; Word and other readers of the stored SVG might.
    """
    if any(True for _ in svg.itersiblings(preceding=True)) or any(True for _ in svg.itersiblings()):
        return False  # a processing instruction (or comment) beside the root
    for node in svg.iter():
        if not isinstance(node.tag, str):
            if isinstance(node, etree._ProcessingInstruction):
                return False
            continue
        namespace, _, local = node.tag.rpartition("}")
        if namespace != "{" + SVG_NS or local in _REFUSED_ELEMENTS:
            return False
        for name, value in node.attrib.items():
            attr_ns, _, attr = name.rpartition("}")
            if attr_ns and attr_ns + "}" != _XLINK and name not in (f"{_XML}lang", f"{_XML}space"):
                return False
            if attr.lower().startswith("on"):
                return False
            if name.lower() in _LINK_ATTRS or attr.lower() == "href":
                value = value.strip()
                if not (value.startswith("#") or _RASTER_DATA.match(value)):
                    return False
            elif _OUTSIDE_URL.search(value) or _OTHER_FETCH.search(value):
                return False
    return True


# --- <img> ------------------------------------------------------------------------


def img_picture(
    el,
    max_width_pt: float,
    *,
    base_dir: Path | None,
    allowed_roots: tuple[Path, ...],
    boxes: tuple[tuple[float, float], ...] = (),
) -> Picture:
    """The picture an ``<img>`` shows.

    With *boxes* (width, height in points: the sizes the caller will show it
    at, each fitted in its box with its proportions kept), an SVG is drawn
    at the largest of them, whatever size the ``<img>`` names: the theme's
    logo, shown in the running header and beside the title, is then drawn
    once, and its PNG is as sharp as the larger of the two needs.
    """
    src = (el.get("src") or "").strip()
    alt = (el.get("alt") or "").strip()
    if not src:
        raise ImageError("the image has no src")
    try:
        data, media_type = _load(src, base_dir, allowed_roots)
        # Raster formats never start with "<"; SVG always does (after any BOM or blanks).
        if media_type == "image/svg+xml" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
            svg = _parse_svg(data)
            if boxes:
                width, height = _svg_size(svg, max_width_pt * PX_PER_PT)
                scale = max(min(w * PX_PER_PT / width, h * PX_PER_PT / height) for w, h in boxes)
                svg.set("width", f"{width * scale:.3f}")
                svg.set("height", f"{height * scale:.3f}")
                return svg_picture(svg, max_width_pt, alt)
            given = [attr for attr in ("width", "height") if el.get(attr)]
            if len(given) == 1 and _view_box(svg):
                # Like a browser: the side the <img> leaves out follows the picture's proportions
                # (the logo's height="53" drew a 64 x 64 picture on a 64 x 53 canvas, blank at the sides).
                svg.attrib.pop("height" if given == ["width"] else "width", None)
            for attr in given:
                svg.set(attr, el.get(attr))
            return svg_picture(svg, max_width_pt, alt)
        return _raster(data, el, max_width_pt, alt)
    except ImageError as exc:
        raise ImageError(f"{_named(src)}: {exc}") from None


def _named(src: str) -> str:
    """How a picture's src is shown in a message (a data: URI is not printed whole)."""
    if src.startswith("data:"):
        return f"a data: URI of {len(src):,} characters"
    return shown(src if len(src) <= 200 else src[:200] + "…")


def _parse_svg(data: bytes):
    """An SVG file's root element; refused if too large, or if it declares entities.

    Entities are never expanded (that is how a picture reads a file, or
    grows a billion times); a picture that uses them is refused, rather than
    handed on to CairoSVG with references it cannot resolve.
    """
    if len(data) > MAX_SVG_BYTES:
        raise ImageError(
            f"the SVG is {len(data):,} bytes; pictures drawn from SVG are limited to {MAX_SVG_BYTES:,} bytes"
        )
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "entit" in str(exc).lower():
            raise ImageError(_ENTITIES) from None
        raise ImageError(f"the SVG file is not well-formed XML: {exc}") from None
    tree = root.getroottree()
    if (tree.docinfo.internalDTD is not None and tree.docinfo.internalDTD.entities()) or any(
        isinstance(node, etree._Entity) for node in root.iter()
    ):
        raise ImageError(_ENTITIES)
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ImageError("the file is not an SVG image")
    return root


_ENTITIES = (
    "the SVG declares XML entities (<!ENTITY>), which briefkit does not expand; write the "
    "text out in the picture"
)
#: An SVG file larger than this is not a picture someone drew.
MAX_SVG_BYTES = 8 * 1024 * 1024
#: A raster or SVG picture file read for the DOCX.
MAX_PICTURE_BYTES = 64 * 1024 * 1024
#: Cairo's own limit on a surface side; pictures at 150 dpi fit a page well within it.
MAX_SIDE_PX = 32_000
MAX_PIXELS = 100_000_000


def _raster(data: bytes, el, max_width_pt: float, alt: str) -> Picture:
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
    except UnrecognizedImageError:
        raise ImageError("the image format is not one Word can hold; use PNG, JPEG, GIF or SVG") from None
    natural_w = image.px_width * 72 / (image.horz_dpi or 96)
    natural_h = image.px_height * 72 / (image.vert_dpi or 96)
    width_px = _positive(_length_px(el.get("width"), max_width_pt * PX_PER_PT))
    height_px = _positive(_length_px(el.get("height")))
    if width_px is not None:
        width = width_px / PX_PER_PT
        height = height_px / PX_PER_PT if height_px is not None else natural_h * width / natural_w
    elif height_px is not None:
        height = height_px / PX_PER_PT
        width = natural_w * height / natural_h
    else:
        width, height = natural_w, natural_h
    if width > max_width_pt:
        height *= max_width_pt / width
        width = max_width_pt
    return Picture(data, width, height, alt)


def _load(src: str, base_dir: Path | None, allowed_roots: tuple[Path, ...]) -> tuple[bytes, str]:
    url = urlparse(src)
    if url.scheme == "data":
        return _data_uri(src)
    if url.scheme in ("http", "https", "ftp"):
        raise ImageError(f"remote images are not fetched ({src}); put the file next to the content")
    if url.scheme not in ("", "file"):
        raise ImageError(f"unsupported image URL {src!r}")
    try:
        if allowed_roots:
            path = confined_file(src, allowed_roots, base_dir)
        else:
            path = file_url_path(src, base_dir)
    except RefusedURL as exc:
        raise ImageError(str(exc)) from None
    data = read_limited(path, MAX_PICTURE_BYTES, ImageError)
    media = "image/svg+xml" if path.suffix.lower() == ".svg" else ""
    return data, media


def _data_uri(src: str) -> tuple[bytes, str]:
    header, comma, payload = src[5:].partition(",")
    if not comma:
        raise ImageError("malformed data: URI (no comma)")
    params = header.split(";")
    media_type = params[0].strip().lower() or "text/plain"
    try:
        if "base64" in (p.strip().lower() for p in params[1:]):
            data = base64.b64decode("".join(payload.split()), validate=True)
        else:
            data = unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        raise ImageError("malformed base64 in data: URI") from None
    return data, media_type
