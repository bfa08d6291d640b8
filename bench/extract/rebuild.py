"""Copy the evaluation folder again from the stored pages, and check the copy byte for byte.

    python bench/extract/rebuild.py plan FOLDER --shard 3/8     # the entries still to copy, one JSON line each
    python bench/extract/rebuild.py decode FOLDER [ID ...]      # raw/ID.json -> ID.txt, checked against statements.sha256
    python bench/extract/rebuild.py status FOLDER               # how many files are in, by set

The statements are other people's text and live only in a local folder; a machine reset loses it. The
texts were taken from the search tool's stored pages, which cannot be reached from a shell, so the
look-ups are made by a person (or an agent) with the search tool: ``plan`` gives each entry's address
and a query made of the address's words, its origin and its year; the result whose ``url`` is exactly the
address is the one to keep, and its ``excerpt`` is written verbatim, as the JSON string it arrives as
(quotes and escapes included), into ``FOLDER/raw/ID.json``. ``decode`` turns that into ``ID.txt`` without
retyping a character, and keeps it only if its checksum is the committed one: a file that differs is a
different text, and numbers measured on it would not be comparable with the reports'.

Entries are planned most-used first (the held-out sets of the last rounds, then the newest tuning sets),
so a copy cut short still measures what matters. A shard is a fixed part of the whole list, so a\nshard planned again after others have copied theirs gives the same entries, less those now in. Entries with no committed checksum are left out: their
page did not come back on earlier copies either.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote

from score import HERE, SETS, tomllib

SUMS = HERE / "statements.sha256"
# Most-used first: the held-out sets measured each round, then the tuning sets newest first, then the
# released held-out sets the learnt readers train on.
PRIORITY = ("test12", "test13", "test14", "dev14", "dev13", "dev12")


def checksums() -> dict[str, str]:
    sums = {}
    for line in SUMS.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name:
            sums[name.strip()] = digest
    return sums


def query(source: str, origin: str, year: object) -> str:
    """The address's words, its origin and its year: what found each page on the copies made so far."""
    address = re.sub(r"^[a-z]+://(www\.)?", "", source)
    address = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", address)
    words = [w for w in re.split(r"[/?=&#]+", unquote(address)) if w]
    origin = re.sub(r"\s*\(.*?\)", "", origin)
    return " ".join(w for w in [*words, origin, str(year)] if w)


def rank(set_name: str) -> tuple[int, str]:
    if set_name in PRIORITY:
        return PRIORITY.index(set_name), set_name
    order = list(SETS)
    return len(PRIORITY) + (order.index(set_name) if set_name in order else len(order)), set_name


def entries() -> list[dict]:
    with (HERE / "expected.toml").open("rb") as fh:
        return list(tomllib.load(fh)["statement"])


def planned() -> list[dict]:
    """Every entry with a committed checksum, most-used first: the same list whatever is in the folder,
    so that shards taken at different times by different people do not overlap."""
    sums = checksums()
    rows = []
    for st in entries():
        if f"{st['id']}.txt" not in sums:
            continue
        rows.append(
            {
                "id": st["id"],
                "set": st["set"],
                "source": st["source"],
                "query": query(st["source"], st.get("origin", ""), st.get("year", "")),
            }
        )
    rows.sort(key=lambda r: rank(r["set"]))
    return rows


def wanted(folder: Path, shard: str = "1/1") -> list[dict]:
    """The shard's entries whose text is not yet in the folder."""
    k, _, n = shard.partition("/")
    sums = checksums()
    return [
        r
        for r in planned()[int(k) - 1 :: int(n)]
        if not _ok(folder / f"{r['id']}.txt", sums[f"{r['id']}.txt"])
    ]


def _ok(path: Path, digest: str) -> bool:
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest


def decode(folder: Path, ids: list[str]) -> int:
    sums = checksums()
    raw = folder / "raw"
    names = ids or sorted(p.stem for p in raw.glob("*.json"))
    bad = 0
    for ident in names:
        src = raw / f"{ident}.json"
        digest = sums.get(f"{ident}.txt")
        try:
            value = json.loads(src.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"{ident}: cannot read {src}: {exc}")
            bad += 1
            continue
        text = value["excerpt"] if isinstance(value, dict) else value
        data = text.encode("utf-8")
        if digest is None:
            print(f"{ident}: no committed checksum; not kept")
            bad += 1
        elif hashlib.sha256(data).hexdigest() != digest:
            print(
                f"{ident}: DIFFERS from the committed text ({len(text)} characters, "
                f"{text.count(chr(10))} line breaks); copy the excerpt again, character for character"
            )
            bad += 1
        else:
            (folder / f"{ident}.txt").write_bytes(data)
            print(f"{ident}: ok")
    return 1 if bad else 0


def status(folder: Path) -> None:
    sums = checksums()
    count: dict[str, list[int]] = {}
    for st in entries():
        name = f"{st['id']}.txt"
        have = count.setdefault(st["set"], [0, 0, 0])
        have[2] += 1
        if name in sums:
            have[1] += 1
            have[0] += _ok(folder / name, sums[name])
    print("set        in folder / with a checksum / listed")
    for set_name in sorted(count, key=rank):
        have = count[set_name]
        print(f"{set_name:<10} {have[0]:>4} / {have[1]:>4} / {have[2]:>4}")
    total = [sum(v[i] for v in count.values()) for i in range(3)]
    print(f"{'all':<10} {total[0]:>4} / {total[1]:>4} / {total[2]:>4}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="verb", required=True)
    plan = sub.add_parser("plan", help="the entries still to copy, one JSON line each")
    plan.add_argument("folder", type=Path)
    plan.add_argument("--shard", default="1/1", help="K/N: every N-th entry from the K-th")
    dec = sub.add_parser("decode", help="raw/ID.json -> ID.txt, checked")
    dec.add_argument("folder", type=Path)
    dec.add_argument("ids", nargs="*")
    st = sub.add_parser("status", help="files in, by set")
    st.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "plan":
        for row in wanted(args.folder, args.shard):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.verb == "decode":
        return decode(args.folder, args.ids)
    status(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
