"""bench/extract/agreement.py: how far two readers of the same statements agree, and how the extractor
scores on what both wrote — totals only, so held-out sets can be read this way."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_agreement", ROOT / "bench" / "extract" / "agreement.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_agreement"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


FIRST = """
[[statement]]
id = "a"
files = ["a.txt"]
source = "own words"
set = "test"
[statement.header]
speaker = "Lena Kost"
date = "2010-05-04"
place = "Lindhaven"
[[statement.meetings]]
date = "2009-11"
keywords = ["summit", "Basin"]
[[statement.meetings]]
date = "2010-03-02"
keywords = ["workshop"]
"""

SECOND = """
[[statement]]
id = "a"
[statement.header]
speaker = "H.E. Ms. Lena Kost"
date = "2010-05-04"
[[statement.meetings]]
date = "2009-11-20"
keywords = ["Basin Summit"]
quote = "the Basin Summit of 20 November 2009"
[[statement.meetings]]
date = "2008"
keywords = ["conference", "rivers"]
quote = "the rivers conference of 2008"
"""

TEXT = (
    "Statement by H.E. Ms. Lena Kost\nLindhaven, 4 May 2010\n\nMr. Chairman,\n\n"
    "Since the Basin Summit of 20 November 2009 the rivers have had common rules. The rivers conference of "
    "2008 asked for them.\n"
)


def test_two_readers_share_a_meeting_written_at_two_precisions_and_differ_on_the_rest(
    tmp_path, capsys, monkeypatch
):
    agreement = _agreement()
    # The script silences logging for its run (its table would drown); not for the tests after this one.
    monkeypatch.setattr(agreement.logging, "disable", lambda level: None)
    (tmp_path / "first.toml").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.toml").write_text(SECOND, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code = agreement.main(
        [str(tmp_path), str(tmp_path / "second.toml"), "--expected", str(tmp_path / "first.toml"), "--json"]
    )
    assert code == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    total = rows[-1]
    assert total["set"] == "all" and total["statements"] == 1
    # "2009-11" and "2009-11-20" are one meeting; the workshop and the 2008 conference are one reader's each
    assert total["shared"] == 1
    assert total["second finds first's"] == "1/2 (50%)" and total["first finds second's"] == "1/2 (50%)"
    assert total["header"]["speaker"]["agree"] == 1  # titles do not count
    assert total["header"]["place"]["first only"] == 1
    # the extractor is scored on the shared meeting and on the facts both readers give
    assert total["extractor, files"] == 1
    assert total["extractor recall, shared meetings"] == "1/1 (100%)"
    # the 2008 conference it also found is the second reader's meeting: wrong for one reader only
    assert total["extractor precision, first reader"] == "1/2 (50%)"
    assert total["extractor precision, either reader"] == "2/2 (100%)"
    assert total["extractor header facts right, agreed facts"] == "2/2 (100%)"
    assert "a.txt" not in json.dumps(rows)


def test_dates_meet_at_the_precision_both_give():
    agreement = _agreement()
    assert agreement.dates_meet("2008-07", "2008-07-07")
    assert agreement.dates_meet("2009-04-28/2009-04-29", "2009-04-29")
    assert not agreement.dates_meet("2008-07-08", "2008-07-07")
    assert not agreement.dates_meet("2008", "2009-01")
    sys.modules.pop("score", None)
