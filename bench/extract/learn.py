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

    python bench/extract/learn.py /work/eval/statements loso       # every set held out in turn: totals per set

The weights are learnt from nineteen sets (``TRAINING``): the tuning sets
(dev … dev13; dev8 to dev11 were held out as test6 to test9) and the former
held-out sets test, test3, test4, test5, test10 and test11, released as training
data once the rules had been measured on them. Only the tuning sets' details may
be read (``cv --details``); of the others this script prints totals per set only
(``loso``, ``diagnose --held-out``): no file, no meeting, no miss. The sets
collected after them (test12, test13) are never read.
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

#: The tuning sets, in the scorer's order (score.SETS is the one list of sets).
TUNING = tuple(name for name in score.SETS if name.startswith("dev"))
#: The sets the committed weights are learnt from: the tuning sets and the released held-out ones, whose
#: details are never printed.
#: test10 and test11 were released to them when test12 and test13 were collected (2026-12-01).
RELEASED = ("test", "test3", "test4", "test5", "test10", "test11")
TRAINING = TUNING + RELEASED
L2 = 4.0
#: ``complete`` (the hybrid's) and ``L2`` chosen by leaving each of the eleven sets out in turn: the best
#: recall and precision together (F1) over all of them pooled; ``print`` (the model alone's) the lowest the
#: hybrid's allows (comment ≤ complete ≤ print), which the same measure prefers to 0.8 (docs/extract.md,
#: "Eleven sets to learn from").
THRESHOLDS = {"print": 0.7, "comment": 0.4, "complete": 0.7}
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
    #: The rules' timeline after ``set_aside`` (entries, context, occasion, comments), for the stacked features
    #: and the hybrid.
    rules_timeline: object = None
    #: The statement's date as the header gives it, and the header's name of its meeting.
    date_point: object = None
    occasion: str | None = None


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
        stack = rules_features(c, result.findings.timeline)
        rows.append((c.features, label, item, c, st.id, stack))
    rule_items = [it for it in score.draft_items(result.data) if score._points(it.date)]
    return FileData(
        st,
        name,
        date.iso() if date else None,
        rows,
        rule_items,
        result.findings.timeline,
        date,
        header.occasion,
    )


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
            continue  # a set not asked for is never opened
        for name in st.files:
            data = read_file(st, folder, name)
            if data is not None:
                out.append(data)
    return out


def cached(path: Path | None, read):
    """The statements read once per change of the extractor: ``--cache`` keeps them between runs."""
    import pickle

    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    files = read()
    if path is not None:
        path.write_bytes(pickle.dumps(files))
    return files


def within(a: str, b: str) -> bool:
    """One ISO date is the other, or a day or month inside it ("2009-03-14" in "2009-03")."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def rules_features(c, rules) -> dict[str, float]:
    """What the rules made of the candidate's date in its paragraph, as features (``rules_…``), so a model can
    learn when to trust the rules and when to complete them: an item (of which kind, found how), context or
    the occasion set aside, only a comment, or nothing. ``rules`` is the rules' timeline after ``set_aside``."""
    date, paragraph = c.date.iso(), c.passage.paragraph
    f: dict[str, float] = {}

    def here(e) -> bool:
        return e.date is not None and paragraph in e.cite and within(date, e.date.iso())

    items = [e for e in rules.entries if here(e)]
    if items:
        f["rules_item"] = 1.0
        if any(e.date is not None and e.date.iso() == date for e in items):
            f["rules_item_exact"] = 1.0
        for e in items:
            f[f"rules_kind_{e.kind}"] = 1.0
            for where in e.found_in:
                f[f"rules_by_{where.split()[0]}"] = 1.0
                if "dated by" in where:
                    f["rules_dated_elsewhere"] = 1.0
    elif any(e.date is not None and e.date.iso() == date for e in rules.entries):
        f["rules_item_other_paragraph"] = 1.0
    if any(here(e) for e in rules.context):
        f["rules_context"] = 1.0
    if any(here(e) for e in rules.occasion):
        f["rules_occasion"] = 1.0
    if any(u.paragraph == paragraph and u.date is not None and u.date.iso() == date for u in rules.unplaced):
        f["rules_comment"] = 1.0
    if not f or set(f) == {"rules_item_other_paragraph"}:
        f["rules_none"] = 1.0
    return f


# -- counting as the scorer counts ---------------------------------------------------------


