"""Learn the timeline's meeting selector from the tuning statements, and measure it honestly.

    python bench/extract/learn.py /work/eval/statements diagnose   # how far the date finder reaches
    python bench/extract/learn.py /work/eval/statements diagnose --held-out   # the same, held-out sets' totals
    python bench/extract/learn.py /work/eval/statements cv         # leave-one-set-out cross-validation
    python bench/extract/learn.py /work/eval/statements train      # write generator/extract/selector_weights.json
    python bench/extract/learn.py /work/eval/statements train --check   # the committed weights are reproduced

Candidates are every resolved date of a statement (``generator.extract.mentions``);
a candidate's label is the scorer's own rule (``score.py``): the item the
selector would print for it matches an expected meeting (same date at the
expected precision, one keyword in its title, place, significance or evidence).
The model is a logistic regression with an L2 penalty fitted by Newton's
method, in plain Python: deterministic, so ``train --check`` can compare the
weights it learns with the committed file.

Only the tuning sets (dev … dev7) are read here, but for ``diagnose
--held-out``, which prints the held-out sets' totals only (no file, no
meeting): where their misses are lost, for whoever measures them. The
committed weights were learnt from dev … dev6; dev7 joined the tuning sets
when it was collected, so ``train --check`` says they differ until they are
learnt again, which is tuning on dev7 (after its one measurement before
tuning).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import score  # noqa: E402  (the scorer beside this script: its expectations and its matching rule)

TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
L2 = 1.0
THRESHOLDS = {"print": 0.8, "comment": 0.4, "complete": 0.5}
MERGE = True
MIN_COUNT = 3
WORD_STATEMENTS = 8  # a word is weighed only when at least this many statements have it near a date  # a feature seen on fewer candidates than this is left out: it could only learn one statement


@dataclass
class FileData:
    statement: score.Statement
    name: str
    speech_date: str | None
    #: (features, label, the item's date, the scorer's item) for every candidate.
    rows: list
    #: The rules' items, as the scorer reads them (for the diagnosis and the hybrids).
    rule_items: list


def read_file(st: score.Statement, folder: Path, name: str) -> FileData | None:
    from generator.content.speech import parse_speech
    from generator.extract import extract_file
    from generator.extract.decode import read_statement
    from generator.extract.header_elsewhere import read_header
    from generator.extract.passages import passages as cut_passages
    from generator.extract.selector import entry, statement_candidates

    path = folder / name
    try:
        result = extract_file(path)
    except Exception:  # a refused file scores zero, as in score.py
        return None
    decoded = read_statement(path)
    speech = parse_speech(decoded.text)
    passages = cut_passages(speech)
    header, blocks = read_header(decoded.text, decoded.removed, passages)
    header_lines = {" ".join(line.split()) for block in blocks for line in block}
    date = header.date
    rows = []
    for c in statement_candidates(speech, passages, date, header_lines):
        item = as_item(entry(c))
        label = any(fits(m, item) for m in st.meetings)
        rows.append((c.features, label, item, c, st.id))
    rule_items = [it for it in score.draft_items(result.data) if score._points(it.date)]
    return FileData(st, name, date.iso() if date else None, rows, rule_items)


def as_item(e) -> score.Item:
    """The scorer's view of an entry: what ``draft._timeline_item`` writes, read as ``score.draft_items``."""
    parts = [e.title, e.place, e.significance, e.evidence]
    return score.Item(e.date.iso(), e.title, " ".join(str(p) for p in parts if p))


def fits(m: score.Meeting, it: score.Item) -> bool:
    text = score._fold(it.text + " " + it.title)
    return score.dates_agree(m.date, it.date) and any(score._fold(k) in text for k in m.keywords)


def load(folder: Path, sets: tuple[str, ...] = TUNING) -> list[FileData]:
    out = []
    for st in score.load_expected(HERE / "expected.toml"):
        if st.set not in sets:
            continue  # the held-out sets are never opened
        for name in st.files:
            data = read_file(st, folder, name)
            if data is not None:
                out.append(data)
    return out


# -- counting as the scorer counts ---------------------------------------------------------


