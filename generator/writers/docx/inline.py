"""Inline content as *segments*: text with its formatting, breaks, tabs, pictures, bookmarks.

The walker gathers a paragraph's inline HTML into segments first, so that
whitespace can be collapsed across element boundaries as a browser does
before any run is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import images
from .text import collapse


@dataclass(frozen=True, eq=False)
class Link:
    """One ``<a>``: identity matters, consecutive runs of one link share a w:hyperlink."""

    url: str | None = None
    anchor: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Fmt:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    highlight: bool = False
    small: bool = False
    code: bool = False
    vert: str | None = None  # "super" or "sub"
    link: Link | None = None
    #: A character style named by a class (``cite``, ``para-no``).
    char_style: str | None = None


@dataclass
class Text:
    text: str
    fmt: Fmt


@dataclass
class Break:
    fmt: Fmt


@dataclass
class Tab:
    fmt: Fmt


@dataclass
class Mark:
    """A bookmark: the target of an internal link."""

    name: str


@dataclass
class Field:
    """A Word field shown with *result* until Word updates it (a caption's SEQ number)."""

    instruction: str
    result: str
    fmt: Fmt


@dataclass
class Pic:
    picture: images.Picture
    fmt: Fmt
    #: "left" or "right": floated to that margin beside the paragraph it is in (the PDF's
    #: float), text wrapping on the other side; None: inline.
    float: str | None = None


# --- whitespace -------------------------------------------------------------------


def normalise(segments: list) -> list:
    """Collapse whitespace as a browser does: one space between words, none at line ends."""
    out: list = []
    after_space = True  # at the start of a line, leading spaces vanish
    for seg in segments:
        if isinstance(seg, Text):
            text = collapse(seg.text)
            if after_space:
                text = text.lstrip(" ")
            if text:
                out.append(Text(text, seg.fmt))
                after_space = text.endswith(" ")
        elif isinstance(seg, (Break, Tab)):
            # Spaces around a line break or a tab would only push text about.
            _strip_trailing(out)
            out.append(seg)
            after_space = True
        elif isinstance(seg, (Pic, Field)):
            out.append(seg)
            after_space = False
        else:
            out.append(seg)
    _strip_trailing(out)
    return out


def _strip_trailing(out: list) -> None:
    for index in range(len(out) - 1, -1, -1):
        seg = out[index]
        if isinstance(seg, Mark):
            continue
        if isinstance(seg, Text):
            text = seg.text.rstrip(" ")
            if text:
                out[index] = Text(text, seg.fmt)
                return
            del out[index]
            continue
        return


def has_content(segments: list) -> bool:
    return any(isinstance(s, (Text, Break, Pic, Tab, Field)) for s in segments)


def merge(segments: list) -> list:
    """Join neighbouring text with the same formatting into one run."""
    out: list = []
    for seg in segments:
        if isinstance(seg, Text) and out and isinstance(out[-1], Text) and out[-1].fmt == seg.fmt:
            out[-1] = Text(out[-1].text + seg.text, seg.fmt)
        else:
            out.append(seg)
    return out