def count(fd: FileData, items: list[score.Item]) -> tuple[int, int, int, int]:
    """(meetings expected, found, dated items scored, items right), with score.py's occasion rule."""
    pairs = score._match(fd.statement.meetings, items)
    used = set(pairs.values())
    day = fd.statement.header.get("date")
    occasion = {j for j, it in enumerate(items) if j not in used and day and score.is_occasion(it.date, day)}
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
    return [(model.probability(feats), c) for feats, _, _, c, *_ in fd.rows]


def model_items(fd: FileData, weights: dict[str, float], threshold: float) -> list[score.Item]:
    from generator.extract.selector import Model, choose

    model = Model(weights, threshold, threshold)
    scored = [(model.probability(feats), c) for feats, _, _, c, *_ in fd.rows]
    chosen = [c for _, c in choose(scored, threshold)]
    if MERGE:
        from generator.extract.selector import entry
        from generator.extract.timeline.merging import _merge

        return [as_item(e) for e in _merge([entry(c) for c in chosen])]
    items = {id(c): it for _, _, it, c, *_ in fd.rows}
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
        "from the expectations of the tuning and the released held-out sets; feature names are word classes and positions "
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


# -- leave one set out over every set, and the readers built on the model ------------------------


def stacked(rows: list, honest: frozenset[str] = frozenset()) -> list:
    """The rows with the rules' reading of each candidate added to its features (``rules_features``).

    With ``honest`` (statement ids), only those statements' rows carry it: the rules were written from the
    others, so on them their reading is right far more often than on a statement they never saw."""
    return [
        (feats | stack if not honest or sid in honest else feats, label, item, c, sid, stack)
        for feats, label, item, c, sid, stack in rows
    ]


def _scored_with(fd: FileData, weights: dict[str, float], stack: bool) -> list:
    from generator.extract.selector import Model

    model = Model(weights, 1.0, 1.0)
    return [(model.probability(feats | extra if stack else feats), c) for feats, _, _, c, _, extra in fd.rows]


def _added(fd: FileData, scored: list, threshold: float, against: list) -> list:
    """The model's entries at or above ``threshold`` the hybrid adds: dates no rule placed (among ``against``),
    with no reason of the rules against the date, merged, then set aside as the extractor sets aside."""
    from generator.extract.selector import additions
    from generator.extract.timeline import set_aside
    from generator.extract.timeline.entries import Timeline
    from generator.extract.timeline.merging import _merge

    added = additions(scored, against, fd.date_point, threshold)
    timeline = Timeline(_merge(added), [], [])
    set_aside(timeline, fd.date_point, fd.occasion)
    return timeline.entries


def hybrid_items(fd: FileData, weights: dict[str, float], threshold: float, stack: bool = False) -> list:
    """What ``--timeline hybrid`` prints with these weights: every rules' item, and the model's additions."""
    rules = fd.rules_timeline
    every = rules.entries + rules.context + rules.occasion
    return fd.rule_items + [
        as_item(e) for e in _added(fd, _scored_with(fd, weights, stack), threshold, every)
    ]


def stacked_items(fd: FileData, weights: dict[str, float], threshold: float) -> list:
    """The stacked model as the only reader: a rules' item is kept when the model gives one of its
    candidates (its date in its paragraph) at least ``threshold`` or when no candidate has its date; the
    model's other candidates at or above it are added as the hybrid adds them."""
    rules = fd.rules_timeline
    scored = _scored_with(fd, weights, True)
    kept = []
    for e in rules.entries:
        if e.date is None:
            continue
        mine = [p for p, c in scored if c.passage.paragraph in e.cite and within(c.date.iso(), e.date.iso())]
        if not mine or max(mine) >= threshold:
            kept.append(e)
    every = rules.entries + rules.context + rules.occasion
    return [as_item(e) for e in kept] + [as_item(e) for e in _added(fd, scored, threshold, every)]


READERS = ("rules", "model", "hybrid", "stacked", "stacked hybrid")


