"""A sentence's items: each date it says tied to the meeting, milestone or gathering the rules find for it
(``_dated_sentence``), in the order the rules are tried, and the sentence's dates no rule placed.
"""

from __future__ import annotations

import re

from ...content.partial_date import DatePoint, PartialDate
from ..dates import DateMention, find_dates, is_future
from ..gathering import CAPITAL_WORD, context_date, link_against, read_gathering
from ..passages import Passage, evidence
from .actions import _MEET_DATE, _action
from .apart import _MEETS_SINCE, _co_occurring, _coordinated, _in_passing
from .beside import _DECIDED_IN, _WILL_BE, _attach, _held_subject, _leading_date
from .clause_event import _clause_event
from .clauses import _CLAUSE_START, _clause_head, _date_clause, _place_in_clause
from .counted import _by_place, _date_lists, _meeting_days, _one_of_several, _singular
from .entries import TimelineEntry, Unplaced, _significance
from .filters import (
    _COUNTED,
    _DATE_HEDGED,
    _HEDGE,
    _PREPARING,
    _UNDECIDED,
    _is_deadline,
    _not_the_meetings_date,
)
from .milestones import (
    _ACT_BETWEEN,
    _CITED_YEAR,
    _NUMBERED_ACT,
    _act_before,
    _adopted_today,
    _agreement_of,
    _by_resolution,
    _milestone_anywhere,
    _milestone_clause,
    _nominal_milestones,
)
from .occasion import _OCCASION_BEFORE, holds_coarsely
from .one_date import _collapsed, _month_of_the_name, _refined
from .phrases import _Phrase, event_phrases
from .places import _PLACE_WORDS, _destination, _place, _place_after, _visitor_after
from .reading import _back_reference, _Reading
from .relative import _from_the_items_dateline, _year_of_the_month_written, _years_from_anchor
from .vocabulary import (
    _DETERMINER,
    CONTEXT_NOUNS,
    EVENT_NOUNS,
    MILESTONE_NOUNS,
    _content_words,
    _head_of,
    _kind_of,
    _one,
)

#: More dates than this in one sentence are listed for a person, not linked to meetings. Real
#: statements have at most five (dev–dev4, test, test2); linking each date to the others and to
#: the text before it grows faster than the square of their number: a 22 kB sentence of
#: 'On 12 May, ' written 2,000 times took 30 s, 4,000 times over 100 s.
MAX_DATES_IN_A_SENTENCE = 25


def _sentence_entries(
    passage: Passage, speech_date: DatePoint | None, reading: _Reading
) -> tuple[list[TimelineEntry], list[Unplaced]]:
    mentions = find_dates(passage.text, speech_date, anchor=reading.anchor)
    if speech_date is None:
        mentions = _years_from_anchor(passage.text, mentions, reading.anchor)
    else:
        mentions = _year_of_the_month_written(passage.text, mentions, reading.written)
    mentions = _from_the_items_dateline(passage.text, mentions, reading.anchor)
    if len(mentions) > MAX_DATES_IN_A_SENTENCE:
        return [], [Unplaced(passage.paragraph, m.text, m.date, passage.text, at=m.start) for m in mentions]
    if mentions:
        found, loose = _dated_sentence(passage, speech_date, mentions, reading)
    else:
        found, loose = _back_reference(passage, speech_date, reading), []
    today = _adopted_today(passage, speech_date)
    if today is not None and not any(_content_words(today.title) <= _content_words(e.title) for e in found):
        found.append(today)
    for entry in _meetings_today(passage, speech_date, reading):
        if not any(_content_words(entry.title) <= _content_words(e.title) for e in found):
            found.append(entry)
    reading.learn(passage, [m for m in mentions if not _is_deadline(passage.text, m)])
    return found, loose


_TODAY = re.compile(r"\btoday\b(?!['’]s)", re.IGNORECASE)


#: Quotation marks around a name ("the “Friends of X” Meeting"); an apostrophe inside a word is no quote.
_QUOTE_MARKS = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")


