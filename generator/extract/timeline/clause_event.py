"""The last reading of a date no rule before placed: its clause, classified by what it says happened
(``_clause_event``).

The other rules (``sentences`` and the modules it calls) each know one way a statement ties a date to a meeting. What is left is read the
other way round: the clause the date stands in is classified by what it says happened. A clause
saying people met, something was held, visited or signed makes an item of the date; a clause of a
deadline, a period, an anniversary, a document, an office taken or a word said is no meeting.
"""

from __future__ import annotations

import re

from ...content.partial_date import DatePoint
from ..dates import DateMention
from .actions import _CALLED_TO, _COUNTED_VISITORS
from .clauses import _CLAUSE_BREAK, _date_clause, _other_time
from .entries import cut_title
from .filters import _is_deadline
from .occasion import _OCCASION_BEFORE
from .phrases import _Phrase
from .places import _PLACE_WORDS
from .vocabulary import _DETERMINER, EVENT_NOUNS

#: A verb saying that people met, something was held, a visit was made or an act was done, with the
#: meeting named in the clause ("the Council held its session", "attended the Forum").
_HAPPENED = re.compile(
    r"\b(?:met|meet|meets|held|hold|holds|holding|hosted|host|hosts|hosting|convened|convene|convenes|"
    r"gathered|gather|assembled|attended|attend|attending|participated|participate|took\s+part|take\s+part|"
    r"took\s+place|take\s+place|takes\s+place|taking\s+place|visited|visit|visiting|travel(?:l)?ed|"
    r"went|came|called\s+on|signed|ratified|endorsed|opened|concluded|chaired|co-chaired|addressed|address|"
    r"organi[sz]ed|organi[sz]e|began|begin|ended|resumed|adopted|heard|had|have|has)\b",
    re.IGNORECASE,
)

#: The same, for a clause that names no meeting: the verb must say by itself that people met ("the G20
#: leaders met in Pittsburgh", "the Minister travelled to Amsel", "we signed the Accord"), not only that
#: something was held or hosted ("Amsel hosted two million tourists").
_MET_BY_ITSELF = re.compile(
    r"\b(?:met|meet|meets|gathered|gather|assembled|convened|visited|travel(?:l)?ed\s+to|called\s+on|"
    r"held\s+talks|talks\s+with|discussions\s+with|consultations\s+with|signed|ratified)\b"
    # "discussions earlier in the week with the Minister", "discussed reform with the Deputy Prime Minister":
    # talks with a person named, the date or the subject between
    r"|\b(?:discussions|talks|consultations)\s+(?:[\w’']+\s+){1,4}?with\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bdiscussed\s+(?:[\w,’'\-]+\s+){1,8}?with\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z])"
    # "briefed the Security Council": a briefing is a meeting of the body briefed
    r"|\bbriefed\s+the\s+(?-i:[A-Z])"
    # "received the Foreign Minister of X", "welcomed a delegation": a person received is a meeting
    r"|\b(?:courtesy\s+call\s+on)\b"
    r"|\b(?:received|welcomed|hosted|receives?|welcomes?|hosts?)\s+(?:the\s+|a\s+|an\s+|our\s+|his\s+|her\s+)?"
    # (the names and titles in capitals, whatever the case of the verb: "received general support" is none)
    r"(?-i:(?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:President|Prime\s+Minister|Minister|Secretary|Secretary-General|Chancellor|King|Queen|Emir|Prince|"
    r"Sultan|Ambassador|Envoy|Commissioner|Chair|Chairman|Chairperson|[Dd]elegation|[Cc]ounterparts?|"
    # "received the EU Special Representative", "received Admiral X, the Commander of …"
    r"Representative|Admiral|General|Commander|Director|Director-General|Governor|Senator|Speaker|Mayor|"
    r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.))",
    re.IGNORECASE,
)

