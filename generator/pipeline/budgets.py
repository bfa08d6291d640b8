"""Page budgets: ``pages = [min, max]`` in documents.toml, checked after layout.

A fact sheet designed for one page that spills a line onto a second is a
different handout; nobody notices until it is printed. The PDF is the laid-out
document, so its page count is checked against the document's budget before
anything is written: over budget is a warning naming the document and the
overflow, and an error under ``--strict``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..config.documents import DocumentSet
from ..config.theme import Theme
from ..errors import BuildError
from ..warn import warn_or_fail
from ..writers.pdf.anchors import page_count


@dataclass(frozen=True)
class Overflow:
    event_id: str
    doc_id: str
    pages: int
    budget: tuple[int, int]
    #: The most pages allowed on the paper of this output (the budget's own on the theme's paper).
    allowed: int
    paper: str

    def __str__(self) -> str:
        low, high = self.budget
        over = self.pages - self.allowed
        here = f", {self.allowed} on {self.paper}" if self.allowed != high else ""
        return (
            f"{self.event_id}: {self.doc_id} has {self.pages} pages, {over} over its budget of "
            f"{low}–{high}{here} (documents.toml: pages = [{low}, {high}]); shorten the content, use "
            "smaller type or margins, or raise the budget"
        )


def over_budget(
    event_id: str, doc_id: str, pdf: bytes, documents: DocumentSet, theme: Theme
) -> Overflow | None:
    """The overflow of one PDF, or None when it fits (or has no budget: the pack).

    A budget counts pages of the paper the theme is drawn for; on other paper (``--paper a5`` for
    handouts) it holds as many pages as the refitted design needs for the same content."""
    spec = documents.documents.get(doc_id)
    if spec is None:
        return None
    pages = page_count(pdf)
    allowed = math.ceil(spec.pages[1] * theme.pages_per_drawn_page - 1e-9)
    return (
        Overflow(event_id, doc_id, pages, spec.pages, allowed, theme.page.size) if pages > allowed else None
    )


def report(overflows: list[Overflow], strict: bool) -> None:
    """Warn about each overflow, or stop the build with all of them under --strict."""
    warn_or_fail(
        [str(o) for o in overflows],
        strict,
        lambda problems: BuildError(
            "Documents over their page budget (--strict); nothing was written:\n  " + "\n  ".join(problems)
        ),
    )
