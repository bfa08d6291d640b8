"""A date and the meeting phrase right beside it: "the Japan-EU Summit in April 2006", "the workshop was
held in Feb 2006 in Mexico City", "In 2008, X hosted …", the subject a date's "will be held" belongs to,
a sentence that opens with its date.
"""

from __future__ import annotations

import re

from ..dates import DateMention
from ..gathering import CAPITAL_WORD
from .clauses import _CLAUSE_START, _NEW_CLAUSE, _clause_head
from .phrases import _ORDINAL, _Phrase
from .places import _PLACE_WORDS, _place, _place_after
from .vocabulary import _EVENT_ACRONYM, _MEETING_VERB, EVENT_NOUNS

_GAP_LEFT = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?i:which|who)\s+(?i:is|are|was|were)\s+[^,;.]{1,80},\s*)?"
    rf"(?:(?i:to|in)\s+{_PLACE_WORDS}\s*(?=,\s*(?i:which|that)\b))?"
    r",?\s*(?:(?i:which|that)\s+(?:(?:I|we|he|she|they)\s+)?)?"
    r"(?:(?i:was|were|is|are|will be|to be|being|had been|has been|would be)\s+)?"
    r"(?:(?i:(?:jointly\s+)?(?:held|convened|organi[sz]ed|hosted|took place|takes place|will take place|"
    r"scheduled|planned|due|(?:co-)?chaired|co-organi[sz]ed|opened|taking place|(?:will\s+)?(?:meet|convene|gather|open|begin|"
    r"start|end|close|conclude|resume)|met|meets|kicked off|"
    r"gathered|convenes|signed|adopted|ratified|launched|concluded|began|started|commenced|resumed|ended|"
    r"closed))\s+(?:(?i:again)\s+)?)?"
    rf"(?:(?i:by)\s+(?:the\s+)?{CAPITAL_WORD}(?:\s+(?:of\s+)?{CAPITAL_WORD}){{0,4}}\s+)?"
    rf"(?:(?:(?i:in|at)\s+|(?<=scheduled\s)for\s+|(?<=planned\s)for\s+|,\s*|\s*[–—]\s*)(?P<place>{_PLACE_WORDS})"
    r"\s*,?\s*)?"
    # "the G20 summit in mid-June": the date's qualifier is not part of its mention
    r"(?i:in|on|of|during|from|between|at|for|by)?\s*(?:(?i:the)\s+)?(?:(?i:early|mid|late)(?:\s*-\s*|\s+))?"
    r"\(?\s*$"
)

_GAP_RIGHT = re.compile(
    r"^\s*,?\s*(?:(?:on\s+the\s+(?:occasion|sidelines|margins?)\s+of|at|during)\s+(?=the\b))?"
    rf"(?:(?:{CAPITAL_WORD}(?:\s+{CAPITAL_WORD})*|we|I|it|they|our\s+\w+|the\s+[\w\-]+(?:\s+[\w\-]+)?)\s+"
    r"(?:hosted|held|had|convened|organi[sz]ed|attended|chaired|co-chaired|opened|launched|welcomed|"
    r"took part in|participated in|joined|addressed|"
    r"(?:will|shall|are to|plan to|intend to)\s+(?:host|hold|convene|organi[sz]e|attend|chair|open)|"
    r"(?:are|am|is)\s+(?:hosting|holding|convening|organi[sz]ing|attending|chairing))\s+)?"
    r"(?:the|a|an|its|our|their)?\s*(?:(?:open|informal|special|joint|first|second|third|annual|extraordinary|"
    r"emergency|public|closed|formal)\s+){0,2}$"
)

_POSSESSIVE_GAP = re.compile(r"^\s*$")

_YEAR_LIST_GAP = re.compile(r"^\s+and\s+(?:19|20)\d\d\s+$")

_YEAR_AND = re.compile(r"\b(?:19|20)\d\d\s+and\s+$")


