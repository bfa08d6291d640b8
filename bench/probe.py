"""Run the briefkit command line in this process, then record peak memory.

``python bench/probe.py OUT.json -- ARGS…`` runs ``briefkit ARGS…`` and writes
to OUT.json the peak resident memory of this process (the build's parent)
and of the largest child it waited for (a ``--jobs`` worker), both in MB,
and the CPU seconds of both, from ``getrusage``. On Linux ``ru_maxrss`` is in kilobytes and, for children,
is the largest single child, not a sum.
"""

from __future__ import annotations

import json
import resource
import sys


def main(argv: list[str]) -> int:
    out, sep, *args = argv
    assert sep == "--", "usage: probe.py OUT.json -- ARGS…"
    from generator.cli import cli

    try:
        cli.main(args=args, prog_name="briefkit", standalone_mode=False)
        code = 0
    except SystemExit as exc:  # pragma: no cover - click exits on usage errors
        code = int(exc.code or 0)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(
            {
                "parent_mb": round(own.ru_maxrss / 1024, 1),
                "worker_mb": round(children.ru_maxrss / 1024, 1),
                "cpu_s": round(cpu, 2),
                "exit": code,
            },
            fh,
        )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
