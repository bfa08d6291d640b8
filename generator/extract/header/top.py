"""The top of the text (``top_blocks``): the lines above the statement's first sentence, in their blocks,
where its header is; and where that ends (``is_body``): a salutation, prose, a wire's dateline opening
the text, a header run into the first paragraph."""

from __future__ import annotations

import re

from ...content.speech import normalise_space
from ..countries import is_country
from ..dates import find_dates
from ..readers.blocks import is_salutation
from .capitals import _unshout
from .datelines import _dated_bracket, dateline
from .facts import Header
from .line_shapes import _POSSESSIVE_STATEMENT, _PREFIXED_STATEMENT, _RULE_LINE, _STATEMENT, LABEL
from .place import is_place
from .wire_datelines import (
    _AGENCY_DATELINE,
    _CITY_AGENCY,
    _COLON_DATELINE,
    _DAY_THEN_CITY,
    _NOT_A_SPOT,
    _PLACE_COLON,
    _PLACE_DASH,
    _WIRE_CITY,
    _WIRE_DATE,
    wire_dateline,
)
from .words import HONORIFIC

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_CAPS_WORD = re.compile(r"^[^a-z]*[A-Z][^a-z]*$|^\d[\d,.:/\-]*$|^[(\[\-–—,.;:&]+$")