#: What the clause is about instead: a deadline, a period, an anniversary, a document, an office, words.
_NOT_A_MEETING = re.compile(
    r"\b(?:until|till|no\s+later\s+than|before\s+the\s+end\s+of|throughout|anniversary|"
    r"marks?|years?\s+ago\s+(?:this|today)|letter|report|reports|article|note|study|document|documents|"
    r"book|published|issued|circulated|released|dated|born|died|passed\s+away|elected|appointed|"
    r"took\s+office|assumed|became|joined|founded|established|created|chairmanship|presidency|tenure|term|"
    r"said|says|stated|declared|announced|told|wrote|noted|stressed|recalled|called\s+for|"
    r"expires?|expired|deadline|target|goal|goals|plan\s+to|hope|hoped|if|unless|whether|would|could|"
    r"might|should|not|never|cannot|no\s+longer)\b"
    # "we met our targets", "they met their commitments": met as in satisfied
    r"|\b(?:met|meet|meets)\s+(?:(?:our|their|its|his|her|the|these|those|all|every|most)\s+)?(?:[a-z]+\s+)?"
    r"(?:targets?|commitments?|goals?|obligations?|needs?|expectations?|challenges?|deadlines?|demands?|"
    r"criteria|requirements?|standards?|conditions?|costs?|pledges?|quotas?|benchmarks?)\b",
    re.IGNORECASE,
)

#: A clause longer than this dates nothing; one of up to ``_LONG_CLAUSE_WORDS`` dates a meeting named
#: before its date ("We will be holding the second annual defence dialogue as well as the second joint military
#: exercise this year in an effort to continue deepening mutual understanding and trust between our Armed
#: Forces."), not one named after it, which a long clause more often tells of apart ("… on 4 September in
#: Geneva, the Minister proposed holding the second meeting in Lindhaven …").
_CLAUSE_WORDS = 30
_LONG_CLAUSE_WORDS = 40


