"""What the header says (``Header``): the one record every reading of the header fills, and that
``header_elsewhere``, ``provenance`` and the draft go on reading and amending after it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...content.partial_date import DatePoint, PartialDate


@dataclass
class Header:
    """What the header says, each field None when it says nothing about it."""

    delivery_note: str | None = None
    title: str | None = None
    #: "Statement", "Remarks" … from a "Statement by …" line.
    kind: str | None = None
    occasion: str | None = None
    event_name: str | None = None
    #: The occasion's line is a sentence (a news item's headline): the name is the meeting it names, or None.
    event_name_from_headline: bool = False
    series: str | None = None
    number: int | None = None
    place: str | None = None
    honorific: str | None = None
    speaker: str | None = None
    role: str | None = None
    country: str | None = None
    date: DatePoint | None = None
    #: The paragraph the place was read from, when the header does not give it ("We are assembled in …").
    place_paragraph: int | None = None
    #: A venue named where a city would be ("Lakeside Hall, Tuesday, June 17, 2008"): not a place (a place is a
    #: city, or a country when that is all the text gives), shown to the person who sets the place.
    venue: str | None = None
    #: The place said with the date ("Manila, 30 July 2007"): such a dateline wins over a bare one.
    date_place: str | None = None
    #: Where the date was read when not from a dateline of the header: "the page's date line …".
    date_source: str | None = None
    #: The date was read from a bare date line (no place beside it): a page's stamp, a blog's post date or a
    #: masthead's day of reading as often as the statement's own dateline (``dateline``).
    date_bare: bool = False
    #: The date is the one day a title line gives its own occasion ("… Press Conference on April 22, 2010",
    #: "Address to the Plenary, …, Geneva, 30 May 2012."): a bare date line does not replace it (``title_day``).
    date_titled: bool = False
    #: The day of the last bare date line read, whether or not it dated the statement.
    bare_day: DatePoint | None = None
    #: The header dates the statement only by a meeting's span of days ("29-30 December 2008") and says
    #: nothing of which day it was made on (``_span_day``): the day given is one end of the span, to check.
    date_span: PartialDate | None = None
    #: A listing of news items is dated only by its first item's line (``periodical.listing_page``): the day
    #: is held, but the first item's relative dates ("on March 10", "last week") still count from it.
    listing_day: DatePoint | None = None
    #: A report's sentence naming who spoke, where and when was its opening paragraph (the page's lead), not
    #: a later one (one item of a listing of reports).
    report_in_lead: bool = False
    #: Which reading gave each of "speaker", "place" and "date" (``provenance.SOURCES``): the draft prints
    #: a value as a fact only when its source is firm, and shows a weak one as a candidate to check.
    found_by: dict[str, str] = field(default_factory=dict)
    #: Values a weak source gave, taken out of the fields above: "place" → "Geneva".
    candidates: dict[str, str] = field(default_factory=dict)
    #: Why a value read from a firm source is still held ("speaker" → "a surname alone").
    held_why: dict[str, str] = field(default_factory=dict)
    #: The learnt reader's probability for each fact it filled or holds (``header_learnt``).
    learnt: dict[str, float] = field(default_factory=dict)
    #: The shape of the header's line the speaker was read from (``line_shape``), for measuring.
    speaker_shape: str | None = None
    #: The same for the place: a dateline's or title's line with its date, a line without one, a known city.
    place_shape: str | None = None
    #: The place was read from a headline's words around it ("Summit opens in X and hails progress in Y"),
    #: no date on its line: a news item's wire dateline below says where it was filed, and wins.
    place_in_title: bool = False
    #: The header lines as written (joined where they run on).
    lines: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)
