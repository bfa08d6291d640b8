"""A sentence's clauses: where the clause around a date starts and ends, the place in it, and the words
between a meeting and a date that keep them apart (a new clause, reported speech, another time). The rules
that tie a date to a meeting ask these before tying them.
"""

from __future__ import annotations

import re

from ..dates import DateMention
from ..gathering import CAPITAL_WORD, STOP
from .phrases import _Phrase
from .places import _PLACE_WORDS, _place
from .vocabulary import _MEETING_VERB

_CLAUSE_START = re.compile(
    r"^\s*[\"“‘'(]?\s*"
    # "In Singapore (July 22-24), she will attend …": the place said first, its days in brackets
    rf"(?:(?:[Ii]n|[Aa]t)\s+{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}}\s*\(\s*)?"
    r"(?:(?:in|on|during|at|by|around|from|as of)\s+)?"
    r"(?:(?:less|more)\s+than\s+|(?:just|only|barely|almost|nearly|some|about|exactly)\s+)?$",
    re.IGNORECASE,
)


_NEW_CLAUSE = re.compile(r"\s+(?:will|is|was|were|are|has|have|had|we|I|they)\b")


def _clause_head(text: str, pos: int) -> str:
    """The words of the clause before ``pos``: "…, and in October we will host" → " in "."""
    cut = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos), text.rfind(":", 0, pos))
    head = text[cut + 1 : pos]
    return re.sub(r"^\s*(?:and|but|while|whereas)\s+", " ", head, flags=re.IGNORECASE)


_SAID_THAT = re.compile(
    r"\b(?:said|stated|argued|believed?|think|thought|hoped?|suggested|proposed|warned|noted|stressed)\s+that\b",
    re.I,
)

_SINCE_BETWEEN = re.compile(
    r"\b(?:since|until|before|after|anniversary|ahead\s+of|following\s+(?:the|a|an|its|our|their|this))\b",
    re.IGNORECASE,
)


def _separated(text: str, p: _Phrase, m: DateMention) -> bool:
    """A meeting and a date of one sentence that the words between keep apart."""
    between = text[min(p.end, m.end) : max(p.start, m.start)]
    return bool(
        # "my first visit to Amsel since I became Minister in 2009": the date is the since-clause's
        _SINCE_BETWEEN.search(between)
        # "In 2009, the minister said that the Summit should …": the date is of the saying
        or _SAID_THAT.search(between)
        # "Today we have the Partners Meeting, tomorrow is free": the date opens another clause
        or (p.end <= m.start and "," in between and _NEW_CLAUSE.match(text, m.end))
    )


#: A meeting named after one of these words is another time than the date of its clause: "Following her
#: visit to X, she will travel to Y (July 24-25)".
_OTHER_TIME = re.compile(
    r"\b(?:following|after|before|since|ahead\s+of|prior\s+to)\s+(?:(?:the|a|an|its|our|their|his|her|this|my)\s+)?"
    r"(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


def _other_time(text: str, p: _Phrase, m: DateMention) -> bool:
    """Only when a comma and a new clause stand between that phrase and the date: "since our last Summit in
    Kampala, Uganda last October" dates the Summit; "just before the Session …, on 11 May" too."""
    # (the words before the phrase first: forty characters, where the words between it and the date may be
    # the whole of a long sentence, read for every phrase and date of it)
    if p.end > m.start or not _OTHER_TIME.search(text[max(0, p.start - 40) : p.start]):
        return False
    between = text[p.end : m.start]
    return "," in between and bool(_FINITE.search(between) or _MEETING_VERB.search(between))


#: A finite verb: a new clause begins ("…, Secretary Rice will travel to …").
_FINITE = re.compile(r"\b(?:will|shall|would|can|could|is|are|was|were|has|have|had|did|does|do)\b", re.I)


#: Where a clause ends: a stop, a semicolon or colon, a dash, or a comma before a new clause.
_CLAUSE_BREAK = re.compile(
    STOP + r"|\s[–—]\s|,\s*(?=(?:and|but|while|whereas|which|who|where|although|though|as|because|"
    r"since|so|yet)\b)|\((?=[^)]*\))|\)"
)


def _date_clause(text: str, m: DateMention) -> tuple[int, int]:
    """The clause around a date: from the break before it to the break after it."""
    start = 0
    for b in _CLAUSE_BREAK.finditer(text, 0, m.start):
        start = b.end()
    after = _CLAUSE_BREAK.search(text, m.end)
    return start, after.start() if after else len(text)


def _place_in_clause(text: str, m: DateMention) -> str | None:
    start, end = _date_clause(text, m)
    found = re.search(rf"\b(?:in|at)\s+(?P<p>{_PLACE_WORDS})", text[start:end])
    return _place(found["p"]) if found else None


def _clause_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return start, end if end >= 0 else len(text)