def _meetings_today(
    passage: Passage, speech_date: DatePoint | None, reading: _Reading
) -> list[TimelineEntry]:
    """ "I am attending a meeting today on Yemen", "the X Summit, which has been taking place in Prague
    today": a meeting of the statement's own day that is not its occasion. "today" dates a meeting only
    when the meeting is another one ("a meeting") or named and tied to the word; most "today"s are the
    occasion ("the meeting today") or no date at all ("the challenges we face today")."""
    text = passage.text
    found = _TODAY.search(text)
    if found is None or speech_date is None or speech_date.day is None:
        return []
    m = DateMention(
        found.start(), found.end(), found.group(), PartialDate(speech_date), relative=found.group()
    )
    entries, _ = _dated_sentence(passage, speech_date, [m], _Reading(named=dict(reading.named)))
    plain = _QUOTE_MARKS.sub("", text)
    today_at = found.start() - len(_QUOTE_MARKS.findall(text[: found.start()]))
    kept = []
    for e in entries:
        if (e.head == "talks" or e.title.startswith(("Meeting with ", "Call on "))) and e.kind != "milestone":
            kept.append(e)  # "today will meet the Prime Minister X": a person met, not the occasion
            continue
        # (looked for without quotation marks: "the “Friends of X” Meeting" is titled Friends of X Meeting)
        at = plain.lower().find(_QUOTE_MARKS.sub("", e.title).lower())
        before = plain[:at] if at >= 0 else ""
        another = bool(re.search(r"\b(?:a|an)\s+(?:[\w\-]+\s+)?$", before, re.IGNORECASE))
        named = any(c.isupper() for c in e.title[1:]) and at >= 0
        if (
            (another or named)
            and 0 <= at < today_at  # "Today we have the Partners Meeting": the occasion, said first
            and not _OCCASION_BEFORE.search(before)
            and e.kind != "milestone"
        ):
            kept.append(e)
    return kept


