"""The built PDFs as objects: page counts, bookmarks, running furniture, metadata, contents."""

from __future__ import annotations

import re

import pytest
from helpers import CONTENT, DEFAULT_EVENT, documents_of, normalise
from lxml import html as lxml_html

#: The documents the shipped event gets (not those made from data it lacks).
SPECS = documents_of(CONTENT / DEFAULT_EVENT)
DOCS = list(SPECS.documents)
ALL = SPECS.all_ids


def _outline(reader, entries=None, depth=0):
    """(depth, title, 0-based page) of every bookmark, in order."""
    out = []
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            out += _outline(reader, entry, depth + 1)
        else:
            out.append((depth, entry.title, reader.get_destination_page_number(entry)))
    return out


def _page_label(built, n: int, m: int) -> str:
    labels = built.labels
    return f"{labels['page_before']}{n}{labels['page_between']}{m}{labels['page_after']}"


def _headings(html_path) -> list[str]:
    tree = lxml_html.parse(str(html_path)).getroot()
    return [normalise(h.text_content()) for h in tree.xpath("//body//*[self::h1 or self::h2 or self::h3]")]


# -- length -------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", DOCS)
def test_page_count_within_design_range(built, doc_id):
    low, high = built.documents.documents[doc_id].pages
    assert low <= len(built.reader(doc_id).pages) <= high


# -- bookmarks ----------------------------------------------------------------


@pytest.mark.parametrize("doc_id", DOCS)
def test_bookmarks_follow_the_headings(built, doc_id):
    outline = _outline(built.reader(doc_id))
    assert outline, "no bookmarks"
    depth, title, page = outline[0]
    assert (depth, normalise(title), page) == (0, built.documents.documents[doc_id].title, 0)
    assert [normalise(t) for _, t, _ in outline] == _headings(built.html(doc_id))


@pytest.mark.parametrize("doc_id", ALL)
def test_bookmarks_point_to_the_page_of_their_heading(built, doc_id):
    pages = [normalise(p) for p in built.pages(doc_id)]
    for _, title, page in _outline(built.reader(doc_id)):
        assert normalise(title) in pages[page], (title, page + 1)


def test_pack_bookmarks_cover_every_part(built):
    top = [normalise(t) for d, t, _ in _outline(built.reader("briefing-pack")) if d == 0]
    pack = built.documents.pack
    parts = [built.documents.documents[d].title for d in pack.documents]
    assert top == [pack.title, built.labels["contents"], *parts, built.labels["statement"]]


# -- running header and footer -------------------------------------------------


@pytest.mark.parametrize("doc_id", DOCS)
def test_furniture_on_every_page(built, doc_id):
    marking = built.theme.marking.classification
    assert marking == "UNCLASSIFIED"
    title = built.documents.documents[doc_id].title
    event = built.event.event
    bands = built.bands(doc_id)
    for n, (head, foot) in enumerate(bands, 1):
        assert marking in head and title in head and event.short_name in head, (n, head)
        assert marking in foot and normalise(event.name) in foot, (n, foot)
        assert re.findall(r"Page \d+ of \d+", foot) == [_page_label(built, n, len(bands))], (n, foot)


def test_pack_furniture_on_every_page(built):
    marking = built.theme.marking.classification
    bands = built.bands("briefing-pack")
    cover_head, cover_foot = bands[0]
    assert marking in cover_head and marking in cover_foot
    for n, (head, foot) in enumerate(bands[1:], 2):
        assert marking in head and built.event.event.short_name in head, (n, head)
        assert marking in foot, (n, foot)
        assert re.findall(r"Page \d+ of \d+", foot) == [_page_label(built, n, len(bands))], (n, foot)


# -- metadata -------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", ALL)
def test_metadata(built, doc_id):
    import generator

    meta = built.reader(doc_id).metadata
    spec = built.documents.documents.get(doc_id) or built.documents.pack
    event, speech = built.event.event, built.event.speech
    assert spec.title in meta.title and event.name in meta.title
    # The preparing office (none in the shipped theme: no author), never the speaker.
    assert (meta.author or "") == built.theme.office and speech.speaker.name not in (meta.author or "")
    assert spec.title in meta.subject and speech.title in meta.subject
    keywords = [k.strip() for k in meta.keywords.split(",")]
    assert {event.name, event.place, built.event.proposal.name} <= set(keywords)
    assert any(entry.term in keywords for entry in built.event.glossary)
    assert meta.creator == f"briefkit {generator.__version__}"


