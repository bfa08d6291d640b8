"""A theme's own stylesheet rules reach the Word styles that stand for their selectors.

The conference theme's title band, heading bar and outlined boxes are CSS
rules of the theme (templates/themes/conference/css/theme.css.j2); the DOCX
writer reads the rules after the built-in stylesheet's marker
(writers/docx/css_looks.py) and gives the styles the shading and borders
Word can draw. Rounded corners cannot be drawn by a paragraph style.
"""

from __future__ import annotations

import pytest
from docx_helpers import NS, W
from helpers import TEMPLATES

from generator.config.theme import PT_PER_MM
from generator.writers.docx import css_looks

BUILTIN_RULES = "h2 { border-bottom: 2pt solid #123456; } .doc-head { background: #654321; }"
OWN_RULES = """
.doc-head { background: #0b6e6e; color: #fff; border-bottom: none; border-radius: 2.5mm;
            padding: 4mm 5mm 3.5mm; }
.doc-head h1 { color: #ffffff; }
h1, h2, h3, h4 { letter-spacing: 0.01em; }
h2 { border-bottom: none; padding: 0.4mm 0 0.4mm 2.6mm; border-left: 3pt solid #4b2a7b; }
h4 { font-style: normal; text-transform: uppercase; }
.callout { border-left: none; border: 0.9pt solid #4b2a7b; border-radius: 3mm; padding: 3mm 4.5mm 1.5mm; }
.callout-ask { border-color: #a0174f; background: #ffffff; }
blockquote p { font-weight: bold; color: #4b2a7b; }
nav.contents li { background: #e2f3f1; }
@media screen { h2 { border-left: 9pt solid #ff0000; } }
"""


def stylesheet(own: str) -> str:
    return f"{BUILTIN_RULES}\n{css_looks.MARKER}\n{own}"


def test_only_the_theme_s_own_rules_are_read():
    assert css_looks.looks(css_looks.own_rules(BUILTIN_RULES)) == {}
    found = css_looks.looks(css_looks.own_rules(stylesheet(OWN_RULES)))
    # The built-in rule before the marker and the screen-only rule are not read.
    assert found["Heading 2"].borders == {"bottom": None, "left": ("#4b2a7b", 3.0)}
    assert found["Document Title"].shading == "#0b6e6e" and found["Document Title"].colour == "#ffffff"
    assert found["Document Meta"].colour == "#ffffff"  # #fff, spelt out
    assert found["Heading 4"].italic is False and found["Heading 4"].caps is True
    assert found["Heading 3"].spacing_em == pytest.approx(0.01)
    # .callout-ask elements are .callout elements too: both rules, in the stylesheet's order.
    ask = found["Callout Ask"]
    assert set(ask.borders) == {"top", "left", "bottom", "right"} and ask.border_colour["left"] == "#a0174f"
    assert ask.shading == "#ffffff"
    assert found["Callout"].padding == pytest.approx(
        {"top": 3 * PT_PER_MM, "right": 4.5 * PT_PER_MM, "bottom": 1.5 * PT_PER_MM, "left": 4.5 * PT_PER_MM}
    )
    assert found["Quote"].bold is True
    # A selector no Word style stands for is left to the PDF.
    assert set(found) <= {name for names in css_looks.TARGETS.values() for name in names}


def borders(style) -> dict[str, tuple[str, str, str]]:
    pbdr = style.element.find("w:pPr/w:pBdr", NS)
    if pbdr is None:
        return {}
    return {
        side.tag.rpartition("}")[2]: (
            side.get(f"{{{W}}}color"),
            side.get(f"{{{W}}}sz"),
            side.get(f"{{{W}}}space"),
        )
        for side in pbdr
    }


def shading(style) -> str | None:
    shd = style.element.find("w:pPr/w:shd", NS)
    return None if shd is None else shd.get(f"{{{W}}}fill")


