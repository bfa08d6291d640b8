"""The meeting phrases of a sentence (``event_phrases``): "the Japan-EU Summit", "the second round of the
Dialogue", "the Meeting of the HSN", found over a sentence's tokens. Every sentence rule starts from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import _EVENT_ACRONYM, _MONTHS_AND_DAYS, _STOP, EVENT_NOUNS, MILESTONE_NOUNS

#: Nouns that come before the name they head: "Cyclone Ama".
_NAMED_LEAD = {"cyclone", "typhoon", "hurricane", "storm", "tropical"}

#: A meeting word followed by one of these is a modifier, not the event: "storm season".
_NON_EVENT_NEXT = {
    "season",
    "seasons",
    "room",
    "hall",
    "series",
    "fund",
    "plan",
    "report",
    "process",
    "mechanism",
    "framework",
    "document",
    "outcome",
    "declaration",
    "network",
    "secretariat",
    "paper",
    "papers",
    "record",
    "records",
    "minutes",
    "participants",
    "delegates",
    "delegation",
    "agenda",
    "results",
    "centre",
    "center",
    "date",
    "venue",
    "chair",
    "chairs",
    "statement",
    "decision",
    "decisions",
    "resolution",
    "resolutions",
    "follow-up",
    "preparations",
    "bureau",
    "member",
    "members",
    "organizers",
    "organisers",
    "relief",
    "response",
    "recovery",
    "victims",
    "survivors",
    "management",
    "preparedness",
    "risk",
    "system",
    "systems",
    "warning",
    "warnings",
    "zone",
    "area",
    "areas",
    "prevention",
    "shelters",
    "shelter",
    "damage",
    "proposals",
    "conclusions",
}

_CONNECT_INSIDE = {"of", "on", "for", "and", "de"}

#: Words that are not part of a meeting's name before "of the": "Joint Statement of the X Meeting",
#: "Sherpas of the G20", "President of the Y Session".
_NOT_BEFORE_OF = {
    "statement",
    "declaration",
    "report",
    "communique",
    "communiqué",
    "outcome",
    "results",
    "summary",
    "president",
    "chair",
    "chairman",
    "members",
    "participants",
    "sherpas",
    "conclusions",
}

_OTHER_TIME_WORDS = frozenset(("following", "after", "before", "during", "since", "until", "ahead"))

_RIGHT_CONNECT = {"of", "on", "for", "with", "to"}

_TOKEN = re.compile(r"[^\W_](?:[\w'’\-.]*[\w'’])?|[^\w\s]")

_ORDINAL = re.compile(
    r"^\d+(?:st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$|"
    r"^(?:eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twent|thirt|fort|fift|sixt|sevent|"
    r"eight|ninet)ieth)$|^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth)$",
    re.I,
)

_ACRONYM_IN_PARENS = re.compile(r"\s*\([A-Z][A-Z0-9&]+\)")


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper() or bool(_ORDINAL.match(self.text) and self.text[:1].isdigit())


@dataclass
class _Phrase:
    start: int
    end: int
    title: str
    head: str


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


#: Meeting nouns that name a meeting only when said as one (``_a_round_or_part``).
_SAID_AS_ONE = frozenset(("round", "rounds", "segment"))

#: Words before "round" that make it one of a series of talks: "the next round", "the second round".
_ROUND_BEFORE = frozenset(
    ("next", "last", "new", "previous", "latest", "final", "further", "future", "current", "later", "early")
)

#: Words before "segment" that make it a part of a conference: "the high-level segment".
_SEGMENT_BEFORE = frozenset(
    ("high-level", "ministerial", "general", "humanitarian", "operational", "coordination")
)


def round_said_as_one(word: str) -> bool:
    """The word before "round" makes it one of a series of talks: "the next round", "the second round", "the
    9th round" (not "a round of applause", "all year round")."""
    return word.lower() in _ROUND_BEFORE or bool(_ORDINAL.match(word))


