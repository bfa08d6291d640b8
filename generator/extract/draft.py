"""Assemble what extraction found into a draft event file, with a comment on every choice.

Every value either comes from the statement (with ``cite`` and verbatim
``evidence``) or is a visible "TO CHECK: …" placeholder with a comment; the
fields only a person can write (background, talking points, sensitivities,
vision) are left out, with a commented stub saying so, and the templates
skip empty sections.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import __version__
from ..content.models import MAX_CITATIONS, MAX_ITEMS, MAX_TEXT
from ..content.partial_date import DatePoint, PartialDate
from ..content.speech import Speech
from .acronyms import Acronym, load_glossary
from .emit import Comment, Disabled, Note
from .header.facts import Header
from .header_elsewhere import Host
from .passages import Passage, evidence
from .proposal import Point, ProposalFound
from .provenance import SOURCES, candidate_note
from .quotes import Quotation
from .summary import MIN_SCORE, SUMMARY_SENTENCES, Scored
from .timeline.entries import Timeline, TimelineEntry, Unplaced

TO_CHECK = "TO CHECK:"
SPEECH_SOURCE_ID = "statement"


@dataclass
class Findings:
    """Everything extraction found in one statement, before it is written as YAML."""

    source_name: str
    text: str
    encoding: str
    removed: list[str]
    cleaning_notes: list[str]
    speech: Speech
    passages: list[Passage]
    header: Header
    #: The statement's own date, and where it came from ("header" or "option").
    speech_date: DatePoint | None
    speech_date_origin: str | None
    host: Host | None
    timeline: Timeline
    quotations: list[Quotation]
    acronyms: list[Acronym]
    proposal: ProposalFound | None
    #: Sentences that propose or request something; empty when the statement does neither.
    key_messages: list[Scored]
    #: The best other sentence, cited by the placeholder key message when there is no proposal.
    background: Scored | None
    asks: list[Scored]
    next_steps: list[Scored]
    #: Plain-language list of what a person must check, for the CLI and the YAML header.
    todo: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        if self.header.title:
            return self.header.title
        if self.header.event_name:
            return f"{self.header.kind or 'Statement'} at the {_without_the(self.header.event_name)}"
        return f"{TO_CHECK} title of the statement"

    @property
    def title_found(self) -> bool:
        return self.header.title is not None

    def event_date(self) -> tuple[PartialDate | None, str | None]:
        """The meeting's date, and a note when it is inferred or unknown."""
        if self.speech_date is not None and self.speech_date_origin not in ("span", "listing"):
            where = "the statement's header" if self.speech_date_origin == "header" else "the --date option"
            note = (
                None if self.speech_date_origin == "header" else f"Date given with {where} when extracting."
            )
            if self.speech_date_origin == "header" and self.header.date_source:
                note = f"Not in the header: the date of {self.header.date_source}. Check it."
            return PartialDate(self.speech_date), note
        # Never a year guessed from the body: the latest year a statement mentions is often a
        # target ("by 2015") or a past event, not the day it was given.
        return None, (
            f"{TO_CHECK} the statement's header gives no date. Set event.date to the day it "
            "was delivered, or run extract again with --date YYYY-MM-DD."
        )


