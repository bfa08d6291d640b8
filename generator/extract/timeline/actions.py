"""Meetings said by their verb, with no meeting noun: "X and Y met …", "I visited …", "we all gathered
here", "hosting a delegation from X", a call paid on a person (``pays_a_call``).
"""

from __future__ import annotations

import itertools
import re

from ..dates import DateMention
from ..gathering import CAPITAL_WORD
from .places import _PLACE_WORDS, _place
from .vocabulary import _DETERMINER, _MONTHS_AND_DAYS, _STOP, EVENT_NOUNS, _head_of

#: "ASEAN Leaders and President Obama met …", "I visited the Caucasus", "my visit to Lindhaven".
_MET = re.compile(
    r"(?P<subj>(?:[A-Z][\w'’\-–/.]{0,40}\s+(?:(?:and\s+the|of\s+the|and|of|for|the)\s+)?){1,8})(?:also\s+|again\s+|last\s+|first\s+)?"
    r"(?:met|(?:will|shall|are\s+to)\s+meet)\b"
)

#: Whom they met, said after the verb's place and date: "… will meet in Amsel tomorrow with the heads of
#: their offices to …".
_MEET_WITH_WHOM = re.compile(
    r"(?:\s+(?:again|here|there|today|tomorrow|(?:in|at|on)\s+[^,;.]{1,40}?)){0,3}\s+with\s+"
    r"(?P<obj>(?:the|their|his|her|its|our)\s+[^,;.()]{3,80}?)(?=\s+(?:to|in\s+order\s+to|for|on|at)\b|[,;.()]|$)"
)

#: "In December, the world will meet in Copenhagen": a meeting named by its place.
_MEET_IN = re.compile(
    rf"\b(?:will|shall|are\s+to|is\s+to)\s+(?:meet|gather|convene)\s+(?:again\s+)?in\s+(?P<p>{_PLACE_WORDS})"
)

#: A date said right after a verb of meeting: "will meet in Brussels on Wednesday" dates the meeting itself.
_MEET_DATE = re.compile(
    rf"\b(?:met|meet|meets|gather(?:ed)?|convene[sd]?)\s+(?:again\s+)?(?:(?:in|at)\s+{_PLACE_WORDS}\s+)?"
    r"(?:(?:on|in|from)\s+(?:the\s+)?)?$"
)

_VISITED = re.compile(
    r"\b(?:I|we|he|she|they|[A-Z][\w\-]{1,40})\s+(?:(?:also|recently|first)\s+)?"
    r"(?:visited|visits|travelled to|traveled to|went to|(?:will|shall|is\s+to|are\s+to)\s+(?:travel\s+to|visit)|"
    r"(?:will|shall)\s+be\s+(?:visiting|travell?ing\s+to)|(?:is|are|was|were)\s+visiting)\s+"
    # ("the Port of Amsel", "Newcastle upon Tyne", "Rio de Janeiro": a name's small word and the name after it)
    rf"(?P<obj>(?:the\s+)?{CAPITAL_WORD}"
    rf"(?:\s+(?:of\s+(?:the\s+)?|(?:de|da|do|del|upon|am)\s+)?{CAPITAL_WORD}){{0,3}})"
    r"|\b(?:my|our|his|her|the|(?:paid|pays|pay|paying)(?:\s+an?)?)\s+(?:recent\s+|official\s+|state\s+|working\s+)?"
    r"visits?\s+to\s+"
    rf"(?P<obj2>(?:the\s+)?{CAPITAL_WORD}(?:\s+(?:of\s+(?:the\s+)?|(?:de|da|do|del|upon|am)\s+)?{CAPITAL_WORD}){{0,3}})"
)


#: Travellers counted: "More than 270,000 Amselians visited Lindhaven last year", "thousands of tourists
#: travelled to …" is a figure about people, not a visit anyone made.
_COUNTED_VISITORS = re.compile(
    r"(?:\b\d{1,3}(?:[,.]\d{3})+|(?:\b\d+(?:\.\d+)?\s+)?\b(?:million|thousand|hundred)|"
    r"\b(?i:thousands|millions|hundreds|dozens)\s+of)"
    # ("2.7 million tourists, from all over the world, visited …": an apposition between them and their verb)
    r"\s+(?:[\w\-]+\s+){0,2}(?:[\w\-]+,[^,;.]{1,60},\s+)?(?:visited|travel(?:l)?ed\s+to|came\s+to|went\s+to)\b"
)

