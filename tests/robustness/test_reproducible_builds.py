"""Promise 7: with SOURCE_DATE_EPOCH set, the same input gives byte-identical PDF and DOCX."""

from __future__ import annotations

import io
import zipfile

import pytest
from helpers import EVENT, assert_ok, assert_user_error, make_project, run_cli, snapshot
from pypdf import PdfReader

EPOCH = "1160000000"  # 2006-10-04 22:13:20 UTC
DOCUMENTS = ("-d", "fact-sheet", "-d", "briefing-pack")


def _build(root, *extra: str, tz: str = "UTC", documents=DOCUMENTS) -> dict[str, bytes]:
    env = {"SOURCE_DATE_EPOCH": EPOCH, "TZ": tz}
    assert_ok(
        run_cli(
            ["build", "-j", "2", "--force", "-f", "pdf", "-f", "docx", *documents, *extra],
            project=root,
            env=env,
        )
    )
    return {
        name: data
        for name, data in snapshot(root / "build" / EVENT).items()
        if name.endswith((".pdf", ".docx"))
    }


@pytest.mark.slow
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


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("99999999999999", id="out-of-range"),
        pytest.param("253402300800", id="after-the-year-9999"),
        pytest.param("-1", id="negative"),
        pytest.param("1.5e9", id="not-an-integer"),
        pytest.param("yesterday", id="a-word"),
        pytest.param("1160000000\x1b]0;x\x07", id="terminal-escape"),
    ],
)
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_bad_source_date_epoch_is_one_clear_error_in_every_format(tmp_path, value, fmt):
    """Once an OSError traceback from the PDF, a BuildError from the DOCX and ignored by
    the HTML; now the same refusal, before anything is read, whatever the format."""
    root = make_project(tmp_path)
    result = run_cli(["build", "-f", fmt, "-d", "fact-sheet"], project=root, env={"SOURCE_DATE_EPOCH": value})
    output = assert_user_error(result, 2)
    assert "SOURCE_DATE_EPOCH=" in output and "seconds since 1970" in output
    assert "\x1b" not in output and "\x07" not in output
    assert snapshot(root / "build") == {}


def test_the_earliest_and_latest_source_date_epoch_build(tmp_path):
    """The edges of the range are accepted: 0 (the DOCX zip entries say 1980, as zip
    cannot say earlier) and the last second of the year 9999."""
    root = make_project(tmp_path)
    for value, year in (("0", "1970"), ("253402300799", "9999")):
        assert_ok(
            run_cli(
                ["build", "--force", "-f", "docx", "-f", "html", "-d", "fact-sheet"],
                project=root,
                env={"SOURCE_DATE_EPOCH": value},
            )
        )
        with zipfile.ZipFile(root / "build" / EVENT / "fact-sheet.docx") as docx:
            core = docx.read("docProps/core.xml").decode()
        assert f">{year}-" in core, core