def _without_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def build(f: Findings) -> tuple[dict, list[str]]:
    """The draft as a commented tree (see emit.py) and the lines of its header comment."""
    f.todo.clear()  # filled again below, as each placeholder is written
    tree: dict = {}
    tree["event"] = _event(f)
    tree["speech"] = _speech(f)
    tree["summary"] = Note(
        _summary(f),
        "A first summary: the header's facts, then the sentences that carry "
        "the proposals and requests (generator/extract/summary.py says how they "
        "are chosen). Rewrite it in your own words.",
    )
    if f.key_messages:
        tree["key_messages"] = Note(
            [_fact_of(s) for s in f.key_messages],
            "The best-scoring sentences, quoted as said; rephrase them for the reader.",
        )
    else:
        background = f.background
        assert background is not None, "summary scores every statement's sentences"
        p = background.passage
        tree["key_messages"] = Note(
            [
                {
                    "text": f"{TO_CHECK} the statement makes no proposal or request that extraction could find; "
                    "write its key message.",
                    "cite": [p.paragraph],
                    "evidence": evidence(p.text),
                }
            ],
            f"No sentence proposes or requests anything (no cue scored {MIN_SCORE} or more). The cite points "
            f"to the sentence that scored best (paragraph {p.paragraph}, score {background.score}): "
            "write the message the statement carries, or delete this item if it carries none.",
        )
        f.todo.append("key_messages: the statement makes no proposal or request that extraction could find")
    if f.proposal is not None:
        tree["proposal"] = _proposal(f.proposal, f.todo)
    tree["timeline"] = _timeline(f)
    if f.next_steps:
        tree["next_steps"] = Note(
            [_fact_of(s) for s in f.next_steps],
            "Sentences that commit to something (will, plan to, stand ready …).",
        )
    if f.asks:
        tree["asks"] = Note(
            [_fact_of(s) for s in f.asks], "Sentences that request something of the audience."
        )
    quotes = [q for q in f.quotations if f.proposal is None or q is not f.proposal.definition]
    if quotes:
        tree["# quotations"] = Comment(
            ["Quotations in the statement (there is no field for them; use them in talking points):"]
            + [
                f"paragraph {q.paragraph}: “{q.text}” — {q.attribution or 'TO CHECK: attribution not found'}"
                for q in quotes
            ]
        )
    glossary = _glossary(f)
    if glossary:
        tree["glossary"] = glossary
    tree["sources"] = [_statement_source(f)]
    tree["# person"] = Comment(
        [
            "Left for a person to write (the templates skip empty sections): background, record, "
            "sensitivities, talking_points, vision. For example:",
            "talking_points:",
            "  - text: One thing the delegation should say, in your words.",
            "    cite: 3",
            "    evidence: five to fifteen words copied from paragraph 3",
        ]
    )
    return tree, _header_comment(f)


# -- event and speech ------------------------------------------------------------


def _event(f: Findings) -> dict:
    h = f.header
    out: dict = {}
    if h.event_name and h.event_name_from_headline:
        out["name"] = Note(h.event_name, f'The meeting named in the header\'s sentence "{h.occasion}".')
    elif h.event_name:
        out["name"] = Note(
            h.event_name,
            f'From the header: "{h.occasion}".' if h.occasion != h.event_name else "From the header.",
        )
    elif h.occasion:
        out["name"] = Note(
            f"{TO_CHECK} name of the meeting",
            f'The header\'s line "{h.occasion}" is a sentence, not a name, and names no one meeting.',
        )
        f.todo.append("event.name: the header's line about the occasion is a sentence, not a name")
    else:
        out["name"] = Note(f"{TO_CHECK} name of the meeting", "The header does not name the meeting.")
        f.todo.append("event.name: the header does not name the meeting")
    short = _short_name(h.event_name, f.acronyms)
    if short:
        out["short_name"] = Note(short, "The name with the statement's own abbreviation.")
    if h.series:
        out["series"] = h.series
    if h.number:
        out["number"] = h.number
    held = candidate_note(h, "place")
    if held:
        out["place"] = Note(
            f"{TO_CHECK} place of the meeting — {held}",
            f"Not in the header: {held}. Write the city if that is where the statement was given.",
        )
        f.todo.append(f"event.place: not in the header; {held}")
    elif h.place and h.found_by.get("place") == "body":
        out["place"] = Note(
            h.place, f"Not in the header: the statement says so in paragraph {h.place_paragraph}."
        )
    elif (
        h.place
        and h.place_paragraph
        and h.found_by.get("place") in ("meeting report", "report", "opening today")
    ):
        # a report's sentence placed it: say which, so that a person checks the right paragraph
        where = SOURCES.get(h.found_by["place"], "")
        out["place"] = Note(h.place, f"Not in the header: paragraph {h.place_paragraph}, {where}.")
    elif h.place:
        out["place"] = h.place
    else:
        out["place"] = Note(
            f"{TO_CHECK} place of the meeting",
            f"The header names a venue, “{h.venue}”, not a city: write the city it is in."
            if h.venue
            else "The header does not say where the meeting was.",
        )
        f.todo.append("event.place: the header does not say where the meeting was")
    if f.host is not None:
        if f.host.country != h.place:
            out["country"] = Note(f.host.country, f"The host's country (paragraph {f.host.paragraph}).")
        out["host"] = f.host.name
    date, note = f.event_date()
    if date is None:
        held = candidate_note(h, "date")
        out["date"] = Note(f"{TO_CHECK} date of the statement" + (f" — {held}" if held else ""), note)
        f.todo.append(f"event.date: the statement's header gives no date; {held or 'set it'}")
    else:
        out["date"] = Note(date.iso(), "The statement's date." if note is None else "See date_note.")
        if note:
            out["date_note"] = note
    if f.host is not None:
        out["cite"] = [f.host.paragraph]
        out["evidence"] = evidence(f.host.text, f.host.span, low=8, high=14)
    return out


