"""A draft (values still TO CHECK) validates with a warning per value, builds marked DRAFT on every page
of every format without printing the words TO CHECK, and is refused by build --strict."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from extract_helpers import assert_clean_failure, run
from lxml import html as lxml_html
from pypdf import PdfReader

#: A statement whose header names no meeting, gives no date and no place, written for this test.
STATEMENT = """Remarks by Ms. Tilde Aske

Colleagues,

Our river authority has shared its flood maps with every town downstream, and we ask each of you to do the same within a year.

In March 2009 the Basin Conference adopted the flood charter that guides this work.

Thank you.
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    statement = root / "statement.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    result = run("--project", str(root), "init", "river-draft", "--speech", str(statement))
    assert result.exit_code == 0, result.output
    return root


def test_validate_lists_every_value_to_check_with_its_line(draft):
    result = run("--project", str(draft), "validate", "content/river-draft")
    assert result.exit_code == 0, result.output
    event = (draft / "content" / "river-draft" / "event.yaml").read_text(encoding="utf-8").splitlines()
    marked = [i for i, line in enumerate(event, 1) if re.search(r"^\s*[^#]*TO CHECK", line)]
    warnings = [
        line
        for line in result.output.splitlines()
        if line.startswith("warning:") and "still to check" in line
    ]
    assert marked and len(warnings) == len(marked)
    for number in marked:
        assert any(f"event.yaml:{number}:" in w for w in warnings), number
    assert "event.date" in result.output and "event.name" in result.output
    assert "a draft:" in result.output


def test_strict_build_refuses_a_draft(draft):
    result = run("--project", str(draft), "build", "content/river-draft", "--strict", "-f", "html")
    assert_clean_failure(result, 2, "is a draft", "TO CHECK", "event.yaml:")
    assert not (draft / "build" / "river-draft").exists()


