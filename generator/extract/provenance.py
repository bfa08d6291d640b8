"""Where each header fact came from, and which sources are firm enough to print it as a fact.

The header's own lines (a dateline, a "Statement by …" line), a label ("Speaker: …"), a page's
introduction or summary that says whose address it is and where, a communiqué's "was held in X on
DATE", and a closing dateline ("Done at …") state the fact. Other readings infer it: "we are gathered
here in Geneva" in the third paragraph is where the speaker stands, usually; the longest turn of a
transcript is the statement, usually; who signs a letter wrote it, usually. A weak source's value is held back as a *candidate*: the draft
shows it in a TO CHECK placeholder and a person decides.

This module is the one home of that policy (``WEAK``); ``header_elsewhere.read_header`` records
each value's source (``Header.found_by``) and calls ``hold_weak`` last.
"""

from __future__ import annotations

import re

from ..content.speech import normalise_space
from .attribution import attributed_speaker
from .city import is_known_city
from .countries import is_country
from .header.facts import Header
from .header.words import EVENT_WORDS, ROLE_WORDS
from .own_words import gives_own_words
from .periodical import listing_page, periodical_page
from .person import names_a_body, not_a_person, surname_alone
from .readers.blocks import is_salutation

#: Every reading ``read_header`` records, and what it is in words (for the draft's notes).
SOURCES = {
    "header": "the header's lines",
    "label": "a speaker label near the top",
    "release": "the press release's first sentence",
    "summary": "the page's summary above the statement",
    "introduction": "the page's introduction to the statement",
    "transcript": "the longest turn of the transcript",
    "signature": "the letter's signature",
    "closing dateline": "the dateline at the end",
    "wire dateline": "the news item's dateline below the page's opening lines",
    "page date": "the page's date line",
    "meeting report": "the meeting the statement reports",
    "report": "the report's sentence saying who spoke, where and when (“said X, presenting … in Y on …”)",
    "dateline, year of the opening": "the dateline's day, in the year the opening paragraph gives it",
    "opening today": "the report's opening paragraph (“… in X today”)",
    "headline": "the page's headline saying the person the text quotes is in X",
    "release, named in the title": "the press release's first sentence and the page's title",
    "summary, named in the title": "the page's summary and its title",
    "introduction, named in the title": "the page's introduction and its title",
    "report, named in the title": "the report's sentence and the page's title",
    "summary, its role in the header": "the page's summary and the role its header gives",
    "introduction, its role in the header": "the page's introduction and the role its header gives",
    "report, quoted again": "the report's sentence saying who spoke and the person the text quotes most",
    "body": "the statement's opening paragraphs",
    "opening date line": "the day on a line of its own in the page's opening lines",
    "opening date": "the first date in the page's opening lines",
    "masthead": "the periodical's masthead (the day or month of its issue)",
    "attribution": "the person the text quotes most (“…,” X said)",
    "release, quoted again": "the press release's first sentence and the person the text quotes most",
    "summary, quoted again": "the page's summary and the person the text quotes most",
    "introduction, quoted again": "the page's introduction and the person the text quotes most",
    "release, own words given": "the press release's first sentence and the person's own words it gives",
    "summary, own words given": "the page's summary and the person's own words it gives",
    "introduction, own words given": "the page's introduction and the person's own words it gives",
    "transcript, own words given": "the longest turn of the transcript, labelled with the person's name",
    "learnt": "the learnt header reader's likeliest name (in the opening or closing lines, or said to speak)",
}

