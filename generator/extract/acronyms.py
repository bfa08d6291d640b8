"""Find the acronyms a statement uses and what they stand for.

An expansion comes, in this order, from the statement's own definition
("Regional Water Commission (RWC)"), from the words spelt out anywhere in it
("the Human Security Network" for HSN), or from the small built-in glossary
(``glossary.toml``). An acronym none of them explains is still reported, with
no expansion, so that a person can add it.
"""

from __future__ import annotations

import itertools
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .countries import is_country

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

GLOSSARY_FILE = Path(__file__).with_name("glossary.toml")

_ACRONYM = re.compile(r"(?<![\w.’'])(?P<a>[A-Z][A-Z0-9&]*[A-Z0-9])(?P<pl>s|['’]s)?(?![\w’']|\.\w)")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
#: Capitals that are not abbreviations: emphasis ("we must NOT") and everyday ones.
_NOT_ACRONYMS = {
    "OK",
    "TV",
    "AM",
    "PM",
    "ID",
    "NB",
    "PS",
    "AD",
    "BC",
    "NOT",
    "AND",
    "THE",
    "ALL",
    "WE",
    "MUST",
    "NO",
    "YES",
    "NOW",
    "ONE",
    "WILL",
    "CAN",
    "ARE",
    "OUR",
}
_FUNCTION = {"of", "for", "and", "on", "in", "the", "to", "de", "des", "du", "la", "le", "et", "&"}
_WORD = re.compile(r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*|&")


@dataclass(frozen=True)
class GlossaryEntry:
    expansion: str
    note: str | None = None


@dataclass
class Acronym:
    term: str
    expansion: str | None
    #: "text" (the statement says it), "glossary" (the built-in list) or None.
    origin: str | None
    #: Paragraph where the acronym is first used (0: the header).
    first_paragraph: int
    #: Paragraph whose words give the expansion, when it comes from the text.
    expansion_paragraph: int | None = None
    note: str | None = None


@lru_cache(maxsize=1)
def load_glossary() -> dict[str, dict[str, GlossaryEntry]]:
    with GLOSSARY_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, dict[str, GlossaryEntry]] = {}
    for section, entries in data.items():
        table: dict[str, GlossaryEntry] = {}
        for term, value in entries.items():
            if isinstance(value, str):
                table[term] = GlossaryEntry(value)
            else:
                table[term] = GlossaryEntry(value["expansion"], value.get("note"))
        out[section] = table
    return out


def expand_place(text: str) -> str:
    """ "NY" → "New York"; other places unchanged."""
    entry = load_glossary().get("places", {}).get(text.strip())
    return entry.expansion if entry else text


def find_acronyms(texts: list[tuple[int, str]]) -> list[Acronym]:
    """Acronyms in ``texts`` ((paragraph, text) pairs, header as paragraph 0), first use first."""
    found: dict[str, Acronym] = {}
    headings = _capitals_runs(texts)
    for number, text in texts:
        # A heading in capitals ("STATEMENT BY THE HEAD OF DELEGATION") is not a run of acronyms.
        text = " ".join(
            line for line in text.split("\n") if not _mostly_capitals(line) and line not in headings
        )
        # … nor is one typed on the first line of its paragraph and joined to it ("THE USE OF NATURAL
        # RESOURCES Just like …"), as a text without blank lines keeps it apart.
        text = _CAPITALS_RUN.sub(" ", text)
        for m in _ACRONYM.finditer(text):
            term = m["a"]
            if len(term) < 2 or _ROMAN.match(term) or term in _NOT_ACRONYMS:
                continue
            if _surname(text, m.start()):
                continue
            if not any(c.isalpha() for c in term):
                continue
            if term not in found:
                found[term] = Acronym(term, None, None, number)
    glossary = load_glossary().get("acronyms", {})
    longest = max((len(term) for term in found), default=0)
    brackets = _Brackets(texts, longest) if found else None
    spellings: _Spellings | None = None  # (read when an acronym is not defined in brackets)
    for acronym in found.values():
        assert brackets is not None
        where, expansion = _defined(acronym.term, brackets)
        if expansion is None:
            spellings = spellings or _Spellings(texts, longest)
            where, expansion = _spelt_out(acronym.term, spellings)
        if expansion is not None:
            acronym.expansion, acronym.origin, acronym.expansion_paragraph = expansion, "text", where
        elif acronym.term in glossary:
            entry = glossary[acronym.term]
            acronym.expansion, acronym.origin, acronym.note = entry.expansion, "glossary", entry.note
    return list(found.values())


