"""The running header with a wide logo and a long marking, looked at in the PDF;
logo tokens; missing fonts."""

from __future__ import annotations

import os
import re

import pytest
from customise_helpers import FOOTER_PT, HEADER_PT, build, docx_part, formats, project, small_event
from helpers import EVENT, assert_ok, normalise, page_bands, run_cli
from pypdf import PdfReader

MARKING = "RESTRICTED — FOR OFFICIAL USE ONLY — NOT FOR DISTRIBUTION BEYOND THE DELEGATION"
#: A logo ten times as wide as it is high, as a ministry's word mark often is.
WIDE_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">'
    '<rect width="600" height="60" fill="#1d3557"/></svg>'
)


def _images_drawn(page) -> list[tuple[float, float, float, float]]:
    """(width, height, left, bottom) in points of every image the page draws, following the
    content stream's transformations (q, Q, cm) down to each ``Do``."""
    from pypdf.generic import ContentStream

    xobjects = page["/Resources"].get("/XObject") or {}
    ctm, stack, drawn = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            ctm = [
                a * A + b * C,
                a * B + b * D,
                c * A + d * C,
                c * B + d * D,
                e * A + f * C + E,
                e * B + f * D + F,
            ]
        elif operator == b"Do" and operands[0] in xobjects:
            a, b, c, d, e, f = ctm
            width, height = (a * a + b * b) ** 0.5, (c * c + d * d) ** 0.5
            drawn.append((width, height, min(e, e + c), min(f, f + d)))
    return drawn


@pytest.mark.slow
def test_running_header_survives_a_wide_logo_and_a_long_marking(tmp_path):
    import cairosvg

    # A PNG, so that the PDF draws it as an image whose size can be read back.
    png = cairosvg.svg2png(bytestring=WIDE_LOGO.encode())
    theme = f'[marking]\nclassification = "{MARKING}"\nlogo = "assets/wide.png"\n'
    root = project(
        tmp_path,
        {f"content/{EVENT}/theme.toml": theme, f"content/{EVENT}/assets/wide.png": png},
        event=small_event(),
    )
    out = build(root, "-d", "fact-sheet", "-d", "briefing-note", *formats("pdf", "docx"))
    for name, title in (("fact-sheet", "Fact Sheet"), ("briefing-note", "Briefing Note")):
        for page in PdfReader(out / f"{name}.pdf").pages:
            head, foot = page_bands(page, HEADER_PT, FOOTER_PT)
            # The marking is whole, its words unbroken (wrapped at spaces, never hyphenated)…
            assert MARKING in head and MARKING in foot, (head, foot)
            assert "‐" not in head + foot and "-" not in head.replace(MARKING, "")
            # …and the title and the page number beside it are whole too.
            assert head.startswith(title) or f" {title} " in f" {head} ", head
            assert re.search(r"Page \d+ of \d+$", foot), foot
    # The header logo keeps its proportions within the theme's width (35 mm), not 70 mm at 7 mm high.
    page = PdfReader(out / "fact-sheet.pdf").pages[0]
    sizes = [(w, h) for w, h, _, y in _images_drawn(page) if y > float(page.mediabox.height) - HEADER_PT]
    assert sizes, "no logo drawn in the running header"
    width, height = sizes[0]
    assert width <= 35 * 72 / 25.4 + 0.5 and abs(width / height - 10) < 0.2
    if (out / "fact-sheet.docx").exists():
        header = docx_part(out / "fact-sheet.docx", r"word/header\d*\.xml")
        extent = re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"', header)
        assert extent, "no logo in the DOCX header"
        cx, cy = (int(v) / 12700 for v in extent.groups())  # EMU to points
        assert cx <= 35 * 72 / 25.4 + 0.5 and abs(cx / cy - 10) < 0.2


def test_logo_tokens_reach_the_stylesheet(tmp_path):
    theme = (
        '[marking]\nlogo = "assets/wide.svg"\nlogo_height = "10mm"\nlogo_width = "50mm"\n'
        'logo_header_height = "5mm"\nlogo_header_width = "30mm"\nlogo_position = "left"\n'
    )
    root = project(
        tmp_path, {f"content/{EVENT}/theme.toml": theme, f"content/{EVENT}/assets/wide.svg": WIDE_LOGO}
    )
    assert_ok(run_cli(["build", "-d", "fact-sheet", "-f", "html"], project=root))
    css = normalise((root / "build" / EVENT / "fact-sheet.html").read_text(encoding="utf-8"))
    assert "float: left; height: 10mm; width: auto; max-width: 50mm;" in css
    assert "height: 5mm; width: auto; max-width: 30mm;" in css


def test_a_logo_token_of_the_wrong_kind_is_refused(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/theme.toml": '[marking]\nlogo_position = "top"\n'})
    result = run_cli(["validate"], project=root)
    assert (
        result.exit_code == 2
        and "marking.logo_position" in result.output
        and "'left' or 'right'" in result.output
    )


def test_a_missing_font_is_a_warning_naming_the_font_used_instead(tmp_path):
    from generator.config.theme_check import installed_families, substitute

    if installed_families() is None:
        if os.environ.get("CI"):
            raise AssertionError(
                "fontconfig's fc-list is missing; CI installs it with WeasyPrint's libraries"
            )
        pytest.skip("fontconfig's fc-list is not installed")
    theme = '[fonts]\nbody = ["Garamond Premier Pro", "serif"]\nheading = ["Frutiger Next", "DejaVu Sans"]\n'
    root = project(tmp_path, {f"content/{EVENT}/theme.toml": theme})
    output = assert_ok(run_cli(["validate"], project=root))
    assert (
        f"fonts.body: 'Garamond Premier Pro' is not installed; the PDF uses '{substitute('serif')}' instead"
    ) in output
    assert "fonts.heading: 'Frutiger Next' is not installed; the PDF uses 'DejaVu Sans' instead" in output
    assert "fonts.mono" not in output
