"""The timeline's items as the rest of the extraction sees them: an entry, a date tied to no event, the
timeline itself, and an entry's significance (its sentence, cut short). Every rule makes these; they depend
on nothing else in the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...content.partial_date import PartialDate

_SIGNIFICANCE_WORDS = 45

#: And at most this many characters: a run without spaces (thousands of characters) is one word, and a
#: draft's value may hold 20,000 ("produced an invalid draft; this is a bug").
_SIGNIFICANCE_CHARS = 1000


@dataclass
class TimelineEntry:
    """One dated (or planned) item, with where the statement says it."""

    #: The date; None when it is relative and cannot be resolved ("last year", no speech date).
    date: PartialDate | None
    title: str
    kind: str
    place: str | None
    planned: bool
    cite: list[int]
    #: Words copied from the paragraph ``evidence_paragraph``.
    evidence: str
    evidence_paragraph: int
    significance: str
    #: The date phrase when it was relative ("last year", "later this year").
    relative: str | None = None
    #: Where it was found: "list ¶13", "sentence ¶5".
    found_in: list[str] = field(default_factory=list)
    #: The date as written.
    date_text: str = ""
    #: The head noun of the title ("seminar"), for recognising repeats.
    head: str = ""
    order: int = 0
    #: How many more places say it than ``found_in`` lists (it keeps the first ``_FOUND_IN``).
    found_elsewhere: int = 0
    #: Whether a list line says it (kept apart from ``found_in``, which is cut short).
    from_list: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.from_list = any(f.startswith("list") for f in self.found_in)


#: The rules' reasons against a date that a meeting's words stand beside: a period it opens or runs through, a
#: crisis's date, words between the meeting and the date that make it something else (someone's words, an
#: appeal, an office; ``gathering.link_against``), a date that is not the meeting's (a journey to it, a day
#: before or after it, a visit's last day, a meeting called off; ``filters._not_the_meetings_date``), a
#: deadline, a count of meetings, a document's date, a meeting only talked of or undecided.
REASONS = frozenset(
    ("period", "context", "against", "not the meeting's", "deadline", "count", "document", "talked of")
)


@dataclass
class Unplaced:
    """A date the statement mentions that is not tied to any event."""

    paragraph: int
    text: str
    date: PartialDate | None
    sentence: str
    #: Why the rules hold the date is no meeting's, when a rule says (``REASONS``); None when no rule gave a
    #: reason (it was not placed, nothing more). The hybrid reader adds no date with a reason
    #: (``selector.additions``).
    reason: str | None = None
    #: Where the date starts in ``sentence``, when known: the draft shows the words around this mention (a
    #: date written twice in one sentence has two places, and finding it again was a search of the sentence
    #: for each date).
    at: int | None = None

    def __post_init__(self) -> None:
        if self.reason is not None and self.reason not in REASONS:
            raise ValueError(f"not a reason of the rules: {self.reason!r} (one of {sorted(REASONS)})")


@dataclass
class Timeline:
    entries: list[TimelineEntry]
    #: Past events whose relative date cannot be resolved without the statement's date.
    unresolved: list[TimelineEntry]
    unplaced: list[Unplaced]
    #: Dated crises, wars, disasters and documents signed the statement names: its context, not meetings
    #: (``set_aside``).
    context: list[TimelineEntry] = field(default_factory=list)
    #: The statement's own meeting, read in its body: a header fact, not a timeline item (``set_aside``).
    occasion: list[TimelineEntry] = field(default_factory=list)
    #: The first paragraph of the statement's body (after its header): a text with no date of its own that
    #: opens by reporting a meeting is that meeting's report (``_reported_opening``).
    opening: int | None = None


#: Words a title cut short does not end with before its "…".
_NOT_LAST = frozenset(("on", "of", "in", "the", "for", "and", "to", "with", "at", "by", "a", "an", "from"))


def cut_title(words: list[str], most: int) -> str:
    """A title of at most ``most`` words, cut with "…" and no small word or comma before it ("… took part in
    the round table on …" is "… took part in the round table …")."""
    if len(words) <= most:
        return " ".join(words)
    cut = words[:most]
    while len(cut) > 3 and cut[-1].lower().strip(",;:") in _NOT_LAST:
        cut = cut[:-1]
    return " ".join(cut).rstrip(",;:") + " …"


def _significance(sentence: str) -> str:
    words = sentence.split()
    if len(words) > _SIGNIFICANCE_WORDS:
        sentence = " ".join(words[:_SIGNIFICANCE_WORDS]).rstrip(",;:") + " …"
    if len(sentence) > _SIGNIFICANCE_CHARS:
        return sentence[:_SIGNIFICANCE_CHARS].rstrip() + " …"
    return sentence
