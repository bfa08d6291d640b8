"""From the plain text of a statement to a first, commented event.yaml.

    result = extract_file(Path("statement.txt"))
    result.yaml        # the draft event file, with comments
    result.text        # the cleaned statement, to save as speech.txt beside it

Deterministic and offline: regular expressions and small word lists, no
models. The stages, one module each, in the order they run: ``decode``
(bytes → clean text), the speech parser (numbered paragraphs), ``passages``
(sentences, list lines, bullets), ``header``, ``dates`` and ``timeline``,
``quotes``, ``acronyms``, ``proposal``, ``summary``, then ``draft`` (the
commented tree) and ``emit`` (the YAML). The result is validated with the
same model and citation check as ``briefkit validate`` before it is returned.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..content.models import MAX_PARAGRAPH, Event
from ..content.partial_date import DatePoint
from ..content.speech import Speech, parse_speech
from ..content.yaml_source import LineMap
from ..errors import BriefkitError, Problem
from . import draft, emit, summary
from .acronyms import find_acronyms
from .decode import Decoded, StatementError, decode_text, read_statement
from .draft import Findings
from .header_elsewhere import find_host, read_header
from .passages import passages as cut_passages
from .proposal import find_proposal
from .quotes import find_quotations
from .timeline import build_timeline, set_aside

#: How the timeline is read: "rules" (the timeline/ package), "model" (selector.py, a learnt selector among
#: every dated mention; docs/extract.md, "A learnt selector") or "hybrid" (the rules' timeline completed by
#: the selector, under the rules' policies).
TIMELINE_READERS = ("rules", "model", "hybrid")
#: The reader used when none is asked for: the hybrid, since it met the criterion written down before the
#: fresh held-out sets test12 and test13 were scored (docs/extract.md, "Round 9: the measurement"). The
#: command line names it too (cli.py cannot import this package when it starts: it takes most of a second);
#: tests/extract/test_extract_cli.py holds the two together.
DEFAULT_TIMELINE_READER = "hybrid"

__all__ = ["ExtractResult", "StatementError", "extract_event", "extract_file"]

log = logging.getLogger(__name__)


@dataclass
class ExtractResult:
    """A statement's draft event file, and everything found on the way to it."""

    findings: Findings
    #: The draft as plain data (what PyYAML reads back from ``yaml``).
    data: dict
    #: The draft event file, with comments.
    yaml: str
    #: The draft, validated.
    event: Event

    @property
    def text(self) -> str:
        """The cleaned statement: save it as speech.txt next to the event file."""
        return self.findings.text

    @property
    def speech(self) -> Speech:
        return self.findings.speech

    @property
    def todo(self) -> list[str]:
        return self.findings.todo

    @property
    def marked(self) -> int:
        """How many values of the draft say TO CHECK: the things to check also name items written commented
        out and words about the statement, which ``briefkit validate`` does not count."""
        from ..content.drafts import find_to_check

        return len(find_to_check(self.data, LineMap(), Path("event.yaml")))


def extract_file(
    path: Path, *, speech_date: DatePoint | None = None, timeline_reader: str = DEFAULT_TIMELINE_READER
) -> ExtractResult:
    """Read a statement file in any common encoding and extract a draft from it."""
    decoded = read_statement(path)
    return _extract(decoded, source_name=path.name, speech_date=speech_date, timeline_reader=timeline_reader)


def extract_event(
    text: str,
    *,
    source_name: str,
    speech_date: DatePoint | None = None,
    timeline_reader: str = DEFAULT_TIMELINE_READER,
) -> ExtractResult:
    """Extract a draft event file from a statement's text (already decoded).

    ``speech_date`` is the statement's own date when its text does not give
    it; relative dates ("last year") are resolved against it.
    """
    decoded = decode_text(text)
    return _extract(
        decoded, source_name=source_name, speech_date=speech_date, timeline_reader=timeline_reader
    )


