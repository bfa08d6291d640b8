"""The document types and the pack order, read from configuration.

Adding a document type is a template and an entry in ``documents.toml``; no
code here knows what a briefing note is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError, Problem
from .theme import merge_tokens, read_toml

DocId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]


class DocumentSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: DocId
    title: str = Field(min_length=1)
    template: str = Field(min_length=1)
    description: str = ""
    #: [min, max] printed pages the document is designed for.
    pages: tuple[int, int] = (1, 99)


class PackSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: DocId = "briefing-pack"
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

    @model_validator(mode="after")
    def _pack_names_known(self):
        unknown = [d for d in self.pack.documents if d not in self.documents]
        if unknown:
            raise ValueError(
                f"pack.documents names {', '.join(unknown)}, which is not a document; "
                f"known documents: {', '.join(self.documents)}"
            )
        if self.pack.id in self.documents:
            raise ValueError(f"pack.id '{self.pack.id}' is also the id of a document")
        return self

    @property
    def all_ids(self) -> list[str]:
        return [*self.documents, self.pack.id]


def load_documents(files: list[Path]) -> DocumentSet:
    """Read document configuration files; later files add to or override earlier ones."""
    data: dict = {}
    for path in files:
        data = merge_tokens(data, read_toml(path))
    try:
        return DocumentSet.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(files[-1], None, ".".join(str(p) for p in err["loc"]) or None, err["msg"])
            for err in exc.errors()
        ]
        raise ConfigError("The document configuration is invalid.", problems) from None