#: (fact, source) pairs that infer rather than state: kept as candidates, never printed as facts. A page's
#: summary ("In his statement at … in Cairo, …") and a communiqué's "was held in X on DATE" state where the
#: statement or its meeting was, and stay facts; "welcome you to X" in the speech, and the longest turn of
#: a transcript, are inferences. (Measured on dev–dev5, docs/extract.md: every one of these sources was
#: right more often than not, and none gave a place or speaker where the text has none.)
WEAK = {
    # (but a capital or a seat city said there is a fact: right 5 times of 5 on the tuning sets and 1 of 1
    # at their first readings, where the opening's other places were a country or a page's word)
    ("place", "body"),
    ("speaker", "transcript"),
    ("speaker", "signature"),
    # Written from the sets they were tuned on, and never once naming a speaker on a set read afterwards
    # (dev3 to dev6 at their first readings: every speaker printed came from the header's lines): a
    # release's subject quoted below, a summary's or an introduction's "X said in his address", "X
    # delivered the following remarks" are held until they have a record on unseen statements
    # (docs/extract.md, "Header round 3").
    ("speaker", "release"),
    ("speaker", "summary"),
    ("speaker", "introduction"),
    # the person a report's sentence says spoke where and when (header-recall round): a release's reading too
    ("speaker", "report"),
    # the person a third-person text quotes most ("“…,” Mr. X said" twice or more), alone: right 10 times of
    # 10 on the tuning sets (all six), never wrong and never naming anyone where the text names no speaker,
    # but written from them (docs/extract.md, "Header round 4")
    ("speaker", "attribution"),
    # the first day written in the page's opening lines, when nothing else dated the statement
    # (header_elsewhere.opening_date): a meeting's date as often as the statement's
    ("date", "opening date"),
}
#: Weak readings of the page's framing that the text's own attributions confirm: two independent readings
#: naming one person, printed (at the first readings of dev3 to dev6: +7 right, none wrong, no guess).
CONFIRMED_BY_ATTRIBUTION = ("release", "summary", "introduction", "report")
#: Weak readings confirmed when the page gives the person's own words at length in a shape that says they are
#: theirs (``own_words``): a quotation opened by a colon after a clause naming them, a turn labelled with their
#: name, a speech under its salutation right below the lines naming them (round 11: held right on dev3, dev4,
#: dev5, dev6 and dev12, never where the text names no speaker).
CONFIRMED_BY_OWN_WORDS = ("release", "summary", "introduction", "transcript")


def is_weak(fact: str, source: str | None) -> bool:
    return source is not None and (fact, source) in WEAK


def drop_non_person(header: Header) -> None:
    """A speaker whose shape is not one person's name (a country, an office, a title, several people) is
    no speaker: dropped where it was read, so that a later reading may still name who spoke."""
    if header.speaker is not None and not_a_person(header.speaker, header.role):
        header.speaker = header.honorific = None


def doubtful_speaker(header: Header, text: str) -> str | None:
    """Why a speaker read from a firm source may still be only part of the name, or more than it."""
    name, role = header.speaker, header.role
    if name is None:
        return None
    if surname_alone(name, text):
        return "a surname alone, or one word"
    if not name[:1].isupper():
        # "Intervention de S.E. M. X": a title in another language read on into the name; where it begins was
        # not read
        return "the name opens with a small word"
    if _writers_by_line(header, text):
        return "a by-line over a text that is not a speech: perhaps its writer"
    if role and role[:1].isupper() and not ROLE_WORDS.search(role) and EVENT_WORDS.search(role):
        # "Address Kuupik Kleist Arctic Council 7 Meeting 2011": where the name ends was not written
        return "the name runs on into the title"
    return None


#: The text's own voice: "I", "we", "our" … (``speaks_in_first_person``, and a report's opening).
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|our|Our|my|My)\b")
#: Words in quotation marks: another person's, not the text's own voice.
_QUOTED_WORDS = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def speaks_in_first_person(text: str, least: int = 2) -> bool:
    """Whether the text speaks as someone ("I thank …", "our work") rather than reports on others ("The
    Minister today met …", words in quotation marks aside): a name over a report names its writer."""
    return len(_FIRST_PERSON.findall(_QUOTED_WORDS.sub(" ", text))) >= least


def _writers_by_line(header: Header, text: str) -> bool:
    """ "By Lena Kost" with no role and no style, over a text that never addresses anyone ("Mr. President,"):
    a news item's or a column's by-line names who wrote it as often as who spoke (two of four by-lines at the
    tuning sets' first readings named nobody who spoke, docs/extract.md "Header round 3"). Over a speech the
    same line is the speaker's. A name alone without an office, styled or not ("Dr. Lena Kost" under a
    headline), over a text that also never speaks in the first person is the same: its writer, perhaps."""
    if (
        header.found_by.get("speaker", "header") != "header"
        or header.role is not None
        or any(is_salutation(normalise_space(line)) for line in text.split("\n")[:40])
    ):
        return False
    shape = header.speaker_shape or ""
    if shape.startswith("a by-line"):
        return header.honorific is None
    if not shape.startswith(("a name with its style", "a bare name")) or speaks_in_first_person(text):
        return False
    # (a person the report itself names, "Foreign Minister X Y said today", is whose release it is: a writer
    # is named only over the text)
    surname = re.escape(header.speaker.split()[-1]) if header.speaker else ""
    head = {normalise_space(line) for line in header.lines}
    return not any(
        re.search(rf"\b{surname}\b", line) for line in text.split("\n") if normalise_space(line) not in head
    )


