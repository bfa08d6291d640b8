"""Cut the numbered paragraphs of a statement into passages a fact can cite.

A passage is a sentence of prose, one line of a list, a bullet, a sub-bullet
or an indented note, always with the number of the paragraph it belongs to
and always a verbatim piece of that paragraph's text, so that evidence
copied from a passage passes the loader's citation check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..content.speech import Item, Speech, normalise_space
from .dates import MONTH_ABBREVIATIONS, find_dates

#: Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "vs",
    "cf",
    "e.g",
    "i.e",
    "amb",
    "gen",
    "hon",
    "rev",
    "jr",
    "sr",
    "fig",
    "vol",
    "approx",
    "dept",
    "govt",
    "inc",
    "ltd",
    "co",
    "art",
    "para",
    "paras",
    "rt",
    "sen",
    "messrs",
    "mt",
    "ft",
} | MONTH_ABBREVIATIONS
#: (From the first of a run of stops only: tried from each stop of "....", every one read the rest of the run
#: again, and 10,000 stops took 1.5 s, a megabyte of them hours.)
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
#: Characters looked back for the word before a full stop: no abbreviation or initials are longer.
WORD_WINDOW = 200
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
#: A number or letter the statement gives its own paragraphs: "5. ", "(b) ", "iii) ".
_OWN_NUMBER = re.compile(r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\d{1,3}\.\d{0,2})\s+(?=\S)")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Passage:
    #: The paragraph number, as the annex prints it.
    paragraph: int
    #: Normalised text; always a substring of the paragraph's plain text.
    text: str
    #: "sentence" (prose), "line" (of a list), "bullet", "sub-bullet" or "note".
    role: str
    #: Nesting depth for bullets (0 for a top-level bullet).
    level: int = 0
    #: Position in the statement, for stable ordering.
    index: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_sentences(text: str) -> list[str]:
    """Sentences of a normalised text, split at . ! ? before a capital, sparing "Mr." and "H.E."."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        # The word before the boundary, looked for in the last WORD_WINDOW characters only: the text
        # since the last split grows past every "Mr." spared, and splitting all of it each time was
        # quadratic (7,500 "Mr. " took 4 s, 30,000 a minute).
        before = text[max(start, m.start() + 1 - WORD_WINDOW) : m.start() + 1].split()
        word = before[-1].lstrip('("“‘') if before else ""
        stem = word.rstrip(".").lower()
        if text[m.start()] == "." and (
            stem in _ABBREVIATIONS or _INITIALS.match(word.rstrip(".")) or len(stem) == 1
        ):
            continue
        end = m.end()
        out.append(text[start:end].strip())
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def is_list_block(lines: list[str]) -> bool:
    """A block of short lines that is a list of dated entries rather than wrapped prose."""
    dated = sum(1 for line in lines if _starts_with_date(line))
    return dated * 2 >= len(lines)


def _starts_with_date(line: str) -> bool:
    found = find_dates(line, list_line=True)
    return bool(found) and found[0].start <= 2 and found[0].date is not None


def passages(speech: Speech) -> list[Passage]:
    """Every passage of the statement in reading order."""
    out: list[Passage] = []

    def add(number: int, text: str, role: str, level: int = 0) -> None:
        # "5. Drawing on …": the statement's own numbering is not part of the sentence
        # (the annex numbers paragraphs its own way, and keeps the text as written).
        text = _OWN_NUMBER.sub("", normalise_space(text), count=1)
        if text:
            out.append(Passage(number, text, role, level, len(out)))

    for para in speech.paragraphs:
        if para.kind == "item" and para.item is not None:
            _item_passages(para.number, para.item, add)
        elif para.kind == "lines" and is_list_block(para.lines):
            for line in para.lines:
                add(para.number, line, "line")
        else:
            for sentence in split_sentences(normalise_space(para.plain_text())):
                add(para.number, sentence, "sentence")
    return out


def _item_passages(number: int, item: Item, add) -> None:
    role = "bullet" if item.level == 0 else "sub-bullet"
    for sentence in split_sentences(item.text):
        add(number, sentence, role, item.level)
    for note in item.notes:
        add(number, note, "note", item.level + 1)
    for child in item.children:
        _item_passages(number, child, add)


def evidence(text: str, focus: tuple[int, int] | None = None, *, low: int = 6, high: int = 12) -> str:
    """A verbatim window of ``low``–``high`` words from ``text``, around ``focus`` if given.

    The window is cut from the text itself, so it is always found again in
    the paragraph the text comes from. Quotation marks and punctuation at its
    edges are trimmed; a text shorter than ``low`` words is returned whole.
    """
    spans = [m.span() for m in _WORD.finditer(text)]
    if not spans:
        return text
    if focus is None:
        first, last = 0, min(len(spans), high) - 1
    else:
        inside = [i for i, (s, e) in enumerate(spans) if s < focus[1] and e > focus[0]]
        if not inside:
            inside = [0]
        first, last = inside[0], inside[-1]
        if last - first + 1 > high:
            last = first + high - 1
        # Grow to the right first (the words after a date name the event), then left.
        while last - first + 1 < low and (first > 0 or last < len(spans) - 1):
            if last < len(spans) - 1:
                last += 1
            if last - first + 1 < low and first > 0:
                first -= 1
    window = text[spans[first][0] : spans[last][1]]
    trimmed = _trim(window)
    return trimmed or window


_PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’"}


def _trim(window: str) -> str:
    """Drop punctuation at the edges, but keep a bracket or quotation mark whose partner is inside."""
    while window and window[-1] in ",;:.!? —–-":
        window = window[:-1]
    while window and window[0] in ",;:.!? —–-":
        window = window[1:]
    for opening, closing in list(_PAIRS.items()) + [('"', '"')]:
        if opening == closing:
            if window.count('"') % 2 == 1:
                window = (
                    window[1:] if window.startswith('"') else window[:-1] if window.endswith('"') else window
                )
            continue
        if window.endswith(closing) and window.count(opening) < window.count(closing):
            window = window[:-1]
        if window.startswith(opening) and window.count(opening) > window.count(closing):
            window = window[1:]
    return window.strip(",;:.!? —–-")
