"""Milestones: acts a clause dates ("adopted", "signed", "entered into force"), a numbered resolution and
the day it was adopted, an agreement named with its year, "the adoption of X". A milestone is an item of
its own kind, not a meeting.
"""

from __future__ import annotations

import re

from ...content.partial_date import DatePoint, PartialDate
from ..dates import DateMention
from ..gathering import CAPITAL_WORD
from ..passages import Passage, evidence
from .actions import _ACTION_CLAUSE
from .clauses import _CLAUSE_START, _clause_of
from .entries import TimelineEntry, _significance, cut_title
from .phrases import _ACRONYM_IN_PARENS
from .places import _PLACE_WORDS
from .vocabulary import _DETERMINER, _STOP

_ACT_BETWEEN = re.compile(r"\b(?:signed|adopted|ratified|entered into force)\b")

#: Acts a clause dates as a milestone wherever the date stands: a resolution, treaty or plan adopted.
_ADOPTED = re.compile(r"\b(?P<verb>adopted|signed|ratified|endorsed|approved|entered into force)\b")

#: A numbered resolution or decision and the date it is "of": "resolution 64/12 of 9 November 2009".
_NUMBERED_ACT = re.compile(
    rf"(?P<act>(?:{CAPITAL_WORD}\s+(?:(?:and|of)\s+)?){{0,4}}(?i:resolution|decision)\s+(?:[A-Z]{{1,6}}[./\-])?\d+(?:[./\-]\d+)*"
    r"(?:\s*\([IVXLC]+\))?)\s+(?:of|(?i:adopted)\s+(?:on|in))\s+(?:the\s+)?$"
)

_MILESTONE_VERB = re.compile(
    r"\b(?P<verb>adopted|signed|ratified|launched|established|founded|created|set up|joined|approved|"
    r"endorsed|entered into force|inaugurated|concluded|opened|negotiated)\b"
)

#: A clause opened by a conjunction of time: "Ten years ago, when the X Programme was negotiated, …".
_WHEN = re.compile(r"^(?:when|as|after|once)\s+", re.IGNORECASE)

_CLAUSE_END = re.compile(r",\s*(?:which|who|where|when|while|and\s+(?:it|this|we|they))\b|[;:.!?](?:\s|$)")

_PRONOUN_SUBJECT = re.compile(r"^(?:we|i|they|it|our country|my country|our government|my government)$", re.I)

_OBJECT_END = re.compile(
    r"\s+(?:together|with|in|at|by|during|after|before|to|which|that|and|as|following)\b|[,;(]"
)


_ACT_NAMED = re.compile(r"(?P<act>\b(?:[Rr]esolution|[Dd]ecision)\s+\d[\d/]*(?:\s*\(\d{4}\))?)")

#: "the resolution we adopted this morning", "today's adoption of resolution 2042": an act of the day itself.
_TODAY_ACT = re.compile(
    r"\b(?:adopted|approved|passed|signed)\b[^.;:]{0,60}?\b(?:today|this\s+morning|this\s+afternoon)\b|"
    r"\b(?:today|this\s+morning|this\s+afternoon)\b[^.;:]{0,40}?\b(?:adopted|approved|passed|signed)\b|"
    r"\b(?:adoption|approval|signing)\s+(?:here\s+)?(?:today|this\s+morning|this\s+afternoon)\b|"
    r"\btoday['’]s\s+(?:adoption|approval|signing)\b",
    re.IGNORECASE,
)


_CITED_YEAR = re.compile(r"\b(?:[Rr]esolutions?|[Dd]ecisions?)\s+\d[\d/.]*\s*\($")


_BY_ACT = re.compile(
    r"\b(?:by|in|through|with)\s+(?:its\s+)?(?P<act>(?:[Rr]esolution|[Dd]ecision)\s+\d[\d/]*(?:\s*\(\d{4}\))?)"
)

_ACTED = re.compile(
    r"\b(?:renewed|extended|established|authori[sz]ed|decided|created|adopted|endorsed|approved|set\s+up)\b"
)


def _by_resolution(text: str, m: DateMention, mentions: list[DateMention]) -> str | None:
    """ "The Council renewed the mandate of the Mission on 16 December by resolution 1961": a resolution's
    day, when the clause of the date says what the resolution did and names it."""
    start, end = _clause_of(text, m.start)
    if any(start <= d.start < end for d in mentions if d is not m):
        return None
    act = _BY_ACT.search(text, start, end)
    if act is None or not _ACTED.search(text, start, end):
        return None
    name = " ".join(act["act"].split())
    return f"{name[:1].upper()}{name[1:]} adopted"


