"""bench/extract/score.py's record of the folder copy the learnt weights were learnt from: ``train --check``
must tell a changed extractor from a rebuilt folder that lacks statements (the machine is reset now and
then, and not every statement comes back)."""

from __future__ import annotations

import json

from extract_helpers import score_module as _score_module


def _weights(folder_copy: dict) -> str:
    return json.dumps({"weights": {"bias": 0.5}, "folder": folder_copy}, indent=1, sort_keys=True) + "\n"


def test_the_copy_follows_the_plain_text_and_the_files_read_not_the_other_formats(tmp_path):
    score = _score_module()
    (tmp_path / "a.txt").write_text("Statement by Lena Kost\n", encoding="utf-8")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7 made at 10:00")
    (tmp_path / "b.txt").write_text("Remarks by Oren Vell\n", encoding="utf-8")
    first = score.folder_copy(tmp_path, ["a.txt", "a.pdf", "b.txt"])
    assert first["files"] == 3
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7 made at 11:00")  # LibreOffice's output is not byte-stable
    assert score.folder_copy(tmp_path, ["b.txt", "a.pdf", "a.txt"]) == first
    assert score.folder_copy(tmp_path, ["a.txt", "b.txt"]) != first  # a file missing from the copy
    (tmp_path / "b.txt").write_text("Remarks by Oren Vell.\n", encoding="utf-8")
    assert score.folder_copy(tmp_path, ["a.txt", "a.pdf", "b.txt"]) != first  # another text


def test_check_says_whether_the_folder_or_the_extractor_differs(tmp_path, capsys):
    score = _score_module()
    committed = tmp_path / "weights.json"
    copy = {"files": 3, "sha256": "0123456789abcdef"}
    committed.write_text(_weights(copy), encoding="utf-8")
    assert score.weights_check(committed, _weights(copy)) == 0
    assert "reproduced" in capsys.readouterr().out
    assert score.weights_check(committed, _weights({"files": 2, "sha256": "fedcba9876543210"})) == 1
    assert "another copy of the folder" in capsys.readouterr().out
    changed = _weights(copy).replace("0.5", "0.6")
    assert score.weights_check(committed, changed) == 1
    assert "extractor's candidates changed" in capsys.readouterr().out
