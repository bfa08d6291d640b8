"""A statement line's rest ("Statement by <speaker>[, <role>][, at the <occasion>][, <place>][, <date>]"):
the many ways a by-line sets out who spoke, for whom, at what, where and when."""

from __future__ import annotations

import re

from ..countries import is_country
from ..dates import exact_days, find_dates
from .by_whom import by_whom, country_from_role
from .capitals import _sentence_case, _unshout, _unshout_header
from .date_choice import _CLOSING_BRACKET, _one_day, title_day
from .datelines import _dated_bracket, dateline
from .facts import Header
from .line_shapes import _DELIVERY
from .occasion import _OCCASION_SPLIT, _OCCASION_START, _occasion
from .place import is_place
from .speaker import is_name_word
from .words import EVENT_WORDS, HONORIFIC, ROLE_VOCABULARY, ROLE_WORDS, TITLE_END


def statement_line(h: Header, rest: str) -> bool:
    """ "Statement by <speaker>[, <role>][, at the <occasion>][, <place>][, <date>]"."""
    if not rest:
        return False
    rest = re.sub(r"\s+,", ",", rest)
    if re.match(
        r"^\s*(?:by\s+)?(?:the\s+)?(?:[A-Z][\w\-]{0,40}\s+){0,2}(?:Ministers|Presidents|Leaders|Heads|Secretaries|Co-Chairs)\b"
        r"[^,]*,[^,]*\band\b",
        rest,
    ):
        # "Joint statement by Foreign Ministers X, Y and Z": several speak; none is the speaker (the line's
        # date and place are still read, by _title_ends_dated)
        h.unused.append(rest)
        return False
    # "by Her Excellency, Mrs. X, …": a style set off by its own comma is still the name's style
    rest = re.sub(
        r"\b((?:His|Her)\s+Excellency|H\.\s?E\.),\s+(?=(?:Mr|Mrs|Ms|Dr|Madam|Madame|Sir)\b)", r"\1 ", rest
    )
    note = _DELIVERY.search(rest)
    if note and note.start() > 20:
        # "… 26 September 2009 Please check against delivery": a delivery note run on at the end
        h.delivery_note = h.delivery_note or _sentence_case(rest[note.start() :].strip(" .").split(". ")[0])
        rest = re.sub(r"\s*\b(?:please\s+)?$", "", rest[: note.start()], flags=re.IGNORECASE).strip(" ,")
    ending = exact_days(rest)
    if (
        ending
        and not rest[ending[-1].end :].strip(" .,()th")
        and h.date is None
        and ending[-1].start > 20
        and rest[: ending[-1].start].rstrip()[-1:] not in (",", "(", "-", "–")
        and rest[: ending[-1].start].split()[-1:][0][:1].isupper()
    ):
        # "… Prime Minister of the Republic of X April 19, 2009": the date ends the line, with no comma
        d = ending[-1]
        assert d.date is not None
        h.date = d.date.first
        h.date_titled = _one_day(d)
        rest = rest[: d.start].rstrip(" ,(")
    closing = _CLOSING_BRACKET.search(rest)
    if closing and closing.start() > 0 and _dated_bracket(closing.group(1)):
        rest = rest[: closing.start()].rstrip()  # "… by Official Spokesperson (July 20, 2012)": a dateline
    # (after a name's last word only: "… Discussions held on January 28, 2010" dates what the statement is on)
    on_day = re.search(r"\b[A-Z][\w'’.\-]*(?P<on>\s+on\s+(?P<d>[^,;]{3,20},?\s+(?:19|20)\d\d)\.?)$", rest)
    days = exact_days(on_day["d"]) if on_day else []
    if on_day and len(days) == 1 and days[0].start == 0 and days[0].date is not None:
        # "… Spokesperson X on July 20, 2012": the day closing the line, its comma no role's
        title_day(h, days[0])
        rest = rest[: on_day.start("on")]
    dated = re.match(r"^dated\s+(?P<d>.+?)\s+from\s+(?P<who>.+)$", rest, re.IGNORECASE)
    if dated:
        # "Letter dated 12 March 2010 from the Permanent Representative of X addressed to …"
        days = [
            d for d in find_dates(dated["d"]) if d.date is not None and d.relative is None and d.date.first
        ]
        if days and h.date is None and days[0].date is not None:
            h.date = days[0].date.first
        rest = re.sub(r"\s+addressed\s+to\b.*$", "", dated["who"])
    behalf = re.match(
        # (in any case: a header in capitals keeps its "STATEMENT ON BEHALF OF … BY MR. X")
        r"^(?i:(?:delivered|made|given)\s+)?(?i:on\s+behalf\s+of|on|at|in|to|before|for|about)\s+[^,;]{3,100}?\s+"
        r"(?i:delivered\s+)?(?i:by)\s+(?P<who>(?i:the\s+)?(?:[A-Z]|H\.E).*)$",
        rest,
    )
    if behalf:
        # "Statement on behalf of the Group of X by Ambassador Y": the speaker after "by"; "Speech delivered
        # in Lindhaven on 12 May 2010 by Minister X": where and when before it
        _trailing_place_and_date(h, rest[: behalf.start("who")])
        rest = behalf["who"]
    delivered = re.search(
        r"\s(?:delivered|presented|read\s+out|read)\s+by\s+(?P<who>(?:[A-Z]|H\.E).*)$", rest
    )
    if delivered:
        # "Statement of the Republic of X delivered by Ms. Y": the country's statement, read by a person
        by_whom(Header(), rest[: delivered.start()])
        rest = delivered["who"]
    interviewee = re.match(r"^with\s+(?P<who>(?:the\s+)?(?:[A-Z]|H\.E).*)$", rest)
    if (h.kind or "").lower() == "interview" and interviewee:
        # "Interview with Foreign Minister X (Basin Daily, DATE)": an interview's words are the person's it is
        # with (a bracket closing the line, the paper and the date, is read as a dateline by _title_ends_dated)
        rest = re.sub(r"\s*\([^()]*\)\s*$", "", interviewee["who"])
    if re.match(
        r"^(?:with|after|following|upon|about|regarding|on\s+the\s+(?!occasion))\b", rest, re.IGNORECASE
    ):
        h.unused.append(
            rest
        )  # "Remarks With the Deputy Prime Minister of X After Their Meeting": not who speaks
        return False
    occasion_first = _OCCASION_START.match(rest)
    if occasion_first and not re.match(r"^(?:by|of)\b", rest, re.IGNORECASE):
        # "Address to the Basin Council": where and to whom, no speaker on this line.
        _occasion(h, rest[occasion_first.end() :])
        return False
    shouting = rest.isupper()
    if shouting:
        rest = _unshout_header(rest)
    parts = _OCCASION_SPLIT.split(rest, maxsplit=1)
    who = parts[0].strip(" ,")
    delegation = _DELEGATION.search(who)
    after_comma = who.partition(",")[2].strip()
    if delegation and (
        HONORIFIC.match(after_comma)
        or (
            2 <= len(after_comma.split()) <= 5
            and all(w[:1].isupper() for w in after_comma.split())
            and not is_country(after_comma)
        )
    ):
        # "by the Head of the Delegation of X, Ms Y" or "…, Y Z": the role, then the person who spoke
        delegation = None
    spokes = re.match(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}Spokes\w+\s+(?:of|for)\s+", who, re.IGNORECASE)
    served = Header()
    if spokes and "," not in who:
        by_whom(served, who[spokes.end() :])
    if spokes and served.speaker:
        # "by the Spokesperson of High Representative X": the spokesperson speaks, for the person named (not
        # "by the Spokesperson of the Ministry, X": the name after the comma is the spokesperson's)
        h.unused.append(who)
        return False
    if delegation:
        # "Statement by the (Head of) Delegation of X": a country, not a person.
        h.country = h.country or _unshout(delegation["c"].strip(" ,."))
        who = ""
    tail = ""
    first, _, second = who.partition(",")
    second_words = second.strip().split(",")[0].split()
    # "by the NATO Spokesperson, Oana Lungu, at …": a title, then a bare name of two to five words
    bare_name = (
        2 <= len(second_words) <= 5
        and all(is_name_word(w) for w in second_words)
        and not is_country(" ".join(second_words))
        and any(TITLE_END.search(w.strip(",")) for w in first.split())
    )
    if (
        second.strip()
        and (HONORIFIC.match(second.strip()) or bare_name)
        and not HONORIFIC.match(first.strip())
        and ROLE_WORDS.search(first)
    ):
        # "by the Minister of Foreign Affairs of Ostrava, Ms Lena Varg[, …]": the role first, then the person.
        role_first = re.sub(r"^the\s+", "", first.strip())
        who = f"{second.strip()}, {role_first}"
    if who:
        name, _, role = who.partition(",")
        tail = by_whom(h, name.strip())
        role = role.strip(" ,")
        if role and dateline(h, role):
            pass  # "Press Conference by the Council's President for January, 31 January 2012"
        elif role and is_place(role):
            h.place = h.place or role
        elif role:
            h.role = role if h.role is None or tail else f"{h.role}, {role}"
            country_from_role(h)
    if tail and h.role is None and tail.split()[0].lower() in ROLE_VOCABULARY:
        # "ZAHIR TANIN PERMANENT REPRESENTATIVE OF AFGHANISTAN … IN NEW YORK": the role runs to the place.
        cut = re.search(r"\s(?:in|at|on)\s+[A-Z]", tail)
        h.role = tail[: cut.start()] if cut else tail
        country_from_role(h)
    occasion = re.match(
        r"^(?:at|during|on the occasion of|to|before)\s+(?:the\s+|an?\s+)?(?P<o>.+)$", tail, re.IGNORECASE
    )
    if occasion and len(parts) == 1 and EVENT_WORDS.search(occasion["o"]):
        # "by Frank-Walter Steinmeier at the opening of the Ambassadors Conference 2008 in Berlin on …"
        _occasion(h, occasion["o"])
    elif tail:
        # "by Frank-Walter Steinmeier in Berlin on 8 September 2008": the rest is place and date.
        _trailing_place_and_date(h, tail)
    if len(parts) > 1:
        _occasion(h, parts[1])
    return bool(h.speaker) and not h.role


