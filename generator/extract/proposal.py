"""Find a named proposal: what it is called, how it is described, its points, what it is not.

A proposal is a quoted name of two to seven capitalised words in a sentence
that proposes, establishes, launches or names something ("… an international
forum named "Friends of Human Security""). Its points are the bulleted list
introduced by a paragraph that mentions the name and ends with a colon, each
bullet with its sub-bullets, kept nested as in the statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..content.speech import Item, Speech
from .passages import Passage, evidence
from .quotes import Quotation

_NAME = re.compile(r'["“](?P<n>[A-Z][^"”]{2,80}?)["”]')
_PROPOSE = re.compile(
    r"\b(propos\w*|initiative|establish\w*|set up|creat\w+|launch\w*|form(?:ing)?|named|called|"
    r"entitled|known as)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:is|are|was|were|would|will|does|do|should)\s+not\b|\bnot\s+(?:intended|meant|designed|a|an|to)\b|"
    r"\bnever\b|\bno\s+(?:new|intention)\b",
    re.IGNORECASE,
)
_AIM = re.compile(
    r"\baims?\s+(?:at|to)\b|\bis open to\b|\bwill (?:help|allow|enable|serve|seek)\b|"
    r"\bwould (?:help|allow|enable|serve|seek)\b|\bpurpose\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r";\s+|:\s+(?=\S)|\s+[–—]\s+|,\s+(?=such as\b)|\.\s+(?=[A-Z])")
_SMALL = {"of", "for", "on", "and", "the", "in", "to", "de", "a", "an"}
_COUNT = ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]


@dataclass
class Point:
    paragraph: int
    text: str
    evidence: str


@dataclass
class Principle:
    paragraph: int
    title: str
    text: str
    evidence: str
    points: list[Point] = field(default_factory=list)
    #: True when the title is the bullet's opening words, cut short (a person should shorten it).
    title_cut: bool = False


@dataclass
class ProposalFound:
    name: str
    paragraph: int
    evidence: str
    #: The sentence that names it: the proposal's origin.
    sentence: str
    passage: Passage
    summary: str
    aims: list[Point] = field(default_factory=list)
    principles: list[Principle] = field(default_factory=list)
    is_not: list[Point] = field(default_factory=list)
    definition: Quotation | None = None


def find_proposal(
    speech: Speech, passages: list[Passage], quotations: list[Quotation]
) -> ProposalFound | None:
    named = _named(passages)
    if named is None:
        return None
    passage, name, span = named
    found = ProposalFound(
        name=name,
        paragraph=passage.paragraph,
        evidence=evidence(passage.text, span, low=6, high=12),
        sentence=passage.text,
        passage=passage,
        summary=_summary(passages, passage, name),
    )
    same_para = [p for p in passages if p.paragraph == passage.paragraph and p.role == "sentence"]
    for p in same_para:
        if p is not passage and _AIM.search(p.text) and not p.text.endswith(":"):
            found.aims.append(Point(p.paragraph, p.text, evidence(p.text)))
    found.principles = _principles(speech, passages, name)
    mention = _mention_pattern(name)
    for p in passages:
        if p.role in ("sentence", "bullet") and mention.search(p.text) and _NEGATION.search(p.text):
            found.is_not.append(
                Point(p.paragraph, p.text, evidence(p.text, _focus(p.text, _NEGATION), low=9))
            )
    principle_paras = {pr.paragraph for pr in found.principles}
    for q in quotations:
        if q.attribution and (
            q.paragraph in principle_paras
            or "definition" in q.context.lower()
            or "definition" in speech.paragraphs[q.paragraph - 1].plain_text().lower()
        ):
            found.definition = q
            break
    return found


def _named(passages: list[Passage]) -> tuple[Passage, str, tuple[int, int]] | None:
    for p in passages:
        if p.role not in ("sentence", "bullet", "sub-bullet") or not _PROPOSE.search(p.text):
            continue
        for m in _NAME.finditer(p.text):
            name = m["n"].strip().rstrip(".,")
            words = name.split()
            if not 2 <= len(words) <= 7 or name[-1:] in ".!?":
                continue
            if all(w[:1].isupper() or w.lower() in _SMALL for w in words):
                return p, name, m.span()
    return None


def _summary(passages: list[Passage], passage: Passage, name: str) -> str:
    """The naming sentence, and the next one when it goes on about the same thing."""
    parts = [passage.text]
    following = [p for p in passages if p.paragraph == passage.paragraph and p.index > passage.index]
    if following:
        nxt = following[0].text
        head = name.rsplit(maxsplit=1)[-1]
        if not nxt.endswith(":") and re.match(rf"^(?:This|It|The|Such)\b|^The {re.escape(head)}\b", nxt):
            parts.append(nxt)
    return " ".join(parts)


def _mention_pattern(name: str) -> re.Pattern:
    head = name.rsplit(maxsplit=1)[-1]
    return re.compile(rf"{re.escape(name)}|\b[Tt](?:he|his)\s+{re.escape(head)}\b(?!\s+[A-Z])")


def _focus(text: str, pattern: re.Pattern) -> tuple[int, int] | None:
    m = pattern.search(text)
    return m.span() if m else None


def _principles(speech: Speech, passages: list[Passage], name: str) -> list[Principle]:
    """The bullets after a lead-in paragraph that mentions the proposal and ends with a colon."""
    out: list[Principle] = []
    mention = _mention_pattern(name)
    for para in speech.paragraphs:
        if para.kind != "item" or para.item is None:
            continue
        lead = _lead_in(speech, para.number)
        if lead is None:
            continue
        text = lead.plain_text().rstrip()
        if not (text.endswith(":") and mention.search(text)):
            continue
        out.append(_principle(para.number, para.item))
    return out


def _lead_in(speech: Speech, number: int):
    for n in range(number - 1, 0, -1):
        para = speech.paragraph(n)
        if para is not None and para.kind != "item":
            return para
    return None


def _principle(number: int, item: Item) -> Principle:
    text = item.text.strip()
    points = [Point(number, c.text, evidence(c.text)) for c in item.children]
    title, body, cut = _title_and_text(text, len(points))
    return Principle(number, _capital(title), _capital(body), evidence(text), points, cut)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_and_text(text: str, children: int) -> tuple[str, str, bool]:
    """A bullet as a heading and a sentence.

    A bullet of up to six words is the heading itself. Otherwise it is split
    at "; " or ": " when the first part is short enough to be a heading;
    failing that, the heading is the bullet's opening words, cut at a comma
    or before a preposition, and the sentence is the whole bullet (the draft
    asks a person to shorten such headings).
    """
    words = text.split()
    if len(words) <= 6:
        title = text.rstrip(".:;,")
        count = _COUNT[children] if children < len(_COUNT) else str(children)
        body = f"{count} point{'s' if children != 1 else ''}:" if children else title
        return title, body, False
    m = _SPLIT.search(text)
    head = text[: m.start()].strip() if m else text
    tail = text[m.end() :].strip() if m else ""
    if m and 3 <= len(head.split()) <= 12 and len(tail.split()) >= 3:
        return head, tail[:1].upper() + tail[1:], False
    return _opening_words(head), text, True


def _opening_words(text: str, most: int = 12, least: int = 4) -> str:
    """The opening words of a long bullet, cut where a heading can end."""
    words = text.split()
    first_comma = next((i for i, w in enumerate(words[:most]) if w.endswith(",")), None)
    if first_comma is not None and first_comma >= 2:
        return _tidy(" ".join(words[: first_comma + 1]))
    return _tidy(_cut(text, words, most, least))


def _tidy(title: str) -> str:
    """No heading ends on "and", "the" or a comma."""
    words = title.rstrip(" ,;:.").split()
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:")


_DANGLING = {
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "that",
    "which",
    "who",
    "as",
    "from",
    "at",
    "is",
    "are",
    "be",
    "has",
    "have",
    "what",
}


def _cut(text: str, words: list[str], most: int, least: int) -> str:
    short = words[: most + 1]
    if len(words) > most:
        for i in range(most, least - 1, -1):
            if short[i].lower() in _CUT_BEFORE:
                return " ".join(short[:i])
        return " ".join(words[:most]) + " …"
    for i in range(len(words) - 1, least - 1, -1):
        if words[i].lower() in _CUT_BEFORE:
            return " ".join(words[:i])
    return text.rstrip(".:;,")


#: Words a heading can be cut before: "… formal discussions in the UN | on the definition".
_CUT_BEFORE = {
    "on",
    "in",
    "for",
    "of",
    "with",
    "to",
    "about",
    "as",
    "that",
    "which",
    "who",
    "by",
    "from",
    "through",
    "such",
    "including",
    "while",
    "because",
}