def _attach(
    text: str, m: DateMention, phrases: list[_Phrase], used: set[int]
) -> tuple[int, str | None] | None:
    """The phrase a date stands next to, and the place said with them."""
    # 1. "<event> [was held] [in <Place>] in <date>"
    for i in sorted(range(len(phrases)), key=lambda i: -phrases[i].end):
        p = phrases[i]
        if i in used or p.end > m.start:
            continue
        gap = _GAP_LEFT.match(text[p.end : m.start])
        if gap and not (
            re.match(r"^\s*,\s*$", text[p.end : m.start]) and _NEW_CLAUSE.match(text, m.end)
        ):  # "Today we have the Partners Meeting, tomorrow will be …": the date opens another clause
            return i, _place(gap["place"]) or _place_after(text, m.end)
        break
    # 2. "last year's <event>", "On 19 October, X hosted the <event>"; "the 1976 and 2003 Summits": each year
    #    names one of the meetings, so the second year may take the phrase the first took.
    shared = bool(_YEAR_AND.search(text[: m.start]))
    for i, p in enumerate(phrases):
        if (i in used and not shared) or p.start < m.end:
            continue
        if _ORGANISES.match(text, p.end) and any(q.start > p.end for q in phrases):
            continue  # "Earlier this month, the Committee convened an emergency session": what it convened
        between = text[m.end : p.start]
        next_to = bool(_POSSESSIVE_GAP.match(between) or _YEAR_LIST_GAP.match(between))
        if _AT_THE.match(between) and m.relative:
            next_to = True  # "yesterday in the Plenary Sessions", "last week at the Basin Forum"
        if re.search(r"\b(?:before|after|ahead\s+of)$", m.text) and re.match(r"^\s+(?:the\s+)?$", between):
            next_to = True  # "four months before the Fourteenth Summit"
        if next_to or (_CLAUSE_START.match(_clause_head(text, m.start)) and _GAP_RIGHT.match(between)):
            return i, _place_after(text, p.end) or _place_after(text, m.end)
        break
    return None


#: "Forum leaders agreed in Nuku'alofa last October": people who decided something at a place, at a date.
_DECIDED_IN = re.compile(
    rf"(?P<subj>(?:[Tt]he\s+)?(?:{CAPITAL_WORD}\s+){{1,4}}(?:{CAPITAL_WORD}|leaders|ministers|heads\s+of\s+state"
    r"(?:\s+and\s+government)?|members|parties))\s+(?:jointly\s+|unanimously\s+)?"
    r"(?:agreed|decided|resolved|declared|pledged|committed\s+themselves)\s+(?:in|at)\s+"
    rf"(?P<p>{_PLACE_WORDS})\s*,?\s*(?:(?:on|in)\s+)?(?:the\s+)?$"
)

#: "… will be held in Istanbul on 7 June": a passive of holding right before the date, its subject far back.
_HELD_BEFORE = re.compile(
    r"\b(?:was|were|will\s+be|is\s+to\s+be|are\s+to\s+be|has\s+been|have\s+been|had\s+been|would\s+be)\s+"
    rf"(?:held|convened|organi[sz]ed|hosted|opened)\s+(?:(?:in|at)\s+{_PLACE_WORDS}\s*,?\s+)?"
    r"(?:(?:on|in|from)\s+)?(?:the\s+)?$"
)

#: Only articles, a quotation mark or a bracket before a sentence's subject.
_SUBJECT_START = re.compile(r"^\s*[\"“‘(]?\s*(?:(?:The|A|An|This|Our|Its)\s+)?$")


