"""Mistakes in customisation end in one clear message naming the file, and write nothing."""

from __future__ import annotations

import shutil

import pytest
from customise_helpers import build, project
from helpers import EVENT, assert_ok, assert_user_error, line_of, run_cli, snapshot

from generator.config.paths import builtin_templates

THEME_FILE = f"content/{EVENT}/theme.toml"


def _fails(root, args, exit_code: int) -> str:
    """Build with ``args``: the exit code, a message, no traceback, build/ untouched."""
    before = snapshot(root / "build")
    output = assert_user_error(run_cli(["build", "-f", "html", *args], project=root), exit_code)
    assert snapshot(root / "build") == before
    return output


def test_unknown_theme_lists_the_known_ones(tmp_path):
    root = project(tmp_path)
    output = _fails(root, ["--theme", "ministery"], 2)
    assert output.startswith(
        "Error: Unknown theme 'ministery'; did you mean 'ministry'? Known themes: conference, ministry;"
    )
    assert "path of a theme folder" in output


def test_unknown_theme_path(tmp_path):
    """A path is not a name to be matched against the known themes: the folder is missing."""
    root = project(tmp_path)
    output = _fails(root, ["--theme", str(tmp_path / "no-such-folder")], 2)
    assert f"The theme folder '{tmp_path / 'no-such-folder'}' does not exist; give the path" in output
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    output = _fails(root, ["--theme", str(tmp_path / "a-file")], 2)
    assert "is a file, not a folder" in output and "Known themes" not in output


def test_unknown_token_names_file_line_and_token(tmp_path):
    text = '[colours]\naccent = "#123456"\naccnt = "#654321"\n'
    root = project(tmp_path, {THEME_FILE: text})
    output = _fails(root, [], 2)
    path = root / THEME_FILE
    assert f"{path}:{line_of(text, 'accnt')}: colours.accnt: unknown theme token" in output


def test_unknown_table_names_the_file_line_and_the_table_meant(tmp_path):
    text = '[page]\nsize = "A4"\n\n[color]\naccent = "#123456"\n'
    root = project(tmp_path, {THEME_FILE: text})
    output = _fails(root, [], 2)
    assert f"{root / THEME_FILE}:4: color: unknown table; did you mean 'colours'?" in output


def test_unknown_token_suggests_the_token_meant(tmp_path):
    root = project(tmp_path, {THEME_FILE: '[colours]\naccnt = "#123456"\n'})
    output = _fails(root, [], 2)
    assert "colours.accnt: unknown theme token; did you mean 'accent'?" in output


def test_wrong_type_names_file_line_and_token(tmp_path):
    text = '[page]\nsize = "A4"\n\n[sizes]\nbody = 12\n'
    root = project(tmp_path, {THEME_FILE: text})
    output = _fails(root, [], 2)
    assert f"{root / THEME_FILE}:{line_of(text, 'body = 12')}: sizes.body:" in output


def test_wrong_value_names_the_token_and_the_value(tmp_path):
    root = project(tmp_path, {THEME_FILE: '[colours]\naccent = "navy"\n[page]\nsize = "A3"\n'})
    output = _fails(root, [], 2)
    assert "colours.accent" in output and "'navy'" in output
    assert "page.size" in output and "A5" in output  # the sizes there are
    assert output.count(str(root / THEME_FILE)) == 2  # every problem at once