def _dated_sentence(
    passage: Passage, speech_date: DatePoint | None, mentions: list[DateMention], reading: _Reading
) -> tuple[list[TimelineEntry], list[Unplaced]]:
    text = passage.text
    mentions = _collapsed(text, mentions)
    # "resolution 2033 (2012)": the year is part of the resolution's number, not a date of anything
    cited = [m for m in mentions if _CITED_YEAR.search(text[: m.start]) and text[m.end : m.end + 1] == ")"]
    mentions = [m for m in mentions if m not in cited]
    if not mentions:
        return [], [Unplaced(passage.paragraph, m.text, m.date, text, at=m.start) for m in cited]
    phrases = event_phrases(text, [(m.start, m.end) for m in mentions])
    used: set[int] = set()
    pairs: list[tuple[DateMention, _Phrase | None, str | None, str | None]] = []
    loose: list[Unplaced] = []
    passing: set[int] = set()  # mentions tied to a meeting named in passing: milestones
    future_tense = is_future(text)
    listed = _date_lists(text, mentions, phrases)
    met_on = _meeting_days(text, mentions) if not listed else {}

    def precision(m: DateMention) -> int:
        first = m.date.first if m.date is not None else None
        return 0 if first is None else (3 if first.day else 2 if first.month else 1)

    # The most precise date picks its meeting first: "Last year, we attended the Assembly in
    # September 2010" dates the Assembly September 2010, not 2010.
    for m in sorted(mentions, key=lambda m: (-precision(m), m.start)):
        if (m.since and re.search(r"\bfrom\s+$", text[: m.start], re.IGNORECASE)) or re.search(
            r"\bthroughout\s+(?:the\s+)?$", text[: m.start], re.IGNORECASE
        ):
            # "will attend the Summit from 2011": a period starts, nothing meets that year
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="period"))
            continue
        if m.since or re.search(r"\bsince\s+(?:the\s+)?$", text[: m.start], re.IGNORECASE):
            # "Since the plenary meeting of 2 November 2010": a dated meeting mentioned in passing.
            got = _attach(text, m, phrases, used)
            if (got is not None and any(c.isupper() for c in phrases[got[0]].title[1:])) or (
                got is not None
                and m.date is not None
                and m.date.first is not None
                and m.date.first.day is not None
            ):
                used.add(got[0])
                pairs.append((m, phrases[got[0]], phrases[got[0]].title, got[1]))
                passing.add(id(m))
                continue
            nominal = _nominal_milestones(text[: m.start])
            if nominal and re.search(r"\bsince\s+the\s+\w+\s+of\b", text[: m.start], re.IGNORECASE):
                # "Since the adoption of resolution 1325 ten years ago": a milestone mentioned in passing.
                pairs.append((m, None, nominal[-1], None))
                continue
            regular = _MEETS_SINCE.search(text)
            if regular and m.start > regular.start():
                title = f"{_DETERMINER.sub('', regular['subj'].strip())} meets {regular['how'] or 'regularly'}".strip()
                pairs.append((m, None, title, None))
                continue
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start))
            continue
        if id(m) in listed:
            index = listed[id(m)]
            pairs.append((m, phrases[index], _singular(phrases[index].title), None))
            continue
        if id(m) in met_on:
            title = met_on[id(m)]
            pairs.append((m, _Phrase(m.start, m.end, title, "meeting"), title, None))
            continue
        will_be = _WILL_BE.match(text, m.end) if m.relative else None
        if will_be and _CLAUSE_START.match(_clause_head(text, m.start)):
            # "Today we have the Partners Meeting, tomorrow will be the g7-plus": the day names its meeting
            name = will_be["x"]
            pairs.append((m, _Phrase(will_be.start("x"), will_be.end("x"), name, _head_of(name)), name, None))
            continue
        got = _attach(text, m, phrases, used) or _held_subject(text, m, phrases, used)
        numbered = _NUMBERED_ACT.search(text[: m.start]) if got is None else None
        if numbered:
            # "launched by General Assembly decision 62/557 of 15 September 2008": the day it was adopted.
            pairs.append((m, None, f"{numbered['act'][:1].upper()}{numbered['act'][1:]} adopted", None))
            continue
        if got is None:
            several = _nominal_milestones(text) if len([d for d in mentions if not d.since]) == 1 else []
            if len(several) > 1:
                pairs.extend((m, None, title, None) for title in several)
                continue
            milestone = (
                _milestone_clause(text, m)
                or _milestone_anywhere(text, m, mentions)
                or _agreement_of(text, m)
                or _act_before(text, m)
                or _by_resolution(text, m, mentions)
            )
            if milestone:
                pairs.append((m, None, milestone, None))
                continue
            action = None
            if _MEET_DATE.search(text[: m.start]):
                got = _named_right_after(text, m, phrases, used)
                action = None if got else _action(text, m, mentions, reading.named)
            if got is None and action is None:
                got = _co_occurring(text, m, phrases, used, mentions, speech_date)
        if got is None:
            action = _action(text, m, mentions, reading.named)
            if action:
                title, head = action
                where = re.search(
                    rf"\b(?:met|meet|visited)\s+(?:again\s+|here\s+)?in\s+(?P<p>{_PLACE_WORDS})", text
                )
                place = _place(where["p"]) if where else None
                if place is None:
                    held = _HELD_IN.search(text)
                    place = _place(held["p"]) if held else None
                pairs.append(
                    (m, _Phrase(m.start, m.end, title, head), title, place or _place_after(text, m.end))
                )
                continue
            got = _in_passing(text, m, phrases, used, mentions)
            if got is not None:
                passing.add(id(m))
            else:
                got = _leading_date(text, m, phrases, used, mentions)
        if got is None:
            decided = _DECIDED_IN.search(text[: m.start])
            if decided and _place(decided["p"]):
                # "Forum leaders agreed in Nuku'alofa last October that …": they met there then
                met_at = _place(decided["p"])
                name = f"{_DETERMINER.sub('', decided['subj'].strip())} meeting in {met_at}"
                pairs.append((m, _Phrase(m.start, m.end, name, "meeting"), name, met_at))
                continue
            if context_date(text, m, CONTEXT_NOUNS):
                # "devastated by a tsunami nearly three years ago as part of his visit": the disaster's date
                loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="context"))
                continue
            clause_event = _clause_event(text, m, mentions, phrases, used, speech_date)
            if clause_event is not None:
                at, name, head = clause_event
                if at is not None:
                    used.add(at)
                    said_at = _place_after(text, phrases[at].end) or _place_in_clause(text, m)
                    pairs.append((m, phrases[at], phrases[at].title, said_at))
                else:
                    act = None if head == "milestone" else _Phrase(m.start, m.end, name, head)
                    pairs.append((m, act, name, _place_in_clause(text, m)))
                continue
            gathering = read_gathering(
                text,
                m,
                mentions,
                _date_clause(text, m),
                phrases,
                used,
                speech_date,
                EVENT_NOUNS,
                CONTEXT_NOUNS,
                frozenset(reading.named),
            )
            if gathering is not None:
                if gathering.phrase is not None:
                    used.add(gathering.phrase)
                    named = phrases[gathering.phrase]
                else:
                    named = _Phrase(gathering.start, gathering.end, gathering.title, gathering.head)
                said_at = _place_after(text, gathering.end) or _place_in_clause(text, m)
                pairs.append((m, named, gathering.title, said_at))
                continue
            one_of = _one_of_several(text, m)
            if one_of is not None:
                name, head, held_in = one_of
                pairs.append((m, _Phrase(m.start, m.end, name, head), name, held_in))
                continue
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start))
            continue
        index, place = got
        used.add(index)
        pairs.append((m, phrases[index], phrases[index].title, place))
    pairs += _coordinated(text, pairs, phrases, used, mentions)
    pairs = _by_place(text, pairs)
    pairs = [(_refined(text, m, mentions, pairs), phrase, title, place) for m, phrase, title, place in pairs]
    pairs = [(_month_of_the_name(m, title), phrase, title, place) for m, phrase, title, place in pairs]
    out: list[TimelineEntry] = []
    for m, phrase, phrase_title, place in pairs:
        title = phrase_title[:1].upper() + phrase_title[1:] if phrase_title else ""
        if (
            phrase is not None
            and m.relative
            and any(p is phrase for p in phrases)
            and phrase.head not in reading.named
            and _OCCASION_BEFORE.search(text[: phrase.start])
        ):
            continue  # "convening this meeting this morning": the occasion itself, a header fact
        if (
            phrase is not None
            and title.lower() == phrase.head
            and phrase.head in reading.named
            and _BACK_NOUN.search(text[: phrase.start])
        ):
            title = reading.named[phrase.head]  # "met twice with this Committee": the Committee named before
        if phrase is not None and place is None:
            where = _HELD_IN.search(text)
            place = _place(where["p"]) if where else None
        if phrase is not None and not any(c.isupper() for c in title[1:]):
            organiser = _ITS.search(text[: phrase.start])
            if organiser:
                # "The Basin Commission will hold its annual session": whose session it is
                title = f"{_DETERMINER.sub('', organiser['org'].strip())} {title[:1].lower()}{title[1:]}"
        if (
            m.relative
            and id(m) not in listed
            and title
            and len(title.split()) == 1
            and title.lower() in EVENT_NOUNS
        ):
            if place is None and phrase is not None:
                where = _HELD_IN.search(text, phrase.end)
                place = _place(where["p"]) if where else None
            # (the body's own: "our session", "its June meeting", the month said between)
            ours = phrase is not None and re.search(
                r"\b(?:our|your|its|their)\s+(?:last\s+|previous\s+|next\s+|annual\s+)?"
                rf"(?:{re.escape(m.text)}\s+)?$",
                text[: phrase.start],
                re.I,
            )
            if m.date is not None and m.date.first is not None and m.date.first.day is not None:
                pass  # "its 12 January debate": a day says which meeting it was
            elif ours and holds_coarsely(m.date, speech_date):
                pass  # "our session this year": neither the last one nor the next, this one (``set_aside``)
            elif ours and place is None:
                # "At the end of our meeting last year": this body's own meeting before (or after) this one
                ahead = m.future or (
                    speech_date is not None
                    and m.date is not None
                    and m.date.first is not None
                    and m.date.first.start() > speech_date.end()
                )
                title = f"{'Next' if ahead else 'Previous'} {title.lower()}"
            elif place is None and (destination := _destination(text, phrase, m)) is not None:
                # "a visit by a special envoy, X, to Pyongyang last month": a visit says where by where it went
                title = f"{title} to {destination}"
            elif place is None and (visitor := _visitor_after(text, phrase, m)) is not None:
                # "last week's visit by United Nations Secretary-General Ban Ki-moon": or by who paid it
                title = f"{title} by {visitor}"
            elif place is None:
                # "speak to the Conference next week": an unnamed meeting at a relative date tells a reader
                # nothing; "the conference in Amsel last month" says where.
                loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start))
                continue
            if place is not None:
                title = f"{title} in {place}"
        elif place is not None and title and title.lower() in EVENT_NOUNS and id(m) not in listed:
            title = (
                f"{title} in {place}"  # "the 2010 Conference in Orlen Bay": a bare "Conference" says little
            )
        if (
            phrase is not None
            and id(m) not in listed
            and any(p is phrase for p in phrases)
            and link_against(text, phrase.start, phrase.end, m)
        ):
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="against"))
            continue
        if id(m) not in listed and _not_the_meetings_date(text, m, phrase):
            loose.append(
                Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="not the meeting's")
            )
            continue
        if _is_deadline(text, m) and id(m) not in listed:
            # "By 2015 we must convene a Review Conference": a deadline, not the day anything meets.
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="deadline"))
            continue
        if (
            phrase is not None
            and id(m) not in listed
            # (the meeting noun in the plural, not a name ending in one: "the May 10-11 Tenth meeting of the
            # Council for … Relations")
            and re.search(rf"\b{re.escape(_one(phrase.head))}s\b", text[phrase.start : phrase.end], re.I)
            and _COUNTED.search(text[max(0, phrase.start - 40) : phrase.start])
        ):
            # "219 such meetings between August 2007 and July 2008": a count over a period, not a meeting.
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="count"))
            continue
        if (
            phrase is not None
            and phrase.head in MILESTONE_NOUNS
            and id(m) not in listed
            and phrase.end <= m.start
            and _ISSUED.search(text[phrase.end : m.start])
        ):
            # "the Joint Statement in Response to the Financial Crisis issued by X on 3 June": the date is the
            # document's, and the crisis only the end of its title.
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="document"))
            continue
        if (
            phrase is not None
            and phrase.head in MILESTONE_NOUNS
            and id(m) not in listed
            and len(phrase.title.split()) == 1
            and not any(c.isupper() for c in text[phrase.start : phrase.end])
        ):
            # "the floods of August 2008", "the crisis of 2008": a bare "Floods" or "Crisis" on the timeline
            # tells a reader nothing; "the financial crisis in 1997-98" and "Cyclone Ama" say what happened.
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start))
            continue
        planned = (
            m.future
            or (
                m.date is not None
                and m.date.first is not None
                and speech_date is not None
                and m.date.first.start() > speech_date.end()
            )
            or (speech_date is None and future_tense and not m.relative)
        )
        window = text[max(0, min(m.start, phrase.start if phrase else m.start) - 100) : m.start]
        hedge = _HEDGE.search(window) if planned else None
        if hedge is not None and _DATE_HEDGED.match(window[hedge.end() :]):
            hedge = None  # "will leave for X soon, possibly on 15 May": the day is in doubt, not the journey
        if planned and hedge is None:
            hedge = _UNDECIDED.search(text, m.end)  # the passage is one sentence
            window = ""  # what prepares a meeting is said before its hedge, and this one is after the date
        if hedge and not _PREPARING.search(window[: hedge.start()]):
            # "we discussed the possibility for Amsel to host the Special Meeting in 2009": talked of, not
            # planned ("is exploring the possibility of organising …" is a plan in the making)
            loose.append(Unplaced(passage.paragraph, m.text, m.date, text, at=m.start, reason="talked of"))
            continue
        if phrase is None:
            kind, head, focus = "milestone", _head_of(title), (m.start, min(len(text), m.end + 60))
        else:
            head = phrase.head
            before = text[max(0, min(m.start, phrase.start) - 160) : phrase.start]
            about = _MEETING_ABOUT.search(before) if head in MILESTONE_NOUNS and id(m) not in listed else None
            if head in MILESTONE_NOUNS and id(m) not in listed and _GATHER.search(before[-100:]):
                # "the ministers will gather to discuss the financial crisis": a meeting about it
                said = text[phrase.start : phrase.start + 1]  # "the Georgia crisis" keeps its capital
                first = title[:1] if said.isupper() else title[:1].lower()
                title, head = f"Meeting on the {first}{title[1:]}", "meeting"
            elif about is not None:
                # "a conference … in Brisbane on 3 August, focused on the impact of the global economic
                # crisis": the date is the conference's, and the crisis its subject
                noun = about["noun"].lower()
                title, head = f"{noun.capitalize()} on the {title[:1].lower()}{title[1:]}", noun
            kind = "milestone" if id(m) in passing else _kind_of(head, phrase.title)
            if phrase.end <= m.start and _ACT_BETWEEN.search(text[phrase.end : m.start]):
                kind = "milestone"  # "the Convention … was signed in Oslo on 3 December 2008"
            focus = (min(m.start, phrase.start), max(m.end, phrase.end))
        date = m.date
        if date is None and planned:
            date = PartialDate(None)
        if planned:
            kind = "planned"
        out.append(
            TimelineEntry(
                date=date,
                title=title,
                kind=kind,
                place=place,
                planned=planned,
                cite=[passage.paragraph],
                evidence=evidence(text, focus, low=6, high=14),
                evidence_paragraph=passage.paragraph,
                significance=_significance(text),
                relative=m.relative,
                found_in=[f"sentence ¶{passage.paragraph}"],
                date_text=m.text if m.anchor is None else f"{m.text}, counted from {m.anchor}",
                head=head,
            )
        )
    return out, loose


