"""The document types and the pack order, read from configuration.

Adding a document type is a template and an entry in ``documents.toml``; no
code here knows what a briefing note is.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, WrapValidator, model_validator

from ..errors import ConfigError, Problem
from ..pipeline.incremental import unseen_in_layer
from .confine import outside_message
from .project import DEFAULT_PACK_ID, SLUG_PATTERN
from .theme import file_defining, merge_tokens, read_toml, toml_line

DocId = Annotated[str, Field(pattern=SLUG_PATTERN)]


def _page_budget(value, handler) -> tuple[int, int]:
    """[min, max] pages; a budget starting above its end or below one page holds no document's length,
    and every build would warn about it (or, with ``--strict``, stop)."""
    try:
        least, most = handler(value)
    except ValidationError:
        raise ValueError("expected [min, max] pages, such as [1, 2]") from None
    if min(least, most) < 1:
        why = "a document has at least 1 page"
    elif least > most:
        why = "the minimum is above the maximum"
    else:
        return least, most
    low, high = sorted((max(least, 1), max(most, 1)))
    raise ValueError(f"[{least}, {most}]: {why}; write [min, max] pages, such as [{low}, {high}]")


#: [min, max] printed pages: the length a document is designed for.
PageBudget = Annotated[tuple[int, int], WrapValidator(_page_budget)]


class DocumentSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: DocId
    title: str = Field(min_length=1)
    template: str = Field(min_length=1)
    description: str = ""
    #: [min, max] printed pages the document is designed for.
    pages: PageBudget = (1, 99)
    #: Names of the event data the document is made from (``data.<name>``):
    #: an event without them does not get this document (nor its pack part).
    data: list[str] = Field(default_factory=list)
    #: Fields of event.yaml the document is made from ("timeline"): an event where
    #: they are empty does not get this document (nor its pack part), and is told so.
    needs: list[Literal["timeline", "glossary", "talking_points", "key_messages", "sources"]] = Field(
        default_factory=list
    )
    #: A JSON Schema file for that data, relative to the documents.toml
    #: declaring it; ``validate`` and ``build`` check the event's data against it.
    data_schema: str = Field("", alias="schema")


class PackSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: DocId = DEFAULT_PACK_ID
    title: str = "Briefing Pack"
    template: str = "pack.html.j2"
    documents: list[DocId] = Field(default_factory=list)
    annex: bool = True


class DocumentSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    documents: dict[str, DocumentSpec]
    pack: PackSpec

    @model_validator(mode="before")
    @classmethod
    def _ids_from_keys(cls, data):
        if isinstance(data, dict) and isinstance(data.get("documents"), dict):
            docs = {}
            for key, value in data["documents"].items():
                docs[key] = {"id": key, **value} if isinstance(value, dict) else value
            data = {**data, "documents": docs}
        return data

    @property
    def all_ids(self) -> list[str]:
        return [*self.documents, self.pack.id]

    def for_data(self, names: set[str]) -> tuple[DocumentSet, dict[str, list[str]]]:
        """The documents an event with these data names gets, and those it does
        not (with the data each one lacks): a programme needs a programme."""
        missing = {d.id: [n for n in d.data if n not in names] for d in self.documents.values()}
        missing = {k: v for k, v in missing.items() if v}
        if not missing:
            return self, {}
        kept = {k: v for k, v in self.documents.items() if k not in missing}
        pack = self.pack.model_copy(update={"documents": [d for d in self.pack.documents if d in kept]})
        return self.model_copy(update={"documents": kept, "pack": pack}), missing


def without_content(docs: DocumentSet, event) -> tuple[DocumentSet, dict[str, list[str]]]:
    """The documents of an event some of whose fields are empty, and those it lacks content for: an
    empty timeline makes no timeline document (an empty table and a bare axis say nothing).

    Such a document leaves the pack and the default build; asked for by name (``-d``), it is
    still built, with a note saying what it lacks (not a warning: it was asked for, and --strict
    builds it too)."""
    missing: dict[str, list[str]] = {
        d.id: [n for n in d.needs if not getattr(event, n, None)] for d in docs.documents.values()
    }
    missing = {k: v for k, v in missing.items() if v}
    if not missing:
        return docs, {}
    pack = docs.pack.model_copy(update={"documents": [d for d in docs.pack.documents if d not in missing]})
    return docs.model_copy(update={"pack": pack}), missing


def load_documents(files: list[Path]) -> DocumentSet:
    """Read document configuration files; later files add to or override earlier ones.

    Every problem is reported at once, each with the file and line that
    set the value.
    """
    docs, problems = read_documents(files)
    if problems or docs is None:
        raise ConfigError("The document configuration is invalid.", problems)
    return docs


def read_documents(files: list[Path]) -> tuple[DocumentSet | None, list[Problem]]:
    """The document configuration, and its problems: the set is returned when it
    could be read at all, so that its templates can still be checked."""
    data: dict = {}
    problems: list[Problem] = []
    for path in files:
        layer = read_toml(path)
        problems += _resolve_schemas(path, layer)
        data = merge_tokens(data, layer)
    try:
        docs = DocumentSet.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            if loc[:1] == ("documents",) and len(loc) > 2 and loc[2] == "schema":
                loc = loc[:2] + ("schema",)
            source = file_defining(files, loc) or files[-1]
            message = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                message = "unknown key; a document has title, template, description, pages, data and schema"
            field = ".".join(str(p) for p in loc) or None
            problems.append(Problem(source, toml_line(source, loc), field, message))
        return None, problems
    problems += _pack_problems(docs, files)
    return docs, problems


def _resolve_schemas(path: Path, layer: dict) -> list[Problem]:
    """Make each ``schema`` path absolute, against the file that names it and inside its folder."""
    problems: list[Problem] = []
    docs = layer.get("documents")
    if not isinstance(docs, dict):
        return problems
    for doc_id, spec in docs.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("schema"), str) or not spec["schema"]:
            continue
        target = path.parent / spec["schema"]
        refused = outside_message(target, path.parent)
        if not refused and unseen_in_layer(target, path.parent):
            refused = (
                f"'{spec['schema']}' is hidden, a backup or inside a folder where briefkit does not look for "
                "changes (templates/, themes/): an edit would not rebuild anything. Move it (schemas/)."
            )
        if refused or not target.is_file():
            problems.append(
                Problem(
                    path,
                    toml_line(path, ("documents", doc_id, "schema")),
                    f"documents.{doc_id}.schema",
                    refused
                    or f"'{spec['schema']}' is not a file next to {path.name}; "
                    "give the JSON Schema's path relative to it.",
                )
            )
            spec["schema"] = ""
        else:
            spec["schema"] = str(target.resolve())
    return problems


def _pack_problems(docs: DocumentSet, files: list[Path]) -> list[Problem]:
    problems = []
    source = file_defining(files, ("pack", "documents")) or files[-1]
    for name in docs.pack.documents:
        if name not in docs.documents:
            close = difflib.get_close_matches(name, list(docs.documents), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known documents: {', '.join(docs.documents)}"
            problems.append(
                Problem(
                    source,
                    toml_line(source, ("pack", "documents")),
                    None,
                    f"pack.documents names {name}, which is not a document; {hint}",
                )
            )
    if docs.pack.id in docs.documents:
        source = file_defining(files, ("pack", "id")) or files[-1]
        problems.append(
            Problem(
                source,
                toml_line(source, ("pack", "id")),
                "pack.id",
                f"'{docs.pack.id}' is also the id of a document; give the pack another id.",
            )
        )
    return problems
