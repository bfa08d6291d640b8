"""A project folder: where content, themes and outputs are.

Kept free of heavy imports: the no-op rebuild check uses it before deciding
whether anything needs to be loaded at all.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, ContentError
from .paths import builtin_templates


@dataclass(frozen=True)
class Project:
    root: Path
    #: A theme name (a folder under templates/themes/) or a path to a theme folder.
    theme: str | None = None

    def __post_init__(self) -> None:
        # Absolute, so that every path derived from it, and the rebuild keys
        # that contain them, are the same whatever folder briefkit runs from.
        object.__setattr__(self, "root", Path(self.root).absolute())

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
        # A bare name is a named theme first, so a folder that happens to be
        # called "conference" in the current directory does not shadow it.
        is_name = len(as_path.parts) == 1 and not self.theme.startswith(".")
        if is_name:
            for base in (self.root / "templates" / "themes", self.builtin / "themes"):
                if (base / self.theme).is_dir():
                    return base / self.theme
        if as_path.is_dir():
            return as_path
        if not is_name:
            what = "is a file, not a folder" if as_path.exists() else "does not exist"
            raise ConfigError(
                f"The theme folder '{self.theme}' {what}"
                + ("" if as_path.is_absolute() else f" (from {Path.cwd()})")
                + "; give the path of a folder "
                "holding theme.toml, or a theme's name."
            )
        known = sorted(
            {
                p.name
                for base in (self.root / "templates" / "themes", self.builtin / "themes")
                if base.is_dir()
                for p in base.iterdir()
                if p.is_dir()
            }
        )
        close = difflib.get_close_matches(self.theme, known, n=1)
        raise ConfigError(
            f"Unknown theme '{self.theme}'"
            + (f"; did you mean '{close[0]}'?" if close else ".")
            + f" Known themes: {', '.join(known) or 'none'}; or give the path of a theme folder."
        )

    def event_folders(self, selected: list[Path] | None = None) -> list[Path]:
        if selected:
            return [self.find_event(Path(p)) for p in selected]
        found = find_events(self.content_dir)
        if not found:
            raise ContentError(
                f"No events found: {self.content_dir} has no folder with an event.yaml. "
                "Create one with 'briefkit init content/<event> --speech <file>'."
            )
        return found

    def find_event(self, given: Path) -> Path:
        """An event named on the command line: a folder name under content/, or a path."""
        for candidate in (given, self.root / given, self.content_dir / given):
            if (candidate / EVENT_FILE).is_file():
                return candidate
        return given  # load_event explains what is missing

    def layers(self, folder: Path) -> list[Path]:
        """Theme folders of an event, from the least to the most specific."""
        layers = [self.builtin]
        theme = self.theme_dir()
        if theme:
            layers.append(theme)
        layers.append(Path(folder))
        return layers

    def layer_files(self, folder: Path, name: str) -> list[Path]:
        """The files called ``name`` (theme.toml, documents.toml) in an event's layers, from
        the least to the most specific: a later one overrides an earlier one."""
        return [layer / name for layer in self.layers(folder) if (layer / name).is_file()]

    def template_dirs(self, folder: Path) -> list[Path]:
        """Template search path of an event, most specific first (built-in last)."""
        layers = self.layers(folder)
        return [Path(folder) / "templates"] + list(reversed(layers[1:-1])) + [self.builtin]


EVENT_FILE = "event.yaml"
#: Event folder names and document ids: they name files under build/ and URLs of the preview.
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"


def slugify(text: str, fallback: str) -> str:
    """A slug made from any text: lower-case letters and digits, dashes between them."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64].strip("-") or fallback


#: The combined document's id unless documents.toml names another.
DEFAULT_PACK_ID = "briefing-pack"


def find_events(content_dir: Path) -> list[Path]:
    """Every event folder (a folder holding event.yaml) directly under content/."""
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.iterdir() if (p / EVENT_FILE).is_file())
