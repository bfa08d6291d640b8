"""Load an event folder: read event.yaml and the speech, validate, check citations.

All problems in a file are collected and reported together, each with its
file, line and field, before anything is rendered.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, ValidationError

from ..errors import ContentError, Problem
from .models import Cited, Event
from .speech import Speech, normalise_space, read_speech
from .yaml_source import FieldPath, LineMap, format_field, load_yaml

from ..config.project import EVENT_FILE, find_events  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class LoadedEvent:
    """An event folder after validation: what every later stage works from."""

    id: str
    folder: Path
    event: Event
    speech: Speech

    @property
    def event_file(self) -> Path:
        return self.folder / EVENT_FILE


def event_id(folder: Path) -> str:
    return folder.resolve().name


def load_event(folder: Path) -> LoadedEvent:
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
    try:
        event = Event.model_validate(data)
    except ValidationError as exc:
        raise ContentError(
            f"{len(exc.errors())} problem(s) in the event file; fix them and run "
            "'briefkit validate' again.",
            [_problem(path, lines, err, data) for err in exc.errors()],
        ) from None
    speech_path = folder / event.speech.file
    if not speech_path.resolve().is_relative_to(folder.resolve()):
        raise ContentError(
            "The speech file must be inside the event folder.",
            [Problem(path, lines.line_for(("speech", "file")), "speech.file", f"'{event.speech.file}' leaves the folder.")],
        )
    if not speech_path.is_file():
        raise ContentError(
            "The speech file is missing.",
            [Problem(path, lines.line_for(("speech", "file")), "speech.file",
                     f"{speech_path} does not exist; add the statement as plain text.")],
        )
    speech = read_speech(speech_path)
    problems = list(check_citations(event, speech, path, lines))
    if problems:
        raise ContentError(
            f"{len(problems)} citation problem(s); each fact must cite paragraphs "
            "that exist and contain its evidence.",
            problems,
        )
    return LoadedEvent(event_id(folder), folder, event, speech)


def _problem(path: Path, lines: LineMap, err: dict, data: dict) -> Problem:
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
    elif "input" in err and not isinstance(err["input"], (dict, list)):
        shown = repr(err["input"])
        message = f"{message} (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return Problem(path, lines.line_for(loc), format_field(loc), message)


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
    source_ids = {s.id for s in event.sources}
    count = len(speech.paragraphs)
    for loc, item in walk_cited(event):
        if item.evidence and not item.cite:
            yield Problem(
                path, lines.line_for(loc + ("evidence",)), format_field(loc + ("evidence",)),
                "evidence without 'cite:'; add the paragraph number(s) the words come from.",
            )
        for number in item.cite:
            if speech.paragraph(number) is None:
                yield Problem(
                    path, lines.line_for(loc + ("cite",)), format_field(loc + ("cite",)),
                    f"paragraph {number} does not exist; "
                    + (f"the speech has paragraphs 1–{count}." if count else "the speech has no paragraphs."),
                )
        if item.evidence and item.cite:
            wanted = normalise_space(item.evidence).casefold()
            texts = [normalise_space(p.plain_text()).casefold() for n in item.cite if (p := speech.paragraph(n))]
            if texts and not any(wanted in t for t in texts):
                cited = ", ".join(str(n) for n in item.cite)
                yield Problem(
                    path, lines.line_for(loc + ("evidence",)), format_field(loc + ("evidence",)),
                    f"the words are not in paragraph {cited}; copy them from the speech exactly "
                    "or cite the paragraph that has them.",
                )
        if item.source and item.source not in source_ids:
            yield Problem(
                path, lines.line_for(loc + ("source",)), format_field(loc + ("source",)),
                f"no source with id '{item.source}'; add it under 'sources:'.",
            )
    if event.speech.source and event.speech.source not in source_ids:
        yield Problem(path, lines.line_for(("speech", "source")), "speech.source",
                      f"no source with id '{event.speech.source}'; add it under 'sources:'.")
