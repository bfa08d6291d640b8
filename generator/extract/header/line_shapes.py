"""The shapes a header's line is recognised by ("Statement by …", "X's Speech", "X: Statement at …", a
label, a delivery note, a rule): the top's end, the line reader, the date's choice and the measurement of
where a speaker was read (``line_shape``) all ask which shape a line has, so the shapes live in one place."""

from __future__ import annotations

import re

from .words import HONORIFIC

_DELIVERY = re.compile(
    r"check against delivery|as delivered|embargo|unofficial translation|provisional translation|"
    r"translation from|original:",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[\"“‘'](?P<t>.+?)[\"”’']\s*[.,]?$")
_KIND_WORDS = (
    r"(?:statement|remarks|address|speech|intervention|presentation|message|keynote|lecture|toast|letter|declaration|"
    r"briefing|press\s+conference|interview)"
)
#: A transcript's answers after its remarks: "Remarks and Replies to Media Questions by …", "Speech and Answers
#: to Questions from the Media by …", "Opening Remarks and Responses to Journalists' Questions by …".
_AND_ANSWERS = (
    r"(?:\s+and\s+(?:replies|answers|responses)\s+to\s+(?:[\w'’\-]+\s+){0,2}?questions"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:media|press|journalists|reporters))?)?"
)
_STATEMENT = re.compile(
    r"^(?P<kind>(?:opening |closing |keynote |welcoming |introductory |national )?"
    rf"{_KIND_WORDS})\b{_AND_ANSWERS}"
    r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?"
    r"(?:\s+(?:delivered\s+|made\s+|given\s+)?(?:by|of|from)\b)?(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Policy Speech by …", "Foreign Policy Address by …": a few words before the kind, then "by".
_PREFIXED_STATEMENT = re.compile(
    rf"^(?P<pre>(?:[\w'’\-]+:?\s+){{1,4}}?)(?P<kind>{_KIND_WORDS}){_AND_ANSWERS}\s+"
    r"(?:delivered\s+|made\s+|given\s+)?by\s+"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Regular Press Conference of Foreign Ministry Spokesperson X on July 20, 2012": a briefing "of" its giver
#: (also after a summary's words: "Main points from weekly press conference of Spokesman X").
_BRIEFING_OF = re.compile(
    r"^(?P<pre>(?:[\w'’\-]+\s+){1,4}?)(?P<kind>press\s+conference|briefing)\s+of\s+(?P<rest>[A-Z].*)$",
    re.IGNORECASE,
)
#: "Policy Statement on the Basin Council by Federal Foreign Minister X in the …": a subject, then "by".
_TITLED_STATEMENT = re.compile(
    rf"^(?P<pre>(?:[\w'’\-]+\s+){{0,3}}?)(?P<kind>{_KIND_WORDS})\s+(?:on|at|to|before|for|about)\s+"
    r"(?P<subject>[^,;]{3,100}?)\s+by\s+(?P<rest>(?:the\s+)?(?:[A-Z]|H\.E).*)$",
    re.IGNORECASE,
)
#: "H.E. Mr. X, Minister of …: Statement at the …", "Foreign Secretary X: speech at the …".
_NAMED_STATEMENT = re.compile(
    rf"^(?P<who>[^:]{{4,160}}):\s*(?P<kind>{_KIND_WORDS})\b(?P<rest>.*)$", re.IGNORECASE
)
#: "President Gloria Macapagal-Arroyo's Speech …": the speaker before the kind.
_POSSESSIVE_STATEMENT = re.compile(
    rf"^(?P<who>.+?)(?:['’]s|(?<=s)['’])\s+(?:(?:opening|closing|keynote|welcoming|inaugural|full|full-text|"
    rf"complete|official|prepared|regular|weekly|annual|new\s+year|"
    # ("X's Policy Statement", "X's Farewell Address", "X's Televised Address to the Nation")
    rf"policy|farewell|introductory|concluding|valedictory|acceptance|budget|televised|video|recorded|"
    rf"special|written|final|congratulatory|condolence|anniversary|independence\s+day|christmas|"
    rf"national\s+day|lecture)\s+){{0,2}}(?P<kind>{_KIND_WORDS})\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


def line_shape(line: str) -> str:
    """What kind of header line a speaker was read from, in words: the measurement of which shapes
    name the speaker rightly on unseen statements is kept per shape (bench/extract/score.py --sources)."""
    text = line.strip()
    if (
        _STATEMENT.match(text)
        or _PREFIXED_STATEMENT.match(text)
        or _TITLED_STATEMENT.match(text)
        or _BRIEFING_OF.match(text)
    ):
        return "a statement line (Statement by …)"
    if _NAMED_STATEMENT.match(text) or _POSSESSIVE_STATEMENT.match(text) or _HEADLINE.match(text):
        return "a title naming its speaker (X's speech, X: Statement …)"
    if LABEL.match(text):
        return "a by-line or label (By X, Speaker: X)"
    if HONORIFIC.match(text):
        return "a name with its style (H.E. Mr. X)"
    if "," in text:
        return "a name and a role (X, Minister of …)"
    return "a bare name or a role and a name (Minister X)"


#: A headline: "Prime Minister X addresses the Basin Forum", "Minister X opens the Council".
_HEADLINE = re.compile(
    r"^(?P<who>.{4,80}?)\s+(?:addresses|opens|speaks\s+(?:at|to|before)|delivers\s+(?:a|the|his|her)\s+"
    r"(?:speech|statement|address|remarks))\b"
)


#: "Speaker: Ms. X", "Event: Basin Forum", "Venue: Amsel", and "By H.E. Mr. X" under a "Statement" line.
LABEL = re.compile(
    r"^(?P<label>speaker|speech by|delivered by|event|meeting|occasion|venue|place|location)\s*:\s*"
    # ("Delivered by Ambassador X" under "Statement by Norway": the person who read a country's statement)
    r"(?P<value>\S.*)$|^(?P<label2>by|delivered\s+by)\s*:?\s+(?P<value2>\S.*)$",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^\s*[_=\-–—*~.]{3,}\s*$")
#: "2012 Statement", "2010 Session": a year and a word, a page's title rather than a header fact.
_YEAR_TITLE = re.compile(r"^(?:19|20)\d\d\s+\w+$")