def _short_name(name: str | None, acronyms: list[Acronym]) -> str | None:
    if not name:
        return None
    for a in acronyms:
        if a.expansion and a.origin == "text" and a.expansion in name:
            short = name.replace(a.expansion, a.term)
            if short != name:
                return short
    return None


def _speech(f: Findings) -> dict:
    h = f.header
    speaker: dict = {}
    held = candidate_note(h, "speaker")
    if h.speaker and h.found_by.get("speaker") == "learnt":
        speaker["name"] = Note(
            h.speaker,
            f"Not in the header: {SOURCES['learnt']} (p = {h.learnt['speaker']:.2f}; what its printed fills were "
            "worth on statements it did not learn from: docs/extract.md, 'A learnt header reader'). Check it.",
        )
    elif h.speaker:
        speaker["name"] = h.speaker
    elif held:
        where = "not sure of the header's name" if "speaker" in h.held_why else "not in the header"
        speaker["name"] = Note(
            f"{TO_CHECK} speaker's name — {held}", f"{where.capitalize()}: {held}. Check who spoke."
        )
        f.todo.append(f"speech.speaker.name: {where}; {held}")
    else:
        speaker["name"] = Note(f"{TO_CHECK} speaker's name", "The header does not name the speaker.")
        f.todo.append("speech.speaker.name: the header does not name the speaker")
    if h.honorific:
        speaker["honorific"] = h.honorific
    if h.role:
        speaker["role"] = h.role
    else:
        speaker["role"] = Note(f"{TO_CHECK} speaker's role", "The header does not give the speaker's role.")
        f.todo.append("speech.speaker.role: the header does not give the speaker's role")
    if h.country:
        speaker["country"] = Note(h.country, "From the header.")
    out: dict = {}
    if f.title_found:
        out["title"] = Note(f.title, "The quoted line of the header.")
    elif h.event_name:
        out["title"] = Note(
            f.title, f"{TO_CHECK} the header has no quoted title; this one is composed from the occasion."
        )
        f.todo.append("speech.title: the header has no quoted title; one was composed from the occasion")
    else:
        out["title"] = Note(f.title, "The header has no title.")
        f.todo.append("speech.title: the header has no title")
    out["speaker"] = speaker
    if h.delivery_note:
        out["delivery_note"] = h.delivery_note
    out["file"] = Note(
        "speech.txt",
        "The cleaned statement (UTF-8, web furniture removed); citations number "
        "its paragraphs, so edit it only together with the cites.",
    )
    out["source"] = SPEECH_SOURCE_ID
    out["language"] = "en"
    return out