#: "The Prime Minister of Amsel, who visited us in February": a visit received.
_VISITED_US = re.compile(
    rf"(?P<who>(?:[Tt]he\s+)?{CAPITAL_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{CAPITAL_WORD}){{0,5}}),?\s+who\s+"
    r"(?:recently\s+|also\s+)?visited\s+(?:us|our\s+country|here)\b"
)

#: "The ministers of the region met in Amsel on 5 and 6 May": a group named in lower case.
_GROUP_MET = re.compile(
    r"(?:\b[Tt]he\s+|(?<![\w\s])\s*|,\s*|^)(?P<who>(?:[a-z]+\s+){0,2}(?:ministers|leaders|heads of "
    r"state(?: and government)?|delegations|experts|officials|parties|member states|states|"
    r"countries|governments|donors|partners)(?:\s+of\s+the\s+\w+)?)\s+(?:also\s+|again\s+)?"
    r"(?:met|(?:will|shall|are\s+to)\s+meet)\b"
)

_RECEIVED = re.compile(
    r"\b(?:(?:I|we)\s+(?:also\s+)?(?:received|hosted|welcomed|met\s+with|met)|receiving|welcoming|hosting)\s+"
    r"(?P<who>(?:President|Prime Minister|Chancellor|King|Queen|Secretary-General|Minister|"
    r"Foreign Minister|Premier|Emir|Sheikh|Sultan|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.E\.)\s+"
    rf"{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}})"
)

#: A title or a style before a person's name: "H. E. Mr.", "His Excellency", "Dr.", "Deputy Minister".
_STYLE = (
    r"(?:(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty|(?:Royal\s+)?Highness)|H\.\s?E\.|"
    r"(?:the\s+)?(?:Most\s+)?Hon(?:ou?rable|\.)|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|Dame|Sheikh|Sheikha|"
    r"Ambassador|(?:Vice[\s\-]|Deputy\s+)?(?:President|Prime\s+Minister|Premier|Chancellor)|"
    r"(?:Deputy\s+|Foreign\s+|Prime\s+)?Minister|King|Queen|Prince|Princess|Emir|Sultan|"
    r"(?:Under-|Deputy\s+)?Secretary(?:-|\s)General)"
)

#: "the Secretary-General called on H. E. Mr. X", "paid a courtesy call on Dr. Y", "the Minister met Mr. Z",
#: "held talks with President W": a meeting with a person, whoever the subject (``_RECEIVED`` is the host's).
_CALLED_ON = re.compile(
    r"\b(?P<verb>called\s+on|paid\s+(?:an?\s+)?(?:courtesy\s+)?calls?\s+on|met(?:\s+with)?|"
    r"(?:held|had)\s+(?:bilateral\s+|separate\s+|official\s+)?(?:talks|discussions|consultations)\s+with|"
    # "spoke by telephone with the Foreign Minister of X", "telephoned President X": a call, briefed as one
    r"(?:spoke|talked)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\s+(?:with|to)|(?:tele)?phoned|"
    r"(?:was|were)\s+(?:received|granted\s+(?:an\s+)?audience)\s+by)\s+(?:the\s+)?"
    rf"(?:(?:{_STYLE}[\s,]+){{1,4}}(?P<who>{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,4}})|"
    rf"(?P<office>{_STYLE}(?:\s+of\s+(?:the\s+)?{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}})?)(?![\w\-]))"
)

#: "called on the President to release …", "called on Mr. X, as chair, to resume …": an appeal, not a call paid.
_APPEAL = re.compile(r"[^;:]{0,60}?\bto\s+[a-z]")