#: A token of each kind written wrong, and what its message must say; every kind says how it is written
#: (a colour was told to be 'a length with its unit, such as "9.5pt"': review of 2026-12-02).
WRONG_KIND = {
    "colour-name": (
        "[colours]",
        'accent = "purple"',
        "colours.accent",
        'expected a colour written "#rrggbb"',
    ),
    "colour-short": ("[colours]", 'muted = "#abc"', "colours.muted", "six hexadecimal digits"),
    "colour-number": ("[colours]", "text = 123", "colours.text", 'expected a colour written "#rrggbb"'),
    "length-no-unit": ("[sizes]", 'body = "9.5"', "sizes.body", "expected a length: a number and its unit"),
    "length-number": ("[page]", "margin_top = 20", "page.margin_top", 'such as "9.5pt" or "20mm"'),
    "length-too-big": ("[sizes]", 'h1 = "200pt"', "sizes.h1", "200pt is more than 96pt"),
    "fonts-number": ("[fonts]", "body = 12", "fonts.body", "expected a font family, or a list of them"),
    "fonts-empty": ("[fonts]", "heading = []", "fonts.heading", "expected a font family, or a list of them"),
    "number-word": ("[sizes]", 'line_height = "tall"', "sizes.line_height", "a number without a unit"),
    "number-unit": ("[sizes]", 'line_height = "1.3em"', "sizes.line_height", "a number without a unit"),
    "number-range": ("[sizes]", "line_height = 5", "sizes.line_height", "more than 0.8 and less than 3"),
    "language": (
        "[locale]",
        'language = "english"',
        "locale.language",
        'expected a language tag, such as "en"',
    ),
    # A tag of the right shape that no calendar data holds: the build ended in a traceback (exit 1).
    "language-unknown": (
        "[locale]",
        'language = "xx"',
        "locale.language",
        "'xx' is no language briefkit knows",
    ),
}


@pytest.mark.parametrize("case", list(WRONG_KIND))
def test_a_token_of_the_wrong_kind_says_how_its_kind_is_written(tmp_path, case):
    table, line, field, message = WRONG_KIND[case]
    text = f"{table}\n{line}\n"
    root = project(tmp_path, {THEME_FILE: text})
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    reported = next(l for l in output.splitlines() if f": {field}: " in l)
    assert f"{THEME_FILE}:2: {field}: " in reported
    assert message in reported
    if not field.startswith(("sizes.body", "sizes.h1", "page.")):
        assert "length" not in reported, reported  # each kind its own message


def test_a_table_given_as_a_value(tmp_path):
    root = project(tmp_path, {THEME_FILE: 'fonts = "DejaVu Sans"\n'})
    output = _fails(root, [], 2)
    assert str(root / THEME_FILE) in output and "fonts" in output


def test_invalid_toml_names_file_and_line(tmp_path):
    text = '[colours]\naccent = "#123456\n'
    root = project(tmp_path, {THEME_FILE: text})
    output = _fails(root, [], 2)
    assert f"{root / THEME_FILE}:2:" in output and "not valid TOML" in output


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ("[colours]\naccent = purple\n", 2, 'a text value is written in quotes: key = "text"'),
        (
            '[colours]\naccent = "#112233"\n[colours]\nmuted = "#445566"\n',
            3,
            "put its keys under one [table]",
        ),
        ('[colours]\naccent "#112233"\n', 2, 'joined by "=": key = "value"'),
    ],
)
def test_toml_written_wrong_by_hand_says_what_to_do(tmp_path, text, line, said):
    root = project(tmp_path, {THEME_FILE: text})
    output = _fails(root, [], 2)
    assert f"{root / THEME_FILE}:{line}:" in output and said in output, output


def test_bad_token_in_a_theme_folder_names_that_file(tmp_path):
    theme = tmp_path / "house"
    shutil.copytree(builtin_templates() / "themes" / "ministry", theme)
    (theme / "theme.toml").write_text('[fonts]\nbody = ["DejaVu Serif"]\nbodyy = ["x"]\n', encoding="utf-8")
    root = project(tmp_path)
    output = _fails(root, ["--theme", str(theme)], 2)
    assert f"{theme / 'theme.toml'}:3: fonts.bodyy: unknown theme token" in output


def test_override_extending_a_missing_template(tmp_path):
    override = f"content/{EVENT}/templates/documents/briefing_note.html.j2"
    root = project(tmp_path, {override: '{% extends "!builtin/documents/briefing_notes.html.j2" %}\n'})
    build(root, "-d", "fact-sheet", "-f", "html")  # a good output that must survive
    output = _fails(root, [], 3)
    assert "Template '!builtin/documents/briefing_notes.html.j2' not found" in output
    # The message names the override that asked for it, with its line…
    assert f"needed by {root / override}:1" in output
    # …and, for a "!builtin/" name, the one folder such names are looked up in.
    searched = output.split("Folders searched, in order:")[1]
    assert "templates" in searched and str(root / "content") not in searched


