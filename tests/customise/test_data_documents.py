"""The shipped programme and delegation list: made from event data, in PDF, DOCX and HTML,
optional in the pack."""

from __future__ import annotations

import pytest
from customise_helpers import DEMO, build, demo_project, docx_text, formats, project
from helpers import CONTENT, DEFAULT_EVENT, EVENT, assert_ok, assert_user_error, normalise, pdf_pages, run_cli
from lxml import html as lxml_html

pytestmark = pytest.mark.slow  # each builds two documents in every format


@pytest.fixture(scope="module")
def demo_docs(tmp_path_factory):
    root = demo_project(tmp_path_factory.mktemp("data-docs"))
    return build(
        root, "-d", "programme", "-d", "delegation-list", *formats("pdf", "docx", "html"), event=DEMO
    )


def test_programme_in_every_format(demo_docs):
    pdf = normalise(" ".join(pdf_pages(demo_docs / "programme.pdf")))
    for text in (
        "Programme",
        "All times are local time, Europe/Oslo.",
        "11 June 2024",
        "12 June 2024",
        "09:00–10:00 Opening session",
        "14:00–16:30 Discussion of the Cool Streets Compact",
        "Source: Programme of the 4th CCHN Ministerial, a fictional calendar",
    ):
        assert text in pdf, text
    assert pdf.index("11 June 2024") < pdf.index("Welcome reception") < pdf.index("12 June 2024 Time")
    assert len(pdf_pages(demo_docs / "programme.pdf")) == 1
    page = lxml_html.parse(str(demo_docs / "programme.html")).getroot()
    rows = [[normalise(td.text_content()) for td in tr.findall("td")] for tr in page.iter("tr")]
    rows = [r for r in rows if r]
    assert rows[0] == [
        "18:00–20:00",
        "Welcome reception offered by the hostFictional: invented for the briefkit demonstration.",
        "Harbour Hall, Dravenport",
    ]  # (a <br> between the two)
    assert [r[0] for r in rows[1:]] == [
        "09:00–10:00",
        "10:00–12:30",
        "12:30–14:00",
        "14:00–16:30",
        "16:30–17:00",
    ]
    if (demo_docs / "programme.docx").exists():
        text = docx_text(demo_docs / "programme.docx")
        assert "Ministerial statements" in text and "10:00–12:30" in text


def test_delegation_list_in_every_format(demo_docs):
    pdf = normalise(" ".join(pdf_pages(demo_docs / "delegation-list.pdf")))
    assert "List of Delegations" in pdf and "4 delegations" in pdf
    # Sorted by country, members split at ";".
    table = pdf[pdf.index("4 delegations") :]
    order = [table.index(c) for c in ("Corvinne (city delegation)", "Maravia", "Oskavia", "Tavelia")]
    assert order == sorted(order)
    assert "Mr. Jonas Erdvik, Ms. Mira Solheim, Dr. Karel Vinter" in pdf
    assert "Source: List of delegations of the 4th CCHN Ministerial, a fictional spreadsheet" in pdf
    page = lxml_html.parse(str(demo_docs / "delegation-list.html")).getroot()
    heads = [normalise(tr.findall("td")[1].text_content()) for tr in page.iter("tr") if tr.findall("td")]
    assert heads[-1] == "H.E. Ms. Ilse VarnholtMinister for Cities and Climate Adaptation"  # <br> between
    if (demo_docs / "delegation-list.docx").exists():
        text = docx_text(demo_docs / "delegation-list.docx")
        assert "H.E. Mr. Teodor Lindqvar" in text and "Maravia" in text


def test_the_pack_has_them_only_where_the_data_is(tmp_path):
    root = demo_project(tmp_path)
    import shutil

    shutil.copytree(CONTENT / DEFAULT_EVENT, root / "content" / DEFAULT_EVENT)
    assert_ok(run_cli(["build", "-d", "briefing-pack", "-f", "html"], project=root))
    demo = normalise(
        lxml_html.parse(str(root / "build" / DEMO / "briefing-pack.html")).getroot().text_content()
    )
    real = normalise(
        lxml_html.parse(str(root / "build" / DEFAULT_EVENT / "briefing-pack.html")).getroot().text_content()
    )
    assert "List of Delegations" in demo and "Ministerial statements" in demo
    assert "List of Delegations" not in real and "Programme" not in real
    assert not (root / "build" / DEFAULT_EVENT / "programme.html").exists()
    output = assert_ok(run_cli(["-v", "validate", DEFAULT_EVENT], project=root))
    assert "programme: not built for this event, which has no data.programme" in output


def test_a_programme_from_a_spreadsheet_checked_against_its_schema(tmp_path):
    csv = (
        "date,time,end_time,title,place\n2006-05-12,09:30,10:30,Opening,Room XVII\n2006-05-12,9.30,,Lunch,\n"
    )
    source = {"id": "prog", "title": "Draft programme", "file": "data/programme.csv"}
    from customise_helpers import small_event

    root = project(
        tmp_path, {f"content/{EVENT}/data/programme.csv": csv}, event=small_event(sources=[source])
    )
    output = assert_user_error(run_cli(["build", "-d", "programme", "-f", "html"], project=root), 2)
    assert f"content/{EVENT}/data/programme.csv:3: [1].time: '9.30' does not match" in output
    assert "the programme document needs this" in output
    (root / "content" / EVENT / "data" / "programme.csv").write_text(
        csv.replace("9.30", "12:30"), encoding="utf-8"
    )
    assert_ok(run_cli(["build", "-d", "programme", "-f", "html"], project=root))
    text = normalise(lxml_html.parse(str(root / "build" / EVENT / "programme.html")).getroot().text_content())
    assert "09:30–10:30 Opening Room XVII" in text and "12:30 Lunch —" in text
