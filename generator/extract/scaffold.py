"""Create an event folder from a statement (``briefkit init``), or write a draft beside one.

The statement is read and the draft extracted and validated before anything
is written; files are written atomically, so a failure leaves the folder as
it was. Without ``force`` nothing that exists is overwritten.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config.project import slugify
from ..content.load import EVENT_FILE
from ..content.partial_date import DatePoint
from ..errors import BriefkitError
from ..pipeline.output import atomic_write

log = logging.getLogger(__name__)

SPEECH_FILE = "speech.txt"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ScaffoldError(BriefkitError):
    """An event folder cannot be created where, or under the name, asked for."""

    exit_code = 2


@dataclass
class Written:
    """What ``init`` or ``extract -o`` wrote, and what the user must check."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    todo: list[str] = field(default_factory=list)
    #: How many of the draft's values say TO CHECK, as ``briefkit validate`` counts them.
    marked: int = 0
    #: Files that were there before and were replaced (only with force).
    replaced: list[Path] = field(default_factory=list)


def event_folder(folder: Path, content_dir: Path) -> Path:
    """A bare name ("my-event") means a folder under the project's content/."""
    if len(folder.parts) == 1 and not folder.is_absolute() and str(folder) not in (".", ".."):
        return content_dir / folder
    return folder


def check_folder_name(folder: Path) -> None:
    name = folder.resolve().name if str(folder) in (".", "..") else folder.name
    if not _SLUG.match(name) or len(name) > 64:
        suggestion = slugify(name, "my-event")
        raise ScaffoldError(
            f"'{name}' cannot name an event folder: use lower-case letters, digits and dashes "
            f"(e.g. '{suggestion[:64]}'). The name becomes the folder under build/."
        )


def init_event(
    folder: Path,
    statement: Path,
    *,
    content_dir: Path | None = None,
    speech_date: DatePoint | None = None,
    timeline_reader: str | None = None,
    force: bool = False,
) -> Written:
    """Create ``folder`` with event.yaml (the extracted draft) and speech.txt (the cleaned statement)."""
    from . import DEFAULT_TIMELINE_READER, extract_file

    if content_dir is not None:
        folder = event_folder(folder, content_dir)
    check_folder_name(folder)
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder} exists and is not a folder; choose another name.")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        present = sorted(p.name for p in folder.iterdir())
        shown = ", ".join(present[:5]) + (" …" if len(present) > 5 else "")
        raise ScaffoldError(
            f"The event folder {folder} already exists ({shown}). Choose another name, or add "
            f"--force to overwrite its {EVENT_FILE} and {SPEECH_FILE} (other files are kept)."
        )
    result = extract_file(
        statement, speech_date=speech_date, timeline_reader=timeline_reader or DEFAULT_TIMELINE_READER
    )
    written = Written(folder, todo=list(result.todo), marked=result.marked)
    targets = [(folder / SPEECH_FILE, result.text), (folder / EVENT_FILE, result.yaml)]
    written.replaced = [path for path, _ in targets if path.exists()]
    for path, text in targets:
        log.info("Writing %s", path)
        atomic_write(path, text.encode("utf-8"))
        written.files.append(path)
    return written


def write_draft(result, output: Path, *, force: bool = False) -> Written:
    """Write an extracted draft to ``output`` and the cleaned statement as speech.txt beside it."""
    folder = output.parent
    speech = folder / SPEECH_FILE
    if output.name == SPEECH_FILE:
        raise ScaffoldError(f"The draft cannot be written to {output}: that name is for the statement.")
    blocked = [p for p in (output, speech) if p.exists() and not force]
    if speech in blocked and speech.read_bytes() == result.text.encode("utf-8"):
        blocked.remove(speech)  # the same statement again: nothing to overwrite
    if blocked:
        raise ScaffoldError(
            f"{' and '.join(str(p) for p in blocked)} already exist(s). Choose another output, or add "
            "--force to overwrite (the draft's citations number the paragraphs of the speech.txt "
            "written with it)."
        )
    written = Written(folder, todo=list(result.todo), marked=result.marked)
    written.replaced = [p for p in (speech, output) if p.exists()]
    for path, text in ((speech, result.text), (output, result.yaml)):
        atomic_write(path, text.encode("utf-8"))
        written.files.append(path)
    return written