#: A document's verb between a named crisis and a date: the date is the document's.
_ISSUED = re.compile(r"\b(?:issued|published|released|circulated)\b")

_ABOUT_NOUNS = (
    r"(?:conference|meeting|summit|seminar|workshop|forum|dialogue|session|symposium|roundtable|debate)"
)

#: A meeting, then (in the same sentence) what it is about: "a conference hosted by … on 3 August, focused on
#: the impact of the global economic crisis", "a special session on the food crisis".
_MEETING_ABOUT = re.compile(
    rf"\b(?P<noun>{_ABOUT_NOUNS})\b(?:(?!\b{_ABOUT_NOUNS}\b)[^.;]){{0,140}}?"
    r"\b(?:on|about|to\s+discuss|discussing|devoted\s+to|addressing|focused\s+on|focusing\s+on)"
    r"(?:\s+[\w\-’']+){0,5}\s*$",
    re.IGNORECASE,
)

#: A verb of people coming together: a crisis or a storm named after it is what they met about; so is what
#: those who meet to decide discuss ("where EU leaders will discuss the Georgia crisis on September 1").
_GATHER = re.compile(
    r"\b(?:gather|meet|convene|assemble)(?:s|d|ed|ing)?\b|\bmet\b|"
    r"\b(?:leaders|ministers|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?)\s+"
    r"(?:will\s+|would\s+|are\s+to\s+|to\s+|have\s+|had\s+)?(?:discuss|discussed|debate|debated|review|"
    r"reviewed|consider|considered)\b",
    re.IGNORECASE,
)