def _a_round_or_part(toks: list[_Tok], i: int) -> bool:
    """A round of talks ("the second round of the Dialogue", "the next round in Geneva", "the Ninth Round") or a conference's segment ("the high-level segment of the Conference"), not "a round
    of applause", "all year round", "a segment of society": the noun is a meeting when said as one of a
    series or as a part of a meeting, by the word before it or the meeting after "of"."""
    low = toks[i].low
    before = toks[i - 1] if i > 0 else None
    after = toks[i + 2] if i + 2 < len(toks) and toks[i + 1].low == "of" else None
    if after is not None and after.low == "the" and i + 3 < len(toks):
        after = toks[i + 3]
    of_a_meeting = after is not None and (after.low in EVENT_NOUNS - _SAID_AS_ONE or after.is_cap)
    if low == "segment":
        return (before is not None and before.low in _SEGMENT_BEFORE) or of_a_meeting
    if before is None or before.low.endswith("-round"):
        return False
    # (a round named by a place, "the Doha Round", is a negotiation of years, mostly dated by its deadline)
    said = round_said_as_one(before.text)
    talks = after is not None and after.low in (
        "talks",
        "negotiations",
        "discussions",
        "consultations",
        "dialogue",
    )
    return said or talks


def event_phrases(text: str, blocked: list[tuple[int, int]]) -> list[_Phrase]:
    """Noun phrases headed by a meeting or event word: "the Japan-EU Summit" → "Japan-EU Summit"."""
    toks = _tokens(text)

    def is_blocked(t: _Tok) -> bool:
        return any(t.start < e and s < t.end for s, e in blocked)

    phrases: list[_Phrase] = []
    for i, tok in enumerate(toks):
        low = tok.low
        acronym = (
            bool(_EVENT_ACRONYM.match(tok.text))
            or (tok.text in ("COP", "CMP", "MOP") and i + 1 < len(toks) and toks[i + 1].text.isdigit())
            # "the 34th ICFM", "the fifth EAS": a numbered acronym is a meeting in a series
            or (
                bool(re.fullmatch(r"[A-Z]{2,8}", tok.text))
                and i > 0
                and bool(_ORDINAL.match(toks[i - 1].text))
                and (i + 1 >= len(toks) or not toks[i + 1].is_cap)
            )
        )
        # "the European Council in December agreed …": a council named for its meeting, its date right after
        sitting = (
            low == "council"
            and tok.is_cap
            and i > 0
            and toks[i - 1].is_cap
            and i + 2 < len(toks)
            and toks[i + 1].low in ("in", "on", "of")
            and is_blocked(toks[i + 2])
            and _council_is_subject(text, toks, i)
        )
        if (
            low not in EVENT_NOUNS and low not in MILESTONE_NOUNS and not acronym and not sitting
        ) or is_blocked(tok):
            continue
        if low in _SAID_AS_ONE and not _a_round_or_part(toks, i):
            continue  # "a round of applause", "all year round", "a segment of the population"
        if (
            acronym
            and i > 0
            and toks[i - 1].text == "("
            and phrases
            and phrases[-1].end >= toks[i - 1].start - 1
        ):
            continue  # "the Fourth … Conference (TICAD IV)": the short name of the phrase before
        if phrases and phrases[-1].end >= tok.end:
            continue
        end_i = i
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if acronym and nxt is not None and nxt.text.isdigit() and tok.text in ("COP", "CMP", "MOP"):
            end_i, nxt = i + 1, None  # "COP 15": the number is part of the name
        if low in _NAMED_LEAD and nxt is not None and nxt.is_word and nxt.is_cap and nxt.low not in _STOP:
            while (
                end_i + 1 < len(toks)
                and end_i - i < 3
                and toks[end_i + 1].is_word
                and toks[end_i + 1].is_cap
                and not is_blocked(toks[end_i + 1])
                and toks[end_i + 1].low not in _STOP
            ):
                end_i += 1
        elif nxt is not None and nxt.is_word:
            if nxt.low in _NON_EVENT_NEXT or (nxt.low in EVENT_NOUNS and not nxt.is_cap and low != nxt.low):
                continue  # "storm season"; "ministerial meeting": the next word is the head
            if acronym and re.fullmatch(r"[IVX]{1,5}|\d{1,2}", nxt.text):
                end_i = i + 1  # "TICAD IV": the number is part of the name
            elif low == "ministerial" and nxt.low == "council" and not is_blocked(nxt):
                end_i = i + 1  # "the OSCE Ministerial Council": a ministers' meeting, named as a council
            elif nxt.is_cap and nxt.low not in _STOP and not is_blocked(nxt):
                continue  # "Summit Outcome Document": the summit is not the head
            if low == "assembly" and not tok.is_cap:
                continue  # "freedom of assembly"
        start_i = i
        j = i - 1
        while j >= 0 and i - j <= 8:
            t = toks[j]
            if (
                t.text in _QUOTE_CHARS
                and j > 0
                and toks[j - 1].is_word
                and toks[j - 1].is_cap
                and toks[start_i].is_cap
                and not is_blocked(t)
            ):
                j -= 1  # "the “Friends of X” Meeting": a name in quotation marks, then its meeting noun
                continue
            if (
                t.text in ("–", "/")
                and j + 1 == start_i
                and j > 0
                and toks[j - 1].end == t.start
                and t.end == toks[start_i].start
                and toks[j - 1].is_word
                and toks[j - 1].is_cap
                and toks[j - 1].low not in _STOP
                and toks[j - 1].low not in EVENT_NOUNS
                and toks[start_i].is_cap
                and not is_blocked(t)
                and not is_blocked(toks[j - 1])
            ):
                start_i = j - 1  # "the Estravia–Lindhaven Summit", "the Amsel/Tarnow Council": one name
                j -= 2
                continue
            if is_blocked(t) or not t.is_word:
                break
            if (
                t.low in _CONNECT_INSIDE
                and j > 0
                and toks[j - 1].is_word
                and toks[j - 1].is_cap
                and toks[j - 1].low not in _STOP
                and toks[start_i].is_cap
                and not is_blocked(toks[j - 1])
                and not (t.low == "and" and toks[j - 1].low.strip("'’") in EVENT_NOUNS)
            ):
                start_i = j - 1
                j -= 2
                continue
            if (
                t.low == "the"
                and j > 1
                and toks[j - 1].low == "of"
                and toks[j - 2].is_word
                and toks[j - 2].is_cap
                and toks[j - 2].low not in _STOP
                and toks[j - 2].low not in _NOT_BEFORE_OF
                and low in EVENT_NOUNS
                and toks[start_i].is_cap
                and not is_blocked(toks[j - 2])
            ):
                start_i = j - 2  # "State of the Nation Address"
                j -= 3
                continue
            if t.low == "open" and low in ("debate", "debates", "meeting", "session", "briefing"):
                start_i = j  # "the Council's open debate"
                j -= 1
                continue
            if t.low in _STOP or t.low in _OTHER_TIME_WORDS:
                break  # "Following consultations in X": the consultations, not "Following consultations"
            if t.is_cap or (t.text[:1].islower() and not t.low.endswith(("ing", "ed", "ly"))):
                start_i = j
            else:
                break
            j -= 1
        end_i = _extend_right(toks, end_i, is_blocked)
        title = text[toks[start_i].start : toks[end_i].end]
        title = _ACRONYM_IN_PARENS.sub("", title).strip()
        if any(c in _QUOTE_CHARS for c in title):
            title = _unquoted(title)
        title = title[:1].upper() + title[1:]
        if low == "event" and (start_i == i or not any(t.is_cap or "-" in t.text for t in toks[start_i:i])):
            continue  # "this event", "the event": only a "high-level event", a "Side Event" is a meeting
        if _BUILDING_OF.match(title):
            continue  # "in the Palace of Independence", "at the Hall of Peace": a building, where it meets
        phrases.append(
            _Phrase(
                toks[start_i].start,
                toks[end_i].end,
                title,
                low.rstrip("s") if low[:-1] in EVENT_NOUNS | MILESTONE_NOUNS else low,
            )
        )
    return phrases