#: (the same appeal said with "upon", or on people with no style: "called upon the ministers to …")
_CALLED_TO = re.compile(r"\bcalled\s+(?:up)?on\b" + _APPEAL.pattern)


def pays_a_call(text: str) -> bool:
    """ "called on H. E. Mr. X", "paid a courtesy call on the President": a call paid on a person, not an
    appeal ("called on the President to release …"). The summary's cue for a request asks it too."""
    return _CALLED_ON.search(text) is not None and not an_appeal(text)


def an_appeal(text: str) -> bool:
    """ "called on the President to release …": the text's call on a person is an appeal to act, not a call
    paid (the hybrid reader adds no date for it either: ``selector.additions``)."""
    called = _CALLED_ON.search(text)
    return (
        called is not None and called["verb"].startswith("called") and bool(_APPEAL.match(text, called.end()))
    )


#: Between two dates of one row: "from 5 to 9 March and again from 14 to 18 May".
_DATE_ROW = re.compile(r"^\s*,?\s*(?:and\s+)?(?:again\s+)?(?:(?:from|on|in)\s+)?(?:the\s+)?$", re.IGNORECASE)

#: Where a sentence with several dates splits into the clauses of _action.
_ACTION_CLAUSE = re.compile(r"[,;]|\band\s+(?=(?:we|they|I|he|she)\b)")

#: "we are scheduled to meet again", "they will meet again": a next meeting without a meeting noun.
_MEET_AGAIN = re.compile(
    r"\b(?:we|they)\s+(?:are|were)\s+(?:scheduled|due|set|expected)\s+to\s+meet\b|"
    r"\b(?:we|they)\s+(?:will|shall)\s+meet\s+again\b|\bwe\s+meet\s+again\b",
    re.IGNORECASE,
)

#: "When I spoke to you one year ago in Vancouver", "since I last addressed this Assembly".
_SPOKE_BEFORE = re.compile(
    r"\b(?:[Ww]hen|[Ss]ince|[Aa]s)\s+I\s+(?:last\s+)?(?:spoke\s+(?:to|with|before)|addressed)\s+"
    r"(?P<obj>you|this\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*|the\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)

#: "Since we last met on 28 May", "when this Conference last met in March": this body's previous meeting.
_LAST_MET = re.compile(
    r"\b(?:[Ss]ince|[Ww]hen|[Aa]s|[Aa]fter)\s+(?:we|you|they|this\s+[A-Z][\w\-]*|the\s+[A-Z][\w\-]*)\s+"
    r"(?:last|first|previously)\s+(?:met|gathered|convened|assembled)\b"
)

#: "we had the privilege of hosting a delegation from Amsel": a visit received.
_DELEGATION = re.compile(
    r"\b(?:host(?:ed|ing)?|receiv(?:e|ed|ing)|welcom(?:e|ed|ing))\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?delegation\s+"
    rf"(?:from|of)\s+(?:the\s+)?(?P<who>{CAPITAL_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{CAPITAL_WORD}){{0,5}})"
    # "a delegation of Estravian parliamentarians": the people the adjective names, not a place
    r"(?P<people>\s+(?:parliamentarians|lawmakers|legislators|senators|officials|ministers|experts|diplomats|"
    r"officers|businessmen|businesspeople|entrepreneurs|investors|companies|firms|journalists|students|"
    r"scholars|academics|leaders|representatives|members|mayors|governors|judges)\b)?"
)

#: "where you will address the Federal Parliament", "I addressed the General Assembly": a speech to a body.
_ADDRESSED = re.compile(
    rf"\b(?:will\s+|shall\s+)?address(?:ed)?\s+the\s+(?P<who>{CAPITAL_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{CAPITAL_WORD}){{0,5}})"
)

#: "Nine months ago, we all gathered here": a meeting at the place of the statement.
_GATHERED = re.compile(
    rf"\b(?:(?:[Ww]e|[Tt]hey|[Ll]eaders|[Mm]inisters)\s+(?:all\s+)?(?:gathered|assembled|came\s+together|"
    rf"were\s+(?:all\s+)?together)|"
    # ("… mandates given by Heads of Government when they met in Kampala in November 2007": a pronoun says
    # no more of who met; "the G20 leaders met in Pittsburgh" is titled by who, ``clause_event``)
    rf"(?:[Ww]e|[Tt]hey)\s+(?:all\s+)?met)\s+"
    # "when we were together in your beautiful country": where, said without its name
    rf"(?:(?P<here>here)|in\s+(?P<p>{_PLACE_WORDS})|(?P<there>in\s+(?:your|our|their|this|that)\s+[a-z ]{{1,30}}?"
    r"(?:country|city|capital|region)))"
)

#: "I met with the Sherpas of the G20 countries", "we have met twice with this Committee".
_MET_WITH = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:have\s+|had\s+)?(?:also\s+)?met\s+(?:\w+\s+)?with\s+(?:(?P<det>the|this|that)\s+)?"
    rf"(?P<who>{CAPITAL_WORD}(?:\s+(?:of\s+the|of|and|{CAPITAL_WORD}|countries|states|members|leaders)){{0,6}})"
)


