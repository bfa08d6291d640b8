"""Load an event folder: read event.yaml and the speech, validate, check citations.

All problems in a file are collected and reported together, each with its
file, line and field, before anything is rendered.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..config.confine import is_inside, outside_message
from ..config.project import EVENT_FILE, find_events  # noqa: F401  (re-exported)
from ..errors import ContentError, Problem
from ..pipeline.incremental import unseen_in_event
from .drafts import find_to_check
from .event_data import DATA_DIR, DataEntry, inline_data, merge_data, read_data_files
from .models import Cited, Event
from .speech import Speech, normalise_space, read_speech
from .yaml_source import FieldPath, LineMap, format_field, load_yaml


@dataclass(frozen=True)
class LoadedEvent:
    """An event folder after validation: what every later stage works from."""

    id: str
    folder: Path
    event: Event
    speech: Speech
    #: The event's own data (``data:`` in event.yaml and data/ files), by name.
    data: dict[str, DataEntry] = field(default_factory=dict)
    lines: LineMap = field(default_factory=LineMap)
    #: Values still marked TO CHECK (a draft from ``briefkit extract``): see drafts.py.
    to_check: tuple[Problem, ...] = ()

    @property
    def event_file(self) -> Path:
        return self.folder / EVENT_FILE

    @property
    def data_values(self) -> dict[str, Any]:
        """What templates see as ``data``."""
        return {name: entry.value for name, entry in self.data.items()}


@dataclass(frozen=True)
class EventData:
    """An event's own data, read even when the event file has errors, so that
    its documents' schemas can still be checked in the same run."""

    event_file: Path
    data: dict[str, DataEntry]
    lines: LineMap

    @property
    def data_values(self) -> dict[str, Any]:
        return {name: entry.value for name, entry in self.data.items()}


def event_id(folder: Path) -> str:
    return folder.resolve().name


def load_event(folder: Path, *, unsourced: Path | None = None) -> LoadedEvent:
    """Read and check one event folder, reporting every problem in it at once:
    fields, citations and data files together.

    ``unsourced`` is a data file allowed to lack its ``sources:`` entry (the
    timeline import is about to add it).
    """
    folder = Path(folder)
    path = folder / EVENT_FILE
    if not path.is_file():
        hint = "create it (briefkit init scaffolds one)" if folder.is_dir() else "check the path"
        raise ContentError(f"No {EVENT_FILE} in {folder}: {hint}.")
    data, lines = load_yaml(path)
    if not isinstance(data, dict):
        raise ContentError(
            "The event file must be a mapping of fields.",
            [Problem(path, 1, None, "start with 'event:', 'speech:', 'summary:' …")],
        )
    problems: list[Problem] = []
    event: Event | None = None
    try:
        event = Event.model_validate(data)
    except ValidationError as exc:
        problems += [_problem(path, lines, err, data) for err in exc.errors()]
    speech, speech_problems = _read_speech(folder, path, data, lines)
    problems += speech_problems
    if speech is not None:
        problems += check_raw_citations(data, speech, path, lines)
    files, file_problems = read_data_files(folder)
    problems += file_problems
    merged, clashes = merge_data(inline_data(path, data.get("data"), lines), files)
    problems += clashes
    problems += _check_source_files(folder, path, data, lines, merged, unsourced)
    if problems:
        error = ContentError(
            f"{len(problems)} problem(s) in the event; fix them and run 'briefkit validate' again.",
            sorted(problems, key=_order),
        )
        error.partial = EventData(path, _with_sources(folder, merged, data), lines)  # type: ignore[attr-defined]
        raise error
    assert event is not None and speech is not None
    return LoadedEvent(
        event_id(folder),
        folder,
        event,
        speech,
        _with_sources(folder, merged, data),
        lines,
        tuple(find_to_check(data, lines, path)),
    )


def _order(problem: Problem) -> tuple:
    return (str(problem.file or ""), problem.line or 0)


def speech_of(folder: Path) -> Speech:
    """The event's speech as the pack's annex numbers it, even while the rest of event.yaml has problems
    (``briefkit paragraphs`` helps write the very citations that are wrong)."""
    path = Path(folder) / EVENT_FILE
    if not path.is_file():
        raise ContentError(f"No {EVENT_FILE} in {folder}: check the path.")
    data, lines = load_yaml(path)
    speech, problems = _read_speech(Path(folder), path, data if isinstance(data, dict) else {}, lines)
    if speech is None:
        raise ContentError("The event's speech cannot be read.", problems)
    return speech


