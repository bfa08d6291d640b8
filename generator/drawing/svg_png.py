"""An SVG drawn as a PNG: the picture a DOCX keeps beside its SVG for readers that cannot draw SVG.

librsvg draws it where the system has the library (Debian's ``librsvg2-2``,
installed with most desktops and by ``.ci/run``), called through ctypes;
CairoSVG draws it otherwise. librsvg is preferred because it is what the PDF
is in every way that shows (docs/performance.md, "The timeline picture,
drawn once"):

- text is laid out by Pango with the fonts fontconfig chooses, as WeasyPrint
  lays out the PDF's: kerning, and a fallback font for a script the named
  font lacks (CairoSVG asks cairo for one font and draws empty boxes for
  Japanese in DejaVu Sans);
- it is twice as fast as CairoSVG, which draws text letter by letter in
  Python, twice (once as a path, once filled);
- it loads nothing outside the SVG: without a base URL (none is given),
  librsvg refuses every reference but a ``data:`` URI.

The drawing runs in a child process started by exec (``pipeline.apart``;
``writers/docx/raster.py`` asks for it): this module is all that child imports
of briefkit's, and it opens and warms up the library there, never in the
process that asks (see ``warm_up``).

The PNG is written here rather than by cairo or Pillow: their encoders try
five row filters on every row, which a flat drawing does not gain from (its
rows compress best unfiltered), and cost twice the time for a larger file.
"""

from __future__ import annotations

import contextlib
import ctypes
import struct
import sys
import zlib
from collections.abc import Callable
from functools import cache

#: The picture's deflate and its level: ISA-L's (python-isal) at level 2 took 0.6 ms for the
#: timeline's 1.5 MB of pixels where zlib took 4.6 ms at level 3, for a PNG of the same size
#: (56.6 kB against 57.1); zlib where isal is not installed (3 is as fast as zlib's 1, and smaller).
_compress: Callable[[bytes, int], bytes]
try:
    from isal import isal_zlib

    _compress, PNG_LEVEL = isal_zlib.compress, 2
except ImportError:  # pragma: no cover - isal is a dependency; a checkout run without it
    _compress, PNG_LEVEL = zlib.compress, 3

#: Lengths in an SVG are CSS pixels (librsvg's own default is 90 per inch).
CSS_DPI = 96.0

_CAIRO_FORMAT_ARGB32 = 0
_LIBRARY_NAMES = ("librsvg-2.so.2", "librsvg-2.2.dylib", "librsvg-2-2.dll")


class DrawError(Exception):
    """The SVG cannot be drawn (the caller names the picture)."""


def draw(library: str, source: bytes, pixels: tuple[int, int]) -> bytes:
    """The PNG of an SVG document (its bytes) drawn at *pixels* (width, height) by *library*
    ("librsvg" or "CairoSVG"); DrawError where it cannot be drawn."""
    return (_with_librsvg if library == "librsvg" else _with_cairosvg)(source, pixels)


def drawer() -> str:
    """Which library draws pictures here: "librsvg" or "CairoSVG"."""
    return "librsvg" if _librsvg() is not None and sys.byteorder == "little" else "CairoSVG"


#: The picture a drawing child draws before it is asked for any (see ``warm_up``).
_WARM_UP = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><text y="7">a</text></svg>'


def warm_up(library: str) -> None:
    """Draw a picture of briefkit's own with *library*, so that the first picture asked for
    finds the library opened and its fonts loaded (fontconfig's cache, Pango's font map).

    Sent to a drawing child as it starts (``raster.start_drawing``), while its parent
    has other work: never made in a process that forks. Pango sorts and matches fonts
    in threads of its own ("[pango] FcFontSetSort"), which are often still running when
    the drawing that started them has returned (after one drawing of text in two,
    here): a child forked then inherits the locks they hold (fontconfig's) and waits
    for them for ever. Warmed up in its parent, a drawing child forked just after
    waited so until the time limit (one CI run).
    """
    with contextlib.suppress(DrawError):  # briefkit's own; a library that cannot draw it says so later
        draw(library, _WARM_UP, (8, 8))


class _GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", ctypes.c_int), ("message", ctypes.c_char_p)]


class _Rectangle(ctypes.Structure):
    _fields_ = [(name, ctypes.c_double) for name in ("x", "y", "width", "height")]


