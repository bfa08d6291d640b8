"""An SVG drawn as a PNG: the picture a DOCX keeps beside its SVG for readers that cannot draw SVG.

librsvg draws it where the system has the library (Debian's ``librsvg2-2``,
installed with most desktops and by ``.ci/run``), called through cffi as
WeasyPrint calls Pango; CairoSVG draws it otherwise. librsvg is preferred
because it is what the PDF is in every way that shows (docs/performance.md,
"The timeline picture, drawn once"):

- text is laid out by Pango with the fonts fontconfig chooses, as WeasyPrint
  lays out the PDF's: kerning, and a fallback font for a script the named
  font lacks (CairoSVG asks cairo for one font and draws empty boxes for
  Japanese in DejaVu Sans);
- it is twice as fast as CairoSVG, which draws text letter by letter in
  Python, twice (once as a path, once filled);
- it loads nothing outside the SVG: without a base URL (none is given),
  librsvg refuses every reference but a ``data:`` URI.

The PNG is written here rather than by cairo or Pillow: their encoders try
five row filters on every row, which a flat drawing does not gain from (its
rows compress best unfiltered), and cost twice the time for a larger file.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import struct
import sys
import threading
import zlib
from collections.abc import Callable
from functools import cache

from ...pipeline.apart import Stopped, run_apart

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

_CDEF = """
typedef struct _RsvgHandle RsvgHandle;
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct { uint32_t domain; int code; char *message; } GError;
typedef struct { double x, y, width, height; } RsvgRectangle;
RsvgHandle *rsvg_handle_new_from_data(const uint8_t *data, size_t data_len, GError **error);
void rsvg_handle_set_dpi(RsvgHandle *handle, double dpi);
int rsvg_handle_render_document(RsvgHandle *handle, cairo_t *cr, const RsvgRectangle *viewport,
                                GError **error);
