"""The typed content model of an event file (``content/<event>/event.yaml``).

Every model forbids unknown keys: a misspelt field in a briefing must not
vanish silently from the printed pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, GetCoreSchemaHandler
from pydantic.json_schema import GetJsonSchemaHandler, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from ..config.project import SLUG_PATTERN
from .partial_date import PartialDate


def _clean(text: str) -> str:
    return " ".join(text.split())


#: Longest text one value may hold (a sentence quoted whole must fit in it).
MAX_TEXT = 20_000

Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT), AfterValidator(_clean)]
Id = Annotated[str, Field(pattern=SLUG_PATTERN)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class _AlsoRead:
    """A list field that also reads the shorter forms people write by hand, and whose JSON Schema
    (``briefkit schema``, for editors' checkers) allows them, so an editor agrees with ``validate``.

    A key with nothing after it (YAML's null) is an empty list: ``timeline:`` with only comments under
    it, as an editor empties a list and as ``briefkit extract`` writes items to uncomment, which make it
    a list once one is. With ``one``, a single item is a list of one: ``cite: 3``.
    """

    one: bool = False

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_before_validator_function(
            _as_list if self.one else _none_as_empty, handler(source)
        )

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        many = handler(schema)
        single = [many["items"]] if self.one and "items" in many else []
        return {"anyOf": [*single, many, {"type": "null"}]}


def _none_as_empty(value):
    return [] if value is None else value


#: Longest list a briefing may hold; more is a paste accident, and would
#: make a document hundreds of pages long.
MAX_ITEMS = 500

_Item = TypeVar("_Item")
#: A list of an event file; an empty key is an empty list.
Items = Annotated[list[_Item], Field(max_length=MAX_ITEMS), _AlsoRead()]


def _as_list(value):
    if value is None:
        return []
    if isinstance(value, (int, str)):
        return [value]
    return value


#: Most paragraphs one value may cite.
MAX_CITATIONS = 50
#: The highest paragraph number a citation may name: a statement longer than this is not one speech (the
#: longest in the evaluation corpus has about 200), and ``briefkit extract`` refuses it.
MAX_PARAGRAPH = 10_000

Citations = Annotated[
    list[Annotated[int, Field(strict=True, ge=1, le=MAX_PARAGRAPH)]],
    Field(default_factory=list, max_length=MAX_CITATIONS),
    _AlsoRead(one=True),
]


class Cited(Model):
    """Something that can point back to the speech paragraphs it comes from."""

    #: Paragraph numbers of the speech (as numbered in the pack's annex).
    cite: Citations
    #: Words copied from the cited paragraph; ``briefkit validate`` checks they are there.
    evidence: str | None = None
    #: Id of an entry in ``sources`` when the fact comes from outside the speech.
    source: Id | None = None


class Fact(Cited):
    """One statement of fact or position, with where it comes from."""

    text: Text


class Person(Model):
    name: Text
    honorific: str | None = None
    role: Text
    country: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}" if self.honorific else self.name


class Source(Model):
    """A public source cited by the content, the speech's own page included."""

    id: Id
    title: Text
    publisher: str | None = None
    url: str | None = None
    note: str | None = None
    #: A file of the event folder the facts come from (``data/delegations.csv``,
    #: a calendar): data files and imported timeline items cite it.
    file: str | None = None


class EventInfo(Cited):
    name: Text
    short_name: str | None = None
    series: str | None = None
    number: int | None = Field(default=None, ge=1)
    place: Text
    country: str | None = None
    date: PartialDate
    #: What is known (or not) about the date, when the sources do not give the day.
    date_note: str | None = None
    host: str | None = None


class SpeechInfo(Model):
    title: Text
    speaker: Person
    delivery_note: str | None = None
    #: File with the statement as delivered, relative to the event folder.
    file: str = "speech.txt"
    source: Id | None = None
    language: str = "en"


class KeyPoint(Fact):
    """A fact with a short heading, for lists where each item needs a lead-in."""

    title: Text


class Initiative(Fact):
    name: Text
    date: PartialDate | None = None


class Principle(Fact):
    """A guiding thought of a proposal, with its sub-points."""

    title: Text
    points: Items[Fact] = Field(default_factory=list)


class Quotation(Cited):
    text: Text
    attribution: Text


class Proposal(Cited):
    name: Text
    summary: Text
    origin: Fact
    aims: Items[Fact] = Field(default_factory=list)
    principles: Items[Principle] = Field(default_factory=list)
    is_not: Items[Fact] = Field(default_factory=list)
    definition: Quotation | None = None


TimelineKind = Literal["milestone", "consultation", "summit", "meeting", "planned", "other"]


#: A time of day as a calendar or a programme gives it, 24-hour: "09:30".
TimeOfDay = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
#: A time zone as calendars name it ("Europe/Paris", "UTC", "+02:00").
Zone = Annotated[str, Field(pattern=r"^[A-Za-z0-9_+:/-]{1,64}$")]


class TimelineItem(Cited):
    date: PartialDate
    #: Optional time of day, in ``timezone`` (as the calendar gave it, not converted).
    time: TimeOfDay | None = None
    end_time: TimeOfDay | None = None
    timezone: Zone | None = None
    title: Text
    kind: TimelineKind = "meeting"
    place: str | None = None
    #: Why the item matters; an item imported from a calendar may not say yet.
    significance: Text | None = None
    #: True when the item has not happened yet as of the speech.
    planned: bool = False

    @property
    def time_span(self) -> str:
        """ "09:30–10:30 Europe/Paris", or "" for an item without a time."""
        if not self.time:
            return ""
        span = self.time + (f"–{self.end_time}" if self.end_time else "")
        return f"{span} {self.timezone}" if self.timezone else span


class GlossaryEntry(Model):
    term: Text
    expansion: Text
    note: str | None = None


class Vision(Fact):
    name: Text


class Event(Model):
    """Everything the templates may print about one event."""

    event: EventInfo
    speech: SpeechInfo
    summary: Text
    key_messages: list[Fact] = Field(min_length=1, max_length=MAX_ITEMS)
    background: Items[KeyPoint] = Field(default_factory=list)
    record: Items[Initiative] = Field(default_factory=list)
    proposal: Proposal | None = None
    timeline: Items[TimelineItem] = Field(default_factory=list)
    next_steps: Items[Fact] = Field(default_factory=list)
    asks: Items[Fact] = Field(default_factory=list)
    sensitivities: Items[Fact] = Field(default_factory=list)
    talking_points: Items[Fact] = Field(default_factory=list)
    vision: Vision | None = None
    glossary: Items[GlossaryEntry] = Field(default_factory=list)
    sources: Items[Source] = Field(default_factory=list)
    #: The event's own data, free-form: templates read it as ``data.<name>``,
    #: together with the files in the event's data/ folder (event_data.py).
    data: dict[str, Any] = Field(default_factory=dict)

    def sorted_timeline(self) -> list[TimelineItem]:
        return sorted(self.timeline, key=lambda item: (item.date.sort_key(), item.time or ""))