_HONORIFIC_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Madam|Sir|President|Minister|Ambassador|"
    r"Secretary-General|Chairman|Judge)\.?|[A-Z][a-z][\w'’]*)\s+$"
)
_COMMON_WORDS = {
    "in",
    "the",
    "at",
    "of",
    "for",
    "with",
    "by",
    "our",
    "we",
    "and",
    "as",
    "to",
    "from",
    "on",
    "all",
    "this",
    "that",
    "these",
    "its",
    "their",
    "his",
    "her",
    "new",
    "both",
    "an",
    "a",
    "under",
    "within",
    "through",
    "since",
    "after",
    "before",
    "during",
    "when",
    "while",
    "if",
    "how",
    "why",
    "dear",
    "thank",
    "let",
    "my",
    "your",
    "every",
    "each",
    "no",
    "not",
    "but",
    "or",
    "so",
    "yet",
    "however",
    "today",
    "member",
    "members",
    "many",
    "some",
    "more",
    "most",
    "other",
    "into",
}


_TITLE_OR_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Madam|Sir|President|Minister|Ambassador|"
    r"Secretary-General|Chairman|Judge)$"
)


def _surname(text: str, start: int) -> bool:
    """ "Ban KI-MOON", "President Jakaya KIKWETE", "Mr. NORR": a name written in capitals, not an abbreviation."""
    if start > 0 and text[start - 1] == "-" and text[max(0, start - 2)].isupper():
        return True  # the second half of "KI-MOON"
    before = text[max(0, start - 40) : start]
    m = _HONORIFIC_BEFORE.search(before)
    if not m:
        return False
    word = m.group().strip().rstrip(".")
    if word.lower() in _COMMON_WORDS:
        return False
    if _TITLE_OR_HONORIFIC.match(word):
        return True
    # A given name before it ("Jakaya KIKWETE"), not an adjective of a proper name ("the Swedish IPA Seminar").
    after = re.match(r"[\w\-]*\s*(\S)", text[start:])
    if after and after.group(1)[:1].isupper():
        return False
    previous = before[: m.start()].split()
    return not previous or previous[-1].lower() not in ("the", "a", "an", "our", "its", "their", "this")


#: Four words or more in capitals side by side: a heading, not a run of acronyms ("UN, WFP, FAO" has commas).
_CAPITALS_RUN = re.compile(r"\b(?:[A-Z][A-Z'’\-]*[ \t]+){3,}[A-Z][A-Z'’\-]*\b(?![a-z])")


def _capitals_runs(texts: list[tuple[int, str]]) -> set[str]:
    """One-line paragraphs wholly in capitals, side by side, that make a heading of four words or more
    together: a letterhead typed a line a paragraph ("MINISTRY OF FOREIGN AFFAIRS" / "LINDHAVEN" / "4 MAY
    2010") is as much a heading as the same lines typed as one paragraph, and "LINDHAVEN" in it is no
    acronym."""
    out: set[str] = set()
    run: list[str] = []
    for number, text in [*texts, (-1, "")]:
        letters = [c for c in text if c.isalpha()]
        if number > 0 and "\n" not in text and letters and all(c.isupper() for c in letters):
            run.append(text)
            continue
        words = [w for line in run for w in line.split() if any(c.isalpha() for c in w)]
        if len(run) >= 2 and len(words) >= 4:
            out.update(run)
        run = []
    return out


