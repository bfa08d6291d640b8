"""The event's own data: the free-form ``data:`` section of event.yaml and the
files in ``content/<event>/data/`` (YAML, JSON, CSV, iCalendar).

The typed model (models.py) stays closed so that a misspelt field is an
error; this is the one open door, for what an event needs that briefkit does
not know about (a delegation list, a programme, logistics). What comes in
through it is held to the same rules as the rest of the content: files only
from inside the event folder, the same size, depth and character limits,
and every problem reported with its file and line, all at once.

Each value keeps a line map, so a JSON Schema error in a document type's
data (documents.toml ``schema``) points at the line of the file it came from.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..clean_text import decode_utf8, shown
from ..config.confine import outside_message, read_limited
from ..errors import ContentError, Problem
from .yaml_source import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_NODES,
    FieldPath,
    LineMap,
    first_forbidden_character,
    format_field,
    load_yaml,
)

DATA_DIR = "data"
#: File types read from data/, by suffix.
READABLE = (".yaml", ".yml", ".json", ".csv", ".ics")
#: More files than this in data/ is a copy accident.
MAX_FILES = 200
#: A data name is how templates reach it: ``data.<name>``.
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class DataEntry:
    """One named piece of event data, with where each part of it came from."""

    name: str
    value: Any
    #: The file it was read from (event.yaml for the ``data:`` section).
    file: Path
    lines: LineMap = field(default_factory=LineMap)
    #: Where the value sits in ``lines`` (``("data", name)`` inside event.yaml).
    prefix: FieldPath = ()
    #: Id of the ``sources:`` entry naming the file, when it is a file.
    source: str | None = None

    def line_for(self, path: FieldPath = ()) -> int | None:
        return self.lines.line_for(self.prefix + tuple(path))

    @property
    def relative(self) -> str:
        """The file as a ``sources:`` entry names it: relative to the event folder."""
        return f"{DATA_DIR}/{self.file.name}" if self.prefix == () else self.file.name


def read_data_files(folder: Path) -> tuple[list[DataEntry], list[Problem]]:
    """Every readable file in the event's data/ folder, and what is wrong with them."""
    folder = Path(folder)
    data_dir = folder / DATA_DIR
    if not data_dir.exists() and not data_dir.is_symlink():
        return [], []
    refused = outside_message(data_dir, folder)
    if refused or not data_dir.is_dir():
        why = refused or "is not a folder; data files go in a folder named data/."
        return [], [Problem(data_dir, None, None, why)]
    entries: list[DataEntry] = []
    problems: list[Problem] = []
    files = sorted(p for p in data_dir.iterdir() if not p.name.startswith("."))
    if len(files) > MAX_FILES:
        return [], [Problem(data_dir, None, None, f"holds {len(files)} files; at most {MAX_FILES} are read.")]
    seen: dict[str, Path] = {}
    for path in files:
        if path.is_dir():
            problems.append(
                Problem(path, None, None, "a folder inside data/ is not read; move its files up.")
            )
            continue
        if path.suffix.lower() not in READABLE:
            problems.append(
                Problem(path, None, None, f"not a data file briefkit reads ({', '.join(READABLE)}).")
            )
            continue
        name = path.stem
        if not NAME.match(name):
            problems.append(
                Problem(
                    path,
                    None,
                    None,
                    "the file name is how templates reach it (data.<name>): use letters, "
                    "digits, '_' and '-', starting with a letter.",
                )
            )
            continue
        if name in seen:
            problems.append(
                Problem(
                    path,
                    None,
                    None,
                    f"{seen[name].name} has the same name; templates could "
                    f"not tell data.{name} apart. Rename one of them.",
                )
            )
            continue
        seen[name] = path
        refused = outside_message(path, folder)
        if refused:
            problems.append(Problem(path, None, None, refused))
            continue
        try:
            entries.append(_read(path, name))
        except ContentError as exc:
            problems.extend(exc.problems or [Problem(path, None, None, exc.message)])
    return entries, problems


def _read(path: Path, name: str) -> DataEntry:
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        value, lines = load_yaml(path)
        return DataEntry(name, value, path, lines)
    text = _text(path)
    problems: list[Problem] = []
    if suffix == ".json":
        value, lines = _json(path, text)
    elif suffix == ".csv":
        value, lines, problems = _csv(path, text)
    else:
        from .calendar import read_calendar

        value, lines = read_calendar(path, text)
    problems += check_values(path, value, lines)
    problems.sort(key=lambda p: p.line or 0)
    if problems:
        raise ContentError("The data file has errors.", problems)
    return DataEntry(name, value, path, lines)


def _text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ContentError(
            "",
            [
                Problem(
                    path,
                    None,
                    None,
                    (
                        f"the file is {size:,} bytes; data files are limited to {MAX_BYTES:,} bytes. "
                        "Split it or keep only what the documents print."
                    ),
                )
            ],
        )
    # Bounded, and never blocking: a named pipe in data/ hung the build.
    raw = read_limited(
        path,
        MAX_BYTES,
        lambda why: ContentError(
            "", [Problem(path, None, None, why.replace(f"{shown(path)} ", "the file ", 1))]
        ),
    )
    return decode_utf8(
        raw,
        path,
        ContentError,
        "",
        "the file is not valid UTF-8; save it as UTF-8 (spreadsheets: 'CSV UTF-8').",
    )