def _clause_event(
    text: str,
    m: DateMention,
    mentions: list[DateMention],
    phrases: list[_Phrase],
    used: set[int],
    speech_date: DatePoint | None,
) -> tuple[int | None, str, str] | None:
    """A date no rule above placed, dating what its clause says happened: the meeting phrase of the
    clause (its index), or a title made of the clause's own words ("G20 leaders met in Pittsburgh")."""
    if m.date is None or m.date.first is None or m.since or _is_deadline(text, m):
        return None
    if (
        speech_date is not None
        and speech_date.day is not None
        and m.date.first == speech_date
        and not m.date.last
    ):
        return None  # "pleased to meet with you this morning": the statement's own day is its occasion
    start, end = _date_clause(text, m)
    if any(d is not m and start <= d.start < end for d in mentions):
        return None  # two dates in one clause: which is the meeting's is not for this rule to guess
    clause = text[start:end]
    if (
        len(clause.split()) > _LONG_CLAUSE_WORDS
        or not (_HAPPENED.search(clause) or _MET_BY_ITSELF.search(clause))
        or _NOT_A_MEETING.search(clause)
        or _COUNTED_VISITORS.search(clause)
    ):
        return None
    if _OCCASION_BEFORE.search(text[start : m.start]) or re.search(
        r"\b(?:this|today['’]s|the\s+present)\s+(?:meeting|session|conference|summit|debate|forum|gathering)\b",
        clause,
        re.IGNORECASE,
    ):
        return None  # "at this meeting this morning": the occasion, a header fact
    if re.search(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", clause, re.IGNORECASE):
        return None  # "Today we have the X Meeting, tomorrow …": the day's meeting is the occasion
    inside = [
        i
        for i, p in enumerate(phrases)
        if start <= p.start < end and i not in used and p.head in EVENT_NOUNS and not _other_time(text, p, m)
    ]
    if len(inside) > 1:
        # "the Committee convened an emergency session": the meeting is what the verb did
        objects = [
            i for i in inside if _OBJECT_OF.search(text[max(start, phrases[i].start - 40) : phrases[i].start])
        ]
        inside = objects if len(objects) == 1 else inside
    long = len(clause.split()) > _CLAUSE_WORDS
    if len(inside) == 1 and not (long and phrases[inside[0]].start > m.start):
        return inside[0], phrases[inside[0]].title, phrases[inside[0]].head
    if inside or not _MET_BY_ITSELF.search(clause):
        return None
    if _CALLED_TO.search(text, start, min(len(text), end + 80)):
        return None  # "the Council called on the President to release the prisoners": an appeal, not a call
    said = list(re.finditer(r"\b(?:that|since|when|after|because|where)\s+", text[start : m.start]))
    if said:
        start += said[-1].end()  # "X clarified that he met …", "much has changed since we met": who met
    # the date goes, and the preposition that introduced it: "gathered in Amsel in June for …"
    before_date = re.sub(r"\s+(?:in|on|at|during|from|since)\s*$", " ", text[start : m.start], flags=re.I)
    words = (before_date + " " + text[m.end : end]).split()
    words = [w for w in words if w.strip(",")]
    while words and words[0].lower().strip(",") in _LEADING_WORDS:
        words = words[1:]
    while words and words[-1].lower().strip(",.") in _LEADING_WORDS:
        words = words[:-1]
    if len(words) < 3:
        return None
    title = " ".join(words).strip(" ,")
    participle = _SIGNED_PARTICIPLE.search(before_date.rstrip())
    if participle:
        # "cooperation is premised on the Strategic Partnership Treaty between the two nations signed in 2004":
        # the document's signing, a milestone (``set_aside`` takes a year's signing as context)
        what = _DETERMINER.sub("", participle["what"].strip())
        return None, f"{what[:1].upper()}{what[1:]} {participle['verb']}", "milestone"
    passive = _PASSIVE_ACT.search(title)
    if passive:
        # "The accession treaty was ratified by Parliament" → "Accession treaty ratified"
        what = _DETERMINER.sub("", passive["what"].strip())
        return None, f"{what[:1].upper()}{what[1:]} {passive['verb'].lower()}", "milestone"
    named = _CLAUSE_NAME.search(title)
    if named and (any(c.isupper() for c in named["obj"]) or _AGREEMENT_NOUN.search(named["obj"])):
        # "he met with his Special Envoy on Mali, …" → "Meeting with his Special Envoy on Mali"
        kind = named["verb"].lower()
        obj = named["obj"].strip()
        if kind.startswith(("visit", "travel")):
            return None, f"Visit to {obj}", "visit"
        if kind.startswith(("called", "courtesy")):
            return None, f"Call on {obj}", "meeting"
        if kind == "briefed":
            return None, f"Briefing to {obj}", "meeting"
        if kind in ("signed", "ratified"):
            obj = _DETERMINER.sub("", obj)
            return None, f"{obj[:1].upper()}{obj[1:]} {kind}", "milestone"
        return None, f"Meeting with {obj}", "meeting"
    if not any(w[:1].isupper() and w != "I" for w in words):
        return None  # "we met then": nobody and nothing named
    title = _clause_title(text, start, m, end, before_date)
    return None, title[:1].upper() + title[1:], "meeting"


#: A place said first and set off by a comma, before the clause's subject: "In Amsel, we met to …".
_FRONTED_PLACE = re.compile(rf"^(?:[Ii]n|[Aa]t)\s+{_PLACE_WORDS},\s+(?=[a-zA-Z])")


#: How far before its clause a subject set before a bracket is looked for.
_BRACKET_REACH = 300


def _clause_title(text: str, start: int, m: DateMention, end: int, before_date: str) -> str:
    """The clause's own words as a title, without its date: a subject the clause break left behind a
    bracket ("The Delta Council (the Council) met in Amsel on …" is not "Met in Amsel"), no comma left where a
    date said between two was taken out ("It was in Amsel, on 3 May, that …"), no place said first before
    its subject ("In Amsel, we met to …" is not "Amsel, we met to …"), and, cut short, no small word before
    its "…"."""
    after = text[m.end : end]
    if before_date.rstrip().endswith(",") and after.lstrip()[:1] == ",":
        before_date = before_date.rstrip()[:-1]  # the date between two commas went, and its commas with it
    # (a window before the clause, not all the text before it: read at every date of a long sentence)
    if text[max(0, start - 40) : start].rstrip().endswith(")") and before_date.strip()[:1].islower():
        reach = max(0, start - _BRACKET_REACH)
        opened = text.rfind("(", reach, start)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, reach, opened)] if opened > 0 else []
        lead = text[breaks[-1] if breaks else reach : opened] if opened > 0 else ""
        if "(" not in lead and ")" not in lead:
            before_date = lead + " " + before_date  # "The Delta Council (…) met": who met, before the bracket
    words = [w for w in (before_date + " " + after).split() if w.strip(",")]
    words = _FRONTED_PLACE.sub("", " ".join(words)).split()
    while words and words[0].lower().strip(",") in _LEADING_WORDS:
        words = words[1:]
    while words and words[-1].lower().strip(",.") in _LEADING_WORDS:
        words = words[:-1]
    return cut_title(" ".join(words).strip(" ,").split(), 12)