def count(fd: FileData, items: list[score.Item]) -> tuple[int, int, int, int]:
    """(meetings expected, found, dated items scored, items right), with score.py's occasion rule."""
    pairs = score._match(fd.statement.meetings, items)
    used = set(pairs.values())
    day = fd.statement.header.get("date")
    occasion = {j for j, it in enumerate(items) if j not in used and day and it.date.strip() == day}
    return len(fd.statement.meetings), len(pairs), len(items) - len(occasion), len(pairs)


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "–"


# -- the diagnosis ----------------------------------------------------------------------------


def diagnose(files: list[FileData], sets: tuple[str, ...] = TUNING) -> None:
    print(
        "| set | expected | date among candidates | date + keyword in a candidate's item | rules found |"
        " rules missed: date not found | keyword not in the item | selection |"
    )
    print("|---|---|---|---|---|---|---|---|")
    grand = [0] * 7
    for name in sets:
        row = [0] * 7
        for fd in (f for f in files if f.statement.set == name):
            found = score._match(fd.statement.meetings, fd.rule_items)
            items = [r[2] for r in fd.rows]
            for i, m in enumerate(fd.statement.meetings):
                dated = any(score.dates_agree(m.date, it.date) for it in items)
                keyed = any(fits(m, it) for it in items)
                row[0] += 1
                row[1] += dated
                row[2] += keyed
                if i in found:
                    row[3] += 1
                elif not dated:
                    row[4] += 1
                elif not keyed:
                    row[5] += 1
                else:
                    row[6] += 1
        grand = [a + b for a, b in zip(grand, row)]
        print(_diag_row(name, row))
    print(_diag_row("**all**", grand))


def _diag_row(name: str, r: list[int]) -> str:
    return (
        f"| {name} | {r[0]} | {ratio(r[1], r[0])} | {ratio(r[2], r[0])} | {ratio(r[3], r[0])} | "
        f"{r[4]} | {r[5]} | {r[6]} |"
    )


# -- the model --------------------------------------------------------------------------------


def vocabulary(rows: list) -> list[str]:
    """The features to weigh: those seen often enough; a word only when many statements use it."""
    seen: dict[str, int] = {}
    statements: dict[str, set] = {}
    for feats, _label, *rest in rows:
        for k in feats:
            seen[k] = seen.get(k, 0) + 1
            statements.setdefault(k, set()).add(rest[2] if len(rest) > 2 else None)
    return sorted(
        k
        for k, n in seen.items()
        if k == "bias"
        or (n >= MIN_COUNT and (not k.startswith("w_") or len(statements[k]) >= WORD_STATEMENTS))
    )


