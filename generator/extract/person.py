"""Whether a speaker read from a statement is, by its shape, one person's name.

Measured on the tuning sets at their first reading (docs/extract.md, "Header round 3"): of the speakers
printed on statements the rules had not yet seen, 26 were right and 17 were wrong or printed where the
text names nobody, and the wrong ones were mostly not names at all: a country ("DEMOCRATIC REPUBLIC OF
TIMOR-LESTE"), an office ("INFORMATION AND PRESS DEPARTMENT"), a menu item, a title's fragment ("With
Kuwaiti", "Visit"), one of several ministers named together, a name run on into its occasion, a surname
alone where the text gives the whole name. Whatever rule read such a value, its shape says it is not a
person's name: it is dropped, or, when it may be part of the right name, held as a candidate to check.
"""

from __future__ import annotations

import re

from .countries import is_country, is_region
from .header.words import (
    _CAP_WORD,
    _DOCUMENT_WORDS,
    _NOT_COUNTRY,
    _ORGANISATION,
    EVENT_WORDS,
    HONORIFIC,
    PARTICLES,
    ROLE_WORDS,
)

#: Words that join or introduce, never part of a name ("With Kuwaiti …", "X and Y", "Republic of Z").
_JOINERS = {"and", "&", "with", "of", "for", "the", "to", "at", "in", "on", "from", "by", "et", "und", "or"}
#: A role said of several people: "Foreign Ministers A, B and C" names no single speaker.
_PLURAL_ROLE = re.compile(
    r"\b(?:Ministers|Presidents|Representatives|Secretaries|Leaders|Heads|Chairs|Co-Chairs|Ambassadors|"
    r"Delegations|Spokespersons)\b"
)


#: A headline's verb, said of its subject ("UNFCCC Executive Secretary Opens … Talks", "Minister X Urges …"): a
#: name read on into a headline stops before it, and a "name" that holds one is the headline's words.
_HEADLINE_VERBS = {
    "opens", "closes", "calls", "urges", "welcomes", "says", "meets", "visits", "attends", "receives",
    "addresses", "launches", "hails", "stresses", "pledges", "signs", "holds", "hosts", "joins", "tells",
    "warns", "backs", "seeks", "vows", "praises", "discusses", "highlights", "underlines", "reaffirms",
    "announces", "condemns", "congratulates", "thanks", "arrives", "leaves", "returns", "speaks",
    "delivers", "presents", "unveils", "rejects", "supports", "expresses", "commends", "appeals",
    "reiterates", "emphasizes", "emphasises", "inaugurates", "chairs", "briefs", "outlines",
}  # fmt: skip


def not_a_person(name: str, role: str | None = None) -> str | None:
    """Why ``name`` is not one person's name, in words for the draft; None when its shape is a name's."""
    text = " ".join(name.split()).strip(" ,;:")
    if not text:
        return "no name"
    styled = HONORIFIC.match(f"{text} Zz")
    if styled and styled["name"] == "Zz":
        return "a title without a name"
    plain = _unstyled(text)
    words = [w.strip(".,;:()") for w in plain.split()]
    if is_country(plain) or is_country(re.sub(r"^the\s+", "", plain, flags=re.IGNORECASE)):
        return "a country's name"
    if is_region(plain):
        return "a region of the world (a site's menu), not a person"
    if (
        _ORGANISATION.search(plain)
        or EVENT_WORDS.search(plain)
        or _DOCUMENT_WORDS.search(plain)
        or _NOT_COUNTRY.search(plain)
    ):
        return "a body, an office or a meeting, not a person"
    office = " ".join((role or "").split()[:3])
    if _PLURAL_ROLE.search(office) or "," in plain or any(w.lower() in ("and", "&") for w in words):
        return "several people"
    if any(w.lower() in _JOINERS for w in words):
        return "part of a title, not a name"
    if any(w.lower() in _HEADLINE_VERBS for w in words):
        return "a headline's words, not a name"
    if ROLE_WORDS.search(plain) and all(ROLE_WORDS.search(w) for w in words):
        return "an office without a name"
    if any(len(w) > 2 and not _CAP_WORD.match(w) for w in words):
        return "part of a title, not a name"
    if not any(sum(c.isalpha() for c in w) >= 2 for w in words):
        # "J’ K’", "X. Y.": initials or marks alone name nobody
        return "initials alone, not a name"
    return None


def _unstyled(text: str) -> str:
    styled = HONORIFIC.match(text)
    return styled["name"].strip() if styled else text


