"""From real statements to built packs: `init`, `validate` and `build` on every file of a set, as a user runs them.

    python bench/extract/e2e.py /work/eval/statements --set dev12+dev13
    python bench/extract/e2e.py /work/eval/statements --set test12 --keep /tmp/e2e   # keep the project

The scorer measures what a draft says; this says whether the draft is usable: whatever a real statement
holds, `briefkit init` must write a draft that `validate` accepts (warnings for values still TO CHECK, no
error) and that `build` renders in every format, and every Word file must pass an independent validator
(openxml-audit, Office 2016 schemas). Each run is a separate command, as a user types it; a traceback
anywhere counts as a failure. Held-out sets print counts only (the files that failed are named with
--held-out-rows).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from score import held_out, load_expected  # noqa: E402

BRIEFKIT = Path(sys.executable).with_name("briefkit")
STEPS = ("init", "validate", "build", "docx")


@dataclass
class Run:
    set: str
    file: str
    failed: dict[str, str] = field(default_factory=dict)


def _briefkit(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [str(BRIEFKIT), *args], cwd=project, capture_output=True, text=True, timeout=600, env=env
    )


def _failure(run: subprocess.CompletedProcess[str]) -> str | None:
    """What went wrong in one command, or None: a non-zero exit, or a traceback even with exit 0."""
    out = run.stdout + run.stderr
    if "Traceback (most recent call last)" in out:
        return "traceback: " + out.strip().splitlines()[-1]
    if run.returncode != 0:
        lines = [ln for ln in run.stderr.strip().splitlines() if ln.strip()] or ["(no message)"]
        return f"exit {run.returncode}: {lines[-1][:160]}"
    return None


def _docx_errors(folder: Path) -> list[str]:
    from openxml_audit import FileFormat, OpenXmlValidator

    validator = OpenXmlValidator(file_format=FileFormat.OFFICE_2016)
    found = []
    for docx in sorted(folder.glob("*.docx")):
        errors = validator.validate(str(docx)).errors
        if errors:
            found.append(f"{docx.name}: {len(errors)} error(s), first: {errors[0]}")
    return found


def run_set(folder: Path, sets: list[str], project: Path, expected: Path) -> tuple[list[Run], int]:
    """Every file of the sets that is in the folder, and how many were not (a rebuilt folder lacks some)."""
    runs: list[Run] = []
    missing = 0
    events: list[tuple[Run, str]] = []
    for entry in load_expected(expected):
        if entry.set not in sets:
            continue
        for name in entry.files:
            source = folder / name
            if not source.exists():
                missing += 1
                continue
            run = Run(entry.set, name)
            runs.append(run)
            event = name.replace(".", "-").lower()
            failure = _failure(_briefkit(project, "init", f"content/{event}", "--speech", str(source)))
            if failure:
                run.failed["init"] = failure
                continue
            failure = _failure(_briefkit(project, "validate", f"content/{event}"))
            if failure:
                run.failed["validate"] = failure
            events.append((run, event))
    # One build of every event, as `briefkit build` does for a project; --keep-going so that one event's
    # failure is reported as its own and the others are still built.
    build = _briefkit(project, "build", "--keep-going", "-q")
    for run, event in events:
        out = project / "build" / event
        if not out.is_dir() or not any(out.glob("*.pdf")):
            run.failed["build"] = _failure(build) or "no output"
            continue
        errors = _docx_errors(out)
        if errors:
            run.failed["docx"] = "; ".join(errors)
    if "Traceback (most recent call last)" in build.stdout + build.stderr:
        for run, _ in events:
            run.failed.setdefault("build", "the build printed a traceback")
    return runs, missing


def report(runs: list[Run], missing: int, *, held_out_rows: bool) -> int:
    print("| step | files | failed |")
    print("|---|---|---|")
    for step in STEPS:
        print(f"| {step} | {len(runs)} | {sum(step in r.failed for r in runs)} |")
    bad = [r for r in runs if r.failed]
    print(f"\n{len(runs) - len(bad)}/{len(runs)} files went from statement to a built, valid pack", end="")
    print(f" ({missing} listed but not in the folder)." if missing else ".")
    for r in bad:
        if held_out(r.set) and not held_out_rows:
            continue
        for step, why in r.failed.items():
            print(f"  {r.file}: {step}: {why}")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--set", required=True, help="one set, or several joined by +")
    ap.add_argument("--keep", type=Path, help="make the project here (emptied first) and keep it")
    ap.add_argument("--expected", type=Path, default=HERE / "expected.toml")
    ap.add_argument("--held-out-rows", action="store_true", help="name the held-out files that failed")
    args = ap.parse_args(argv)
    sets = args.set.split("+")
    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        args.keep.mkdir(parents=True)
        return report(*run_set(args.folder, sets, args.keep, args.expected), held_out_rows=args.held_out_rows)
    with tempfile.TemporaryDirectory() as tmp:
        return report(*run_set(args.folder, sets, Path(tmp), args.expected), held_out_rows=args.held_out_rows)


if __name__ == "__main__":
    sys.exit(main())