def _summary(f: Findings) -> str:
    h = f.header
    who = h.speaker and (f"{h.honorific} {h.speaker}" if h.honorific else h.speaker)
    if who and h.role:
        who = f"{who}, {h.role},"
    kind = (h.kind or "Statement").lower()
    article = "" if kind.endswith("remarks") else ("an " if kind[:1] in "aeiou" else "a ")
    what = f"the statement “{f.title}”" if f.title_found else f"{article}{kind}"
    parts = [f"{who or 'The speaker'} delivered {what}"]
    if h.event_name:
        parts.append(f"at the {_without_the(h.event_name)}")
    if h.place:
        parts.append(f"in {h.place}")
    if f.speech_date is not None and f.speech_date_origin == "header":
        parts.append(
            f"on {PartialDate(f.speech_date).format()}"
            if f.speech_date.day
            else f"in {PartialDate(f.speech_date).format()}"
        )
    text = " ".join(parts) + "."
    best = sorted(f.key_messages, key=lambda s: (-s.score, s.passage.index))[:SUMMARY_SENTENCES]
    best.sort(key=lambda s: s.passage.index)
    if best:
        lead = " Its proposals and requests, in its own words: "
        # as many as fit in one value (three sentences of thousands of words each overran it)
        room = MAX_TEXT - len(text) - len(lead) - 1
        quotes: list[str] = []
        for s in best:
            quote = f"“{s.passage.text}” (paragraph {s.passage.paragraph})"
            room -= len(quote) + (2 if quotes else 0)
            if room < 0:
                break
            quotes.append(quote)
        if quotes:
            text += lead + "; ".join(quotes)
            if not text.endswith("."):
                text += "."
        else:
            text += " Its proposals and requests are too long to quote here (see key_messages)."
    else:
        text += " It makes no proposal or request that extraction could find."
    return text


def _fact_of(s: Scored) -> Note:
    p = s.passage
    return Note(
        {"text": p.text, "cite": [p.paragraph], "evidence": evidence(p.text)},
        f"Paragraph {p.paragraph}; score {s.score} ({', '.join(s.cues) or 'no cue'}).",
    )


def _point(p: Point) -> dict:
    return {"text": p.text, "cite": [p.paragraph], "evidence": p.evidence}


# -- proposal ------------------------------------------------------------------


def _proposal(p: ProposalFound, todo: list[str]) -> Note:
    out: dict = {
        "name": p.name,
        "summary": p.summary,
        "cite": [p.paragraph],
        "evidence": p.evidence,
        "origin": {"text": p.sentence, "cite": [p.paragraph], "evidence": p.evidence},
    }
    if p.aims:
        out["aims"] = [_point(a) for a in p.aims]
    if p.principles:
        principles = []
        for n, pr in enumerate(p.principles):
            # A title cut from the bullet's opening words is a guess: marked, it keeps the pack a draft until a
            # person shortens it (the bullet prints whole, after a title that repeated its opening words).
            title = f"{TO_CHECK} {pr.title}" if pr.title_cut else pr.title
            item: dict = {"title": title, "text": pr.text, "cite": [pr.paragraph], "evidence": pr.evidence}
            if pr.points:
                item["points"] = [_point(pt) for pt in pr.points]
            comment = f"Bullet of paragraph {pr.paragraph}" + (
                f", with its {len(pr.points)} sub-bullet(s)" if pr.points else ""
            )
            if pr.title_cut:
                comment += f"; the title is the bullet's opening words: shorten it and delete '{TO_CHECK}'"
                todo.append(f"proposal.principles[{n}].title: the bullet's opening words; shorten it")
            principles.append(Note(item, comment + "."))
        out["principles"] = Note(principles, "The bullets introduced by a paragraph that names the proposal.")
    if p.is_not:
        out["is_not"] = Note(
            [_point(x) for x in p.is_not], "Sentences that name the proposal and say what it is not."
        )
    if p.definition is not None:
        q = p.definition
        out["definition"] = Note(
            {"text": q.text, "attribution": q.attribution, "cite": [q.paragraph], "evidence": q.evidence},
            "The quotation that defines it, with its attribution as the statement gives it.",
        )
    return Note(
        out, f'The quoted name in paragraph {p.paragraph} of a sentence that proposes it: "{p.name}".'
    )


# -- timeline ------------------------------------------------------------------


