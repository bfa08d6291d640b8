"""Paths and small helpers for the extract tests (named apart from other test folders' helpers)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from click.testing import CliRunner, Result

from generator.cli import cli
from generator.content.partial_date import PartialDate
from generator.extract import ExtractResult, extract_event

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ROOT = HERE.parents[1]
SHIPPED_SPEECH = ROOT.parent / "shared" / "speech" / "000_a70140934a302f9f.txt"
CURATED_EVENT = ROOT / "content" / "hsn-bangkok-2006"
#: The fictional statements with an expected extraction beside them.
STATEMENTS = sorted(p.name[: -len(".expected.yaml")] for p in FIXTURES.glob("*.expected.yaml"))


def score_module() -> ModuleType:
    """bench/extract/score.py, loaded once (it is a script, not a package module)."""
    if "bench_score" in sys.modules:
        return sys.modules["bench_score"]
    spec = importlib.util.spec_from_file_location("bench_score", ROOT / "bench" / "extract" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_score"] = module
    spec.loader.exec_module(module)
    return module


def run(*args: str, cwd: Path | None = None) -> Result:
    """Run the CLI in-process; errors come back as the result, never as a raised exception."""
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, list(args), prog_name="briefkit")
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(cli, list(args), prog_name="briefkit")


def assert_clean_failure(result: Result, code: int, *words: str) -> None:
    """A user error: the given exit code, a message with ``words``, and no traceback."""
    output = result.output  # stdout and stderr as a terminal shows them
    assert result.exit_code == code, output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in output
    for word in words:
        assert word in output, output


def iso(value) -> str | None:
    """Dates in an expected file (YAML may read 2006-10-19 as a date) as the extractor prints them."""
    return None if value is None else PartialDate.parse(value).iso()


def observed(result: ExtractResult) -> dict:
    """The extraction reduced to the fields an expected file describes."""
    f = result.findings
    h = f.header
    proposal = None
    if f.proposal is not None:
        p = f.proposal
        proposal = {
            "name": p.name,
            "cite": [p.paragraph],
            "principles": [{"cite": [pr.paragraph], "points": len(pr.points)} for pr in p.principles],
            "is_not": sorted({x.paragraph for x in p.is_not}),
            "definition": None
            if p.definition is None
            else {
                "text": p.definition.text,
                "attribution": p.definition.attribution,
                "cite": [p.definition.paragraph],
            },
        }
    return {
        "encoding": f.encoding,
        "speech_date": f.speech_date.iso() if f.speech_date else None,
        "header": {
            "delivery_note": h.delivery_note,
            "title": f.title if (h.title or h.event_name) else None,
            "title_found": f.title_found,
            "event": h.event_name,
            "number": h.number,
            "place": h.place,
            "honorific": h.honorific,
            "speaker": h.speaker,
            "role": h.role,
            "country": h.country,
            "host": f.host.name if f.host else None,
        },
        "opening": f.speech.opening,
        "salutations": {p.number: p.salutation for p in f.speech.paragraphs if p.salutation},
        "paragraphs": len(f.speech.paragraphs),
        "removed": f.removed,
        "event_date": (f.event_date()[0] or PartialDate(None, to_check=True)).iso(),
        "timeline": [
            {
                "date": e.date.iso(),
                "title": e.title,
                "place": e.place,
                "kind": e.kind,
                "planned": e.planned,
                "cite": e.cite,
            }
            for e in f.timeline.entries
        ],
        "unresolved": [
            {"relative": e.relative, "title": e.title, "cite": e.cite} for e in f.timeline.unresolved
        ],
        # a crisis, war or disaster the statement dates: context, shown in a comment under the timeline
        "context": [{"date": e.date.iso(), "title": e.title, "cite": e.cite} for e in f.timeline.context],
        "quotations": [
            {"text": q.text, "attribution": q.attribution, "cite": [q.paragraph]} for q in f.quotations
        ],
        "acronyms": {a.term: a.expansion for a in f.acronyms},
        "proposal": proposal,
        "asks": sorted({s.passage.paragraph for s in f.asks}),
    }


def expected_for(data: dict) -> dict:
    """An expected file with its dates in the extractor's spelling."""
    out = dict(data)
    out["speech_date"] = iso(data.get("speech_date"))
    out["event_date"] = iso(data.get("event_date"))
    out["timeline"] = [{**item, "date": iso(item["date"])} for item in data.get("timeline", [])]
    return out


#: A statement's opening after its header, for tests that vary only the header.
BODY = (
    "It is an honour to address this meeting on behalf of my country, and I thank the organisers "
    "for their careful preparation of our work.\n\nThe tasks before us are many, and we intend to "
    "do our share of them with all the partners represented here.\n"
)
NO_SPEAKER = "TO CHECK: speaker's name"
NO_DATE = "TO CHECK: date of the statement"
NO_PLACE = "TO CHECK: place of the meeting"


def held(value: str) -> str | None:
    """The candidate a TO CHECK placeholder shows ("TO CHECK: place of the meeting —
    perhaps “Lindhaven” (paragraph 2, …)"): a value a weak source gave, held back from being printed."""
    m = re.search(r"^TO CHECK: [^—]* — perhaps “(?P<v>[^”]+)” \(.+\)$", str(value))
    return m["v"] if m else None


def header_facts(top: str, body: str = BODY, *, source_name: str = "header.txt") -> tuple:
    """(speaker, date, place) extracted from a header and a body."""
    from generator.extract import extract_event

    data = extract_event(top + "\n\n" + body, source_name=source_name).data
    return (shown(data["speech"]["speaker"]["name"]), str(data["event"]["date"]), data["event"]["place"])


def shown(value: str) -> str:
    """A value as the draft shows it: itself when printed as a fact, "held: X" when only a candidate ("TO
    CHECK: speaker's name — perhaps “X” (…)"), so an expectation says which of the two it must be."""
    candidate = held(value)
    return f"held: {candidate}" if candidate is not None else value


#: A paragraph after the one under test, so that it is not the statement's last.
OTHER_PARAGRAPH = "We thank all the partners for the work they have done together on the rivers we share.\n"


def timeline_of(sentence: str, source_name: str = "sentence.txt") -> list[tuple[str, str, str | None]]:
    """(date, title, place) of each timeline item drafted from one sentence, under a dated header."""
    text = (
        "Statement by Ms. Ilka Varn\nLindhaven, 20 November 2009\n\nMr. President,\n\n"
        f"{sentence}\n\n{OTHER_PARAGRAPH}"
    )
    data = extract_event(text, source_name=source_name, timeline_reader="rules").data
    return [(str(i["date"]), i["title"], i.get("place")) for i in data["timeline"]]


#: A paragraph of no date, after the sentences a timeline test reads.
OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def timeline(text: str) -> list[dict]:
    """The timeline items the rules draft from ``text`` (the rules' tests: the hybrid, briefkit's default,
    could find an item a rule missed; its policies are tested in test_extract_hybrid_policies.py)."""
    return list(extract_event(text, source_name="timeline.txt", timeline_reader="rules").data["timeline"])


def items_of(text: str) -> list[tuple[str, str]]:
    """Each item's date and title."""
    return [(str(i["date"]), i["title"]) for i in timeline(text)]
