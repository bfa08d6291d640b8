"""Merging repeats: the same event mentioned twice (same date, same kind of meeting or same words,
compatible place) is one item citing both paragraphs.
"""

from __future__ import annotations

import re

from ...content.models import MAX_CITATIONS
from ...content.partial_date import DatePoint, PartialDate
from .date_spans import _adjacent_days, _covering, _finer, _to_the_day
from .entries import TimelineEntry
from .occasion import _another_one, holds_the_day
from .vocabulary import EVENT_NOUNS, _content_words, _head_of, _one


def _merge(entries: list[TimelineEntry], day: DatePoint | None = None) -> list[TimelineEntry]:
    """One item per meeting; ``day`` is the statement's date (a bare noun of that day is its occasion)."""
    out: list[TimelineEntry] = []
    # Twins share a year (or are both undated): compare only within it, not every pair of a long statement;
    # within a year, only the items whose days could be the same meeting's (``_Twins``).
    by_year: dict[int | None, _Twins] = {}
    for entry in entries:
        year = entry.date.first.year if entry.date is not None and entry.date.first is not None else None
        twins = by_year.setdefault(year, _Twins())
        twin = twins.first(entry, day)
        if twin is None:
            out.append(entry)
            twins.add(entry)
            continue
        _absorb(twin, entry)
        twins.add(twin)  # its days may have grown
    return out


#: A span of more months than this is looked at beside every item of its year.
_SPAN_MONTHS = 24


class _Twins:
    """The items of one year, found by their days and words. Every way ``_same_event`` joins two dated items
    needs their days to meet (one inside the other, the same, or the day after), and two items named apart
    (each with a word besides its head noun, and not a bare noun) to share a word other than a head noun; so an item is compared only
    with those of a day that meets its own and a word of its name, and with the loose ones (a year, a long
    span; a title of meeting nouns). 10,000 meetings of one year were 50 million comparisons."""

    def __init__(self) -> None:
        self.items: list[TimelineEntry] = []
        self.at: dict[int, int] = {}  # id(item) → its place in ``items``
        self.posted: dict[tuple, list[int]] = {}

    def add(self, item: TimelineEntry) -> None:
        """File ``item`` (again, when absorbing another changed its days or name: old keys only widen)."""
        if id(item) not in self.at:
            self.at[id(item)] = len(self.items)
            self.items.append(item)
        n = self.at[id(item)]
        days = _day_keys(item.date)
        for day in [*(days[0] if days is not None else ["coarse"]), "any"]:
            for word in [*_title_keys(item), "all"]:
                posted = self.posted.setdefault((day, word), [])
                if not posted or posted[-1] != n:
                    posted.append(n)

    def first(self, item: TimelineEntry, day: DatePoint | None) -> TimelineEntry | None:
        days = _day_keys(item.date)
        words = _title_keys(item)
        found: set[int] = set()
        for near in [*days[1], "coarse"] if days is not None else ["any"]:
            for word in ["all"] if words == ["*"] else [*words, "*"]:
                found.update(self.posted.get((near, word), ()))
        twin = next((self.items[n] for n in sorted(found) if _same_event(self.items[n], item, day)), None)
        if twin is not None or days is None or not _to_the_day(item.date):
            return twin
        # one meeting named apart, which shares no word of its name with its twin: a heading's meeting and
        # the body's sentence naming it among those held with it, the opening of a summit and the summit
        nearby: set[int] = set()
        for key in days[1]:
            nearby.update(self.posted.get((key, "all"), ()))
        if len(nearby) > _NAMED_APART_AMONG:
            return None
        return next(
            (
                self.items[n]
                for n in sorted(nearby)
                if _named_apart(self.items[n], item) and _same_event(self.items[n], item, day)
            ),
            None,
        )


def _title_keys(item: TimelineEntry) -> list[str]:
    """The words an item's twin must share with it, or ["*"] when any item of its days may be its twin: a
    bare noun ("the Summit"), a title of its head noun alone ("Call on X" is "call" and a name)."""
    words = _content_words(item.title)
    if not words - {item.head, *_MADE_TITLE} or _bare(item) or _described(item) or _of_a_month_visit(item):
        return ["*"]
    # (its head noun tells nothing apart: "the A Summit" and "the B Summit" share no word that could join them)
    return sorted(words - ({item.head} & EVENT_NOUNS))


