"""Whether a page gives a person's own words at length, in a shape that says they are that person's.

A release, a summary, an introduction or a transcript's longest turn names a person; the page may then only
report on them (a visit announced, a remark quoted in passing) or reproduce what they said. Three shapes
reproduce it, each saying whose words follow:

- a quotation opened by a colon after a clause naming the person, by name, by office or by "he"/"she"
  ("He made the following statement: “…”", "the Secretary-General said: “…”");
- a turn labelled with their name ("Foreign Minister Lind: …", "Photo of Oskar LindOskar Lind (Port Sella,
  Unity)" over the turn);
- a speech opening with its salutation right under the lines that name them ("Here is the statement X
  delivered today …" / "Mr. President,").

``provenance.confirm_by_attribution`` prints a framing's speaker when one of these gives their words, as it
prints one the text's attributions name again.
"""

from __future__ import annotations

import re

from ..content.speech import normalise_space
from .readers.blocks import is_salutation

#: Words given at length: a statement, not a remark quoted in passing.
MIN_WORDS = 40

#: The end of a clause that opens a quotation with a colon: "… said:", "… the following statement:".
_OPENS_QUOTE = re.compile(
    r"(?:\b(?:said|says|stated|declared|added|continued|stressed|noted|remarked|told\s+\w+(?:\s+\w+)?)|"
    r"\bthe\s+following\s+(?:\w+\s+)?(?:statement|remarks|words|address|speech|message))\s*:\s*$"
)
_QUOTE_OPEN = '“"'
_QUOTE_CLOSE = re.compile(r"[”\"]")
#: A turn's label at the start of a line: up to five capitalised words (a role and a name) and a colon.
_TURN = re.compile(r"^(?P<label>(?:[A-Z][\w'’.\-]*\s+){0,5}[A-Z][\w'’.\-]*)\s*:\s+(?P<rest>.*)$")
#: A parliament transcript's speaker label: "Oskar Lind (Port Sella, Unity)", or under a photo caption that
#: repeats the name ("Photo of Oskar LindOskar Lind (Port Sella, Unity)"); ``header_elsewhere.transcript_speaker``
#: reads the longest turn's.
SEAT_LABEL = re.compile(
    r"^(?:Photo of\s+(?P<twice>[^()]+?)(?P=twice)|(?P<name>[A-Z][\w'’.\-]{1,40}(?:\s+[A-Z][\w'’.\-]{1,40}){1,3}))"
    r"\s*\([^()]+,[^()]+\)$"
)
#: Lines between the framing and a speech's salutation that are no prose: "* * *", a sub-title.
_SHORT = 8


def _refs(name: str, role: str | None) -> tuple[set[str], str | None]:
    """The person's name words that name them alone (the surname; the first word too, for a name in East
    Asian order), and their office's last word ("Secretary-General", "President")."""
    words = [w for w in name.split() if w[:1].isupper() and not w.endswith(".")]
    refs = set(words[-1:] + (words[:1] if len(words) >= 2 else []))
    office = role.split()[-1] if role and role.split() and role.split()[-1][:1].isupper() else None
    return refs, office


def _named(text: str, refs: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(r)}\b", text) for r in refs)


def _names(clause: str, before: str, refs: set[str], office: str | None) -> bool:
    """The clause opening the quotation names the person: by name, as "the <office>", or as "He"/"She" after
    a sentence of the same paragraph (``before``) that names them."""
    if _named(clause, refs):
        return True
    if office and re.search(rf"\bthe\s+{re.escape(office)}\b", clause):
        return True
    return bool(re.match(r"(?:He|She)\b", clause)) and _named(before, refs)


def _quoted_words(rest: str) -> int:
    """Words of a quotation that opens ``rest`` (blank lines and leading spaces aside), to its close or to the
    end of the text (a quotation over several paragraphs closes only at its end)."""
    rest = rest.lstrip()
    if not rest or rest[0] not in _QUOTE_OPEN:
        return 0
    close = _QUOTE_CLOSE.search(rest, 1)
    return len(rest[1 : close.start() if close else len(rest)].split())


def _colon_quotation(lines: list[str], refs: set[str], office: str | None) -> bool:
    for k, line in enumerate(lines):
        for m in re.finditer(r":", line):
            clause = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line[: m.end()])[-1]
            before = line[: m.end() - len(clause)]
            if not _OPENS_QUOTE.search(clause) or not _names(clause, before, refs, office):
                continue
            rest = "\n".join([line[m.end() :], *lines[k + 1 :]])
            if _quoted_words(rest) >= MIN_WORDS:
                return True
    return False


def _labelled_turn(lines: list[str], refs: set[str]) -> bool:
    """A turn labelled with the person's name holding ``MIN_WORDS`` words or more (to the next label)."""
    turns: list[tuple[bool, int]] = []
    for line in lines:
        seat = SEAT_LABEL.match(line)
        turn = _TURN.match(line) if seat is None else None
        if seat is not None:
            label = seat["twice"] or seat["name"]
            turns.append((bool(set(label.split()) & refs), 0))
        elif turn is not None and len(turn["label"].split()) <= 5:
            turns.append((bool(set(turn["label"].split()) & refs), len(turn["rest"].split())))
        elif turns:
            mine, words = turns[-1]
            turns[-1] = (mine, words + len(line.split()))
    return any(mine and words >= MIN_WORDS for mine, words in turns)


def _speech_below(lines: list[str], refs: set[str]) -> bool:
    """The page's first salutation, with only short lines between it and a line naming the person."""
    k = next((i for i, line in enumerate(lines[:40]) if is_salutation(line)), None)
    if k is None:
        return False
    for line in reversed(lines[:k]):
        if _named(line, refs):
            return True
        if len(line.split()) > _SHORT:
            return False
    return False


def gives_own_words(name: str, role: str | None, text: str) -> bool:
    """Whether the page gives ``name``'s own words at length in one of the module's three shapes."""
    refs, office = _refs(name, role)
    if not refs:
        return False
    lines = [line for line in (normalise_space(raw) for raw in text.split("\n")) if line]
    return _colon_quotation(lines, refs, office) or _labelled_turn(lines, refs) or _speech_below(lines, refs)
