"""Each header fact records where it was read; a fact from a weak source is shown as a candidate, never printed.

The statements are invented, in the shapes real pages have: a header with a dateline, a speech that says
"here in X" only in its opening, a joint statement dated at its end, a communiqué that reports its meeting.
"""

from __future__ import annotations

from extract_helpers import NO_DATE, NO_PLACE, held

from generator.content.partial_date import DatePoint
from generator.extract import extract_event
from generator.extract.provenance import SOURCES, WEAK


def _extract(text: str):
    return extract_event(text, source_name="provenance.txt")


def test_a_dateline_in_the_header_is_a_fact_from_the_header():
    r = _extract(
        "Statement by H.E. Ms. Lena Kost\nMinister of Inland Affairs\nLindhaven, 4 May 2012\n\nMr. Chairman,\n\n"
        "We are gathered here in Port Sella to agree on the rules for the rivers of the whole basin.\n"
    )
    h = r.findings.header
    assert h.found_by == {
        "speaker": "header",
        "place": "header",
        "date": "header",
        "role": "header",
        "honorific": "header",
    }
    assert r.data["event"]["place"] == "Lindhaven"  # the header wins; the body's "here in" is not read
    assert r.data["speech"]["speaker"]["name"] == "Lena Kost"
    assert h.candidates == {}


def test_a_place_said_only_in_the_opening_is_held_as_a_candidate():
    r = _extract(
        "Statement by H.E. Ms. Lena Kost\n4 May 2012\n\nMr. Chairman,\n\n"
        "It is a pleasure for my delegation to be here in Port Sella for the first session of the Council.\n\n"
        "The rivers of the basin need common rules, and we will work for them.\n"
    )
    h = r.findings.header
    assert h.place is None and h.candidates == {"place": "Port Sella"}
    assert h.found_by["place"] == "body"
    place = r.data["event"]["place"]
    assert place.startswith(NO_PLACE) and held(place) == "Port Sella" and "paragraph 1" in place
    # the summary sentence built from the header's facts does not state it either
    assert "in Port Sella" not in str(r.data["summary"])
    assert any("event.place" in t and "Port Sella" in t for t in r.todo)
    # the draft's comment says the same, for the person who sets the place
    assert "Not in the header: perhaps “Port Sella” (paragraph 1" in r.yaml


def test_a_dateline_at_the_end_is_firm():
    r = _extract(
        "Joint Statement on the Basin Rivers\n\n"
        "1. The two Governments agreed to share the data of their river gauges every month from now on.\n\n"
        "2. They will meet again next year to review the arrangement and to extend it to the lakes.\n\n"
        "Done at Lindhaven, 12 March 2010\n"
    )
    h = r.findings.header
    assert h.found_by.get("date") == "closing dateline"
    assert h.found_by.get("place") == "closing dateline"
    assert r.data["event"]["place"] == "Lindhaven" and str(r.data["event"]["date"]) == "2010-03-12"


def test_the_policy_names_only_known_sources():
    assert {source for _, source in WEAK} <= set(SOURCES)
    assert {fact for fact, _ in WEAK} <= {"speaker", "place", "date"}


def test_a_communique_states_its_meetings_place_and_date():
    """ "The … Meeting … was held in X on DATE": the text says where and when; both are facts, each noted."""
    r = _extract(
        "1. The 11th Meeting of the Ministers of the Basin Council was held in Lindhaven on 21 July 2010. "
        "The Meeting was chaired by H.E. Dr. Amal Orr, Minister of Inland Affairs of Norland.\n"
        "2. The Ministers noted the progress made since their last meeting on the shared rivers.\n"
    )
    h = r.findings.header
    assert {k: h.found_by[k] for k in ("place", "date")} == {
        "place": "meeting report",
        "date": "meeting report",
    }
    assert "speaker" not in h.found_by
    assert r.data["event"]["place"] == "Lindhaven" and str(r.data["event"]["date"]) == "2010-07-21"
    assert "the meeting the statement reports" in r.data["event"]["date_note"]


def test_a_letters_signature_is_a_candidate_with_its_role():
    body = (
        "I write to you about the rivers of the basin and the work we share with all the partners of the Council.\n\n"
        "We will report on the floods at the next meeting, as the Council asked us to do last year.\n\n"
    )
    r = _extract(
        f"Letter to the Chair\n12 May 2010\n\nDear Madam Chair,\n\n{body}Yours sincerely,\n\n"
        "(Signed) Oskar Lind\nMinister of Inland Affairs\n"
    )
    name = r.data["speech"]["speaker"]["name"]
    assert held(name) == "Oskar Lind" and "signature" in name
    # the role read with the held name is held with it, not printed
    assert r.data["speech"]["speaker"]["role"] == "TO CHECK: speaker's role"
    assert r.findings.header.found_by["speaker"] == "signature"