def _day_keys(date: PartialDate | None) -> tuple[list[tuple], list[tuple]] | None:
    """The keys an item of ``date`` is filed under, and those it looks up; None when it is compared with
    every item of its year (undated, a year alone, a span of years)."""
    if date is None or date.first is None or date.first.month is None:
        return None
    first = date.first
    if first.day is not None and date.last is None:
        one = first.start()
        month = ("span", one.year, one.month)
        near = [("day", one.toordinal() + k) for k in (-1, 0, 1)]
        return [("day", one.toordinal()), ("in", one.year, one.month)], [*near, month]
    start, end = date.sort_key()[1:]
    count = (end.year - start.year) * 12 + end.month - start.month + 1
    if count > _SPAN_MONTHS:
        return None
    months = [divmod(start.year * 12 + start.month - 1 + k, 12) for k in range(count)]
    spans = [("span", y, m + 1) for y, m in months]
    return spans, spans + [("in", y, m + 1) for y, m in months]


#: Who pays a visit, said as the subject of its verb: "President X of Y will pay a state visit to Z", "the
#: Minister is paying official visits to …", "X visits Y (April 8 – 17)".
_VISITOR = re.compile(
    r"(?P<who>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|de|bin|al|van|von)){0,11})\s+"
    r"(?:(?:will|would|shall|is|was|are|were|has|have|had)\s+)?(?:(?:to|be|been|also|now|then|later|"
    r"recently|soon|again|already)\s+)*"
    r"(?:(?:pay|pays|paid|paying|make|makes|made|making|undertake|undertakes|undertook|undertaking)\s+"
    r"(?:a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?visits?\b|(?:visit|visits|visited|visiting)\s+"
    r"(?:the\s+)?[A-Z])"
)

#: Words of a visitor's name that say an office or a courtesy, not who: they tell no two visitors apart.
_NOT_WHO = frozenset(
    (
        "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "the", "of", "and", "de", "bin",
        "al", "van", "von", "excellency", "majesty", "highness", "mr", "mrs", "ms", "dr", "president",
        "vice", "prime", "deputy", "minister", "foreign", "secretary", "general", "secretary-general",
        "premier", "chancellor", "king", "queen", "prince", "princess", "sheikh", "chairman", "chairperson",
        "state", "senior", "special", "envoy", "ambassador", "governor", "speaker", "delegation", "affairs",
        "at", "on", "in", "invitation", "honourable", "honorable", "hon", "h.e", "h.e.", "h", "e",
    )
)  # fmt: skip


def _visitor(e: TimelineEntry) -> frozenset[str]:
    """The words naming who pays the visit an item is (its sentence's subject), without offices and
    courtesies; empty when it is no visit, or the visitor is a pronoun or an office alone."""
    if "visit" not in (e.head or "") and not re.search(r"\bvisits?\b", e.title, re.IGNORECASE):
        return frozenset()
    found = _VISITOR.search(e.significance)
    if found is None:
        return frozenset()
    words = {w.lower().strip(".") for w in found["who"].split()}
    return frozenset(w for w in words if w and w not in _NOT_WHO)


def _from_programme(e: TimelineEntry) -> bool:
    return any(where.startswith("programme ") for where in e.found_in)