def _trailing_place_and_date(h: Header, text: str) -> None:
    """ ", Minister of X, in Berlin on 8 September 2008" → place and date; the rest may be the role."""
    for m in [m for m in find_dates(text) if m.date is not None and m.relative is None][-1:]:
        assert m.date is not None
        if m.date.first is not None and m.date.first.day is not None and h.date is None:
            h.date = m.date.first
    place = re.search(r"\bin\s+(?P<p>[A-Z][\w'’.\-]{0,40}(?:\s+[A-Z][\w'’.\-]{0,40}){0,3})", text)
    if place and _TOPIC.search(text[: place.start()]):
        return  # "by the Minister on the elections in Estravia": the country is what the statement is about
    if place and h.place is None and is_place(place["p"]):
        h.place = place["p"]


#: A statement's subject after its speaker: "on the elections in …", "about human rights in …" (not "on 8
#: September", "on the occasion of …").
_TOPIC = re.compile(r"(?:^|\s)(?:on|about|regarding|concerning)\s+(?:the\s+)?(?!occasion\b)[a-z]")


_DELEGATION = re.compile(
    r"^(?:the\s+)?(?:head\s+of\s+(?:the\s+)?)?delegation\s+of\s+(?:the\s+)?(?P<c>.+)$", re.IGNORECASE
)
