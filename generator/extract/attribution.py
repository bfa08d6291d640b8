"""Whom a text in the third person quotes: the person it says "said" of, again and again.

A press release, a news item or a UN press summary tells a statement in the third person: "South Africa's
Permanent Representative, Baso Sangqu, …", then "“…,” Mr. Sangqu said", "Sangqu stressed …", "according
to Sangqu". The person a text attributes its words to, by a speech verb, more often than anyone else is
whose statement it reports. This reading counts over the whole text, where the release's, summary's and
introduction's (``header_elsewhere``) read one sentence of the page's framing: when the two name the same
person, the name is printed (``provenance.confirm_by_attribution``); alone, either stays a candidate.
"""

from __future__ import annotations

import re
from collections import Counter

from .countries import is_country
from .header.words import HONORIFIC, ROLE_WORDS

_VERB = (
    r"(?:said|says|stated|stressed|added|noted|told|explained|emphasi[sz]ed|underlined|urged|warned|recalled|"
    r"reiterated|observed|remarked|declared|insisted|pointed\s+out|clarified|affirmed|underscored|commented|"
    r"announced|highlighted|expressed)"
)
_STYLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s*)"
#: A capitalised word with a lower-case letter, at most 41 characters: unbounded ("[A-Z][…]*[a-z][…]*"), each
#: capital of a hyphenated run ("Ab-Ab-…") was read to the run's end and back, and 6 kB of it took 93 s.
_WORD = r"[A-Z](?=[\w'’\-]{0,39}[a-z])[\w'’\-]{0,40}"
#: "Sangqu said", "Mr. Sangqu also stressed", "“…,” Mr.Sangqu said"
_SUBJECT = re.compile(rf"(?<![\w.])(?:{_STYLE})?(?P<who>{_WORD})\s+(?:also\s+|further\s+|then\s+)?{_VERB}\b")
#: "said Ažubalis.", "said Foreign Minister Spindelegger,"
_AFTER = re.compile(rf"\b{_VERB}\s+(?:{_STYLE})?(?:the\s+)?(?:{_WORD}\s+){{0,4}}?(?P<who>{_WORD})\s*[.,;]")
#: "According to Vinh, …"
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?:{_STYLE})?(?P<who>{_WORD})\s*,")
#: Words a speech verb follows that are no one's name.
_NOT_NAMES = {
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "the",
    "this",
    "that",
    "which",
    "who",
    "statement",
    "report",
    "declaration",
    "communique",
    "communiqué",
    "government",
    "ministry",
    "spokesperson",
    "spokesman",
    "official",
    "officials",
    "minister",
    "ministers",
    "president",
    "leaders",
    "council",
    "secretary",
    "chair",
    "chairman",
    "ambassador",
    "also",
    "has",
    "have",
    "was",
    "had",
}
#: At least this many attributions, and more than anyone else's.
MIN_ATTRIBUTIONS = 2


#: Styles written without their full stop ("Dr Surin", "Rt Hon Winston Peters").
_STYLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "rt",
    "hon",
    "honourable",
    "honorable",
    "sir",
    "dame",
    "excellency",
}


def _given_name(word: str) -> bool:
    """Whether a word before a surname may be a given name: not a role, a style, a country, an acronym
    ("Vietnam-ASEAN", "SOM"), a possessive."""
    parts = word.split("-")
    return not (
        ROLE_WORDS.search(word)
        or word.lower().rstrip(".") in _STYLES
        or word.lower() in _NOT_NAMES
        or word.endswith(("’s", "'s"))
        or any(is_country(p) or (p.isupper() and len(p) > 1) for p in parts)
    )


def _full_names(surname: str, text: str) -> list[str]:
    """The names the text writes the person by: "Michael Spindelegger", "Yang Jiechi" (surname first)."""
    names = []
    # (on one line: a menu's "South America" above a headline "X Y in Z" is not part of the name)
    before = re.compile(rf"((?:{_WORD}[^\S\n]+){{1,3}}){re.escape(surname)}\b")
    for m in before.finditer(text):
        words = m.group(1).split()
        while words and (
            ROLE_WORDS.search(words[0]) or words[0].lower() in _NOT_NAMES or is_country(words[0])
        ):
            words = words[1:]
        # the words right before the surname are the given names only if none of them is a role's word
        tail: list[str] = []
        for w in reversed(words):
            if not _given_name(w):
                break
            tail.insert(0, w)
        if tail:
            names.append(" ".join([*tail, surname]))
    after = re.compile(rf"(?<!\w){re.escape(surname)}\s+({_WORD})\s+(?:answered|said|told|stressed)\b")
    names += [f"{surname} {m.group(1)}" for m in after.finditer(text)]
    return names


def attributed_speaker(text: str) -> str | None:
    """The person the text quotes most, by a speech verb, when that is clearly one person with a full name."""
    counts: Counter[str] = Counter()
    for pattern in (_SUBJECT, _AFTER, _ACCORDING):
        for m in pattern.finditer(text):
            who = m["who"]
            if who.lower() in _NOT_NAMES or ROLE_WORDS.search(who) or is_country(who) or HONORIFIC.match(who):
                continue
            counts[who] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_ATTRIBUTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    surname = ranked[0][0]
    names = Counter(_full_names(surname, text))
    if not names:
        return None
    return max(names, key=lambda n: (names[n], len(n.split())))
