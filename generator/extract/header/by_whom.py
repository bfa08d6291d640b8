"""Who a phrase names: "[role words] [styles] Name [role words]" read into a style, a name, a role and the
country the role speaks for (``by_whom``, ``country_from_role``). Every reading of the speaker (a by-line,
a label, a headline, a role before a name) comes down to it, so it is one reading."""

from __future__ import annotations

import re

from ..countries import is_country
from .capitals import _unshout_name
from .facts import Header
from .words import (
    _CAP_WORD,
    _DOCUMENT_WORDS,
    _NOT_COUNTRY,
    EVENT_WORDS,
    HONORIFIC,
    PARTICLES,
    ROLE_VOCABULARY,
    TITLE_END,
)

#: Where a name ends in a "… by X at the …" line.
_NAME_STOP = {"at", "in", "on", "during", "to", "before", "for", "of", "at,", "in,", "on,"}
#: Roles that speak for a country: their "of X" names it.
_STATE_ROLE = re.compile(
    r"\b(minister|ambassador|representative|envoy|president|prime minister|delegation|delegate|"
    r"head of state|chancellor|king|queen|emir|deputy|vice)\b",
    re.IGNORECASE,
)
_COUNTRY = re.compile(
    r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]{0,40}(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]{0,40})*)"
)
#: Styles that stand between a role and a name: "Prime Minister Datuk Seri X".
_STYLE_AFTER_ROLE = re.compile(r"(?<=\s)(?P<s>Datuk Seri|Dato['’] Sri|Dato['’] Seri|Tan Sri)\s+(?=[A-Z])")
#: Letters after a name, not part of it: "David Ardent MP", "Lena Varg QC".
_POST_NOMINAL = {
    "mp",
    "mep",
    "qc",
    "kc",
    "mla",
    "msp",
    "td",
    "obe",
    "mbe",
    "cbe",
    "kcmg",
    "gcmg",
    "phd",
    # the other orders' letters: "Dame X Y DBE", "Sir X Y KBE", "X Y CMG"
    "dbe",
    "kbe",
    "gbe",
    "cmg",
    "kcb",
    "gcb",
    "kcvo",
    "gcvo",
    "lvo",
    "cvo",
    "mvo",
}


#: An office's abbreviation before a name: capitals with no vowel ("SG", "DPM", "SRSG") or joined by a
#: slash ("HR/VP"). (Surnames in capitals have vowels: "BAN Ki-moon", "KIM", "LEE".)
_ABBREVIATED_TITLE = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,5}|[A-Z]{1,4}(?:/[A-Z]{1,4})+")


