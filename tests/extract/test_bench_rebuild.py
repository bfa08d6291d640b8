"""bench/extract/rebuild.py and score.py --present: a partial copy of the evaluation folder, made again
after a machine reset, is checked byte for byte and measured as what it is."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import sys
from pathlib import Path

from extract_helpers import ROOT
from extract_helpers import score_module as _score_module


def _rebuild():
    sys.modules.setdefault("score", _score_module())  # rebuild.py imports its sibling as a script does
    spec = importlib.util.spec_from_file_location("bench_rebuild", ROOT / "bench" / "extract" / "rebuild.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = (
    'Statement by Ms. Lena Kost\nLindhaven, 4 May 2010\n"Check against delivery"\nMr. Chairman, it is a pleas'
)


def _sums(tmp_path: Path, rebuild, monkeypatch, **texts: str) -> None:
    sums = tmp_path / "sums"
    sums.write_text(
        "".join(f"{hashlib.sha256(t.encode()).hexdigest()}  {i}.txt\n" for i, t in texts.items()),
        encoding="utf-8",
    )
    monkeypatch.setattr(rebuild, "SUMS", sums)


def test_an_excerpt_is_kept_only_when_it_is_the_committed_text(tmp_path, monkeypatch, capsys):
    rebuild = _rebuild()
    _sums(tmp_path, rebuild, monkeypatch, good=TEXT, bad=TEXT)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.json").write_text(json.dumps(TEXT), encoding="utf-8")  # the JSON string as it arrives
    (raw / "bad.json").write_text(json.dumps(TEXT.replace("May", "May ")), encoding="utf-8")
    assert rebuild.decode(tmp_path, []) == 1
    out = capsys.readouterr().out
    assert "good: ok" in out and "bad: DIFFERS" in out
    assert (tmp_path / "good.txt").read_bytes() == TEXT.encode()
    assert not (tmp_path / "bad.txt").exists()
    (raw / "bad.json").write_text(json.dumps({"url": "x", "excerpt": TEXT}), encoding="utf-8")
    assert rebuild.decode(tmp_path, ["bad"]) == 0


def test_a_shard_is_the_same_entries_whoever_has_copied_theirs(tmp_path, monkeypatch):
    rebuild = _rebuild()
    texts = {i: f"{TEXT} {i}" for i in ("a", "b", "c", "d", "e")}
    _sums(tmp_path, rebuild, monkeypatch, **texts)
    listed = [
        {"id": i, "set": s, "source": f"https://example.org/{i}.html", "origin": "X (a note)", "year": 2010}
        for i, s in zip("abcde", ("dev", "test12", "dev", "dev14", "dev2"))
    ]
    monkeypatch.setattr(rebuild, "entries", lambda: listed)
    first = [r["id"] for r in rebuild.wanted(tmp_path, "1/2")]
    second = [r["id"] for r in rebuild.wanted(tmp_path, "2/2")]
    assert first[0] == "b" and sorted(first + second) == list("abcde")  # held-out first, nothing twice
    (tmp_path / f"{second[0]}.txt").write_text(texts[second[0]], encoding="utf-8")
    (tmp_path / f"{first[1]}.txt").write_text("another copy of the page", encoding="utf-8")
    assert [r["id"] for r in rebuild.wanted(tmp_path, "1/2")] == first  # a differing copy is still wanted
    assert [r["id"] for r in rebuild.wanted(tmp_path, "2/2")] == second[1:]
    query = rebuild.wanted(tmp_path, "1/2")[0]["query"]
    assert query == "example.org b X 2010"


def test_present_scores_the_files_in_the_folder_and_counts_the_others(tmp_path, capsys):
    score = _score_module()
    level = logging.root.manager.disable
    try:
        _present(score, tmp_path, capsys)
    finally:  # the script silences logging for the whole process; later tests in this worker need it
        logging.disable(level)


def _present(score, tmp_path, capsys):
    (tmp_path / "here.txt").write_text(TEXT + "sure to be here.\n", encoding="utf-8")
    expected = tmp_path / "expected.toml"
    expected.write_text(
        "".join(
            f'[[statement]]\nid = "{i}"\nfiles = ["{i}.txt"]\nsource = "https://example.org/{i}"\n'
            f'set = "dev"\n[statement.header]\nspeaker = "Lena Kost"\n\n'
            for i in ("here", "gone")
        ),
        encoding="utf-8",
    )
    score.main([str(tmp_path), "--expected", str(expected), "--json"])
    whole = json.loads(capsys.readouterr().out)
    assert [r["refused"] is not None for r in whole["results"]] == [False, True]
    score.main([str(tmp_path), "--expected", str(expected), "--json", "--present"])
    captured = capsys.readouterr()
    part = json.loads(captured.out)
    assert [r["file"] for r in part["results"]] == ["here.txt"]
    assert part["all"]["header_right"] == 1 and part["all"]["header_expected"] == 1
    assert "1 files not in the folder" in captured.err