#: A building named "X of Y": the place of a meeting, whatever the noun after "of".
_BUILDING_OF = re.compile(
    r"(?:Palace|Hall|House|Square|Centre|Center|Building|Monument|Museum|Avenue|Street|Stadium|Park|"
    r"Memorial|Tower|Gate|Mausoleum|Library|Theatre|Theater)\s+of\b"
)


#: A topic whose "in X" says where the topic is, not where the meeting was: "on the situation in X".
_TOPIC_NOUNS = frozenset(("situation", "question", "crisis", "conflict", "peace", "security", "developments"))


def _council_is_subject(text: str, toks: list[_Tok], i: int) -> bool:
    """ "The European Council in December agreed": the council opens its clause; "He briefed the Security
    Council on 6 June" speaks of the body, not of its meeting."""
    j = i
    while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word:
        j -= 1
    return bool(
        re.search(r"(?:^|[,;:]\s*|\b(?:and|when|as|while|after)\s+)(?:the\s+)?$", text[: toks[j].start], re.I)
    )


#: The people a meeting is of, named in lower case after a capitalised word: "of Arab foreign ministers".
_MEMBERS = frozenset(
    (
        "ministers",
        "leaders",
        "heads",
        "ambassadors",
        "officials",
        "representatives",
        "delegates",
        "experts",
        "parliamentarians",
        "governors",
        "envoys",
        "presidents",
        "chiefs",
        "states",
        "countries",
        "nations",
    )
)


