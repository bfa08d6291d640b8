"""The DOCX says what the PDF says: both come from one rendered HTML.

Compared as streams of letters and digits (case, spacing and hyphenation
differ between layout engines, and PDF text extraction may move a positioned
line). The only text allowed in the PDF and not in the DOCX is what Word
generates itself: page furniture, list and paragraph numbers, repeated table
headers, and the contents' page numbers (fields Word fills in). No text may
be in the DOCX and not in the PDF.
"""

from __future__ import annotations

import difflib
import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from helpers import CONTENT, DEFAULT_EVENT, documents_of, page_bands
from lxml import html as lxml_html

from generator.config.theme import length_to_pt

pytestmark = pytest.mark.slow


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def documents(built) -> list[str]:
    return built.documents.all_ids


def words(text: str) -> list[str]:
    """Words as letter-and-digit runs; a word hyphenated at a line end is joined again."""
    text = re.sub(r"[-\u00ad\u2010]\s*\n\s*", "", text.casefold())
    return re.findall(r"[0-9]+|[a-z]+", text)


def docx_body_words(path) -> list[str]:
    body = Document(path).element.body
    return words("\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))))


def pdf_words_and_furniture(built, doc_id: str) -> tuple[list[str], str]:
    """The PDF's words, and the text Word would generate itself (furniture, headers)."""
    page = built.theme.page
    top, bottom = length_to_pt(page.margin_top), length_to_pt(page.margin_bottom)
    stream: list[str] = []
    furniture = ""
    for pdf_page in built.reader(doc_id).pages:
        stream += words(pdf_page.extract_text())
        furniture += "".join(letters(band) for band in page_bands(pdf_page, top, bottom))
    tree = lxml_html.parse(str(built.html(doc_id))).getroot()
    # The timeline graphic is a picture in Word: its labels are not text there.
    for svg in tree.iter("svg"):
        stream = _remove_once(stream, words(" ".join(svg.itertext())))
    for head in tree.iter("thead"):
        furniture += letters(head.text_content())
    for nav in tree.iter("nav"):
        furniture += letters(nav.text_content())
    return stream, furniture


def _remove_once(stream: list[str], part: list[str]) -> list[str]:
    n = len(part)
    for i in range(len(stream) - n + 1):
        if n and stream[i : i + n] == part:
            return stream[:i] + stream[i + n :]
    return stream


#: Shortest run of furniture text accepted as such: long enough that body
#: text cannot pass for furniture by chance.
MIN_RUN = 6


def explained(text: str, furniture: str) -> bool:
    """True when text splits into numbers and runs (of MIN_RUN or more) of furniture.

    The diff may cut a word of furniture at either end of a chunk, so a
    shorter run is accepted there.
    """
    text = re.sub(r"page\d+of\d+", "", text)
    reachable = [True] + [False] * len(text)
    for i in range(1, min(MIN_RUN, len(text) + 1)):
        reachable[i] = text[:i] in furniture
    for i in range(len(text)):
        if not reachable[i]:
            continue
        if text[i].isdigit():
            reachable[i + 1] = True
        for j in range(i + MIN_RUN, len(text) + 1):
            if text[i:j] not in furniture:
                break
            reachable[j] = True
    tail = range(max(0, len(text) - MIN_RUN + 1), len(text))
    return reachable[-1] or any(reachable[k] and text[k:] in furniture for k in tail)


def _configured_documents() -> list[str]:
    return documents_of(CONTENT / DEFAULT_EVENT).all_ids


@pytest.mark.parametrize("doc_id", _configured_documents())
def test_docx_has_the_same_text_as_the_pdf(built, doc_id):
    pdf_words, furniture = pdf_words_and_furniture(built, doc_id)
    word_words = docx_body_words(built.out / f"{doc_id}.docx")
    # Aligned word by word (a letter-by-letter alignment of a pack took 38 s),
    # then compared as letters: layout engines break and space words differently.
    only_pdf, only_word = [], []
    matcher = difflib.SequenceMatcher(a=pdf_words, b=word_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            only_pdf.append("".join(pdf_words[a1:a2]))
            # Paragraph numbers sit in the PDF's margin and are extracted out of order.
            only_word.append("".join(w for w in word_words[b1:b2] if not w.isdigit()))
    word = "".join(word_words)
    # Text the PDF extraction put elsewhere is a move, not a difference.
    pool = "|".join(only_pdf)
    unexplained = []
    for chunk in filter(None, only_word):
        if chunk.isdigit():
            continue  # paragraph numbers: positioned in the margin, extracted out of order
        if chunk in pool:
            pool = pool.replace(chunk, "", 1)
        else:
            unexplained.append(f"in DOCX only: {chunk[:80]!r}")
    unexplained += [f"in PDF only: {c[:80]!r}" for c in pool.split("|") if c and not explained(c, furniture)]
    assert not unexplained, "\n".join(unexplained)
    assert len(word) > 500


def test_docx_headers_carry_marking_and_title(built):
    for doc_id in ("fact-sheet", "timeline"):
        document = Document(built.out / f"{doc_id}.docx")
        header = " ".join(
            p.text for t in document.sections[0].header.tables for c in t._cells for p in c.paragraphs
        )
        header += " ".join(p.text for p in document.sections[0].header.paragraphs)
        assert built.theme.marking.classification in header
        assert built.documents.documents[doc_id].title in header
