"""Named themes: the two shipped ones, a theme given by path, and the lookup order."""

from __future__ import annotations

import shutil

import pytest
from customise_helpers import base_fonts, build, docx_style, formats, needs_docx, pdf_colours, project
from helpers import EVENT, assert_ok, run_cli
from lxml import html as lxml_html

from generator.config.paths import builtin_templates
from generator.config.theme import load_theme
from generator.config.theme_check import check_theme

THEMES = builtin_templates() / "themes"
SHIPPED = ["ministry", "conference"]


def _stylesheet(path) -> str:
    return lxml_html.parse(str(path)).getroot().findtext(".//head/style")


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_theme_prints_legibly(name):
    theme = load_theme([builtin_templates() / "theme.toml", THEMES / name / "theme.toml"])
    assert check_theme(theme) == []


@pytest.fixture(scope="module")
def themed(tmp_path_factory):
    root = project(tmp_path_factory.mktemp("themes"))
    outputs = {}
    for name in SHIPPED:
        out = build(root, "--theme", name, "-d", "fact-sheet", *formats("pdf", "docx", "html"))
        saved = root / f"out-{name}"
        shutil.copytree(out, saved)
        outputs[name] = saved
    return outputs


def test_ministry_and_conference_look_different_in_pdf(themed):
    ministry = base_fonts(themed["ministry"] / "fact-sheet.pdf")
    conference = base_fonts(themed["conference"] / "fact-sheet.pdf")
    assert ministry and all(f.startswith("DejaVuSerif") for f in ministry), ministry
    assert conference and all(f.startswith("DejaVuSans") for f in conference), conference
    assert "#14294b" in pdf_colours(themed["ministry"] / "fact-sheet.pdf")
    assert "#0b6e6e" in pdf_colours(themed["conference"] / "fact-sheet.pdf")


@needs_docx
def test_ministry_and_conference_look_different_in_docx(themed):
    assert docx_style(themed["ministry"] / "fact-sheet.docx", "Heading 1") == ("DejaVu Serif", "14294B")
    assert docx_style(themed["conference"] / "fact-sheet.docx", "Normal")[0] == "DejaVu Sans"
    assert docx_style(themed["conference"] / "fact-sheet.docx", "Heading 1") == (
        "DejaVu Sans Condensed",
        "0B6E6E",
    )


def test_conference_stylesheet_extends_the_builtin_one(themed):
    css = _stylesheet(themed["conference"] / "fact-sheet.html")
    assert "@page" in css and "string-set: marking" in css  # the built-in rules are all there
    assert "-- conference theme --" in css  # and the theme's block after them
    assert "-- conference theme --" not in _stylesheet(themed["ministry"] / "fact-sheet.html")


def test_theme_given_by_path(tmp_path):
    elsewhere = tmp_path / "shared" / "house-style"
    shutil.copytree(THEMES / "conference", elsewhere)
    (elsewhere / "theme.toml").write_text('[colours]\naccent = "#2b4a1f"\n', encoding="utf-8")
    root = project(tmp_path)
    out = build(root, "--theme", str(elsewhere), "-d", "fact-sheet", "-f", "html")
    css = _stylesheet(out / "fact-sheet.html")
    assert "-- conference theme --" in css and "#2b4a1f" in css


def test_project_theme_comes_before_the_shipped_one_of_the_same_name(tmp_path):
    root = project(tmp_path, {"templates/themes/conference/theme.toml": '[colours]\naccent = "#3d3d8f"\n'})
    out = build(root, "--theme", "conference", "-d", "fact-sheet", "-f", "html")
    css = _stylesheet(out / "fact-sheet.html")
    assert "#3d3d8f" in css and "-- conference theme --" not in css


def test_a_folder_in_the_working_directory_does_not_shadow_a_theme_name(tmp_path, monkeypatch):
    root = project(tmp_path)
    (tmp_path / "conference").mkdir()
    (tmp_path / "conference" / "theme.toml").write_text("[colours]\naccent = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = build(root, "--theme", "conference", "-d", "fact-sheet", "-f", "html")
    assert "-- conference theme --" in _stylesheet(out / "fact-sheet.html")


def test_event_tokens_win_over_the_theme(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/theme.toml": '[colours]\naccent = "#6b2d0f"\n'})
    out = build(root, "--theme", "conference", "-d", "fact-sheet", "-f", "html")
    css = _stylesheet(out / "fact-sheet.html")
    assert "-- conference theme --" in css
    assert "#6b2d0f" in css and "#0b6e6e" not in css


def test_templates_command_shows_the_theme_in_the_search_path(tmp_path):
    root = project(tmp_path)
    output = assert_ok(
        run_cli(["templates", "--theme", "conference", str(root / "content" / EVENT)], project=root)
    )
    assert "themes/conference" in output
    line = next(line for line in output.splitlines() if line.startswith("css/theme.css.j2"))
    # (It is labelled "built-in" since the shipped themes live inside the
    # built-in folder; the path is what says which file wins.)
    assert "themes/conference/css/theme.css.j2" in line