def test_the_styles_take_the_band_the_bar_and_the_outlined_box(render):
    document = render(
        '<header class="doc-head"><p class="kicker">K</p><h1>T</h1><p class="meta">M</p></header><h2>H</h2>',
        head=f"<title>T</title><style>{stylesheet(OWN_RULES)}</style>",
    )
    styles = document.styles
    # The band: the head's three styles shaded alike, with rules in the fill colour as padding,
    # so Word and LibreOffice draw one box; white type; no rule under it.
    band = [styles[name] for name in ("Document Kicker", "Document Title", "Document Meta")]
    assert [shading(s) for s in band] == ["0B6E6E"] * 3
    assert all(borders(s) == borders(band[0]) for s in band)
    assert set(borders(band[0])) == {"top", "left", "bottom", "right"}
    assert {colour for colour, _, _ in borders(band[0]).values()} == {"0B6E6E"}
    assert all(str(s.font.color.rgb) == "FFFFFF" for s in band)
    # The box stays inside the text column: indented by its rule and padding.
    left = borders(band[0])["left"]
    assert band[1].paragraph_format.left_indent.pt == pytest.approx(int(left[2]) + int(left[1]) / 8, abs=0.6)
    # The heading bar: a purple rule on the left, 2.6 mm from the text, no underline.
    h2 = borders(styles["Heading 2"])
    assert set(h2) == {"left"} and h2["left"][:2] == ("4B2A7B", "24")
    assert int(h2["left"][2]) == round(2.6 * PT_PER_MM)
    # The outlined box: four purple rules; the ask's in the marking colour on white.
    assert {c for c, _, _ in borders(styles["Callout"]).values()} == {"4B2A7B"}
    assert len(borders(styles["Callout"])) == 4
    assert {c for c, _, _ in borders(styles["Callout Ask"]).values()} == {"A0174F"}
    assert shading(styles["Callout Ask"]) == "FFFFFF"
    assert styles["Heading 4"].font.italic is False and styles["Heading 4"].font.all_caps


def test_without_own_rules_the_built_in_look_is_kept(render):
    document = render(
        '<header class="doc-head"><h1>T</h1><p class="meta">M</p></header><h2>H</h2>',
        head=f"<title>T</title><style>{BUILTIN_RULES}\n{css_looks.MARKER}\n</style>",
    )
    styles = document.styles
    assert set(borders(styles["Heading 2"])) == {"bottom"}
    assert shading(styles["Document Title"]) is None and not borders(styles["Document Title"])
    assert set(borders(styles["Document Meta"])) == {"bottom"}


def test_the_shipped_stylesheet_writes_the_marker():
    source = (TEMPLATES / "css" / "theme.css.j2").read_text(encoding="utf-8")
    before, marker, after = source.partition(css_looks.MARKER)
    assert marker and "{% block extra %}" in after and "{% block extra %}" not in before


def test_the_speaker_card_s_head_takes_its_own_band_colour(render):
    rules = ".doc-head { background: #0b6e6e; padding: 4mm 5mm; } .speaker-card .doc-head { background: #4b2a7b; }"
    document = render(
        '<header class="doc-head"><h1>Note</h1></header>'
        '<div class="speaker-card"><header class="doc-head"><p class="kicker">K</p><h1>Card</h1>'
        '<p class="meta">M</p></header><p>Point</p></div>',
        head=f"<title>T</title><style>{stylesheet(rules)}</style>",
    )
    assert [p.style.name for p in document.paragraphs if p.text] == [
        "Document Title",
        "Speaker Document Kicker",
        "Speaker Document Title",
        "Speaker Document Meta",
        "Speaker Text",
    ]
    styles = document.styles
    assert shading(styles["Document Title"]) == "0B6E6E"
    card = [styles[name] for name in css_looks.SPEAKER_HEAD]
    assert [shading(s) for s in card] == ["4B2A7B"] * 3
    # The .doc-head padding holds for the card's band too (its paragraphs are .doc-head's).
    assert borders(card[1])["left"] == ("4B2A7B", "8", str(round(5 * PT_PER_MM)))
    # The card's head is in the card's larger type, as in the PDF.
    assert styles["Speaker Document Meta"].font.size.pt > styles["Meta"].font.size.pt
