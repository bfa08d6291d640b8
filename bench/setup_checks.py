"""What the checks added to reading an event cost (issue 13): data files, the
template and label checks of ``validate``, and the font check of every build.

    python bench/setup_checks.py [--repeat 7]

Each measured call alternates with its baseline in the same process, on a
copy of the shipped events in a temporary project; medians and the ratio of
medians are printed as Markdown. The font check asks fontconfig once per
process (it is cached), so it is timed in fresh processes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from generator.config.event_setup import setup_event
    from generator.config.project import Project
    from generator.content.load import load_event

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "content", root / "content")
        project = Project(root)
        rows = []
        for event in ("hsn-bangkok-2006", "demo-cool-streets-2024"):
            folder = root / "content" / event
            setup_event(project, folder)  # warm: imports, compiled templates
            pairs = {"load_event": [], "setup_event (build)": [], "setup_event + labels (validate)": []}
            for _ in range(args.repeat):
                pairs["load_event"].append(_median_ms(lambda: load_event(folder), 1))
                pairs["setup_event (build)"].append(_median_ms(lambda: setup_event(project, folder), 1))
                pairs["setup_event + labels (validate)"].append(
                    _median_ms(lambda: setup_event(project, folder, check_labels=True), 1)
                )
            base = statistics.median(pairs["setup_event (build)"])
            for name, values in pairs.items():
                ms = statistics.median(values)
                rows.append((event, name, ms, ms / base))
        fonts = []
        code = (
            "import time; from generator.config.theme import load_theme; from pathlib import Path; "
            f"t = load_theme([Path({str(REPO / 'templates' / 'theme.toml')!r})]); "
            "from generator.config.theme_check import check_fonts; s = time.perf_counter(); check_fonts(t); "
            "print((time.perf_counter() - s) * 1000)"
        )
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
            )
            fonts.append(float(out.stdout))
    print("| event | step | median ms | × setup_event |")
    print("|---|---|---|---|")
    for event, name, ms, ratio in rows:
        print(f"| {event} | {name} | {ms:.1f} | {ratio:.2f} |")
    print(
        "\nFont check, first call in a process (fc-list, then cached): "
        f"median {statistics.median(fonts):.1f} ms"
    )


if __name__ == "__main__":
    main()