_P = ctypes.c_void_p
_ERROR = ctypes.POINTER(ctypes.POINTER(_GError))
#: The functions called, (result, arguments): librsvg's, and cairo's and GLib's through librsvg's
#: own dependencies. By ctypes rather than cffi, whose parse of the declarations took 80 ms
#: of a drawing child's start (pycparser), more than the rest of its start together.
_FUNCTIONS = {
    "rsvg_handle_new_from_data": (_P, [ctypes.c_char_p, ctypes.c_size_t, _ERROR]),
    "rsvg_handle_set_dpi": (None, [_P, ctypes.c_double]),
    "rsvg_handle_render_document": (ctypes.c_int, [_P, _P, ctypes.POINTER(_Rectangle), _ERROR]),
    "g_object_unref": (None, [_P]),
    "g_error_free": (None, [ctypes.POINTER(_GError)]),
    "cairo_image_surface_create": (_P, [ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    "cairo_surface_status": (ctypes.c_int, [_P]),
    "cairo_surface_flush": (None, [_P]),
    "cairo_image_surface_get_data": (_P, [_P]),
    "cairo_image_surface_get_stride": (ctypes.c_int, [_P]),
    "cairo_surface_destroy": (None, [_P]),
    "cairo_create": (_P, [_P]),
    "cairo_destroy": (None, [_P]),
}


@cache
def _librsvg():
    """librsvg 2.46 or later (its functions typed), or None where it is not installed."""
    for name in _LIBRARY_NAMES:
        found = _opened(name)
        if found is not None:
            return found
    # Elsewhere (another name, another folder): the system's search, which may run a program.
    import ctypes.util  # here: it imports subprocess and tempfile, 13 ms of a drawing child's start

    name = ctypes.util.find_library("rsvg-2")
    return _opened(name) if name else None


def _opened(name: str):
    try:
        lib = ctypes.CDLL(name)
        for function, (result, arguments) in _FUNCTIONS.items():
            # rsvg_handle_render_document is 2.46's: AttributeError before
            typed = getattr(lib, function)
            typed.restype, typed.argtypes = result, arguments
    except (OSError, AttributeError):
        return None
    return lib


def _with_librsvg(source: bytes, pixels: tuple[int, int]) -> bytes:
    lib = _librsvg()
    if lib is None:
        raise DrawError("librsvg is not installed")
    error = ctypes.POINTER(_GError)()
    handle = lib.rsvg_handle_new_from_data(source, len(source), ctypes.byref(error))
    if not handle:
        raise DrawError(_message(lib, error))
    surface = context = None
    try:
        lib.rsvg_handle_set_dpi(handle, CSS_DPI)
        width, height = pixels
        surface = lib.cairo_image_surface_create(_CAIRO_FORMAT_ARGB32, width, height)
        if lib.cairo_surface_status(surface) != 0:
            raise DrawError(f"no {width} x {height} pixel surface could be made")
        context = lib.cairo_create(surface)
        viewport = _Rectangle(0.0, 0.0, float(width), float(height))
        if not lib.rsvg_handle_render_document(handle, context, ctypes.byref(viewport), ctypes.byref(error)):
            raise DrawError(_message(lib, error))
        lib.cairo_surface_flush(surface)
        stride = lib.cairo_image_surface_get_stride(surface)
        data = (ctypes.c_char * (stride * height)).from_address(lib.cairo_image_surface_get_data(surface))
        return encode_png(_straight_rgba(data, width, height, stride), width, height)
    finally:
        if context:
            lib.cairo_destroy(context)
        if surface:
            lib.cairo_surface_destroy(surface)
        lib.g_object_unref(handle)


def _message(lib, error) -> str:
    if not error:
        return "librsvg could not read it"
    text = (error.contents.message or b"").decode("utf-8", "replace")
    lib.g_error_free(error)
    return text


def _straight_rgba(premultiplied, width: int, height: int, stride: int) -> bytes:
    """cairo's pixels (native-endian ARGB, colour multiplied by alpha) as PNG's RGBA bytes."""
    from PIL import Image

    return Image.frombuffer("RGBA", (width, height), premultiplied, "raw", "BGRa", stride, 1).tobytes()


def encode_png(rgba: bytes, width: int, height: int) -> bytes:
    """An 8-bit RGBA PNG, rows unfiltered: a flat drawing's rows compress best as they are."""
    row = width * 4
    lines = b"".join(b"\x00" + rgba[start : start + row] for start in range(0, row * height, row))
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)),
            _chunk(b"IDAT", _compress(lines, PNG_LEVEL)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _with_cairosvg(source: bytes, pixels: tuple[int, int]) -> bytes:
    from xml.etree import ElementTree

    import cairosvg
    from cairocffi import CairoError
    from lxml import etree

    try:
        return cairosvg.svg2png(bytestring=source, output_width=pixels[0], output_height=pixels[1])
    except (ValueError, etree.XMLSyntaxError, ElementTree.ParseError, ZeroDivisionError, CairoError) as exc:
        raise DrawError(str(exc)) from None
    except RecursionError:  # a <use> or a pattern that draws itself: CairoSVG follows it down
        raise DrawError("it draws itself (a <use>, pattern or marker that refers to itself)") from None
