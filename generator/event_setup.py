"""Everything one event needs, read and validated before anything is rendered:
its content, theme tokens, document list, labels and template search path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .documents import DocumentSet, load_documents
from .errors import ConfigError
from .load import LoadedEvent, load_event
from .project import Project
from .render import TemplateSet
from .theme import Theme, load_theme, read_toml


@dataclass(frozen=True)
class EventSetup:
    """One event with everything read and validated: ready to render."""

    loaded: LoadedEvent
    theme: Theme
    documents: DocumentSet
    labels: dict[str, str]
    templates: TemplateSet
    #: Folders documents may embed files from.
    roots: tuple[Path, ...] = field(default_factory=tuple)


def setup_event(project: Project, folder: Path, overrides: dict | None = None) -> EventSetup:
    """Read and check one event; ``overrides`` are theme tokens from the command line."""
    loaded = load_event(folder)
    layers = project.layers(folder)
    theme = load_theme([p / "theme.toml" for p in layers if (p / "theme.toml").is_file()], overrides)
    documents = load_documents(
        [p / "documents.toml" for p in layers if (p / "documents.toml").is_file()]
    )
    labels = load_labels(layers, theme.locale.language)
    templates = TemplateSet(project.template_dirs(folder)[:-1], project.builtin)
    roots = tuple(p.resolve() for p in layers)
    return EventSetup(loaded, theme, documents, labels, templates, roots)


def load_labels(layers: list[Path], language: str) -> dict[str, str]:
    """Message catalogue for a language: English first, then the language, layer by layer."""
    labels: dict[str, str] = {}
    found = False
    for lang in dict.fromkeys(["en", language]):
        for layer in layers:
            path = layer / "messages" / f"{lang}.toml"
            if path.is_file():
                labels.update({k: str(v) for k, v in read_toml(path).items()})
                found = found or lang == language
    if not found:
        raise ConfigError(
            f"No message catalogue for language '{language}': add messages/{language}.toml "
            "to the theme or the event folder."
        )
    return labels
