"""A learnt reader for the speaker the rules leave empty (a date and a place reader: measured, not shipped).

The rules (``header``, ``header_elsewhere``) read the shapes they were written from, and on statements
they had not seen they left a speaker empty more often than they named one wrongly (docs/extract.md,
"A learnt header reader"). This reader gathers every person's name in a statement's opening and closing
lines and every name a speech verb is said of ("said X", "X told"), describes each by generic features
(where it stands, what stands before and after it, how often the text names it), and weighs them with a
logistic regression learnt by ``bench/extract/learn_header.py`` from the expectations (weights in
``header_learnt_weights.json``, reproducible with ``train --check``).

It fills only a field the rules left empty, and never prints a guess as a fact: above the ``comment``
threshold its likeliest candidate is shown as "perhaps …" beside TO CHECK (``Header.found_by`` says
"learnt"). A ``print`` threshold below 1 would print it; the shipped one is 1, never: the fills it would
print were right on the sets left out of its learning and not on the two sets collected after it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..clean_text import shown
from ..content.speech import normalise_space
from ..errors import ConfigError
from .city import is_known_city
from .countries import is_country
from .header.facts import Header
from .header.words import PARTICLES, ROLE_VOCABULARY, ROLE_WORDS
from .person import not_a_person, surname_alone
from .provenance import doubtful_speaker
from .readers.blocks import is_salutation
from .selector import Model, model_from  # (the same model, one threshold fewer used)

WEIGHTS = Path(__file__).with_name("header_learnt_weights.json")
#: The reading recorded in ``Header.found_by`` (``provenance.SOURCES`` says it in words).
SOURCE = "learnt"
#: How many non-empty lines open and close a statement: where a page puts its header and its signature.
OPENING = 15
CLOSING = 6
#: How far before and after a name its context is read (a speech verb and four titles, "Statement … by", a
#: role): a bound, so that a statement in one long line of names is read in linear time, not quadratic.
CONTEXT = 300
#: The most people's names one statement is read for (a statement of the tuning and released sets names 34 at
#: most): each is looked for in the whole text, so thousands of names would take time quadratic in its length.
MAX_NAMES = 100
_EDGE = " ,.-–—:"

#: Styles and titles before a name; never part of it (compared without full stops, in lower case).
_STYLES = {
    "he",
    "h.e",
    "his",
    "her",
    "excellency",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "hon",
    "rt",
    "right",
    "honourable",
    "honorable",
    "ambassador",
    "amb",
    "senator",
    "sen",
    "rev",
    "judge",
    "justice",
    "shri",
    "smt",
    "madam",
    "madame",
    "datuk",
    "dato",
    "seri",
    "tan",
    "sri",
}
#: Words that open or frame a header line and are no part of a name.
_FRAME = {
    "statement",
    "statements",
    "remarks",
    "address",
    "speech",
    "intervention",
    "message",
    "lecture",
    "keynote",
    "briefing",
    "toast",
    "interview",
    "presentation",
    "opening",
    "closing",
    "by",
    "delivered",
    "press",
    "release",
    "transcript",
    "the",
    "a",
    "an",
    "at",
    "on",
    "in",
    "of",
    "for",
    "to",
    "and",
    "with",
    "from",
    "home",
    "news",
    "dear",
    "thank",
    "you",
    "excellencies",
    "ladies",
    "gentlemen",
    "distinguished",
    "colleagues",
    "friends",
    "today",
    "yesterday",
}
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
#: A word that may be part of a name: a capitalised word (or one in capitals), an initial, a particle.
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]*\.?|(?:[A-Z]\.){1,3})$")
_SPEECH_VERB = (
    r"(?:said|says|stated|stressed|added|noted|told|explained|emphasi[sz]ed|underlined|urged|warned|"
    r"recalled|reiterated|observed|remarked|declared|announced|highlighted|expressed|called|addressed|spoke)"
)
#: "said X", "said Foreign Minister X", "told the Deputy Minister X" (the words between are titles or offices).
_VERB_BEFORE = re.compile(rf"\b{_SPEECH_VERB}\s+(?:the\s+)?(?-i:[A-Z][\w.\-]*\s+){{0,4}}$", re.IGNORECASE)
_VERB_AFTER = re.compile(rf"^,?\s*(?:has\s+|had\s+|also\s+|today\s+|then\s+)?{_SPEECH_VERB}\b", re.IGNORECASE)
#: "Statement … by" before a name: a statement's word, then "by" within 80 characters of the same sentence.
_STATEMENT_WORD = re.compile(
    r"\b(?:statement|remarks|address|speech|intervention|message|lecture|keynote|briefing|toast|"
    r"presentation|interview)\b",
    re.IGNORECASE,
)
_THEN_BY = re.compile(r"[^.]{0,80}?\bby\b", re.IGNORECASE)
_BY_LINE = re.compile(r"^\s*(?:by|written\s+by|posted\s+by|from)\s", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass
class Candidate:
    """One person's name a statement gives, with what describes it."""

    name: str
    key: str
    features: dict[str, float] = field(default_factory=dict)


