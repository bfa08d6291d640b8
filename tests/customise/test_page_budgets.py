"""Page budgets (documents.toml ``pages = [min, max]``) are checked after layout."""

from __future__ import annotations

import pytest
from customise_helpers import long_event, project
from helpers import EVENT, assert_ok, assert_user_error, pdf_pages, run_cli

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