def loso(
    files: list[FileData],
    thresholds: tuple[float, ...],
    pool: str,
    readers: tuple[str, ...],
    l2: float = L2,
    honest: bool = False,
) -> None:
    """Each of the training sets held out in turn, the model trained on the others (``pool`` "tuning": on the
    other tuning sets only, as before the held-out sets were released). Totals per set only."""
    sets = TRAINING
    table: dict[tuple[str, float, str], list[int]] = {}

    def add(reader: str, t: float, name: str, got) -> None:
        key = (reader, t, name)
        table[key] = [a + b for a, b in zip(table.get(key, [0, 0, 0, 0]), got)]

    for name in sets:
        train = [f for f in files if f.statement.set != name and (pool == "all" or f.statement.set in TUNING)]
        base = fit([r for f in train for r in f.rows], l2)
        unseen = frozenset(f.statement.id for f in train if f.statement.set not in TUNING)
        stack = fit(stacked([r for f in train for r in f.rows], unseen if honest else frozenset()), l2)
        for fd in (f for f in files if f.statement.set == name):
            add("rules", 0, name, count(fd, fd.rule_items))
            for t in thresholds:
                add("hybrid", t, name, count(fd, hybrid_items(fd, base, t)))
                add("model", t, name, count(fd, model_items(fd, base, t)))
                add("stacked", t, name, count(fd, stacked_items(fd, stack, t)))
                add("stacked hybrid", t, name, count(fd, hybrid_items(fd, stack, t, stack=True)))
        print(f"(fold {name} done)", file=sys.stderr)
    columns = [("rules", 0.0)] + [(r, t) for r in readers for t in thresholds]
    print("| held out | " + " | ".join(r if r == "rules" else f"{r} p ≥ {t}" for r, t in columns) + " |")
    print("|---|" + "---|" * len(columns))
    groups = {
        "**tuning sets pooled**": TUNING,
        "**test sets pooled**": RELEASED,
        "**all pooled**": sets,
    }
    for name in sets:
        print(f"| {name} | " + " | ".join(_cell(table.get((r, t, name), [0] * 4)) for r, t in columns) + " |")
    for label, members in groups.items():
        cells = []
        for r, t in columns:
            total = [0, 0, 0, 0]
            for name in members:
                total = [a + b for a, b in zip(total, table.get((r, t, name), [0] * 4))]
            cells.append(_cell(total))
        print(f"| {label} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("command", choices=("diagnose", "cv", "loso", "forward", "train"))
    ap.add_argument(
        "--pool",
        choices=("all", "tuning"),
        default="all",
        help="loso: train each fold on all other sets, or on the other tuning sets only",
    )
    ap.add_argument(
        "--readers", default="model,hybrid,stacked,stacked hybrid", help="loso: the readers measured"
    )
    ap.add_argument("--l2", type=float, default=L2, help="loso: the penalty")
    ap.add_argument(
        "--stack-from-unseen",
        action="store_true",
        help="loso: the stacked readers learn the rules' features from the sets the rules were not written from",
    )
    ap.add_argument(
        "--cache",
        type=Path,
        help="keep the read statements in this pickle (a second run reads it; delete it when the extractor changes)",
    )
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
        ap.error("--held-out goes with diagnose only")
    if args.details and args.details not in TUNING:
        ap.error("--details reads a tuning set only: of the others, totals per set are printed (loso)")
    sets = RELEASED if args.held_out else TUNING
    if args.command in ("loso", "train"):
        sets = TRAINING
    files = [f for f in cached(args.cache, lambda: load(args.folder, sets)) if f.statement.set in sets]
    if args.command == "diagnose":
        diagnose(files, sets)
    elif args.command == "cv" and args.details:
        details(files, args.details, float(args.thresholds.split(",")[0]))
    elif args.command == "forward":
        pairs = dict(part.split("=", 1) for part in args.old_rules.split(",") if part)
        forward(
            files, {k: Path(v) for k, v in pairs.items()}, tuple(float(t) for t in args.thresholds.split(","))
        )
    elif args.command == "loso":
        loso(
            files,
            tuple(float(t) for t in args.thresholds.split(",")),
            args.pool,
            tuple(args.readers.split(",")),
            args.l2,
            args.stack_from_unseen,
        )
    elif args.command == "cv":
        cross_validate(files, tuple(float(t) for t in args.thresholds.split(",")))
    else:
        from generator.extract.selector import WEIGHTS

        data = train(files)
        data["folder"] = score.folder_copy(args.folder, [f.name for f in files])
        text = json.dumps(data, indent=1, sort_keys=True) + "\n"
        if args.check:
            return score.weights_check(WEIGHTS, text)
        WEIGHTS.write_text(text, encoding="utf-8")
        print(f"wrote {WEIGHTS} ({len(data['weights'])} weights, {data['candidates']} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