def test_new_document_type_naming_a_missing_template(tmp_path):
    root = project(
        tmp_path,
        {
            f"content/{EVENT}/documents.toml": '[documents.agenda]\ntitle = "Agenda"\ntemplate = "documents/agenda.html.j2"\n'
        },
    )
    # A configuration mistake, found before anything renders, at the line of documents.toml naming it.
    output = _fails(root, ["-d", "agenda"], 2)
    assert (
        f"content/{EVENT}/documents.toml:3: documents.agenda.template: 'documents/agenda.html.j2' is not "
        "a template in" in output
    )


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        # Accepted before: every build then warned the fact sheet was over a budget no length fits.
        ("[3, 1]", "[3, 1]: the minimum is above the maximum; write [min, max] pages, such as [1, 3]"),
        ("[0, 2]", "[0, 2]: a document has at least 1 page; write [min, max] pages, such as [1, 2]"),
        ("3", "expected [min, max] pages, such as [1, 2]"),
    ],
)
def test_a_page_budget_that_holds_no_length_is_refused_at_its_line(tmp_path, pages, message):
    docs = f"content/{EVENT}/documents.toml"
    text = f'[documents.fact-sheet]\ntitle = "Fact Sheet"\npages = {pages}\n'
    root = project(tmp_path, {docs: text})
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert f"{docs}:3: documents.fact-sheet.pages: {message}" in output


def test_low_contrast_warns_and_strict_refuses(tmp_path):
    root = project(tmp_path, {THEME_FILE: '[colours]\naccent = "#9ab0c8"\n'})
    result = run_cli(["build", "-f", "html", "-d", "fact-sheet"], project=root)
    assert result.exit_code == 0, result.output
    assert "colours.accent (#9ab0c8) on the page (headings)" in result.output
    output = _fails(root, ["--strict", "--force"], 2)
    assert "would not print as drawn (--strict)" in output and "colours.accent (#9ab0c8)" in output


def test_a_font_not_installed_warns_and_strict_refuses_keeping_the_outputs(tmp_path):
    """The font warning is a warning like the others: --strict stops the build on it (exit 2),
    writing nothing and leaving the earlier outputs as they were."""
    from generator.config.theme_check import installed_families

    if installed_families() is None:
        pytest.skip("no fontconfig: briefkit cannot tell which fonts are installed")
    root = project(tmp_path)
    assert_ok(run_cli(["build", "-f", "html", "-d", "fact-sheet"], project=root))
    (root / THEME_FILE).write_text('[fonts]\nbody = ["Garamond Premier Pro", "serif"]\n', encoding="utf-8")
    result = run_cli(["build", "-f", "html", "-d", "fact-sheet", "--force"], project=root)
    assert f"warning: {EVENT}: fonts.body: 'Garamond Premier Pro' is not installed" in assert_ok(result)
    output = _fails(root, ["-d", "fact-sheet", "--strict", "--force"], 2)
    assert "would not print as drawn (--strict)" in output and "'Garamond Premier Pro'" in output


def test_a_rule_left_open_in_a_themes_stylesheet_warns_and_strict_refuses_keeping_the_outputs(tmp_path):
    """'h2 { color: red;' in the extra block took every rule after it: they were dropped without a word."""
    root = project(tmp_path)
    assert_ok(run_cli(["build", "-f", "html", "-d", "fact-sheet"], project=root))
    sheet = f"content/{EVENT}/templates/css/theme.css.j2"
    (root / sheet).parent.mkdir(parents=True)
    (root / sheet).write_text(
        '{% extends "!builtin/css/theme.css.j2" %}{% block extra %}\nh2 { color: #aa0000;\n'
        "p.note { font-style: italic; }\n} /* one too many */ }\n{% endblock %}\n",
        encoding="utf-8",
    )
    output = assert_ok(run_cli(["build", "-f", "html", "-d", "fact-sheet", "--force"], project=root))
    warned = [line for line in output.splitlines() if line.startswith("warning:")]
    assert any(
        "css/theme.css.j2" in w and "'}' that closes no rule, after the rule 'h2'" in w for w in warned
    )
    assert (root / "build" / EVENT / "fact-sheet.html").is_file()
    (root / sheet).write_text(
        '{% extends "!builtin/css/theme.css.j2" %}{% block extra %}\nh2 { color: #aa0000;\n'
        "p.note { font-style: italic; }\n{% endblock %}\n",
        encoding="utf-8",
    )
    output = _fails(root, ["-d", "fact-sheet", "--strict", "--force"], 3)
    assert "has rules it would drop (--strict)" in output
    assert "rule 'h2' { is never closed, and the rules after it are dropped: add its '}'" in output


