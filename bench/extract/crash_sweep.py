"""Look for crashes of ``briefkit extract``: run it on the tuning statements and on mechanical variants of them.

    python bench/extract/crash_sweep.py /work/eval/statements              # the tuning sets, every variant
    python bench/extract/crash_sweep.py /work/eval/statements --details    # which file and variant crashed
    python bench/extract/crash_sweep.py --random 2000                      # invented statements only (no folder)
    python bench/extract/crash_sweep.py /work/eval/statements --random 500 --seed 7

A user's statement must never crash the extractor: a crash refuses the statement with a traceback. A
``BriefkitError`` is a clean refusal (a message fit to print) and is fine, except the extractor's own
self-check ("produced an invalid draft", "citations that do not check"): that is a bug refused politely,
and it is counted apart. Any other exception is a crash.

Each tuning statement's files are read as they are (.txt, .noblank.txt, .docx, .html, .pdf, whichever the
folder holds); each plain-text file is also rewritten mechanically (lines joined, blank lines removed or
doubled, opening lines dropped, the text cut short, dates bracketed or written in other shapes, lines in
capitals, non-breaking spaces, tabs, Windows line ends, a byte-order mark, lines shuffled) and every variant
is extracted. ``--random N`` adds N invented statements in the shapes statements take (headers, datelines,
salutations, dated paragraphs), in ASCII and beyond, so that the sweep runs without the folder too.
Everything is drawn from ``random.Random(seed)``: the same seed gives the same variants.

The summary names no file (the statements are other people's text): the variant kind, the exception
and the innermost frame in generator/. ``--details`` adds the file and variant of each crash.
This is a measurement, not a test: it exits 0 unless ``--strict`` is given and something crashed.
"""

from __future__ import annotations

import argparse
import html
import io
import logging
import random
import re
import sys
import tempfile
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

#: The sets rules may be tuned on: the only statements this sweep reads.
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12")
TUNING += ("dev13", "dev14")
#: The self-check's messages (generator/extract/__init__.py, ``_validate``): a bug, though refused cleanly.
SELF_CHECK = ("produced an invalid draft", "produced citations that do not check")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
MONTHS += ["November", "December"]

# -- mechanical variants -------------------------------------------------------------------------------------

#: A day written out with its month by name, with or without the weekday and ordinal.
_DATE = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>" + "|".join(MONTHS) + r"),?\s+(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<m2>" + "|".join(MONTHS) + r")\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b"
)


def _parts(m: re.Match[str]) -> tuple[int, int, int]:
    day = int(m.group("d") or m.group("d2"))
    month = MONTHS.index(m.group("m") or m.group("m2")) + 1
    return day, month, int(m.group("y") or m.group("y2"))


_SHAPES: dict[str, Callable[[int, int, int], str]] = {
    "slashed-short": lambda d, m, y: f"{d}/{m}/{y % 100:02d}",
    "iso": lambda d, m, y: f"{y}-{m:02d}-{d:02d}",
    "dotted": lambda d, m, y: f"{d}.{m}.{y}",
    "month-ordinal": lambda d, m, y: f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}",
}

_BRACKETS = {
    "round-slashed": lambda d, m, y: f"({d}/{m}/{y % 100:02d})",
    "square": lambda d, m, y: f"[{d} {MONTHS[m - 1]} {y}]",
    "quoted": lambda d, m, y: f"\u201c{d} {MONTHS[m - 1]} {y}\u201d",
    "slashes": lambda d, m, y: f"/ {d} {MONTHS[m - 1]} {y} /",
}


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _redate(text: str, shape: Callable[[int, int, int], str]) -> str:
    def one(m: re.Match[str]) -> str:
        try:
            return shape(*_parts(m))
        except ValueError:
            return m.group(0)

    return _DATE.sub(one, text)