def _timeline(f: Findings) -> Note:
    items: list = []
    for e in f.timeline.entries[:MAX_ITEMS]:
        items.append(Note(_timeline_item(e), _timeline_comment(e, f)))
    if len(f.timeline.entries) > MAX_ITEMS:
        # a paste of hundreds of dated meetings made a list longer than a draft may hold ("an invalid draft;
        # this is a bug"): the earliest ones, and a word about the rest
        f.todo.append(
            f"timeline: {len(f.timeline.entries) - MAX_ITEMS} more dated items than a list holds (the latest) "
            "were left out"
        )
    for e in f.timeline.unresolved:
        items.append(
            Disabled(
                _timeline_item(e, date=f"{TO_CHECK} {e.relative}"),
                f'Not placed: "{e.relative}" (paragraph {min(e.cite)}) is relative and the statement gives no '
                "date of its own. Give the date (or run extract again with --date YYYY-MM-DD) and uncomment.",
            )
        )
        f.todo.append(
            f'timeline: "{e.title}" is dated "{e.relative}"; the statement gives no date to resolve it'
        )
    items += _loose_dates(f.timeline.unplaced, f.speech_date)
    if f.timeline.context:
        lines = [
            "Dated context the statement names (a crisis, war or disaster, or a document signed, is not a "
            "meeting; add it by hand if the briefing needs it):"
        ]
        lines += [_set_aside_line(e) for e in f.timeline.context]
        items.append(Comment(lines))
    if f.timeline.occasion:
        lines = ["The statement's own occasion, named in its body (a header fact, not a timeline item):"]
        lines += [_set_aside_line(e) for e in f.timeline.occasion]
        items.append(Comment(lines))
    comment = (
        "Dated items in date order. Each cites the paragraph(s) that mention it; a list line "
        "and a sentence about the same meeting are one item."
    )
    return Note(items, comment)


def _loose_dates(loose: list[Unplaced], speech_date: DatePoint | None = None) -> list:
    """The dates no rule tied to a meeting, each as an item written commented out: a person who finds a
    meeting among them uncomments its lines and names it, instead of typing the item from the comment (the
    rules read such a date as a meeting's too rarely to print it; a reviewer reading the draft sees it here).
    A date not resolved (relative, and the statement gives no date; "in the near future") is listed in the
    comment only.

    A date listed twice (the rules left it loose and the hybrid reader offers it too) is one item: two
    identical items, both uncommented, were one meeting twice on the timeline. At most ``MAX_ITEMS`` items
    are written, and a word about the rest: a paste of thousands of dates made an event file of megabytes,
    bigger than ``validate`` reads (the items took eight lines each where the comment had taken one)."""
    if not loose:
        return []
    seen: set[tuple] = set()
    unique = []
    for u in loose:
        key = (u.paragraph, u.text, u.date.iso() if u.date is not None else None, u.sentence, u.at)
        if key not in seen:
            seen.add(key)
            unique.append(u)
    unread = [u for u in unique if u.date is None]
    # in the statement's order, as a reviewer reads it (the rules list a sentence's dates as they settle
    # them, and the hybrid reader's offers come after all of the rules')
    read = sorted((u for u in unique if u.date is not None), key=lambda u: (u.paragraph, u.at or 0))
    head = [
        "Dates in the statement not tied to a named meeting or event. To add one to the timeline, uncomment "
        "its item and give the meeting's name as its title:"
    ]
    head += [
        f'paragraph {u.paragraph}: "{u.text}" (not resolved to a date) — {_clip(u.sentence, 14)}'
        for u in unread[:MAX_ITEMS]
    ]
    if len(unread) > MAX_ITEMS:
        head.append(f"({len(unread) - MAX_ITEMS} more dates that could not be resolved are not listed.)")
    out: list = [Comment(head)]
    for u in read[:MAX_ITEMS]:
        assert u.date is not None
        item: dict[str, object] = {
            "date": u.date.iso(),
            "title": f"{TO_CHECK} the meeting or event of {u.text}",
            "kind": "milestone",
            "cite": [u.paragraph],
            "evidence": u.text,
        }
        first = u.date.first
        if speech_date is not None and first is not None and first.start() > speech_date.end():
            item["planned"] = True  # (after the statement's day: a plan, as the timeline's own items say)
        out.append(Disabled(item, f"paragraph {u.paragraph}: {_around(u.sentence, u.text, u.at)}"))
    if len(read) > MAX_ITEMS:
        out.append(
            Comment(
                f"({len(read) - MAX_ITEMS} more dates tied to no meeting are not written here: too many "
                "for one list.)"
            )
        )
    return out


