"""Every dated mention of a statement, described by features that do not depend on its layout.

The timeline's rules (``timeline/``) look for one shape of sentence after
another; each set of real statements they were not written from brings new
shapes. This module takes the other road: every date phrase ``dates.py``
resolves, in every sentence and list line, is a *candidate*, and is described
by generic features — meeting words in its clause, the verbs and tense around
it, cues such as "last", "next", "will", how far it stands from a meeting
word, whether it is the statement's own date, its precision, whether it lies
before or after the statement. ``selector.py`` weighs those features with
weights learnt on the tuning statements (``bench/extract/learn.py``) and
decides which candidates are meetings.

The features are names of word classes and positions, never words of a
particular statement, so the weights file holds numbers and generic names only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..content.partial_date import DatePoint, PartialDate
from ..content.speech import Speech
from .dates import DateMention, find_dates
from .passages import Passage
from .timeline.clauses import _date_clause
from .timeline.sentences import MAX_DATES_IN_A_SENTENCE
from .timeline.vocabulary import EVENT_NOUNS, MILESTONE_NOUNS

_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d,.]*%?")

#: Word classes: each is one feature (its presence in the date's clause, and in the rest of the sentence).
_CLASSES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        # people meeting, something held
        "met": r"\b(?:met|meet|meets|meeting\s+with|gathered|assembled|convened|convenes?|held\s+talks|"
        r"talks\s+with|called\s+on|received|welcomed)\b",
        "held": r"\b(?:held|hold|holds|holding|hosted|hosts?|hosting|organi[sz]ed|took\s+place|"
        r"takes?\s+place|opened|closed|concluded|launched)\b",
        "attend": r"\b(?:attended|attend|attends|attending|participated|participate|took\s+part|"
        r"take\s+part|addressed|spoke\s+at|chaired|co-chaired|presided)\b",
        "visit": r"\b(?:visited|visit|visits|visiting|travel(?:l)?ed|travel(?:l)?ing|trip|tour)\b",
        "act": r"\b(?:adopted|adoption|signed|signing|ratified|ratification|endorsed|approved|"
        r"entered\s+into\s+force|agreed|concluded|launched|inaugurated)\b",
        # what a date of no meeting speaks of
        "deadline": r"\b(?:by|until|till|deadline|target|targets|goal|goals|no\s+later\s+than|"
        r"before\s+the\s+end\s+of|expires?)\b",
        "period": r"\b(?:since|between|during|throughout|from|over\s+the|period|decade|years|months)\b",
        "office": r"\b(?:elected|election|elections|appointed|appointment|took\s+office|assumed|became|"
        r"joined|founded|established|created|born|died|independence|chairmanship|presidency|tenure|term)\b",
        "words": r"\b(?:said|says|stated|declared|announced|told|wrote|noted|stressed|recalled|"
        r"letter|report|reports|article|statement|press\s+release|published|issued|released)\b",
        "doc": r"\b(?:resolution|resolutions|decision|declaration|treaty|convention|agreement|protocol|"
        r"charter|act|accord|plan|programme|program|strategy)\b",
        "figure": r"%|\bper\s*cent\b|\bpercent\b|\b(?:million|billion|trillion|tonnes|dollars|euros?|"
        r"US\$|\$|GDP|growth|rate|budget|increase|decrease|exports?|imports?)\b",
        "hope": r"\b(?:hope|hoped|if|unless|whether|would|could|might|should|must|need|needs|aim|aims)\b",
        "negation": r"\b(?:not|never|no|cannot|without)\b",
        "future": r"\b(?:will|shall|'ll|going\s+to|to\s+be\s+held|scheduled|planned|upcoming|up-coming|"
        r"forthcoming|next|coming|look\s+forward|looking\s+forward)\b",
        "past": r"\b(?:was|were|had|did|ago|last|previous|earlier|recently|already)\b",
        "occasion": r"\b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|here|"
        r"this\s+(?:meeting|session|conference|summit|debate|occasion|gathering))\b",
        "first_person": r"\b(?:I|we|our|us|my)\b",
        "crisis": r"\b(?:" + "|".join(sorted(MILESTONE_NOUNS)) + r")\b",
        "body": r"\b(?:Council|Assembly|Committee|Commission|Parliament|Union|Nations|Organi[sz]ation|"
        r"Group|Forum|Secretariat|Government|Ministers?|Leaders|Heads)\b",
    }.items()
}


def _longest_first(words: set[str] | frozenset[str]) -> list[str]:
    """Words for a regex alternation: longest first (so "meetings" is tried before "meeting"), ties in
    alphabetical order, so the compiled pattern is the same in every run whatever the string hashing."""
    return sorted(words, key=lambda w: (-len(w), w))


_MEETING_NOUN = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _longest_first(EVENT_NOUNS)) + r")\b",
    re.IGNORECASE,
)
#: Conferences known by an acronym with a number ("COP15", "G20").
_ACRONYM_EVENT = re.compile(r"\b(?:COP|CMP|MOP)[\-]?\d{1,2}\b|\bG-?(?:7|8|20|77)\b")
_PLACE_NEAR = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][a-z]")
_CAPITALISED = re.compile(r"\b[A-Z][a-z\-]+|\b[A-Z]{2,}\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?P<p>in|on|at|of|by|until|since|from|to|before|after|during|between|for|since|as\s+of)\s+"
    r"(?:the\s+|early\s+|mid-?\s*|late\s+|end\s+of\s+)?$",
    re.IGNORECASE,
)
_NEAR_WORDS = 8
_LOWER = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]*[a-z]\b")
WORDS = True
_DATE_CUES = re.compile(
    r"\b(last|next|ago|this|today|yesterday|tomorrow|coming|past|later|earlier|week|weekend)\b"
)
#: A meeting named by capitalised words before its noun: "the Basin Summit", "Foreign Ministers' Meeting".
#: Words bounded in length as timeline/reading.py bounds them (see _NAMED_MEETING there).
_NAMED = re.compile(
    r"\b(?:[A-Z][\w'’\-]{0,40}\s+){1,5}(?:"
    + "|".join(_longest_first({w.title() for w in EVENT_NOUNS}))
    + r")\b|\b(?:COP|CMP|MOP)[\-]?\d{1,2}\b|\bG-?(?:7|8|20|77)\b"
)


@dataclass(frozen=True)
class Candidate:
    """A resolved date phrase in one passage, with its features."""

    passage: Passage
    mention: DateMention
    #: The date's clause in ``passage.text`` (start, end).
    clause: tuple[int, int]
    features: dict[str, float]

    @property
    def date(self) -> PartialDate:
        assert self.mention.date is not None
        return self.mention.date


def _precision(d: PartialDate) -> str:
    first = d.first
    assert first is not None
    return "day" if first.day is not None else ("month" if first.month is not None else "year")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"le{edge}"
    return f"gt{edges[-1]}"


def _relation(d: PartialDate, said: DatePoint | None) -> tuple[str, int | None]:
    """Before, after or on the statement's own date, and the distance in whole years."""
    first = d.first
    assert first is not None
    if said is None:
        return "unknown", None
    if (
        first.day is not None
        and said.day is not None
        and (first.year, first.month, first.day)
        == (
            said.year,
            said.month,
            said.day,
        )
    ):
        return "same_day", 0
    lo = (first.year, first.month or 0, first.day or 0)
    hi = (first.year, first.month or 13, first.day or 32)
    now = (said.year, said.month or 0, said.day or 0)
    if hi < now:
        return "before", said.year - first.year
    if lo > (said.year, said.month or 13, said.day or 32):
        return "after", first.year - said.year
    return "around", 0


