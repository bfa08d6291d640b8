"""Header facts, round 11 (issue 11): a speaker named by the page's framing (a release's first sentence, a
summary, an introduction, a transcript's longest turn) is printed when the page then gives that person's own
words at length in a shape that says they are theirs; a page that only reports on them keeps the name held.

Every text is invented (names, places, sites), in the shapes the pages have.
"""

from __future__ import annotations

import pytest
from extract_helpers import header_facts

from generator.extract.own_words import gives_own_words

#: First-person words long enough to be a statement, not a remark quoted in passing.
WORDS = (
    "On the first of this month the council of our member states took a final decision on the meeting of the "
    "basin leaders in our capital. As you know, in my address to the council in January I named that meeting "
    "the main aim of our year in the chair. The decision is a sign of respect for what our people have built "
    "since independence, and we see in it support for the work of our country in the chair."
)

OWN_WORDS = [
    (
        # an introduction naming the speaker, then "He made the following statement:" and the quotation
        "Embassy of Estravia\nAbout the Embassy\nConsular Issues\n\n",
        "Lindhaven, August 6: Ilka Varn, the President of Estravia, today welcomed the decision of the basin "
        "council to hold its summit in Lindhaven. He made the following statement:\n\n"
        f'"{WORDS}\n\nWe will spare no effort to make the summit a success."\n',
        "Ilka Varn",
    ),
    (
        # a release naming the speaker, then quoting them by their office after a colon
        "Basin Secretariat\nPress room\n\n30 July 2009\n\nSecretary-General to attend the Delta Forum\n\n",
        "Basin Secretary-General Oskar Lind will attend the Delta Forum in Port Sella from 5-6 August 2009 at "
        "the invitation of the Forum's chair.\n\n"
        "Before his arrival in Port Sella, Mr Lind will attend a conference on the delta's economy.\n\n"
        f"Speaking ahead of his visit, the Secretary-General said: “{WORDS}”\n",
        "Oskar Lind",
    ),
    (
        # a press conference told in the third person, then the minister's labelled turns
        "",
        "The council held a press conference in the Hall of the Rivers on the morning of March 7, 2010. "
        "Foreign Minister Lind Oskar answered questions from the press on the country's foreign policy.\n"
        "Basin Radio: How do you see the past ten years of our diplomacy, and what comes next?\n"
        f"Foreign Minister Lind: {WORDS}\n"
        "Delta Daily: What about the river treaty?\n"
        "Foreign Minister Lind: We expect the treaty to be signed this year.\n",
        "Lind Oskar",
    ),
    (
        # a summary saying whose statement follows, then the speech under its salutation
        "Estravia on the culture of peace\n\n",
        "LINDHAVEN, NOV. 10, 2009 - Here is the statement Archbishop Ilka Varn, permanent observer of Estravia "
        "at the Basin Council, delivered today on the culture of peace before the council.\n\n* * *\n\n"
        f"Mr. President,\n\n{WORDS}\n",
        "Ilka Varn",
    ),
    (
        # a parliament's written answer: the longest turn, under the member's seat label
        "Written answers\n\nTuesday, 16 February 2010\n\nDepartment of Foreign Affairs\n\nCouncil Meetings\n\n",
        "Photo of Lena KostLena Kost (Port Sella North, Unity)\nLink to this: Individually | In context\n\n"
        "Question 93: To ask the Minister for Foreign Affairs if he will report on the most recent council "
        "meeting; and if he will make a statement on the matter.\n\n"
        "Photo of Oskar LindOskar Lind (Lindhaven Central, Progress)\nLink to this: Individually | In context\n\n"
        f"{WORDS}\n",
        "Oskar Lind",
    ),
]


@pytest.mark.parametrize(("top", "body", "speaker"), OWN_WORDS)
def test_the_framings_person_whose_own_words_the_page_gives_is_its_speaker(top: str, body: str, speaker: str):
    assert header_facts(top, body, source_name="page.txt")[0] == speaker


REPORTS = [
    # a visit announced, no words of the person's
    (
        "MFA Press Statement: Visit by Minister Oskar Lind to Port Sella, 14-15 November 2011\n\n",
        "Minister Oskar Lind will visit Port Sella from 14 to 15 November 2011 to attend the basin council's "
        "meeting of ministers. He will be accompanied by senior officials.\n\n"
        "While in Port Sella, Minister Lind will call on the Foreign Minister and meet business leaders.\n",
    ),
    # a long quotation opened by a colon, but in another person's mouth
    (
        "Basin Secretariat\nPress room\n\n30 July 2009\n\nSecretary-General to attend the Delta Forum\n\n",
        "Basin Secretary-General Oskar Lind will attend the Delta Forum in Port Sella from 5-6 August 2009 at "
        "the invitation of the Forum's chair.\n\n"
        f"Welcoming the visit, the Forum's chair, Mara Sund, said: “{WORDS}”\n",
    ),
]


@pytest.mark.parametrize(("top", "body"), REPORTS)
def test_a_page_that_only_reports_on_the_person_keeps_the_name_held(top: str, body: str):
    speaker = header_facts(top, body, source_name="page.txt")[0]
    assert speaker.startswith(("held: ", "TO CHECK"))


def test_a_remark_quoted_in_passing_is_not_a_statement():
    text = "Minister Oskar Lind met the council today.\n\nMinister Lind said: “We welcome the decision.”\n"
    assert not gives_own_words("Oskar Lind", "Minister", text)
    assert gives_own_words("Oskar Lind", "Minister", text.replace("We welcome the decision.", WORDS))


def test_he_opens_the_persons_quotation_only_after_a_sentence_naming_them():
    named = f"Oskar Lind, the President, welcomed the decision today. He made the following statement:\n“{WORDS}”\n"
    assert gives_own_words("Oskar Lind", "President", named)
    other = named.replace("Oskar Lind, the President,", "The council")
    assert not gives_own_words("Oskar Lind", "President", other)


def test_an_occasion_dated_by_a_slashed_day_in_brackets_is_read_not_refused():
    # the bracket was cut and the date looked for again in what was left, where "17/8/05" out of its
    # bracket is no date: the statement was refused as a crash (IndexError) instead of drafted
    facts = header_facts("Welcoming the Delegates to the Basin Summit (17/8/05)\n")
    assert facts[1] == "2005-08-17", facts