def _mostly_capitals(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 4 and sum(1 for w in words if w.isupper()) > 0.7 * len(words)


#: "(TERM)", and any bracket of three to 120 characters: "TERM (Expansion Words)".
_BRACKETED_WORD = re.compile(r"\(\s*([^\s()]+)\s*\)")
_BRACKET = re.compile(r"\(([^()]{3,120})\)")


class _Brackets:
    """Each text's brackets read once, by the word in them or the capitals before them: two patterns
    made of each acronym ran through every text (3,000 acronyms took 6 s, twice as many four times as
    long)."""

    def __init__(self, texts: list[tuple[int, str]], longest: int) -> None:
        self.texts = texts
        self.alone: list[dict[str, list[int]]] = []  # "(TERM)": where its bracket opens
        self.after: list[dict[str, list[str]]] = []  # "TERM (…)": what the bracket holds
        for _, text in texts:
            alone: dict[str, list[int]] = {}
            for m in _BRACKETED_WORD.finditer(text):
                alone.setdefault(m[1], []).append(m.start())
            after: dict[str, list[str]] = {}
            for m in _BRACKET.finditer(text):
                end = m.start()
                while end and text[end - 1].isspace():
                    end -= 1
                # every capital a word may start at (as "\bTERM" would) up to the longest acronym back
                for q in range(max(0, end - longest), end):
                    if "A" <= text[q] <= "Z" and (
                        q == 0 or not (text[q - 1].isalnum() or text[q - 1] == "_")
                    ):
                        after.setdefault(text[q:end], []).append(m[1])
            self.alone.append(alone)
            self.after.append(after)


def _defined(term: str, brackets: _Brackets) -> tuple[int | None, str | None]:
    """ "Expansion Words (TERM)" or "TERM (Expansion Words)"."""
    for k, (number, text) in enumerate(brackets.texts):
        for start in brackets.alone[k].get(term, ()):
            words = _WORD.findall(text[max(0, start - 200) : start])
            expansion = _match_initials(term, words, from_end=True)
            if expansion:
                return number, expansion
        for held in brackets.after[k].get(term, ()):
            words = _WORD.findall(held)
            expansion = _match_initials(term, words, from_end=False)
            if expansion and len(expansion.split()) >= len(words) - 1:
                return number, expansion
    return None, None


class _Spellings:
    """Each text's words read once, and where a run of them could spell each string of initials: looking
    for every acronym's spelling from every capitalised word was quadratic (2,000 acronyms among words of
    one initial took 48 s). A run's initials are its words' first letters, or a hyphenated word's parts'
    ("Secretary-General": S or SG); a run with more than three such words is looked at for every acronym."""

    def __init__(self, texts: list[tuple[int, str]], longest: int) -> None:
        self.texts = texts
        self.found = [list(_WORD.finditer(text)) for _, text in texts]
        self.words = [[m.group() for m in found] for found in self.found]
        self.starts: list[dict[str, list[int]]] = []
        self.always: list[list[int]] = []
        for words in self.words:
            starts: dict[str, list[int]] = {}
            always: list[int] = []
            for i, word in enumerate(words):
                if not _title_word(word):
                    continue
                spelt = _initials_of_runs(words[i : i + 2 * longest + 2], longest)
                if spelt is None:
                    always.append(i)
                    continue
                for initials in spelt:
                    starts.setdefault(initials, []).append(i)
            self.starts.append(starts)
            self.always.append(always)

    def candidates(self, k: int, letters: str) -> list[int]:
        """The words of text ``k`` a run spelling ``letters`` may start at, in order."""
        return sorted({*self.starts[k].get(letters, ()), *self.always[k]})


def _initials_of_runs(window: list[str], longest: int) -> set[str] | None:
    """Every string of initials a run of ``window``'s first words ending at a capitalised word could spell
    (``_spells`` builds one of them, or fails); None when a run has too many readings to list."""
    out: set[str] = set()
    spelt = {""}
    for word in window:
        if word.lower() not in _FUNCTION:
            if not _title_word(word):
                break  # (no longer run spells anything)
            spelt = {s + choice for s in spelt for choice in _initials(word) if len(s + choice) <= longest}
            if not spelt:
                break
            if len(spelt) > 8:
                return None
        if _title_word(word):
            out |= spelt
    return out


def _spelt_out(term: str, spellings: _Spellings) -> tuple[int | None, str | None]:
    """A run of capitalised words whose initials spell the term, within one sentence. Two capitals are
    spelt by chance by any two capitalised words in a row ("the European Union, Spain" for US; a caption's
    "Meeting Photograph" for MP): a term of two letters takes only two words side by side, in a paragraph
    that uses it."""
    letters = term.upper().rstrip("0123456789")
    for k, (number, text) in enumerate(spellings.texts):
        found, words = spellings.found[k], spellings.words[k]
        if len(term) == 2 and not re.search(rf"(?<![\w.]){re.escape(term)}(?!\w)", text):
            continue
        for i in spellings.candidates(k, letters):
            word = words[i]
            if not _title_word(word) or word[0].upper() != term[0]:
                continue
            expansion = _match_initials(
                term, words[i : i + 2 * len(term) + 2], from_end=False, exact_start=True
            )
            if not expansion:
                continue
            run = found[i : i + len(expansion.split())]
            gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(run)]
            if any(re.search(r"[.;:!?()\[\]]", gap) for gap in gaps):
                continue  # the run crosses a sentence or a bracket
            if len(term) == 2 and any(gap.strip() for gap in gaps):
                continue
            return number, _whole_country(expansion, words[i + len(run) :])
    return None, None