# -- validate checks the whole setup a build uses, in one run ---------------------------


def test_validate_reports_setup_problems_all_at_once(tmp_path):
    """documents.toml, theme tables, logo capitals, labels, content: one run, each located."""
    from customise_helpers import small_event

    docs = (
        '[documents.agenda]\ntitle = "Agenda"\ntemplate = "documents/agneda.html.j2"\n\n'
        '[documents.key-dates]\ntitle = "Key dates"\ntemplate = "documents/key_dates.html.j2"\n\n'
        '[pack]\ndocuments = ["briefing-note", "key-date"]\n'
    )
    key_dates = (
        '{% extends "base.html.j2" %}\n{% block article %}\n<h1>{{ doc.title }}</h1>\n'
        '<p>{{ labels.handling }}</p>\n<p>{{ labels["dates"] }}</p>\n{% endblock %}\n'
    )
    theme = '[color]\naccent = "#123456"\n\n[marking]\nlogo = "assets/Logo.svg"\n'
    event = small_event()
    event["event"]["date"] = "14/03/2025"
    root = project(
        tmp_path,
        {
            f"content/{EVENT}/documents.toml": docs,
            f"content/{EVENT}/templates/documents/key_dates.html.j2": key_dates,
            f"content/{EVENT}/theme.toml": theme,
            f"content/{EVENT}/assets/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>',
        },
        event=event,
    )
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    folder = f"content/{EVENT}"
    assert (
        f"{folder}/documents.toml:3: documents.agenda.template: 'documents/agneda.html.j2' is not a "
        "template in"
        in output
        and "did you mean 'documents/agenda" not in output
    )
    assert (
        f"{folder}/documents.toml:10: pack.documents names key-date, which is not a document; "
        "did you mean 'key-dates'?" in output
    )
    assert f"{folder}/theme.toml:1: color: unknown table; did you mean 'colours'?" in output
    assert f"{folder}/event.yaml:" in output and "'14/03/2025' is written day/month/year" in output
    # With the documents and the theme fixed, the labels and the logo's capitals come up.
    (root / folder / "documents.toml").write_text(
        docs.replace("agneda", "key_dates").replace('"key-date"]', '"key-dates"]'), encoding="utf-8"
    )
    (root / folder / "theme.toml").write_text(theme.replace("[color]", "[colours]"), encoding="utf-8")
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert (
        f"{folder}/theme.toml:5: marking.logo: 'assets/Logo.svg' differs only in capitals from "
        "'assets/logo.svg', which is there" in output
    )
    (root / folder / "theme.toml").write_text(
        theme.replace("[color]", "[colours]").replace("Logo", "logo"), encoding="utf-8"
    )
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    template = f"{folder}/templates/documents/key_dates.html.j2"
    assert f'{template}:4: labels.handling: no such label; add handling = "…" to messages/en.toml' in output
    assert f"{template}:5: labels.dates: no such label; did you mean 'date'?" in output


def test_an_undefined_label_at_build_time_says_where_to_add_it(tmp_path):
    docs = '[documents.key-dates]\ntitle = "Key dates"\ntemplate = "documents/key_dates.html.j2"\n'
    key_dates = (
        '{% extends "base.html.j2" %}\n{% block article %}\n<h1>{{ doc.title }}</h1>\n'
        "<p>{{ labels.handling }}</p>\n{% endblock %}\n"
    )
    root = project(
        tmp_path,
        {
            f"content/{EVENT}/documents.toml": docs,
            f"content/{EVENT}/templates/documents/key_dates.html.j2": key_dates,
        },
    )
    output = _fails(root, ["-d", "key-dates"], 3)
    assert (
        'key_dates.html.j2:4: labels.handling: no such label; add handling = "…" to messages/en.toml'
        in output
    )
    assert "'dict object'" not in output
