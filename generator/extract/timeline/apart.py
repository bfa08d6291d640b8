"""A date and a meeting apart in one sentence: the only date and the only meeting of a clause, a meeting
"which has met every six months since October 2006", meetings listed with a dated one ("the Summit in A
and the Conference in B") and the dated one listed after them.
"""

from __future__ import annotations

import re

from ...content.partial_date import DatePoint
from ..dates import DateMention, is_future
from ..gathering import CAPITAL_WORD
from .beside import _ORGANISES
from .clauses import _clause_of, _other_time, _separated
from .phrases import _Phrase
from .places import _PLACE_WORDS, _place_after
from .vocabulary import _EVENT_ACRONYM, _MEETING_VERB, EVENT_NOUNS

#: Between two meetings of one list: "the Basin Summit in Amsel, the Delta Forum and the …".
_COORDINATION = re.compile(
    rf"^(?:\s+(?:in|at)\s+{_PLACE_WORDS})?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
    r"(?:the\s+|a\s+|an\s+)?$"
)


def _coordinated(
    text: str, pairs: list, phrases: list[_Phrase], used: set[int], mentions: list[DateMention]
) -> list[tuple[DateMention, _Phrase, str, str | None]]:
    """ "In 2009 we hosted the Basin Summit in Amsel and the Delta Conference in Tarnow": the named
    meetings listed after a dated one, with no date of their own, share its date.

    A list ends with "and": meetings after commas alone are another clause's.
    """
    out: list[tuple[DateMention, _Phrase, str, str | None]] = []
    for m, phrase, _, _ in list(pairs):
        index = next((i for i, p in enumerate(phrases) if p is phrase), None)
        if index is None:
            continue
        chain: list[tuple[int, bool]] = []
        prev = phrase
        for i in range(index + 1, len(phrases)):
            q = phrases[i]
            gap = text[prev.end : q.start]
            named = any(c.isupper() for c in q.title[1:]) or bool(_EVENT_ACRONYM.match(q.title))
            if not _COORDINATION.match(gap) or i in used or q.head not in EVENT_NOUNS or not named:
                break
            until = phrases[i + 1].start if i + 1 < len(phrases) else len(text)
            if any(q.start <= d.start < until or prev.end <= d.start < q.start for d in mentions):
                break  # "… and the Tarnow Summit in 2010": a date of its own
            chain.append((i, bool(re.search(r"\band\b|\bas\s+well\s+as\b", gap))))
            prev = q
        last_and = max((k for k, (_, joined) in enumerate(chain) if joined), default=-1)
        for i, _ in chain[: last_and + 1]:
            used.add(i)
            out.append((m, phrases[i], phrases[i].title, _place_after(text, phrases[i].end)))
        out += _listed_before(text, index, m, phrases, used, mentions)
    return out