def test_a_signature_after_the_first_paragraph_and_a_body_that_signs():
    first = "I write to you about the rivers of the basin and the work we share with all the partners of the Council."
    r = _extract(
        f"Letter to the Chair\n12 May 2010\n\nDear Madam Chair,\n\n{first}\n\n(signed)\nH.E. Mr. Oskar Lind\n\nAnnex\n"
    )
    assert held(r.data["speech"]["speaker"]["name"]) == "Oskar Lind"
    r = _extract(
        f"Statement\n12 May 2010\n\nDear Madam Chair,\n\n{first}\n\nWith best regards,\nThe Basin Team\n"
    )
    assert r.data["speech"]["speaker"]["name"] == "TO CHECK: speaker's name"


def test_a_report_places_the_event_it_reports_today():
    r = _extract(
        "Press Releases\n\n30.06.2008\n\nMinister Lind hands over the Presidency\n\n"
        "A ceremony on the handing over of the Basin Presidency took place in Port Sella, on the main square, "
        "this afternoon. The Presidency passes to Estravia at midnight.\n\n"
        "The Minister was the first to address the audience with the following words:\n\nDear Minister,\n\n"
        "I would like to thank you for coming to this short meeting on the square.\n"
    )
    assert r.data["event"]["place"] == "Port Sella"
    assert r.findings.header.found_by["place"] == "meeting report"
    # a speech recalling where something took place today is no report
    speech = _extract(
        "Basin Forum\n12 May 2010\n\nMr. Chairman,\n\n"
        "A ceremony in memory of the flood victims took place in Port Sella this morning, and we remember them.\n"
    )
    assert speech.data["event"]["place"] == NO_PLACE


def test_welcoming_a_guest_to_a_city_is_a_candidate_place():
    r = _extract(
        "Remarks by the Minister after the Basin Ministerial\n28 October 2010\n\n"
        "I am pleased to welcome Foreign Minister Oskar Lind to Lindhaven. Our relationship is very important.\n"
    )
    assert held(r.data["event"]["place"]) == "Lindhaven"


def test_a_date_in_the_opening_lines_only_is_shown_as_a_candidate_and_resolves_nothing():
    """No dateline, no date stamp, no report of the statement: the first day the page's opening writes out is
    as often a meeting's date as the page's own, so the draft shows it beside the placeholder, and the
    body's relative dates stay unresolved rather than counted from a guess."""
    r = _extract(
        "Basin Letter No 7\nRiver matters, autumn edition\n\n"
        "The gauges along the upper river were read on 14 October 2011 by the joint team of both countries.\n\n"
        "The ministers met last year in Port Sella to share the readings, and they will meet next spring.\n"
    )
    h = r.findings.header
    assert h.date is None and h.candidates == {"date": "2011-10-14"}
    assert h.found_by["date"] == "opening date"
    date = str(r.data["event"]["date"])
    assert date.startswith(NO_DATE) and held(date) == "2011-10-14"
    assert any("event.date" in t and "2011-10-14" in t for t in r.todo)
    assert r.findings.speech_date is None
    assert all(str(item.get("date", "")) != "2010" for item in r.data.get("timeline", []))


def test_the_page_s_date_on_a_line_of_its_own_is_printed_not_held():
    """A day standing on a line of its own in the page's opening lines, which no other reading took, is the
    page saying its date, as its date stamp does: printed (round 11). The same day inside a sentence of the
    opening stays a candidate (the test above). The header's readings take the usual date lines first, so
    the reading is called here on the lines it is the last resort for."""
    from generator.extract.header.facts import Header
    from generator.extract.header_elsewhere import opening_date, opening_date_line

    def read(text: str) -> tuple[DatePoint | None, DatePoint | None]:
        line, candidate = Header(), Header()
        opening_date_line(line, text)
        opening_date(candidate, text)
        return line.date, candidate.date

    day = DatePoint(2011, 10, 18)
    assert read("Basin Letter No 7\nNews | Tuesday, 18 October 2011 | Print\n\nThe gauges were read.\n") == (
        day,
        day,
    )
    sentence = "The joint team of both countries read the gauges on Tuesday, 18 October 2011.\n"
    assert read(f"Basin Letter No 7\n{sentence}\nThe gauges were read.\n") == (None, day)
    assert read("Mr. President,\n18 October 2011\n") == (None, None)  # the speech has begun
    already = Header(date=DatePoint(2010, 1, 2))
    opening_date_line(already, "18 October 2011\n")
    assert already.date == DatePoint(2010, 1, 2)
    assert "opening date line" in SOURCES and ("date", "opening date line") not in WEAK
