"""The header's reading, in order (``parse_header``): its lines made whole, each line read beside its
neighbours, then what only the lines together say (a city beside its date line, a title's date and place,
a meeting's span, the whole name above a surname, a meeting's year)."""

from __future__ import annotations

from ..countries import is_country
from ..dates import find_dates
from .capitals import _unshout, _unshout_header
from .classify import _classify
from .date_choice import _release_day, _span_day, _title_ends_dated, _year_of_title
from .datelines import _dated_bracket
from .facts import Header
from .line_breaks import _dashed_parts, _flattened, _join_across_blocks, _join_run_ons, respaced
from .line_shapes import _DELIVERY, _STATEMENT, line_shape
from .occasion import _OCCASION_NOUNS
from .place import is_place
from .place_choice import (
    _DESTINATION,
    _FILED_IN,
    _agency_after_by_line,
    _announces_meeting,
    _city_beside_dateline,
    _headline_around,
    _letterhead_beside_date,
    undated_place_shape,
)
from .speaker import _full_name_above
from .words import EVENT_WORDS


def parse_header(blocks: list[list[str]]) -> Header:
    header = Header()
    blocks = _join_across_blocks(blocks)

    def lettered(block: list[str]) -> list[str]:
        # (a dateline in brackets under a header in capitals is not in capitals itself)
        return [line for line in block if any(c.isalpha() for c in line) and not _dated_bracket(line)]

    shouting = all(line.isupper() for block in blocks for line in lettered(block))
    upper = [bool(lettered(block)) and all(line.isupper() for line in lettered(block)) for block in blocks]
    per_block: list[list[str]] = []
    for n, block in enumerate(blocks):
        # A header in capitals typed one line a paragraph (no blank lines, or a blank line after each) is
        # as much in capitals as one typed as a block: a line in capitals beside another such line.
        beside = (n > 0 and upper[n - 1]) or (n + 1 < len(blocks) and upper[n + 1])
        if shouting or (upper[n] and (len(block) > 1 or beside)):
            # A header all in capitals: its role and occasion read in title case ("Deputy Minister for …").
            block = [
                line
                if _STATEMENT.match(line) or _DELIVERY.search(line) or _dated_bracket(line)
                else _unshout_header(line)
                for line in block
            ]
        per_block.append(
            [
                part
                for line in _join_run_ons([respaced(line) for line in block])
                for piece in _flattened(line)
                for part in _dashed_parts(piece)
            ]
        )
    after_speaker = False
    for n, lines in enumerate(per_block):
        header.lines.extend(lines)
        if len(lines) > 1 or n == 0 or len(per_block[n - 1]) > 1:
            after_speaker = False  # (a name's role typed as a paragraph of its own still follows it)
        for k, line in enumerate(lines):
            around = (lines[k - 1] if k else "", lines[k + 1] if k + 1 < len(lines) else "")
            if len(lines) == 1:
                # A line typed as a paragraph of its own (a name, then its role, each a paragraph) reads
                # with the one-line paragraphs beside it as it would within one block.
                around = (_lone_line(per_block, n - 1), _lone_line(per_block, n + 1))
            place, speaker = header.place, header.speaker
            after_speaker = _classify(header, line, after_speaker, around)
            if header.speaker is not None and header.speaker != speaker:
                header.speaker_shape = line_shape(line)
            if header.place is not None and place is None and _agency_after_by_line(line, header.place):
                header.place = None  # "By X Y, Basin News Agency": the writer's agency, not where it was said
            if header.place is not None and place is None:
                header.place_shape = (
                    "a line with a date" if find_dates(line) else undated_place_shape(line, header.place)
                )
                header.place_in_title = not find_dates(line) and _headline_around(line, header.place)
            elif header.place is not None and place is not None and header.place != place:
                header.place_shape = "a news item's wire dateline below its headline"
            filed = _FILED_IN.match(line)
            if (
                header.place is None
                and filed
                and is_place(filed["p"])
                and (filed["c"] is None or is_country(filed["c"]))
            ):
                # "By Lena Kost in Lindhaven, Estravia": a news item's by-line saying where it was filed
                header.place, header.place_shape = filed["p"], "a by-line's city (By X in CITY)"
            if (
                place is None
                and header.place is not None
                and (_DESTINATION.search(line) or _announces_meeting(line))
            ):
                header.place = None  # "President X to attend the Summit in Lindhaven": where they go, not where this is said
        _city_beside_dateline(header, lines)
    if header.place is not None and any(_letterhead_beside_date(line, header.place) for line in header.lines):
        header.held_why["place"] = (
            "three words or more run into the date that name no known city or country: perhaps the page's "
            "publisher (a ministry's or an office's name)"
        )
    # "Lindhaven" / "May 4, 2009" typed as paragraphs of their own: the city is beside its dateline still.
    run: list[str] = []
    for lines in [*per_block, []]:
        if len(lines) == 1:
            run.append(lines[0])
            continue
        if len(run) >= 2:
            _city_beside_dateline(header, run)
        run = []
    if header.place and header.place.isupper():
        header.place = _unshout(header.place)  # "OTTAWA, Ontario": the city, as it is written in prose
    _title_ends_dated(header)
    _release_day(header)
    _span_day(header)
    _full_name_above(header)
    if header.speaker and (
        EVENT_WORDS.fullmatch(header.speaker) or header.speaker.lower() in _OCCASION_NOUNS
    ):
        # "Remarks by the Secretary-General of X Visit of …": the title runs on into its occasion; a role, no name
        header.speaker = None
    if header.date is None:
        header.date = _year_of_title(header.lines)
    return header


def _lone_line(per_block: list[list[str]], n: int) -> str:
    """The line of a one-line block, read beside its neighbours; none for a block of several lines."""
    return per_block[n][0] if 0 <= n < len(per_block) and len(per_block[n]) == 1 else ""