def fit(rows: list, l2: float = L2, iterations: int = 25) -> dict[str, float]:
    """Logistic regression by Newton's method on sparse rows; the bias is not penalised."""
    names = vocabulary(rows)
    index = {k: i for i, k in enumerate(names)}
    data = [
        (sorted((index[k], v) for k, v in feats.items() if k in index), 1.0 if label else 0.0)
        for feats, label, *_ in rows
    ]
    n = len(names)
    w = [0.0] * n
    bias = index["bias"]
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in data:
            z = sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            s = p * (1 - p)
            for i, v in x:
                grad[i] += (p - y) * v
                row = hess[i]
                for j, u in x:
                    row[j] += s * v * u
        for i in range(n):
            if i != bias:
                grad[i] += l2 * w[i]
                hess[i][i] += l2
            else:
                hess[i][i] += 1e-6
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(b) for b in step) < 1e-7:
            break
    return {k: round(w[i], 6) for i, k in enumerate(names)}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        d = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / d
            if f:
                mr, mc = m[r], m[col]
                for c in range(col, n + 1):
                    mr[c] -= f * mc[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def scored_rows(fd: FileData, weights: dict[str, float]) -> list:
    from generator.extract.selector import Model

    model = Model(weights, 1.0, 1.0)
    return [(model.probability(feats), c) for feats, _, _, c, _ in fd.rows]


def model_items(fd: FileData, weights: dict[str, float], threshold: float) -> list[score.Item]:
    from generator.extract.selector import Model, choose

    model = Model(weights, threshold, threshold)
    scored = [(model.probability(feats), c) for feats, _, _, c, _ in fd.rows]
    chosen = [c for _, c in choose(scored, threshold)]
    if MERGE:
        from generator.extract.selector import entry
        from generator.extract.timeline import _merge

        return [as_item(e) for e in _merge([entry(c) for c in chosen])]
    items = {id(c): it for _, _, it, c, _ in fd.rows}
    return [items[id(c)] for c in chosen]


def measure(files: list[FileData], weights: dict[str, float], threshold: float) -> tuple[int, int, int, int]:
    total = [0, 0, 0, 0]
    for fd in files:
        total = [a + b for a, b in zip(total, count(fd, model_items(fd, weights, threshold)))]
    return total[0], total[1], total[2], total[3]


def rules(files: list[FileData]) -> tuple[int, int, int, int]:
    total = [0, 0, 0, 0]
    for fd in files:
        total = [a + b for a, b in zip(total, count(fd, fd.rule_items))]
    return total[0], total[1], total[2], total[3]


def cross_validate(files: list[FileData], thresholds: tuple[float, ...]) -> None:
    print("| held out | rules now (tuned on it) | " + " | ".join(f"model p ≥ {t}" for t in thresholds) + " |")
    print("|---|---|" + "---|" * len(thresholds))
    pooled = {t: [0, 0, 0, 0] for t in thresholds}
    pooled_rules = [0, 0, 0, 0]
    for name in TUNING:
        train = [r for f in files if f.statement.set != name for r in f.rows]
        test = [f for f in files if f.statement.set == name]
        weights = fit(train)
        cells = []
        for t in thresholds:
            got = measure(test, weights, t)
            pooled[t] = [a + b for a, b in zip(pooled[t], got)]
            cells.append(_cell(got))
        r = rules(test)
        pooled_rules = [a + b for a, b in zip(pooled_rules, r)]
        print(f"| {name} | {_cell(r)} | " + " | ".join(cells) + " |")
    print(
        f"| **pooled** | {_cell(tuple(pooled_rules))} | "
        + " | ".join(_cell(tuple(pooled[t])) for t in thresholds)
        + " |"
    )


def _cell(c) -> str:
    expected, found, dated, right = c
    return f"{ratio(found, expected)} / {ratio(right, dated)}"


def train(files: list[FileData]) -> dict:
    rows = [r for f in files for r in f.rows]
    return {
        "about": "Weights of generator/extract/selector.py, learnt by bench/extract/learn.py train "
        "from the tuning sets' expectations; feature names are word classes and positions "
        "(generator/extract/mentions.py).",
        "candidates": len(rows),
        "positives": sum(1 for r in rows if r[1]),
        "l2": L2,
        "thresholds": THRESHOLDS,
        "weights": fit(rows),
    }


def details(files: list[FileData], name: str, threshold: float) -> None:
    """The held-out set's misses and false items under cross-validation (tuning sets only)."""
    weights = fit([r for f in files if f.statement.set != name for r in f.rows])
    for fd in (f for f in files if f.statement.set == name):
        items = model_items(fd, weights, threshold)
        pairs = score._match(fd.statement.meetings, items)
        used = set(pairs.values())
        print(f"## {fd.name} (statement date {fd.speech_date})")
        for i, m in enumerate(fd.statement.meetings):
            if i not in pairs:
                print(f"- missed {m.date} {m.keywords}")
        for j, it in enumerate(items):
            if j not in used:
                print(f"- false {it.date} {it.title!r} :: {it.text[:160]!r}")


def doubted_dates(scored: list, threshold: float) -> set[str]:
    """The dates the model read and gave no mention of at least ``threshold`` (the hybrid's former veto of
    the rules' items, measured here as one of the variants)."""
    seen = {c.date.iso() for _, c in scored}
    return seen - {c.date.iso() for p, c in scored if p >= threshold}


def forward(files: list[FileData], old_rules: dict[str, Path], thresholds: tuple[float, ...]) -> None:
    """Each set measured as it arrived: the rules as they were before it was read (their items dumped from
    that commit to JSON, file name → items), the model trained on the sets before it only."""
    print(
        "| set (model trained on) | rules before reading | "
        + " | ".join(
            f"model p ≥ {t} | rules + model p ≥ {t} | rules the model keeps (p ≥ {t / 2}) + model p ≥ {t}"
            for t in thresholds
        )
        + " |"
    )
    print("|---|---|" + "---|---|---|" * len(thresholds))
    for name, path in old_rules.items():
        earlier = TUNING[: TUNING.index(name)]
        weights = fit([r for f in files if f.statement.set in earlier for r in f.rows])
        old = json.loads(path.read_text(encoding="utf-8"))
        test = [f for f in files if f.statement.set == name]
        base = [0, 0, 0, 0]
        cells = {t: ([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]) for t in thresholds}
        for fd in test:
            rule_items = [score.Item(**it) for it in (old.get(fd.name) or [])]
            base = [a + b for a, b in zip(base, count(fd, rule_items))]
            for t in thresholds:
                mine = model_items(fd, weights, t)
                dates = {it.date for it in rule_items}
                union = rule_items + [it for it in mine if it.date not in dates]
                # the rules' items the model does not doubt (the former hybrid's veto, at p >= t / 2)
                doubtful = doubted_dates(scored_rows(fd, weights), t / 2)
                vetoed = [it for it in rule_items if it.date not in doubtful]
                vetoed += [it for it in mine if it.date not in dates]
                alone, both, veto = cells[t]
                cells[t] = (
                    [a + b for a, b in zip(alone, count(fd, mine))],
                    [a + b for a, b in zip(both, count(fd, union))],
                    [a + b for a, b in zip(veto, count(fd, vetoed))],
                )
        print(
            f"| {name} ({'+'.join(earlier)}) | {_cell(base)} | "
            + " | ".join(
                f"{_cell(cells[t][0])} | {_cell(cells[t][1])} | {_cell(cells[t][2])}" for t in thresholds
            )
            + " |"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("command", choices=("diagnose", "cv", "forward", "train"))
    ap.add_argument(
        "--old-rules",
        default="",
        metavar="SET=JSON,…",
        help="forward: the rules' items of each set before it was read (file name → items, as score.py reads them)",
    )
    ap.add_argument("--check", action="store_true", help="train: compare with the committed weights")
    ap.add_argument(
        "--held-out", action="store_true", help="diagnose: the held-out sets instead (totals per set only)"
    )
    ap.add_argument("--thresholds", default="0.3,0.5,0.7")
    ap.add_argument(
        "--details", metavar="SET", help="cv: list one held-out tuning set's misses and false items"
    )
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    if args.held_out and args.command != "diagnose":
        ap.error("--held-out goes with diagnose only: nothing is learnt from the held-out sets")
    sets = tuple(s for s in score.SETS if s not in TUNING) if args.held_out else TUNING
    files = load(args.folder, sets)
    if args.command == "diagnose":
        diagnose(files, sets)
    elif args.command == "cv" and args.details:
        details(files, args.details, float(args.thresholds.split(",")[0]))
    elif args.command == "forward":
        pairs = dict(part.split("=", 1) for part in args.old_rules.split(",") if part)
        forward(
            files, {k: Path(v) for k, v in pairs.items()}, tuple(float(t) for t in args.thresholds.split(","))
        )
    elif args.command == "cv":
        cross_validate(files, tuple(float(t) for t in args.thresholds.split(",")))
    else:
        from generator.extract.selector import WEIGHTS

        data = train(files)
        text = json.dumps(data, indent=1, sort_keys=True) + "\n"
        if args.check:
            same = WEIGHTS.read_text(encoding="utf-8") == text
            print("the committed weights are reproduced" if same else "the committed weights DIFFER")
            return 0 if same else 1
        WEIGHTS.write_text(text, encoding="utf-8")
        print(f"wrote {WEIGHTS} ({len(data['weights'])} weights, {data['candidates']} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