@pytest.mark.slow
def test_every_page_of_every_format_says_draft_and_never_to_check(draft):
    result = run("--project", str(draft), "build", "content/river-draft")
    assert result.exit_code == 0, result.output
    out = draft / "build" / "river-draft"
    pdfs = sorted(out.glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        for number, page in enumerate(PdfReader(pdf).pages, 1):
            text = page.extract_text()
            assert "DRAFT" in text, f"{pdf.name} page {number}"
            assert "TO CHECK" not in text.upper(), f"{pdf.name} page {number}"
    for docx in sorted(out.glob("*.docx")):
        with zipfile.ZipFile(docx) as archive:
            headers = [
                archive.read(n).decode("utf-8")
                for n in archive.namelist()
                if re.match(r"word/header\d*\.xml", n)
            ]
            body = archive.read("word/document.xml").decode("utf-8")
        assert headers and all("DRAFT" in h for h in headers), docx.name
        assert "TO CHECK" not in body.upper() and not any("TO CHECK" in h for h in headers)
    for html in sorted(out.glob("*.html")):
        page = html.read_text(encoding="utf-8")
        assert 'data-marking="DRAFT' in page, html.name
        assert "TO CHECK" not in page.upper(), html.name


def test_an_empty_timeline_makes_no_timeline_document_and_says_so(tmp_path):
    statement = tmp_path / "undated.txt"
    statement.write_text(
        "Statement by Mr. Oren Vell\nLindhaven, 2 May 2011\n\nColleagues,\n\nWe ask every "
        "state on the river to publish its flood maps and to share them with its neighbours.\n",
        encoding="utf-8",
    )
    init = run("--project", str(tmp_path), "init", "no-dates", "--speech", str(statement))
    assert init.exit_code == 0, init.output
    validate = run("--project", str(tmp_path), "validate", "no-dates")
    assert "timeline: not built for this event, whose timeline is empty" in validate.output
    build = run("--project", str(tmp_path), "build", "no-dates", "-f", "html")
    assert build.exit_code == 0, build.output
    assert (
        "no-dates: no timeline document, nor its part of the pack: the event's timeline is empty"
        in build.output
    )
    out = tmp_path / "build" / "no-dates"
    assert not (out / "timeline.html").exists() and (out / "briefing-note.html").exists()
    pack = (out / "briefing-pack.html").read_text(encoding="utf-8")
    assert "Meeting Timeline" not in pack
    # Asked for by name, it is built, with a warning.
    asked = run("--project", str(tmp_path), "build", "no-dates", "-f", "html", "-d", "timeline")
    assert asked.exit_code == 0, asked.output
    assert (out / "timeline.html").exists()


def test_a_candidate_place_is_listed_to_check_and_never_printed(tmp_path):
    """A place read from the opening ("here in X") is held back: validate shows the candidate with its
    line, and the built pages print neither the placeholder nor the note."""
    statement = tmp_path / "here.txt"
    statement.write_text(
        "Remarks by Ms. Tilde Aske\n2 May 2011\n\nColleagues,\n\nIt is a pleasure to be here in Lindhaven "
        "with all of you, and we ask every state on the river to publish its flood maps this year.\n",
        encoding="utf-8",
    )
    init = run("--project", str(tmp_path), "init", "here-draft", "--speech", str(statement))
    assert init.exit_code == 0, init.output
    validate = run("--project", str(tmp_path), "validate", "here-draft")
    place_warning = [line for line in validate.output.splitlines() if "event.place" in line]
    assert place_warning and any("Lindhaven" in line for line in place_warning), validate.output
    build = run("--project", str(tmp_path), "build", "here-draft", "-f", "html")
    assert build.exit_code == 0, build.output
    for page in (tmp_path / "build" / "here-draft").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "TO CHECK" not in text.upper() and "perhaps “Lindhaven”" not in text, page.name


def _draft_pages(tmp_path: Path, name: str, statement: str) -> tuple[str, Path]:
    """``init`` a draft from ``statement`` and build its HTML: the event file's text and the build folder."""
    source = tmp_path / f"{name}.txt"
    source.write_text(statement, encoding="utf-8")
    init = run("--project", str(tmp_path), "init", name, "--speech", str(source))
    assert init.exit_code == 0, init.output
    build = run("--project", str(tmp_path), "build", name, "-f", "html")
    assert build.exit_code == 0, build.output
    return (tmp_path / "content" / name / "event.yaml").read_text(encoding="utf-8"), tmp_path / "build" / name


def _fact_cells(out: Path) -> dict[str, str]:
    """The fact sheet's table: each row's heading and its cell."""
    facts = lxml_html.fromstring((out / "fact-sheet.html").read_bytes())
    return {
        row.xpath("string(th)").strip(): row.xpath("string(td)").strip() for row in facts.xpath("//table//tr")
    }


def test_a_draft_leaves_out_what_it_lacks_instead_of_printing_dashes(tmp_path):
    """A news item that names no speaker, no meeting and proposes nothing: the pages print no empty
    key-messages box or heading, no run of dashes in a heading's line of facts, and a table cell still to
    check as one dash."""
    event, out = _draft_pages(
        tmp_path,
        "news-draft",
        "Talks open in Lindhaven\n\n4 May 2011\n\nDelegates of nine river states arrived in Lindhaven on "
        "Monday for two days of talks on the basin's flood maps. The talks close on Wednesday with a "
        "meeting of ministers.\n\nThe basin's towns have shared their maps since 2008.\n",
    )
    assert "TO CHECK: speaker" in event and "TO CHECK: the statement makes no proposal" in event
    for name in ("briefing-note", "fact-sheet", "speaker-card", "briefing-pack"):
        tree = lxml_html.fromstring((out / f"{name}.html").read_bytes())
        lines = tree.xpath("//*[contains(@class, 'meta') or contains(@class, 'subtitle')]")
        assert lines, name
        for line in lines:
            text = line.text_content()
            assert text.strip() and "—" not in text, (name, text)
        assert not tree.xpath("//*[contains(@class, 'callout-key')]"), name
        for heading in tree.xpath("//h2"):
            following = heading.getnext()
            assert following is not None and following.text_content().strip(), (name, heading.text_content())
        assert "“”" not in tree.text_content() and "“—”" not in tree.text_content(), name
    cells = _fact_cells(out)
    assert cells["Speaker"] == "—" and cells["Statement"] == "—" and cells["Date"] == "4 May 2011", cells


def test_a_draft_that_gives_no_meeting_place_or_date_prints_no_empty_line_of_facts(tmp_path):
    """Nothing of a heading's line of facts is given: the line is left out (no empty paragraph in the HTML
    the PDF and the DOCX are made from), and the fact sheet's date cell shows the one dash of a value still
    to check, as its other cells do."""
    event, out = _draft_pages(
        tmp_path,
        "talks-draft",
        "Delegates of nine river states arrived in Lindhaven on Monday for two days of talks on the basin's "
        "flood maps.\n\nThe talks close on Wednesday with a meeting of ministers. The basin's towns have "
        "shared their maps since 2008.\n\nWe propose that the gauges report every hour, and we ask the "
        "partners to fund ten new stations.\n",
    )
    assert "TO CHECK: date of the statement" in event and "TO CHECK: place of the meeting" in event
    pages = sorted(out.glob("*.html"))
    assert {p.stem for p in pages} >= {"briefing-note", "fact-sheet", "speaker-card", "briefing-pack"}, pages
    for page in pages:
        tree = lxml_html.fromstring(page.read_bytes())
        for line in tree.xpath("//p[contains(@class, 'meta') or contains(@class, 'subtitle')]"):
            assert line.text_content().strip(), (page.name, lxml_html.tostring(line))
    cells = _fact_cells(out)
    assert cells["Date"] == "—" and cells["Place"] == "—", cells


def _uncomment_item(lines: list[str], date: str) -> list[str]:
    """The event file's lines with the commented-out timeline item of ``date`` made live, as a person does
    in an editor: the "# " after the item's indentation taken off its lines."""
    start = lines.index(f"  # - date: '{date}'")
    end = start + 1
    while end < len(lines) and lines[end].startswith("  #   "):
        end += 1
    return lines[:start] + ["  " + line[4:] for line in lines[start:end]] + lines[end:]


def test_a_date_no_meeting_was_read_for_is_an_item_to_uncomment(tmp_path):
    """A date the rules tie to no meeting is written as a commented-out item under the words around it:
    uncommented, it is a valid timeline item whose title validate asks for; named, it is built."""
    statement = tmp_path / "loose.txt"
    statement.write_text(
        "Statement by Ms. Tilde Aske, Minister of Rivers\nLindhaven, 2 May 2011\n\nColleagues,\n\n"
        "On 1 July 2009 a deposit scheme for bottles entered into force in every basin state, and in 2007 "
        "the towns banned single-use bags.\n\n"
        "We met in Amsel on 3 March 2009 for the first Basin Summit, and we ask every state to publish its "
        "flood maps.\n",
        encoding="utf-8",
    )
    assert run("--project", str(tmp_path), "init", "loose", "--speech", str(statement)).exit_code == 0
    path = tmp_path / "content" / "loose" / "event.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()

    # each date under the words of its own part of the sentence
    def words_over(date: str) -> str:
        at = lines.index(f"  # - date: '{date}'")
        return " ".join(line.strip().lstrip("#").strip() for line in lines[at - 2 : at])

    assert "On 1 July 2009 a deposit scheme" in words_over("2009-07-01")
    assert "in 2007 the towns banned" in words_over("2007")

    lines = _uncomment_item(lines, "2009-07-01")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    title_line = next(i for i, line in enumerate(lines, 1) if "the meeting or event of 1 July 2009" in line)
    validate = run("--project", str(tmp_path), "validate", "loose")
    assert validate.exit_code == 0, validate.output
    assert any(f"event.yaml:{title_line}:" in line for line in validate.output.splitlines()), validate.output

    named = [
        line.replace("'TO CHECK: the meeting or event of 1 July 2009'", "Deposit scheme in force")
        for line in lines
    ]
    path.write_text("\n".join(named) + "\n", encoding="utf-8")
    validate = run("--project", str(tmp_path), "validate", "loose")
    assert validate.exit_code == 0 and f"event.yaml:{title_line}:" not in validate.output, validate.output
    build = run("--project", str(tmp_path), "build", "loose", "-f", "html", "-d", "timeline")
    assert build.exit_code == 0, build.output
    page = lxml_html.fromstring((tmp_path / "build" / "loose" / "timeline.html").read_bytes())
    text = " ".join(page.text_content().split())
    assert "Deposit scheme in force" in text and "July 2009" in text
