"""Speakers of texts in the third person: a release's or a summary's subject, printed when the text's own
attributions ("“…,” Ms. Kost said") name the same person, and held as a candidate otherwise.

Invented statements in the shapes real ones have (a UN press summary of a Council president's news
conference, a ministry's release on its minister, a news item quoting two people, a speech quoting a
leader once). docs/extract.md, "Header round 4", has the measurement.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event
from generator.extract.attribution import attributed_speaker

PRESS_SUMMARY = (
    "Department of Public Information . News and Media Division . New York\n\n"
    "COUNCIL PRESIDENT BRIEFS PRESS ON MONTH OF WORK\n\n31 January 2012\n\n"
    "Estravia had achieved its objective of focusing the Council’s attention on the basin this month, "
    "Council President and Estravia’s Permanent Representative to the United Nations, Lena Kost, told "
    "correspondents at a Headquarters news conference today.\n\n"
    "“We are satisfied with the progress we have made during this presidency,” Ms. Kost said.\n\n"
    "Closer work between the two bodies was important, Ms. Kost said. “This gave us an opportunity to meet.”\n\n"
    "Asked about the river talks, Ms. Kost stressed that the parties had to return to the table.\n"
)

RELEASE = (
    "Press release\n\nLindhaven, 16 December 2008 – “The Presidency has delivered results that deserve "
    "applause,” stated Foreign Minister Arno Vell Pellinger. “Six months in which the basin made progress.”\n\n"
    "Pellinger referred to the floods of the summer and to the financial storm. “In both cases the Presidency "
    "responded without delay,” Pellinger said.\n\n"
    "Pellinger also commented on the Basin Council meeting held last week.\n"
)


def speaker(text: str) -> tuple[str | None, str | None, str | None]:
    result = extract_event(text, source_name="release.txt")
    h = result.findings.header
    name = result.data["speech"]["speaker"].get("name")
    return (None if "TO CHECK" in str(name) else name), h.found_by.get("speaker"), h.candidates.get("speaker")


def test_a_press_summarys_subject_quoted_again_is_printed():
    assert speaker(PRESS_SUMMARY) == ("Lena Kost", "release, quoted again", None)


def test_a_releases_minister_quoted_again_is_printed_without_the_role():
    name, source, _ = speaker(RELEASE)
    assert (name, source) == ("Arno Vell Pellinger", "release, quoted again")


def test_a_release_whose_text_quotes_someone_else_more_keeps_its_subject_as_a_candidate():
    text = (
        "Press release\n\nLindhaven, 4 May 2010 – Foreign Minister Lena Kost today welcomed the Amselian "
        "envoy Tomas Brell for talks on the river treaty.\n\n"
        "“The treaty is within reach,” Brell said after the talks. “We have closed most chapters.”\n\n"
        "Brell stressed that the last chapter, on water quotas, would need another round. Kost said little.\n\n"
        "“We will meet again in June,” Brell added.\n"
    )
    name, source, candidate = speaker(text)
    assert name is None and source == "release" and candidate == "Lena Kost"


@pytest.mark.parametrize(
    "text",
    [
        # two people quoted as often: whose statement it is, the attributions do not say
        "The talks ended late. “We agreed,” Kost said. Vell said the text was ready. “It is done,” Vell said. "
        "Kost stressed the work ahead. Foreign Minister Lena Kost and Minister Arno Vell then left.",
        # a speech quotes a leader once: no attribution count
        "Mr. President, as President Arno Vell said at the Summit, the rivers are ours to share. We agree.",
        # a name quoted often, but the text never writes it whole
        "“It is late,” Kost said. “We go on,” Kost added. Kost stressed the treaty.",
    ],
)
def test_no_one_is_named_when_the_attributions_do_not_single_out_one_full_name(text):
    assert attributed_speaker(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role and a style before the name are not given names
        (
            "Assistant to the Minister and head of the SOM Estravia-ASEAN Pham Quang Vinh made this statement. "
            "According to Vinh, the summit will review the charter. Vinh said the hosts were ready.",
            "Pham Quang Vinh",
        ),
        (
            "The Rt Hon Arno Vell spoke. Vell said the forum met. Vell added that it would meet again.",
            "Arno Vell",
        ),
        # the surname first, as Chinese and Korean names are written
        (
            "Foreign Minister Yang Lian answered questions. Yang said the talks went well. "
            "Yang stressed the ties.",
            "Yang Lian",
        ),
    ],
)
def test_the_full_name_without_its_role_style_or_acronyms(text, name):
    assert attributed_speaker(text) == name