#: A verb of holding right before a meeting phrase: the phrase is its object.
_OBJECT_OF = re.compile(
    r"\b(?:convened|convene|held|hold|holds|hosted|host|hosts|organi[sz]ed|attended|attend|chaired|opened|"
    r"had|have|has)\s+(?:(?:a|an|the|its|their|our|his|her)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)

#: An agreement, signed or ratified even when written in lower case: "signed a memorandum of understanding".
_AGREEMENT_NOUN = re.compile(
    r"\b(?:memorand(?:um|a)|agreements?|treat(?:y|ies)|accords?|conventions?|protocols?|declarations?|"
    r"charters?|compacts?|pacts?|instruments?)\b",
    re.IGNORECASE,
)

#: "The accession treaty was ratified by Parliament": what was signed or ratified, and the act.
_PASSIVE_ACT = re.compile(
    r"^(?P<what>(?:[\w'’\-]+\s+){0,6}?[\w'’\-]*(?:[Tt]reat(?:y|ies)|[Aa]greements?|[Aa]ccords?|[Cc]onventions?|"
    r"[Pp]rotocols?|[Mm]emorand(?:um|a)(?:\s+of\s+[Uu]nderstanding)?|[Dd]eclarations?|[Cc]harters?|[Pp]acts?))\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?P<verb>signed|ratified)\b"
)

#: A document, then (its parties between) a participle of signing right before the date: "the Strategic
#: Partnership Treaty between the two nations signed in 2004".
_SIGNED_PARTICIPLE = re.compile(
    r"(?P<what>(?:[A-Z][\w'’\-]*\s+(?:(?:of|on|for)\s+)?){0,5}(?i:treat(?:y|ies)|agreements?|accords?|"
    r"conventions?|protocols?|memorand(?:um|a)(?:\s+of\s+understanding)?|declarations?|charters?|pacts?)"
    r"(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*){0,5})?)"
    r"(?:\s+(?:between|with|among|of)\s+[^,;()]{1,60}?)?\s+(?:was\s+|were\s+)?(?P<verb>signed|ratified)$"
)

#: What the clause's verb was done with: "met with X", "received X", "called on X", "visited X", "signed X".
_CLAUSE_NAME = re.compile(
    r"\b(?P<verb>met|meets?|received|receive|welcomed|welcome|called\s+on|courtesy\s+call\s+on|visited|"
    r"travel(?:l)?ed\s+to|signed|ratified|briefed)\s+"
    r"(?:with\s+)?(?!(?:in|at|on|by|again|for|to|during|last|this|next|together|here|there|twice|once)\b)"
    r"(?P<obj>[^,;()]{3,60}?)(?=\s*(?:[,;(]|$)|\s+(?:at|in|on|to|and|for|during|who|which)\s)"
)


#: Words a clause's title does not start or end with.
_LEADING_WORDS = frozenset(
    ("and", "but", "the", "on", "in", "at", "of", "during", "from", "then", "also", "again", "as", ",")
)
