"""Reading the statement in order: the paragraphs that are its header, which the reading skips; what it
carries from one sentence to the next (the last date said, the sentence just read, the meetings named so
far); and a sentence with no date that goes on from the one before ("At that meeting, …") and takes its
date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...content.partial_date import DatePoint, PartialDate
from ..dates import REPORTING_VERBS, DateMention, is_future
from ..gathering import CAPITAL_WORD
from ..passages import Passage, evidence
from .entries import TimelineEntry, _significance
from .milestones import _ADOPTED, _MILESTONE_VERB
from .phrases import event_phrases
from .places import _place_after
from .vocabulary import _EVENT_ACRONYM, _MEETING_VERB, _STOP, EVENT_NOUNS, _head_of, _kind_of


@dataclass
class _Before:
    """The sentence just read: a sentence after it may take its date ("At that meeting, …")."""

    paragraph: int
    text: str
    #: Its one date, when it has exactly one that could date an event.
    date: DateMention | None


@dataclass
class _Reading:
    """What reading the statement in order has learnt so far."""

    #: The last date said (its words, its value): "later that year" counts from it.
    anchor: tuple[str, PartialDate] | None = None
    #: The last date said with its year written ("On October 1-2, 2008"): a day of its month said after it
    #: without a year is of that year (``relative._year_of_the_month_written``).
    written: PartialDate | None = None
    before: _Before | None = None
    #: Named meetings by their head word ("committee" → "Special Committee"): "this Committee" means it.
    named: dict[str, str] = field(default_factory=dict)

    def learn(self, passage: Passage, mentions: list[DateMention]) -> None:
        usable = [m for m in mentions if m.date is not None and m.date.first is not None and not m.since]
        self.before = _Before(passage.paragraph, passage.text, usable[0] if len(usable) == 1 else None)
        dated = [m for m in mentions if m.date is not None and m.date.first is not None]
        if dated:
            self.anchor = (dated[-1].text, dated[-1].date)  # type: ignore[assignment]
        written = [m for m in dated if m.relative is None and m.anaphor is None and m.date.first.month]  # type: ignore[union-attr]
        if written:
            self.written = written[-1].date
        for found in _NAMED_MEETING.finditer(passage.text):
            # ("“The EU-Africa Summit is …": the name after its article, not the sentence's first word)
            words = found["name"].split()
            while words and words[0].lower() in _STOP:
                words.pop(0)
            if words:
                self.named[found["head"].lower()] = " ".join([*words, found["head"]])


#: "the Special Committee on X", "the Basin Summit": a meeting named by capitalised words before its noun.
#: A capitalised word is ``gathering.CAPITAL_WORD``, at most 41 characters (linear time on long runs).
_NAMED_MEETING = re.compile(
    rf"\b(?P<name>(?:{CAPITAL_WORD}\s+){{1,4}})(?P<head>Committee|Summit|Conference|Forum|Council|Commission|"
    r"Working Group|Group|Meeting|Session|Dialogue|Assembly|Panel|Task Force)\b"
)


def _is_header(para, header_lines) -> bool:
    """A numbered paragraph that is only header lines (a statement with no salutation numbers its header)."""
    if para is None or not header_lines:
        return False
    lines = para.lines if para.kind == "lines" else [para.plain_text()]
    return all(" ".join(line.split()) in header_lines for line in lines)


#: What talks' participants said, reported point after point: "They also welcomed …", "They also agreed that
#: …". The point goes on from the one before, not its time: the date there was of what it named ("the meeting
#: of the Working Group in 2014", "next year's anniversary"), not of the saying. The verbs that report what
#: was said are the dates' (``dates.REPORTING_VERBS``); these add the points talks make.
_SAID = (
    rf"(?:{REPORTING_VERBS}|agreed|stressed|reaffirmed|reiterated|expressed|underlined|underscored|emphasi[sz]ed|"
    r"recognized|recognised|acknowledged|affirmed|urged|called|discussed|shared|looked|exchanged|highlighted|"
    r"supported|encouraged|commended|appreciated)\b"
)

#: A sentence that goes on about the time of the one before: "At that meeting, …", "We also hosted …".
_GOES_ON = re.compile(
    r"^(?:(?:at|during|on|in|after)\s+(?:that|this|the\s+same)\s+(?:meeting|summit|session|conference|occasion|"
    r"event|forum|visit|time|gathering|debate|dialogue|retreat|ceremony|year)\b|(?:then|there|subsequently|"
    r"thereafter)\b|(?:on|at)\s+that\s+occasion\b|in\s+addition\b|also\b|"
    rf"(?:[\w\-]+\s+){{1,3}}(?:also|then|subsequently)\s+(?!{_SAID})(?:\w+ed|met|held|took|led|made|won|began|saw|"
    r"hosted)\b|"
    r"(?:we|i|[A-Z][\w\-]{1,40})\s+(?:hosted|held|convened|organi[sz]ed|attended|chaired)\b)",
    re.IGNORECASE,
)

#: "the Lindhaven Charter", "the Amsel Plan of Action adopted": an act a sentence can date as a milestone.
_ACT_OBJECT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?P<obj>(?:[Rr]esolution|[Dd]ecision)\s+\d[\d/]*(?:\s*\(\d{4}\))?|"
    rf"{CAPITAL_WORD}(?:\s+(?:{CAPITAL_WORD}|of|on|for|and|the)){{0,8}})"
)


def _back_reference(
    passage: Passage, speech_date: DatePoint | None, reading: _Reading
) -> list[TimelineEntry]:
    """A sentence with no date that goes on from the sentence before, which has one: "The first Basin
    Summit took place in 2001. At that meeting, the leaders adopted the Amsel Declaration."

    Only named meetings and acts adopted or signed are dated so, and only when
    the two sentences speak in the same tense.
    """
    before = reading.before
    text = passage.text
    if (
        before is None
        or before.date is None
        or before.paragraph != passage.paragraph
        or not _GOES_ON.match(text)
        or is_future(text) != (before.date.future or is_future(before.text))
    ):
        return []
    if not _MEETING_VERB.search(text):
        return []  # "At that time, the Summit seemed far away": no one met, hosted or adopted anything
    m = before.date
    found: list[tuple[str, str, str, tuple[int, int]]] = []  # title, kind, head, where
    for p in event_phrases(text, []):
        named = any(c.isupper() for c in p.title[1:]) or bool(_EVENT_ACRONYM.match(p.title))
        if not named or p.head not in EVENT_NOUNS:
            continue
        if re.search(r"\b(?:this|that|the\s+same)\s+$", text[: p.start], re.IGNORECASE):
            continue  # "at that meeting": the meeting of the sentence before, already dated there
        kind = _kind_of(p.head, p.title)
        if _MILESTONE_VERB.search(text[max(0, p.start - 30) : p.start]):
            kind = "milestone"  # "the leaders launched the Basin Forum"
        found.append((p.title, kind, p.head, (p.start, p.end)))
    for verb in _ADOPTED.finditer(text):
        obj = _ACT_OBJECT.match(text, verb.end())
        if obj is None:
            continue
        name = re.sub(r"\s+(?:of|on|for|and|the)$", "", obj["obj"].strip())
        if any(start <= obj.start("obj") < end for _, _, _, (start, end) in found):
            continue
        found.append((f"{name} {verb['verb']}", "milestone", _head_of(name), (verb.start(), obj.end())))
    planned = m.future or (
        speech_date is not None
        and m.date is not None
        and m.date.first is not None
        and m.date.first.start() > speech_date.end()
    )
    out = []
    for title, kind, head, (start, end) in found:
        out.append(
            TimelineEntry(
                date=m.date,
                title=title[:1].upper() + title[1:],
                kind="planned" if planned else kind,
                place=_place_after(text, end),
                planned=planned,
                cite=[passage.paragraph],
                evidence=evidence(text, (start, end), low=6, high=14),
                evidence_paragraph=passage.paragraph,
                significance=_significance(text),
                relative=m.relative,
                found_in=[f"sentence ¶{passage.paragraph}, dated by the sentence before"],
                date_text=m.text,
                head=head,
                order=passage.index,
            )
        )
    return out