def _extend_right(toks: list[_Tok], end_i: int, is_blocked) -> int:
    """ "Meeting" + "of the HSN", "Dialogue" + "on Transboundary Water", "briefing" + "on the scorecard"."""
    k = end_i + 1
    if k >= len(toks) or toks[k].low not in _RIGHT_CONNECT or is_blocked(toks[k]):
        return end_i
    m = k + 1
    if m < len(toks) and toks[m].low in ("the", "our", "their", "its"):
        m += 1  # "Meeting of our Attorneys General": whose meeting, named after the determiner
    r = m
    while r < len(toks) and r - m < 8 and not is_blocked(toks[r]):
        if _name_goes_on(toks, r, m):
            r += 1  # "with Mr. Marek", "of the Group of 77", "of the Friends of the Delta": the name goes on
            continue
        if not toks[r].is_word or not (
            (toks[r].is_cap and toks[r].low not in _STOP and toks[r].low not in _MONTHS_AND_DAYS)
            or (toks[r].low in {"of", "and", "on", "for"} and r + 1 < len(toks) and toks[r + 1].is_cap)
        ):
            break
        r += 1
    if r > m and (toks[r - 1].is_cap or toks[r - 1].text.isdigit()):
        # "the meeting of Arab foreign ministers", "a Conference of African finance ministers": its members,
        # said in lower case after the adjective that names them
        for size in (2, 1):
            words = toks[r : r + size]
            if (
                len(words) == size
                and words[-1].low in _MEMBERS
                and all(t.is_word and t.text[:1].islower() and not is_blocked(t) for t in words)
                and words[0].low not in _STOP
            ):
                return r + size - 1
        return r - 1
    if toks[k].low == "to" or (
        toks[k].low == "with"
        and toks[end_i].low not in ("consultations", "talks", "consultation", "meeting", "meetings")
    ):
        return end_i  # "to" and "with" only before a name: "address to the Permanent Council"
    r = m
    while (
        r < len(toks)
        and r - m < 3
        and toks[r].is_word
        and toks[r].text[:1].islower()
        and toks[r].low not in _STOP
        and not is_blocked(toks[r])
        and not toks[r].low.endswith("ing")
    ):
        r += 1
    if (
        r > m
        and r + 1 < len(toks)
        and toks[r].low == "of"
        and toks[r + 1].is_word
        and toks[r + 1].text[:1].islower()
        and toks[r + 1].low not in _STOP
        and not is_blocked(toks[r + 1])
    ):
        r += 2  # "on the rule of law", "on the protection of civilians"
    if (
        r > m
        and r + 1 < len(toks)
        and toks[r].low in ("in", "of")
        and toks[r - 1].low in _TOPIC_NOUNS
        and toks[r + 1].is_word
        and toks[r + 1].is_cap
        and toks[r + 1].low not in _STOP
        and toks[r + 1].low not in _MONTHS_AND_DAYS
        and not is_blocked(toks[r + 1])
    ):
        r += 2  # "meeting on the situation in Somalia": where the topic is, not where they met
        while (
            r < len(toks)
            and r - m < 10
            and toks[r].is_word
            and toks[r].is_cap
            and toks[r].low not in _MONTHS_AND_DAYS
            and not is_blocked(toks[r])
        ):
            r += 1
    return r - 1 if r > m else end_i


