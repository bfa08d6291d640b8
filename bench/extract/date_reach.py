"""Does a date library reach the meeting dates the hand-written finder misses? (issue 11, round 11)

    python bench/extract/date_reach.py /work/eval/statements --present            # tuning sets, per set
    python bench/extract/date_reach.py /work/eval/statements --present --released # released sets: totals only
    python bench/extract/date_reach.py /work/eval/statements --present --per-file # tuning sets, one row a file

A *miss* is an expected meeting whose date is not among the finder's candidates (``learn.py diagnose``'s
"date among candidates"); the ones the rules also missed are diagnose's "date not found". For each miss the
script asks whether ``dateparser`` (and, if installed, ``datefinder``) finds a phrase in the statement's
passages whose date agrees with the expected one (``score.dates_agree``, at the phrase's own precision: a
month named alone is a month, not a day):

* anywhere: in any passage of the statement;
* keyed: in a passage that also holds one of the meeting's keywords (what the scorer needs of an item);
* fallback: keyed, in a passage that names a meeting (``event_phrases``) and in which the finder resolved no
  date, the only place a fallback source would be asked;
* keyed of the rules' misses, and keyed beyond the finder (where the finder resolves the date in no passage).

Relative phrases are read from the statement's date as briefkit's own header reading gives it (never the
expectation's). Noise is the library's phrases per file that overlap none of the finder's date phrases; time
is the library's time per file over all passages. ``--base expected`` reads relative phrases from the
expectation's statement date instead: a counterfactual, to tell a missing header date from a phrase no reader
knows. The released sets (``learn.RELEASED``) print totals only;
the held-out sets are never opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import learn  # noqa: E402
import score  # noqa: E402

_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?![/.-]?\d{3})", re.IGNORECASE)


@dataclass
class Tally:
    """What one file, one set or all of them count: meetings, misses, and each library's reach on them."""

    #: library -> [anywhere, keyed, fallback, keyed among the rules' misses, keyed where the finder resolves
    #: the date in no passage]
    reached: dict[str, list[int]] = field(default_factory=dict)
    noise: dict[str, int] = field(default_factory=dict)  # library -> phrases overlapping no finder phrase
    seconds: dict[str, float] = field(default_factory=dict)
    files: int = 0
    expected: int = 0
    misses: int = 0
    #: misses the rules also missed (diagnose's "date not found")
    not_found: int = 0
    undated: int = 0  # files whose header gives no date (relative phrases read from today)
    undated_misses: int = 0  # misses in those files
    #: files without a header date whose expectation gives the statement a date (the header reading missed it)
    header_missed: int = 0
    #: of ``finder``: reached by a phrase whose date hangs on the statement's own ("last week", "on 5 March")
    finder_relative: int = 0
    #: misses whose date the finder resolves somewhere in the passages, read from the same statement date
    finder: int = 0

    def add(self, other: Tally) -> None:
        self.files += other.files
        self.expected += other.expected
        self.misses += other.misses
        self.not_found += other.not_found
        self.undated += other.undated
        self.undated_misses += other.undated_misses
        self.header_missed += other.header_missed
        self.finder_relative += other.finder_relative
        self.finder += other.finder
        for k, v in other.reached.items():
            self.reached[k] = [a + b for a, b in zip(self.reached.get(k, [0] * 5), v)]
        for k, n in other.noise.items():
            self.noise[k] = self.noise.get(k, 0) + n
        for k, s in other.seconds.items():
            self.seconds[k] = self.seconds.get(k, 0.0) + s


@dataclass
class Found:
    """A library's date phrase in one passage: where, and its date at its own precision (an ISO string)."""

    passage: int
    start: int
    end: int
    iso: str


def _base(point) -> dt.datetime | None:
    if point is None:
        return None
    return dt.datetime(point.year, point.month or 7, point.day or 1)


def _locate(text: str, phrase: str, cursor: int) -> tuple[int, int]:
    at = text.find(phrase, cursor)
    if at < 0:
        at = text.find(phrase)
    return (at, at + len(phrase)) if at >= 0 else (0, 0)


