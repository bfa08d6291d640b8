"""Synthetic projects for the scale runs: N events, each with M timeline entries.

Every event is the shipped example (content/hsn-bangkok-2006) with its
timeline stretched or cut to M entries. New entries reuse the citations and
evidence of the real ones, so they pass `briefkit validate`, and get dates
one month apart so that the timeline graphic has one stop per entry.

    python bench/synth.py /tmp/synthetic --events 20 --entries 100
"""

from __future__ import annotations

import argparse
import copy
import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVENT = REPO / "content" / "hsn-bangkok-2006"


def stretched_timeline(items: list[dict], entries: int) -> list[dict]:
    """``entries`` timeline items made from ``items``, with distinct monthly dates."""
    dated = [i for i in items if str(i.get("date")) != "planned" and not i.get("planned")]
    if entries <= len(items):
        return copy.deepcopy(items[:entries])
    out = []
    for n in range(entries):
        item = copy.deepcopy(dated[n % len(dated)])
        year, month = divmod(n, 12)
        item["date"] = f"{1990 + year}-{month + 1:02d}"
        item["title"] = f"{item['title']} ({n + 1})"
        out.append(item)
    return out


def make_event(folder: Path, entries: int | None = None, source: Path = DEFAULT_EVENT) -> Path:
    """Copy ``source`` to ``folder``, with ``entries`` timeline items if given."""
    shutil.copytree(source, folder)
    if entries is not None:
        path = folder / "event.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["timeline"] = stretched_timeline(data.get("timeline", []), entries)
        path.write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8"
        )
    return folder


def make_project(root: Path, events: int = 1, entries: int | None = None) -> Path:
    """A project folder with ``events`` events named synthetic-001, synthetic-002, …"""
    root = Path(root)
    (root / "content").mkdir(parents=True, exist_ok=True)
    for n in range(1, events + 1):
        make_event(root / "content" / f"synthetic-{n:03d}", entries)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="project folder to create (must not exist)")
    parser.add_argument("--events", type=int, default=1)
    parser.add_argument(
        "--entries",
        type=int,
        default=None,
        help="timeline entries per event (default: as in the example, 10)",
    )
    args = parser.parse_args()
    if args.root.exists():
        parser.error(f"{args.root} exists; choose a new folder")
    make_project(args.root, args.events, args.entries)
    print(f"{args.root}: {args.events} event(s)")


if __name__ == "__main__":
    main()