def features(
    passage: Passage,
    m: DateMention,
    mentions: list[DateMention],
    speech_date: DatePoint | None,
    order: float,
) -> tuple[tuple[int, int], dict[str, float]]:
    """The features of one date phrase in its passage; ``order`` is where the passage stands (0–1)."""
    text = passage.text
    assert m.date is not None
    c0, c1 = _date_clause(text, m)  # the rules' own clause: from the break before the date to the one after
    clause = text[c0 : m.start] + " " + text[m.end : c1]
    rest = text[:c0] + " " + text[c1:]
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str, value: float = 1.0) -> None:
        f[name] = value

    on(f"precision_{_precision(m.date)}")
    if m.date.last is not None and m.date.last != m.date.first:
        on("range")
    if m.relative is not None:
        on("relative")
    if m.anchor is not None:
        on("anaphor")
    if m.since:
        on("since")
    if m.future or m.date.planned:
        on("phrase_future")
    relation, years = _relation(m.date, speech_date)
    on(f"when_{relation}")
    if years is not None:
        on(f"years_{_bucket(years, (0, 1, 3, 10))}")
    on(f"role_{'list' if passage.role in ('line', 'bullet', 'sub-bullet') else 'prose'}")
    n = len(mentions)
    on(f"dates_{_bucket(n, (1, 2, 4))}")
    index = next((i for i, other in enumerate(mentions) if other is m), 0)
    if index == 0:
        on("first_date")
    if index == n - 1 and n > 1:
        on("last_date")
    words = len(_WORD.findall(text))
    on(f"words_{_bucket(words, (8, 20, 40))}")
    if m.start <= 3 or not text[: m.start].strip(" (\"'“"):
        on("date_opens")
    elif c0 == 0 and len(_WORD.findall(text[: m.start])) <= 3:
        on("date_near_start")
    if order < 0.15:
        on("passage_early")
    before = _PREPOSITION_BEFORE.search(text[max(0, m.start - 24) : m.start])
    on(f"prep_{before['p'].lower().replace(' ', '_') if before else 'none'}")
    if text[m.end : m.end + 3].startswith(("'s", "’s")):
        on("possessive")
    if text[max(0, m.start - 1) : m.start] == "(" or text[m.end : m.end + 1] == ")":
        on("bracketed")
    if re.search(r"\d\s*\($", text[max(0, m.start - 6) : m.start]):
        on("cited_year")  # "resolution 1325 (2000)"
    # Meeting words: in the clause, in the rest of the sentence, and how near the nearest one is.
    clause_meetings = list(_MEETING_NOUN.finditer(clause)) + list(_ACRONYM_EVENT.finditer(clause))
    rest_meetings = list(_MEETING_NOUN.finditer(rest)) + list(_ACRONYM_EVENT.finditer(rest))
    on(f"meet_clause_{_bucket(len(clause_meetings), (0, 1))}")
    if rest_meetings:
        on("meet_sentence")
    distance = _nearest(text, m, _MEETING_NOUN)
    acronym = _nearest(text, m, _ACRONYM_EVENT)
    if acronym is not None and (distance is None or acronym < distance):
        distance = acronym
    on(f"meet_dist_{'none' if distance is None else _bucket(distance, (2, 5, 10, 20))}")
    capitalised = _CAPITALISED.findall(_window(text, m, _NEAR_WORDS))
    on(f"caps_near_{_bucket(len(capitalised), (0, 2, 5))}")
    if _PLACE_NEAR.search(_window(text, m, _NEAR_WORDS)):
        on("place_near")
    for name, pattern in _CLASSES.items():
        if pattern.search(clause):
            on(f"clause_{name}")
        elif pattern.search(rest):
            on(f"sentence_{name}")
    # The date phrase's own words: "last", "next", "ago", "this", "today" …
    for cue in _DATE_CUES.findall(m.text.lower()):
        on(f"says_{cue}")
    # A run of dates ("one on 11 November, one on 17 November, two on 5 December"): each may be a meeting.
    if any(o is not m and o.date is not None and _gap_words(text, m, o) <= 3 for o in mentions):
        on("date_run")
    # A meeting named by capitalised words, or by a lower-case noun only.
    named = _NAMED.search(clause)
    if named:
        on("named_meeting_clause")
    elif clause_meetings:
        on("common_meeting_clause")
    on(f"{_precision(m.date)}_{relation}")
    # The clause's own lower-case words near the date ("w_held", "w_will"): the learning keeps only
    # words many statements use (bench/extract/learn.py), so no statement's own words are weighed.
    if WORDS:
        for word in _near_words(clause_text := text[c0:c1], m.start - c0, m.end - c0):
            on(f"w_{word}")
        del clause_text
    # Combinations the linear model cannot form itself.
    held = any(f.get(f"clause_{k}") for k in ("met", "held", "attend", "visit"))
    if held and clause_meetings:
        on("clause_held_meeting")
    if f.get("clause_act") and f.get("clause_doc"):
        on("clause_act_doc")
    if f.get("clause_future") and relation == "before":
        on("future_words_past_date")
    if f.get("clause_past") and relation == "after":
        on("past_words_future_date")
    return (c0, c1), f