def _action(
    text: str, m: DateMention, mentions: list[DateMention], named: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """A sentence (or its clause holding the date, when it has several) with one date that says people
    met or someone visited a place: a meeting without a meeting noun."""
    named = named or {}
    sentence = text
    offset = 0
    if len([d for d in mentions if not d.since]) != 1:
        cuts = [c.end() for c in _ACTION_CLAUSE.finditer(text)]
        start = max((c for c in cuts if c <= m.start), default=0)
        end = min((c for c in cuts if c > m.end), default=len(text))
        if not text[m.end : end].strip(" ,;") and end < len(text):
            # "On 19 October 2010, Cambodian media paid a courtesy call on …, during their visit on 18 – 22
            # October 2010": a date opening its sentence dates the clause after its comma, up to the next date
            later = [c for c in cuts if c > end] + [d.start for d in mentions if d.start > end]
            end = min(later, default=len(text))
        others = sorted((d for d in mentions if d is not m and start <= d.start < end), key=lambda d: d.start)
        row = sorted([m, *others], key=lambda d: d.start)
        if others and not all(_DATE_ROW.match(text[a.end : b.start]) for a, b in itertools.pairwise(row)):
            return None  # another date in the clause, not one of a row: "met in March and again in May"
        text, offset = text[start:end], start
    again = _MEET_AGAIN.search(text)
    if again:
        # "we are scheduled to meet again in early October": with whom the sentence already said
        before = _MET_WITH.search(sentence)
        who = re.sub(r"\s+(?:of|of the|and)$", "", before["who"].strip()) if before else ""
        if before and before["det"] and before["det"].lower() in ("this", "that"):
            who = named.get(who.lower(), "")
        return (f"Next meeting with {who}" if who else "Next meeting"), "meeting"
    delegation = _DELEGATION.search(text)
    if delegation:
        if delegation["people"]:
            return f"Visit of a delegation of {delegation['who'].strip()}{delegation['people']}", "visit"
        return f"Visit of a delegation from {delegation['who'].strip()}", "visit"
    addressed = _ADDRESSED.search(text)
    if addressed:
        return f"Address to the {addressed['who'].strip()}", "meeting"
    last_met = _LAST_MET.search(text)
    if last_met and last_met.end() <= m.start - offset + 12:
        return "Previous meeting", "meeting"  # "Since we last met on 28 May, prices have risen"
    spoke = _SPOKE_BEFORE.search(text)
    if spoke:
        obj = re.sub(r"^this\b", "the", spoke["obj"].strip())
        return ("Previous address" if obj.lower() == "you" else f"Address to {obj}"), "meeting"
    gathered = _GATHERED.search(text)
    if gathered:
        if gathered["p"]:
            # the place as every other reading gives it ("we met in Amsel on 3 March": not "Amsel on"); "we
            # gathered in April" names no place
            there = _place(gathered["p"])
            return (f"Meeting in {there}" if there else "Meeting"), "meeting"
        return (
            "Meeting at the same place" if gathered["here"] else f"Meeting {gathered['there']}"
        ), "meeting"
    received = _RECEIVED.search(text)
    if (
        received
        and not re.match(r"(?:the|our|my)\b", received["who"], re.IGNORECASE)
        and not received["who"].rstrip().endswith(("'s", "’s"))  # "receiving President X's letter"
    ):
        return f"Meeting with {received['who'].strip()}", "meeting"
    called = None if an_appeal(text) else _CALLED_ON.search(text)
    if called and (called["office"] or called["who"].split()[0].lower() not in _STOP):
        # "paid courtesy calls on the President": a call; "held talks with President X": a meeting
        who = f"the {called['office'].strip()}" if called["office"] else _person(called)
        said = (
            "Call on"
            if called["verb"].startswith(("called", "paid"))
            else "Telephone call with"
            if "phone" in called["verb"]
            else "Meeting with"
        )
        return f"{said} {who}", "meeting"
    with_whom = _MET_WITH.search(text)
    if with_whom:
        who = re.sub(r"\s+(?:of|of the|and)$", "", with_whom["who"].strip())
        if with_whom["det"] and with_whom["det"].lower() in ("this", "that"):
            who = named.get(who.lower(), "")  # "met twice with this Committee": the one named before
        if who and who.split()[0].lower() not in _STOP:
            return f"Meeting with {who}", "meeting"
    guest = _VISITED_US.search(text)
    if guest and guest["who"].split()[0].lower() not in _STOP - {"the"}:
        # "The Prime Minister of Amsel, who visited us in February, …"
        return f"Visit of {_DETERMINER.sub('', guest['who'].strip())}", "visit"
    visits = [
        v
        for v in _VISITED.finditer(text)
        # "Following her visit to X, she will travel to Y (July 24-25)": the visit before is another time
        if not re.search(
            r"\b(?:following|after|before|since)\s+$", text[max(0, v.start() - 12) : v.start()], re.I
        )
        and not _COUNTED_VISITORS.search(text[max(0, v.start() - 40) : v.end()])
    ]
    if visits:
        visit = min(visits, key=lambda v: abs(v.start() + offset - m.start))
        where = (visit["obj"] or visit["obj2"]).strip()
        return f"Visit to {where}", "visit"
    met = _MET.search(text)
    if met:
        subj = met["subj"]
        if met.start("subj") < m.end - offset <= met.end("subj"):
            subj = text[m.end - offset : met.end("subj")]  # "Next Friday the Council will meet": the date's
        words = subj.split()
        while words and words[0].lower().rstrip(".,") in _MONTHS_AND_DAYS:
            words = words[1:]  # "On Thursday 16 September the Minister met …": the date's words are nobody's
        subject = _DETERMINER.sub("", " ".join(words))
        if subject and subject.split()[-1].lower() in EVENT_NOUNS:
            return subject, _head_of(subject)  # "The Basin Forum will meet again": the meeting is its name
        if subject and subject.split()[0].lower() not in _STOP:
            met_with = _MEET_WITH_WHOM.match(text, met.end())
            if met_with:
                # "X and Y will meet in Panama City tomorrow with the heads of their country offices": whom
                return f"Meeting of {subject} with {' '.join(met_with['obj'].split())}", "meeting"
            return f"Meeting of {subject}", "meeting"
    group = _GROUP_MET.search(text)
    who = _DETERMINER.sub("", group["who"].strip()) if group else ""
    if who and who.split()[0] not in _STOP:
        return f"Meeting of {who}", "meeting"
    place = _MEET_IN.search(text)
    if place and _place(place["p"]):
        return f"Meeting in {_place(place['p'])}", "meeting"
    return None


def _person(called: re.Match) -> str:
    """The person met, with the office said after the name ("Mr. X, President of Amsel"), when there is one."""
    who = called["who"].strip()
    office = re.match(
        rf",\s+(?P<o>(?:the\s+)?{_STYLE}(?:\s+(?:of|for)\s+(?:the\s+)?(?:{CAPITAL_WORD}\s*){{1,5}})?)",
        called.string[called.end() :],
    )
    return f"{who}, {office['o'].strip()}" if office else who