def _adopted_today(passage: Passage, speech_date: DatePoint | None) -> TimelineEntry | None:
    """ "Resolution 2042, which the Council adopted this morning": a numbered act of the statement's own
    day, the one dated act of an occasion a timeline keeps. Only a numbered resolution or decision:
    "the challenges we face today" dates nothing."""
    text = passage.text
    if speech_date is None or speech_date.day is None:
        return None
    when = _TODAY_ACT.search(text)
    act = _ACT_NAMED.search(text)
    if when is None or act is None:
        return None
    name = " ".join(act["act"].split())
    return TimelineEntry(
        date=PartialDate(speech_date),
        title=f"{name[:1].upper()}{name[1:]} adopted",
        kind="milestone",
        place=None,
        planned=False,
        cite=[passage.paragraph],
        evidence=evidence(text, (min(when.start(), act.start()), max(when.end(), act.end())), low=6, high=14),
        evidence_paragraph=passage.paragraph,
        significance=_significance(text),
        relative=when.group(),
        found_in=[f"sentence ¶{passage.paragraph}"],
        date_text=when.group(),
        head="resolution",
        order=passage.index,
    )


_AGREEMENT = (
    rf"(?P<name>(?:{CAPITAL_WORD}\s+){{1,4}}(?:Charter|Concord|Accords?|Agreement|Treaty|Declaration|Protocol|"
    r"Convention|Consensus|Compact|Pact|Final\s+Act|Programme\s+of\s+Action|Plan\s+of\s+Action|"
    r"Platform\s+for\s+Action|Roadmap|Road\s+Map))"
)

#: "the Bali Concord of 1976": a named agreement and its year.
_AGREEMENT_OF = re.compile(_AGREEMENT + r"\s+of\s+$")

#: "when they agreed on the Paris Charter in 1990": an agreement reached, and when.
_AGREED_ON = re.compile(
    r"\b(?P<verb>agreed\s+(?:on|to)|adopted|signed|concluded|reached|endorsed)\s+(?:the\s+)?"
    + _AGREEMENT
    + r"\s+(?:in|on)\s+(?:the\s+)?$"
)


def _agreement_of(text: str, m: DateMention) -> str | None:
    """ "the Bali Concord of 1976", "agreed on the Paris Charter in 1990": a milestone named by its
    agreement. A declaration only cited ("the Universal Declaration of Human Rights") is not dated so:
    the year must follow the name that ends with the agreement's noun."""
    before = text[: m.start]
    agreed = _AGREED_ON.search(before)
    if agreed:
        verb = "agreed" if agreed["verb"].startswith("agreed") else agreed["verb"]
        return f"{' '.join(agreed['name'].split())} {verb}"
    named = _AGREEMENT_OF.search(before)
    if named and named["name"].split()[0].lower() not in _STOP:
        return " ".join(named["name"].split())
    return None


#: "was signed in Tarnow on 3 December 2008 and entered into force on 1 August 2010": each act its own day.
_ACT_VERB = re.compile(
    rf"\b(?P<verb>signed|adopted|ratified|approved|endorsed|concluded|agreed|entered\s+into\s+force|"
    rf"came\s+into\s+force|issued)"
    # "agreed by Member States in May", "signed by the two Prime Ministers": who did it, between the act and
    # its date
    rf"(?:\s+by\s+(?:the\s+)?(?:(?:two|both|three)\s+)?{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}})?"
    rf"(?:\s+(?:in|at)\s+{_PLACE_WORDS})?\s+(?:on|in)\s+(?:the\s+)?$"
)

#: "adopted by Forum Leaders last year": before a relative date, the act and who did it, no preposition.
_ACT_VERB_RELATIVE = re.compile(
    r"\b(?P<verb>signed|adopted|ratified|approved|endorsed|concluded|agreed)"
    rf"(?:\s+by\s+(?:the\s+)?{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}})?\s+$"
)

_ACT_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:and|that|when)\s+)(?:(?i:the)\s+)?"
    rf"(?P<subj>{CAPITAL_WORD}(?:\s+(?:{CAPITAL_WORD}|of|on|the|for|and(?=\s+[A-Z]))){{0,6}})"
    # "the X Declaration and Programme of Action, which was agreed …": the act named before its which-clause
    r"(?:\s*,\s*which)?\s+(?:was|were|has\s+been|had\s+been)\s+"
)