def _same_event(a: TimelineEntry, b: TimelineEntry, day: DatePoint | None = None) -> bool:
    if _from_programme(a) and _from_programme(b) and a.head != b.head:
        # a programme's lines of one day, "Bilateral talks between X and Y", "State banquet hosted by X in
        # honour of Y": the same people at different events, each listed once
        return False
    va, vb = _visitor(a), _visitor(b)
    if va and vb and not va & vb:
        # "President X of Y will pay a state visit to Z from 28 April to 4 May", "President W of V will pay a
        # state visit to Z from 30 April to 1 May": two visitors, two visits, whatever the days and words
        return False
    if (_another_one(a) and holds_the_day(b.date, day)) or (_another_one(b) and holds_the_day(a.date, day)):
        # "the next Basin Summit this year" is not the summit of the statement's own day, whatever it names
        return False
    if _named_apart(a, b):
        return True
    wa, wb = _content_words(a.title), _content_words(b.title)
    named_alike = bool(wa and wb) and (wa <= wb or wb <= wa) and bool((wa & wb) - EVENT_NOUNS)
    if a.head == b.head and (
        (_finer(b.date, a.date) and _described(b)) or (_finer(a.date, b.date) and _described(a))
    ):
        # "a working visit to X at the end of February" … "will start the several-day visit on 28 February":
        # the same meeting said again with "the" and a word that describes it, its day said the second time
        return True
    if _talks_of_the_visits_month(a, b):
        return True
    if any(_bare_and_named(x, y) for x, y in ((a, b), (b, a))):
        # "a summit to be held in Thailand early April" … "the first Basin Commission Summit to be held in
        # X, Thailand, between 4 and 5 April": the meeting said by its noun and a month, then by its name and
        # days in that month (or the other way round)
        return True
    if (_finer(a.date, b.date) or _finer(b.date, a.date)) and (wa == wb or named_alike):
        # "the Basin Summit in 2010" and "the Basin Summit, held in October 2010"; "the official visit … in
        # 2012" and "an official visit to Santiago in January next year": one meeting
        return True
    if named_alike and a.head == b.head and _adjacent_days(a.date, b.date):
        return (
            True  # "Opening the SADC Summit (17/8/05)", "Closing the 2005 SADC Summit (18/8/05)": one summit
        )
    if not _same_date(a, b):
        return False
    if a.order == b.order and _content_words(a.title) != _content_words(b.title):
        # one sentence naming two meetings of one date: "the A Meeting and the B Meeting in July" ("arrived on
        # 10 May on a three-day state visit to X": its day and its days, one visit)
        return False
    if any(
        _to_the_day(x.date)
        and _bare(y)
        and not _bare(x)
        and (y.place is None or x.place in (None, y.place))
        and not re.search(
            r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", y.relative or "", re.I
        )
        and not holds_the_day(y.date, day)
        and not _part_of_a_visit(x, y)
        for x, y in ((a, b), (b, a))
    ):
        # "the OSCE Summit, set to start tomorrow" then "The meeting will begin on 1 December" (or the noun
        # first, a heading's "Meetings (5-10 August)", then the names): a meeting said by its noun alone,
        # beside one the statement named for that day, is that one (a bare noun of the day of speaking is
        # mostly the occasion, ``set_aside``)
        return True
    if a.place is not None and a.place == b.place:
        # "the Forum Leaders' Retreat in Tonga last year", "the Forum last year in Tonga", "last year's Forum
        # Meeting in Tonga": one place and one date, and one name that is meeting nouns alone, one of them in
        # the other's name (names that share another word may be two meetings of one body that day: "the
        # Commonwealth Ministerial Committee", "the Commonwealth Foreign Ministers meeting")
        where = _content_words(a.place)
        na, nb = _content_words(a.title) - where, _content_words(b.title) - where
        if any(not x - EVENT_NOUNS and x & y for x, y in ((na, nb), (nb, na))):
            return True
        if _to_the_day(a.date) and any(x and not x - EVENT_NOUNS for x in (na, nb)):
            # "the talks in Geneva on Monday and Tuesday" and "the directors met with X on Monday and
            # Tuesday in Geneva": a meeting said by its noun alone, at the place and on the days of another
            return True
    # (the words the titles made of a verb start with, "Call on X", "Meeting with Y", tell nothing apart)
    wa, wb = (
        _content_words(a.title) - {a.head, *_MADE_TITLE},
        _content_words(b.title) - {b.head, *_MADE_TITLE},
    )
    if wa and wb and not wa & wb:
        return False  # "G20 Summit" and "Summit on Climate Change": two named summits
    if a.head and a.head == b.head and (a.place is None or b.place is None or a.place == b.place):
        return True
    wa, wb = _content_words(a.title), _content_words(b.title)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5


#: The items of one day among which a meeting named apart is looked for, pair by pair: a statement dates a
#: handful of meetings to one day; a text with hundreds on one day is a listing or an attack, and comparing
#: every pair of them would take time quadratic in the text.
_NAMED_APART_AMONG = 50


#: A meeting's own opening or closing: "the Official Opening of the Summit", "the closing session of the Forum".
_OPENING_OF = re.compile(
    r"(?:(?:official|formal|solemn)\s+)?(?:opening|closing|inaugural)(?:\s+(?:ceremony|session|plenary|"
    r"segment))?\s+of\s+the\s+(?P<noun>[\w\-]+)",
    re.IGNORECASE,
)


