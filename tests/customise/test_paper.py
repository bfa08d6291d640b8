"""Paper sizes, press-ready bleed and handout imposition, with the furniture right on every page."""

from __future__ import annotations

import re

import pytest
from customise_helpers import FOOTER_PT, HEADER_PT, boxes, build, mm_to_pt, needs_docx, project
from helpers import page_bands

from generator.config.theme import PAPER_MM
from generator.pipeline.output import output_stem
from generator.writers import OutputSettings

SIZES = {"a4": "A4", "a5": "A5", "letter": "letter"}
BLEED_MM = 3


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    """Build the long fact sheet once per paper option; returns {options: pdf path}."""
    from customise_helpers import long_event

    root = project(tmp_path_factory.mktemp("paper"), event=long_event())
    cache = {}

    def get(*options: str):
        if options not in cache:
            out = build(root, "-d", "fact-sheet", "-f", "pdf", *options)
            cache[options] = out / f"{output_stem('fact-sheet', 'pdf', _settings(options))}.pdf"
        return cache[options]

    return get


def _settings(options: tuple[str, ...]) -> OutputSettings:
    """The settings the command line makes of these options (which name the output file)."""
    given = dict(zip(options, [*options[1:], ""]))
    return OutputSettings(
        print_marks="--print" in options,
        copies_per_sheet=int(given.get("--copies-per-sheet", 1)),
        paper=SIZES.get(given.get("--paper", ""), given.get("--paper")) or None,
    )


def _size_pt(name: str) -> tuple[float, float]:
    w, h = PAPER_MM[name]
    return round(mm_to_pt(w), 1), round(mm_to_pt(h), 1)


@pytest.mark.parametrize("option", SIZES)
def test_paper_size_sets_mediabox_and_trimbox(paper, option):
    w, h = _size_pt(SIZES[option])
    pages = boxes(paper("--paper", option))
    assert len(pages) >= 2
    for box in pages:
        assert box["media"] == box["trim"] == (0, 0, w, h)


@pytest.mark.parametrize("option", SIZES)
def test_headers_and_page_numbers_on_every_page(paper, option):
    from pypdf import PdfReader

    pages = PdfReader(paper("--paper", option)).pages
    total = len(pages)
    for n, page in enumerate(pages, 1):
        head, foot = page_bands(page, HEADER_PT, FOOTER_PT)
        assert "Fact Sheet" in head and "UNCLASSIFIED" in head, (option, n, head)
        assert re.findall(r"Page \d+ of \d+", foot) == [f"Page {n} of {total}"], (option, n, foot)


def test_a5_needs_more_pages_than_a4(paper):
    assert len(boxes(paper("--paper", "a5"))) > len(boxes(paper("--paper", "a4")))


def test_print_adds_bleed_around_the_trimmed_page(paper):
    w, h = _size_pt("A4")
    bleed = round(mm_to_pt(BLEED_MM), 1)
    pages = boxes(paper("--print"))
    assert len(pages) == len(boxes(paper("--paper", "a4")))
    for box in pages:
        assert box["trim"] == (0, 0, w, h)
        assert box["media"] == box["bleed"] == (-bleed, -bleed, round(w + bleed, 1), round(h + bleed, 1))


def test_no_bleed_without_print(paper):
    box = boxes(paper("--paper", "a4"))[0]
    assert box["bleed"] == box["media"]


def test_two_a5_copies_per_a4_sheet(paper):
    a5 = boxes(paper("--paper", "a5"))
    sheets = boxes(paper("--paper", "a5", "--copies-per-sheet", "2"))
    # One sheet per A5 page, each holding two copies of that page side by side:
    # an A4 sheet in landscape.
    assert len(sheets) == len(a5)
    # Two A5 pages (2 × 148 mm) go on a real A4 sheet (297 mm) turned
    # landscape, the spare millimetre shared out as gutters.
    a4_w, a4_h = PAPER_MM["A4"]
    for box in sheets:
        assert box["media"] == (0, 0, round(mm_to_pt(a4_h), 1), round(mm_to_pt(a4_w), 1))


