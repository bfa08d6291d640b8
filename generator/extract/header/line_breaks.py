"""A header's lines as the page broke them, made whole before they are read: lines that run on are joined
(within a block and across blank lines), and a line that holds several fields is cut at its dashes or
where a document site flattened them into one."""

from __future__ import annotations

import re

from ..dates import exact_days
from .datelines import _dated_bracket, dateline
from .facts import Header
from .line_shapes import _DELIVERY, _KIND_WORDS, _STATEMENT
from .occasion import _OCCASION_START
from .speaker import _bare_name
from .words import _VENUE, ROLE_WORDS

_CONNECTOR_END = re.compile(r"\b(of|on|the|for|and|to|in|at|by|de|with)$", re.IGNORECASE)


#: A style run into the next word where a web copy lost its spaces: "H.E.Mr.Lena Kost".
_GLUED_STYLE = re.compile(r"(?<![A-Za-z])(H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Amb\.)(?=[A-Z])")
#: A place's last word run into the day after it: "Lindhaven12 June 2013", "Port Sella3rd May 2009".
_GLUED_DAY = re.compile(
    r"(?<=[a-z])(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})"
)


def respaced(line: str) -> str:
    """A header line with the spaces a web copy lost put back where no word could run on: after a style
    before a name ("H.E.Mr.Lena Kost"), between a place and its day ("Lindhaven12 June 2013")."""
    return _GLUED_DAY.sub(" ", _GLUED_STYLE.sub(r"\1 ", line))


def _dashed_parts(line: str) -> list[str]:
    """ "University of Lindhaven, 10 September 2012 - Statement by X - Check against delivery": a header's
    facts on one line between dashes, each part read on its own when one of them is the statement line."""
    parts = [p.strip() for p in re.split(r"\s[-–—|]\s", line) if p.strip()]
    if len(parts) < 2:
        return [line]
    if any(_STATEMENT.match(p) for p in parts[1:]) and all(
        _STATEMENT.match(p) or _DELIVERY.search(p) or dateline(Header(), p) for p in parts
    ):
        return parts
    # "Oskar Lind – Minister of Inland Affairs", "Speech | Oskar Lind | 12 May 2010": a name beside its role,
    # a kind of statement or a date, each its own line
    named = [p for p in parts if _bare_name(p)]
    others = [
        p
        for p in parts
        if p not in named
        and (
            ROLE_WORDS.search(" ".join(p.split()[:3]))
            or re.fullmatch(rf"{_KIND_WORDS}", p, re.IGNORECASE)
            or dateline(Header(), p)
        )
    ]
    if len(named) == 1 and len(named) + len(others) == len(parts):
        return parts
    return [line]


#: A statement line inside a longer line: "… 18 June 2010 , Prime Minister Speech by Prime Minister X to …".
_INNER_STATEMENT = re.compile(
    rf"\s(?={_KIND_WORDS}\s+(?:delivered\s+|made\s+|given\s+)?by\s+(?:the\s+)?[A-Z])", re.I
)


def _flattened(line: str) -> list[str]:
    """A header a document site flattened into one line — its kind, venue and date, a role, then the
    statement line and the delivery note ("Speech Nordholm, Amber hall 18 June 2010 , Prime Minister Speech
    by Prime Minister X to … Check against delivery") — cut where its fields were: the statement line read
    as one, the date before it kept. Where the fields ran together a city beside a venue cannot be told
    from the venue's own name, so the date is kept alone."""
    inner = _INNER_STATEMENT.search(line)
    if inner is None or (
        _STATEMENT.match(line) and re.match(rf"^{_KIND_WORDS}\s+(?:\w+\s+)?by\b", line, re.I)
    ):
        return [line]
    head, tail = line[: inner.start()], line[inner.end() :]
    days = exact_days(head)
    if len(days) != 1:
        return [line]  # (only a dated head is such a header's first fields)
    pieces = [p.strip() for p in re.split(r"\s,\s*", head) if p.strip()]
    dated = next((p for p in pieces if exact_days(p)), None)
    if dated is None:
        return [line]  # (the date itself cut by the commas, "June 18 , 2010": the fields cannot be told)
    # "Speech Nordholm, …": the kind of text as a label, not "Speech of/by …"
    undressed = re.sub(rf"^{_KIND_WORDS}\s+(?=[A-Z])(?!(?:by|of|from)\b)", "", dated, flags=re.I)
    trial = Header()
    if dateline(trial, undressed) and trial.venue is None and not _VENUE.search(undressed):
        first = undressed
    else:
        day = exact_days(dated)[0]
        first = dated[day.start : day.end]
    return [first, *[p for p in pieces if p is not dated], tail]