def _bare(word: str) -> str:
    return word.strip(".,;:()[]\"'“”‘’").replace(".", "").lower()


def _is_frame(word: str) -> bool:
    bare = _bare(word)
    return (
        bare in _STYLES
        or bare in _FRAME
        or bare in _MONTHS
        or bare in ROLE_VOCABULARY
        or bool(ROLE_WORDS.fullmatch(bare))
        or not bare
        or bare.isdigit()
    )


def name_key(name: str) -> str:
    """A name compared without case, full stops and initials: "JONAS GAHR STØRE" is "Jonas Gahr Støre"."""
    return " ".join(w for w in (_bare(w) for w in name.split()) if len(w) > 1)


def _names_in(line: str) -> list[tuple[int, int, str]]:
    """Every run of two to five name words in a line, cut at styles, roles and framing words: (start, end,
    name). "STATEMENT BY H.E. MR. JONAS GAHR STØRE, MINISTER" gives "JONAS GAHR STØRE"."""
    out: list[tuple[int, int, str]] = []
    run: list[re.Match] = []

    def add(start: int, end: int, words: list[str]) -> None:
        name = " ".join(words).rstrip(".")
        if len(name) % 2 == 0 and name[: len(name) // 2] == name[len(name) // 2 :]:
            name = name[: len(name) // 2]  # a link's text written twice: "Lena KostLena Kost"
        if not (not_a_person(name) or is_country(name) or is_known_city(name)):
            out.append((start, end, name))

    def close() -> None:
        while run and run[-1].group().lower() in PARTICLES:
            run.pop()
        words = [_POSSESSIVE.sub("", m.group().rstrip(",;:")) for m in run]
        full = [w for w in words if len(w.rstrip(".")) > 1]
        if len(full) >= 2 and len(words) <= 6:
            add(run[0].start(), run[-1].end(), words)
            # a word before the name that is none of it ("SG Lena Kost", "Estravia Lena Kost"): the shorter
            # runs ending where it ends, each its own candidate
            for k in range(1, len(words) - 1):
                if words[k].lower() not in PARTICLES and not words[k].endswith("."):
                    add(run[k].start(), run[-1].end(), words[k:])
        elif len(full) == 1 and len(words) == 1 and styled:
            # a surname alone after a style or an office: "Minister Cannon", "Mr. Kost said"
            add(run[0].start(), run[-1].end(), words)
        run.clear()

    styled = False
    previous = ""  # the word before this one (kept, not looked up: a line may be a whole statement long)
    for m in re.finditer(r"\S+", line):
        word = m.group()
        core = word.rstrip(",;:")
        if _NAME_WORD.match(core.strip('()“”"')) and not _is_frame(core) and word[:1] not in '(“"':
            if not run:
                styled = bool(previous) and (
                    _bare(previous) in _STYLES or bool(ROLE_WORDS.fullmatch(_bare(previous)))
                )
            run.append(m)
            if word.endswith((",", ";", ":")) or (core.endswith(".") and len(core) > 3):
                close()
        elif run and word.lower() in PARTICLES:
            run.append(m)
        else:
            close()
        previous = word
    close()
    return out


def _lines(text: str) -> list[str]:
    return [normalise_space(line) for line in text.split("\n") if line.strip()]


def speaker_candidates(text: str, held: str | None = None) -> list[Candidate]:
    """Every name in the opening and closing lines, and every name a speech verb is said of, described."""
    lines = _lines(text)
    n = len(lines)
    speech = any(is_salutation(line) for line in lines[:40])
    occurrences: dict[str, list[tuple[int, int, int, str]]] = {}
    shown_as: dict[str, str] = {}
    for i, line in enumerate(lines):
        near_edge = i < OPENING or i >= n - CLOSING
        for start, end, name in _names_in(line):
            attributed = _attributed(line, start, end)
            if not (near_edge or attributed):
                continue
            key = name_key(name)
            if not key or (key not in occurrences and len(occurrences) >= MAX_NAMES):
                continue  # no word of two letters ("X’ Y’"): nothing to compare or count it by
            occurrences.setdefault(key, []).append((i, start, end, line))
            if key not in shown_as or (shown_as[key].isupper() and not name.isupper()):
                shown_as[key] = name
    # a surname alone where the text writes the whole name (or never styles the word) is not a name to print
    occurrences = {k: v for k, v in occurrences.items() if not surname_alone(shown_as[k], text)}
    if not occurrences:
        return []
    counts = _mentions(text, occurrences)
    most = max(counts.values())
    first = min(occurrences, key=lambda k: (occurrences[k][0][0], occurrences[k][0][1]))
    # how many people the text names after a style or an office (a report of a meeting names several), and
    # whether someone speaks in the first person
    people = sum(1 for occ in occurrences.values() if _styled(occ))
    first_person = len(re.findall(r"\b(?:I|my|me)\b", text)) >= 3
    # what is read of each line once, not once per name in it
    word_count = [len(line.split()) for line in lines]
    quoted = [bool(_QUOTE.search(line)) for line in lines]
    salutation = [is_salutation(line) for line in lines]
    statement_by = [_statement_by(line) for line in lines]
    edges = [(len(line) - len(line.lstrip(_EDGE)), len(line) - len(line.rstrip(_EDGE))) for line in lines]
    out = []
    for key, occ in occurrences.items():
        name = shown_as[key]
        if name.isupper():
            name = " ".join(w if len(w.rstrip(".")) <= 1 else w.capitalize() for w in name.split())
        f: dict[str, float] = {"bias": 1.0}
        top = occ[0][0]
        f[
            "line_"
            + (
                "0"
                if top == 0
                else "1_2"
                if top <= 2
                else "3_5"
                if top <= 5
                else "6_14"
                if top < OPENING
                else "later"
            )
        ] = 1.0
        words = len(key.split())
        f[f"words_{min(words, 4)}"] = 1.0
        f["mentions"] = math.log1p(counts[key])
        if counts[key] == most:
            f["mentioned_most"] = 1.0
        if key == first:
            f["first_name"] = 1.0
        if held and name_key(held) == key:
            f["rules_held"] = 1.0
        f["speech" if speech else "report"] = 1.0
        said = 0
        for i, start, end, line in occ:
            before, after = line[max(0, start - CONTEXT) : start], line[end : end + CONTEXT]
            words_before = _words_before(line, start)
            if i >= n - CLOSING:
                f["closing"] = 1.0
            if i < OPENING:
                f["opening"] = 1.0
            alone = word_count[i] <= 12 and not re.sub(
                r"[\s,.;:()\-–—]|\b(?:[A-Z][\w.\-]*)\b", "", line[:start] + line[end:]
            )
            if start <= edges[i][0] and len(line) - end <= edges[i][1]:
                f["line_is_name"] = 1.0
            elif alone:
                f["line_is_styled_name"] = 1.0
            if statement_by[i] <= start:
                f["statement_line"] = 1.0
            if _BY_LINE.match(line, 0, start):
                f["by_line"] = 1.0
            if words_before and _NAME_WORD.match(words_before[-1]) and not _is_frame(words_before[-1]):
                f["capital_before"] = 1.0  # the name may begin earlier, or be cut from a longer run
            if words_before and _bare(words_before[-1]) in _STYLES:
                f["style_before"] = 1.0
            if any(ROLE_WORDS.fullmatch(_bare(w)) for w in words_before[-4:]):
                f["role_before"] = 1.0
            if ROLE_WORDS.search(after[:60]):
                f["role_after"] = 1.0
            if after.startswith(":"):
                f["colon_after"] = 1.0
            if _attributed(line, start, end):
                said += 1
                if quoted[i]:
                    f["quoted"] = 1.0
            if name.isupper() or line[start:end].isupper():
                f["capitals"] = 1.0
            if i < 5 and not line.endswith((".", "?", "!")) and word_count[i] <= 20:
                f["headline"] = 1.0
            if " and " in after[:40] or " and " in before[-40:]:
                f["beside_another"] = 1.0
            if salutation[i]:
                f["salutation"] = 1.0
        if said:
            f["said"] = math.log1p(said)
            f["said_in_" + ("speech" if speech else "report")] = 1.0
        f[f"people_{min(people, 3)}"] = 1.0
        if first_person:
            f["first_person"] = 1.0
        out.append(Candidate(name, key, f))
    return out


def _styled(occ: list[tuple[int, int, int, str]]) -> bool:
    """Named after a style or an office somewhere: a person, not a place or a body with capitals."""
    for _i, start, _end, line in occ:
        before = _words_before(line, start)[-4:]
        if before and (_bare(before[-1]) in _STYLES or any(ROLE_WORDS.fullmatch(_bare(w)) for w in before)):
            return True
    return False


def _attributed(line: str, start: int, end: int) -> bool:
    """A speech verb is said of the name at ``line[start:end]`` ("said X", "X told")."""
    before = _VERB_BEFORE.search(line, max(0, start - CONTEXT), start)
    return bool(before or _VERB_AFTER.match(line[end : end + CONTEXT]))


def _statement_by(line: str) -> int:
    """Where the line's first "Statement … by" ends (past the line's end when it has none): a name after
    that point follows one."""
    ends = (m.end() for w in _STATEMENT_WORD.finditer(line) if (m := _THEN_BY.match(line, w.end())))
    return min(ends, default=len(line) + 1)


def _words_before(line: str, start: int) -> list[str]:
    """The whole words in the ``CONTEXT`` before ``start`` (a word the window cuts is left out)."""
    lo = max(0, start - CONTEXT)
    words = line[lo:start].split()
    return words[1:] if lo and words and not line[lo - 1].isspace() else words


def _mentions(text: str, occurrences: dict) -> dict[str, int]:
    """How often the text names each person, by the last word of the name: the words of the text counted
    once, and a name with other characters than letters and digits found by its own search."""
    folded = text.casefold()
    words = Counter(re.findall(r"\w+", folded))
    counts: dict[str, int] = {}
    for key in occurrences:
        last = key.split()[-1]
        if last.isascii() and re.fullmatch(r"\w+", last):
            counts[key] = words[last]
        else:
            counts[key] = len(re.findall(rf"\b{re.escape(last)}\b", folded, re.IGNORECASE))
    return counts


# -- the model -------------------------------------------------------------------------------------


@functools.cache
def load_models(path: Path | None = None) -> dict[str, Model]:
    """The shipped weights, one model per header fact. A damaged file is a ConfigError naming it."""
    path = path or WEIGHTS
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        return {fact: model_from(data["facts"][fact]) for fact in data["facts"]}
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"{path}: the learnt header reader's weights cannot be read ({shown(str(exc))[:200]}). "
            "Reinstall briefkit (from a checkout: 'git checkout' the file, or make it again with "
            "bench/extract/learn_header.py … train)."
        ) from None


def best(candidates: list[Candidate], model: Model) -> tuple[float, Candidate] | None:
    """The likeliest candidate and its probability (the first in the text on a tie)."""
    scored = [(model.probability(c.features), c) for c in candidates]
    return max(scored, key=lambda pc: pc[0], default=None)


def decide(p: float, doubt: str | None, rules_hold: bool, model: Model) -> str:
    """What becomes of the likeliest candidate: "print", "hold" or "drop". One home for the rule, so that
    ``bench/extract/learn_header.py`` measures exactly what the draft does."""
    if p >= model.print_at and model.print_at < 1 and doubt is None:  # a "print" threshold of 1: never
        return "print"
    if p >= model.comment_at and not rules_hold:
        return "hold"
    return "drop"


#: A spokesperson's or a representative's statement names the person it speaks for: never even a candidate.
NOT_WHO_SPOKE = "a spokesperson's or a representative's statement for the person named: not who spoke"


def doubt(name: str, text: str) -> str | None:
    """Why a candidate may not be printed (the shape checks the rules' own speakers get: a by-line over a
    text that is not a speech names its writer as often as its speaker)."""
    if re.search(
        rf"\b(?:[Ss]pokes\w+|on behalf)\s+(?:of|for)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,4}}{re.escape(name)}\b",
        text,
    ):
        return NOT_WHO_SPOKE
    if re.search(
        rf"\b(?:chaired|co-chaired|presided(?:\s+over)?)\s+by\s+(?:[\w.\-]+\s+){{0,4}}{re.escape(name)}\b|"
        rf"\bunder\s+the\s+(?:co-)?(?:chairmanship|chair|presidency)\s+of\s+(?:[\w.\-]+\s+){{0,4}}"
        rf"{re.escape(name)}\b",
        text,
    ):
        return NOT_WHO_SPOKE  # the chair of the meeting a report tells of, not who speaks in it
    return doubtful_speaker(Header(speaker=name, found_by={"speaker": SOURCE}), text)


def fill(header: Header, text: str, models: dict[str, Model] | None = None) -> None:
    """Fill the speaker the rules left empty: printed at the ``print`` threshold, held as a candidate at the
    ``comment`` threshold unless the rules hold one already."""
    models = load_models() if models is None else models
    model = models.get("speaker")
    if model is None or header.speaker is not None:
        return
    found = best(speaker_candidates(text, header.candidates.get("speaker")), model)
    if found is None:
        return
    p, c = found
    why = doubt(c.name, text)
    if why == NOT_WHO_SPOKE:
        return
    action = decide(p, why, "speaker" in header.candidates, model)
    if action == "print":
        header.speaker = c.name
        header.candidates.pop("speaker", None)
        header.held_why.pop("speaker", None)
    elif action == "hold":
        header.candidates["speaker"] = c.name
        if why is not None:
            header.held_why["speaker"] = why
    else:
        return
    header.found_by["speaker"] = SOURCE
    header.learnt["speaker"] = round(p, 2)
