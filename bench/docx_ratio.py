"""Each document's DOCX ÷ its PDF, warm, for several briefkit trees in one command.

    python bench/docx_ratio.py --rounds 3 --reps 7 --clock cpu before=/tmp/briefkit-before after=. \\
        --events hsn-bangkok-2006,demo-cool-streets-2024

Each TREE is a briefkit checkout (``git archive COMMIT | tar -x -C DIR`` makes
one), run with this Python and its installed dependencies and with this
folder's ``warm.py`` (the same measurement for every tree). Every round runs
``warm.py docs`` once per event and tree, the trees in rotating order, each
in its own process at ``nice`` 10, so that the machine's load drifts over
all trees alike. ``warm.py`` times each DOCX as a document's first write (no
picture kept from an earlier write) and each writer with its own garbage.

The table gives, per document and tree, the DOCX ÷ PDF ratio of each round
and, after them, the DOCX and PDF milliseconds (lowest–highest over the
rounds); the load average before and after the run is printed with it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = "hsn-bangkok-2006,demo-cool-streets-2024"


def run_docs(tree: Path, event: str, reps: int, clock: str) -> dict:
    """One ``warm.py docs`` run of *tree* on *event*: {document: {"pdf": s, "docx": s, ...}}."""
    argv = ["nice", "-n", "10", sys.executable, str(HERE / "warm.py"), "docs", ".", event]
    argv += ["--reps", str(reps), "--formats", "pdf,docx", "--clock", clock]
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(argv, cwd=tree, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["documents"]


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", metavar="NAME=DIR")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    parser.add_argument("--events", default=EVENTS, help="comma-separated event ids")
    args = parser.parse_args()
    trees = {name: Path(folder).resolve() for name, folder in (t.split("=", 1) for t in args.trees)}
    events = args.events.split(",")
    names = list(trees)
    # (event, document) -> tree -> list of (docx, pdf) seconds, one per round
    results: dict[tuple[str, str], dict[str, list[tuple[float, float]]]] = {}
    print(f"load before: {load()}", flush=True)
    for round_ in range(args.rounds):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        for event in events:
            for name in order:
                for doc, row in run_docs(trees[name], event, args.reps, args.clock).items():
                    if "docx" in row:
                        results.setdefault((event, doc), {}).setdefault(name, []).append(
                            (row["docx"], row["pdf"])
                        )
        print(f"round {round_ + 1} done, load {load()}", flush=True)
    print(f"load after: {load()}; clock {args.clock}, {args.reps} reps, {args.rounds} rounds")
    print("| event | document | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for (event, doc), by_tree in results.items():
        cells = []
        for name in names:
            runs = by_tree.get(name, [])
            ratios = ", ".join(f"{docx / pdf:.2f}" for docx, pdf in runs)
            docx_ms = [docx * 1000 for docx, _ in runs]
            pdf_ms = [pdf * 1000 for _, pdf in runs]
            cells.append(
                f"{ratios} ({min(docx_ms):.0f}–{max(docx_ms):.0f} / {min(pdf_ms):.0f}–{max(pdf_ms):.0f})"
                if runs
                else "–"
            )
        print(f"| {event} | {doc} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
