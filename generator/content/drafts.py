"""Drafts: values a person must still give, marked "TO CHECK", and how a build treats them.

``briefkit extract`` writes "TO CHECK: …" wherever the statement does not
give a value (the meeting's name, the statement's date, a key message when
the statement proposes nothing). Such an event still validates and builds,
so a person can see the pack while finishing it, but:

* ``briefkit validate`` lists every such value with its file and line;
* every page of every format is marked DRAFT while any remain, and the words
  "TO CHECK" are never printed: a placeholder in a list is left out, an
  optional field is left empty, and a required one prints as a dash;
* ``briefkit build --strict`` refuses to build until none remain.

This module is the one home of that policy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from ..errors import Problem
from .partial_date import TO_CHECK_WORDS, PartialDate
from .yaml_source import FieldPath, LineMap, format_field

#: What prints in place of a required value still to check: the page is marked DRAFT besides.
PLACEHOLDER = "—"
#: The word printed on every page of a draft.
DRAFT_MARKING = "DRAFT"


def is_given(value: Any) -> bool:
    """The templates' ``given`` test: a value to print in a line of several (not empty, not a placeholder)."""
    return bool(value) and not (isinstance(value, str) and value.strip() == PLACEHOLDER)


def is_marked(value: Any) -> bool:
    return isinstance(value, str) and TO_CHECK_WORDS in value.upper()


def find_to_check(data: Any, lines: LineMap, path: Path) -> list[Problem]:
    """Every value of the event file that still says TO CHECK, with its line."""
    found: list[Problem] = []

    def walk(value: Any, where: FieldPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*where, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*where, i))
        elif is_marked(value):
            text = " ".join(str(value).split())
            shown = text if len(text) <= 90 else text[:88] + " …"
            found.append(
                Problem(path, lines.line_for(where), format_field(where), f"still to check: {shown}")
            )

    walk(data, ())
    return found


M = TypeVar("M", bound=BaseModel)


def for_print(model: M) -> M:
    """A copy of ``model`` in which no value says TO CHECK: what the templates are given for a draft."""
    update: dict[str, Any] = {}
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        new = _printable(value, required=info.is_required())
        if new is not value:
            update[name] = new
    return model.model_copy(update=update) if update else model


_DROP = object()


def _printable(value: Any, *, required: bool, in_list: bool = False) -> Any:
    if isinstance(value, str):
        if not is_marked(value):
            return value
        return _DROP if in_list else PLACEHOLDER if required else None
    if isinstance(value, PartialDate):
        return value  # a date still to check formats as nothing (PartialDate.format)
    if isinstance(value, BaseModel):
        if in_list and _marked_main_text(value):
            return _DROP
        return for_print(value)
    if isinstance(value, list):
        items = [_printable(v, required=True, in_list=True) for v in value]
        kept = [v for v in items if v is not _DROP]
        if len(kept) == len(value) and all(a is b for a, b in zip(kept, value, strict=True)):
            return value
        return kept
    return value


def _marked_main_text(model: BaseModel) -> bool:
    """An item (a key message, a timeline item …) whose own text or title is a placeholder: left out."""
    for name in ("text", "title", "term", "name"):
        if name in type(model).model_fields and is_marked(getattr(model, name, None)):
            return name != "name" or "id" not in type(model).model_fields
    return False


def marking(classification: str) -> str:
    """The page marking of a draft: DRAFT, before the theme's classification if it has one."""
    return f"{DRAFT_MARKING} · {classification}" if classification else DRAFT_MARKING