def _same_person(name: str, other: str) -> bool:
    """ "H.E. Mr. Baso Sangqu" and "Baso Sangqu": every word of the shorter name is in the longer one."""

    def words(n: str) -> set[str]:
        return {w.strip(".,").lower() for w in n.split()} - {"", "h.e", "mr", "mrs", "ms", "dr", "rt", "hon"}

    a, b = words(name), words(other)
    return bool(a and b) and (a <= b or b <= a) and min(len(a), len(b)) >= 2


def _own_words_given(header: Header, source: str | None, text: str) -> bool:
    return (
        header.speaker is not None
        and source in CONFIRMED_BY_OWN_WORDS
        and gives_own_words(header.speaker, header.role, text)
    )


def confirm_by_attribution(header: Header, text: str) -> None:
    """A speaker from the page's framing (a release's first sentence, a summary, an introduction) that the
    text's own attributions name too is a fact, recorded as "… quoted again"; so is one (or a transcript's
    longest turn) whose own words the page gives at length (``own_words``), "… own words given"; with no
    speaker at all, the person the text quotes most is a candidate (``attribution``, weak)."""
    source = header.found_by.get("speaker")
    if header.speaker is not None and source not in CONFIRMED_BY_ATTRIBUTION:
        if _own_words_given(header, source, text):
            header.found_by["speaker"] = f"{source}, own words given"  # (a transcript's longest turn)
        return
    quoted = attributed_speaker(text)
    if header.speaker is not None and quoted is not None and _same_person(header.speaker, quoted):
        header.found_by["speaker"] = f"{source}, quoted again"
    elif header.speaker is not None and _named_in_title(header.speaker, header.lines):
        header.found_by["speaker"] = f"{source}, named in the title"
    elif header.speaker is not None and _role_in_header(header, text):
        header.found_by["speaker"] = f"{source}, its role in the header"
    elif _own_words_given(header, source, text):
        header.found_by["speaker"] = f"{source}, own words given"
    elif header.speaker is None and quoted is not None:
        header.speaker, header.found_by["speaker"] = quoted, "attribution"


#: A headline's subject: the capitalised words before its first word in lower case ("Federal Foreign Minister
#: Westerwelle pays tribute to …", "Minister Rupel passes the Presidency on to …"), or before a colon and the
#: words it quotes ("Vell: the delta needs a treaty").
_SUBJECT = re.compile(r"^(?P<s>(?:[A-Z][\w'’.\-]*:?\s+){1,6}?)(?=[a-z“\"])")


def _named_in_title(name: str, lines: list[str]) -> bool:
    """The page's title has the framing's person as its subject, by surname: a second reading, independent
    of the sentence that named them ("Minister Rupel passes …" over "… the Foreign Minister addressed the
    audience with the following words")."""
    surname = name.rsplit(maxsplit=1)[-1]
    for line in lines:
        line = normalise_space(line)
        if line.endswith((".", ":", ";")):
            continue  # a sentence, not a headline: perhaps the very one that named them
        m = _SUBJECT.match(line)
        if m and surname in m["s"].replace(":", " ").split():
            return True
    return False


def _role_in_header(header: Header, text: str) -> bool:
    """The header's statement line gives a role and no name ("Statement by the Prime Minister of X"), and
    the framing names its person by that role ("Prime Minister X Y delivered the following remarks"): the
    header and the introduction name one person."""
    if header.role is None or header.found_by.get("role") != "header" or header.speaker is None:
        return False
    office = header.role
    whose = re.search(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’\- ]+)$", office)
    if whose and (is_country(whose["c"]) or whose["c"] == header.country):
        office = office[: whose.start()]  # "Prime Minister of Estravia": the office, without its country
    for m in re.finditer(rf"\b{re.escape(office)}\s+{re.escape(header.speaker)}\b", text):
        before = text[: m.start()].split()
        if not (before and before[-1][:1].isupper()):
            return True  # (not "Prime Minister X" read as "Minister X")
    return False


