"""How far two people agree on what a statement's header and timeline hold, and how the extractor
scores against what both of them wrote.

The goal of issue #11 (80 % of a statement's dated meetings found) is measured against one person's
reading of each statement (``expected.toml``). Whether that reading is the only fair one decides what
the number means: if a second careful reader, blind to the first, lists a different set of meetings,
no extractor can be expected to match either much better than the two match each other. This script
reads a second, blind annotation in the same shape as ``expected.toml`` (without ``files`` and
``set``, which it takes from the first by ``id``) and prints, per set, totals only (so held-out sets
can be read this way):

* meetings: how many each reader lists, how many the two share (one-to-one, the same date at the
  precision both give, a keyword of one in the other's keywords or quote), each reader's share of the
  other's, and the extractor's recall on the shared ones and precision against the union;
* header facts: for each field, agreed, disagreed, and given by one reader only.

    python bench/extract/agreement.py /work/eval/statements SECOND.toml [--set test+test3] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from score import (  # noqa: E402
    HEADER_FIELDS,
    Meeting,
    Statement,
    _fold,
    _points,
    _same,
    _set_choice,
    largest_pairing,
    load_expected,
    score_file,
    tomllib,
)


@dataclass
class Second:
    """The second reader's statement: meetings carry the phrase that dates them (kept locally only)."""

    id: str
    header: dict[str, str]
    meetings: list[Meeting]
    quotes: list[str]


def load_second(path: Path) -> dict[str, Second]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out = {}
    for raw in data.get("statement", []):
        header = {k: str(v) for k, v in raw.get("header", {}).items() if k in HEADER_FIELDS}
        meetings, quotes = [], []
        for m in raw.get("meetings", []):
            date = str(m["date"])
            if not _points(date):
                raise ValueError(f"{raw['id']}: not a date: {date!r}")
            meetings.append(Meeting(date, list(m.get("keywords", [])), m.get("note", "")))
            quotes.append(str(m.get("quote", "")))
        out[raw["id"]] = Second(raw["id"], header, meetings, quotes)
    return out


def dates_meet(a: str, b: str) -> bool:
    """The same year, and the same month and day wherever both readers give them: two readers may
    write one date at different precisions ("2008-07" and "2008-07-07") and still mean one meeting."""
    for ya, ma, da in _points(a):
        for yb, mb, db in _points(b):
            if ya == yb and (ma is None or mb is None or ma == mb) and (da is None or db is None or da == db):
                return True
    return False


def shared(first: list[Meeting], second: list[Meeting], quotes: list[str]) -> dict[int, int]:
    """The largest one-to-one pairing of the first reader's meetings with the second's."""

    def fits(a: Meeting, j: int) -> bool:
        b = second[j]
        theirs = _fold(" ".join(b.keywords) + " " + quotes[j])
        ours = _fold(" ".join(a.keywords))
        words = any(_fold(k) in theirs for k in a.keywords) or any(_fold(k) in ours for k in b.keywords)
        return dates_meet(a.date, b.date) and words

    return largest_pairing({i: [j for j in range(len(second)) if fits(a, j)] for i, a in enumerate(first)})


