"""Pictures for the DOCX: inline SVG and ``<img>`` sources turned into PNG/JPEG bytes.

SVG is rasterised with CairoSVG at 300 dpi at the size it will print, so it
stays sharp on paper. ``<img src>`` may be a ``data:`` URI or a local file
(relative to the document's folder); remote URLs are refused, like the PDF
writer does, so a build never depends on the network.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlparse

from lxml import etree

from ...config.confine import RefusedURL, confined_file, file_url_path
from ...render.svg import SVG_NS, svg_from_html  # noqa: F401  (re-exported for the walker)

log = logging.getLogger(__name__)

DPI = 300
#: CSS pixels per point.
PX_PER_PT = 96 / 72

_UNITS_PX = {"px": 1.0, "pt": PX_PER_PT, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


@dataclass(frozen=True)
class Picture:
    """Image bytes python-docx can embed, with the size to print them at."""

    data: bytes
    width_pt: float
    height_pt: float
    alt: str = ""


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


def svg_picture(svg, max_width_pt: float, alt: str = "") -> Picture:
    """Rasterise a namespaced SVG element at 300 dpi, fitted to *max_width_pt*."""
    import cairosvg

    box = _view_box(svg)
    ratio = box[1] / box[0] if box else None
    max_px = max_width_pt * PX_PER_PT
    width = _length_px(svg.get("width"), max_px)
    height = _length_px(svg.get("height"))
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
    width_pt, height_pt = width / PX_PER_PT, height / PX_PER_PT
    svg.set("width", f"{width:.3f}")
    svg.set("height", f"{height:.3f}")
    if not alt:
        title = svg.find(f"{{{SVG_NS}}}title")
        alt = (svg.get("aria-label") or (title.text if title is not None else "") or "").strip()
    source = etree.tostring(svg)
    try:
        png = cairosvg.svg2png(
            bytestring=source,
            output_width=max(1, round(width_pt / 72 * DPI)),
            output_height=max(1, round(height_pt / 72 * DPI)),
        )
    except (ValueError, etree.XMLSyntaxError, ZeroDivisionError) as exc:
        raise ImageError(f"the SVG cannot be drawn: {exc}") from None
    return Picture(png, width_pt, height_pt, alt)


# --- <img> ------------------------------------------------------------------------


def img_picture(
    el, max_width_pt: float, *, base_dir: Path | None, allowed_roots: tuple[Path, ...]
) -> Picture:
    src = (el.get("src") or "").strip()
    alt = (el.get("alt") or "").strip()
    if not src:
        raise ImageError("the image has no src")
    data, media_type = _load(src, base_dir, allowed_roots)
    # Raster formats never start with "<"; SVG always does (after any BOM or blanks).
    if media_type == "image/svg+xml" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        svg = _parse_svg(data)
        for attr in ("width", "height"):
            if el.get(attr):
                svg.set(attr, el.get(attr))
        return svg_picture(svg, max_width_pt, alt)
    return _raster(data, el, max_width_pt, alt)


def _parse_svg(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImageError(f"the SVG file is not well-formed XML: {exc}") from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ImageError("the file is not an SVG image")
    return root


def _raster(data: bytes, el, max_width_pt: float, alt: str) -> Picture:
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
    except UnrecognizedImageError:
        raise ImageError("the image format is not one Word can hold; use PNG, JPEG, GIF or SVG") from None
    natural_w = image.px_width * 72 / (image.horz_dpi or 96)
    natural_h = image.px_height * 72 / (image.vert_dpi or 96)
    width_px = _length_px(el.get("width"), max_width_pt * PX_PER_PT)
    height_px = _length_px(el.get("height"))
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
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read {path}: {exc.strerror}") from None
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


def stream(picture: Picture) -> io.BytesIO:
    return io.BytesIO(picture.data)