def test_copies_on_a_sheet_are_the_same_page(paper):
    from helpers import normalise
    from pypdf import PdfReader

    single = [normalise(p.extract_text()) for p in PdfReader(paper("--paper", "a5")).pages]
    imposed = [
        normalise(p.extract_text())
        for p in PdfReader(paper("--paper", "a5", "--copies-per-sheet", "2")).pages
    ]
    for one, two in zip(single, imposed):
        first_line = one[:60]
        assert two.count(first_line) == 2, first_line


@pytest.mark.slow
def test_print_outputs_have_their_own_names_and_never_replace_the_ordinary_ones(tmp_path):
    import json

    from helpers import assert_ok, run_cli

    root = project(tmp_path)
    out = build(root, "-d", "fact-sheet", "-d", "briefing-pack", "-f", "pdf", "-f", "html")
    ordinary = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert set(ordinary) == {"fact-sheet.pdf", "fact-sheet.html", "briefing-pack.pdf", "briefing-pack.html"}
    build(root, "-d", "fact-sheet", "-f", "pdf", "-f", "html", "--paper", "a5", "--copies-per-sheet", "2")
    build(root, "-d", "briefing-pack", "-f", "pdf", "--print")
    for name, data in ordinary.items():
        assert (out / name).read_bytes() == data, f"{name} was replaced"
    assert boxes(out / "fact-sheet.a5-2up.pdf")[0]["media"][2] > boxes(out / "fact-sheet.pdf")[0]["media"][2]
    assert (out / "fact-sheet.a5.html").is_file()  # the paper changes the preview too; the copies do not
    press = boxes(out / "briefing-pack.print.pdf")[0]
    assert press["media"] != press["trim"]
    # The manifest knows every output, so none of them is rebuilt without cause.
    manifest = json.loads((out / ".briefkit-manifest.json").read_text(encoding="utf-8"))["documents"]
    assert {name: sorted(entry["outputs"]) for name, entry in manifest.items()} == {
        "fact-sheet": ["html", "pdf"],
        "briefing-pack": ["html", "pdf"],
        "fact-sheet.a5": ["html"],
        "fact-sheet.a5-2up": ["pdf"],
        "briefing-pack.print": ["pdf"],
    }
    for args in (
        ["-d", "fact-sheet", "-f", "pdf"],
        ["-d", "briefing-pack", "-f", "pdf", "--print"],
        ["-d", "fact-sheet", "-f", "pdf", "--paper", "a5", "--copies-per-sheet", "2"],
    ):
        assert "Everything is up to date." in assert_ok(run_cli(["build", *args], project=root))