def _held_subject(
    text: str, m: DateMention, phrases: list[_Phrase], used: set[int]
) -> tuple[int, str | None] | None:
    """ "The Trilateral Meeting of Foreign Ministers, with the participation of …, will be held in Istanbul on
    7 June": the date of a passive of holding belongs to the meeting the sentence opens with, however many
    words of apposition stand between them."""
    held = _HELD_BEFORE.search(text[: m.start])
    if held is None or not phrases or 0 in used:
        return None
    first = phrases[0]
    if (
        first.end > held.start()
        or not _SUBJECT_START.match(text[: first.start])
        or first.head not in EVENT_NOUNS
    ):
        return None
    if ";" in text[first.end : held.start()]:
        return None  # (a stop between them is an abbreviation's: "H.E. Ahmet …"; the passage is one sentence)
    where = re.search(rf"\b(?:in|at)\s+(?P<p>{_PLACE_WORDS})", held.group())
    return 0, (_place(where["p"]) if where else None)


_AT_THE = re.compile(r"^\s*,?\s*(?:again\s+)?(?:in|at|during)\s+the\s+$", re.IGNORECASE)

#: "tomorrow will be the g7-plus": what the day will be.
_WILL_BE = re.compile(
    rf"\s+(?:will\s+be|is|was)\s+(?:the\s+)?(?P<x>[\w\-]*[A-Z0-9][\w\-]*(?:\s+{CAPITAL_WORD}){{0,5}})"
)


#: "The General Assembly will hold a high-level meeting": the Assembly organises, it is not the meeting.
_ORGANISES = re.compile(
    r"\s+(?:will\s+|shall\s+|is\s+to\s+)?(?:hold|holds|held|convene[sd]?|host(?:s|ed)?|organi[sz]e[sd]?)\b"
)

#: Between a sentence's opening date and the meeting it dates: no reported speech, no other time.
_LEADING_BREAK = re.compile(
    r"\b(?:that|since|until|before|after|following|ahead\s+of|next|upcoming|forthcoming|future|coming)\b",
    re.I,
)


def _leading_date(
    text: str, m: DateMention, phrases: list[_Phrase], used: set[int], mentions: list[DateMention]
) -> tuple[int, str | None] | None:
    """ "Less than two months ago, Colombia had the honour of welcoming you all to Cartagena, for the Sixth
    Summit of the Americas – a Summit …": a date opening its sentence dates the first named meeting of the
    clause it opens, when nothing between them says another time or another speaker's words."""
    if not _CLAUSE_START.match(text[: m.start]) or not re.match(r"^\s*\)?\s*,", text[m.end :]):
        return None
    for i, p in enumerate(phrases):
        if p.start < m.end or i in used:
            continue
        between = text[m.end : p.start]
        named = (
            any(c.isupper() for c in p.title[1:])
            or bool(_EVENT_ACRONYM.match(p.title))
            or bool(_ORDINAL.match(p.title.split()[0]))  # "the thirty-eighth session": which one is said
        )
        if (
            len(between.split()) > 20
            or any(m.end <= d.start < p.start for d in mentions)
            or _LEADING_BREAK.search(between)
            or re.search(r"[;:]", between)
        ):
            return None
        if named and p.head in EVENT_NOUNS and not _ORGANISES.match(text, p.end):
            if not (_MEETING_VERB.search(between) or _AT_THE_MEETING.match(between)):
                return None  # "In 2005, the world was different, and the Summit …": nothing met
            return i, _place_after(text, p.end) or _place_after(text, _name_end(text, p))
    return None


#: "One year ago, at the outset of the …", "Last May, during the …": the date's own prepositional phrase.
_AT_THE_MEETING = re.compile(
    r"^\s*,\s*(?:at|during|in|on)\s+(?:the\s+)?(?:(?:outset|opening|start|beginning|end|close|margins?|"
    r"sidelines)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _name_end(text: str, p: _Phrase) -> int:
    """Where "the thirty-eighth session of this General Assembly" ends: after its "of …" words."""
    more = re.match(
        rf"\s+of\s+(?:(?:the|this|our|its)\s+)?{CAPITAL_WORD}(?:\s+{CAPITAL_WORD})*", text[p.end :]
    )
    return p.end + more.end() if more else p.end
