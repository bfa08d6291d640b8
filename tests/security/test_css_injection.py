"""Theme strings printed into the stylesheet cannot end the CSS string they are in.

The stylesheet is a Jinja2 template; HTML autoescaping leaves a newline and
a backslash alone, and either ends (or prolongs) a CSS string, so a font
name or a label from a shared theme could add rules of its own — such as
``content: url(x#/…)``, which read a file outside the project before the
fetcher confined the path it opens. Two defences, each tested alone:
control characters are refused when the theme is read, and every value the
stylesheet prints is CSS-escaped.
"""

from __future__ import annotations

import re

import tinycss2
from helpers import EVENT, assert_ok, line_of, pdf_text
from trust_helpers import Attack

from generator.config.event_setup import setup_event
from generator.config.project import Project
from generator.pipeline.build import render_stylesheet
from generator.writers import OutputSettings

HTML = ("-f", "html", "-d", "fact-sheet")
PDF = ("-f", "pdf", "-d", "fact-sheet")
#: A rule that draws a file outside the project, through a folder named "x#".
INJECTED = "} h1::after { content: url(x#/../../../../outside/canary.svg#z) } h1 {"


def _plant_hash_folder(a: Attack) -> None:
    a.write({f"content/{EVENT}/x#/keep.txt": "x\n"})


def test_theme_font_newline_css_injection_is_refused_at_load(attacked: Attack):
    """The attack of the issue: a newline in a font name, then a rule reading x#/…"""
    _plant_hash_folder(attacked)
    theme = f'[fonts]\nheading = ["Serif Pro\\n{INJECTED}", "serif"]\n'
    attacked.write({f"content/{EVENT}/theme.toml": theme})
    output = attacked.refused(attacked.build(*PDF), 2, "theme.toml:2", "fonts.heading[0]", "U+000A")
    assert line_of(theme, "heading =") == 2 and "one line" in output


def test_theme_marking_escape_sequence_is_refused_at_load(attacked: Attack):
    """Every theme string, not just fonts: an ESC in the footer marking."""
    theme = '[marking]\nclassification = "RESTRICTED"\nfooter = "Draft \\u001b[31m red"\n'
    attacked.write({f"content/{EVENT}/theme.toml": theme})
    output = attacked.refused(attacked.build(*HTML), 2, "theme.toml:3", "marking.footer", "U+001B")
    assert "\x1b" not in output


def test_label_newline_is_refused_at_load(attacked: Attack):
    """Labels (messages/*.toml) are printed in the stylesheet too (the page numbers)."""
    attacked.write({f"content/{EVENT}/messages/en.toml": f'page_before = "Page\\n{INJECTED}"\n'})
    attacked.refused(attacked.build(*HTML), 2, "en.toml:1", "page_before", "U+000A")


def test_label_backslash_css_injection_stays_text(attacked: Attack):
    """No control character needed: a label ending in a backslash escaped the
    closing quote, and the next label's text became CSS rules. Now both print as text."""
    _plant_hash_folder(attacked)
    attacked.write(
        {
            f"content/{EVENT}/messages/en.toml": (
                f'page_before = "Seite \\\\"\npage_between = " Zwischen {INJECTED} "\n'
            )
        }
    )
    assert_ok(attacked.build(*PDF))
    attacked.assert_nothing_leaked()
    text = pdf_text(attacked.build_dir / EVENT / "fact-sheet.pdf")
    assert "Seite \\1" in text.replace(" 1", "1") or "Seite \\ 1" in text, text[-400:]
    assert "Zwischen" in text and "canary.svg#z" in text


def _declarations(css: str, name: str) -> list[list]:
    """The value tokens of every ``name:`` declaration, at any depth."""
    found = []

    def walk(rules):
        for rule in rules:
            if rule.type == "declaration":
                if rule.lower_name == name:
                    found.append(rule.value)
            elif getattr(rule, "content", None):
                walk(tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True))

    walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return found


def _urls(tokens) -> list[str]:
    out = []
    for token in tokens:
        if token.type == "url" or (token.type == "function" and token.lower_name == "url"):
            out.append(tinycss2.serialize([token]))
        if getattr(token, "arguments", None):
            out += _urls(token.arguments)
        if getattr(token, "content", None) and token.type in ("() block", "[] block", "{} block"):
            out += _urls(token.content)
    return out


def test_stylesheet_escapes_every_theme_string(attacked: Attack):
    """Even with the load check bypassed, a font name and a label holding a
    newline, quotes, a backslash and ``</style>`` stay one CSS string each."""
    setup = setup_event(Project(attacked.root), attacked.event_dir)
    hostile = f"Serif \"Pro'\\\n{INJECTED}</style><p>"
    theme = setup.theme.model_copy(
        update={
            "fonts": setup.theme.fonts.model_copy(update={"heading": [hostile, "serif"], "body": [hostile]})
        }
    )
    labels = {**setup.labels, "page_before": hostile, "page_between": "\\", "page_after": '"'}
    setup = type(setup)(setup.loaded, theme, setup.documents, labels, setup.templates, setup.roots)
    css = render_stylesheet(setup, OutputSettings())
    assert "</style" not in css.lower() and "\n}" + " h1::after" not in css
    tokens = tinycss2.parse_component_value_list(css)
    assert _urls(tokens) == [], "the stylesheet holds a url() the theme put there"
    families = _declarations(css, "font-family")
    assert families, "no font-family declaration found"
    for value in families:
        strings = [t.value for t in value if t.type == "string"]
        assert strings and all(s == hostile for s in strings), strings
    contents = [
        v
        for v in _declarations(css, "content")
        if any(t.type == "function" and t.lower_name == "counter" for t in v)
    ]
    assert contents, "no page-number content declaration found"
    for value in contents:
        strings = [t.value for t in value if t.type == "string"]
        assert strings == [hostile, "\\", '"'], strings


