"""Measure whether each format of a statement gives the draft its plain text gives.

    python bench/extract/consistency.py FOLDER --set dev+dev2+dev3+dev4+dev5+dev6            # totals
    python bench/extract/consistency.py FOLDER --set dev+dev2+dev3+dev4+dev5+dev6 --details  # the differences

FOLDER holds, for each statement of the chosen sets, ``ID.txt`` and any of
``ID.noblank.txt``, ``ID.docx``, ``ID.html`` and ``ID.pdf`` made from it by
``formats.py``. The same statement saved another way should give the same
numbered paragraphs, header facts, timeline and open questions; a format
that gives something else is reading the format, not the statement, and the
expectations cannot tell that from a statement being hard. Each aspect is
compared with the ``.txt``'s draft, so no expectation is needed (every
statement counts, not only the few collected in several formats).

A measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from score import SETS, _set_choice, draft_header, draft_items, load_expected  # noqa: E402

#: The other formats, by the suffix formats.py gives them.
FORMATS = {"txt-noblank": ".noblank.txt", "docx": ".docx", "html": ".html", "pdf": ".pdf"}
ASPECTS = ("paragraphs", "header", "timeline", "to check")


@dataclass
class Reading:
    """What a draft says, in the terms compared: text after whitespace folding."""

    paragraphs: list[str] = field(default_factory=list)
    header: dict[str, str | None] = field(default_factory=dict)
    timeline: list[str] = field(default_factory=list)
    to_check: int = 0
    refused: str | None = None


def read(path: Path) -> Reading:
    from generator.errors import BriefkitError
    from generator.extract import extract_file

    try:
        result = extract_file(path)
    except (BriefkitError, ValueError, OSError) as exc:
        return Reading(refused=" ".join(str(exc).split())[:160])
    return Reading(
        paragraphs=[" ".join(p.plain_text().split()) for p in result.speech.paragraphs],
        header=draft_header(result.data),
        timeline=[f"{it.date} {' '.join(it.title.split())}" for it in draft_items(result.data)],
        to_check=len(result.todo),
    )


def differences(base: Reading, other: Reading) -> dict[str, list[str]]:
    """For each aspect that differs, lines saying how (``-`` the text's, ``+`` the format's)."""
    if other.refused or base.refused:
        return {a: [f"refused: {other.refused or base.refused}"] for a in ASPECTS}
    out: dict[str, list[str]] = {}
    if base.paragraphs != other.paragraphs:
        out["paragraphs"] = _list_diff(base.paragraphs, other.paragraphs, numbered=True)
    header = [
        f"{key}: {base.header.get(key)!r} → {other.header.get(key)!r}"
        for key in base.header
        if base.header.get(key) != other.header.get(key)
    ]
    if header:
        out["header"] = header
    if sorted(base.timeline) != sorted(other.timeline):
        out["timeline"] = _list_diff(sorted(base.timeline), sorted(other.timeline), numbered=False)
    if base.to_check != other.to_check:
        out["to check"] = [f"{base.to_check} → {other.to_check}"]
    return out


def _list_diff(a: list[str], b: list[str], *, numbered: bool) -> list[str]:
    import difflib

    lines = [f"{len(a)} → {len(b)}"] if numbered else []
    for line in difflib.unified_diff(a, b, lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        lines.append(line[:160])
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder holding ID.txt and its other formats")
    ap.add_argument("--set", type=_set_choice, default="dev", metavar="SET[+SET…]")
    ap.add_argument("--details", action="store_true", help="print each difference")
    ap.add_argument("--expected", type=Path, default=HERE / "expected.toml")
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    chosen = SETS if args.set == "all" else args.set.split("+")

    counts: dict[str, dict[str, int]] = {fmt: {"statements": 0, "identical": 0} for fmt in FORMATS}
    for fmt in FORMATS:
        counts[fmt].update(dict.fromkeys(ASPECTS, 0))
    details: list[str] = []
    for st in load_expected(args.expected):
        if st.set not in chosen or not (args.folder / f"{st.id}.txt").is_file():
            continue
        base = read(args.folder / f"{st.id}.txt")
        for fmt, suffix in FORMATS.items():
            path = args.folder / f"{st.id}{suffix}"
            if not path.is_file():
                continue
            diff = differences(base, read(path))
            row = counts[fmt]
            row["statements"] += 1
            row["identical"] += not diff
            for aspect in diff:
                row[aspect] += 1
            if diff:
                details.append(f"## {st.id}{suffix}")
                for aspect, lines in diff.items():
                    details.append(f"- {aspect}:")
                    details.extend(f"    {line}" for line in lines)
    print("| format | statements | identical | " + " | ".join(f"{a} differ" for a in ASPECTS) + " |")
    print("|---|---|---|" + "---|" * len(ASPECTS))
    for fmt, row in counts.items():
        if row["statements"]:
            cells: list[Any] = [row["statements"], row["identical"], *(row[a] for a in ASPECTS)]
            print(f"| {fmt} | " + " | ".join(str(c) for c in cells) + " |")
    if args.details:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
