"""Add meetings from a calendar (.ics) or a spreadsheet (.csv) to an event's timeline.

``briefkit import-timeline EVENT FILE`` writes the items into event.yaml as
plain YAML for a person to review, each citing the file as a ``sources:``
entry. Nothing is invented: what the file does not say (why a meeting
matters) is left out, and the timeline prints a dash until someone adds it.
The file is kept in the event's data/ folder, so the citation points at
something the event carries with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..config.confine import is_inside, outside_message
from ..errors import ContentError, Problem
from .event_data import DATA_DIR, NAME, _csv, _text
from .load import LoadedEvent, load_event
from .models import Event
from .partial_date import PartialDate

#: Columns a spreadsheet may have (header names, case and spaces ignored).
COLUMNS = {
    "date": "date",
    "start date": "date",
    "day": "date",
    "time": "time",
    "start time": "time",
    "start": "time",
    "end time": "end_time",
    "end": "end_time",
    "time zone": "timezone",
    "timezone": "timezone",
    "tz": "timezone",
    "title": "title",
    "meeting": "title",
    "summary": "title",
    "event": "title",
    "place": "place",
    "location": "place",
    "venue": "place",
    "kind": "kind",
    "type": "kind",
    "significance": "significance",
    "notes": "significance",
    "description": "significance",
}
KINDS = ("milestone", "consultation", "summit", "meeting", "planned", "other")


@dataclass
class ImportResult:
    event_file: Path
    data_file: Path
    source_id: str
    added: list[dict[str, Any]] = field(default_factory=list)
    #: Items already in the timeline (same date, time and title), left alone.
    skipped: int = 0
    copied: bool = False


def read_rows(path: Path) -> list[tuple[int | None, dict[str, Any]]]:
    """Timeline rows of a calendar or spreadsheet, each with the line it starts on."""
    text = _text(path)
    if path.suffix.lower() == ".ics":
        from .calendar import read_calendar

        rows, lines = read_calendar(path, text)
        return [(lines.get((i,)), {**row, "significance": row["description"]}) for i, row in enumerate(rows)]
    if path.suffix.lower() != ".csv":
        raise ContentError(f"{path}: import a calendar (.ics) or a spreadsheet saved as CSV (.csv).")
    rows, lines, problems = _csv(path, text)
    if problems:
        raise ContentError("The spreadsheet cannot be read.", problems)
    named = {k.strip().casefold() for row in rows[:1] for k in row}
    missing = [c for c in ("date", "title") if c not in {COLUMNS[k] for k in named if k in COLUMNS}]
    if rows and missing:
        raise ContentError(
            "The spreadsheet cannot be read.",
            [
                Problem(
                    path,
                    1,
                    None,
                    f"no column is called {' or '.join(repr(c) for c in missing)} (the header row names "
                    f"{', '.join(repr(k) for k in rows[0]) or 'nothing'}); the first row names the columns: "
                    "date, title, place, kind, time …",
                )
            ],
        )
    out = []
    for i, row in enumerate(rows):
        mapped = {COLUMNS[k.strip().casefold()]: v for k, v in row.items() if k.strip().casefold() in COLUMNS}
        out.append((lines.get((i,)), mapped))
    return out


def _item(path: Path, line: int | None, row: dict[str, Any], source_id: str, kind: str) -> dict[str, Any]:
    problems = []
    date = str(row.get("date") or "").strip()
    try:
        PartialDate.parse(date)
    except ValueError as exc:
        problems.append(Problem(path, line, "date", str(exc)))
    title = " ".join(str(row.get("title") or "").split())
    if not title:
        problems.append(Problem(path, line, "title", "the meeting has no title; add one in the file."))
    item: dict[str, Any] = {"date": date}
    for key in ("time", "end_time", "timezone"):
        value = str(row.get(key) or "").strip()
        if value:
            if key != "timezone" and re.match(r"^\d:\d\d$", value):
                value = "0" + value
            item[key] = value
    item["title"] = title
    item_kind = str(row.get("kind") or kind).strip().lower()
    if item_kind not in KINDS:
        problems.append(
            Problem(
                path, line, "kind", f"'{item_kind}' is not a kind of meeting; use one of {', '.join(KINDS)}."
            )
        )
    item["kind"] = item_kind
    if row.get("place"):
        item["place"] = str(row["place"])
    if row.get("significance"):
        item["significance"] = str(row["significance"])
    item["source"] = source_id
    if problems:
        raise ContentError("", problems)
    return item


def import_timeline(
    folder: Path,
    file: Path,
    *,
    source_id: str | None = None,
    source_title: str | None = None,
    kind: str = "meeting",
    force: bool = False,
) -> ImportResult:
    """Add the file's meetings to the event's timeline; writes event.yaml (and data/FILE) or nothing:
    nothing either when every meeting is in the timeline already."""
    from ..pipeline.output import write_all

    file = Path(file)
    loaded = load_event(folder, unsourced=file)
    folder = loaded.folder
    if not file.is_file():
        raise ContentError(f"{file} is not a file.")
    inside = is_inside(file, folder)
    target = file.resolve() if inside else folder / DATA_DIR / file.name
    if not inside:
        if not NAME.match(file.stem) or file.suffix.lower() not in (".ics", ".csv"):
            raise ContentError(
                f"{file.name}: the file keeps its name in the event's data/ folder, where the "
                "name is how templates reach it; rename it with letters, digits, '_' and '-' "
                "(e.g. site-visits.csv)."
            )
        refused = outside_message(target.parent, folder) if target.parent.exists() else None
        if refused:
            raise ContentError(refused)
    relative = target.relative_to(folder.resolve() if inside else folder).as_posix()
    rows = read_rows(file)
    source = next(
        (s for s in loaded.event.sources if s.file and (folder / s.file).resolve() == target.resolve()), None
    )
    sid = source.id if source else (source_id or _free_id(loaded.event, target.stem))
    problems: list[Problem] = []
    items = []
    for line, row in rows:
        try:
            items.append(_item(file, line, row, sid, kind))
        except ContentError as exc:
            problems += exc.problems
    if problems:
        raise ContentError("Nothing was imported; fix the file and run the command again.", problems)
    existing = {(i.date.iso(), i.time or "", i.title) for i in loaded.event.timeline}
    result = ImportResult(loaded.event_file, target, sid)
    for item in items:
        key = (PartialDate.parse(item["date"]).iso(), item.get("time", ""), item["title"])
        if key in existing:
            result.skipped += 1
        else:
            existing.add(key)
            result.added.append(item)
    if not result.added:
        # Neither the file nor a source entry: nothing would cite them.
        return result
    writes: list[tuple[Path, bytes]] = []
    result.copied = not inside and not (target.is_file() and target.read_bytes() == file.read_bytes())
    if result.copied:
        if target.exists() and not force:
            raise ContentError(
                f"{target} exists and differs from {file}; rename one, or give --force to replace it."
            )
        writes.append((target, file.read_bytes()))
    note = (
        f"Imported from {relative} by briefkit import-timeline: review each item and add "
        "why it matters (significance)."
    )
    text = _append_to_list(loaded.event_file.read_text(encoding="utf-8"), "timeline", result.added, note)
    if source is None:
        entry = {
            "id": sid,
            "title": source_title or f"{target.name} (kept in the event's data folder)",
            "file": relative,
        }
        text = _append_to_list(text, "sources", [entry], "The file the imported timeline items come from.")
    _check(text, loaded)
    writes.append((loaded.event_file, text.encode("utf-8")))
    write_all(writes)
    return result


def _free_id(event: Event, stem: str) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", stem.lower()).strip("-") or "calendar"
    taken = {s.id for s in event.sources}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _append_to_list(text: str, key: str, items: list[dict[str, Any]], note: str) -> str:
    """Add items at the end of a top-level list in YAML text, keeping every comment and line as it is."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    # The key, bare or written empty ("timeline: ~", "null" or "[]", which read as the empty list): an
    # empty one becomes bare, the items going under it (a second key would be a duplicate).
    empty = re.compile(rf"^{key}:(?:\s+(?:~|null|Null|NULL)|\s*\[\s*\])?\s*(#.*)?$")
    start = next((i for i, line in enumerate(lines) if empty.match(line)), None)
    if start is not None:
        comment = empty.match(lines[start])[1]  # type: ignore[index]
        lines[start] = f"{key}:{'  ' + comment if comment else ''}\n"
    if start is None:
        block = [f"\n{key}:\n"]
        end, indent = len(lines), "  "
    else:
        block = []
        end = next((i for i in range(start + 1, len(lines)) if re.match(r"^[^\s#-]", lines[i])), len(lines))
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        first = next((m for line in lines[start + 1 : end] if (m := re.match(r"^(\s*)- ", line))), None)
        indent = first[1] if first else "  "
    block.append(f"{indent}# {note}\n")
    for item in items:
        dumped = yaml.safe_dump([item], sort_keys=False, allow_unicode=True, width=100)
        block += [indent + line if line.strip() else line for line in dumped.splitlines(keepends=True)]
    return "".join(lines[:end] + block + lines[end:])


def _check(text: str, loaded: LoadedEvent) -> None:
    """The edited file must still read as a valid event before it replaces the old one."""
    import os
    import tempfile

    from .yaml_source import load_yaml

    fd, name = tempfile.mkstemp(prefix=".event.", suffix=".yaml", dir=loaded.folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        data, _ = load_yaml(Path(name))
        Event.model_validate(data)  # a failure here is a bug in the import, and keeps its traceback
    finally:
        os.unlink(name)