def _json(path: Path, text: str) -> tuple[Any, LineMap]:
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict:
        out: dict = {}
        for key, value in items:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    try:
        value = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise ContentError("", [Problem(path, exc.lineno, None, f"not valid JSON: {exc.msg}.")]) from None
    except RecursionError:
        raise ContentError(
            "", [Problem(path, None, None, f"the values are nested more than {MAX_DEPTH} levels deep.")]
        ) from None
    lines = _json_lines(path, text)
    if duplicates:
        raise ContentError(
            "",
            [
                Problem(path, _key_line(text, key), None, f"duplicate key '{key}'; keep one of them.")
                for key in duplicates
            ],
        )
    return value, lines


def _json_lines(path: Path, text: str) -> LineMap:
    """Lines of the values, read by the YAML reader (JSON is YAML); none if it cannot."""
    import yaml

    from .yaml_source import _Builder, _compose

    try:
        node = _compose(text)
        lines = LineMap()
        if node is not None:
            _Builder(path, lines).build(node, ())
        return lines
    except (yaml.YAMLError, ContentError):
        return LineMap()


def _key_line(text: str, key: str) -> int | None:
    found = [n for n, line in enumerate(text.splitlines(), 1) if f'"{key}"' in line]
    return found[-1] if found else None


def _separator(text: str) -> str:
    """The cell separator, read from the header row: a spreadsheet saved as CSV where the decimal
    separator is a comma (French, German, Spanish …) separates cells with ';', and some save tabs."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


#: Problems of one header row said at most: a pasted row of thousands of names said each.
MAX_HEADER_PROBLEMS = 10


def _header_problems(path: Path, line: int, header: list[str]) -> list[Problem]:
    """Columns without a name, and names given twice (counted in one pass: a header of a hundred
    thousand names is read as quickly as a short one)."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, name in enumerate(header):
        if not name:
            problems.append(
                Problem(
                    path,
                    line,
                    None,
                    f"column {i + 1} of the header row has no name; the first row names the columns.",
                )
            )
        elif name in seen:
            problems.append(Problem(path, line, None, f"two columns are called '{name}'; rename one."))
        seen.add(name)
    if len(problems) > MAX_HEADER_PROBLEMS:
        more = len(problems) - MAX_HEADER_PROBLEMS
        problems = problems[:MAX_HEADER_PROBLEMS]
        problems.append(
            Problem(path, line, None, f"and {more:,} more problems of the header row like these.")
        )
    return problems


def _csv(path: Path, text: str) -> tuple[list[dict[str, str]], LineMap, list[Problem]]:
    """Rows as mappings from the header row's names to the cells' text, and
    the rows that could not be read (left out, so the others are still checked)."""
    lines = LineMap()
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    start = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip() for cell in record]
                problems += _header_problems(path, line, header)
                continue
            if len(record) != len(header):
                problems.append(
                    Problem(
                        path,
                        line,
                        None,
                        f"this row has {len(record)} cells and the header "
                        f"row {len(header)}; check for a stray comma or a missing quote.",
                    )
                )
                continue
            lines[(len(rows),)] = line
            for name in header:
                lines[(len(rows), name)] = line
            rows.append({name: cell.strip() for name, cell in zip(header, record)})
    except csv.Error as exc:
        problems.append(Problem(path, reader.line_num, None, f"not valid CSV: {exc}."))
    if header is None and not problems:
        problems.append(Problem(path, 1, None, "the file is empty; the first row names the columns."))
    lines[()] = 1
    return rows, lines, problems


def check_values(file: Path, value: Any, lines: LineMap) -> Iterator[Problem]:
    """The limits every content value is held to: depth, count, characters."""
    count = 0
    stack: list[tuple[FieldPath, Any]] = [((), value)]
    while stack:
        path, item = stack.pop()
        count += 1
        if count > MAX_NODES:
            yield Problem(
                file, None, None, f"more than {MAX_NODES:,} values; keep only what the documents print."
            )
            return
        if len(path) > MAX_DEPTH:
            yield Problem(
                file,
                lines.line_for(path),
                format_field(path[:3]) + "…",
                f"nested more than {MAX_DEPTH} levels deep.",
            )
            return
        if isinstance(item, dict):
            for key, sub in item.items():
                bad = first_forbidden_character(str(key))
                if bad is not None:
                    yield Problem(
                        file,
                        lines.line_for(path),
                        format_field(path),
                        f"the key {key!r} contains U+{ord(bad):04X}, a control character; retype it.",
                    )
                stack.append((path + (key,), sub))
        elif isinstance(item, list):
            stack.extend((path + (i,), sub) for i, sub in enumerate(item))
        elif isinstance(item, str):
            bad = first_forbidden_character(item)
            if bad is not None:
                yield Problem(
                    file,
                    lines.line_for(path),
                    format_field(path),
                    f"contains U+{ord(bad):04X}, a character documents cannot hold; remove it.",
                )


def inline_data(event_file: Path, data: Any, lines: LineMap) -> list[DataEntry]:
    """The entries of event.yaml's ``data:`` section (already checked by the YAML reader)."""
    if not isinstance(data, dict):
        return []
    return [DataEntry(str(name), value, event_file, lines, ("data", name)) for name, value in data.items()]


def merge_data(inline: list[DataEntry], files: list[DataEntry]) -> tuple[dict[str, DataEntry], list[Problem]]:
    """One namespace for templates; a name given twice is a problem, not a silent winner."""
    merged: dict[str, DataEntry] = {}
    problems: list[Problem] = []
    for entry in [*inline, *files]:
        if entry.name in merged:
            first = merged[entry.name]
            field = f"data.{entry.name}" if entry.prefix else None
            problems.append(
                Problem(
                    entry.file,
                    entry.line_for(),
                    field,
                    f"data.{entry.name} is also given in {first.file.name}; keep one of them.",
                )
            )
            continue
        merged[entry.name] = entry
    return merged, problems
