"""Decide which dated mentions are meetings with a small learnt model (logistic regression).

``mentions.candidates`` describes every resolved date of a statement by
generic features; this module weighs them with the weights in
``selector_weights.json`` (learnt by ``bench/extract/learn.py`` from the
tuning statements' expectations, reproducible from them) and turns the
chosen candidates into timeline entries. Plain Python: the weights are a
dictionary from feature name to number.

A candidate's probability decides where it goes: at or above the ``print``
threshold it is a timeline item; between the ``comment`` and ``print``
thresholds it is only offered in the draft's comment ("dates not tied to a
meeting"), so a guess is never printed as a fact.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..clean_text import shown
from ..content.partial_date import DatePoint, PartialDate
from ..content.speech import Speech
from ..errors import ConfigError
from .dates import DateMention, find_dates
from .gathering import a_bodys_document, link_against, said_against
from .mentions import Candidate, candidates
from .passages import Passage, evidence
from .timeline.actions import an_appeal
from .timeline.clauses import _place_in_clause, _separated
from .timeline.entries import Timeline, TimelineEntry, Unplaced, _significance, cut_title
from .timeline.filters import _is_deadline, _not_the_meetings_date
from .timeline.merging import _merge, _same_event
from .timeline.one_date import _collapsed, _refined
from .timeline.phrases import _Phrase, event_phrases
from .timeline.reading import _is_header
from .timeline.vocabulary import _head_of, _kind_of

WEIGHTS = Path(__file__).with_name("selector_weights.json")
_TITLE_WORDS = 10
#: The words right before a date that only lead up to it: a preposition, with "early", "the end of" ….
_LEADS_TO_DATE = re.compile(
    r"(?:\b(?:in|on|at|of|since|from|during|by|until|till|between|around|about|before|after)\s+)"
    r"(?:(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|middle\s+of|start\s+of)[\s-]+)?(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    #: At or above: a timeline item.
    print_at: float
    #: At or above (and below ``print_at``): offered in the draft's comment only.
    comment_at: float
    #: At or above: added to the rules' timeline when no rule dated the candidate's date (``hybrid_timeline``).
    complete_at: float | None = None

    @property
    def adds_at(self) -> float:
        return self.print_at if self.complete_at is None else self.complete_at

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def model_from(data: dict) -> Model:
    """The model a weights file describes; ValueError (KeyError, TypeError) where it is not one."""
    thresholds = data["thresholds"]
    model = Model(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(thresholds["print"]),
        float(thresholds["comment"]),
        float(thresholds["complete"]) if "complete" in thresholds else None,
    )
    numbers = [*model.weights.values(), model.print_at, model.comment_at, model.adds_at]
    if (
        not all(math.isfinite(n) for n in numbers)
        or not 0 <= model.comment_at <= model.print_at <= 1
        or not model.comment_at <= model.adds_at <= model.print_at
    ):
        raise ValueError(
            "a weight or a threshold is not a finite number, or the thresholds are not "
            "0 ≤ comment ≤ complete ≤ print ≤ 1"
        )
    return model


@functools.cache
def load_model(path: Path | None = None) -> Model:
    """The shipped weights (or ``path``'s). A damaged file (an edited install, a failed training)
    is a ConfigError naming it, not a traceback from deep inside the extraction."""
    path = path or WEIGHTS
    try:
        return model_from(json.loads(path.read_bytes().decode("utf-8")))
    except (
        OSError,
        UnicodeDecodeError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
    ) as exc:
        raise ConfigError(
            f"{path}: the timeline selector's weights cannot be read ({shown(str(exc))[:200]}). "
            "Reinstall briefkit (from a checkout: 'git checkout' the file, or make it again with "
            "bench/extract/learn.py … train); --timeline rules does not use it."
        ) from None


def skipped_paragraphs(speech: Speech, header_lines: set[str] | frozenset[str]) -> set[int]:
    """The paragraphs that are only the header's lines: their date is the occasion's."""
    return {n for n in range(1, len(speech.paragraphs) + 1) if _is_header(speech.paragraph(n), header_lines)}


def statement_candidates(
    speech: Speech,
    passages: list[Passage],
    speech_date: DatePoint | None,
    header_lines: set[str] | frozenset[str],
) -> list[Candidate]:
    return candidates(speech, passages, speech_date, skipped_paragraphs(speech, header_lines))


def _meeting_of(c: Candidate) -> _Phrase | None:
    """The meeting phrase a candidate's item is titled by: the nearest in its clause, else in its sentence."""
    text = c.passage.text
    m = c.mention
    c0, c1 = c.clause
    phrases = [p for p in event_phrases(text, [(m.start, m.end)]) if p.title.strip()]
    if not phrases:
        return None

    def gap(p: _Phrase) -> tuple[int, int]:
        inside = 0 if c0 <= p.start and p.end <= c1 else 1
        return inside, min(abs(p.start - m.end), abs(m.start - p.end))

    return min(phrases, key=gap)


def entry(c: Candidate, probability: float | None = None) -> TimelineEntry:
    """A timeline entry for a candidate: titled by the nearest meeting phrase, else by its clause.

    The draft's comment on the item says it came from the selector, and how sure it was.
    """
    text = c.passage.text
    m = c.mention
    c0, c1 = c.clause
    meeting = _meeting_of(c)
    title = meeting.title if meeting is not None else ""
    if not title:
        # the clause without its date, and without the words that only led up to it ("In 2008 I travelled …"
        # is "I travelled …", not "In I travelled …")
        # (and without the other dates of its clause: "We met in X on 3 May, in Y on 5 June …" is no title)
        spans = sorted({(m.start, m.end)} | {(c0 + d.start, c0 + d.end) for d in find_dates(text[c0:c1])})
        pieces, at = [], c0
        for s, e in spans:
            if s < at:
                continue
            pieces.append(_LEADS_TO_DATE.sub("", text[at:s]))
            at = e
        pieces.append(text[at:c1])
        joined = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", " ".join(pieces)))
        words = re.sub(r",(?:\s*,)+", ",", joined).strip(" ,;:()–—-").split()
        title = cut_title(words, _TITLE_WORDS)
    head = _head_of(title)
    assert m.date is not None
    return TimelineEntry(
        date=m.date,
        title=title or m.text,
        kind=_kind_of(head, title),
        place=_place_in_clause(text, m),
        # after the statement's own date: still to come when it was said
        planned=bool(m.future or m.date.planned or c.features.get("when_after")),
        cite=[c.passage.paragraph],
        evidence=evidence(text, (m.start, m.end)),
        evidence_paragraph=c.passage.paragraph,
        significance=_significance(text),
        relative=m.relative,
        found_in=[
            f"model ¶{c.passage.paragraph}" + ("" if probability is None else f" (p = {probability:.2f})")
        ],
        date_text=m.text,
        head=head,
        order=c.passage.index,
    )


def choose(scored: list[tuple[float, Candidate]], threshold: float) -> list[tuple[float, Candidate]]:
    """The candidates at or above ``threshold``, one per date and sentence (the likeliest), in statement order."""
    best: dict[tuple[str, int], tuple[float, Candidate]] = {}
    for p, c in scored:
        if p < threshold:
            continue
        key = (c.date.iso(), c.passage.index)
        if key not in best or p > best[key][0]:
            best[key] = (p, c)
    return sorted(best.values(), key=lambda pc: pc[1].passage.index)


def _scored(
    speech: Speech,
    passages: list[Passage],
    speech_date: DatePoint | None,
    header_lines: set[str] | frozenset[str],
    model: Model,
) -> list[tuple[float, Candidate]]:
    return [
        (model.probability(c.features), c)
        for c in statement_candidates(speech, passages, speech_date, header_lines)
    ]


def _offer(c: Candidate) -> Unplaced:
    return Unplaced(c.passage.paragraph, c.mention.text, c.mention.date, c.passage.text, at=c.mention.start)


def _in_order(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    return sorted(entries, key=lambda e: (e.date.sort_key() if e.date else (), min(e.cite), e.order))


def model_timeline(
    speech: Speech,
    passages: list[Passage],
    speech_date: DatePoint | None,
    header_lines: set[str] | frozenset[str],
    model: Model | None = None,
) -> Timeline:
    """The timeline the model reads: items above the print threshold, the uncertain ones as comments."""
    model = model or load_model()
    scored = _scored(speech, passages, speech_date, header_lines, model)
    printed = choose(scored, model.print_at)
    taken = {(c.date.iso(), c.passage.index) for _, c in printed}
    entries = _merge([entry(c, p) for p, c in printed])
    offered = [
        _offer(c) for _, c in choose(scored, model.comment_at) if (c.date.iso(), c.passage.index) not in taken
    ]
    return Timeline(_in_order(entries), [], offered)


def _placed(c: Candidate, ruled: list[TimelineEntry]) -> bool:
    """The candidate's date is a rules' item's, or the same day, month or year at another precision in the same
    paragraph ("on 5 March 1962 … signed in 1962"): one meeting said twice is one item. Anywhere in the
    statement, a day of a rules' meeting over several days ("the talks on Monday and Tuesday", a contents
    line's "Closing the Summit (18/8/05)" under the summit of the 17th and 18th), and a year or a month that
    holds a rules' meeting of one day or a few ("should meet early in 2008" after "will meet in Auckland on
    Wednesday") are that meeting said again, not another one (round 11: the hybrid's additions that matched
    no expected meeting in three tuning sets)."""
    date = c.date.iso()
    for e in ruled:
        if e.date is None:
            continue
        d = e.date.iso()
        if d == date or (
            c.passage.paragraph in e.cite and (d.startswith(date + "-") or date.startswith(d + "-"))
        ):
            return True
        if _a_day_of(c.date, e.date) or _a_day_of(e.date, c.date, coarse=True):
            return True
    return False


def _a_day_of(inner: PartialDate, outer: PartialDate, coarse: bool = False) -> bool:
    """``inner``'s days, to the day, lie within ``outer``: a span of days (``coarse`` False: a day of a meeting
    over several) or a year or a month (``coarse``: the meeting said at a rougher precision)."""
    a, lo = inner.first, outer.first
    if a is None or lo is None:
        return False
    b, hi = inner.last or a, outer.last or lo
    if a.day is None or b.day is None:
        return False
    if coarse:
        if lo.day is not None and hi.day is not None:
            return False
    elif outer.last is None or lo.day is None or hi.day is None or inner == outer:
        return False
    return lo.start() <= a.start() and b.end() <= hi.end()


def _said_again(added: TimelineEntry, ruled: list[TimelineEntry], day: DatePoint | None) -> bool:
    """The model's item is a rules' item said again, as the rules' merging of repeats reads two items
    (``merging._same_event``): one visitor's visit said twice, a day of a meeting the rules have over its
    days ("on 3 March and 4 March"), its day said again in another paragraph."""
    return any(_same_event(e, added, day) for e in ruled if e.date is not None)


def restated(scored: list[tuple[float, Candidate]]) -> set[int]:
    """The candidates (their ``id``) that are a date said again in other words right after or before
    another, which the rules read as one date: "Nine months ago in April last year", "on Monday, January 23rd
    2012" (``timeline.one_date._collapsed``: only the reading they keep may be added), "on 3 March and 4
    March" (one meeting over both days: neither day is added alone), "in the first half of 2010, from 30
    June to 2 July" (``_refined``: the days narrow the period, which is not added)."""
    by_passage: dict[int, list[Candidate]] = {}
    for _, c in scored:
        by_passage.setdefault(c.passage.index, []).append(c)
    out: set[int] = set()
    for group in by_passage.values():
        group.sort(key=lambda c: c.mention.start)
        text = group[0].passage.text
        mentions = [c.mention for c in group]
        for kept in _collapsed(text, mentions):
            out |= {id(c) for c in group if _within(c.mention, kept)}
        out |= {id(c) for c in group if _refined(text, c.mention, mentions, []) is not c.mention}
    return out


def _within(m: DateMention, kept: DateMention) -> bool:
    """``m`` is a part of the one date ``kept`` other than the reading kept: a rougher reading said before the
    finer one, or the second of two days in a row read as one meeting."""
    if not (kept.start <= m.start and m.end <= kept.end):
        return False
    return m.end != kept.end or (m.start != kept.start and m.date != kept.date)


def additions(
    scored: list[tuple[float, Candidate]],
    ruled: list[TimelineEntry],
    speech_date: DatePoint | None,
    threshold: float,
    refused: list[Unplaced] | None = None,
) -> list[TimelineEntry]:
    """The model's candidates at or above ``threshold`` that complete the rules' entries ``ruled``: a date no
    rule placed, not said again in other words, no reason of the rules against the date itself
    (``gathering.said_against``), none the rules gave when they read it beside a meeting (``refused``: the
    rules' dates not placed, with their ``reason``), none the rules would give against the model's own link
    (``_read_against``), not a document's date, and not a rules' item said again (``_said_again``)."""
    again = restated(scored)
    against = _refused(refused or [])
    added = [
        entry(c, p)
        for p, c in choose(scored, threshold)
        if not _placed(c, ruled)
        and id(c) not in again
        and not _refused_here(c, against)
        and not said_against(c.passage.text, c.mention, c.clause, speech_date)
        and not _read_against(c)
        and not _a_documents_date(c)
    ]
    return [e for e in added if not _said_again(e, ruled, speech_date)]


def _read_against(c: Candidate) -> bool:
    """The rules' reasons against a date tied to a meeting, asked of the meeting the model ties the date to
    (the one its item is titled by), as the rules ask them of every link they make: words between the two
    that make the date something else (someone's words, an appeal, an office: ``gathering.link_against``) or
    keep them apart (a since-clause, reported speech, a new clause: ``clauses._separated``),
    a date that is not the meeting's (a journey to it, a day before or after it, a visit's last day, a
    meeting called off: ``filters._not_the_meetings_date``), a deadline; and, with no meeting named, a call
    on a person that is an appeal to act (``actions.an_appeal``)."""
    text, m = c.passage.text, c.mention
    meeting = _meeting_of(c)
    if meeting is not None and (
        link_against(text, meeting.start, meeting.end, m) or _separated(text, meeting, m)
    ):
        return True
    if meeting is None and an_appeal(text):
        return True
    return _not_the_meetings_date(text, m, meeting) or _is_deadline(text, m)


def _refused(unplaced: list[Unplaced]) -> dict[str, set[str]]:
    """The dates the rules read beside a meeting and gave a reason against (``Unplaced.reason``), by their
    sentence: what they wrote and what it means."""
    out: dict[str, set[str]] = {}
    for u in unplaced:
        if u.reason is not None:
            out.setdefault(u.sentence, set()).update({u.text, u.date.iso() if u.date is not None else u.text})
    return out


def _refused_here(c: Candidate, against: dict[str, set[str]]) -> bool:
    said = against.get(c.passage.text)
    return said is not None and (c.mention.text in said or c.date.iso() in said)


#: A document's own date: "the report …, issued on 3 May", "a letter dated 4 June".
_DOCUMENT_DATED = re.compile(
    r"\b(?:issued|published|released|dated|circulated|submitted|tabled|sent|distributed)\s+"
    r"(?:on\s+|in\s+|of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _a_documents_date(c: Candidate) -> bool:
    """The date is a document's, said right after the verb that issued it ("The report of the … Conference,
    issued on 3 May"), or what a body made at it ("last month's Security Council resolution"): no meeting's,
    whatever the meeting named beside it."""
    return bool(
        _DOCUMENT_DATED.search(c.passage.text[max(0, c.mention.start - 30) : c.mention.start])
    ) or a_bodys_document(c.passage.text, c.mention)


def hybrid_timeline(
    rules: Timeline,
    speech: Speech,
    passages: list[Passage],
    speech_date: DatePoint | None,
    header_lines: set[str] | frozenset[str],
    model: Model | None = None,
) -> Timeline:
    """The rules' timeline completed by the model: every item of the rules kept, and a candidate the model
    gives at least its ``complete`` threshold added when no rule placed its date; one between the
    ``comment`` threshold and that is offered in the draft's comment.

    The threshold (0.7, the model's own printing one) was chosen, with the weights' penalty, by leaving
    each of the eleven sets of real statements out in turn and pooling them (the best recall and precision
    together); on the four sets the rules were not written from it found 99 of 189
    meetings against the rules' 88 at 69% precision against 70%, where letting the model also take out the
    rules' items it doubted, or learn from the rules' own reading, found no more at no better precision
    (docs/extract.md, "Eleven sets to learn from").
    """
    model = model or load_model()
    scored = _scored(speech, passages, speech_date, header_lines, model)
    ruled = {e.date.iso() for e in rules.entries if e.date is not None}
    added = additions(scored, rules.entries, speech_date, model.adds_at, rules.unplaced)
    taken = ruled | {e.date.iso() for e in added if e.date is not None}
    offered = [_offer(c) for _, c in choose(scored, model.comment_at) if c.date.iso() not in taken]
    # (the rest of the rules' reading stays: the first paragraph of the body, whose reported meeting is the
    # occasion of a text with no date of its own, ``set_aside``)
    return replace(rules, entries=_in_order(rules.entries + _merge(added)), unplaced=rules.unplaced + offered)