#: How much of a date's sentence the comment over its item shows, before and after the date.
_BEFORE, _AFTER = 60, 90


def _around(sentence: str, text: str, at: int | None = None) -> str:
    """The words around a date in its sentence ("… a deposit scheme entered into force on 1 July 2009 in the
    basin …"): two dates of one sentence show their own words. A window of characters, cut back to whole
    words, so that a sentence of a megabyte with thousands of dates is not split once per date; ``at``, where
    the date starts, when known (the same date written twice shows each its own words, and a sentence of a
    megabyte is not searched once per date)."""
    if at is None or not sentence.startswith(text, at):
        at = sentence.find(text)
    if at < 0:
        return _clip(sentence, 14)
    end = at + len(text)
    lo, hi = max(0, at - _BEFORE), min(len(sentence), end + _AFTER)
    before, after = sentence[lo:at], sentence[end:hi]
    if lo > 0:
        before = "… " + before.split(" ", 1)[-1] if " " in before else "… "
    if hi < len(sentence):
        after = after.rsplit(" ", 1)[0] + " …" if " " in after else " …"
    return " ".join((before + text + after).split())


def _set_aside_line(e: TimelineEntry) -> str:
    date = e.date.iso() if e.date is not None else e.date_text
    return f"{date} — {e.title} (paragraph {min(e.cite)}): {_clip(e.evidence, 14)}"


def _timeline_item(e: TimelineEntry, date: str | None = None) -> dict:
    out: dict = {"date": date or (e.date.iso() if e.date else ""), "title": e.title, "kind": e.kind}
    if e.place:
        out["place"] = e.place
    if e.planned:
        out["planned"] = True
    out["significance"] = e.significance
    # A meeting a statement mentions in more paragraphs than a value may cite (a list of hundreds of
    # lines about it) cites the first ones: the draft must load (it was "invalid draft, a bug").
    out["cite"] = list(e.cite)[:MAX_CITATIONS]
    out["evidence"] = e.evidence
    return out


def _timeline_comment(e: TimelineEntry, f: Findings) -> str:
    where = ", ".join(e.found_in) + (f" and {e.found_elsewhere} more" if e.found_elsewhere else "")
    text = f'{where}: "{e.date_text}"'
    if e.relative and e.date is not None and not e.date.planned:
        text += (
            (
                f" resolved against the first day of the statement's meeting ({PartialDate(f.speech_date).format()})"
                if f.speech_date_origin == "span"
                else f" resolved against its item's date line ({PartialDate(f.speech_date).format()})"
                if f.speech_date_origin == "listing"
                else f" resolved against the statement's date ({PartialDate(f.speech_date).format()})"
            )
            if f.speech_date
            else ""
        )
    elif e.relative and e.date is not None and e.date.planned:
        text += " (no statement date to resolve it)"
    if e.planned:
        text += "; planned"
    return text + "."


def _clip(text: str, words: int) -> str:
    # Only the words needed (and one more): splitting a whole 1 MB sentence per date was quadratic.
    parts = text.split(maxsplit=words)
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# -- glossary and sources ------------------------------------------------------


def _glossary(f: Findings) -> list:
    out: list = []
    honorifics = load_glossary().get("honorifics", {})
    for word, entry in honorifics.items():
        if f.header.honorific and word in f.header.honorific.split():
            out.append(Note({"term": word, "expansion": entry.expansion}, "The speaker's honorific."))
    for a in f.acronyms:
        if a.expansion:
            item: dict = {"term": a.term, "expansion": a.expansion}
            if a.note:
                item["note"] = a.note
            where = (
                (
                    f"spelt out in paragraph {a.expansion_paragraph}"
                    if a.expansion_paragraph
                    else "spelt out in the header"
                )
                if a.origin == "text"
                else "built-in glossary"
            )
            out.append(Note(item, f"{where}; first used in {_where(a.first_paragraph)}."))
        else:
            out.append(
                Disabled(
                    {"term": a.term, "expansion": f"{TO_CHECK} what {a.term} stands for"},
                    f"{a.term} (first used in {_where(a.first_paragraph)}) is not spelt out in the "
                    "statement or the built-in glossary: add it and uncomment.",
                )
            )
            f.todo.append(f"glossary: {a.term} is not spelt out")
    if len(out) > MAX_ITEMS:
        # a paste of hundreds of acronyms spelt out made a list longer than a draft may hold ("an invalid
        # draft; this is a bug"): the first ones used, and a word about the rest
        f.todo.append(f"glossary: {len(out) - MAX_ITEMS} more acronyms than a list holds were left out")
        out = out[:MAX_ITEMS]
    return out


