"""A project folder (content/, templates/, build/) and the settings read from it.

Everything an event needs — its content, theme tokens, document list, labels
and template search path — is gathered here before anything is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .documents import DocumentSet, load_documents
from .errors import ConfigError, ContentError
from .load import LoadedEvent, find_events, load_event
from .paths import builtin_templates
from .render import TemplateSet
from .theme import Theme, load_theme, read_toml


@dataclass(frozen=True)
class Project:
    root: Path
    #: A theme name (a folder under templates/themes/) or a path to a theme folder.
    theme: str | None = None

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def builtin(self) -> Path:
        return builtin_templates()

    def theme_dir(self) -> Path | None:
        if not self.theme:
            return None
        as_path = Path(self.theme)
        if as_path.is_dir():
            return as_path
        for base in (self.root / "templates" / "themes", self.builtin / "themes"):
            if (base / self.theme).is_dir():
                return base / self.theme
        known = sorted(
            {p.name for base in (self.root / "templates" / "themes", self.builtin / "themes")
             if base.is_dir() for p in base.iterdir() if p.is_dir()}
        )
        raise ConfigError(
            f"Unknown theme '{self.theme}'. Known themes: {', '.join(known) or 'none'}; "
            "or give the path of a theme folder."
        )

    def event_folders(self, selected: list[Path] | None = None) -> list[Path]:
        if selected:
            return [Path(p) for p in selected]
        found = find_events(self.content_dir)
        if not found:
            raise ContentError(
                f"No events found: {self.content_dir} has no folder with an event.yaml. "
                "Create one with 'briefkit init content/<event> --speech <file>'."
            )
        return found


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


def _layers(project: Project, folder: Path) -> list[Path]:
    """Theme folders from the least to the most specific."""
    layers = [project.builtin]
    theme = project.theme_dir()
    if theme:
        layers.append(theme)
    layers.append(folder)
    return layers


def setup_event(project: Project, folder: Path) -> EventSetup:
    loaded = load_event(folder)
    layers = _layers(project, folder)
    theme = load_theme([p / "theme.toml" for p in layers if (p / "theme.toml").is_file()])
    documents = load_documents(
        [p / "documents.toml" for p in layers if (p / "documents.toml").is_file()]
    )
    labels = load_labels(layers, theme.locale.language)
    template_dirs = [folder / "templates"] + [p for p in reversed(layers[1:-1])]
    templates = TemplateSet(template_dirs, project.builtin)
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