def hold_weak(header: Header, text: str = "") -> None:
    """Move the values of weak sources, and speakers of a doubtful shape, out of the header's facts into
    ``header.candidates``."""
    if text and header.speaker is not None and names_a_body(header.speaker, text):
        header.speaker = header.honorific = None
    why = doubtful_speaker(header, text) if text else None
    if why is not None:
        header.held_why["speaker"] = why
    elif text:
        confirm_by_attribution(header, text)
    for fact in ("speaker", "place"):
        value = getattr(header, fact)
        source = header.found_by.get(fact)
        if fact == "place" and source == "body" and value is not None and is_known_city(value):
            continue  # "we are gathered here in Geneva": a capital or a seat city said in the opening
        if value is not None and (is_weak(fact, source) or fact in header.held_why):
            header.candidates[fact] = value
            setattr(header, fact, None)
            if fact == "speaker":
                # the role and style read with a held-back name are as uncertain as the name
                for part in ("role", "honorific"):
                    if header.found_by.get(part) == source:
                        setattr(header, part, None)
    if held_report(header):
        # the report's sentence named a speaker held as a candidate: the day and city it gave with them are of
        # that person's occasion, which is the page's only if the person is its speaker
        for fact in ("date", "place"):
            if header.found_by.get(fact) == "report":
                header.held_why[fact] = "read with the speaker held above, from the same sentence"
    periodical = (
        periodical_page(text) if text and (header.place is not None or header.date is not None) else None
    )
    if periodical is not None and header.place is not None:
        header.held_why["place"] = periodical
    if periodical is not None and header.date is not None and listing_page(_lines(text)):
        header.held_why["date"] = "a listing of news items: the first day is its first item's"
        header.listing_day = header.date
    if header.place is not None and "place" in header.held_why:
        header.candidates["place"] = header.place
        header.place = None
    if header.date is not None and header.date_bare and any(_LISTING.search(line) for line in header.lines):
        # "16 Entries" over a search listing, "Media Programme for the State Visit" over its days: the bare day
        # read is an entry's or a programme day's, not the statement's
        header.held_why["date"] = "a day of a listing's entries or a programme's, not the statement's"
        header.listing_day = header.date  # (it still dates what is said relative to it)
    if header.date is not None and header.date_span is not None:
        # the header dates its meeting by a span of days, not the statement by its day
        header.held_why["date"] = (
            f"a span of days, {header.date_span.iso()}: the meeting’s, not the statement’s day"
        )
    if header.date is not None and (
        is_weak("date", header.found_by.get("date")) or "date" in header.held_why
    ):
        header.candidates["date"] = header.date.iso()
        header.date = None


def _lines(text: str) -> list[str]:
    return [line for line in (normalise_space(raw) for raw in text.split("\n")) if line]


#: A page of dated entries or a programme of days: "16 Entries", "Results 1 - 10 of 42", "Media Programme for …",
#: "Programme of the State Visit", "Itinerary".
_LISTING = re.compile(
    r"^\d+\s+(?:entries|results|items|articles)\b|^results\s+\d|"
    r"^(?:\w+\s+){0,2}(?:programme|program|itinerary|schedule)\b(?:\s+(?:for|of)\b|\s*$)",
    re.IGNORECASE,
)


def held_report(header: Header) -> bool:
    """The speaker a report's sentence below its lead named is held (no second reading names them): the
    sentence may be one item of a page listing several (a news listing, one summary a line)."""
    return (
        header.found_by.get("speaker") == "report"
        and "speaker" in header.candidates
        and not header.report_in_lead
    )


def candidate_note(header: Header, fact: str) -> str | None:
    """ "perhaps “Geneva” (paragraph 3, the statement's opening paragraphs)": a held-back candidate and where
    it was read, for the draft. The candidate comes first: ``briefkit validate`` shortens long values."""
    value = header.candidates.get(fact)
    if value is None:
        return None
    source = header.found_by.get(fact, "")
    where = SOURCES.get(source, source)
    if fact == "place" and header.place_paragraph and source in ("body", "meeting report"):
        where = f"paragraph {header.place_paragraph}, {where}"
    if fact in header.learnt:
        where = f"{where}, p = {header.learnt[fact]:.2f}"
    why = header.held_why.get(fact)
    return f"perhaps “{value}” ({where}; {why})" if why else f"perhaps “{value}” ({where})"