def _caps(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    return "\n".join(line.upper() if i < 8 or rng.random() < 0.3 else line for i, line in enumerate(lines))


def _shuffle(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    if len(lines) > 3:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        k = rng.randrange(min(len(lines), 12))  # the header's lines are where most reading is done
        lines[0], lines[k] = lines[k], lines[0]
    return "\n".join(lines)


def variants(text: str, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """(kind, bytes to write) for each mechanical variant of a statement's plain text."""
    lines = text.split("\n")

    def out(t: str) -> bytes:
        return t.encode("utf-8")

    yield "joined", out(" ".join(line.strip() for line in lines if line.strip()) + "\n")
    yield "no-blank-lines", out("\n".join(line for line in lines if line.strip()))
    yield "doubled-breaks", out(text.replace("\n", "\n\n"))
    for n in range(1, 6):
        yield f"drop-first-{n}", out("\n".join(lines[n:]))
    for _ in range(4):
        cut = rng.randrange(1, max(2, len(text)))
        yield "cut", out(text[:cut])
    for name, shape in _BRACKETS.items():
        yield f"bracketed-{name}", out(_redate(text, shape))
    for name, shape in _SHAPES.items():
        yield f"date-{name}", out(_redate(text, shape))
    yield "caps", out(_caps(text, rng))
    yield "nbsp", out(re.sub(r"(?<=\S) (?=\S)", lambda _: "\u00a0" if rng.random() < 0.5 else " ", text))
    yield (
        "tabs",
        out(re.sub(r"(?m)^", lambda _: "\t" if rng.random() < 0.5 else "", text).replace("  ", "\t")),
    )
    yield "crlf", out(text.replace("\n", "\r\n"))
    yield "cr", out(text.replace("\n", "\r"))
    yield "utf-16", text.encode("utf-16")
    yield "cp1252", text.encode("cp1252", errors="replace")
    yield "html.html", out(_html(text))
    yield "bom", b"\xef\xbb\xbf" + out(text)
    for _ in range(3):
        yield "shuffled", out(_shuffle(text, rng))
    for name, table in _UNICODE.items():
        yield name, out(_redate(text, _SHAPES["slashed-short"]).translate(table))
    for name, brk in _BREAKS.items():
        yield (
            name,
            out("\n".join(brk.join(line.split(" ", 2)) if i < 12 else line for i, line in enumerate(lines))),
        )
    yield (
        "impossible-dates",
        out(_redate(text, lambda d, m, y: rng.choice(_IMPOSSIBLE).format(d=d, m=m, y=y))),
    )
    for _ in range(3):
        yield "odd-characters", out(_sprinkle(text, rng))
    for _ in range(3):
        yield "invented-header", out("\n".join(_line(rng) for _ in range(rng.randint(1, 4))) + "\n" + text)
    for _ in range(3):
        head, rest = "\n".join(lines[:12]), "\n".join(lines[12:])
        yield "header-dates", out(_DATE.sub(lambda _: _any_date(rng), head) + "\n" + rest)
    head, rest = "\n".join(lines[:12]), "\n".join(lines[12:])
    yield "header-dates.docx", _docx(_DATE.sub(lambda _: _any_date(rng), head) + "\n" + rest)
    yield "caps.docx", _docx(_caps(text, rng))


#: Dates no calendar holds, in the shapes dates take.
_IMPOSSIBLE = ["{d}/{m}/0", "0/0/00", "31/2/{y}", "45/13/{y}", "29 February 1900", "32 May {y}", "0 June {y}"]
_IMPOSSIBLE += ["{y}-13-45", "{d} May 0", "{d} May 99999", "{d}.{m}.0000", "May 0th, {y}", "{d}/{m}/{y}{y}"]


def _html(text: str) -> str:
    """The statement as a web page: a paragraph per block, a <br> per line, entities for some characters."""
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    body = "\n".join(
        "<p>" + "<br>".join(html.escape(line).replace("\u00a0", "&nbsp;") for line in b.split("\n")) + "</p>"
        for b in blocks
    )
    return f"<html><head><title>Statement</title></head><body><div>{body}</div></body></html>"


def _docx(text: str) -> bytes:
    """The statement as a Word file, a paragraph a line (as formats.py makes the folder's .docx)."""
    from docx import Document

    doc = Document()
    for line in text.split("\n"):
        if line.strip():
            doc.add_paragraph(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", line.strip()))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _sprinkle(text: str, rng: random.Random) -> str:
    """Odd characters put into the opening lines (where the header is read) and a few further on."""
    chars = list(text)
    head = text.find("\n\n", 200) if len(text) > 200 else len(text)
    head = head if head > 0 else len(text)
    for _ in range(rng.randint(3, 20)):
        at = rng.randrange(max(1, head)) if rng.random() < 0.7 else rng.randrange(max(1, len(chars)))
        chars.insert(at, rng.choice(_ODD))
    return "".join(chars)


# -- invented statements ---------------------------------------------------------------------------------------

_NAMES = [
    "Ilsa Varn",
    "Tomas Oduya",
    "Mira Kestel",
    "Aziz Rahmon",
    "Lena Okafor",
    "José Quintal",
    "Ngozi Ebo",
]
_TITLES = [
    "Minister for Foreign Affairs",
    "Permanent Representative",
    "Prime Minister",
    "Ambassador",
    "President",
]
_COUNTRIES = ["the Republic of Varnia", "Kestland", "Osmera", "the Federation of Tulan", "Côte Brume"]
_CITIES = ["NEW YORK", "Geneva", "Vienna", "Addis Ababa", "Port Larn", "São Vento", "Nairobi", "Jakarta"]
_MEETINGS = ["Summit", "Ministerial Meeting", "General Debate", "Open Debate", "Conference", "Forum"]
_SALUTES = [
    "Mr. President,",
    "Madam Chair,",
    "Excellencies,",
    "Distinguished delegates,",
    "Thank you, Mr. Chairman.",
]
_ODD = (
    "()[]{}/\\\"'\u201c\u201d\u2018\u2019–—-.,;:!?*#&%@ \u00a0\t\u200b\u2028\u2029\x0b\x0c\x1c\x85é日本ا۱"
    "²³¹⁰½\u0660\u0661\u0967\uff11\uff0f\u200e\u200f\ufeff\u00ad\u0301"
)
#: Characters a digit test may accept where int() or a date does not, or line breaks str.splitlines() knows
#: and str.split("\\n") does not: each put into a real statement's dates and opening lines.
_UNICODE = {
    "superscript-digits": str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"),
    "arabic-digits": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "fullwidth-digits": str.maketrans("0123456789", "０１２３４５６７８９"),
}
_BREAKS = {"line-separator": "\u2028", "form-feed": "\x0c", "next-line": "\x85", "vertical-tab": "\x0b"}


def _any_date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 31), rng.randint(1, 12), rng.randint(1990, 2030)
    shapes = [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{MONTHS[m - 1]} {d}, {y}",
        f"{d}/{m}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}.{m}.{y}",
        f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}",
        f"{d}-{d + 2} {MONTHS[m - 1]} {y}",
        f"{MONTHS[m - 1]} {y}",
        f"{y}",
        f"{d} {MONTHS[m - 1][:3].upper()} {y}",
        f"{rng.randint(0, 99)}/{rng.randint(0, 99)}/{rng.randint(0, 9999)}",
    ]
    date = rng.choice(shapes)
    wrap = rng.choice(["{}", "({})", "[{}]", "\u201c{}\u201d", "/{}/", "({}", "{})", "- {} -"])
    return wrap.format(date)


def _line(rng: random.Random) -> str:
    name, title, country = rng.choice(_NAMES), rng.choice(_TITLES), rng.choice(_COUNTRIES)
    city, meeting, date = rng.choice(_CITIES), rng.choice(_MEETINGS), _any_date(rng)
    shapes = [
        f"Statement by H.E. {name}, {title} of {country}",
        f"{title.upper()} OF {country.upper()}",
        f"at the {meeting} ({city}, {date})",
        f"{city}, {date}",
        f"{city} ({date}) -",
        f"{date}",
        f"Welcoming delegates to the {meeting} {date}",
        f"Remarks to the {meeting} on {date} in {city}",
        rng.choice(_SALUTES),
        f"Check against delivery {date}",
        f"The {meeting} held in {city} on {date} agreed to meet again on {_any_date(rng)}.",
        f"{rng.randint(1, 40)}. We recall the decision of {date} and look to {_any_date(rng)}.",
        f"Last year, and again in {date}, {country} said so.",
        f"- {meeting} {date}",
        "",
    ]
    line = rng.choice(shapes)
    for _ in range(rng.choice([0, 0, 0, 1, 2, 4])):
        at = rng.randrange(len(line) + 1)
        line = line[:at] + rng.choice(_ODD) + line[at:]
    return line.upper() if rng.random() < 0.1 else line


def invented(rng: random.Random) -> str:
    """A statement in the shapes statements take: a few header lines, then paragraphs, odd characters among them."""
    head = [_line(rng) for _ in range(rng.randint(0, 6))]
    body = []
    for _ in range(rng.randint(1, 8)):
        body.append(" ".join(_line(rng) for _ in range(rng.randint(1, 4))))
    return "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n"


# -- running -----------------------------------------------------------------------------------------------------


@dataclass
class Crash:
    kind: str
    exc: str
    frame: str
    source: str
    message: str


@dataclass
class Tally:
    runs: int = 0
    refused: int = 0
    crashes: list[Crash] = field(default_factory=list)
    #: (variant kind, the refusal's first words) -> how many: a refusal can be wrong without crashing
    refusals: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    files: set[str] = field(default_factory=set)


def innermost(tb: traceback.StackSummary) -> str:
    """The innermost frame in generator/, as path:function (line numbers move with every change)."""
    for frame in reversed(tb):
        at = frame.filename.replace("\\", "/")
        if "/generator/" in at:
            return f"generator/{at.rsplit('/generator/', 1)[1]}:{frame.name}"
    return "(outside generator/)"


def run_one(path: Path, kind: str, source: str, tally: Tally, timeline: str) -> None:
    from generator.errors import BriefkitError
    from generator.extract import extract_file

    tally.runs += 1
    try:
        extract_file(path, timeline_reader=timeline)
    except BriefkitError as exc:
        if any(s in str(exc) for s in SELF_CHECK):
            tb = traceback.extract_tb(exc.__traceback__)
            first = str(exc).splitlines()[1:2]
            tally.crashes.append(
                Crash(kind, "BriefkitError(self-check)", innermost(tb), source, " ".join(first))
            )
        else:
            tally.refused += 1
            words = str(exc).replace(str(path), "FILE").replace(path.name, "FILE").split()
            tally.refusals[(kind, " ".join(words[:9]))] += 1
    except Exception as exc:  # every other exception is what is looked for
        tb = traceback.extract_tb(exc.__traceback__)
        tally.crashes.append(Crash(kind, type(exc).__name__, innermost(tb), source, str(exc)[:120]))


def tuning_files(folder: Path) -> list[str]:
    from score import load_expected

    names = []
    for st in load_expected(HERE / "expected.toml"):
        if st.set in TUNING:
            names += [n for n in st.files if (folder / n).is_file()]
    return names


def sweep(folder: Path | None, count: int, seed: int, timeline: str, only: str | None) -> Tally:
    tally = Tally()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="crash-sweep-") as tmp:
        work = Path(tmp) / "statement.txt"
        if folder is not None:
            for name in tuning_files(folder):
                if only and only not in name:
                    continue
                tally.files.add(name)
                run_one(folder / name, "as-is", name, tally, timeline)
                if not name.endswith(".txt"):
                    continue
                text = (folder / name).read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
                for kind, data in variants(text, random.Random(f"{seed}:{name}")):
                    at = work.with_suffix(Path(kind).suffix) if kind.endswith((".html", ".docx")) else work
                    at.write_bytes(data)
                    run_one(at, kind, name, tally, timeline)
        for i in range(count):
            work.write_text(invented(rng), encoding="utf-8")
            run_one(work, "invented", f"invented #{i} (seed {seed})", tally, timeline)
    return tally


def report(tally: Tally, details: bool) -> None:
    print(f"{tally.runs} extractions ({len(tally.files)} files and their variants, and invented statements)")
    print(f"{tally.refused} clean refusals, {len(tally.crashes)} crashes")
    if details:
        for (kind, words), n in sorted(tally.refusals.items()):
            print(f"  refused {n:3d}  [{kind}] {words}")
    groups: dict[tuple[str, str], list[Crash]] = defaultdict(list)
    for c in tally.crashes:
        groups[(c.exc, c.frame)].append(c)
    for (exc, frame), crashes in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        kinds: dict[str, int] = defaultdict(int)
        for c in crashes:
            kinds[c.kind] += 1
        shown = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        print(f"\n{len(crashes):4d}  {exc} in {frame}\n      variants: {shown}")
        if details:
            for c in crashes:
                print(f"        {c.source} [{c.kind}]: {c.message}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "folder", nargs="?", type=Path, help="the evaluation folder (only its tuning sets are read)"
    )
    ap.add_argument("--random", type=int, default=0, metavar="N", help="N invented statements as well")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--timeline", default="hybrid", choices=("rules", "model", "hybrid"))
    ap.add_argument("--only", help="only the tuning files whose name holds this")
    ap.add_argument("--details", action="store_true", help="name the file and variant of each crash")
    ap.add_argument("--strict", action="store_true", help="exit 1 when anything crashed")
    args = ap.parse_args(argv)
    if args.folder is None and not args.random:
        ap.error("give the evaluation folder, or --random N, or both")
    logging.disable(logging.CRITICAL)  # (the extractor's steps, thousands of times over)
    try:
        tally = sweep(args.folder, args.random, args.seed, args.timeline, args.only)
    finally:
        logging.disable(logging.NOTSET)
    report(tally, args.details)
    return 1 if args.strict and tally.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