def test_print_options_leave_the_ordinary_html_and_docx_alone(tmp_path):
    """--print and --copies-per-sheet change only the PDF, which they name: the HTML and DOCX
    of the same build are the ordinary ones, found current and neither rewritten nor changed,
    and going back and forth between print and plain builds rebuilds nothing unchanged."""
    from customise_helpers import formats
    from helpers import EVENT, assert_ok, run_cli

    root = project(tmp_path)
    # A pack with a contents list: its DOCX takes its page numbers from the PDF.
    args = [
        "-d",
        "fact-sheet",
        "-d",
        "briefing-pack",
        *formats("pdf", "docx", "html"),
        str(root / "content" / EVENT),
    ]
    assert_ok(run_cli(["build", *args], project=root))
    out = root / "build" / EVENT

    def ordinary() -> dict[str, tuple[bytes, int]]:
        return {
            p.name: (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(out.iterdir())
            if p.suffix in (".html", ".docx")
        }

    before = ordinary()
    assert {"fact-sheet.html", "briefing-pack.html"} <= set(before)
    assert all(b"bleed" not in data for data, _ in before.values())
    for options, pdf in (
        (["--print"], "fact-sheet.print.pdf"),
        (["--copies-per-sheet", "2"], "fact-sheet.2up.pdf"),
        (["--print", "--copies-per-sheet", "2"], "fact-sheet.2up-print.pdf"),
    ):
        text = assert_ok(run_cli(["build", *options, *args], project=root))
        assert ordinary() == before, options
        assert "wrote" in text and ".html" not in text and ".docx" not in text, text
        assert (out / pdf).is_file()
    press = boxes(out / "fact-sheet.print.pdf")[0]
    assert press["media"] != press["trim"]
    for options in ([], ["--print"], ["--copies-per-sheet", "2"]):
        assert "Everything is up to date." in assert_ok(run_cli(["build", *options, *args], project=root))
    assert ordinary() == before


@needs_docx
def test_a_docx_built_beside_copies_per_sheet_has_the_ordinary_page_numbers(tmp_path):
    from customise_helpers import docx_part

    root = project(tmp_path)
    plain = build(root, "-d", "briefing-pack", "-f", "pdf", "-f", "docx") / "briefing-pack.docx"
    numbered = docx_part(plain, "word/document.xml")
    assert "PAGEREF" in numbered
    build(root, "-d", "briefing-pack", "-f", "pdf", "-f", "docx", "--copies-per-sheet", "2")
    assert docx_part(plain, "word/document.xml") == numbered


def _a4(landscape: bool) -> tuple[float, ...]:
    w, h = (round(mm_to_pt(mm), 1) for mm in PAPER_MM["A4"])
    return (0, 0, h, w) if landscape else (0, 0, w, h)


def _dashed_lines(page) -> list[tuple[float, float, float, float]]:
    """The straight dashed lines drawn on a sheet, as (x0, y0, x1, y1) rounded to 0.1 pt."""
    lines, dashed, start = [], False, None
    for operands, op in page.get_contents().operations:
        if op == b"d":
            dashed = bool(operands[0])
        elif op == b"Q":
            dashed = False
        elif op == b"m":
            start = tuple(round(float(v), 1) for v in operands)
        elif op == b"l" and dashed and start:
            lines.append((*start, *(round(float(v), 1) for v in operands)))
    return lines


def test_four_a5_copies_go_on_an_a4_sheet_not_a3(paper):
    sheets = boxes(paper("--paper", "a5", "--copies-per-sheet", "4"))
    assert len(sheets) == len(boxes(paper("--paper", "a5")))
    for box in sheets:
        assert box["media"] == _a4(landscape=False)


def test_four_a4_copies_go_on_an_a4_sheet_not_a2(paper):
    for box in boxes(paper("--copies-per-sheet", "4")):
        assert box["media"] == _a4(landscape=False)


@pytest.mark.parametrize(("copies", "landscape"), [("2", True), ("4", False)])
def test_a_dashed_line_shows_where_to_cut(paper, copies, landscape):
    from pypdf import PdfReader

    _, _, w, h = _a4(landscape)
    expected = [(round(w / 2, 1), 0, round(w / 2, 1), h)]
    if copies == "4":
        expected.append((0, round(h / 2, 1), w, round(h / 2, 1)))
    for sheet in PdfReader(paper("--paper", "a5", "--copies-per-sheet", copies)).pages:
        assert sorted(_dashed_lines(sheet)) == sorted(expected)


def test_press_ready_copies_keep_their_crop_marks_inside_the_sheets_boxes(paper):
    from pypdf import PdfReader

    path = paper("--paper", "a5", "--copies-per-sheet", "2", "--print")
    for box in boxes(path):
        media, bleed, trim = box["media"], box["bleed"], box["trim"]
        assert media == _a4(landscape=True)
        # The trimmed copies, within their bleed, within the sheet: not the whole sheet.
        assert media[0] <= bleed[0] < trim[0] and trim[2] < bleed[2] <= media[2]
        assert media[1] <= bleed[1] < trim[1] and trim[3] < bleed[3] <= media[3]
    # Cut at each copy's crop marks, not down the middle.
    assert not any(_dashed_lines(sheet) for sheet in PdfReader(path).pages)


@needs_docx
def test_a_docx_built_alone_takes_its_page_numbers_from_the_ordinary_pdf(tmp_path):
    from customise_helpers import docx_part

    root = project(tmp_path)
    out = build(root, "-d", "briefing-pack", "-f", "pdf", "-f", "docx")
    numbered = docx_part(out / "briefing-pack.docx", "word/document.xml")
    build(root, "-d", "briefing-pack", "-f", "pdf", "--copies-per-sheet", "2")
    build(root, "-d", "briefing-pack", "-f", "docx", "--copies-per-sheet", "2")
    assert docx_part(out / "briefing-pack.docx", "word/document.xml") == numbered