class Dateparser:
    name = "dateparser"

    def __init__(self, prefer: str) -> None:
        self.prefer = prefer

    def find(self, texts: list[str], base: dt.datetime | None) -> list[Found]:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates

        settings: dict = {"PREFER_DATES_FROM": self.prefer, "RETURN_AS_TIMEZONE_AWARE": False}
        if base is not None:
            settings["RELATIVE_BASE"] = base
        parser = DateDataParser(languages=["en"], settings=settings)
        out: list[Found] = []
        for i, text in enumerate(texts):
            cursor = 0
            for phrase, _ in search_dates(text, languages=["en"], settings=settings) or []:
                data = parser.get_date_data(phrase)
                if data.date_obj is None:
                    continue
                d = data.date_obj.date()
                iso = {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(
                    data.period or "day", d.isoformat()
                )
                s, e = _locate(text, phrase, cursor)
                cursor = e
                out.append(Found(i, s, e, iso))
        return out


class Datefinder:
    name = "datefinder"

    def find(self, texts: list[str], base: dt.datetime | None) -> list[Found]:
        import datefinder

        out: list[Found] = []
        for i, text in enumerate(texts):
            try:
                found = list(datefinder.find_dates(text, source=True, index=True, base_date=base))
            except Exception:  # (it raises on some odd numbers; a phrase lost, not a file)
                continue
            for d, phrase, (s, e) in found:
                # datefinder fills what the phrase leaves out from the base: its precision is read off the words
                if _MONTH.search(phrase) and _DAY.search(_MONTH.sub(" ", phrase).replace(str(d.year), " ")):
                    iso = d.date().isoformat()
                elif _MONTH.search(phrase):
                    iso = f"{d.year:04d}-{d.month:02d}"
                else:
                    iso = f"{d.year:04d}"
                out.append(Found(i, s, e, iso))
        return out


def _passages(fd: learn.FileData, folder: Path, said):
    """The passages the finder reads (not notes, not the header's own lines), with its phrases in each."""
    from generator.content.speech import parse_speech
    from generator.extract.dates import find_dates
    from generator.extract.decode import read_statement
    from generator.extract.header_elsewhere import read_header
    from generator.extract.passages import passages as cut_passages
    from generator.extract.selector import skipped_paragraphs

    decoded = read_statement(folder / fd.name)
    speech = parse_speech(decoded.text)
    passages = cut_passages(speech)
    _, blocks = read_header(decoded.text, decoded.removed, passages)
    skip = skipped_paragraphs(speech, {" ".join(line.split()) for block in blocks for line in block})
    kept = [p for p in passages if p.role != "note" and p.paragraph not in skip]
    mentions = [find_dates(p.text, said, list_line=p.role in ("line", "bullet", "sub-bullet")) for p in kept]
    return kept, mentions


def measure(fd: learn.FileData, folder: Path, libraries: list, base: str) -> tuple[Tally, list[str]]:
    from generator.content.partial_date import DatePoint
    from generator.extract.timeline.phrases import event_phrases

    t = Tally(files=1, expected=len(fd.statement.meetings), undated=int(fd.date_point is None))
    candidates = [r[2] for r in fd.rows]
    found_by_rules = score._match(fd.statement.meetings, fd.rule_items)
    misses = [
        (i, m)
        for i, m in enumerate(fd.statement.meetings)
        if not any(score.dates_agree(m.date, it.date) for it in candidates)
    ]
    t.misses = len(misses)
    t.not_found = sum(i not in found_by_rules for i, _ in misses)
    t.undated_misses = len(misses) if fd.date_point is None else 0
    t.header_missed = int(fd.date_point is None and bool(fd.statement.header.get("date")))
    said = fd.date_point
    if base == "expected":  # the counterfactual: the statement's date as the expectation gives it
        day = fd.statement.header.get("date")
        said = DatePoint.parse(day.split("/")[0]) if day else None
    passages, mentions = _passages(fd, folder, said)
    resolved = [
        (m.date.iso(), m.relative is not None)
        for ms in mentions
        for m in ms
        if m.date is not None and m.date.first is not None
    ]
    reach = [[rel for iso, rel in resolved if score.dates_agree(m.date, iso)] for _, m in misses]
    t.finder = sum(bool(r) for r in reach)
    t.finder_relative = sum(bool(r) and all(r) for r in reach)
    texts = [p.text for p in passages]
    folded = [score._fold(x) for x in texts]
    undated = [not any(m.date is not None and m.date.first is not None for m in ms) for ms in mentions]
    meeting = [
        bool(undated[k]) and any(p.title.strip() for p in event_phrases(x, [])) for k, x in enumerate(texts)
    ]
    notes = []
    for lib in libraries:
        t0 = time.perf_counter()
        found = lib.find(texts, _base(said))
        t.seconds[lib.name] = time.perf_counter() - t0
        t.noise[lib.name] = sum(
            not any(f.start < m.end and m.start < f.end for m in mentions[f.passage]) for f in found
        )
        row = [0] * 5
        for j, (i, m) in enumerate(misses):
            agree = [f for f in found if score.dates_agree(m.date, f.iso)]
            keyed = [f for f in agree if any(score._fold(k) in folded[f.passage] for k in m.keywords)]
            fallback = [f for f in keyed if meeting[f.passage]]
            row[0] += bool(agree)
            row[1] += bool(keyed)
            row[2] += bool(fallback)
            row[3] += bool(keyed) and i not in found_by_rules
            row[4] += bool(keyed) and not reach[j]
            notes.append(f"{lib.name}: {m.date} {'keyed' if keyed else 'agree' if agree else 'no'}")
        t.reached[lib.name] = row
    return t, notes


def _row(name: str, t: Tally, libs: list[str]) -> str:
    cells = [
        name,
        f"{t.files} ({t.undated})",
        str(t.expected),
        f"{t.misses} ({t.undated_misses})",
        str(t.not_found),
        f"{t.finder} ({t.finder_relative})",
    ]
    for lib in libs:
        a, k, f, nf, beyond = t.reached.get(lib, [0] * 5)
        ms = 1000 * t.seconds.get(lib, 0.0) / max(1, t.files)
        cells += [
            f"{a} / {k} / {f} / {nf} / {beyond}",
            f"{t.noise.get(lib, 0) / max(1, t.files):.1f}",
            f"{ms:.0f}",
        ]
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--present", action="store_true", help="(always: files not in the folder are left out)")
    ap.add_argument("--released", action="store_true", help="the released sets, totals per set only")
    ap.add_argument("--per-file", action="store_true", help="tuning sets only: one row a file")
    ap.add_argument("--details", action="store_true", help="tuning sets only: each miss, reached or not")
    ap.add_argument("--prefer", default="past", choices=("past", "future", "current_period"))
    ap.add_argument(
        "--base",
        default="header",
        choices=("header", "expected"),
        help="the statement date relative phrases are read from: briefkit's header reading (the measure), or "
        "the expectation's (a counterfactual: is a missing header date what hides the meeting's date?)",
    )
    ap.add_argument("--cache", type=Path, help="learn.py's cache of the read statements (same sets)")
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    if args.released and (args.per_file or args.details):
        ap.error("the released sets print totals per set only")
    sets = learn.RELEASED if args.released else learn.TUNING
    libraries: list = [Dateparser(args.prefer)]
    try:
        import datefinder  # noqa: F401

        libraries.append(Datefinder())
    except ImportError:
        pass
    names = [lib.name for lib in libraries]
    files = [
        f for f in learn.cached(args.cache, lambda: learn.load(args.folder, sets)) if f.statement.set in sets
    ]
    head = "| set | files (no header date) | expected | misses (in those files) | of which rules missed | finder, any passage (only relative) |"
    rule = "|---|---|---|---|---|---|"
    for lib in names:
        head += f" {lib}: anywhere / keyed / fallback / keyed of rules' / keyed beyond the finder | noise per file | ms per file |"
        rule += "---|---|---|"
    print(head)
    print(rule)
    grand = Tally()
    for name in sets:
        total = Tally()
        for fd in (f for f in files if f.statement.set == name):
            t, notes = measure(fd, args.folder, libraries, args.base)
            total.add(t)
            if args.per_file:
                print(_row(f"{name} {fd.name}", t, names))
            if args.details:
                for n in notes:
                    print(f"    {fd.name}: {n}")
        grand.add(total)
        print(_row(name, total, names))
    print(_row("**all**", grand, names))
    print(
        f"\n{grand.undated} file(s) without a header date, {grand.header_missed} of them dated by their expectation"
        + (": their relative phrases are read from today" if args.base == "header" else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