def _named_apart(a: TimelineEntry, b: TimelineEntry) -> bool:
    """One meeting said by two names that share no word, both dated to the day, one's days inside the
    other's:

    * the opening (or closing) of a meeting said by its noun alone ("The Official Opening of the Summit was
      held on 19 June", after "The 7th X Summit was held … from 19-21 June"), on a day of that meeting's span;
    * a meeting named whole in the other's sentence, said in another paragraph ("2. Minister X to attend the
      41st Y Meeting (20-25 July)", then "… will attend the 41st Y Meeting, the Z Conference and the W Forum
      held from 20 to 24 July": a heading, then the meetings held together on its days, titled by the last).
    """
    if not (_to_the_day(a.date) and _to_the_day(b.date)) or a.date is None or b.date is None:
        return False
    for part, whole in ((a, b), (b, a)):
        assert part.date is not None and whole.date is not None and part.date.first is not None
        opening = _OPENING_OF.fullmatch(part.title)
        if (
            opening is not None
            and whole.date.last is not None
            and _one(opening["noun"].lower()) == _one((whole.head or _head_of(whole.title)).lower())
            and whole.date.first is not None
            and whole.date.first.start() <= part.date.first.start()
            and (part.date.last or part.date.first).end() <= whole.date.last.end()
            and not _bare(whole)
        ):
            return True
    if a.order == b.order or not _same_date(a, b):
        return False
    for named, other in ((a, b), (b, a)):
        name = named.title
        # a name, as the sentence writes it: "the 41st ASEAN Foreign Ministers Meeting", not "a state visit to X"
        capitals = sum(w[:1].isupper() for w in name.split()[1:])
        if _bare(named) or len(_content_words(name) - EVENT_NOUNS) < 2 or capitals < 2:
            continue
        said = f"{other.significance} {other.evidence}"
        if re.search(rf"(?<![\w\-])(?i:{re.escape(name[:1])}){re.escape(name[1:])}(?![\w\-])", said):
            return True
    return False


#: What a visit holds, each an item of its own: "the talks on Saturday between X and Y" during a visit.
_PARTS_OF_A_VISIT = frozenset(
    ("talks", "discussions", "consultation", "consultations", "dinner", "lunch", "luncheon", "breakfast",
     "banquet", "ceremony")
)  # fmt: skip


def _of_a_month_visit(e: TimelineEntry) -> bool:
    """A visit or a part of one dated by a month alone: its twin may share no word with it
    (``_talks_of_the_visits_month``)."""
    first = e.date.first if e.date is not None else None
    if first is None or first.month is None or first.day is not None:
        return False
    return (e.head or _head_of(e.title)).lower() in {"visit", *_PARTS_OF_A_VISIT}


def _where(e: TimelineEntry) -> str | None:
    """An item's place, or where its title says a visit went ("X's visit to Tarnow")."""
    if e.place is not None:
        return e.place
    to = re.search(r"\bvisits?\s+to\s+(?:the\s+)?(?P<p>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})", e.title)
    return to["p"] if to else None


def _talks_of_the_visits_month(a: TimelineEntry, b: TimelineEntry) -> bool:
    """A visit and talks (a dinner …) dated by the same month, neither to the day: "X's visit to the country
    next month for crucial talks" … "ahead of crucial talks with India next month" … "the talks in July".
    Without its day a part of a visit cannot be told from the visit; with it, it is a meeting of its own
    (``_part_of_a_visit``)."""
    if not _part_of_a_visit(a, b) or a.date is None or b.date is None or a.date != b.date:
        return False
    pa, pb = _where(a), _where(b)
    if pa is not None and pb is not None and pa != pb:
        return (
            False  # "a visit to Tarnow in July" and "the talks in Geneva in July": two places, two meetings
        )
    first = a.date.first
    return first is not None and first.month is not None and first.day is None and a.date.last is None


def _part_of_a_visit(a: TimelineEntry, b: TimelineEntry) -> bool:
    """One is a visit and the other, said by its noun alone, a part of it ("concluded a visit to X on
    Saturday" and "the talks on Saturday between Y and Z"): the talks are a meeting of their own, with whom
    their sentence says, as a call paid during a visit is."""
    heads = {(e.head or _head_of(e.title)).lower() for e in (a, b)}
    return "visit" in heads and bool(heads & _PARTS_OF_A_VISIT)


_MADE_TITLE = ("call", "meeting", "visit")