def top_blocks(text: str, max_lines: int = 16) -> list[list[str]]:
    """The lines above the statement's first sentence, in their blank-line blocks: where its header is.

    A header in capitals run together with the first paragraph ("INTERVENTION BY … NEW YORK
    Check against delivery 1. This will be …") gives its capitals as one header line.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    seen = 0
    lines = text.split("\n")
    for index, raw in enumerate(lines + [""]):
        line = _unglued(_table_row(normalise_space(raw)))
        if not line:
            if current:
                blocks.append(current)
                current = []
            continue
        if _RULE_LINE.match(line):
            continue
        line = _BRACKET_LABEL.sub("", line) or line  # "[Date] January 4, 2010"
        twice = (current and line == current[-1]) or (
            not current and blocks and blocks[-1] == [line] and len(line) <= 40 and not _STATEMENT.match(line)
        )
        if twice and dateline(Header(), line):
            continue  # "Rabat, December 21, 2012 (MAP)" twice (the page's title and its heading): one dateline
        if current and line == current[-1]:
            current.pop()  # the same line twice: an image's caption and its alternative text, not the header
            continue
        if twice:
            # the same, each line a paragraph of its own (a page's title said twice is longer, and kept)
            blocks.pop()
            continue
        credit = _CITY_AGENCY.match(line)
        if credit and (blocks or current) and is_place(credit["place"]):
            current.append(f"Place: {_unshout(credit['place'])}")  # "Lindhaven, News Agencies:" over the text
            break
        spot = _PLACE_COLON.match(line) or (_PLACE_DASH.match(line) if is_body(line) else None)
        if (
            spot
            and spot.groupdict().get("country")
            and not is_country(spot["country"])
            # ("SANYA, Hainan --", "LINDHAVEN, North Province —": a wire's city in capitals, then its
            # province or state)
            and not (spot["place"].isupper() and is_place(spot["country"]))
        ):
            spot = None
        if (
            spot
            and (blocks or current)
            and is_place(_unshout(spot["place"]))
            and spot["place"].lower() not in _NOT_A_SPOT
        ):
            current.append(f"Place: {_unshout(spot['place'])}")  # a wire dateline with no date
            break
        previous = current[-1] if current else (blocks[-1][-1] if blocks else "")
        day_first = _DAY_THEN_CITY.match(line)
        if day_first and (blocks or current) and is_place(_unshout(day_first["place"])):
            current.append(f"{_unshout(day_first['place'])}, {day_first['day']}")
            break
        agency = _AGENCY_DATELINE.match(line) or _COLON_DATELINE.match(line)
        if agency and agency.groupdict().get("country") and not is_country(agency["country"]):
            agency = None
        if agency and re.search(r"\b(?:19|20)\d\d\b", agency.groupdict().get("agency") or ""):
            agency = (
                None  # "APIA, Samoa (Basin Observer, July 30, 2012) –": the paper's day, read as a wire's
            )

        if agency and is_place(agency["place"]) and (blocks or current or _COLON_DATELINE.match(line)):
            if agency["year"]:
                current.append(f"{_unshout(agency['place'])}, {agency['day']}")  # "Lindhaven, 12 May 2010: …"
            else:
                current.append(f"Place: {_unshout(agency['place'])}")  # "Lindhaven (BPA) - …": a wire's city
                if agency["day"]:
                    # "Lindhaven, March 13 (BPA) --": the day without its year, a line of its own (its year from
                    # the page's date, ``header_elsewhere.read_header``)
                    current.append(agency["day"])
            break
        if is_salutation(line) and (blocks or current) and not _header_runs_on(previous, line):
            break  # "Mr. President,": the statement begins
        if not is_body(line) and (wrapped := _wrapped_dateline(lines, index)):
            current.append(wrapped)  # "12 May 2010: In his address to the …" wrapped at a line's length
            break
        if (
            not is_body(line)
            and any(dateline(Header(), above) for above in [*(x for b in blocks for x in b), *current])
            and _wrapped_prose(lines, index)
        ):
            # under a dateline, the first paragraph with its lines broken at a fixed width: the statement begins
            break
        lead = None if is_body(line) else wire_dateline(line)
        if lead and len(line[lead[1] :].split()) >= 4:
            # "12 May 2010: In his address to the" (its sentence goes on below): the dateline, then the words
            # after it as a line of their own
            current.extend([lead[0], line[lead[1] :]])
            seen += 1
            continue
        if is_body(line):
            shout = _capitals_prefix(line)
            wire = wire_dateline(line)
            run_in = _header_run_in(line)
            if shout:
                current.append(shout)
                closing = _closing_dateline(line, shout)
                if closing:
                    current.append(closing)
            elif wire:
                current.append(wire[0])
            elif run_in:
                current.append(run_in)
            elif title_dated := _title_then_dateline(line, [*(x for b in blocks for x in b), *current]):
                current.append(title_dated)
            elif _salutation_follows(lines, index):
                if LABEL.match(line):
                    # "By Premier of X, Y Z. On behalf of …": a by-line written as a sentence
                    current.append(_first_sentence(line))
                continue  # a page's notice or summary above the header: the header is still to come
            break
        bracketed = re.match(r"^(?P<caps>.*\S)\s*(?P<b>\([^()]{6,60}\))$", line)
        if bracketed and bracketed["caps"].isupper() and _dated_bracket(bracketed["b"]):
            current.extend([bracketed["caps"], bracketed["b"]])  # "STATEMENT BY … (Lindhaven, 13 June 2011)"
        else:
            current.append(line)
        seen += 1
        if seen >= max_lines:
            break
    if current:
        blocks.append(current)
    return blocks


#: An image's alternative text run into the dateline after it, no space between: "Imagen activaLindhaven, Aug
#: 7 (Basin Wire) …", "lindhavenphoto2 November 2009: Opening …".
_GLUED = re.compile(r"^\S.{0,40}?[a-z](?=[A-Z][a-z'’\-]+,\s|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d)")


def _unglued(line: str) -> str:
    """The line without the words glued before its dateline, when what follows them is a news item's
    dateline (the glued words are a picture's, not the statement's)."""
    m = _GLUED.match(line)
    if m is None:
        return line
    rest = line[m.end() :]
    if wire_dateline(rest) or _AGENCY_DATELINE.match(rest) or _COLON_DATELINE.match(rest):
        return rest
    return line


def _first_sentence(line: str) -> str:
    """ "By Premier of X, Y Z. On behalf of …" → "By Premier of X, Y Z": the sentence ends at a full stop
    after a word, not at a style's ("by HE Eng. X, Minister of …", "Lt. Col. X", "Prof. X")."""
    for m in re.finditer(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", line):
        word = line[: m.start()].rsplit(maxsplit=1)[-1]
        styled = HONORIFIC.match(f"{word}. Zz")
        if styled and styled["name"] == "Zz":
            continue
        return line[: m.start()]
    return line


def _paragraph_at(lines: list[str], index: int) -> list[str]:
    """The lines of the paragraph starting at ``index`` (none when it is not a paragraph's first line)."""
    if index and lines[index - 1].strip():
        return []
    paragraph: list[str] = []
    for raw in lines[index:]:
        if not raw.strip():
            break
        paragraph.append(normalise_space(raw))
    return paragraph


def _wrapped_prose(lines: list[str], index: int) -> bool:
    """A paragraph of prose whose lines were broken at a fixed width (a plain-text copy, an e-mail): three
    lines or more, long on average, going on mid-sentence onto lines that start in lower case, and prose
    when joined. A header's lines ("Statement by …" / "at the …" / "of the …") are short, and end no
    sentence."""
    paragraph = _paragraph_at(lines, index)
    if len(paragraph) < 3 or sum(len(line) for line in paragraph) < 40 * len(paragraph):
        return False
    goes_on = sum(1 for line in paragraph[1:] if line[:1].islower())
    return goes_on >= 2 and is_body(" ".join(paragraph))


def _wrapped_dateline(lines: list[str], index: int) -> str | None:
    """The dateline opening a first paragraph whose lines were broken at a fixed width (a plain-text copy,
    an e-mailed release): the line alone is too short to read as prose, its paragraph is not."""
    paragraph = _paragraph_at(lines, index)
    if len(paragraph) < 2 or not is_body(" ".join(paragraph)):
        return None
    lead = wire_dateline(paragraph[0])
    return lead[0] if lead else None


def _title_then_dateline(line: str, above: list[str]) -> str | None:
    """ "Joint Declaration of the X Summit Lindhaven, 13 July 2008 Under the co-presidency of …": a document
    site's text run into one paragraph starts with the title a line above already gave, then its dateline."""
    for title in above:
        if len(title.split()) >= 3 and line.startswith(title + " "):
            m = re.match(rf"(?:{_WIRE_CITY}),\s+(?:{_WIRE_DATE})\b", line[len(title) + 1 :])
            if m and dateline(Header(), m.group(0)):
                return m.group(0)
    return None


def _table_row(line: str) -> str:
    """ "| STATEMENT BY H.E. MR. X | |": a header laid out in a table and copied with its cell bars; its
    cells' text."""
    if not (line.startswith("|") and line.endswith("|")) or len(line) < 3:
        # "STATEMENT BY … (Lindhaven, 13 June 2011) |": one cell's text with its closing bar
        return line[:-1].rstrip() if line.endswith(" |") and "|" not in line[:-2] else line
    cells = [cell.strip() for cell in line.strip("|").split("|") if cell.strip()]
    return ", ".join(cells)


#: A salutation inside a line: where a header run into the first paragraph ends.
_INNER_SALUTATION = re.compile(
    r"\b(?:(?:Mr\.?|Madam|Madame|Mister)\s+(?:President|Chair\w*|Secretary[\w\-]*|Speaker|Moderator)|"
    r"(?:Your\s+)?Excellenc(?:y|ies)|Honou?rable\s+\w+|Ladies\s+and\s+Gentlemen|Distinguished\s+\w+|"
    r"Dear\s+\w+)\s*,",
)


def _header_run_in(line: str) -> str | None:
    """A header run into the first paragraph, as a PDF's text or a page's markup leaves it: "Address of
    H.E. X … Saturday, September 26, 2009 Please check against delivery Mr. President, Allow me …" or
    "UN headquarters New York - 2 October 2007 Honourable Ministers, …": the part before the first
    salutation, when it is a statement line or a dateline."""
    m = _INNER_SALUTATION.search(line)
    if not m or m.start() < 12:
        return None
    head = line[: m.start()].strip(" ,")
    if _STATEMENT.match(head) or _PREFIXED_STATEMENT.match(head) or dateline(Header(), head):
        return head
    return None


_BRACKET_LABEL = re.compile(
    r"^\[(?:title|date|place|venue|speaker|subject|location|source|category)\]\s*", re.IGNORECASE
)


def _salutation_follows(lines: list[str], index: int, within: int = 8) -> bool:
    """A salutation ("Mr. President,") in the next few lines after ``index``, a header's labelled line
    ("Delivered on: …", "Location: …") in the next three, or a header's own line in the next six (a
    "Statement by …" line, a bare dateline): the sentence at ``index`` stands above the statement (a
    page's notice, a summary, a menu run into one line), not at its start."""
    ahead = [normalise_space(line) for line in lines[index + 1 :] if line.strip()][:within]
    return (
        any(is_salutation(line) for line in ahead)
        or any(_HEADER_LABEL.match(line) for line in ahead[:3])
        or _header_mark_ahead(ahead[:6])
    )


def _header_mark_ahead(ahead: list[str]) -> bool:
    """A header's own line before any more prose: the line above is a page's summary or menu, not the first
    of the statement's sentences (a dateline after more sentences closes a short statement instead)."""
    for line in ahead:
        if _header_mark(line):
            return True
        if is_body(line):
            return False
    return False


def _header_mark(line: str) -> bool:
    """A line only a header has: "Statement by H.E. …", "Remarks of the Minister …", or a bare dateline."""
    if len(line.split()) > 25 or is_body(line):
        return False
    statement = _STATEMENT.match(line) or _PREFIXED_STATEMENT.match(line)
    if statement and re.match(r"\s*(?:by|of|from)?\s*(?:H\.\s?E\.|the\s+|[A-Z])", statement["rest"]):
        return bool(statement["rest"].strip())
    return len(line.split()) <= 8 and dateline(Header(), line)


_HEADER_LABEL = re.compile(r"^(?:delivered\s+on|location|first\s+published)\s*:", re.IGNORECASE)


def _header_runs_on(previous: str, line: str) -> bool:
    """A role in capitals after "STATEMENT BY H.E. X," is still the header, though it reads like
    "PRESIDENT OF …," an address to the chair."""
    return (
        previous.rstrip().endswith(",")
        and line.isupper()
        and bool(_STATEMENT.match(previous) or _PREFIXED_STATEMENT.match(previous) or previous.isupper())
    )


def is_body(line: str) -> bool:
    """A line of the statement's body: a sentence of a dozen words or more, or a very long line."""
    words = len(line.split())
    if len(line) > 300:
        return True
    if _STATEMENT.match(line) or _PREFIXED_STATEMENT.match(line) or _POSSESSIVE_STATEMENT.match(line):
        return False
    if words >= 12 and re.search(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]", line) and not line.isupper():
        return True  # two sentences on one line: prose, whatever its last one ends with
    if (
        words >= 25
        and not line.isupper()
        and re.search(r"\b(?:ha[sd]|have|is|are|was|were|will)\s+[a-z]", line)
        and sum(1 for w in line.split() if w[:1].islower()) * 5 >= words * 2
    ):
        # a first sentence that lost its full stop ("The Ministers … have reaffirmed their ties at the
        # Session … this week in Lindhaven"): prose by its length, its verb and its small words, not a title
        return True
    return words >= 12 and bool(_SENTENCE_END.search(line)) and not line.isupper()


def _capitals_prefix(line: str) -> str | None:
    """The words in capitals a long line starts with, when there are six or more of them."""
    words = line.split()
    n = 0
    while n < len(words) and _CAPS_WORD.match(words[n]):
        n += 1
    return " ".join(words[:n]) if n >= 6 else None


def _closing_dateline(line: str, shout: str) -> str | None:
    """ "… OF THE GENERAL ASSEMBLY (Lindhaven, 13 June 2011)": the dateline in brackets closing a header in
    capitals, which is not in capitals itself."""
    closing = re.match(r"\s*(\([^()]{6,60}\))", line[len(shout) :])
    if closing and any(m.date is not None for m in find_dates(closing.group(1))):
        return closing.group(1)
    return None
