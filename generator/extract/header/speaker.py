"""The lines that name the speaker, each shape read its own way: a name line with its style
(``speaker_line``), a role then a name, a name then its role, a headline or a quoted title after the name,
a by-line's role before its name; and the whole name a surname alone stands for."""

from __future__ import annotations

import re

from ..countries import is_country
from .by_whom import _NAME_STOP, _POST_NOMINAL, _qualifier_length, by_whom, country_from_role
from .capitals import _unshout_name
from .facts import Header
from .line_shapes import _HEADLINE
from .words import (
    _CAP_WORD,
    _DOCUMENT_WORDS,
    _ORGANISATION,
    _VENUE,
    EVENT_WORDS,
    HONORIFIC,
    PARTICLES,
    ROLE_VOCABULARY,
    ROLE_WORDS,
    SEAT_CITIES,
    TITLE_END,
)


def is_name_word(word: str) -> bool:
    """ "Vinh", "Støre", "Al-Jarman", "McCully", "A.": a word of a person's name; not "SOM" or "Viet-ASEAN"."""
    if word.lower() in PARTICLES:
        return True
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    if word.endswith((".", ",", ";", ":", ")")) or word.lower() in (
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
    ):
        return False
    letters = [c for c in word if c.isalpha()]
    return (
        bool(letters)
        and word[:1].isupper()
        and any(c.islower() for c in letters)
        and not re.search(r"[^\W\d_a-zß-ÿ]{2}", word.replace("-", " "))
        and word.lower() not in ROLE_VOCABULARY
    )


def _full_name_above(h: Header) -> None:
    """ "Statement of President Kost" under a line "Lena Maria Kost": the surname alone is the title's way of
    naming the speaker; the header's line of the whole name says who."""
    if not h.speaker or len(h.speaker.split()) != 1:
        return
    surname = h.speaker
    # Every line of the header, not only the unused ones: the whole name may already have been read as a
    # name over its role ("Lena Maria Kost" / "President of …") before the title's surname replaced it.
    for line in h.lines:
        tokens = line.strip().split()
        if (
            2 <= len(tokens) <= 6
            and tokens[-1] == surname
            and tokens[0][:1].isupper()
            and all(t[:1].isupper() or t.lower() in PARTICLES or len(t) <= 2 for t in tokens)
            and not any(c.isdigit() for c in line)
            and not ROLE_WORDS.search(line)
            and not EVENT_WORDS.search(line)
        ):
            h.speaker = line.strip()
            if line in h.unused:
                h.unused.remove(line)
            return


