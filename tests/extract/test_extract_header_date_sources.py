"""Which of a header's dates is the statement's (issue 11, round 8: docs/extract.md, "Round 8: the header's
dates").

Invented pages in the shapes real ones have. A title that dates its own occasion with one day ("… Press
Conference on DATE", "Address to …, City, DATE.") is the statement's day, over a bare date line of the page
above or below it — the day the page was posted, or a masthead's day of reading. A press release's title
dates what it reports, not the release; a span of days dates a meeting, not the statement.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event

BODY = (
    "Good afternoon. I have two announcements to make before I take your questions on the river treaty "
    "and on the coming session of the basin council.\n\n"
    "The ministers of the basin states will also discuss trade between their countries and the situation "
    "in the region, according to the ministry.\n"
)


def drafted(text: str) -> str:
    """The draft's event date, as printed (a TO CHECK placeholder when it is not a fact)."""
    return str(extract_event(text, source_name="page.txt").data["event"]["date"])


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # the page's posting stamp under a briefing's title (the next day), numbers with slashes
        ("Spokesperson Ilka Varn's Regular Press Conference on March 3, 2011\n2011/03/04", "2011-03-03"),
        # the same stamp above the title
        ("2011/03/04\nSpokesperson Ilka Varn's Regular Press Conference on March 3, 2011", "2011-03-03"),
        # a masthead's day of reading, years later, above a briefing "by" its giver
        (
            "Home   Newsletter   Contact\nThursday, October 9, 2019\n\n"
            "Regular Press Briefing by the Ministry's Spokesman Arno Vell on 14 January 2013",
            "2013-01-14",
        ),
        # a news site's day above an address whose title closes with its city and day
        (
            "18 September, 2012\nLena Kost, Secretary-General, Basin Council\n"
            "Address to the Plenary, 12th Basin Conference, Lindhaven, 17 September 2012.",
            "2012-09-17",
        ),
    ],
)
def test_a_title_dating_its_occasion_wins_over_a_bare_stamp(header: str, date: str) -> None:
    assert drafted(f"{header}\n\n{BODY}") == date


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # a press statement's title dates the talks it reports; the release is dated below it
        (
            "Press Statement: Foreign Minister Ilka Varn at the Basin Council Session, 11 May 2010\n\n"
            "12 May 2010",
            "2010-05-12",
        ),
        (
            "MEDIA RELEASE: Minister Arno Vell at the Tarn Forum, 2 February 2014\n\n3 February 2014",
            "2014-02-03",
        ),
        # a dateline with its city is not replaced by a title's day
        (
            "Lindhaven, 9 June 2009\n\nSpokesperson Ilka Varn's Press Conference on June 8, 2009",
            "2009-06-09",
        ),
    ],
)
def test_what_a_title_day_does_not_replace(header: str, date: str) -> None:
    assert drafted(f"{header}\n\n{BODY}") == date
