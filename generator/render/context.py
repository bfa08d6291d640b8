"""Build the one context every template receives, and nothing else.

Templates see only what is documented here (docs/templates.md lists it), so
an override written for one event works for the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypedDict

from markupsafe import Markup

from .. import __version__
from ..config.documents import DocumentSet, DocumentSpec, PackSpec
from ..config.source_date import source_date_epoch
from ..config.theme import Theme, length_to_pt, logo_data_uri
from ..content.drafts import PLACEHOLDER, for_print
from ..content.drafts import marking as draft_marking
from ..content.load import LoadedEvent
from ..content.models import Event, Source, TimelineItem
from ..content.partial_date import PartialDate
from ..content.speech import Speech
from .timeline_chart import Chart, layout


class BuildInfo(TypedDict):
    version: str
    #: ISO 8601 creation time; fixed by SOURCE_DATE_EPOCH for reproducible builds.
    created: str


class Part(TypedDict):
    """One document inside the pack, already rendered to an ``<article>``."""

    id: str
    title: str
    description: str
    html: Markup


class TemplateContext(TypedDict, total=False):
    event: Event
    speech: Speech
    doc: DocumentSpec | PackSpec
    theme: Theme
    labels: dict[str, str]
    build: BuildInfo
    #: Timeline items sorted by date (undated planned items last).
    timeline: list[TimelineItem]
    #: True while rendering a document for the pack, where citations link to the annex.
    in_pack: bool
    #: Who wrote the documents: the preparing office (``Theme.office``), "" if the theme names none.
    author: str
    keywords: list[str]
    footer_text: str
    stylesheet: Markup
    #: The theme's logo as a data: URI, or "" when the theme has none.
    logo: str
    timeline_chart: Callable[[list[TimelineItem]], Chart]
    source_title: Callable[[str], str]
    #: The event's own data by name: event.yaml's ``data:`` and the files in data/.
    data: dict[str, Any]
    #: The ``sources:`` entry a data file comes from (None for event.yaml's own data).
    data_source: Callable[[str], Source | None]
    #: Only in the pack template.
    parts: list[Part]
    pack: PackSpec


def build_time() -> dt.datetime:
    """Now, or the time SOURCE_DATE_EPOCH names, so builds can be reproducible."""
    return source_date_epoch() or dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


def make_context(
    loaded: LoadedEvent,
    doc: DocumentSpec | PackSpec,
    theme: Theme,
    labels: dict[str, str],
    docs: DocumentSet,
    *,
    stylesheet: str = "",
    in_pack: bool = False,
) -> TemplateContext:
    event = loaded.event
    if loaded.to_check:
        # A draft: no placeholder is printed, and every page says DRAFT (content/drafts.py).
        event = for_print(event)
        theme = theme.model_copy(
            update={
                "marking": theme.marking.model_copy(
                    update={"classification": draft_marking(theme.marking.classification)}
                )
            }
        )
    date_format = date_formatter(theme, labels)
    sources = {s.id: s for s in event.sources}
    footer = " · ".join(x for x in (event.event.name, theme.marking.footer) if x and x != PLACEHOLDER)
    return TemplateContext(
        event=event,
        speech=loaded.speech,
        doc=doc,
        theme=theme,
        labels=labels,
        build=BuildInfo(version=__version__, created=build_time().isoformat()),
        timeline=event.sorted_timeline(),
        in_pack=in_pack,
        author=theme.office,
        keywords=_keywords(event),
        footer_text=footer,
        stylesheet=Markup(stylesheet),
        logo=logo_data_uri(theme),
        timeline_chart=lambda items: layout(items, date_format, text_width_pt(theme)),
        source_title=lambda sid: sources[sid].title if sid in sources else sid,
        data=loaded.data_values,
        data_source=lambda name: sources.get(loaded.data[name].source or "") if name in loaded.data else None,
    )


def text_width_pt(theme: Theme) -> float:
    """The width of the page's text, which a figure fills (``figure svg { width: 100% }``)."""
    page = theme.page
    paper = page.size_mm[0] * 72 / 25.4
    return paper - length_to_pt(page.margin_inner) - length_to_pt(page.margin_outer)


def date_formatter(theme: Theme, labels: dict[str, str]) -> Callable[[Any], str]:
    def fmt(value: Any) -> str:
        if value is None:
            return ""
        return PartialDate.parse(value).format(theme.locale.language, labels.get("planned", "Planned"))

    return fmt


def _keywords(event: Event) -> list[str]:
    words = [event.event.name, event.event.place]
    if event.event.series:
        words.append(event.event.series)
    if event.proposal:
        words.append(event.proposal.name)
    words.extend(entry.term for entry in event.glossary[:8])
    return list(dict.fromkeys(words))
