"""Every DOCX briefkit writes passes an independent OOXML validator (openxml-audit, Office 2016).

Built for every shipped theme and paper size, each combination for one
shipped event chosen so that every event meets every theme and every paper
(pairwise: half the time of the full product, the same parts exercised), and
for every document type (every entry of documents.toml and the pack), so a
new document type, theme or event is covered without touching this file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import CONTENT, TEMPLATES, assert_ok, documents_of, make_project, run_cli

try:
    from openxml_audit import FileFormat, OpenXmlValidator
except ImportError:  # pragma: no cover - it is in the test extra
    if os.environ.get("CI"):
        raise
    pytest.skip("openxml-audit is not installed (pip install -e '.[test]')", allow_module_level=True)

pytestmark = pytest.mark.slow

EVENTS = sorted(p.name for p in CONTENT.iterdir() if (p / "event.yaml").is_file())
THEMES = [None, *sorted(p.name for p in (TEMPLATES / "themes").iterdir() if (p / "theme.toml").is_file())]
PAPERS = ["a4", "a5", "letter", "legal"]


def document_ids(event: str) -> set[str]:
    """The documents an event gets: a programme only where there is a programme."""
    return set(documents_of(CONTENT / event).all_ids)


def test_every_document_type_is_built_for_some_event():
    from generator.config.documents import load_documents

    configured = set(load_documents([TEMPLATES / "documents.toml"]).all_ids)
    assert configured == set().union(*(document_ids(event) for event in EVENTS))


@pytest.fixture(scope="module")
def validator():
    return OpenXmlValidator(file_format=FileFormat.OFFICE_2016, max_errors=0)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("validator"), copy_content=True)


def _combinations() -> list[tuple[str | None, str, str]]:
    """Each (theme, paper) once, for a rotating event; then whatever pairs more events still need."""
    chosen = [
        (theme, paper, EVENTS[(t + p) % len(EVENTS)])
        for t, theme in enumerate(THEMES)
        for p, paper in enumerate(PAPERS)
    ]
    for event in EVENTS:
        for theme in THEMES:
            if not any(c[0] == theme and c[2] == event for c in chosen):
                chosen.append((theme, PAPERS[0], event))
        for paper in PAPERS:
            if not any(c[1] == paper and c[2] == event for c in chosen):
                chosen.append((THEMES[0], paper, event))
    return chosen


COMBINATIONS = [pytest.param(*c, id=f"{c[0] or 'built-in'}-{c[1]}-{c[2]}") for c in _combinations()]


def test_every_event_meets_every_theme_and_paper():
    pairs = [c.values for c in COMBINATIONS]
    for event in EVENTS:
        assert {theme for theme, _, e in pairs if e == event} == set(THEMES)
        assert {paper for _, paper, e in pairs if e == event} == set(PAPERS)


@pytest.mark.parametrize(("theme", "paper", "event"), COMBINATIONS)
def test_every_docx_passes_openxml_audit(project, validator, theme, paper, event):
    args = ["build", event, "-f", "docx", "--force", "-j", "2", "--paper", paper]
    if theme:
        args += ["--theme", theme]
    assert_ok(run_cli(args, project=project))
    wanted = document_ids(event)
    # --paper names the outputs (fact-sheet.a5.docx), so builds on other papers stay apart.
    folder = project / "build" / event
    built = {p.name.removesuffix(f".{paper}.docx"): p for p in folder.glob(f"*.{paper}.docx")}
    assert wanted <= set(built), f"{event}: no DOCX for {sorted(wanted - set(built))}"
    problems = []
    for doc_id, path in sorted(built.items()):
        result = validator.validate(path)
        problems += [f"{event}/{doc_id}.docx: {error}" for error in result.errors]
    assert not problems, "\n".join(problems)
