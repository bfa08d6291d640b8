"""Check an event's data against the JSON Schemas its document types declare.

A programme template that loops over ``data.programme`` needs rows with a
time and a title; saying so in a schema (``schema = "..."`` in
documents.toml) turns a template error at render time, far from the cause,
into a list of located problems in the data file itself.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

from ..clean_text import shown
from ..content.load import LoadedEvent
from ..content.yaml_source import format_field
from ..errors import BuildError, Problem
from ..pipeline.limits import run_within
from .confine import read_limited
from .documents import DocumentSet
from .theme import nesting_depth

#: Schemas are small; a bigger file is not one.
MAX_SCHEMA_BYTES = 256 * 1024
#: Nor is a schema nested deeper than this (jsonschema checks it recursively).
MAX_SCHEMA_DEPTH = 64
#: Checking data against a schema takes milliseconds; a regular expression that
#: backtracks (a "pattern" such as "(a+)+$") could take for ever.
SCHEMA_SECONDS = 10


def read_schema(path: Path) -> tuple[dict | None, list[Problem]]:
    """The schema in a file, checked to be a valid JSON Schema itself."""
    from jsonschema import SchemaError
    from jsonschema.validators import validator_for

    if path.stat().st_size > MAX_SCHEMA_BYTES:
        return None, [
            Problem(
                path,
                None,
                None,
                f"a schema of more than {MAX_SCHEMA_BYTES // 1024} KiB; is this the right file?",
            )
        ]
    try:
        schema = json.loads(read_limited(path, MAX_SCHEMA_BYTES, OSError).decode("utf-8-sig"))
    except OSError as exc:
        return None, [Problem(path, None, None, f"{exc}")]
    except UnicodeDecodeError:
        return None, [Problem(path, None, None, "the schema is not UTF-8 text.")]
    except json.JSONDecodeError as exc:
        return None, [Problem(path, exc.lineno, None, f"not valid JSON: {exc.msg}.")]
    except RecursionError:
        return None, [Problem(path, None, None, "the schema is nested thousands of levels deep.")]
    # Depth first: Python 3.13's parser reads thousands of levels that 3.12's refused.
    if nesting_depth(schema) > MAX_SCHEMA_DEPTH:
        return None, [
            Problem(path, None, None, f"the schema is nested more than {MAX_SCHEMA_DEPTH} levels deep.")
        ]
    if not isinstance(schema, dict):
        return None, [Problem(path, 1, None, "a JSON Schema is an object ({ … }).")]
    outside = _references_out(schema)
    if outside:
        return None, [
            Problem(
                path,
                None,
                None,
                (
                    f"the schema refers to {shown(outside)!r}; briefkit resolves only references inside the "
                    "schema itself ('#/$defs/…'), and never fetches one."
                ),
            )
        ]
    try:
        validator_for(schema).check_schema(schema)
    except SchemaError as exc:
        where = format_field(tuple(exc.absolute_path)) or None
        return None, [Problem(path, None, where, f"not a valid JSON Schema: {exc.message}.")]
    return schema, []


def _references_out(schema: Any) -> str | None:
    """The first $ref (or $dynamicRef, $schema aside) that leaves the schema, if any."""
    todo = [schema]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if (
                    key in ("$ref", "$dynamicRef", "$recursiveRef")
                    and isinstance(value, str)
                    and not value.startswith("#")
                ):
                    return value
                todo.append(value)
        elif isinstance(node, list):
            todo.extend(node)
    return None


def check_data(documents: DocumentSet, loaded: LoadedEvent) -> list[Problem]:
    """Every place the event's data does not match a schema of a document it gets."""
    problems: list[Problem] = []
    seen: set[tuple] = set()
    instance: dict[str, Any] = loaded.data_values
    for spec in documents.documents.values():
        if not spec.data_schema:
            continue
        # Imported only for an event that gets a document with a schema (about 0.08 s otherwise
        # spent by every build before its first event is templated).
        from jsonschema.validators import validator_for
        from referencing.exceptions import Unresolvable

        path = Path(spec.data_schema)
        schema, bad = read_schema(path)
        problems += bad
        if schema is None:
            continue
        validator = validator_for(schema)(schema)
        try:
            errors = run_within(
                SCHEMA_SECONDS, "Checking the event's data", partial(_sorted_errors, validator, instance)
            )
        except BuildError:
            problems.append(
                Problem(
                    path,
                    None,
                    None,
                    (
                        f"checking the data against this schema took more than {SCHEMA_SECONDS} s and was stopped; "
                        "look for a 'pattern' that backtracks, such as (a+)+."
                    ),
                )
            )
            continue
        except RecursionError:
            problems.append(Problem(path, None, None, "the schema refers to itself without end ($ref)."))
            continue
        except Unresolvable as exc:
            problems.append(Problem(path, None, None, f"the schema cannot be resolved: {shown(exc)}."))
            continue
        for error in errors:
            where = tuple(error.absolute_path)
            problem = _located(loaded, where, error.message, spec.id)
            key = (problem.file, problem.line, problem.field, error.message)
            if key not in seen:
                seen.add(key)
                problems.append(problem)
    return problems


def _located(loaded: LoadedEvent, where: tuple, message: str, doc_id: str) -> Problem:
    why = f"{message} (the {doc_id} document needs this; see its schema)"
    if where and str(where[0]) in loaded.data:
        entry = loaded.data[str(where[0])]
        field = "data." + format_field(where) if entry.prefix else format_field(where[1:]) or None
        return Problem(entry.file, entry.line_for(where[1:]), field, why)
    return Problem(
        loaded.event_file, loaded.lines.line_for(("data",)) if "data" in loaded.lines else None, "data", why
    )


def _sorted_errors(validator: Any, instance: Any) -> list[Any]:
    return sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
