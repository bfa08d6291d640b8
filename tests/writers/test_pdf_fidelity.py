"""What the built documents say matches the content and the speech."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import CONTENT, DEFAULT_EVENT, normalise
from lxml import html as lxml_html

from generator.content.partial_date import PartialDate
from generator.content.speech import normalise_space, parse_speech

EVENT_DIR = CONTENT / DEFAULT_EVENT
RAW_EVENT = yaml.safe_load((EVENT_DIR / "event.yaml").read_text(encoding="utf-8"))
SPEECH_TEXT = (EVENT_DIR / "speech.txt").read_text(encoding="utf-8")
SPEECH = parse_speech(SPEECH_TEXT)

STOPWORDS = {
    "about",
    "above",
    "after",
    "again",
    "against",
    "among",
    "being",
    "below",
    "between",
    "could",
    "every",
    "first",
    "other",
    "their",
    "there",
    "these",
    "thing",
    "those",
    "through",
    "under",
    "until",
    "which",
    "while",
    "would",
    "should",
    "still",
    "since",
    "where",
    "whose",
    "within",
    "without",
    "shall",
    "might",
    "further",
    "before",
}


def test_normalise_undoes_hyphenation():
    assert normalise("hu\u2010\nman  security") == "human security"
    assert normalise("non-\nHSN") == "non-HSN"
    assert normalise("soft\u00adhyphen and “quotes”") == 'softhyphen and "quotes"'


# -- timeline ---------------------------------------------------------------


def test_timeline_lists_consultations_in_date_order_with_places(built):
    consultations = [item for item in RAW_EVENT["timeline"] if item.get("kind") == "consultation"]
    assert len(consultations) == 5
    order = sorted(range(len(consultations)), key=lambda i: (PartialDate.parse(consultations[i]["date"]), i))
    text = built.text("timeline")
    positions = []
    for i in order:
        item = consultations[i]
        assert item.get("place"), f"{item['title']} has no place"
        row = normalise(f"{PartialDate.parse(item['date']).format()} {item['title']} {item['place']}")
        assert row in text, row
        positions.append(text.index(row))
    assert positions == sorted(positions)


def test_timeline_table_has_every_item_in_date_order(built):
    items = sorted(RAW_EVENT["timeline"], key=lambda item: PartialDate.parse(item["date"]))
    tree = lxml_html.parse(str(built.html("timeline"))).getroot()
    rows = tree.xpath('//table[contains(@class, "timeline")]/tbody/tr')
    assert [normalise(r.xpath("string(td[2])")) for r in rows] == [normalise(i["title"]) for i in items]
    assert [normalise(r.xpath("string(td[1])")) for r in rows] == [
        PartialDate.parse(i["date"]).format() for i in items
    ]


# -- fact sheet and briefing note --------------------------------------------


def test_fact_sheet_carries_the_operational_definition_verbatim(built):
    quotes = re.findall(r'e\.g\.\s+"([^"]+)"', SPEECH_TEXT)
    assert len(quotes) == 1
    definition = normalise(quotes[0])
    assert normalise(RAW_EVENT["proposal"]["definition"]["text"]) == definition
    assert f'"{definition}"' in built.text("fact-sheet")


def test_briefing_note_names_paragraph_143(built):
    numbers = set(re.findall(r"paragraph (\d+)", SPEECH_TEXT))
    assert numbers == {"143"}
    text = built.text("briefing-note").casefold()
    for number in numbers:
        assert f"paragraph {number}" in text


@pytest.mark.parametrize("doc", ["briefing-note", "fact-sheet"])
def test_key_messages_are_printed(built, doc):
    text = built.text(doc)
    for message in RAW_EVENT["key_messages"]:
        assert normalise(message["text"]) in text


def test_briefing_note_has_every_ask_and_talking_point(built):
    text = built.text("briefing-note")
    for section in ("asks", "talking_points", "next_steps", "sensitivities"):
        for fact in RAW_EVENT[section]:
            assert normalise(fact["text"]) in text, (section, fact["text"][:40])


def test_fact_sheet_glossary(built):
    text = built.text("fact-sheet")
    for entry in RAW_EVENT["glossary"]:
        assert normalise(f"{entry['term']} {entry['expansion']}") in text


# -- the annex ----------------------------------------------------------------


def test_pack_annex_prints_every_paragraph_with_its_number(built):
    tree = lxml_html.parse(str(built.html("briefing-pack"))).getroot()
    for para in SPEECH.paragraphs:
        (element,) = tree.xpath(f'//section[@id="annex"]//*[@id="para-{para.number}"]')
        shown = [normalise(t) for t in element.itertext() if t.strip()]
        assert shown[0] == str(para.number)
        assert " ".join(shown[1:]) == normalise(para.plain_text())


def test_pack_pdf_annex_has_every_paragraph(built):
    text = built.text("briefing-pack")
    annex = text[text.rindex(normalise(SPEECH.header[0])) :]
    for para in SPEECH.paragraphs:
        opening = " ".join(normalise(para.plain_text()).split()[:8])
        assert opening in annex, para.number


# -- citations in the content ---------------------------------------------------


def _cited(value, path=""):
    if isinstance(value, dict):
        if "cite" in value:
            yield path, value
        for key, child in value.items():
            yield from _cited(child, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _cited(child, f"{path}[{i}]")


CITED = list(_cited(RAW_EVENT))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]+", text.casefold()) if len(w) >= 5 and w not in STOPWORDS}


def _claim(item: dict) -> str:
    return " ".join(str(item[k]) for k in ("text", "title", "name", "summary", "significance") if k in item)


def test_content_has_citations():
    assert len(CITED) > 50


@pytest.mark.parametrize(("path", "item"), CITED, ids=[p for p, _ in CITED])
def test_citation_supports_the_fact(path, item):
    cites = item["cite"] if isinstance(item["cite"], list) else [item["cite"]]
    assert cites, "empty citation"
    paragraphs = [SPEECH.paragraph(n) for n in cites]
    assert None not in paragraphs, f"cites {cites}; the speech has {len(SPEECH.paragraphs)} paragraphs"
    texts = [normalise_space(p.plain_text()).casefold() for p in paragraphs]
    evidence = item.get("evidence")
    assert evidence, "no evidence words"
    assert any(normalise_space(evidence).casefold() in t for t in texts)
    if not item.get("source"):
        shared = _words(_claim(item)) & _words(" ".join(texts))
        assert shared, f"no significant word of the fact is in paragraph(s) {cites}"
