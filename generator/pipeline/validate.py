"""``briefkit validate``: check everything a build of an event would use, without rendering.

One run reports every problem: the content and its citations, the event's
data and the schemas its documents declare, the theme, the document
configuration, and the templates and labels the documents use.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..config.event_setup import EventSetup, setup_event
from ..config.project import Project
from ..config.theme_check import check_fonts, check_theme
from ..content.load import walk_cited

log = logging.getLogger(__name__)


@dataclass
class Report:
    """What validate found in one event: all fine, with warnings and notes."""

    setup: EventSetup
    warnings: list[str] = field(default_factory=list)
    #: Things worth knowing that are not wrong (a document left out for lack of data).
    notes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        loaded = self.setup.loaded
        cited = sum(1 for _, item in walk_cited(loaded.event) if item.cite)
        extra = f", {len(loaded.data)} data set(s)" if loaded.data else ""
        draft = (
            f"; a draft: {len(loaded.to_check)} value(s) still TO CHECK, pages marked DRAFT"
            if loaded.to_check
            else ""
        )
        return (
            f"{loaded.id}: ok ({len(loaded.speech.paragraphs)} speech paragraphs, {cited} cited items, "
            f"{len(loaded.event.timeline)} timeline items{extra}){draft}"
        )


def validate_event(project: Project, folder: Path) -> Report:
    """Check one event as a build would; raises one error listing every problem."""
    setup = setup_event(project, folder, check_templates=True)
    report = Report(setup)
    report.warnings += check_theme(setup.theme) + check_fonts(setup.theme)
    report.warnings += [str(problem) for problem in setup.loaded.to_check]
    for doc_id, names in setup.without_content.items():
        report.notes.append(
            f"{doc_id}: not built for this event, whose {' and '.join(names)} is empty (nor put in the pack)"
        )
    for doc_id, names in setup.without_data.items():
        note = f"{doc_id}: not built for this event, which has no {', '.join('data.' + n for n in names)}"
        # Worth saying where the event has data of its own (a misnamed file?);
        # for an event without any, only with -v.
        if setup.loaded.data:
            report.notes.append(note)
        else:
            log.info("%s: %s", setup.loaded.id, note)
    return report
