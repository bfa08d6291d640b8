"""bench/extract/crash_sweep.py's variants, on a statement invented for the test: none may crash the extractor.

The sweep itself reads the tuning statements (other people's text, not in the repository); these tests run
its mechanical variants on a statement written here, and a few of its invented statements, so that a
crash of the kinds it looks for is caught without the folder. A clean refusal (``BriefkitError`` with a
message) is allowed; the extractor's self-check failing ("produced an invalid draft") is not.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from extract_helpers import ROOT

from generator.errors import BriefkitError
from generator.extract import extract_file

#: Written for this test: a header with an occasion dated in brackets, a dateline, a salutation, and
#: paragraphs with dates in the shapes the sweep rewrites.
STATEMENT = """Statement by H.E. Ms. Ilsa Varn, Minister for Foreign Affairs of Kestland
Welcoming delegates to the Basin Summit (17/8/05)
Port Larn, 17 August 2005

Mr. President,

1. We met first in Osmera on 12 May 2003, and the Basin Forum of 3 March 2004 set the work we report on.

2. The water commission will meet again on 20 January 2006 in Port Larn, and the ministers in June 2006.

Thank you.
"""


def _sweep() -> ModuleType:
    if "bench_crash_sweep" in sys.modules:
        return sys.modules["bench_crash_sweep"]
    spec = importlib.util.spec_from_file_location(
        "bench_crash_sweep", ROOT / "bench" / "extract" / "crash_sweep.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_crash_sweep"] = module
    spec.loader.exec_module(module)
    return module


def _extract(path: Path) -> None:
    sweep = _sweep()
    try:
        extract_file(path, timeline_reader="hybrid")
    except BriefkitError as exc:
        assert not any(s in str(exc) for s in sweep.SELF_CHECK), str(exc)


def test_no_variant_of_a_statement_crashes_the_extractor(tmp_path):
    sweep = _sweep()
    kinds = set()
    for kind, data in sweep.variants(STATEMENT, random.Random(11)):
        kinds.add(kind)
        path = tmp_path / ("statement" + (Path(kind).suffix if kind.endswith((".html", ".docx")) else ".txt"))
        path.write_bytes(data)
        _extract(path)
    assert {
        "joined",
        "cut",
        "bracketed-round-slashed",
        "date-iso",
        "caps",
        "bom",
        "utf-16",
        "caps.docx",
    } <= kinds


def test_the_variants_rewrite_the_dates_they_say_they_do():
    sweep = _sweep()
    got = dict(sweep.variants(STATEMENT, random.Random(11)))
    assert "(12/5/03)" in got["bracketed-round-slashed"].decode()
    assert "2003-05-12" in got["date-iso"].decode()
    assert "May 12th, 2003" in got["date-month-ordinal"].decode()
    assert got["bom"].startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("seed", [1, 2])
def test_invented_statements_do_not_crash_the_extractor(tmp_path, seed):
    sweep = _sweep()
    rng = random.Random(seed)
    path = tmp_path / "statement.txt"
    for _ in range(15):
        path.write_text(sweep.invented(rng), encoding="utf-8")
        _extract(path)


def test_the_sweep_runs_without_the_folder(capsys):
    assert _sweep().main(["--random", "5", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "5 extractions" in out and "0 crashes" in out