_ATTENDED = re.compile(
    r"(?:\b(?:attended|hosted|held|convened|chaired|organi[sz]ed|took\s+part\s+in|participated\s+in|at|during)\s+"
    r"|^\s*)(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)


def _listed_before(
    text: str, index: int, m: DateMention, phrases: list[_Phrase], used: set[int], mentions: list[DateMention]
) -> list[tuple[DateMention, _Phrase, str, str | None]]:
    """ "He attended the Ministerial Meeting of the Green Group, and the Forum on 24 September": the
    meetings one verb lists before the dated one, with no date of their own, share its date."""
    chain: list[int] = []
    later = phrases[index]
    joined = False
    for i in range(index - 1, -1, -1):
        q = phrases[i]
        gap = text[q.end : later.start]
        named = any(c.isupper() for c in q.title[1:]) or bool(_EVENT_ACRONYM.match(q.title))
        if not _COORDINATION.match(gap) or i in used or q.head not in EVENT_NOUNS or not named:
            break
        if any(q.start <= d.start < later.start for d in mentions):
            break
        joined = joined or bool(re.search(r"\band\b", gap))
        chain.append(i)
        later = q
    if not chain or not joined or not _ATTENDED.search(text[: phrases[chain[-1]].start]):
        return []
    for i in chain:
        used.add(i)
    return [(m, phrases[i], phrases[i].title, _place_after(text, phrases[i].end)) for i in reversed(chain)]


#: "Amsel convened an open debate on water": a meeting called by a verb of holding it, named or not.
_CONVENED_BEFORE = re.compile(
    r"\b(?:attended|hosted|held|convened|chaired|organi[sz]ed|took\s+part\s+in|participated\s+in)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|our\s+|their\s+)?(?:[\w\-]+\s+){0,2}$"
)


def _co_occurring(
    text: str,
    m: DateMention,
    phrases: list[_Phrase],
    used: set[int],
    mentions: list[DateMention],
    speech_date: DatePoint | None = None,
) -> tuple[int, str | None] | None:
    """One date and one named event in a clause: "When Cyclone Ama struck … in January 2004".

    Only named events (a capitalised word in the phrase) count, so that "a
    category five storm" is not dated by the clause it happens to share.
    """
    clause = _clause_of(text, m.start)
    inside = [
        i
        for i, p in enumerate(phrases)
        if clause[0] <= p.start < clause[1]
        and i not in used
        and (any(c.isupper() for c in p.title[1:]) or _CONVENED_BEFORE.search(text[: p.start]))
        and not _ORGANISES.match(text, p.end)
        and not _other_time(text, p, m)
    ]
    dated = [d for d in mentions if clause[0] <= d.start < clause[1] and not d.since]
    if len(inside) == 1 and len(dated) == 1:
        p = phrases[inside[0]]
        if _separated(text, p, m):
            return None
        part = text[clause[0] : clause[1]]
        ahead = m.future or (
            m.date is not None
            and m.date.first is not None
            and (speech_date.end() < m.date.first.start() if speech_date is not None else is_future(text))
        )
        if (
            p.head in EVENT_NOUNS
            and p.head != "visit"  # a visit is an event by itself
            and not ahead
            and not (
                _MEETING_VERB.search(part)
                or re.search(r"\b(?:at|during|for|to|of|since)\s+(?:the\s+)?$", text[: p.start])
            )
        ):
            return None  # "In 2005, the world was different, and the Summit was a distant idea": nothing met
        return inside[0], _place_after(text, p.end) or _place_after(text, m.end)
    return None


#: "The Inland Waters Group, which has met every six months since October 2006": a date far from its name.
_MEETS_SINCE = re.compile(
    rf"(?P<subj>(?:{CAPITAL_WORD}\s+){{0,5}}{CAPITAL_WORD}),?\s+(?:which|that|who)\s+"
    r"(?:has|have)\s+(?:been\s+meeting|met)\s+(?P<how>(?:every|each|once|twice)\s+[\w\s]{1,20}?)?"
    r"\s*since\b"
)

_WEEKDAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _in_passing(
    text: str, m: DateMention, phrases: list[_Phrase], used: set[int], mentions: list[DateMention]
) -> tuple[int, str | None] | None:
    """One date and one named meeting anywhere in a sentence, however far apart: "The Group, which
    has met every six months since October 2006, …". Only precise dates (a month or a day) count."""
    if m.date is None or m.date.first is None or m.date.first.month is None:
        return None
    named = [
        i
        for i, p in enumerate(phrases)
        if i not in used
        and any(c.isupper() for c in p.title[1:])
        and p.head in EVENT_NOUNS
        and not _other_time(text, p, m)
    ]
    if len(named) == 1 and len([d for d in mentions if not d.since]) <= 1 and len(text.split()) <= 60:
        p = phrases[named[0]]
        if _separated(text, p, m):
            return None
        return named[0], _place_after(text, p.end)
    # "Starting on Wednesday, the international community will gather to discuss … the crisis": a day
    # and the sentence's only event, named or not.
    if (
        m.relative
        and _WEEKDAY_WORD.search(m.relative)
        and len(phrases) == 1
        and 0 not in used
        and len(mentions) == 1
    ):
        return 0, _place_after(text, phrases[0].end)
    return None
