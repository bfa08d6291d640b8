"""Web-page furniture copied with a statement is dropped, and the draft lists what was dropped."""

from __future__ import annotations

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
