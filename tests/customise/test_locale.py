"""Locales: labels from the message catalogue, dates by Babel, fonts for the script."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from customise_helpers import build, docx_part, docx_text, formats, needs_docx, project, small_event
from helpers import EVENT, assert_user_error, pdf_pages, pdf_text, run_cli, snapshot
from lxml import html as lxml_html

from generator.config.paths import builtin_templates
from generator.config.theme import read_toml

FRENCH = '[locale]\nlanguage = "fr"\n'


@pytest.fixture(scope="module")
def french(tmp_path_factory):
    root = project(
        tmp_path_factory.mktemp("fr"),
        {
            f"content/{EVENT}/theme.toml": FRENCH,
            f"content/{EVENT}/messages/fr.toml": 'vision = "Notre vision"\nkey_facts = "L\'essentiel"\n',
        },
    )
    out = build(root, "-d", "fact-sheet", *formats("pdf", "docx", "html"))
    build(root, "-d", "briefing-pack", "-f", "html")
    return out


def test_french_catalogue_has_every_english_label():
    en = read_toml(builtin_templates() / "messages" / "en.toml")
    fr = read_toml(builtin_templates() / "messages" / "fr.toml")
    assert set(fr) == set(en)
    # Words French spells as English does.
    same = ("date", "vision", "sources", "source", "figure", "page_before", "page_after")
    assert [k for k in en if k not in same and en[k] and fr[k] == en[k]] == []


def test_english_baseline(baseline):
    text = pdf_text(baseline("fact-sheet.pdf"))
    assert "12 May 2006" in text and "Key facts" in text and "Page 1 of 1" in text


def test_french_dates_and_labels_in_pdf(french):
    text = pdf_text(french / "fact-sheet.pdf")
    assert "12 mai 2006" in text and "12 May 2006" not in text
    assert "Page 1 sur 1" in text and "Page 1 of 1" not in text
    assert "Lieu" in text and "Orateur" in text  # labels from templates/messages/fr.toml
    assert "L'essentiel" in text and "Key facts" not in text  # the event's own catalogue wins


def test_french_page_label_in_the_stylesheet(french):
    tree = lxml_html.parse(str(french / "fact-sheet.html")).getroot()
    assert tree.get("lang") == "fr"
    assert '"Page " counter(page) " sur " counter(pages)' in tree.findtext(".//head/style")


@needs_docx
def test_french_dates_and_labels_in_docx(french):
    text = docx_text(french / "fact-sheet.docx")
    assert "12 mai 2006" in text and "L'essentiel" in text and "Orateur" in text
    assert "Key facts" not in text and "May 2006" not in text
    footers = docx_part(french / "fact-sheet.docx", r"word/footer\d*\.xml")
    assert " sur " in footers and " of " not in footers


def test_french_contents_label_and_month_names(french):
    pack = lxml_html.parse(str(french / "briefing-pack.html")).getroot()
    (contents,) = pack.xpath('//nav[@class="contents"]/h1')
    assert contents.text_content().strip() == "Sommaire"
    assert "septembre 2005" in pack.text_content()


def test_unknown_language_without_catalogue(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/theme.toml": '[locale]\nlanguage = "de"\n'})
    output = assert_user_error(run_cli(["build", "-f", "html"], project=root), 2)
    assert "No message catalogue for language 'de'" in output and "messages/de.toml" in output


def _has_font_for(language: str) -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run(
        [fc_list, f":lang={language}", "family"], capture_output=True, text=True, timeout=20
    )
    return bool(found.stdout.strip())


@pytest.fixture
def latin_fonts_only(tmp_path, monkeypatch):
    """A fontconfig that sees only DejaVu: the machine as a user without CJK fonts has it."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not (shutil.which("fc-list") and dejavu.is_dir()):
        pytest.skip("fontconfig and DejaVu are needed (apt-get install fontconfig fonts-dejavu-core)")
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    assert not _has_font_for("ja")


def test_japanese_without_a_cjk_font_fails_cleanly(tmp_path, latin_fonts_only):
    root = project(tmp_path, {f"content/{EVENT}/theme.toml": '[locale]\nlanguage = "ja"\n'})
    before = snapshot(root)
    output = assert_user_error(run_cli(["build", "-f", "pdf"], project=root), 2)
    assert "no Japanese font is installed" in output
    assert "fonts-noto-cjk" in output
    assert snapshot(root) == before


def test_japanese_with_a_cjk_font_gets_past_the_font_check(tmp_path):
    """With Noto CJK installed (CI installs it), the same theme passes the check."""
    from generator.config.event_setup import check_fonts_for

    if not _has_font_for("ja"):
        pytest.skip("no Japanese font installed (apt-get install fonts-noto-cjk)")
    check_fonts_for("ja")


def _japanese_event() -> dict:
    """The small event with the day range and the month range the review saw printed in English order."""
    event = small_event()
    event["timeline"] += [
        {**event["timeline"][0], "date": "2005-10-14/2005-10-16", "title": "Ministerial meeting"},
        {**event["timeline"][0], "date": "2006-02/2006-03", "title": "Consultations"},
    ]
    return event


def test_japanese_dates_in_the_timeline_table_and_graphic(tmp_path):
    """Review of 2026-12-02: '9月 2005', '14–2005年10月16日' and '2月–3月 2006' in Japanese."""
    if not _has_font_for("ja"):
        pytest.skip("no Japanese font installed (apt-get install fonts-noto-cjk)")
    root = project(
        tmp_path,
        {
            f"content/{EVENT}/theme.toml": '[locale]\nlanguage = "ja"\n',
            f"content/{EVENT}/messages/ja.toml": 'timeline = "年表"\n',
        },
        event=_japanese_event(),
    )
    out = build(root, "-d", "timeline", "-f", "html", "-f", "pdf")
    page = lxml_html.parse(str(out / "timeline.html")).getroot()
    table = [td.text_content().strip() for td in page.xpath('//table//td[@class="date"]')]
    # The graphic prints each item's date as the first, bold line of its label.
    graphic = [t.text.strip() for t in page.xpath('//svg//text/tspan[1][@font-weight="bold"]')]
    for shown in (table, graphic):
        assert shown == ["2005年9月", "2005年10月14日～16日", "2006年2月～3月"]
    text = "".join(pdf_pages(out / "timeline.pdf"))  # not normalised: NFKC reads '～' as '~'
    assert "2005年10月14日～16日" in text and "2006年2月～3月" in text and "9月 2005" not in text
