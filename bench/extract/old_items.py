"""The timeline items an older version of the extractor gives for one set's files, as JSON.

    git archive 53d8452 generator | tar -x -C /tmp/at-53d8452
    python bench/extract/old_items.py /tmp/at-53d8452 dev5 /work/eval/statements > dev5-before.json
    python bench/extract/learn.py /work/eval/statements forward --old-rules dev5=dev5-before.json

``learn.py forward`` compares the learnt selector with the rules *as they were
before a set was read* (README.md lists the commit of each set's first
reading). This script runs the extractor found under CODE (a folder holding
an older ``generator/``) on the set's files and prints, for each file, its
dated items as ``score.py`` reads them (``null`` for a file it refused). Only
tuning sets: the held-out sets are refused here.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    code, name, folder = Path(argv[0]).resolve(), argv[1], Path(argv[2])
    sys.path.insert(0, str(HERE))
    import score  # the expectations and the scorer's reading of a draft

    if name not in score.SETS or name.startswith("test"):
        print(f"{name}: not a tuning set (the held-out sets are not read here)", file=sys.stderr)
        return 2
    # score.py puts this checkout first on the path: the older generator must win.
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != score.REPO]
    for module in [m for m in sys.modules if m == "generator" or m.startswith("generator.")]:
        del sys.modules[module]
    sys.path.insert(0, str(code))
    logging.disable(logging.CRITICAL)
    from generator.extract import extract_file

    if not Path(sys.modules["generator"].__file__ or "").resolve().is_relative_to(code):
        print(f"the extractor was not imported from {code}", file=sys.stderr)
        return 1
    out: dict[str, list | None] = {}
    for st in score.load_expected(HERE / "expected.toml"):
        if st.set != name:
            continue
        for file in st.files:
            try:
                data = extract_file(folder / file).data
            except Exception:  # refused or crashed: scored as nothing found, as score.py does
                out[file] = None
                continue
            out[file] = [vars(it) for it in score.draft_items(data) if score._points(it.date)]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