@dataclass
class Tally:
    statements: int = 0
    first: int = 0
    second: int = 0
    both: int = 0
    #: The extractor, on each statement's files: shared meetings found, items dated, items that are
    #: one reader's meeting or the other's.
    files: int = 0
    shared_expected: int = 0
    shared_found: int = 0
    items: int = 0
    items_in_union: int = 0
    first_found: int = 0
    first_expected: int = 0
    first_items_matched: int = 0
    #: Dated items less the occasion's, as score.py counts them against the first reader (an item on
    #: the occasion's day that the second reader lists as a meeting counts in ``items`` only).
    first_items: int = 0
    header_first: int = 0
    header_first_right: int = 0
    header_shared: int = 0
    header_shared_right: int = 0
    header: dict[str, dict[str, int]] = field(
        default_factory=lambda: {
            k: {"agree": 0, "differ": 0, "first only": 0, "second only": 0} for k in HEADER_FIELDS
        }
    )

    def add(self, other: Tally) -> None:
        for name in (
            "statements",
            "first",
            "second",
            "both",
            "files",
            "shared_expected",
            "shared_found",
            "items",
            "items_in_union",
            "first_found",
            "first_expected",
            "first_items_matched",
            "first_items",
            "header_first",
            "header_first_right",
            "header_shared",
            "header_shared_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, row in other.header.items():
            for outcome, n in row.items():
                self.header[key][outcome] += n


def compare(st: Statement, sec: Second, folder: Path | None) -> Tally:
    t = Tally(statements=1, first=len(st.meetings), second=len(sec.meetings))
    pairs = shared(st.meetings, sec.meetings, sec.quotes)
    t.both = len(pairs)
    agreed = {}
    for key in HEADER_FIELDS:
        a, b = st.header.get(key), sec.header.get(key)
        if a and b:
            same = _same(key, a, b)
            t.header[key]["agree" if same else "differ"] += 1
            if same:
                agreed[key] = a
        elif a:
            t.header[key]["first only"] += 1
        elif b:
            t.header[key]["second only"] += 1
    if folder is None:
        return t
    consensus = replace(st, meetings=[st.meetings[i] for i in pairs], header=agreed)
    union = replace(
        st, meetings=st.meetings + [m for j, m in enumerate(sec.meetings) if j not in pairs.values()]
    )
    for name in st.files:
        t.files += 1
        on_shared = score_file(consensus, folder, name)
        on_union = score_file(union, folder, name)
        on_first = score_file(st, folder, name)
        t.shared_expected += on_shared.meetings_expected
        t.shared_found += on_shared.meetings_found
        t.items += on_union.items_dated
        t.items_in_union += on_union.items_matched
        t.first_expected += on_first.meetings_expected
        t.first_found += on_first.meetings_found
        t.first_items_matched += on_first.items_matched
        t.first_items += on_first.items_dated
        t.header_first += on_first.header_expected
        t.header_first_right += on_first.header_right
        t.header_shared += on_shared.header_expected
        t.header_shared_right += on_shared.header_right
    return t


def _pct(num: int, den: int) -> str:
    return f"{num}/{den} ({num / den:.0%})" if den else "–"


def report(label: str, t: Tally) -> dict[str, Any]:
    return {
        "set": label,
        "statements": t.statements,
        "meetings, first reader": t.first,
        "meetings, second reader": t.second,
        "shared": t.both,
        "second finds first's": _pct(t.both, t.first),
        "first finds second's": _pct(t.both, t.second),
        "agreement (F1)": f"{2 * t.both / (t.first + t.second):.0%}" if t.first + t.second else "–",
        "extractor, files": t.files,
        "extractor recall, first reader": _pct(t.first_found, t.first_expected),
        "extractor recall, shared meetings": _pct(t.shared_found, t.shared_expected),
        "extractor precision, first reader": _pct(t.first_items_matched, t.first_items),
        "extractor precision, either reader": _pct(t.items_in_union, t.items),
        "extractor header facts right, first reader": _pct(t.header_first_right, t.header_first),
        "extractor header facts right, agreed facts": _pct(t.header_shared_right, t.header_shared),
        "header": t.header,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="the statements' folder (for the extractor's numbers)")
    ap.add_argument("second", type=Path, help="the second reader's annotation (expected.toml's shape)")
    ap.add_argument("--set", type=_set_choice, default="all", metavar="SET[+SET…]")
    ap.add_argument("--expected", type=Path, default=HERE / "expected.toml")
    ap.add_argument("--no-extractor", action="store_true", help="compare the two readers only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    seconds = load_second(args.second)
    by_set: dict[str, Tally] = {}
    total = Tally()
    for st in load_expected(args.expected):
        if st.id not in seconds or (args.set != "all" and st.set not in args.set.split("+")):
            continue
        t = compare(st, seconds[st.id], None if args.no_extractor else args.folder)
        by_set.setdefault(st.set, Tally()).add(t)
        total.add(t)
    rows = [report(name, t) for name, t in sorted(by_set.items())] + [report("all", total)]
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    for row in rows:
        print(f"## {row.pop('set')}")
        header = row.pop("header")
        for key, value in row.items():
            print(f"  {key}: {value}")
        for key, outcomes in header.items():
            print(f"  header {key}: " + ", ".join(f"{k} {v}" for k, v in outcomes.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
