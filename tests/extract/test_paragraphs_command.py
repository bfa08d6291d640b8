"""`briefkit paragraphs EVENT` numbers the speech exactly as the pack's annex does."""

from __future__ import annotations

import re
import shutil

from extract_helpers import ROOT, assert_clean_failure, run
from lxml import html as lxml_html


def _printed(output: str) -> dict[int, str]:
    """Paragraph number → its words, from the command's output."""
    out: dict[int, list[str]] = {}
    current = None
    for line in output.splitlines():
        m = re.match(r"^¶(\d+)\s+(.*)$", line)
        if m:
            current = int(m[1])
            out[current] = [m[2]]
        elif current is not None and line.startswith(" ") and not line.strip().startswith("["):
            out[current].append(line.strip())
    return {
        n: " ".join(" ".join(words).replace("•", "").replace("◦", "").split()) for n, words in out.items()
    }


def test_numbers_match_the_annex_of_the_built_pack(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content" / "hsn-bangkok-2006", project / "content" / "hsn-bangkok-2006")
    result = run("--project", str(project), "paragraphs", "hsn-bangkok-2006")
    assert result.exit_code == 0, result.output
    printed = _printed(result.output)
    build = run("--project", str(project), "build", "hsn-bangkok-2006", "-f", "html", "-d", "briefing-pack")
    assert build.exit_code == 0, build.output
    page = lxml_html.parse(str(project / "build" / "hsn-bangkok-2006" / "briefing-pack.html"))
    annex = {}
    for para in page.xpath("//*[contains(@class, 'speech-para')]"):
        number = int(para.xpath("string(.//*[@class='para-no'])"))
        words = " ".join(para.text_content().split())
        annex[number] = words[len(str(number)) :].strip()
    assert sorted(printed) == sorted(annex) == list(range(1, len(annex) + 1))
    for number, words in annex.items():
        # The annex sets a quotation in its own block: compare the words, not the spaces between blocks.
        assert "".join(words.split()) == "".join(printed[number].split()), number
    # The header and salutations are shown, unnumbered.
    assert "[Mr. Minister Kantathi, Ladies and Gentlemen,]" in result.output


def test_selected_paragraphs_and_a_missing_one():
    result = run("--project", str(ROOT), "paragraphs", "hsn-bangkok-2006", "2")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("¶2 ") and "¶1 " not in result.output
    missing = run("--project", str(ROOT), "paragraphs", "hsn-bangkok-2006", "999")
    assert_clean_failure(missing, 2, "there is no ¶999")


def test_a_speech_outside_the_event_folder_is_refused(tmp_path):
    folder = tmp_path / "content" / "escape"
    folder.mkdir(parents=True)
    (folder / "event.yaml").write_text("speech:\n  file: ../../secret.txt\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Mr. President,\n\nSecret words.\n", encoding="utf-8")
    result = run("--project", str(tmp_path), "paragraphs", "escape")
    assert_clean_failure(result, 2, "leaves the folder")
    assert "Secret words" not in result.output