def _read_speech(folder: Path, path: Path, data: dict, lines: LineMap) -> tuple[Speech | None, list[Problem]]:
    info = data.get("speech")
    name = info.get("file", "speech.txt") if isinstance(info, dict) else "speech.txt"
    if not isinstance(name, str) or not name:
        return None, []  # the model reports it
    speech_path = folder / name
    line = lines.line_for(("speech", "file"))
    if not is_inside(speech_path, folder):
        return None, [
            Problem(
                path,
                line,
                "speech.file",
                f"'{name}' leaves the folder; the speech file must be inside the event folder.",
            )
        ]
    if unseen_in_event(speech_path, folder):
        return None, [
            Problem(
                path,
                line,
                "speech.file",
                f"'{name}' is hidden, a backup or inside templates/, where briefkit does not look for "
                "changes: an edit would not rebuild anything. Rename or move it (speech.txt).",
            )
        ]
    if not speech_path.is_file():
        return None, [
            Problem(
                path, line, "speech.file", f"{speech_path} does not exist; add the statement as plain text."
            )
        ]
    try:
        return read_speech(speech_path), []
    except ContentError as exc:
        return None, exc.problems or [Problem(speech_path, None, None, exc.message)]


def _source_ids(data: dict) -> dict[str, dict]:
    sources = data.get("sources")
    if not isinstance(sources, list):
        return {}
    return {s["id"]: s for s in sources if isinstance(s, dict) and isinstance(s.get("id"), str)}


def _check_source_files(
    folder: Path,
    path: Path,
    data: dict,
    lines: LineMap,
    merged: dict[str, DataEntry],
    unsourced: Path | None = None,
) -> list[Problem]:
    """A data file is a source like any other: a ``sources:`` entry must name it
    (``file: data/<name>``), and a ``file:`` must exist inside the event folder."""
    problems = []
    named: dict[str, str] = {}
    sources = data.get("sources")
    raw: list = sources if isinstance(sources, list) else []
    for i, source in enumerate(raw):
        if not isinstance(source, dict) or not isinstance(source.get("file"), str):
            continue
        file = source["file"]
        target = folder / file
        where = lines.line_for(("sources", i, "file"))
        refused = outside_message(target, folder)
        if refused or not target.is_file():
            problems.append(
                Problem(
                    path,
                    where,
                    format_field(("sources", i, "file")),
                    f"'{file}' is not a file inside the event folder; name it relative to "
                    f"{folder.name}/ (e.g. data/delegations.csv).",
                )
            )
            continue
        named[target.resolve().as_posix()] = str(source.get("id"))
    for entry in merged.values():
        if entry.prefix:  # event.yaml's own data: its facts cite like any other
            continue
        if unsourced is not None and entry.file.resolve() == Path(unsourced).resolve():
            continue
        if entry.file.resolve().as_posix() not in named:
            problems.append(
                Problem(
                    entry.file,
                    None,
                    None,
                    f"no entry of 'sources:' in {EVENT_FILE} names this file; add one "
                    f"with 'file: {DATA_DIR}/{entry.file.name}' saying where the data "
                    "comes from.",
                )
            )
    return problems


def _with_sources(folder: Path, merged: dict[str, DataEntry], data: dict) -> dict[str, DataEntry]:
    """Each data file with the id of the source naming it, for templates to print."""
    by_file = {
        (folder / s["file"]).resolve(): s["id"]
        for s in _source_ids(data).values()
        if isinstance(s.get("file"), str)
    }
    return {
        name: entry if entry.prefix else replace(entry, source=by_file.get(entry.file.resolve()))
        for name, entry in merged.items()
    }