def _near_words(clause: str, start: int, end: int) -> list[str]:
    """The clause's lower-case words within a few of the date, sorted (features in a fixed order)."""
    left = _LOWER.findall(clause[:start])[-_NEAR_WORDS:]
    right = _LOWER.findall(clause[end:])[:_NEAR_WORDS]
    return sorted({w.lower() for w in left + right})


def _gap_words(text: str, a: DateMention, b: DateMention) -> int:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return len(_WORD.findall(text[lo.end : hi.start]))


def _nearest(text: str, m: DateMention, pattern: re.Pattern[str]) -> int | None:
    """Words between the date and the nearest match of ``pattern`` in the sentence."""
    # Only the nearest match on either side can be nearest in words: the words to each farther one were
    # counted too, all the text between them each time (quadratic in a long sentence of many dates).
    before: re.Match[str] | None = None
    after: re.Match[str] | None = None
    for found in pattern.finditer(text):
        if found.end() <= m.start:
            before = found
        elif found.start() >= m.end:
            after = found
            break
        else:
            return 0
    gaps = []
    if before is not None:
        gaps.append(len(_WORD.findall(text[before.end() : m.start])))
    if after is not None:
        gaps.append(len(_WORD.findall(text[m.end : after.start()])))
    return min(gaps) if gaps else None