def _extract(
    decoded: Decoded,
    *,
    source_name: str,
    speech_date: DatePoint | None,
    timeline_reader: str = DEFAULT_TIMELINE_READER,
) -> ExtractResult:
    if timeline_reader not in TIMELINE_READERS:
        raise ValueError(
            f"timeline_reader must be one of {', '.join(TIMELINE_READERS)}, not {timeline_reader!r}"
        )
    if not decoded.text.strip():
        what = "only web-page furniture" if decoded.removed else "no text"
        raise StatementError(
            f"{source_name} has {what}: there is no statement to extract. "
            "Check that it is the right file and that it was saved with its text."
        )
    log.info("Step 1 - Numbering the paragraphs of %s", source_name)
    speech = parse_speech(decoded.text)
    if not speech.paragraphs:
        raise StatementError(
            f"{source_name} has a header but no paragraphs after it: there is nothing to brief on. "
            "Check that the whole statement was copied."
        )
    if len(speech.paragraphs) > MAX_PARAGRAPH:
        raise StatementError(
            f"{source_name} has {len(speech.paragraphs):,} paragraphs; briefkit drafts from a statement of "
            f"at most {MAX_PARAGRAPH:,} (the pack's citations number no more). Check that the file holds one "
            "statement, or split it and extract each part."
        )
    passages = cut_passages(speech)

    log.info("Step 2 - Reading the header")
    header, blocks = read_header(decoded.text, decoded.removed, passages)
    date = speech_date or header.date
    origin = "option" if speech_date is not None else ("header" if header.date is not None else None)
    if date is None and header.date_span is not None and header.date_span.first is not None:
        # the day is held (the header gives its meeting's days only), but the meeting's first day dates what
        # the statement says relative to it ("last year", "next month") to within those days
        date, origin = header.date_span.first, "span"
    if date is None and header.listing_day is not None:
        # the day is held (a listing's first item's day, not one statement's), but it dates that item's
        # relative dates; later items count from their own date lines (``dated_items``)
        date, origin = header.listing_day, "listing"

    log.info("Step 3 - Finding dates, quotations, abbreviations and the proposal")
    header_lines = {" ".join(line.split()) for block in blocks for line in block}
    if timeline_reader == "model":
        from .selector import model_timeline

        timeline = model_timeline(speech, passages, date, header_lines)
    else:
        timeline = build_timeline(speech, passages, date, header_lines)
        if timeline_reader == "hybrid":
            from .selector import hybrid_timeline

            timeline = hybrid_timeline(timeline, speech, passages, date, header_lines)
    # (the occasion's whole line: a headline's other words count too; the header's lines say whose paper it is)
    set_aside(timeline, date, header.occasion, header_lines)
    quotations = find_quotations(speech)
    texts = [(0, "\n".join(header.lines))] + [(p.number, p.plain_text()) for p in speech.paragraphs]
    acronyms = find_acronyms(texts)
    proposal = find_proposal(speech, passages, quotations)

    log.info("Step 4 - Choosing the summary sentences")
    scored = summary.candidates(passages, proposal.passage if proposal else None)
    findings = Findings(
        source_name=source_name,
        text=decoded.text,
        encoding=decoded.encoding,
        removed=decoded.removed,
        cleaning_notes=decoded.notes,
        speech=speech,
        passages=passages,
        header=header,
        speech_date=date,
        speech_date_origin=origin,
        host=find_host(passages),
        timeline=timeline,
        quotations=quotations,
        acronyms=acronyms,
        proposal=proposal,
        key_messages=summary.key_sentences(scored),
        background=summary.best_background(scored) or summary.score(passages[0]),
        asks=summary.asks(scored),
        next_steps=summary.next_steps(scored),
    )

    log.info("Step 5 - Writing the draft")
    tree, draft_header = draft.build(findings)
    text = emit.dump(tree, draft_header)
    data = emit.plain(tree)
    event = _validate(data, speech, source_name)
    return ExtractResult(findings, data, text, event)


def _validate(data: dict, speech: Speech, source_name: str) -> Event:
    """Check the draft exactly as ``briefkit validate`` will; a failure here is a bug in extract."""
    from pydantic import ValidationError

    from ..content.load import check_citations

    try:
        event = Event.model_validate(data)
    except ValidationError as exc:
        raise BriefkitError(
            f"briefkit extract produced an invalid draft for {source_name}; this is a bug, please "
            "report it with the statement.",
            [Problem(None, None, ".".join(str(p) for p in e["loc"]), e["msg"]) for e in exc.errors()],
        ) from None
    problems = list(check_citations(event, speech, Path("event.yaml"), LineMap()))
    if problems:
        raise BriefkitError(
            f"briefkit extract produced citations that do not check for {source_name}; this is a "
            "bug, please report it with the statement.",
            problems,
        )
    return event
