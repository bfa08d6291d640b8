"""The DOCX writer's pictures drawn as PNG: asked of a drawing child, a fresh interpreter of its own.

The drawing itself (librsvg, or CairoSVG where librsvg is not installed,
and the PNG written unfiltered) is ``generator.drawing.svg_png``'s; this
module has it made in a child process (``pipeline.apart``): the SVG comes
from templates and pictures an event folder brings, and librsvg can loop in
C for hours on one (``feTurbulence`` with 10⁸ octaves), where the time limit
cannot stop it, or abort the process (an ``feConvolveMatrix`` of order 30
panics). The child is started by exec and kept warm; nothing is drawn in
this process, which may fork (see ``svg_png.warm_up``).
"""

from __future__ import annotations

from ...drawing import svg_png
from ...drawing.svg_png import DrawError, encode_png
from ...pipeline.apart import Stopped, run_apart, start_warm

__all__ = ["DrawError", "drawer", "encode_png", "start_drawing", "svg_to_png"]


def drawer() -> str:
    """Which library draws pictures: "librsvg" or "CairoSVG" (looked up, not drawn with, here)."""
    return svg_png.drawer()


def svg_to_png(source: bytes, pixels: tuple[int, int], *, using: str | None = None) -> bytes:
    """The PNG of an SVG document (its bytes) drawn at *pixels* (width, height), in the drawing
    child; DrawError (its message says why) where it cannot be drawn, crashed the library or
    ran past the time left.

    *using* names the library (``drawer()``'s by default); the tests draw with both.
    """
    library = using or drawer()
    try:
        return run_apart(svg_png.draw, library, source, pixels, what=library)
    except Stopped as exc:
        raise DrawError(str(exc)) from None


def start_drawing() -> None:
    """Start this process's drawing child now, warming up its library while this process does
    other work (a worker, while the build templates): the first picture then finds it ready.
    A process that draws nothing need not call it; the first picture starts the child."""
    library = drawer()
    start_warm(svg_png.warm_up, library, what=library)
