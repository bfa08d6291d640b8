"""Events per hour per core: a local build against the same build on a LocalCluster.

    python bench/throughput.py     # 6 events, PDF + DOCX + HTML, 2 local / 2 cluster workers
    python bench/throughput.py --events 10 -f pdf

One synthetic project (bench/synth.py), built cold twice with
SOURCE_DATE_EPOCH set: with the local process pool (``--jobs W``), then on a
Dask LocalCluster of W single-thread worker processes on 127.0.0.1
(``--scheduler``). CPU seconds are counted where the work runs: the build
process and its children for the local build; the parent plus every cluster
worker (their own ``getrusage``, asked before and after) for the cluster.
The outputs of the two builds are compared byte for byte, manifests
included. Events per hour per core is 3600 over the CPU seconds per event;
the wall-clock figure depends on what else the machine is doing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth

HERE = Path(__file__).resolve().parent


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def local(root: Path, args: list[str], env: dict) -> dict:
    out = root.parent / "local.json"
    began = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(HERE / "probe.py"),
            str(out),
            "--",
            "--project",
            str(root),
            "-q",
            "build",
            *args,
        ],
        env=env,
        check=True,
    )
    data = json.loads(out.read_text())
    return {"cpu_s": data["cpu_s"], "wall_s": time.perf_counter() - began, "parent_mb": data["parent_mb"]}


def cluster(root: Path, args: list[str], env: dict, workers: int) -> dict:
    from distributed import Client, LocalCluster

    os.environ.update(env)
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cl,
        Client(cl) as client,
    ):
        client.run(lambda: __import__("generator.pipeline.cluster"))  # as a long-lived worker would have
        before = sum(client.run(_cpu).values())
        out = root.parent / "cluster.json"
        began = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(HERE / "probe.py"),
                str(out),
                "--",
                "--project",
                str(root),
                "-q",
                "build",
                "--scheduler",
                cl.scheduler_address,
                *args,
            ],
            env=env,
            check=True,
        )
        wall = time.perf_counter() - began
        workers_cpu = sum(client.run(_cpu).values()) - before
    data = json.loads(out.read_text())
    return {
        "cpu_s": data["cpu_s"] + workers_cpu,
        "wall_s": wall,
        "parent_mb": data["parent_mb"],
        "parent_cpu_s": data["cpu_s"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("-f", "--format", dest="formats", action="append", default=None)
    opts = parser.parse_args()
    formats = opts.formats or ["pdf", "docx", "html"]
    args = [a for f in formats for a in ("-f", f)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1150000000", "PYTHONPATH": str(HERE.parent)}
    with tempfile.TemporaryDirectory(prefix="briefkit-throughput-") as tmp:
        root = synth.make_project(Path(tmp) / "project", opts.events)
        here = local(root, [*args, "--jobs", str(opts.workers)], env)
        built = _snapshot(root / "build")
        shutil.rmtree(root / "build")
        there = cluster(root, args, env, opts.workers)
        same = _snapshot(root / "build") == built
    n = opts.events
    print(
        f"{n} events, {', '.join(formats)}, {opts.workers} workers; cluster bytes identical to local: {same}"
    )
    print()
    print("| run | wall s | CPU s | CPU s / event | events / hour / core (CPU) | parent peak |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in (("local pool (--jobs)", here), ("LocalCluster (--scheduler)", there)):
        per = r["cpu_s"] / n
        print(
            f"| {name} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {per:.2f} | {3600 / per:.0f} "
            f"| {r['parent_mb']} MB |"
        )
    print()
    print(
        f"cluster / local CPU: {there['cpu_s'] / here['cpu_s']:.2f}; "
        f"the cluster's parent spent {there['parent_cpu_s']:.1f} CPU s (reading, keys, writing)"
    )


if __name__ == "__main__":
    main()