#: "… took place in The Hague": where an unnamed meeting was, said later in its sentence.
_HELD_IN = re.compile(
    rf"\b(?:took\s+place|was\s+held|were\s+held|met|convened|gathered)\s+(?:\w+\s+){{0,3}}?(?:in|at)\s+"
    rf"(?P<p>{_PLACE_WORDS})"
)

#: "The Basin Commission will hold its annual session": the organiser a meeting word alone belongs to.
_ITS = re.compile(
    rf"(?:^|[,;]\s*|\b(?:the|The)\s+)(?P<org>(?:{CAPITAL_WORD}\s+(?:of\s+(?:the\s+)?)?){{1,5}})"
    r"(?:will\s+|shall\s+|has\s+|had\s+|also\s+)?(?:hold|holds|held|convene[sd]?|opened|began|concluded)\s+"
    r"its\s+(?:[\w\-]+\s+){0,2}$"
)

#: "this Committee", "that summit", "the same Conference": a meeting named earlier in the statement.
_BACK_NOUN = re.compile(r"\b(?:this|that|the\s+same|the\s+said)\s+$", re.IGNORECASE)


#: Between a meeting's date and its name said right after it: "met in Amsel on 3 March for the first Basin
#: Summit", "… on 3 March, at the Basin Forum".
_FOR_THE = re.compile(r"\s*,?\s*(?:for|at|during)\s+(?:the|its|our|their)\s+(?:[a-z]+\s+){0,2}$")
#: How far after the date such a name may start.
_FOR_THE_REACH = 40


def _named_right_after(
    text: str, m: DateMention, phrases: list[_Phrase], used: set[int]
) -> tuple[int, str | None] | None:
    """ "We met in Amsel on 3 March 2009 for the first Basin Summit": the verb dates the meeting, and the
    meeting's own name follows the date; the name, not "Meeting in Amsel", is its title (a name said later
    in the sentence, "… on Wednesday to prepare the summit in June", is another meeting's and stays so)."""
    for i, p in enumerate(phrases):
        if i in used or not (m.end <= p.start <= m.end + _FOR_THE_REACH):
            continue
        if any(c.isupper() for c in p.title[1:]) and _FOR_THE.fullmatch(text, m.end, p.start):
            return i, _place_after(text, p.end)
    return None
