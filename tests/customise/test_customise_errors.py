"""Mistakes in customisation end in one clear message naming the file, and write nothing."""

from __future__ import annotations

import shutil

from customise_helpers import build, project

from generator.config.paths import builtin_templates
from helpers import EVENT, assert_user_error, line_of, run_cli, snapshot

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
    assert output.startswith("Error: Unknown theme 'ministery'. Known themes: conference, ministry;")
    assert "path of a theme folder" in output


def test_unknown_theme_path(tmp_path):
    root = project(tmp_path)
    output = _fails(root, ["--theme", str(tmp_path / "no-such-folder")], 2)
    assert f"Unknown theme '{tmp_path / 'no-such-folder'}'" in output


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


def test_a_table_given_as_a_value(tmp_path):
    root = project(tmp_path, {THEME_FILE: 'fonts = "DejaVu Sans"\n'})
    output = _fails(root, [], 2)
    assert str(root / THEME_FILE) in output and "fonts" in output


def test_invalid_toml_names_file_and_line(tmp_path):
    text = '[colours]\naccent = "#123456\n'
    root = project(tmp_path, {THEME_FILE: text})
    output = _fails(root, [], 2)
    assert f"{root / THEME_FILE}:2:" in output and "not valid TOML" in output


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
    root = project(tmp_path, {f"content/{EVENT}/documents.toml":
                              '[documents.agenda]\ntitle = "Agenda"\ntemplate = "documents/agenda.html.j2"\n'})
    output = _fails(root, ["-d", "agenda"], 3)
    assert "Template 'documents/agenda.html.j2' not found" in output


def test_low_contrast_warns_and_strict_refuses(tmp_path):
    root = project(tmp_path, {THEME_FILE: '[colours]\naccent = "#9ab0c8"\n'})
    result = run_cli(["build", "-f", "html", "-d", "fact-sheet"], project=root)
    assert result.exit_code == 0, result.output
    assert "colours.accent (#9ab0c8) on the page (headings)" in result.output
    output = _fails(root, ["--strict", "--force"], 2)
    assert "does not print legibly (--strict)" in output and "colours.accent (#9ab0c8)" in output
