"""Page budgets: ``pages = [min, max]`` in documents.toml, checked after layout.

A fact sheet designed for one page that spills a line onto a second is a
different handout; nobody notices until it is printed. The PDF is the laid-out
document, so its page count is checked against the document's budget before
anything is written: over budget is a warning naming the document and the
overflow, and an error under ``--strict``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config.documents import DocumentSet
from ..errors import BuildError
from ..warn import warn_or_fail
from ..writers.pdf.anchors import page_count


@dataclass(frozen=True)
class Overflow:
    event_id: str
    doc_id: str
    pages: int
    budget: tuple[int, int]

    def __str__(self) -> str:
        low, high = self.budget
        over = self.pages - high
        return (
            f"{self.event_id}: {self.doc_id} has {self.pages} pages, {over} over its budget of "
            f"{low}–{high} (documents.toml: pages = [{low}, {high}]); shorten the content, use "
            "smaller type or margins, or raise the budget"
        )


def over_budget(event_id: str, doc_id: str, pdf: bytes, documents: DocumentSet) -> Overflow | None:
    """The overflow of one PDF, or None when it fits (or has no budget: the pack)."""
    spec = documents.documents.get(doc_id)
    if spec is None:
        return None
    pages = page_count(pdf)
    return Overflow(event_id, doc_id, pages, spec.pages) if pages > spec.pages[1] else None


def report(overflows: list[Overflow], strict: bool) -> None:
    """Warn about each overflow, or stop the build with all of them under --strict."""
    warn_or_fail(
        [str(o) for o in overflows],
        strict,
        lambda problems: BuildError(
            "Documents over their page budget (--strict); nothing was written:\n  " + "\n  ".join(problems)
        ),
    )