def _join_across_blocks(blocks: list[list[str]]) -> list[list[str]]:
    """ "NOTES FOR AN ADDRESS BY" / (blank) / "THE HONOURABLE X,": a line ending in "by" goes on in the next
    block, however the page spaced its lines."""
    out: list[list[str]] = []
    for block in blocks:
        last = out[-1][-1] if out and out[-1] else ""
        goes_on = re.search(r"\bby$", last, re.IGNORECASE) or (
            block and last and _capitals_go_on(last, block[0], out[-1][0])
        )
        if goes_on and block and _OCCASION_START.match(block[0]) and not _CONNECTOR_END.search(last):
            out[-1] = [*out[-1], *block]  # "X" / "AT THE …": the occasion under the name, as in one block
        elif goes_on and block:
            out[-1] = [*out[-1][:-1], f"{last} {block[0]}", *block[1:]]
        elif out and len(block) == 1 and _capitals_title_goes_on(out[-1], block[0]):
            out[-1] = [*out[-1], block[0]]
        else:
            out.append(list(block))
    return out


def _capitals_title_goes_on(block: list[str], line: str) -> bool:
    """ "SPEECH BY / HIS EXCELLENCY THE PRIME MINISTER" / "X Y Z": a title in capitals typed one line a
    paragraph goes on with the name under it, as it does when the same lines are one block."""
    return (
        line.isupper()
        and all(part.isupper() for part in block)
        and any(_STATEMENT.match(part) and re.search(r"\bBY\b", part) for part in block)
    )


def _capitals_go_on(last: str, line: str, first: str = "") -> bool:
    """ "STATEMENT BY MINISTER OF FOREIGN AFFAIRS" / "OF COLOMBIA X": a title in capitals that a PDF or a
    word processor broke into lines (with blank lines or not), a line starting with "of" or "to the"
    carrying on from the statement line above."""
    return bool(
        last.isupper()
        and line.isupper()
        and (re.match(r"^(?:OF|TO THE|AT THE|ON THE|FOR THE|AND)\b", line) or _CONNECTOR_END.search(last))
        and (_STATEMENT.match(last) or _STATEMENT.match(first) or _CONNECTOR_END.search(last))
    )


def _join_run_ons(block: list[str]) -> list[str]:
    out: list[str] = []
    for line in block:
        if out and out[-1].lower() == "by":
            out[-1] = f"{out[-1]} {line}"  # "by" alone on its line: the by-line is the line under it
            continue
        if re.match(r"^by\b", line) and out and (_dated_bracket(out[-1]) or dateline(Header(), out[-1])):
            # "(29 March 2011)" / "by" / "X", "12 May 2010" / "by X": the date is a line of its own, the
            # by-line another
            out.append(line)
            continue
        starts_occasion = _OCCASION_START.match(line) and not _CONNECTOR_END.search(out[-1] if out else "")
        if out and _STATEMENT.match(out[-1]) and re.match(r"^OF\b", line) and _capitals_go_on(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
            continue
        if (
            out
            and (_CONNECTOR_END.search(out[-1]) or line[:1].islower())
            and not _DELIVERY.search(line)
            and not starts_occasion
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
