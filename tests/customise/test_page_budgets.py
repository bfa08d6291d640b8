"""Page budgets (documents.toml ``pages = [min, max]``) are checked after layout."""

from __future__ import annotations

import shutil

import pytest
from customise_helpers import long_event, project
from helpers import (
    CONTENT,
    DEFAULT_EVENT,
    EVENT,
    assert_ok,
    assert_user_error,
    make_project,
    pdf_pages,
    run_cli,
)

pytestmark = pytest.mark.slow  # lays out a long fact sheet

ONE_PAGE = "[documents.fact-sheet]\npages = [1, 1]\n"


def test_over_budget_is_a_warning_naming_the_document_and_the_overflow(tmp_path, caplog):
    root = project(tmp_path, {f"content/{EVENT}/documents.toml": ONE_PAGE}, event=long_event())
    assert_ok(run_cli(["build", "-d", "fact-sheet", "-f", "pdf"], project=root))
    pages = len(pdf_pages(root / "build" / EVENT / "fact-sheet.pdf"))
    assert pages > 1
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert (
        f"{EVENT}: fact-sheet has {pages} pages, {pages - 1} over its budget of 1–1 "
        "(documents.toml: pages = [1, 1])"
    ) in "\n".join(warnings)


def test_over_budget_is_an_error_under_strict_and_nothing_is_written(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/documents.toml": ONE_PAGE}, event=long_event())
    output = assert_user_error(
        run_cli(
            ["build", "--strict", "-d", "fact-sheet", "-d", "briefing-note", "-f", "pdf", "-f", "html"],
            project=root,
        ),
        4,
    )
    assert "over their page budget (--strict)" in output and "fact-sheet has" in output
    assert not (root / "build" / EVENT).exists()


def test_within_budget_is_quiet(tmp_path, caplog):
    root = project(tmp_path)
    assert_ok(run_cli(["build", "--strict", "-d", "fact-sheet", "-f", "pdf"], project=root))
    assert not [r for r in caplog.records if "budget" in r.getMessage()]


def test_a_budget_counts_pages_of_the_themes_paper_and_holds_the_same_content_on_a5(tmp_path, caplog):
    """The README's handout command warned on the shipped event: its fact sheet, within its [1, 2] A4
    pages, takes 3 A5 pages, the type scaled by the square root of the width and the page by the width."""
    root = make_project(tmp_path)
    shutil.copytree(CONTENT / DEFAULT_EVENT, root / "content" / DEFAULT_EVENT)
    args = ["build", "--strict", DEFAULT_EVENT, "-d", "fact-sheet", "-f", "pdf"]
    assert_ok(run_cli(args, project=root))
    assert_ok(run_cli([*args, "--paper", "a5"], project=root))
    a4 = len(pdf_pages(root / "build" / DEFAULT_EVENT / "fact-sheet.pdf"))
    a5 = len(pdf_pages(root / "build" / DEFAULT_EVENT / "fact-sheet.a5.pdf"))
    assert a4 <= 2 < a5, (a4, a5)  # over the A4 count, within the budget on A5
    # Still a budget there: one page of A4 is two of A5 at most.
    long = project(tmp_path / "long", {f"content/{EVENT}/documents.toml": ONE_PAGE}, event=long_event())
    assert_ok(run_cli(["build", "-d", "fact-sheet", "-f", "pdf", "--paper", "a5"], project=long))
    pages = len(pdf_pages(long / "build" / EVENT / "fact-sheet.a5.pdf"))
    warned = "\n".join(r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert (
        pages > 2 and f"fact-sheet has {pages} pages, {pages - 2} over its budget of 1–1, 2 on A5" in warned
    )