void g_object_unref(void *object);
void g_error_free(GError *error);
cairo_surface_t *cairo_image_surface_create(int format, int width, int height);
int cairo_surface_status(cairo_surface_t *surface);
void cairo_surface_flush(cairo_surface_t *surface);
unsigned char *cairo_image_surface_get_data(cairo_surface_t *surface);
int cairo_image_surface_get_stride(cairo_surface_t *surface);
void cairo_surface_destroy(cairo_surface_t *surface);
cairo_t *cairo_create(cairo_surface_t *target);
void cairo_destroy(cairo_t *cr);
"""
_CAIRO_FORMAT_ARGB32 = 0
_LIBRARY_NAMES = ("librsvg-2.so.2", "librsvg-2.2.dylib", "librsvg-2-2.dll")


class DrawError(Exception):
    """The SVG cannot be drawn (the caller names the picture)."""


def _librsvg():
    """(ffi, library) for librsvg 2.46 or later, or None where it is not installed.

    Looked up under the lock ``warm_up`` holds (``_library.lock``): a process that forks while
    another of its threads is opening a library (cffi's and the loader's locks
    held) has a child that waits for those locks for ever when it draws.
    """
    with _library.lock:
        return _load_librsvg()


@cache
def _load_librsvg():
    try:
        import cffi
    except ImportError:  # pragma: no cover - cffi comes with cairocffi and WeasyPrint
        return None
    ffi = cffi.FFI()
    ffi.cdef(_CDEF)
    for name in _LIBRARY_NAMES:
        found = _opened(ffi, name)
        if found is not None:
            return ffi, found
    # Elsewhere (another name, another folder): the system's search, which may run a program.
    name = ctypes.util.find_library("rsvg-2")
    found = _opened(ffi, name) if name else None
    return None if found is None else (ffi, found)


def _opened(ffi, name: str):
    try:
        lib = ffi.dlopen(name)
        lib.rsvg_handle_render_document  # noqa: B018  (2.46 or later; AttributeError before)
    except (OSError, AttributeError):
        return None
    return lib


def drawer() -> str:
    """Which library draws pictures in this process: "librsvg" or "CairoSVG"."""
    return "librsvg" if _librsvg() is not None and sys.byteorder == "little" else "CairoSVG"


def svg_to_png(source: bytes, pixels: tuple[int, int], *, using: str | None = None) -> bytes:
    """The PNG of an SVG document (its bytes) drawn at *pixels* (width, height).

    *using* names the library (``drawer()``'s by default); the tests draw with both.
    The drawing is made in a child process (``pipeline.apart``): the SVG comes
    from templates and pictures an event folder brings, and librsvg can loop
    in C for hours on one (``feTurbulence`` with 10⁸ octaves), where the time
    limit cannot stop it, or abort the process (an ``feConvolveMatrix`` of
    order 30 panics).
    """
    warm_up(using)  # first: it opens the library (see there)
    library = using or drawer()
    draw = _with_librsvg if library == "librsvg" else _with_cairosvg
    try:
        return run_apart(draw, source, pixels, what=library)
    except Stopped as exc:
        raise DrawError(str(exc)) from None


#: Drawn in this process once, before the first child is forked (see ``warm_up``).
_WARM_UP = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><text y="7">a</text></svg>'


def warm_up(library: str | None = None) -> None:
    """Draw a picture of briefkit's own in this process, so every child forked to draw
    starts with the library's fonts loaded (each child's own loading is lost with it).
    Measured, CPU a 40-bar chart: 30 ms drawn in this process, 62 ms in a child, 50 ms
    in a child after this.

    Once a process, and no thread forks to draw before it is done (``_library.lock``):
    threads drawing their first pictures at once (a Dask worker's) opened the
    library and drew here while another forked, and a child forked then waited
    for a lock held by a thread it does not have (its pictures stopped after
    the time limit, two runs in five).
    """
    if library is not None and library in _library.warmed:
        return
    with _library.lock:
        library = library or drawer()
        if library not in _library.warmed:
            with contextlib.suppress(DrawError):
                (_with_librsvg if library == "librsvg" else _with_cairosvg)(_WARM_UP, (8, 8))
            _library.warmed.add(library)


class _Library:
    """This process's opening of the library: the lock held while it is opened or warmed up
    and the libraries warmed up."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.warmed: set[str] = set()


_library = _Library()


def _new_lock() -> None:
    """In a forked process: the lock, which another thread may have held at the fork, made anew."""
    _library.lock = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock)


def _with_librsvg(source: bytes, pixels: tuple[int, int]) -> bytes:
    found = _librsvg()
    if found is None:
        raise DrawError("librsvg is not installed")
    ffi, lib = found
    error = ffi.new("GError **")
    handle = lib.rsvg_handle_new_from_data(source, len(source), error)
    if handle == ffi.NULL:
        raise DrawError(_message(ffi, lib, error))
    surface = context = ffi.NULL
    try:
        lib.rsvg_handle_set_dpi(handle, CSS_DPI)
        width, height = pixels
        surface = lib.cairo_image_surface_create(_CAIRO_FORMAT_ARGB32, width, height)
        if lib.cairo_surface_status(surface) != 0:
            raise DrawError(f"no {width} x {height} pixel surface could be made")
        context = lib.cairo_create(surface)
        viewport = ffi.new("RsvgRectangle *", (0.0, 0.0, float(width), float(height)))
        if not lib.rsvg_handle_render_document(handle, context, viewport, error):
            raise DrawError(_message(ffi, lib, error))
        lib.cairo_surface_flush(surface)
        stride = lib.cairo_image_surface_get_stride(surface)
        data = ffi.buffer(lib.cairo_image_surface_get_data(surface), stride * height)
        return encode_png(_straight_rgba(data, width, height, stride), width, height)
    finally:
        if context != ffi.NULL:
            lib.cairo_destroy(context)
        if surface != ffi.NULL:
            lib.cairo_surface_destroy(surface)
        lib.g_object_unref(handle)


def _message(ffi, lib, error) -> str:
    if error[0] == ffi.NULL:
        return "librsvg could not read it"
    text = ffi.string(error[0].message).decode("utf-8", "replace")
    lib.g_error_free(error[0])
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