def _problem(path: Path, lines: LineMap, err: Mapping[str, Any], data: dict) -> Problem:
    loc: FieldPath = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    if loc and isinstance(loc[-1], int) and not isinstance(_lookup(data, loc[:-1]), list):
        loc = loc[:-1]  # a single value the model wrapped in a list ("cite: 3")
    message = err["msg"]
    kind = err["type"]
    if kind == "extra_forbidden":
        parent = _lookup(data, loc[:-1])
        allowed = _allowed_keys(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        message = "unknown field"
        if close:
            message += f"; did you mean '{close[0]}'?"
        elif allowed:
            message += f"; expected one of: {', '.join(allowed)}"
        del parent
    elif kind == "missing":
        message = "required field is missing; add it"
        line = lines.line_for(loc[:-1])
        return Problem(path, line, format_field(loc), message)
    elif kind == "value_error":
        message = str(err.get("ctx", {}).get("error", message))
    elif loc and "cite" in loc and isinstance(err.get("input"), str) and _SEVERAL.match(err["input"]):
        numbers = [int(n) for n in re.findall(r"\d+", err["input"])]
        if (
            re.search(r"\d\s*[-–]\s*\d", err["input"])
            and len(numbers) == 2
            and numbers[0] < numbers[1] <= 9999
        ):
            numbers = list(range(numbers[0], numbers[1] + 1))[:50]
        message = f"'{err['input']}' is not a paragraph number; write several as a list: cite: {numbers}"
    elif "input" in err and err["input"] is None:
        message = f"{message}; nothing is written after the key (YAML reads that as null): give it a value"
    elif "input" in err and not isinstance(err["input"], (dict, list)):
        shown = repr(err["input"])
        message = f"{message} (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return Problem(path, lines.line_for(loc), format_field(loc), message)


#: Several paragraph numbers written as one text: "15-16", "15–17", "3, 5" or "3 and 5".
_SEVERAL = re.compile(r"^\s*\d+(?:\s*(?:[-–,]|and)\s*\d+)+\s*$")


def _lookup(data: Any, loc: FieldPath) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _allowed_keys(loc: FieldPath) -> list[str]:
    """The field names valid at a location, read from the model itself."""
    model: type[BaseModel] | None = Event
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        model = _model_of(field.annotation) if field else None
    return list(model.model_fields) if model else []


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found:
            return found
    return None


def walk_cited(value: Any, path: FieldPath = ()) -> Iterator[tuple[FieldPath, Cited]]:
    """Every object in the content that can carry a citation, with its field path."""
    if isinstance(value, Cited):
        yield path, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from walk_cited(getattr(value, name), path + (name,))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from walk_cited(item, path + (i,))


def check_citations(event: Event, speech: Speech, path: Path, lines: LineMap) -> Iterator[Problem]:
    """Citation problems of a validated event (see ``check_raw_citations``)."""
    yield from check_raw_citations(event.model_dump(), speech, path, lines)


def _cite_numbers(value: Any) -> list[int]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def _cited_mappings(value: Any, path: FieldPath = ()) -> Iterator[tuple[FieldPath, dict]]:
    """Every mapping that cites something (``cite``, ``evidence`` or ``source``), with its path."""
    if isinstance(value, dict):
        if any(value.get(k) is not None for k in ("cite", "evidence", "source")):
            yield path, value
        for key, sub in value.items():
            yield from _cited_mappings(sub, path + (key,))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from _cited_mappings(sub, path + (i,))


def check_raw_citations(data: dict, speech: Speech, path: Path, lines: LineMap) -> Iterator[Problem]:
    """Every citation in the event file, read from the parsed YAML itself.

    Working on the plain values rather than the validated model lets one run
    report citation problems together with field errors, and holds the
    free-form ``data:`` section to the same rules: a mapping there that says
    ``cite:`` or ``source:`` is checked like any fact.
    """
    source_ids = set(_source_ids(data))
    count = len(speech.paragraphs)
    for loc, item in _cited_mappings(data):
        cite = _cite_numbers(item.get("cite"))
        evidence = item.get("evidence") if isinstance(item.get("evidence"), str) else None
        source = item.get("source") if isinstance(item.get("source"), str) else None
        if evidence and item.get("cite") is None:  # a cite written wrong is its own field error
            yield Problem(
                path,
                lines.line_for(loc + ("evidence",)),
                format_field(loc + ("evidence",)),
                "evidence without 'cite:'; add the paragraph number(s) the words come from.",
            )
        for number in cite:
            if speech.paragraph(number) is None:
                yield Problem(
                    path,
                    lines.line_for(loc + ("cite",)),
                    format_field(loc + ("cite",)),
                    f"paragraph {number} does not exist; "
                    + (f"the speech has paragraphs 1–{count}." if count else "the speech has no paragraphs."),
                )
        if evidence and cite:
            wanted = normalise_space(evidence).casefold()
            texts = [normalise_space(p.plain_text()).casefold() for n in cite if (p := speech.paragraph(n))]
            if texts and not any(wanted in t for t in texts):
                cited = ", ".join(str(n) for n in cite)
                yield Problem(
                    path,
                    lines.line_for(loc + ("evidence",)),
                    format_field(loc + ("evidence",)),
                    f"the words are not in paragraph {cited}; copy them from the speech exactly "
                    "or cite the paragraph that has them.",
                )
        if source and source not in source_ids:
            yield Problem(
                path,
                lines.line_for(loc + ("source",)),
                format_field(loc + ("source",)),
                f"no source with id '{source}'; add it under 'sources:'.",
            )