def surname_alone(name: str, text: str) -> bool:
    """A one-word speaker is printed when the text names the person only so, after a role or a style
    ("Address by Minister Cannon", "VP Ashton"); when the text also writes a longer name ending in that
    word, or never puts a role or a style before it, the word alone is not the speaker's name."""
    words = _unstyled(name).split()
    if len(words) != 1:
        return False
    word = re.escape(words[0])
    titled = re.search(rf"(?:{ROLE_WORDS.pattern}|\b{_STYLE}\.?|\b(?-i:[A-Z]{{2,4}}))\s+{word}\b", text, re.I)
    if titled is None:
        return True
    particles = "|".join(sorted(PARTICLES))
    for m in re.finditer(rf"\b{word}\s+(?:(?:{particles})\s+)*(?P<next>[A-ZÀ-Þ][\w'’\-]+)", text):
        following = m["next"]
        if not (
            ROLE_WORDS.search(following)
            or EVENT_WORDS.search(following)
            or following.isupper()
            or following.lower() in _HEADLINE_WORDS
        ):
            return True  # "Mohamed ould Abdel Aziz": the word begins a longer name
    for m in re.finditer(rf"\b(?P<first>[A-ZÀ-Þ][\w'’\-]*\.?)\s+{word}\b", text):
        if m["first"].endswith(".") and len(m["first"]) > 2:
            continue  # "… at the Forum. Cannon said": a sentence ends before the word
        first = m["first"].rstrip(".")
        if not (
            ROLE_WORDS.fullmatch(first)
            or re.fullmatch(_STYLE, first, re.I)
            or first.isupper()
            or is_country(first)
        ):
            return True  # "Lawrence Cannon" somewhere: the whole name, of which the word is a part
    return False


#: Capitalised words that open sentences, never a given name: "Today Varn said", "When Varn arrived".
_NOT_GIVEN = {
    "the",
    "this",
    "that",
    "today",
    "yesterday",
    "when",
    "then",
    "but",
    "and",
    "as",
    "after",
    "before",
    "while",
    "said",
    "says",
    "also",
    "here",
    "there",
    "now",
    "if",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
}


#: How far before a name its role or style is looked for ("Deputy Secretary-General for Political Affairs").
_TITLE_WINDOW = 80


def whole_name(surname: str, text: str) -> str | None:
    """The one longer name the text writes after a role or a style, ending in a one-word speaker ("Speech by
    Prime Minister Varn" over "… Prime Minister Ilka Varn addressed …"): its given names. None when the
    text writes no such name, or two different ones (two people of one family); a longer name without a
    role or style before it ("As Oskar Lind said …") may be another person's (a predecessor, a relative)."""
    words = _unstyled(surname).split()
    if len(words) != 1:
        return None
    word = re.escape(words[0])
    found = set()
    for m in re.finditer(rf"\b(?P<given>(?:[A-ZÀ-Þ][a-zà-ÿ'’\-]+\s+|[A-Z]\.\s?){{1,3}}){word}\b", text):
        given: list[str] = []
        titled = bool(
            # (the few words before the name only: searching all the text before each mention grew with the
            # square of a long statement's length)
            re.search(
                rf"(?:{ROLE_WORDS.pattern}|\b{_STYLE}\.?|H\.\s?E\.)\s+$",
                text[max(0, m.start() - _TITLE_WINDOW) : m.start()],
                re.I,
            )
        )
        for g in reversed(m["given"].split()):
            styled = ROLE_WORDS.fullmatch(g.rstrip(".")) or re.fullmatch(_STYLE, g.rstrip("."), re.I)
            if styled or HONORIFIC.match(f"{g} Zz") or is_country(g) or g.lower() in _NOT_GIVEN:
                # "Prime Minister Ilka Varn", "Mr. Ilka Varn", "H.E. Ilka Varn": the role or style before it
                titled = titled or not (is_country(g) or g.lower() in _NOT_GIVEN)
                break
            given.insert(0, g)
        if not given or not titled:
            continue
        if any(re.search(rf"\b{re.escape(g.lower())}\b", text) for g in given if not g.endswith(".")):
            continue  # a word the text also writes in lower case is no given name ("Foreign Varn …")
        whole = " ".join([*given, words[0]])
        if not is_country(whole) and not is_region(whole):
            found.add(whole)  # (not "United States" for a role's "States" read as a name)
    return found.pop() if len(found) == 1 else None


#: Words a title-case headline puts after a name: "Minister Lind Addresses the Forum".
_HEADLINE_WORDS = {
    "says",
    "said",
    "addresses",
    "calls",
    "urges",
    "opens",
    "welcomes",
    "speaks",
    "delivers",
    "tells",
    "remarks",
    "statement",
    "speech",
    "address",
    "at",
    "to",
    "on",
    "in",
}
_STYLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Madam|Madame|Excellency|Hon|Senator|Chancellor)"


def names_a_body(name: str, text: str) -> bool:
    """One word the text writes only as the first word of a body's or a meeting's name ("Statement by the
    Arctic Council Chairmanship"): no person at all."""
    words = _unstyled(name).split()
    if len(words) != 1:
        return False
    said = list(re.finditer(rf"\b{re.escape(words[0])}\b(?P<after>\s+\S+)?", text))
    return bool(said) and all(
        m["after"] and (EVENT_WORDS.search(m["after"]) or _ORGANISATION.search(m["after"])) for m in said
    )
