"""Web-page furniture copied with a statement is dropped, and the draft lists what was dropped."""

from __future__ import annotations

import pytest

from generator.extract import extract_event

PAGE = """Ostrava Foreign Ministry
Home > Speeches > 2011
Learning Center
Plans & pricing
Sign in
English | Français | Español
Statement by H.E. Ms. Runa Vale
Minister of Foreign Affairs of Ostrava
at the Third Conference on Inland Waters
Lindhaven, 12 October 2011
(photo) Minister Vale greets the delegations before the opening session
Mr. Chairman,
We gather at a time when rivers cross more borders than our treaties do, and our cooperation must follow them.
Share | Tweet | Print
Since the second conference in Amsel in March 2009, eleven states have joined the basin agreement.
Page top
"""


def test_furniture_lines_are_removed_and_listed():
    result = extract_event(PAGE, source_name="page.txt")
    removed = result.findings.removed
    for line in (
        "Home > Speeches > 2011",
        "Learning Center",
        "Plans & pricing",
        "Sign in",
        "English | Français | Español",
        "Share | Tweet | Print",
        "Page top",
        "(photo) Minister Vale greets the delegations before the opening session",
    ):
        assert line in removed, line
        assert line not in result.text
    # Listed, one per line, at the top of the draft.
    top = result.yaml.split("\n\n")
    listing = next(block for block in top if "Lines removed as web-page furniture" in block)
    assert "#   | Plans & pricing" in listing and "#   | Page top" in listing


def test_furniture_never_becomes_the_speaker_or_a_message():
    data = extract_event(PAGE, source_name="page.txt").data
    assert data["speech"]["speaker"]["name"] == "Runa Vale"
    assert (data["event"]["date"], data["event"]["place"]) == ("2011-10-12", "Lindhaven")
    said = str(data.get("key_messages")) + str(data["summary"])
    assert "Sign in" not in said and "pricing" not in said and "photo" not in said


def test_a_site_name_line_is_not_taken_for_the_statement():
    data = extract_event(PAGE, source_name="page.txt").data
    assert "Ostrava Foreign Ministry" not in str(data["speech"]["speaker"])
    paragraphs = extract_event(PAGE, source_name="page.txt").speech.paragraphs
    assert paragraphs[0].plain_text().startswith("We gather at a time")


def test_you_are_here_is_furniture_only_as_a_breadcrumb():
    from generator.extract import furniture

    assert furniture.anywhere("You are here: Home > Speeches")
    assert furniture.anywhere("You are here")
    assert not furniture.anywhere("You are here with us today in Lindhaven for this conference.")


def test_a_menu_above_a_stacked_header_leaves_the_header():
    """Seven short capitalised lines are a site's menu; a stacked header under a short menu is not one,
    because a kind of statement alone or a role line ends the run."""
    from generator.extract import furniture

    menu = [
        "About the Embassy",
        "Official Statements",
        "Consular Issues",
        "",
        "Country Profile",
        "Economic Overview",
        "Environment Issues",
        "Photo Gallery",
        "",
        "Lindhaven, August 6: the text.",
    ]
    assert furniture.menu(menu) == {0, 1, 2, 4, 5, 6, 7}
    header = [
        "Home",
        "News",
        "Speeches",
        "Remarks",
        "Amal Orr",
        "Secretary of Inland Affairs",
        "Treaty Room",
        "Washington, DC",
        "Lakeside Hall",
        "Ground Floor",
    ]
    assert furniture.menu(header) == set()


PAGE_FURNITURE = [
    "Share this page",
    "Share on Facebook",
    "Print this page",
    "Back to top",
    "Top of page",
    "↑ Top",
    "Skip to content",
    "English | Français | Español | Русский | 中文 | العربية",
    "EN | FR | ES",
    "Sign in / Register",
    "Log in | Sign up",
    "Photo: Ministry of Inland Affairs",
    "(Photo) The Minister greets the delegates",
    "Photo credit: Basin Council",
    "Tweet",
    "Email this page",
    "Font size: A A A",
    "Related links",
    "Last updated: 12 March 2010",
    "Page last updated: 12.03.2010",
    "Print | Email | Share",
    "Print Friendly, PDF & Email",
    "Bookmark and Share",
    "Text size: A+ A-",
    "Follow us on Twitter",
    "Subscribe to our newsletter",
    "Copyright © 2010 Ministry of Inland Affairs",
    "All rights reserved",
    "Terms of use | Privacy policy | Contact us",
    "Home › News › Speeches",
    "You are here: Home / Speeches",
    "Download PDF",
    "Download this speech (PDF, 120 KB)",
    "Listen to the speech",
    "Watch the video",
    "View photos",
    "Next article »",
    "« Previous",
    # captions told by their end or by where the people stand in the picture
    "Minister Vale (3rd L) greets the Korvian delegation in Lindhaven, May 4, 2011. [Photo/Agencies] |",
    "Delegates arrive for the opening session in Lindhaven on Monday. (Photo: Basin Wire)",
    "The two ministers sign the river accord in Amsel, 12 March 2009. [Picture by Ilka Varn]",
    "Minister Vale (L) and Minister Orr (R) before the talks",
    "President Lind (2nd from R) with the heads of delegation",
]
STATEMENT_LINES = [
    "Thank you.",
    "Share the burden.",
    "Home affairs matter.",
    "Top priorities for the year",
    "Print media freedom is essential.",
    "We must email our partners more.",
    "Excellencies,",
    "Related issues will be discussed tomorrow.",
    "Next steps",
    "Back to the future of the basin",
    "We adopted the photo exhibition's theme (R) for the review.",
    "The summit (in Photo City) was attended by ten states.",
    "Section (C) of the report sets out the plan.",
]


@pytest.mark.parametrize("line", PAGE_FURNITURE)
def test_page_furniture_of_every_kind_goes(line):
    from generator.extract import furniture

    assert furniture.anywhere(line) or furniture.top(line)


@pytest.mark.parametrize("line", STATEMENT_LINES)
def test_statement_lines_with_furniture_words_stay(line):
    from generator.extract import furniture

    assert not furniture.anywhere(line)


def test_a_page_copied_into_one_paragraph_that_opens_with_its_photo_credit_is_read():
    """A news page pasted as one paragraph (its copy joined every line) opens with the photo's credit: the
    caption's marks made the whole line furniture, and the statement was refused as having none. A line
    of caption size is still dropped."""
    article = (
        "Photo by: Ann Lessing. Foreign Minister Oskar Lind speaks to reporters at the airport on Wednesday "
        "evening after returning from the Basin Summit. Foreign Minister Oskar Lind said that in a meeting with "
        "the Basin Secretary-General in Port Sella this week he called on the members to share the costs of the "
        "new gauges along the upper river. He addressed the Basin Assembly on Saturday and met the Secretary-"
        "General on Monday, and he told reporters that the river commission should meet again before the floods "
        "of next spring. The two also discussed the delta and the fisheries, a spokesman for the Secretariat "
        "said, and they agreed that their officials would meet in Lindhaven next month to prepare the work.\n"
    )
    r = extract_event(article, source_name="joined.txt")
    assert "river commission" in r.text and "Photo by" in r.text
    caption = "Photo by: Ann Lessing\n\nMr. President,\n\nThe rivers we share need common rules.\n"
    assert "Photo by" not in extract_event(caption, source_name="caption.txt").text