def _described(e: TimelineEntry) -> bool:
    """A meeting said again by its noun and words that describe it, after "the" ("the several-day visit",
    "the two-day summit", "the same meeting"): no name, no place of its own."""
    words = e.title.split()
    if len(words) > 4 or e.place or any(w[:1].isupper() for w in words[1:]) or not e.significance:
        return False
    if words[-1].lower() not in (e.head, e.head + "s"):
        return False  # "Meeting of the heads …": what follows the noun names the meeting
    return bool(re.search(rf"\bthe\s+{re.escape(e.title)}\b", e.significance, re.IGNORECASE))


def _bare(e: TimelineEntry) -> bool:
    """A title of meeting nouns alone, and its place ("Meeting", "Talks", "Meeting in Havana"): no name."""
    words = _content_words(e.title) - _content_words(e.place or "")
    return bool(words) and not words - EVENT_NOUNS


def _bare_and_named(bare: TimelineEntry, named: TimelineEntry) -> bool:
    """``bare`` is a meeting noun (and a place), ``named`` a meeting of that noun with a name, one dated by a
    year or a month and the other by days inside it, said at one place or at none: one meeting, its name and
    its days said each once ("a summit … early April" and "the first Basin Commission Summit … between 4 and 5
    April"; "the 20th ASEAN Summit … in April" and "the related Summits on April 3-4"; "the 2007 Forum" and
    "the Second Partnership Forum … 9-11 September 2007")."""
    if not _bare(bare) or _bare(named) or _one(bare.head) != _one(named.head):
        return False
    if not any(_to_the_day(x.date) and _finer(x.date, y.date) for x, y in ((bare, named), (named, bare))):
        return False
    return (
        bare.place is None
        or named.place is None
        or bare.place == named.place
        or bare.place in f"{named.significance} {named.evidence}"
    )


def _same_date(a: TimelineEntry, b: TimelineEntry) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None and a.relative == b.relative
    if a.date.planned or b.date.planned:
        return a.date.planned and b.date.planned
    if a.date == b.date:
        return True
    sa, sb = a.date.sort_key(), b.date.sort_key()
    # One inside the other: "Feb 2006" and "14 Feb 2006", "2006" and "April 2006" are not
    # the same (a year is too loose to merge on).
    (a0, a1), (b0, b1) = sa[1:], sb[1:]
    month_level = all(d.first is not None and d.first.month is not None for d in (a.date, b.date))
    return month_level and ((a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1))


#: How many of the places saying one meeting its comment lists ("sentence ¶2, list ¶5 …").
_FOUND_IN = 12


def _absorb(keep: TimelineEntry, other: TimelineEntry) -> None:
    """Fold a second mention into the first: a list line's title and kind win, a sentence's significance."""
    if other.from_list and not keep.from_list:
        keep.title, keep.kind, keep.evidence, keep.evidence_paragraph = (
            other.title,
            other.kind,
            other.evidence,
            other.evidence_paragraph,
        )
    elif not other.from_list and keep.from_list:
        keep.significance = other.significance
    elif _bare_and_named(keep, other) or (_OPENING_OF.fullmatch(keep.title) and _named_apart(keep, other)):
        # the meeting said by its noun first, by its name after: the name is the title
        keep.title, keep.evidence, keep.evidence_paragraph, keep.significance = (
            other.title,
            other.evidence,
            other.evidence_paragraph,
            other.significance,
        )
    if _to_the_day(keep.date) and _to_the_day(other.date) and keep.date != other.date:
        assert keep.date is not None and other.date is not None
        # one meeting said on each of its days, or on a day of its span: all its days
        keep.date = _covering(keep.date, other.date)
    elif _finer(other.date, keep.date):
        # "the Ministers meeting in Belize last week" and "the May 10-11 Tenth meeting": the days say when
        keep.date, keep.date_text, keep.relative = other.date, other.date_text, other.relative
    keep.place = keep.place or other.place
    keep.planned = keep.planned or other.planned
    # the first paragraphs only, as the draft cites them: a statement saying one meeting in thousands of
    # paragraphs made this quadratic (a 870 KB paste: 7 s of 25)
    keep.cite = sorted(set(keep.cite) | set(other.cite))[:MAX_CITATIONS]
    room = max(0, _FOUND_IN - len(keep.found_in))
    keep.found_in += other.found_in[:room]
    keep.found_elsewhere += other.found_elsewhere + len(other.found_in[room:])
    keep.from_list = keep.from_list or other.from_list
    keep.order = min(keep.order, other.order)
