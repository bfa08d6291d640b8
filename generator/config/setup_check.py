"""Checks of the setup a build uses that only the templates can answer:
does each document's template exist, and is every label they print defined?

Kept apart from reading the setup (event_setup.py) so that ``validate`` can
report these with everything else in one run, each with its file and line.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..errors import Problem, display_path
from ..render.templates import MAX_TEMPLATE_BYTES, TemplateSet, label_hint
from .confine import read_limited
from .documents import DocumentSet
from .theme import file_defining, toml_line

#: Methods of the labels mapping a template may call; not label names.
_MAPPING_METHODS = {"get", "items", "keys", "values"}


def missing_templates(documents: DocumentSet, files: list[Path], templates: TemplateSet) -> list[Problem]:
    """A document whose template does not exist, located at the documents.toml line naming it."""
    known = templates.names()
    problems = []
    entries: list[tuple[tuple[str, ...], str]] = [
        (("documents", spec.id, "template"), spec.template) for spec in documents.documents.values()
    ]
    entries.append((("pack", "template"), documents.pack.template))
    for loc, name in entries:
        if templates.resolve(name) is not None:
            continue
        source = file_defining(files, loc) or (files[-1] if files else None)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
        hint = f"did you mean '{close[0]}'?" if close else "add the template or correct the name"
        folders = ", ".join(display_path(f) for f in templates.folders)
        problems.append(
            Problem(
                source,
                toml_line(source, loc),
                ".".join(loc),
                f"'{name}' is not a template in {folders}; {hint}",
            )
        )
    return problems


def labels_used(source: str, env: jinja2.Environment) -> list[tuple[str, int]]:
    """(label, line) for each ``labels.name`` or ``labels["name"]`` in a template."""
    found = []
    for node in env.parse(source).find_all((nodes.Getattr, nodes.Getitem)):
        target = getattr(node, "node", None)
        if not (isinstance(target, nodes.Name) and target.name == "labels"):
            continue
        if isinstance(node, nodes.Getattr):
            name = node.attr
        elif (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and isinstance(node.arg.value, str)
        ):
            name = node.arg.value
        else:
            continue
        if name not in _MAPPING_METHODS:
            found.append((name, node.lineno))
    return found


def undefined_labels(
    templates: TemplateSet, names: list[str], labels: dict[str, str], language: str
) -> list[Problem]:
    """Labels the templates print that no message catalogue defines."""
    problems = []
    for path in templates.dependencies(names):
        try:
            source = read_limited(path, MAX_TEMPLATE_BYTES, OSError).decode("utf-8")
            used = labels_used(source, templates.env)
        except (OSError, UnicodeDecodeError, jinja2.TemplateSyntaxError, RecursionError):
            continue  # compiling reports these with their own message
        for name, line in used:
            if name not in labels:
                problems.append(Problem(path, line, f"labels.{name}", label_hint(name, labels, language)))
    return problems