# -- the pack's contents ---------------------------------------------------------


def _contents(built) -> list[tuple[str, int]]:
    pages = built.pages("briefing-pack")
    heading = built.labels["contents"]
    (page,) = [p for p in pages if p.lstrip().startswith(heading)]
    return [(normalise(m[1]), int(m[2])) for m in re.finditer(r"^(\S.*?)\s*\.{3,}\s*(\d+)\s*$", page, re.M)]


def test_pack_contents_lists_every_part(built):
    pack = built.documents.pack
    expected = [built.documents.documents[d].title for d in pack.documents]
    if pack.annex:
        expected.append(f"{built.labels['annex']}: {built.labels['statement']}")
    assert [title for title, _ in _contents(built)] == expected


def test_pack_contents_page_numbers_match_the_pages(built):
    heads = [head for head, _ in built.bands("briefing-pack")]
    for title, number in _contents(built):
        first = next(n for n, head in enumerate(heads, 1) if head.startswith(title))
        assert number == first, title


def test_pack_parts_are_as_long_as_the_documents(built):
    pack = built.documents.pack
    starts = [number for _, number in _contents(built)]
    for doc_id, start, end in zip(pack.documents, starts, starts[1:]):
        assert end - start == len(built.reader(doc_id).pages), doc_id


def test_pack_pages_in_order(built):
    pages = built.pages("briefing-pack")
    labels = [m for p in pages[1:] for m in re.findall(r"Page (\d+) of (\d+)", p)]
    assert labels == [(str(n), str(len(pages))) for n in range(2, len(pages) + 1)]


@pytest.mark.parametrize("installed", [False, True])
def test_verbose_builds_say_when_fonts_are_subset_the_slow_way(monkeypatch, caplog, installed):
    import logging
    from types import SimpleNamespace

    import weasyprint.text.ffi

    from generator.pipeline import build
    from generator.writers.pdf import subsets_fonts_with_harfbuzz

    # Stand-ins for the system library, present (HarfBuzz 4.1 or later) or not.
    monkeypatch.setattr(weasyprint.text.ffi, "harfbuzz_subset", object() if installed else None)
    monkeypatch.setattr(weasyprint.text.ffi, "harfbuzz", SimpleNamespace(hb_version_atleast=lambda *v: 1))
    assert subsets_fonts_with_harfbuzz() is installed

    build.note_font_subsetting.cache_clear()
    with caplog.at_level(logging.INFO, logger="generator"):
        for _ in range(2):  # once per process, however many builds
            build.note_font_subsetting(subsets_fonts_with_harfbuzz())
    build.note_font_subsetting.cache_clear()

    notes = [r for r in caplog.records if "libharfbuzz-subset0" in r.getMessage()]
    assert len(notes) == (0 if installed else 1)


# -- what the layout tells the rest of the build --------------------------------


def test_page_count_and_anchor_pages_from_the_layout_are_those_read_back(built):
    """The budgets and the DOCX's page numbers use what WeasyPrint's layout knew; a PDF
    read back from disk gives the same through pypdf."""
    import pickle

    import weasyprint

    from generator.writers.pdf.anchors import LaidOutPdf, anchor_pages, laid_out, page_count

    path = built.html("briefing-note")
    document = weasyprint.HTML(filename=str(path), base_url=str(built.event_dir) + "/").render()
    pdf = laid_out(document.write_pdf(), document)
    plain = bytes(pdf)
    assert type(plain) is bytes and plain == pdf
    assert page_count(pdf) == page_count(plain) == len(built.reader("briefing-note").pages) > 1
    read_back = anchor_pages(plain)
    assert len(read_back) > 5 and max(read_back.values()) > 1
    assert anchor_pages(pdf) == read_back
    wanted = set(list(read_back)[:3])
    assert anchor_pages(pdf, wanted) == anchor_pages(plain, wanted) and len(wanted) == 3
    # It travels between processes with its facts.
    travelled = pickle.loads(pickle.dumps(pdf))
    assert isinstance(travelled, LaidOutPdf) and travelled == pdf
    assert (travelled.pages, travelled.anchors) == (pdf.pages, pdf.anchors)
