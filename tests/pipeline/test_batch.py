"""briefkit batch: a folder of statements → event folders and draft packs, with a TO CHECK summary."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import REPO, run_cli

FIXTURES = REPO / "tests" / "extract" / "fixtures"
STATEMENTS = {
    "norland-warning-2009.txt": FIXTURES / "norland-warning-2009.txt",
    "quorvia-no-header.txt": FIXTURES / "quorvia-no-header.txt",
    "Kelmar Fisheries (2011).docx": FIXTURES / "formats" / "kelmar-fisheries-2011.docx",
}

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1150000000")
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    folder = tmp_path / "statements"
    folder.mkdir()
    for name, source in STATEMENTS.items():
        shutil.copy(source, folder / name)
    (folder / "broken.txt").write_bytes(b"\x00\x01 not a statement")
    return root


def _rows(output: str) -> dict[str, list[str]]:
    """The summary table: statement file name → the other columns."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("statement"))
    rows = {}
    for line in lines[start + 1 :]:
        if line.startswith(("Error", "warning")) or not line.strip():
            break
        name, rest = re.split(r"\s{2,}", line, maxsplit=1)
        rows[name] = re.split(r"\s{2,}", rest.strip())
    return rows


def test_a_batch_makes_an_event_and_a_draft_pack_for_each_statement(project):
    result = run_cli(["batch", str(project.parent / "statements"), "-f", "html", "-j", "2"], project=project)

    assert result.exit_code == 2, result.output  # one statement could not be read
    assert "broken.txt" in result.output and "NUL" in result.output and "Traceback" not in result.output
    rows = _rows(result.output)
    assert set(rows) == {*STATEMENTS, "broken.txt"}
    assert rows["Kelmar Fisheries (2011).docx"][0] == "kelmar-fisheries-2011"
    from generator.content.load import load_event

    for name, (event, to_check, outputs) in ((n, rows[n]) for n in STATEMENTS):
        folder = project / "content" / event
        assert int(to_check) == len(load_event(folder).to_check), name
        pack = project / "build" / event / "briefing-pack.html"
        assert outputs == "1 written" and pack.is_file(), name
        html = pack.read_text(encoding="utf-8")
        assert "TO CHECK" not in html
        assert ("DRAFT" in html) == (int(to_check) > 0), name
    assert not (project / "content" / "broken").exists()


def test_a_batch_run_again_keeps_the_folders_and_builds_nothing(project):
    statements = str(project.parent / "statements")
    run_cli(["batch", statements, "-f", "html", "-j", "2"], project=project)
    yaml = project / "content" / "norland-warning-2009" / "event.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")

    again = run_cli(["batch", statements, "-f", "html", "-j", "2"], project=project)

    rows = _rows(again.output)
    assert rows["norland-warning-2009.txt"][2] == "1 written (folder kept)"  # its event.yaml changed
    assert rows["quorvia-no-header.txt"][2] == "up to date (folder kept)"
    assert yaml.read_text(encoding="utf-8").endswith("# edited by hand\n")