def _where(paragraph: int) -> str:
    return "the header" if paragraph == 0 else f"paragraph {paragraph}"


def _statement_source(f: Findings) -> Note:
    h = f.header
    who = h.speaker and (f"{h.honorific} {h.speaker}" if h.honorific else h.speaker)
    parts = [
        p
        for p in (
            who and (f"{who}, {h.role}" if h.role else who),
            f"“{f.title}”" if f.title_found else None,
            h.event_name and f"{h.event_name}" + (f", {h.place}" if h.place else ""),
        )
        if p
    ]
    title = ", ".join(parts) or f.source_name
    note = f"Statement text as given to briefkit extract ({f.source_name}); add its publisher and URL."
    if len(f.speech.paragraphs) == 1:
        # Every cite would be ¶1: the statement's paragraphs were not found, and a person must split them.
        note = (
            f"{TO_CHECK} the statement came out as a single paragraph: put a blank line between its "
            "paragraphs in speech.txt, then run extract again. " + note
        )
        f.todo.append("speech.txt: the statement came out as one paragraph; separate its paragraphs")
    return Note(
        {
            "id": SPEECH_SOURCE_ID,
            "title": title,
            "note": note,
        },
        "The statement itself. Add publisher and url when you know where it was published.",
    )


# -- header comment ------------------------------------------------------------


def _header_comment(f: Findings) -> list[str]:
    lines = [
        f"Draft briefing content for “{f.title}”,",
        f"written by `briefkit extract` (briefkit {__version__}) from {f.source_name}.",
        "Everything here comes from the statement itself; nothing from outside it.",
        "",
        "What to do with it:",
        "  1. Check each value marked TO CHECK and read the comment above each value.",
        "  2. Write what only a person can: background, sensitivities, talking points",
        "     (see the stub at the end). Templates skip sections that are empty.",
        "  3. briefkit validate <this folder>, then briefkit build <this folder>.",
        "",
        "cite: paragraph numbers of speech.txt as the pack's annex prints them.",
        "evidence: words copied from the cited paragraph; validate checks them.",
    ]
    notes = list(f.cleaning_notes)
    if f.speech_date is None:
        notes.append(
            'the statement gives no date of its own: relative dates ("last year") are left '
            "unresolved; run extract again with --date YYYY-MM-DD to resolve them"
        )
    elif f.speech_date_origin == "span" and f.header.date_span is not None:
        notes.append(
            f"the statement gives only its meeting's days ({f.header.date_span.format()}), not its own day: "
            "relative dates are resolved against the first of them; check them, and set event.date "
            "(or run extract again with --date YYYY-MM-DD)"
        )
    elif f.speech_date_origin == "listing":
        notes.append(
            f"the page lists several news items, each under its own day: relative dates are resolved against "
            f"the first item's ({PartialDate(f.speech_date).format()}); check them, and set event.date "
            "(or run extract again with --date YYYY-MM-DD)"
        )
    elif f.speech_date_origin == "header":
        notes.append(
            f"statement dated {PartialDate(f.speech_date).format()} "
            f"(from {f.header.date_source or 'its header'}); relative dates are resolved against it"
        )
    else:
        notes.append(
            f"statement dated {PartialDate(f.speech_date).format()} (from --date); relative dates "
            "are resolved against it"
        )
    if f.header.unused:
        notes.append("header lines not understood: " + "; ".join(f'"{u}"' for u in f.header.unused))
    lines += ["", "What extraction noticed:"] + [f"  - {n}" for n in notes]
    if f.removed:
        lines += [
            "",
            "Lines removed as web-page furniture (put back in speech.txt any that belong to the",
            "statement, and extract again):",
        ] + [f"  | {r}" for r in f.removed]
    return lines
