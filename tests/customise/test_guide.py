"""docs/customising.md, run step by step: every titled file is written, every command run.

The guide's fenced blocks are the script:

- a block whose info string has ``title="PATH"`` is a file to write (relative
  to the project); ``title="PATH (add at the end)"`` appends to it;
- each ``$ command`` line of a ``console`` block is run from the project
  folder, and the lines after it (up to the next ``$``) must be in its output.

Untitled blocks (error messages, examples) are only illustrations.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from customise_helpers import DEMO, LOGO_SUN, base_fonts, boxes, needs_docx, pdf_colours
from helpers import CONTENT, REPO, normalise, pdf_pages, run_cli
from lxml import html as lxml_html

GUIDE = REPO / "docs" / "customising.md"
FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```[ \t]*$", re.M | re.S)
TITLE = re.compile(r'title="(?P<path>[^"(]+?)\s*(?:\((?P<note>[^)]*)\))?"')
#: Shell commands the guide may use besides briefkit.
SHELL = {"mkdir", "cp"}


@dataclass
class Step:
    kind: str  # "file" or "run"
    path: str = ""
    text: str = ""
    append: bool = False
    argv: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)


def guide_steps(markdown: str) -> list[Step]:
    steps: list[Step] = []
    for fence in FENCE.finditer(markdown):
        info, body = fence["info"].strip(), fence["body"]
        title = TITLE.search(info)
        if title:
            note = (title["note"] or "").strip()
            assert note in ("", "add at the end"), f"unknown note in {info!r}"
            steps.append(Step("file", path=title["path"], text=body, append=note == "add at the end"))
        elif info == "console":
            for line in body.splitlines():
                if line.startswith("$ "):
                    steps.append(Step("run", argv=shlex.split(line[2:])))
                elif line.strip() and steps and steps[-1].kind == "run":
                    steps[-1].expected.append(line.strip())
    return steps


def run_step(step: Step, root: Path) -> str:
    if step.kind == "file":
        path = root / step.path
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a" if step.append else "w", encoding="utf-8") as fh:
            fh.write(step.text)
        return ""
    program, *args = step.argv
    if program == "briefkit":
        result = run_cli(args)
        assert result.exit_code == 0, f"$ {shlex.join(step.argv)}\n{result.output}"
        output = result.output
    else:
        assert program in SHELL, f"the guide runs '{program}', which this test does not know"
        output = subprocess.run(step.argv, cwd=root, check=True, capture_output=True, text=True).stdout
    for line in step.expected:
        assert line in output, f"$ {shlex.join(step.argv)}: {line!r} not in\n{output}"
    return output


def test_guide_has_eleven_numbered_steps():
    headings = re.findall(r"^## (\d+)\. ", GUIDE.read_text(encoding="utf-8"), re.M)
    assert headings == [str(n) for n in range(1, 12)]


def test_guide_script_is_complete():
    steps = guide_steps(GUIDE.read_text(encoding="utf-8"))
    files = [s.path for s in steps if s.kind == "file"]
    commands = [s.argv for s in steps if s.kind == "run"]
    # Every titled block and every command of the guide is found (not silently skipped).
    assert len(files) == GUIDE.read_text(encoding="utf-8").count('title="')
    assert len(commands) == len(re.findall(r"^\$ ", GUIDE.read_text(encoding="utf-8"), re.M))
    assert sum(1 for argv in commands if argv[0] == "briefkit") >= 12


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """A fresh project after following the whole guide."""
    root = tmp_path_factory.mktemp("guide") / "project"
    shutil.copytree(CONTENT / DEMO, root / "content" / DEMO)
    mp = pytest.MonkeyPatch()
    mp.chdir(root)
    try:
        for step in guide_steps(GUIDE.read_text(encoding="utf-8")):
            run_step(step, root)
    finally:
        mp.undo()
    return root


@pytest.mark.slow
@needs_docx  # the guide's commands build every format
def test_following_the_guide(walked):
    out = walked / "build" / "my-event"
    pack = out / "briefing-pack.pdf"
    pages = [normalise(p) for p in pdf_pages(pack)]
    text = " ".join(pages)
    # Step 3: tokens, marking, footer and logo.
    assert all(f.startswith("DejaVuSans") for f in base_fonts(pack))
    assert "#5b2a86" in pdf_colours(pack)
    assert all("RESTRICTED — DRAFT" in page for page in pages)
    assert "Draft for the delegation" in text
    assert LOGO_SUN in pdf_colours(pack)
    # Step 5 (previewed in English): the request moved to the top of the briefing note.
    note = normalise(lxml_html.parse(str(out / "briefing-note.html")).getroot().text_content()).casefold()
    assert note.index("summary") < note.index("request to the meeting") < note.index("key messages")
    assert note.count("request to the meeting") == 1
    # Steps 6 and 7: the speaker card and the key dates are in the pack's contents.
    contents = next(page for page in pages if page.startswith("Sommaire"))
    for title in ("Speaker Card", "Briefing Note", "Fiche d'information", "Meeting Timeline", "Key Dates"):
        assert title in contents, title
    # Step 6: the speaker card as PDF and DOCX.
    assert (out / "speaker-card.pdf").is_file() and (out / "speaker-card.docx").is_file()
    # Step 8: the press-ready briefing note has bleed around its trimmed page.
    box = boxes(out / "briefing-note.print.pdf")[0]
    assert box["media"] != box["trim"]
    assert (out / "fact-sheet.a5-2up.pdf").is_file()
    # Step 10: French labels and dates.
    assert "12 juin 2024" in text and "Page 2 sur" in text
    assert "L'essentiel" in normalise(lxml_html.parse(str(out / "fact-sheet.html")).getroot().text_content())
    # Step 11: the programme (from the calendar, in French), the delegations, the event.yaml data,
    # and the spreadsheet's visits in the timeline, citing it.
    programme = normalise(" ".join(pdf_pages(out / "programme.pdf")))
    assert "Heure" in programme and "09:00–10:00 Opening session" in programme
    delegations = normalise(lxml_html.parse(str(out / "delegation-list.html")).getroot().text_content())
    assert "4 délégations" in delegations and "H.E. Mr. Teodor Lindqvar" in delegations
    logistics = normalise(lxml_html.parse(str(out / "logistics.html")).getroot().text_content())
    assert "Harbour Hall, Dravenport (fictional): Plenary room, Terrace restaurant." in logistics
    import yaml

    event = yaml.safe_load((walked / "content" / "my-event" / "event.yaml").read_text(encoding="utf-8"))
    visits = [i for i in event["timeline"] if i.get("source") == "site-visits"]
    assert [(v["date"], v["time"], v["timezone"]) for v in visits] == [
        ("2024-06-13", "09:00", "Europe/Oslo"),
        ("2024-06-13", "14:00", "Europe/Oslo"),
    ]


def test_guide_output_matches_the_shipped_demo():
    # Step 1 shows the validate line of the demo's copy; it must stay true.
    result = run_cli(["validate", str(CONTENT / DEMO)])
    assert result.exit_code == 0, result.output
    shown = re.search(r"^my-event: ok (.*)$", GUIDE.read_text(encoding="utf-8"), re.M)[1]
    assert result.output.strip() == f"{DEMO}: ok {shown}"
