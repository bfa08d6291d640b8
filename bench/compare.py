"""Cold builds of several briefkit trees against bare WeasyPrint, alternating, in CPU seconds.

    python bench/compare.py --reps 7 before=/tmp/briefkit-before after=.

Each TREE is a briefkit checkout (``git archive COMMIT | tar -x -C DIR`` makes
one), run with this Python and its installed dependencies. Every repetition
runs each tree's cold build of the example event (all formats, default
``--jobs``; build/ deleted before each) and bare WeasyPrint turning the
same HTML into PDFs, in rotating order; the table gives medians and the
ratio of CPU seconds (the process and all its descendants, those orphaned
before they ended included) to the baseline's, both as a ratio of medians
and as the median of each repetition's own ratio (steadier when the
machine's load drifts during the run).
Compiled Python and templates are cached per tree in the temporary folder
and warmed by one unrecorded round, as an installed briefkit would have them.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth

HERE = Path(__file__).resolve().parent
EVENT = "hsn-bangkok-2006"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def adopt_orphans() -> None:
    """Be the reaper of the orphans of this process's descendants (Linux): a worker's drawing
    child outlives the worker by a moment (it ends on its pipe's end) and was adopted, and
    reaped, by init, its CPU time never counted here."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_child_subreaper = 36
        ctypes.CDLL(None).prctl(pr_set_child_subreaper, 1, 0, 0, 0)


def reap_orphans() -> None:
    """Wait for the orphans adopted (``adopt_orphans``) until none is left: their CPU counts."""
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", metavar="NAME=DIR")
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    trees = {name: Path(folder).resolve() for name, folder in (t.split("=", 1) for t in args.trees)}
    adopt_orphans()
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-compare-"))
    try:
        commands: dict[str, tuple[list[str], dict[str, str], Path, Path | None]] = {}
        for name, tree in trees.items():
            project = tmp / name
            synth.make_event(project / "content" / EVENT)
            env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "pycache" / name))
            env["XDG_CACHE_HOME"] = str(tmp / "cache" / name)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env.pop("SOURCE_DATE_EPOCH", None)
            argv = [sys.executable, "-m", "generator", "--project", str(project), "-q", "build"]
            commands[name] = (argv, env, tree, project / "build")
        first, (argv, env, tree, build) = next(iter(commands.items()))
        subprocess.run(argv, env=env, cwd=tree, check=True)
        html = tmp / "html"
        html.mkdir()
        for path in sorted((build / EVENT).glob("*.html")):
            shutil.copy(path, html / path.name)
        bare = [sys.executable, str(HERE / "bare_weasyprint.py"), *map(str, sorted(html.glob("*.html")))]
        commands["bare WeasyPrint"] = (bare, env, tmp, None)

        def run(name: str) -> tuple[float, float]:
            argv, env, cwd, build = commands[name]
            if build is not None:
                shutil.rmtree(build, ignore_errors=True)
            cpu, start = children_cpu(), time.perf_counter()
            subprocess.run(argv, env=env, cwd=cwd, check=True)
            reap_orphans()
            return time.perf_counter() - start, children_cpu() - cpu

        names = list(commands)
        for name in names:  # warm-up: compiled Python and templates cached
            run(name)
        load = [os.getloadavg()[0]]
        wall: dict[str, list[float]] = {n: [] for n in names}
        cpu: dict[str, list[float]] = {n: [] for n in names}
        for rep in range(args.reps):
            for name in names[rep % len(names) :] + names[: rep % len(names)]:
                w, c = run(name)
                wall[name].append(w)
                cpu[name].append(c)
            print(".", end="", file=sys.stderr, flush=True)
        load.append(os.getloadavg()[0])
        print(file=sys.stderr)
        base = statistics.median(cpu["bare WeasyPrint"])
        print(
            f"{args.reps} alternating runs; load average {load[0]:.1f} at the start, {load[1]:.1f} at the end\n"
        )
        print(
            "| run | wall (median) | CPU s (median) | CPU / bare | paired CPU / bare (median) | CPU s, each run |"
        )
        print("|---|---:|---:|---:|---:|---|")
        bare = cpu["bare WeasyPrint"]
        for name in names:
            c = statistics.median(cpu[name])
            # Each repetition's own ratio: the load drifts over a run, and a tree's
            # run and the baseline's in the same repetition saw about the same load.
            paired = statistics.median(x / b for x, b in zip(cpu[name], bare, strict=True))
            runs = " ".join(f"{x:.2f}" for x in cpu[name])
            print(
                f"| {name} | {statistics.median(wall[name]):.2f} s | {c:.2f} | {c / base:.2f} "
                f"| {paired:.2f} | {runs} |"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
