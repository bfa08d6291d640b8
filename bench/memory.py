"""Peak memory of the build's parent process against the number of events.

    python bench/memory.py                       # 20 and 200 events, PDF-less (HTML + DOCX)
    python bench/memory.py --events 10 40 -f pdf -f html

Each size gets a fresh synthetic project (bench/synth.py) and one cold build
in a fresh process through bench/probe.py, which records the parent's peak
resident memory (``getrusage``), the largest worker's, and the CPU seconds
of both. The first size is the baseline: the table gives each size's parent
peak as a ratio to it, and the CPU seconds per event (events per hour per
core is 3600 over that).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth

HERE = Path(__file__).resolve().parent


def measure(root: Path, formats: list[str], jobs: int) -> dict:
    out = root.parent / f"{root.name}.json"
    args = ["--project", str(root), "-q", "build", "--jobs", str(jobs)]
    for fmt in formats:
        args += ["-f", fmt]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1150000000", "PYTHONPATH": str(HERE.parent)}
    began = time.perf_counter()
    subprocess.run([sys.executable, str(HERE / "probe.py"), str(out), "--", *args], env=env, check=True)
    data = json.loads(out.read_text())
    data["wall_s"] = round(time.perf_counter() - began, 1)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[20, 200])
    parser.add_argument("-f", "--format", dest="formats", action="append", default=None)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    formats = args.formats or ["html", "docx"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefkit-memory-") as tmp:
        for count in args.events:
            root = synth.make_project(Path(tmp) / f"events-{count}", count)
            rows.append((count, measure(root, formats, args.jobs)))
    base = rows[0][1]["parent_mb"]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE, check=False
    ).stdout.strip()
    print(f"Formats: {', '.join(formats)}; --jobs {args.jobs}; commit {commit}")
    print()
    print("| events | parent peak | ratio to first | largest worker | CPU s | CPU s / event | wall s |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for count, data in rows:
        print(
            f"| {count} | {data['parent_mb']} MB | {data['parent_mb'] / base:.2f} | {data['worker_mb']} MB "
            f"| {data['cpu_s']} | {data['cpu_s'] / count:.2f} | {data['wall_s']} |"
        )


if __name__ == "__main__":
    main()
