"""bench/extract/e2e.py: every statement of a set taken from `init` to a built pack, as a user would, and a
failure at any step named with its step — so that a statement the extractor cannot draft is counted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
E2E = ROOT / "bench" / "extract" / "e2e.py"

EXPECTED = """
[[statement]]
id = "vale-council-2011"
files = ["vale-council-2011.txt", "vale-council-2011.pdf"]
source = "own words"
set = "dev"

[[statement]]
id = "not-copied-2012"
files = ["not-copied-2012.txt"]
source = "own words"
set = "dev"
"""

COUNCIL = """Statement by Mira Holt, Chair of the Vale Council
Lindhaven, 8 June 2011

Members of the Council,

The council sat on 7 June 2011 to hear the river commission, which met in Lindhaven on 2 March 2011.

We ask the commission to publish its survey before the next sitting in September.
"""


@pytest.mark.slow
def test_a_set_goes_from_statement_to_pack_and_a_broken_file_is_named_with_its_step(tmp_path: Path):
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "vale-council-2011.txt").write_text(COUNCIL, encoding="utf-8")
    (folder / "vale-council-2011.pdf").write_bytes(b"%PDF-1.4\nnot a PDF body at all\n")
    expected = tmp_path / "expected.toml"
    expected.write_text(EXPECTED, encoding="utf-8")

    run = subprocess.run(
        [
            sys.executable,
            str(E2E),
            str(folder),
            "--set",
            "dev",
            "--expected",
            str(expected),
            "--keep",
            str(tmp_path / "project"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert run.returncode == 1, run.stdout + run.stderr
    assert (
        "1/2 files went from statement to a built, valid pack (1 listed but not in the folder)." in run.stdout
    )
    assert "| init | 2 | 1 |" in run.stdout and "| docx | 2 | 0 |" in run.stdout
    assert "vale-council-2011.pdf: init: exit" in run.stdout
    built = tmp_path / "project" / "build" / "vale-council-2011-txt"
    assert {p.suffix for p in built.iterdir()} >= {".pdf", ".docx", ".html"}
