"""Everything one event needs, read and validated before anything is rendered:
its content, theme tokens, document list, labels and template search path.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ..content.load import LoadedEvent, load_event
from ..errors import BriefkitError, ConfigError, ContentError, Problem, TemplateError
from ..render.templates import STYLESHEET, TemplateSet
from .data_schema import check_data
from .documents import DocumentSet, read_documents, without_content
from .project import Project
from .setup_check import missing_templates, undefined_labels
from .theme import Theme, file_defining, load_theme, read_toml

T = TypeVar("T")


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
    #: Configured documents this event does not get, with the data each lacks.
    without_data: dict[str, list[str]] = field(default_factory=dict)
    #: Configured documents this event does not get, with its empty fields each needs.
    without_content: dict[str, list[str]] = field(default_factory=dict)


class _Problems:
    """Collects what is wrong across content and configuration, to report it in one run."""

    def __init__(self) -> None:
        self.errors: list[BriefkitError] = []

    def attempt(self, step: Callable[[], T]) -> T | None:
        try:
            return step()
        except (ContentError, ConfigError, TemplateError) as exc:
            self.errors.append(exc)
            return None

    def raise_all(self) -> None:
        if not self.errors:
            return
        if len(self.errors) == 1:
            raise self.errors[0]
        problems: list[Problem] = []
        for exc in self.errors:
            # An error listing problems is its headline and the problems; one
            # without keeps its further lines (the folders a search went through).
            text = exc.message.splitlines()[0] if exc.problems else exc.message
            problems += exc.problems or [Problem(None, None, None, text)]
        kinds = [type(e) for e in self.errors]
        kind: type[BriefkitError] = TemplateError
        if ContentError in kinds or ConfigError in kinds:
            kind = ContentError if ContentError in kinds else ConfigError
        raise kind(
            f"{len(problems)} problem(s) in the event and its setup; fix them and run "
            "'briefkit validate' again.",
            problems,
        )


def setup_event(
    project: Project, folder: Path, overrides: dict | None = None, *, check_templates: bool = False
) -> EventSetup:
    """Read and check one event; ``overrides`` are theme tokens from the command line.

    Content, theme, documents, templates and labels are all read even when
    one of them fails, so one run reports every problem. ``check_templates``
    (validate) also compiles every template the event's documents and its
    stylesheet load, and reads them for labels no catalogue defines.
    """
    found = _Problems()
    loaded = found.attempt(lambda: load_event(folder))
    # With errors in event.yaml, its data is still checked against the documents' schemas.
    data_view = loaded
    if loaded is None and found.errors:
        data_view = getattr(found.errors[-1], "partial", None)
    layers = found.attempt(lambda: project.layers(folder))
    if layers is None:
        found.raise_all()
    assert layers is not None
    theme_files = project.layer_files(folder, "theme.toml")
    theme = found.attempt(lambda: load_theme(theme_files, overrides))
    document_files = project.layer_files(folder, "documents.toml")
    documents, problems = found.attempt(lambda: read_documents(document_files)) or (None, [])
    if problems:
        found.errors.append(ConfigError("The document configuration is invalid.", problems))
    templates = found.attempt(lambda: TemplateSet(project.template_dirs(folder)[:-1], project.builtin))
    if documents is not None and templates is not None:
        missing = missing_templates(documents, document_files, templates)
        if missing:
            found.errors.append(ConfigError("A document names a template that does not exist.", missing))
    labels = None
    if theme is not None:
        # Fonts first: a missing font is the real problem for, say, Japanese,
        # even when its message catalogue is missing too.
        language = theme.locale.language
        where = file_defining(theme_files, ("locale", "language"))

        def fonts_ok() -> bool:
            check_fonts_for(language, where)
            return True

        if found.attempt(fonts_ok):
            labels = found.attempt(lambda: load_labels(layers, language))
    without: dict[str, list[str]] = {}
    empty: dict[str, list[str]] = {}
    if documents is not None and data_view is not None:
        documents, without = documents.for_data(set(data_view.data))
        if loaded is not None:
            documents, empty = without_content(documents, loaded.event)
        problems = check_data(documents, data_view)
        if problems:
            found.errors.append(
                ContentError("The event's data does not match the schemas its documents declare.", problems)
            )
    if check_templates and templates is not None and documents is not None:
        names = [d.template for d in documents.documents.values()] + [documents.pack.template]
        # A document's template that is not there at all is reported above, at its documents.toml line.
        found.errors += templates.check([n for n in [STYLESHEET, *names] if templates.resolve(n)])
    if check_templates and templates is not None and documents is not None and labels is not None:
        undefined = undefined_labels(templates, names, labels, theme.locale.language if theme else "en")
        if undefined:
            found.errors.append(
                ConfigError("A template prints a label no message catalogue defines.", undefined)
            )
    found.raise_all()
    assert loaded and theme and documents is not None and labels is not None and templates is not None
    roots = tuple(p.resolve() for p in layers)
    return EventSetup(loaded, theme, documents, labels, templates, roots, without, empty)


#: Languages whose script the default fonts do not cover, and a package that does.
SCRIPT_FONTS = {
    "ja": ("Japanese", "fonts-noto-cjk (Debian/Ubuntu) or brew install --cask font-noto-sans-cjk-jp"),
    "zh": ("Chinese", "fonts-noto-cjk (Debian/Ubuntu) or brew install --cask font-noto-sans-cjk-sc"),
    "ko": ("Korean", "fonts-noto-cjk (Debian/Ubuntu) or brew install --cask font-noto-sans-cjk-kr"),
}


def check_fonts_for(language: str, source: Path | None = None) -> None:
    """Fail early, with the package to install, when no font can show the language."""
    base = language.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0].lower()
    if base not in SCRIPT_FONTS:
        return
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return  # no fontconfig tools to ask; WeasyPrint will fall back as it can
    found = subprocess.run([fc_list, f":lang={base}", "family"], capture_output=True, text=True, timeout=20)
    if not found.stdout.strip():
        name, package = SCRIPT_FONTS[base]
        where = f"{source}: locale.language" if source else "The theme's language"
        raise ConfigError(
            f"{where} is '{language}' but no {name} font is installed, so the "
            f"text would print as empty boxes. Install one: {package}."
        )


def load_labels(layers: list[Path], language: str) -> dict[str, str]:
    """Message catalogue for a language: English first, then the language, layer by layer."""
    labels: dict[str, str] = {}
    found = False
    for lang in dict.fromkeys(["en", language]):
        for layer in layers:
            path = layer / "messages" / f"{lang}.toml"
            if path.is_file():
                labels.update({k: str(v) for k, v in read_toml(path, layer).items()})
                found = found or lang == language
    if not found:
        raise ConfigError(
            f"No message catalogue for language '{language}': add messages/{language}.toml "
            "to the theme or the event folder."
        )
    return labels