_QUOTE_CHARS = frozenset("\"“”„«»‘’'")

#: A style or a short word written with a full stop inside a name: "Mr. Marek", "H.E. Mr. X", "St. Gallen".
_ABBREVIATION = frozenset(("mr", "mrs", "ms", "dr", "prof", "st", "h.e", "hon", "amb", "gen", "sen", "rev"))


def _name_goes_on(toks: list[_Tok], r: int, m: int) -> bool:
    """Inside a name after a meeting noun, a token the capitalised words run on through: an abbreviation's
    full stop and an initial ("with Mr. Marek", "with H.E. Mr. X", "with Mr. I. Marek"), a number after "of"
    ("the Group of 77"), "of the" between capitalised words ("the Friends of the Delta")."""
    if r <= m or r + 1 >= len(toks):
        return False
    tok, before, after = toks[r], toks[r - 1], toks[r + 1]
    beyond = toks[r + 2] if r + 2 < len(toks) else None
    if tok.text == "." and before.end == tok.start and after.is_word and after.is_cap:
        return before.low in _ABBREVIATION or bool(re.fullmatch(r"[A-Z]", before.text))
    if re.fullmatch(r"[A-Z]", tok.text) and after.text == "." and before.text == ".":
        return beyond is not None and beyond.is_word and beyond.is_cap  # "Mr. I. Marek": an initial
    if tok.text in ("–", "/") and before.end == tok.start and tok.end == after.start:
        return before.is_cap and after.is_word and after.is_cap  # "of the Lindhaven–Estravia Committee"
    if not before.is_cap and before.text != "of":
        return False
    if tok.low == "of" and before.is_cap and before.low not in _STOP:
        return after.text.isdigit() or (
            after.low == "the"
            and beyond is not None
            and beyond.is_word
            and beyond.is_cap
            and beyond.low not in _STOP
            and beyond.low not in _MONTHS_AND_DAYS
        )
    if before.low == "of" and r >= m + 2 and toks[r - 2].is_cap:
        return tok.text.isdigit() or (tok.low == "the" and after.is_cap and after.low not in _STOP)
    return False


def _unquoted(title: str) -> str:
    """A title without the quotation marks around a name in it ("Friends of X” Meeting" → "Friends of X
    Meeting"); a plural's possessive apostrophe ("the Ministers’ Meeting") stays."""
    title = re.sub(r"[\"“”„«»‘]|(?<!\w)['’]|(?<![sS])['’](?!\w)", "", title)
    return " ".join(title.split())