#: An act's name right before its participle: "The X Declaration adopted …", "the Treaty of Y, signed …".
_NAMED_ACT_BEFORE = re.compile(
    rf"(?:(?i:the)\s+)?(?P<subj>(?:{CAPITAL_WORD}\s+){{0,4}}(?:Declaration|Treaty|Accords?|Agreement|Convention|"
    r"Protocol|Charter|Plan|Programme|Program|Compact|Pact|Concord|Consensus|Communiqu[ée]|Roadmap|Road\s+Map|"
    r"Joint\s+Statement)"
    # its subject's words: "the Compact on Strengthening Development Coordination in the Pacific"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{CAPITAL_WORD}(?:\s+(?:(?:in|of|for|and)\s+(?:the\s+)?)?{CAPITAL_WORD}){{0,6}})?)"
    r"\s*,?\s*$"
)


#: A summit's own act, wherever its name says so: "the Summit-level Joint Declaration", "the Summit
#: Declaration", "the Amsel Summit Joint Declaration".
_SUMMIT_LEVEL = re.compile(r"\bSummit\b")

#: How far before a date its act's participle, and before that the act's name, are looked for: more than the
#: longest the patterns above read (a sentence of thousands of dates read all the text before each one).
_ACT_REACH = 600


def _ending_at(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored by ``$``) ending where ``end`` is, read in the reach before it."""
    return pattern.search(text, max(0, end - _ACT_REACH), end)


def _act_before(text: str, m: DateMention) -> str | None:
    """ "The Basin Treaty was signed in Tarnow on 3 December 2008 and entered into force on 1 August 2010":
    the act said just before each date, by the named thing the clause is about."""
    verb = _ending_at(_ACT_VERB, text, m.start) or (
        _ending_at(_ACT_VERB_RELATIVE, text, m.start) if m.relative else None
    )
    if verb is None:
        return None
    if verb["verb"] == "issued":
        # "the Summit-level Joint Declaration on X issued in September 2013": a summit's act; a statement
        # issued without a summit's word is a document, not a meeting (bench/extract/expected.toml)
        named = _ending_at(_NAMED_ACT_BEFORE, text, verb.start())
        if named is None or not _SUMMIT_LEVEL.search(named["subj"]):
            return None
        return f"{named['subj']} issued"
    subjects = list(_ACT_SUBJECT.finditer(text[: verb.start()]))
    if not subjects:
        # "The Declaration adopted in Amsel on 9 September 2009 sets out …": a participle after the act's name
        named = _ending_at(_NAMED_ACT_BEFORE, text, verb.start())
        return f"{named['subj']} {' '.join(verb['verb'].split())}" if named else None
    subject = re.sub(r"\s+(?:of|on|the|for)$", "", subjects[-1]["subj"].strip())
    joined = re.search(rf"((?:{CAPITAL_WORD}\s+){{1,4}})and\s+$", text[: subjects[-1].start("subj")])
    if joined:
        subject = f"{joined.group(1)}and {subject}"  # "the X Declaration and Programme of Action, which …"
    if _PRONOUN_SUBJECT.match(subject) or subject.split()[0].lower() in _STOP:
        return None
    act = " ".join(verb["verb"].split()).replace("came into force", "entered into force")
    return f"{subject} {act}"


_ADOPTION = re.compile(
    r"\b(?:the\s+)?(?P<noun>adoption|signing|signature|entry into force|ratification)\s+(?:by\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+)?of\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<obj>[Rr]esolution\s+\d[\d/]*(?:\s+\(\d{4}\))?|"
    rf"{CAPITAL_WORD}(?:\s+(?:{CAPITAL_WORD}|of|on|for|and)){{0,8}})"
)

_NOUN_VERB = {
    "adoption": "adopted",
    "signing": "signed",
    "signature": "signed",
    "launch": "launched",
    "entry into force": "entered into force",
    "ratification": "ratified",
    "establishment": "established",
    "creation": "created",
}


_DECISION = re.compile(
    r"\bthe\s+decision\s+(?:by\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+)?to\s+"
    r"(?P<vp>[a-z]+\s+[^,;.]{3,80}?)(?=\s+or\s+[A-Z]{2,}\b|[,;.]|$)"
)


def _nominal_milestones(text: str) -> list[str]:
    """ "the adoption of the X Plan and the decision to admit Y into Z": each act a milestone title."""
    out: list[tuple[int, str]] = []
    for adoption in _ADOPTION.finditer(text):
        obj = re.sub(r"\s+(?:of|on|for|and)$", "", adoption["obj"].strip())
        out.append((adoption.start(), f"{obj} {_NOUN_VERB[adoption['noun'].lower()]}"))
    for decision in _DECISION.finditer(text):
        out.append((decision.start(), f"Decision to {decision['vp'].strip()}"))
    return [title for _, title in sorted(out)]


def _milestone_anywhere(text: str, m: DateMention, mentions: list[DateMention]) -> str | None:
    """ "The General Assembly adopted resolution 65/38 on 7 December 2010", "the adoption of the X Plan" (one date)."""
    if len([d for d in mentions if not d.since]) != 1:
        # "…, and on 20 March, it adopted resolution 2042": the clause of the date, when no other date is in it
        cuts = [c.end() for c in _ACTION_CLAUSE.finditer(text)]
        start = max((c for c in cuts if c <= m.start), default=0)
        following = [c for c in cuts if c > m.end]
        if following and text[m.end : following[0]].strip(" ,") == "":
            following = following[
                1:
            ]  # "on 20 March, it adopted …": the comma after the date opens its clause
        end = min(following, default=len(text))
        if any(start <= d.start < end for d in mentions if d is not m):
            return None
        clause = (start, end)
    else:
        found = _nominal_milestones(text)
        if found:
            return found[0]
        clause = _clause_of(text, m.start)
    part = text[clause[0] : clause[1]]
    verb = _ADOPTED.search(part)
    if not verb:
        return None
    before = part[: verb.start()]
    if clause[0] + len(before) >= m.end > clause[0]:
        before = before[max(0, m.end - clause[0]) :]  # "It has been three years since Leaders adopted …"
    before = before.strip()
    subject = _DETERMINER.sub("", before.split(",")[-1].strip())
    if not subject and before.endswith(","):
        # "Resolution 1894, adopted by the Council in November last year, …"
        named = _DETERMINER.sub("", before.rstrip(",").split(",")[-1].strip())
        if named[:1].isupper() and len(named.split()) <= 6:
            return f"{named} {verb['verb']}"
        return None
    passive = re.search(
        r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)(?:\s+[a-z]+ly)?$", subject
    )
    if passive and subject[:1].isupper() and len(subject[: passive.start()].split()) <= 6:
        # "The Treaty of Amsel was signed on 3 December 1997": what was signed, and the act
        return f"{subject[: passive.start()]} {verb['verb']}"
    rest = part[verb.end() :]
    cut = _OBJECT_END.search(rest)
    obj = rest[: cut.start()] if cut else rest
    obj = obj.strip(" ,.;")
    if m.text in obj:
        obj = re.sub(r"\s+(?:on|in|at|of)$", "", obj[: obj.index(m.text)].strip(" ,"))
    if obj and _PRONOUN_SUBJECT.match(subject):
        act = _ACT_NAMED.match(obj)
        # "it adopted resolution 2042": the act names itself
        return f"{act['act'][:1].upper()}{act['act'][1:]} {verb['verb']}" if act else None
    if not obj or not subject or len(subject.split()) > 6 or not subject[:1].isupper():
        return None
    title = _ACRONYM_IN_PARENS.sub("", f"{subject} {verb['verb']} {obj}").strip()
    return cut_title(title.split(), 12)


def _milestone_clause(text: str, m: DateMention) -> str | None:
    """ "In March last year, our Parliament adopted the National Resilience Act" → a title."""
    if not _CLAUSE_START.match(text[: m.start]):
        return None
    after = re.match(r"^(?:'s|’s)?\s*,\s*", text[m.end :])
    if not after:
        return None
    rest = text[m.end + after.end() :]
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    verb = _MILESTONE_VERB.search(clause)
    if not verb:
        return None
    subject = _DETERMINER.sub("", _WHEN.sub("", clause[: verb.start()].strip()))
    obj = clause[verb.end() :].strip()
    passive = re.search(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)(?:\s+[a-z]+ly)?$", subject)
    if passive and subject[:1].isupper() and 0 < len(subject[: passive.start()].split()) <= 6:
        # "Two years ago, the Pacific Plan was officially endorsed by Forum Leaders at …": what, and the act
        return f"{subject[: passive.start()]} {verb['verb']}"
    if not obj or len(subject.split()) > 8:
        return None
    if not subject or _PRONOUN_SUBJECT.match(subject):
        cut = _OBJECT_END.search(obj)
        obj = _DETERMINER.sub("", obj[: cut.start()] if cut else obj).strip()
        title = f"{obj} {verb['verb']}"
    else:
        cut = re.search(r"[,;(]|\s+(?:which|that|and\s+(?:a|an|the|its|their|our)\b)", obj)
        title = f"{subject} {verb['verb']} {obj[: cut.start()] if cut else obj}"
    title = _ACRONYM_IN_PARENS.sub("", title).strip(" ,")
    title = cut_title(title.split(), 14)
    return title[:1].upper() + title[1:]