def _whole_country(expansion: str, after: list[str]) -> str:
    """ "Brazil, Russia, India, China and South Africa" for BRICS: the last initial may open a country's
    name of two or three words, which the expansion then ends with, not cut in two ("… and South")."""
    last = expansion.rsplit(maxsplit=1)[-1]
    for more in (2, 1):
        tail = after[:more]
        if len(tail) == more and all(_title_word(w) for w in tail) and is_country(" ".join([last, *tail])):
            return " ".join([expansion, *tail])
    return expansion


def _title_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _initials(word: str) -> list[str]:
    """ "Co-operation" can stand for C or CO; "Secretary-General" for S or SG."""
    parts = word.split("-")
    options = [word[0].upper()]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        options.append("".join(p[0] for p in parts))
    return options


def _match_initials(term: str, words: list[str], *, from_end: bool, exact_start: bool = False) -> str | None:
    """The shortest run of words (capitalised words, with 'of', 'and' … between) spelling ``term``."""
    letters = term.upper().rstrip("0123456789")
    if len(letters) < 2:
        return None
    if from_end:
        for start in range(len(words) - 1, -1, -1):
            got = _spells(letters, words[start:])
            if got:
                return got
        return None
    starts = [0] if exact_start else range(len(words))
    for start in starts:
        for end in range(start + 1, len(words) + 1):
            got = _spells(letters, words[start:end])
            if got:
                return got
    return None


def _spells(letters: str, words: list[str]) -> str | None:
    if not words or not _title_word(words[0]) or not _title_word(words[-1]):
        return None
    pattern = ""
    for word in words:
        if word.lower() in _FUNCTION:
            continue
        if not _title_word(word):
            return None
        choices = _initials(word)
        for choice in sorted(choices, key=len, reverse=True):
            if letters.startswith(pattern + choice):
                pattern += choice
                break
        else:
            return None
    # "Nations'" from "the United Nations' work": the possessive is not part of the name.
    return " ".join(re.sub(r"['’]s?$", "", w) for w in words) if pattern == letters else None
