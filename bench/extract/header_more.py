"""Candidates for the statement's date and place, described as header_learnt describes a speaker's names:
measured by ``learn_header.py cv --fact date|place``, not shipped (docs/extract.md, "A learnt header
reader": on the sets left out, no threshold printed them right nine times in ten on the tuning sets and the
held-out sets together).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from generator.content.speech import normalise_space
from generator.extract.city import is_known_city
from generator.extract.countries import is_country
from generator.extract.dates import exact_days, is_future
from generator.extract.header_learnt import CLOSING, OPENING, _is_frame, _lines
from generator.extract.readers.blocks import is_salutation

# -- the statement's date -------------------------------------------------------------------------

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
#: What a page's furniture writes before its own date: "Posted on", "Date:", "Published".
_STAMP_BEFORE = re.compile(
    r"\b(?:posted|published|dated|issued|released|delivered|date|updated|modified)\s*:?\s*"
    r"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?$",
    re.IGNORECASE,
)
_CHANGED_BEFORE = re.compile(
    r"\b(?:updated|modified|copyright|©|printed|accessed|retrieved)\b", re.IGNORECASE
)
#: A dateline: a place (capitalised words, perhaps in capitals) and a comma or a dash before the date.
_DATELINE = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}(?:\s*\([^()]{1,40}\))?\s*[,:\-–—]\s*$")
_STATEMENT_WORDS = re.compile(
    r"\b(?:statement|remarks|address|speech|intervention|message|lecture|briefing|communiqu[eé]|"
    r"declaration|press\s+release|transcript)\b",
    re.IGNORECASE,
)


@dataclass
class DateCandidate:
    iso: str
    features: dict[str, float] = field(default_factory=dict)


def date_candidates(text: str, removed: list[str], held: str | None = None) -> list[DateCandidate]:
    """Every day written in the opening and closing lines and in the page's furniture, described."""
    lines = _lines(text)
    n = len(lines)
    places: list[tuple[str, int, str]] = [(line, i, "opening") for i, line in enumerate(lines[:OPENING])]
    places += [(line, i, "closing") for i, line in enumerate(lines) if i >= max(n - CLOSING, OPENING)]
    places += [(normalise_space(line), i, "furniture") for i, line in enumerate(removed) if line.strip()]
    salutation = next((i for i, line in enumerate(lines[:40]) if is_salutation(line)), None)
    seen: dict[str, list[tuple[str, int, str, str, str, bool]]] = {}
    for line, i, where in places:
        for m in exact_days(line):
            assert m.date is not None and m.date.first is not None
            iso = m.date.first.iso()
            span = m.date.last is not None and m.date.last != m.date.first
            seen.setdefault(iso, []).append((line, i, where, line[: m.start], line[m.end :], span))
    if not seen:
        return []
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    common_year = max(set(years), key=years.count) if years else None
    order = sorted(seen)
    first = min(seen, key=lambda k: min((0 if w == "furniture" else 1, i) for _, i, w, *_ in seen[k]))
    out = []
    for iso, occ in seen.items():
        f: dict[str, float] = {"bias": 1.0, f"dates_{min(len(seen), 3)}": 1.0}
        f["mentions"] = math.log1p(len(occ))
        f["mentions_in_text"] = math.log1p(text.count(iso[:4]))
        if iso == order[0] and len(order) > 1:
            f["earliest"] = 1.0
        if iso == order[-1] and len(order) > 1:
            f["latest"] = 1.0
        if iso == first:
            f["first_date"] = 1.0
        if held is not None and held == iso:
            f["rules_held"] = 1.0
        if common_year and iso.startswith(common_year):
            f["year_most_said"] = 1.0
        for line, i, where, before, after, span in occ:
            f[where] = 1.0
            if where == "opening":
                f["line_" + ("0" if i == 0 else "1_2" if i <= 2 else "3_5" if i <= 5 else "6_14")] = 1.0
                if salutation is not None and i > salutation:
                    f["after_salutation"] = 1.0
            rest = re.sub(r"[\s,.;:()\-–—|/]+", " ", _WEEKDAY.sub("", before + " " + after)).split()
            if not rest:
                f["line_is_date"] = 1.0
            elif len(rest) <= 4:
                f["short_line"] = 1.0
            if _DATELINE.match(_WEEKDAY.sub("", before).rstrip(" ,") + ",") and not _STATEMENT_WORDS.search(
                before
            ):
                f["dateline"] = 1.0
            if _STAMP_BEFORE.search(before):
                f["stamp_before"] = 1.0
            if _CHANGED_BEFORE.search(before):
                f["changed_before"] = 1.0
            if _WEEKDAY.search(before[-15:] + after[:15]):
                f["weekday"] = 1.0
            if _STATEMENT_WORDS.search(line):
                f["statement_words"] = 1.0
            if len(line.split()) > 15 and line.endswith((".", "?", "!")):
                f["in_sentence"] = 1.0
            if is_future(line):
                f["future"] = 1.0
            if span:
                f["span"] = 1.0
        out.append(DateCandidate(iso, f))
    return out