def _bare_name(text: str) -> bool:
    """Two to five capitalised words and nothing else: a person's name, on its own."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(is_name_word(w) or w.lower() in PARTICLES for w in words)
        and not EVENT_WORDS.search(text)
        and not ROLE_WORDS.search(text)
        and not is_country(text)
    )


#: "Minister X: “Rivers unite us”": the speaker, then the statement's title in quotation marks.
_NAME_THEN_TITLE = re.compile(r"^(?P<who>[^:“”\"]{4,80}):\s*[“\"](?P<t>[^”\"]{3,160})[”\"]\s*$")


def _role_comma_name(value: str) -> str:
    """ "Premier of Greenland, Kuupik Kleist" → "Kuupik Kleist, Premier of Greenland": a by-line's role
    first, then the name after a comma, in the order the statement line reader takes."""
    m = re.fullmatch(r"(?P<role>(?:the\s+)?[A-Z][^,]{2,80}),\s+(?P<name>[^,]{3,60}?)[.\s]*", value)
    if not m or not ROLE_WORDS.search(m["role"]):
        return value
    trial = Header()
    by_whom(trial, m["role"])
    if trial.speaker is not None:
        return value  # "Mr. X, Minister of …": the name came first
    named = Header()
    by_whom(named, m["name"])
    return f"{m['name']}, {m['role']}" if named.speaker and not named.role else value


def _speaker_then_more(h: Header, line: str) -> bool:
    """A headline or a quoted title after the speaker's name: "Prime Minister X addresses the Forum",
    "Minister X: “Rivers unite us”". Taken only with a role or a style and a name of two words or more."""
    headline = _HEADLINE.match(line)
    titled = _NAME_THEN_TITLE.match(line)
    m = headline or titled
    if not m:
        return False
    trial = Header()
    rest = by_whom(trial, m["who"])
    if rest or not trial.speaker or len(trial.speaker.split()) < 2 or not (trial.role or trial.honorific):
        return False
    h.speaker, h.role = trial.speaker, h.role or trial.role
    h.honorific = h.honorific or trial.honorific
    country_from_role(h)
    if titled and h.title is None:
        h.title = titled["t"].strip()
    return True


def _role_then_name(h: Header, line: str) -> bool:
    """ "Foreign Minister Jonas Eskil", "Minister George Yeo" on a line of their own: a role, then a name."""
    words = line.strip().rstrip(".").split()
    qualified = len(words) >= 3 and _qualifier_length(words) == 1  # "Basin Secretary-General Oren Vell"
    if not 2 <= len(words) <= 9 or words[0].lower() in _NAME_STOP:
        return False
    if words[0].lower() not in ROLE_VOCABULARY and not qualified:
        return False
    trial = Header()
    rest = by_whom(trial, " ".join(words))
    portfolio = trial.role and re.search(
        r"\b(?:minister|secretary|director|commissioner)\s+(?:for|of)\s+[A-Z]", trial.role, re.I
    )
    if rest or not trial.speaker or not trial.role or not (TITLE_END.search(trial.role) or portfolio):
        # "Foreign Affairs and International Trade Canada": a department, not a role and a name ("Deputy
        # Minister for Public Relations X" is a role with its portfolio)
        return False
    h.speaker, h.role = trial.speaker, h.role or trial.role
    h.honorific = h.honorific or trial.honorific
    country_from_role(h)
    return True


def _name_then_role(h: Header, line: str) -> bool:
    """ "Oskar Lind President of the Press Statement following …": a PDF's letterhead run together into
    one line, the name first and the role straight after it with no comma. Two to five words of a
    name (particles allowed, no role word, not a country) and then a role that ends in a title."""
    tokens = line.split()
    n = 0
    while n < len(tokens) and n < 6:
        word = tokens[n]
        if word.lower() in PARTICLES and n:
            n += 1
            continue
        if not (word[:1].isupper() and _CAP_WORD.match(word)) or word.lower() in ROLE_VOCABULARY:
            break
        n += 1
    name = tokens[:n]
    if not 2 <= len(name) <= 5 or name[-1].lower() in PARTICLES:
        return False
    run = []
    for word in tokens[n:]:
        if word.lower() not in ROLE_VOCABULARY or word.lower() in ("of", "for", "the", "and", "to"):
            break
        run.append(word)
    text = " ".join(name)
    if (
        not run
        or not TITLE_END.search(run[-1])
        or is_country(text)
        or text.lower() in SEAT_CITIES
        or EVENT_WORDS.search(text)
        or _DOCUMENT_WORDS.search(text)
        or _VENUE.search(text)
        or any(w.isupper() and len(w) > 1 for w in name if w.lower() not in PARTICLES)
    ):
        return False
    h.speaker = text
    h.role = h.role or " ".join(run)
    h.unused.append(line)  # the rest of the run-together line is not read
    return True


def speaker_line(h: Header, line: str, force: bool = False, supported: bool = True) -> bool:
    if h.speaker is not None and not force:
        return False
    m = HONORIFIC.match(line)
    name = m["name"].strip() if m else line.strip()
    honorific = " ".join(m["h"].split()) if m else None
    name, _, role = name.partition(",")
    tokens = name.split()
    looks_like_name = 1 <= len(tokens) <= 5 + sum(t in PARTICLES for t in tokens) and all(
        _CAP_WORD.match(t) for t in tokens
    )
    if (
        " of " in f" {name.lower()} "
        or not looks_like_name
        or _ORGANISATION.search(name)
        or EVENT_WORDS.search(name)
        or _DOCUMENT_WORDS.search(name)
        or _VENUE.search(name)
    ):
        return False  # "United Nations Headquarters" on a line of its own: where, not who
    if not m and name.strip().rstrip(".").lower() in SEAT_CITIES:
        h.place = h.place or name.strip().rstrip(".")  # a letterhead's city: where, not who
        return False
    tokens = [t for t in tokens if t.rstrip(",.").lower() not in _POST_NOMINAL] or tokens
    name = " ".join(tokens)
    if (
        not m
        and not force
        and (
            len(tokens) < 2
            or ROLE_WORDS.search(name)
            or sum(t in PARTICLES and t not in ("bin", "binti", "ibn") for t in tokens) >= 2
            or not supported
        )
    ):
        return False  # ("Reunião da Comissão da Bacia": a title in another language, not a name)
    h.honorific, h.speaker = honorific, _unshout_name(name.strip())
    if role.strip():
        h.role = role.strip()
        country_from_role(h)
    return True