def by_whom(h: Header, text: str) -> str:
    """Read "[role words] [honorifics] Name [role words]" from a "… by …" line; return what follows it.

    "Minister for Foreign Affairs George Yeo in Parliament" → role "Minister for
    Foreign Affairs", name "George Yeo", rest "in Parliament"; "External Affairs
    Minister" → a role and no name (the text names nobody).
    """
    role: list[str] = []
    honorific: list[str] = []
    owner = re.match(r"^(?P<c>[A-Z][\w\-]{0,40}(?:\s+[A-Z][\w\-]{0,40})?)['’]s\s+(?=\S+)", text)
    if owner and text[owner.end() :].split(maxsplit=1)[0].lower() in ROLE_VOCABULARY:
        # "Malaysia's Prime Minister X": the country owns the role.
        h.country = h.country or owner["c"]
        text = text[owner.end() :]
    styled = _STYLE_AFTER_ROLE.search(text)
    if styled and not HONORIFIC.match(text):
        # "Prime Minister Datuk Seri X": the style between the role and the name is an honorific.
        honorific.append(" ".join(styled["s"].split()))
        text = text[: styled.start()] + " " + text[styled.end() :]
    if re.match(r"^the\s+(?=(?:Rt|Right|Hon|Honou?rable|Most|Very)\b)", text):
        text = text[4:]  # "by the Rt. Honourable X": the article belongs to the style
    leading = HONORIFIC.match(text)
    if leading and _CAP_WORD.match(leading["name"].split()[0].rstrip(",")):
        # "His Excellency Mr. Leo Brask": the honorific first, however many words it has.
        honorific = leading["h"].split()
        text = leading["name"]
    tokens = text.split()
    i = 1 if tokens[:1] and tokens[0].lower() == "the" else 0
    while i + 1 < len(tokens) and _ABBREVIATED_TITLE.fullmatch(tokens[i]) and _CAP_WORD.match(tokens[i + 1]):
        role.append(tokens[i])  # "SG Tuiloma Slade", "HR/VP Ashton": an office's abbreviation, then the name
        i += 1
    qualifier = _qualifier_length(tokens[i:]) if not honorific else 0
    if qualifier:
        # "Estravian Foreign Minister X", "New Zealand Prime Minister X": whose role it is, not who.
        owner_words = " ".join(tokens[i : i + qualifier])
        if is_country(owner_words):
            h.country = h.country or owner_words
        role.extend(tokens[i : i + qualifier])
        i += qualifier
    while i < len(tokens) and tokens[i].lower().strip(",") in ROLE_VOCABULARY:
        word = tokens[i].strip(",")
        if HONORIFIC.match(f"{word} x") and not role:
            honorific.append(word)
        elif word.lower() not in ("the",) or role:
            role.append(word)
        i += 1
        if tokens[i - 1].endswith(","):
            break
    # "President of the Republic of Ostrava": capitalised words after a final "of" name the country.
    if (
        role
        and (
            role[-1].lower() in ("of", "for")
            or [w.lower() for w in role[-2:]] in (["of", "the"], ["for", "the"])
        )
        and i < len(tokens)
        and tokens[i][:1].isupper()
        and not HONORIFIC.match(f"{tokens[i]} x")
        and not (
            # "of the Czech republic": a country named by its adjective and a lower-case noun
            i + 1 < len(tokens) and re.match(r"^(?:republic|kingdom|federation|government)\b", tokens[i + 1])
        )
    ):
        start = len(role)
        while i < len(tokens) and tokens[i][:1].isupper() and tokens[i].lower().strip(",") not in _NAME_STOP:
            role.append(tokens[i].strip(","))
            i += 1
            if tokens[i - 1].endswith(","):
                break
        # "Minister for Inland Affairs Mara Quell": the portfolio ends at "Affairs"; two or more capitalised
        # words after it are the name.
        country_end = next(
            (k for k in range(len(role), start, -1) if is_country(" ".join(role[start:k]))), None
        )
        if country_end is not None and len(role) - country_end >= 2 and not tokens[i - 1].endswith(","):
            # "Minister of Foreign Affairs of Peru Ana Ruiz": the country ends the role, the name follows
            back = len(role) - country_end
            del role[-back:]
            i -= back
        ends = [k for k in range(start, len(role)) if _NOT_COUNTRY.fullmatch(role[k])]
        if ends and len(role) - 1 - ends[-1] >= 2 and not tokens[i - 1].endswith(","):
            back = len(role) - 1 - ends[-1]
            del role[-back:]
            i -= back
    # Honorifics after a role: "Minister H.E. Mr. X".
    while i < len(tokens) and HONORIFIC.match(f"{tokens[i]} x") and tokens[i].lower() in ROLE_VOCABULARY:
        honorific.append(tokens[i])
        i += 1
    if i + 1 < len(tokens) and re.match(
        r"^(?:republic|kingdom|federation|government|people)\b", tokens[i + 1]
    ):
        i = len(tokens)  # "the Czech republic": a country in lower case, nobody named
    name: list[str] = []
    while i < len(tokens) and len(name) < 5 + sum(w in PARTICLES for w in name):
        word = tokens[i]
        bare = word.rstrip(",.:;")
        if (
            bare.lower() in _NAME_STOP
            or bare.lower() in _POST_NOMINAL
            or not _CAP_WORD.match(bare)
            or (name and bare.lower() in ROLE_VOCABULARY and bare.lower() not in ("de", "van", "von"))
        ):
            break
        if re.fullmatch(r"(?:[A-Z]\.)+", word.rstrip(",:;")):
            bare = word.rstrip(",:;")  # "Pema Y. Dorji", "A.P.J. Kalam": initials keep their full stops
        if bare.endswith(("'s", "’s")):
            name.append(bare[:-2])
            i += 1
            break
        name.append(bare)
        i += 1
        if word.endswith((",", ":", ";")):
            break
    # A role of one word and no name after it ("the Minister", "Federal Foreign Minister Steinmeier"):
    # role words stay the role; only capitalised words that are not role words name someone.
    rest = " ".join(tokens[i:])
    while role and role[-1].lower() in ("of", "for", "the", "and", "to"):
        name_back = role.pop()
        rest = f"{name_back} {rest}".strip()
    if honorific:
        h.honorific = h.honorific or " ".join(honorific)
    if (
        name
        and not (len(name) == 1 and not role and not honorific and name[0].lower() in ROLE_VOCABULARY)
        and not EVENT_WORDS.search(" ".join(name))
        and not _DOCUMENT_WORDS.search(" ".join(name))
        # "Foreign Ministers X and Y", "by X and Foreign Minister Y": two speakers, neither is the one
        and not re.match(r"^and\s+(?:(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?[A-Z]", rest)
    ):
        h.speaker = _unshout_name(" ".join(name))
    if role:
        h.role = h.role or " ".join(role)
        country_from_role(h)
    return rest


#: What a programme's or a listing's line says happens to a person: "Arrival of President X", "Visit of …".
_ACT_NOUNS = {
    "arrival", "departure", "visit", "reception", "welcome", "farewell", "funeral", "election", "inauguration",
    "meeting", "call", "audience", "talks", "installation", "investiture", "swearing-in", "send-off",
}  # fmt: skip


def _qualifier_length(tokens: list[str]) -> int:
    """How many capitalised words before a role say whose role it is: one word ("Estravian Foreign
    Minister"), or a country's name of two or three ("Costa Rica Minister of …"); 0 when none do.

    Two personal names before a role ("Oskar Lind President of …", a letterhead run together) are
    not a qualifier: only a country's name of more than one word is."""
    if tokens and tokens[0].lower().strip(",:") in _ACT_NOUNS:
        return 0  # "Arrival of President X": an act done to or by the person, no qualifier of a role
    for k in (1, 2, 3):
        if k >= len(tokens):
            break
        words = tokens[:k]
        if (
            words[-1].endswith((",", ":", ";"))
            or not all(w[:1].isupper() and _CAP_WORD.match(w) for w in words)
            or words[-1].lower() in ROLE_VOCABULARY
            or HONORIFIC.match(f"{words[-1]} x")
        ):
            break
        run = []
        for word in tokens[k:]:
            if word.lower().strip(",") not in ROLE_VOCABULARY:
                break
            run.append(word.strip(","))
            if word.endswith(","):
                break
        if any(TITLE_END.search(w) for w in run) and (k == 1 or is_country(" ".join(words))):
            return k
    return 0


def country_from_role(h: Header) -> None:
    if not h.role or not _STATE_ROLE.search(h.role) or h.country:
        return
    # "Kingdom of Norland", and in "Minister of Foreign Affairs of Ostrava" the "of X" after the portfolio.
    for start in (m.start() for m in re.finditer(r"\bof\s", h.role)):
        m = _COUNTRY.match(h.role, start)
        if m and not _NOT_COUNTRY.search(m["c"]):
            h.country = m["c"]
            return
