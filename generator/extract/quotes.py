"""Find quotations in a statement and who they are attributed to.

A quotation is six words or more between quotation marks (shorter quoted
phrases are names: "Friends of Human Security"). Its attribution is read
from the words around it, in the forms statements use:

    "…" ("Human Security Now")          As Professor X put it, "…"
    "…" – Professor X                   In the words of our Prime Minister, Y, "…"
    "…" These words of X, …             X once said: "…"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..content.speech import Speech, normalise_space
from .passages import evidence

# Single curly quotes only when they open after a space and close before a space or
# punctuation, so that apostrophes (“Japan’s”) never open or close a quotation.
_QUOTE = re.compile(
    r'"(?P<a>[^"]{3,800})"|“(?P<b>[^”]{3,800})”|(?:(?<=\s)|^)‘(?P<c>[^‘’]{3,800}?)’(?=[\s.,;:!?)]|$)'
)
_AFTER = [
    re.compile(r'^\s*\(\s*["“]?(?P<src>[^()"”]{2,100}?)["”]?\s*\)'),
    re.compile(r"^\s*,?\s*[-–—]\s*(?P<src>[A-Z][^.;()\"“”]{2,80}?)\s*(?:[.;]|$)"),
    re.compile(
        r"^\s*,?\s*(?:said|says|wrote|writes|noted|declared|observed|stated)\s+(?P<src>[A-Z][^.;,\"“]{2,80})"
    ),
    re.compile(r"^\s*[.,]?\s*(?:These|Those|The)\s+words\s+(?:of|by)\s+(?P<src>[^,.;\"“]{2,80})"),
]
_BEFORE = [
    re.compile(
        r"(?:\bAs|\bIn the words of|\bAccording to|\bTo quote|\bQuoting)\s+(?P<src>[^\"“”]{2,100}?)"
        r"(?:\s+(?:once\s+|so\s+aptly\s+|rightly\s+)?(?:said|says|put it|puts it|noted|wrote|stated|"
        r"reminded us|observed|declared|has said|has put it|has written|told\s+[^,\"“‘]{1,60}))?\s*[,:]\s*$"
    ),
    re.compile(
        r"(?P<src>(?:[A-Z][\w.'’\-]*\s+){0,6}[A-Z][\w.'’\-]*)\s+(?:once\s+)?(?:said|stated|wrote|declared|"
        r"noted|observed|reminded us)(?:\s+that)?\s*[,:]?\s*$"
    ),
]
_LEADING = re.compile(r"^(?:the\s+late\s+|the\s+|our\s+|my\s+|late\s+)+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Quotation:
    paragraph: int
    text: str
    attribution: str | None
    #: Up to twelve words of the quotation, verbatim from the paragraph.
    evidence: str
    #: The sentence or bullet around it, for deciding what the quotation is for.
    context: str


def find_quotations(speech: Speech) -> list[Quotation]:
    out: list[Quotation] = []
    for para in speech.paragraphs:
        text = normalise_space(para.plain_text())
        for m in _QUOTE.finditer(text):
            inner = next(g for g in (m["a"], m["b"], m["c"]) if g is not None)
            quote = inner.strip().rstrip(".,;:").strip()
            words = quote.split()
            if len(words) < 6 or _title_like(words):
                continue
            attribution = _attribution(text[: m.start()], text[m.end() :])
            out.append(
                Quotation(
                    para.number,
                    quote,
                    attribution,
                    evidence(quote, None, high=12),
                    _context(text, m.start(), m.end()),
                )
            )
    return out


def _title_like(words: list[str]) -> bool:
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.7 * len(words)


def _attribution(before: str, after: str) -> str | None:
    for pattern in _AFTER:
        m = pattern.match(after)
        if m:
            return _clean(m["src"])
    pieces = _SENTENCE_END.split(before)
    tail = pieces[-1] if pieces else before
    for pattern in _BEFORE:
        m = pattern.search(tail)
        if m:
            return _clean(m["src"])
    return None


def _clean(source: str) -> str | None:
    source = _LEADING.sub("", source.strip().strip("\"“”'’").strip(" ,;:"))
    return source or None


def _context(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text[:start])), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left : right.start() + 1 if right else len(text)].strip()