# -- the statement's place ------------------------------------------------------------------------

#: A run of one to four capitalised words (or words in capitals): a place's name, as a page writes it.
_PLACE_RUN = re.compile(
    r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s+(?:de|del|da|do|of|on|am|an|sur|la|le)?\s*[A-ZÀ-ÖØ-Þ][\w'’\-]*){0,3}"
)
_IN_BEFORE = re.compile(r"\b(?:in|at|here\s+in|to|from|held\s+in|venue:?)\s+(?:the\s+)?$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class PlaceCandidate:
    name: str
    key: str
    features: dict[str, float] = field(default_factory=dict)


def place_candidates(text: str, removed: list[str], held: str | None = None) -> list[PlaceCandidate]:
    """Every known city or country, and every capitalised name in a dateline's shape or after "in", in the
    opening and closing lines and the page's furniture, described."""
    lines = _lines(text)
    n = len(lines)
    places = [(line, i, "opening") for i, line in enumerate(lines[:OPENING])]
    places += [(line, i, "closing") for i, line in enumerate(lines) if i >= max(n - CLOSING, OPENING)]
    places += [(normalise_space(line), i, "furniture") for i, line in enumerate(removed[:20]) if line.strip()]
    seen: dict[str, list[tuple[str, int, str, int, int, bool, bool]]] = {}
    shown_as: dict[str, str] = {}
    for line, i, where in places:
        days = [(m.start, m.end) for m in exact_days(line)]
        for m in _PLACE_RUN.finditer(line):
            words = m.group().split()
            for k in range(len(words)):  # "Lindhaven Castle" gives "Lindhaven"; "New York" stays whole
                for j in range(len(words), k, -1):
                    name = " ".join(words[k:j]).strip(".,")
                    known, country = is_known_city(name), is_country(name)
                    start = m.start() + len(" ".join(words[:k])) + (1 if k else 0)
                    end = start + len(name)
                    dateline = any(
                        0 <= s - end <= 30 and not line[end:s].strip(" ,.-–—:()") for s, _ in days
                    ) or any(
                        0 <= start - e <= 4 and line[e:start].strip() in ("", ",", "-", "–", "—", "|")
                        for _, e in days
                    )
                    after_in = bool(_IN_BEFORE.search(line[:start]))
                    if not (known or country or dateline or after_in) or _is_frame(name) or len(name) < 3:
                        continue
                    key = " ".join(name.casefold().split())
                    seen.setdefault(key, []).append((line, i, where, start, end, known, country))
                    if key not in shown_as or (shown_as[key].isupper() and not name.isupper()):
                        shown_as[key] = name
                    break
                else:
                    continue
                break
    if not seen:
        return []
    folded = text.casefold()
    counts = {key: folded.count(key) for key in seen}
    most = max(counts.values())
    first = min(seen, key=lambda k: (seen[k][0][2] != "furniture", seen[k][0][1], seen[k][0][3]))
    out = []
    for key, occ in seen.items():
        name = shown_as[key]
        if name.isupper():
            name = " ".join(w.capitalize() for w in name.split())
        f: dict[str, float] = {"bias": 1.0, f"places_{min(len(seen), 4)}": 1.0}
        f["mentions"] = math.log1p(counts[key])
        if counts[key] == most:
            f["mentioned_most"] = 1.0
        if key == first:
            f["first_place"] = 1.0
        if held is not None and " ".join(held.casefold().split()) == key:
            f["rules_held"] = 1.0
        f[f"words_{min(len(key.split()), 3)}"] = 1.0
        for line, i, where, start, end, known, country in occ:
            f[where] = 1.0
            f["known_city" if known else "country" if country else "unknown_name"] = 1.0
            if where == "opening":
                f["line_" + ("0" if i == 0 else "1_2" if i <= 2 else "3_5" if i <= 5 else "6_14")] = 1.0
            days = exact_days(line)
            if any(0 <= d.start - end <= 30 and not line[end : d.start].strip(" ,.-–—:()") for d in days):
                f["before_date"] = 1.0
            if any(0 <= start - d.end <= 4 for d in days):
                f["after_date"] = 1.0
            if days:
                f["line_with_date"] = 1.0
            if start == 0 or not line[:start].strip(" ([-–—"):
                f["opens_line"] = 1.0
            if _IN_BEFORE.search(line[:start]):
                f["after_in"] = 1.0
            if _OF_BEFORE.search(line[:start]):
                f["after_of"] = 1.0
            if _STATEMENT_WORDS.search(line):
                f["statement_words"] = 1.0
            if line[start:end].isupper() and len(line[start:end]) > 3:
                f["capitals"] = 1.0
            if len(line.split()) > 15 and line.endswith((".", "?", "!")):
                f["in_sentence"] = 1.0
        out.append(PlaceCandidate(name, key, f))
    return out
