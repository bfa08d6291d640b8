"""A theme may name a reference.docx whose styles win in DOCX output."""

from __future__ import annotations

import shutil

import docx
from docx.shared import Pt, RGBColor
from helpers import CONTENT, DEFAULT_EVENT, assert_ok, assert_user_error, run_cli


def project_with_theme(tmp_path, theme_toml: str):
    root = tmp_path / "project"
    event = root / "content" / DEFAULT_EVENT
    shutil.copytree(CONTENT / DEFAULT_EVENT, event)
    (event / "theme.toml").write_text(theme_toml, encoding="utf-8")
    return root, event


def test_reference_docx_styles_win(tmp_path):
    root, event = project_with_theme(tmp_path, '[docx]\nreference = "styles/reference.docx"\n')
    (event / "styles").mkdir()
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0x12, 0x80, 0x12)
    heading.font.size = Pt(22)
    reference.save(event / "styles" / "reference.docx")
    assert_ok(run_cli(["build", "-j", "1", "-f", "docx", "-d", "fact-sheet"], project=root))
    built = docx.Document(root / "build" / DEFAULT_EVENT / "fact-sheet.docx")
    style = built.styles["Heading 1"]
    assert str(style.font.color.rgb) == "128012"
    assert style.font.size == Pt(22)
    # Styles the reference does not define still come from the theme.
    assert "Callout" in [s.name for s in built.styles]


def test_reference_docx_outside_the_theme_folder_is_refused(tmp_path):
    root, _ = project_with_theme(tmp_path, '[docx]\nreference = "../../../outside.docx"\n')
    (tmp_path / "outside.docx").write_bytes(b"PK")
    output = assert_user_error(run_cli(["build", "-f", "docx"], project=root), 2)
    assert "theme.toml:2: docx.reference:" in output
    assert "is not a file inside" in output
    assert not (root / "build").exists()