# -- names shown in messages -----------------------------------------------------------

OSC = "\x1b]0;pwned\x07"
CSI = "\x1b[2J"


def test_terminal_escapes_in_an_event_folder_name_are_shown_escaped(attacked: Attack):
    """An event folder named with an OSC sequence (set the terminal's title) and a CSI
    (clear the screen): the error about the name shows it escaped."""
    (attacked.root / "content" / EVENT).rename(attacked.root / "content" / f"ev{OSC}{CSI}")
    result = attacked.build("-f", "html")
    output = attacked.refused(result, 4, "\\x1b]0;pwned\\x07", "\\x1b[2J")
    assert "\x1b" not in output and "\x07" not in output


def test_terminal_escapes_in_a_template_name_are_shown_escaped(attacked: Attack):
    """A documents.toml template name with an ESC, written raw in a TOML literal string
    (tomllib refuses raw controls in strings, but the check must not echo them)."""
    attacked.write(
        {
            f"content/{EVENT}/documents.toml": (
                '[documents.fact-sheet]\ntitle = "Facts"\ntemplate = "documents/x\\u001b[2J.html.j2"\n'
            )
        }
    )
    result = attacked.build("-f", "html", "-d", "fact-sheet")
    output = attacked.refused(result, 2, "documents.toml:3", "template", "U+001B")
    assert "\x1b" not in output


def test_a_warning_quoting_a_template_is_shown_escaped():
    """Log lines (warnings quoting the user's files) pass through the same escaping."""
    import logging

    from generator.cli import _SafeFormatter

    record = logging.LogRecord("generator", logging.WARNING, __file__, 1, "%s: %s", (f"x{OSC}", "y"), None)
    line = _SafeFormatter().format(record)
    assert line == "warning: x\\x1b]0;pwned\\x07: y"


# -- a theme's own rules read for the Word styles (writers/docx/css_looks.py) ---------------------

DOCX = ("-f", "docx", "-d", "fact-sheet")
THEME_CSS = f"content/{EVENT}/templates/css/theme.css.j2"


def _theme_rules(a: Attack, rules: str) -> None:
    a.write(
        {THEME_CSS: '{% extends "!builtin/css/theme.css.j2" %}{% block extra %}' + rules + "{% endblock %}"}
    )


def _heading_2_style(a: Attack) -> str:
    import zipfile

    with zipfile.ZipFile(a.build_dir / EVENT / "fact-sheet.docx") as docx:
        styles = docx.read("word/styles.xml").decode()
    found = re.search(r'<w:style [^>]*w:styleId="Heading2".*?</w:style>', styles, re.S)
    assert found, "no Heading 2 style"
    return found[0]


def test_a_theme_rule_with_malformed_numbers_does_not_stop_the_docx(attacked: Attack):
    """'1..2pt' and '.em' (WeasyPrint ignores them) made float() raise: a traceback, no DOCX."""
    _theme_rules(attacked, "h2 { padding: 1..2pt; letter-spacing: .em; border-left: 3..pt solid #ff0000 }")
    assert_ok(attacked.build(*DOCX))
    heading = _heading_2_style(attacked)
    assert 'w:left w:val="single" w:sz="6" w:space="0" w:color="FF0000"' in heading  # 0.75 pt: no width read
    attacked.assert_nothing_leaked()


def test_a_theme_rule_with_huge_lengths_is_held_to_words_limits(attacked: Attack):
    """Lengths past Word's limits were handed to python-docx, which refused them with a traceback."""
    _theme_rules(
        attacked,
        "h2 { padding: 99999999999mm; letter-spacing: 99999999999em; border-left: 9999999999pt solid #ff0000 }"
        " .doc-head { background: #ff0000; padding: " + "9" * 400 + "mm }",
    )
    assert_ok(attacked.build(*DOCX))
    heading = _heading_2_style(attacked)
    # Word's maxima: a rule of 12 pt (w:sz 96 eighths), 31 pt between rule and text.
    assert 'w:left w:val="single" w:sz="96" w:space="31" w:color="FF0000"' in heading
    spacing = re.search(r'<w:spacing w:val="(-?\d+)"/>', heading)
    assert spacing and 0 < int(spacing[1]) <= 96 * 20  # at most one em of the largest size
    attacked.assert_nothing_leaked()


def test_a_theme_font_starting_with_a_dash_is_a_family_not_an_option(attacked: Attack):
    """The DOCX writer asks fc-match for a heading font's file: a family '-f<path>' was read as
    fc-match's format option, which printed <path> back as the font file to open."""
    from generator.writers.docx import measure

    found = measure._font_file.__wrapped__(f"-f{attacked.canary('canary.woff')}", True)
    assert found is None or not found.startswith(str(attacked.outside))
