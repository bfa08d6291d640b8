"""bench/extract/formats.py --all: a rebuilt evaluation folder gets every other-format file its expectations
list, each made as its entry's note says (the HTML's furniture count), so that it scores as the first did."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "bench" / "extract" / "formats.py"

EXPECTED = """
[[statement]]
id = "kost-harbour-2010"
files = ["kost-harbour-2010.txt", "kost-harbour-2010.html", "kost-harbour-2010.docx"]
source = "own words"
set = "dev"
note = "A port authority's page: two lines of site furniture first. HTML with --chrome 2."

[[statement]]
id = "vale-council-2011"
files = ["vale-council-2011.txt", "vale-council-2011.noblank.txt"]
source = "own words"
set = "dev"

[[statement]]
id = "absent-2012"
files = ["absent-2012.txt", "absent-2012.docx"]
source = "own words"
set = "dev"
"""

HARBOUR = """Lindhaven Port Authority

Home | News | Contact

Remarks by the Harbour Master
Lindhaven, 4 May 2010

We met the river commission on 2 March 2010.
"""

COUNCIL = """Statement of the Vale Council

The council sat on 7 June 2011.

Its next sitting is in September.
"""


def _run(folder: Path, expected: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(FORMATS), str(folder), "--all", "--expected", str(expected)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_listed_format_is_made_with_its_notes_furniture(tmp_path: Path):
    expected = tmp_path / "expected.toml"
    expected.write_text(EXPECTED, encoding="utf-8")
    (tmp_path / "kost-harbour-2010.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "vale-council-2011.txt").write_text(COUNCIL, encoding="utf-8")

    run = _run(tmp_path, expected)

    # The statement whose text is missing is named, nothing is made for it, and the run says it fell short.
    assert run.returncode == 1
    assert "absent-2012: no absent-2012.txt" in run.stderr
    assert not (tmp_path / "absent-2012.docx").exists()
    assert "3 files made, 1 left out" in run.stdout

    page = (tmp_path / "kost-harbour-2010.html").read_text(encoding="utf-8")
    header, main = page.split("</header>")
    assert "Lindhaven Port Authority" in header and "Home | News | Contact" in header
    assert "Remarks by the Harbour Master" in main and "Remarks by" not in header

    with zipfile.ZipFile(tmp_path / "kost-harbour-2010.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert body.count("<w:p>") + body.count("<w:p ") == 5  # one Word paragraph per line of text

    noblank = (tmp_path / "vale-council-2011.noblank.txt").read_bytes()
    assert noblank == b"Statement of the Vale Council\r\nThe council sat on 7 June 2011.\r\n" + (
        b"Its next sitting is in September.\r\n"
    )


def test_one_file_is_still_made_by_its_id_and_format(tmp_path: Path):
    (tmp_path / "vale-council-2011.txt").write_text(COUNCIL, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(FORMATS), str(tmp_path), "vale-council-2011", "html", "--chrome", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    header = (tmp_path / "vale-council-2011.html").read_text(encoding="utf-8").split("</header>")[0]
    assert "Statement of the Vale Council" in header and "next sitting" not in header