def _window(text: str, m: DateMention, words: int) -> str:
    left = text[: m.start].split()[-words:]
    right = text[m.end :].split()[:words]
    return " ".join(left) + " " + " ".join(right)


def candidates(
    speech: Speech,
    passages: list[Passage],
    speech_date: DatePoint | None,
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Every resolved date phrase of the statement's passages (but notes and the paragraphs ``skip``)."""
    # (it reads the header, which imports the selector and so this module)
    from .dated_items import item_dates

    out: list[Candidate] = []
    anchor: tuple[str, PartialDate] | None = None
    total = max(1, len(speech.paragraphs))
    items = item_dates(speech, speech_date, skip)
    for passage in passages:
        if passage.role == "note" or passage.paragraph in skip:
            continue
        mentions = find_dates(
            passage.text,
            # a later item of a page of several, under its own date line (``dated_items``)
            items.get(passage.paragraph, speech_date),
            list_line=passage.role in ("line", "bullet", "sub-bullet"),
            anchor=anchor,
        )
        if not mentions or len(mentions) > MAX_DATES_IN_A_SENTENCE:
            continue
        for m in mentions:
            if m.date is None or m.date.first is None:
                continue
            clause, feats = features(passage, m, mentions, speech_date, (passage.paragraph - 1) / total)
            out.append(Candidate(passage, m, clause, feats))
        dated = [m for m in mentions if m.date is not None and m.date.first is not None]
        if dated:
            anchor = (dated[-1].text, dated[-1].date)  # type: ignore[assignment]
    return out
