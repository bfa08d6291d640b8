"""Promise 7: with SOURCE_DATE_EPOCH set, the same input gives byte-identical PDF and DOCX."""

from __future__ import annotations

import io

from pypdf import PdfReader

from helpers import EVENT, assert_ok, make_project, run_cli, snapshot

EPOCH = "1160000000"  # 2006-10-04 22:13:20 UTC
DOCUMENTS = ("-d", "fact-sheet", "-d", "briefing-pack")


def _build(root, *extra: str, tz: str = "UTC", documents=DOCUMENTS) -> dict[str, bytes]:
    env = {"SOURCE_DATE_EPOCH": EPOCH, "TZ": tz}
    assert_ok(run_cli(["build", "-j", "2", "--force", "-f", "pdf", "-f", "docx", *documents, *extra],
                      project=root, env=env))
    return {name: data for name, data in snapshot(root / "build" / EVENT).items()
            if name.endswith((".pdf", ".docx"))}


def test_two_builds_are_byte_identical(tmp_path):
    first = _build(make_project(tmp_path / "first"))
    assert sorted(first) == ["briefing-pack.docx", "briefing-pack.pdf", "fact-sheet.docx", "fact-sheet.pdf"]
    # The same input, built again in another folder and another time zone.
    again = _build(make_project(tmp_path / "elsewhere" / "deeper"), tz="Asia/Tokyo")
    for name, data in first.items():
        assert again[name] == data, f"{name} differs between two builds (folder and time zone aside)"
    created = PdfReader(io.BytesIO(first["fact-sheet.pdf"])).metadata["/CreationDate"]
    assert created.startswith("D:20061004"), created


def test_two_accessible_builds_are_byte_identical(tmp_path):
    root = make_project(tmp_path)
    first = _build(root, "--pdf-standard", "pdf/ua-1", documents=("-d", "fact-sheet"))
    assert _build(root, "--pdf-standard", "pdf/ua-1", documents=("-d", "fact-sheet")) == first
