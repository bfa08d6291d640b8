"""The event's name in the header's line about its occasion: the line itself, the meeting a headline names, or none.

A news item's headline ("Vietnam to host ASEAN Summit in late October", "SAARC Summit kicks off") was
printed whole as the event's name, on the cover and in the running head of every document. A meeting's
name is a noun phrase: its words are capitalised, or small words that join them ("of the", "on"), or
meeting words and what qualifies them ("informal meeting", "press conference"). Any other lower-case word
— a verb, "leaders", "late" — makes the line a sentence, and the name is then the one meeting its words
name, if they name exactly one. A line in capitals cannot be told apart this way and is kept as it is.
"""

from __future__ import annotations

import re

from .header.occasion import ORDINAL

#: Small words a name may hold between its capitalised words ("Conference on Disarmament", "Forum of the
#: Americas", "Sommet de la Francophonie").
_JOINING = frozenset(
    [
        "of",
        "the",
        "on",
        "for",
        "and",
        "in",
        "at",
        "among",
        "between",
        "with",
        "a",
        "an",
        "to",
        "&",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "del",
        "della",
        "di",
        "y",
        "et",
        "other",
    ]
)
#: Words that make a phrase a meeting's name. Bodies ("Council", "Assembly") are left out: "the
#: Presidency of the EU Council" names no meeting.
_MEETING = frozenset(
    [
        "summit",
        "summits",
        "meeting",
        "meetings",
        "conference",
        "session",
        "dialogue",
        "forum",
        "debate",
        "congress",
        "symposium",
        "seminar",
        "workshop",
        "consultations",
        "retreat",
        "roundtable",
        "round-table",
        "convention",
        "ceremony",
        "colloquium",
        "talks",
    ]
)
#: Lower-case words a name may hold besides meeting words: what kind of meeting it is, or which of its
#: moments ("the inauguration of the 14th Summit").
_QUALIFIER = frozenset(
    [
        "informal",
        "formal",
        "annual",
        "plenary",
        "high-level",
        "ministerial",
        "regular",
        "extraordinary",
        "extra-ordinary",
        "opening",
        "closing",
        "general",
        "special",
        "inaugural",
        "joint",
        "bilateral",
        "trilateral",
        "ordinary",
        "press",
        "working",
        "thematic",
        "open",
        "interactive",
        "summit-level",
        "leaders'",
        "ministers'",
        "dinner",
        "lunch",
        "luncheon",
        "breakfast",
        "reception",
        "inauguration",
        "address",
        "launch",
        "signing",
        "celebration",
        "commemoration",
        "anniversary",
    ]
)
_WORD = re.compile(r"[^\s,;:()\[\]“”\"]+")


def event_name(occasion: str) -> tuple[str | None, bool]:
    """``(name, from_headline)``: the occasion itself when it reads as a name; when it reads as a
    sentence, the one meeting it names (``from_headline`` True), or None."""
    words = _WORD.findall(occasion)
    letters = [c for c in occasion if c.isalpha()]
    if not letters or all(c.isupper() for c in letters) or not any(_sentence_word(w) for w in words):
        return occasion, False
    phrases = {p.lower(): p for p in _meeting_phrases(occasion)}
    if len(phrases) == 1:
        return next(iter(phrases.values())), True
    return None, True


def _bare(word: str) -> str:
    return word.strip(".’'‘!?").lower()


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in "‘'"


def _sentence_word(word: str) -> bool:
    """A lower-case word no meeting's name holds ("host", "kicks", "leaders")."""
    if _capitalised(word) or not any(c.isalpha() for c in word):
        return False
    bare = _bare(word)
    if bare in _JOINING or bare in _MEETING or bare in _QUALIFIER:
        return False
    return not ORDINAL.fullmatch(bare)  # "the sixty-fourth session"


def _meeting_phrases(text: str) -> list[str]:
    """Runs of name words holding a meeting word, with a capitalised word at or before it: "ASEAN Summit",
    "Forum Foreign Ministers meeting", "World Summit of Heads of State and Government on Food Security"."""
    found: list[str] = []
    run: list[re.Match[str]] = []
    for m in [*_WORD.finditer(text), None]:
        word = m.group() if m else ""
        if m and not _sentence_word(word) and not (run and text[run[-1].end() : m.start()].strip()):
            run.append(m)
            continue
        found += _phrase(text, run)
        run = [m] if m and not _sentence_word(word) else []
    return found


def _phrase(text: str, run: list[re.Match[str]]) -> list[str]:
    # Joining words do not start or end a name ("at OSCE Summit" → "OSCE Summit"; "Summit in" → "Summit").
    while run and _bare(run[0].group()) in _JOINING:
        run = run[1:]
    while run and _bare(run[-1].group()) in _JOINING:
        run = run[:-1]
    heads = [i for i, m in enumerate(run) if _bare(m.group()) in _MEETING]
    joins = [i for i in range(heads[0], heads[-1]) if _bare(run[i].group()) in _JOINING] if heads else []
    second = next((h for h in heads if joins and h > joins[0] and _capitalised(run[h].group())), None)
    if second is not None:
        # "the Basin Summit for the Delta Forum": two meetings, each its own name ("the Conference on
        # Disarmament session" is one: a meeting word in lower case qualifies the name before it)
        cut = max(i for i in joins if i < second)
        return _phrase(text, run[:cut]) + _phrase(text, run[cut + 1 :])
    if not heads or not any(_capitalised(m.group()) for m in run[: heads[0] + 1]):
        return []
    # The name runs from its first capitalised word to its last capitalised word or meeting word.
    first = next(i for i, m in enumerate(run) if _capitalised(m.group()))
    last = max(i for i, m in enumerate(run) if _capitalised(m.group()) or i in heads)
    if first > heads[0]:
        return []
    return [text[run[first].start() : run[last].end()].rstrip(".")]
