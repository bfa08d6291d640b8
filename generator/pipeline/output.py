"""Write outputs so that a failed or interrupted build never leaves half a file.

Each file is written to a temporary file in the same folder and renamed into
place; the rename is atomic, so readers see the old file or the new one.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ..config.confine import is_inside
from ..config.project import SLUG_PATTERN
from ..errors import BuildError

if TYPE_CHECKING:
    from ..config.project import Project
    from ..writers import OutputSettings

SLUG = re.compile(SLUG_PATTERN)


def check_slug(value: str, what: str) -> str:
    if not SLUG.match(value):
        raise BuildError(
            f"{what} '{value}' cannot name an output file: use lower-case letters, "
            "digits and dashes (e.g. 'hsn-bangkok-2006')."
        )
    return value


def output_stem(doc_id: str, extension: str, settings: OutputSettings | None = None) -> str:
    """The output's name without its extension: the document id, and for a print
    output (another paper, copies per sheet, crop marks) what makes it one
    (``fact-sheet.a5-2up``, ``briefing-pack.print``), so it never replaces the
    ordinary file. The manifest records each name separately."""
    variant = settings.variant(extension) if settings else ""
    return f"{doc_id}.{variant}" if variant else doc_id


def output_path(
    build_dir: Path, event_id: str, doc_id: str, extension: str, settings: OutputSettings | None = None
) -> Path:
    """build/<event>/<name>.<ext>, from ids that can never leave build/."""
    check_slug(event_id, "Event folder name")
    check_slug(doc_id, "Document id")
    return build_dir / event_id / f"{output_stem(doc_id, extension, settings)}.{extension}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_all(files: list[tuple[Path, bytes]]) -> None:
    """Replace several files as one change: all of them, or none.

    Every new file is written to a temporary file beside its target first;
    only when all are on disk are they renamed into place. If anything fails
    on the way (a full disk, a rename refused, Ctrl-C), the files already
    replaced are put back from their backups and every temporary file is
    removed, so the folder is exactly as it was.

    Writing the temporary files can be interrupted at once; the swap and
    its rollback cannot: Ctrl-C and SIGTERM arriving meanwhile take effect
    when they are over (see ``signals_deferred``). What a SIGKILL leaves
    behind (temporary files, backups) is removed by the next build
    (``remove_stale_temporaries``).
    """
    staged: list[tuple[Path, str]] = []
    try:
        for path, data in files:
            staged.append((path, _stage(path, data)))
    except BaseException as exc:
        with signals_deferred():
            for _, tmp in staged:
                _unlink(tmp)
        _reraise(exc)
    with signals_deferred():
        _swap(staged)


def _swap(staged: list[tuple[Path, str]]) -> None:
    swapped: list[tuple[Path, str | None]] = []
    try:
        for path, tmp in staged:
            backup = None
            if path.exists():
                backup = _temp_name(path, ".bak")
                os.link(path, backup)
            swapped.append((path, backup))
            os.replace(tmp, path)
    except BaseException as exc:
        for path, backup in reversed(swapped):
            try:
                if backup is not None:
                    # rename() between two links to one file does nothing: then
                    # the target was never replaced and the backup just goes.
                    os.replace(backup, path)
                    _unlink(backup)
                else:
                    path.unlink(missing_ok=True)
            except OSError:  # pragma: no cover - nothing more can be done
                pass
        for _, tmp in staged:
            _unlink(tmp)
        _reraise(exc)
    for _, backup in swapped:
        if backup is not None:
            _unlink(backup)


def _reraise(exc: BaseException) -> NoReturn:
    if isinstance(exc, OSError):
        raise BuildError(
            f"Cannot write {getattr(exc, 'filename', None) or 'the outputs'}: {exc.strerror}. "
            "Nothing was changed."
        ) from None
    raise exc


#: The signals a user stops a build with; the build turns both into KeyboardInterrupt.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block is over, then deliver them.

    A swap interrupted halfway would leave old and new outputs mixed, and a
    rollback interrupted halfway would leave backups behind: both are short
    and must finish. Outside the main thread (where Python delivers
    signals) there is nothing to hold.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {
        signum: signal.signal(signum, lambda n, _frame: received.append(n)) for signum in STOP_SIGNALS
    }
    try:
        yield
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)
        for number in dict.fromkeys(received):
            signal.raise_signal(number)


#: Temporary files and backups: ``.<name>.<pid>.<random>.tmp`` / ``.bak``.
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[a-z0-9_]+\.(?:tmp|bak)$")


def _temp_name(path: Path, suffix: str) -> str:
    fd, name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=suffix, dir=path.parent)
    os.close(fd)
    os.unlink(name)
    return name


def _temp_prefix(path: Path) -> str:
    # The writer's process id tells the next build whether the file is still in use.
    return f".{path.name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_temporaries(build_dir: Path) -> list[Path]:
    """Remove the temporary files and backups a killed build left in build/<event>/.

    A file whose writer still runs (a concurrent build) is left alone. The
    outputs themselves need no repair: an interrupted swap leaves the old
    manifest, whose hashes do not match the outputs already replaced, so the
    next build renders those again. Returns what was removed.
    """
    removed: list[Path] = []
    try:
        folders = [e for e in os.scandir(build_dir) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return removed
    for folder in folders:
        try:
            entries = list(os.scandir(folder.path))
        except OSError:
            continue
        for entry in entries:
            match = _TEMPORARY.match(entry.name)
            if match and entry.is_file(follow_symlinks=False) and not _alive(int(match["pid"])):
                _unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _unlink(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)


def _stage(path: Path, data: bytes) -> str:
    """Write data to a temporary file beside path; return its name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BuildError(f"{path.parent} is a file, where outputs go; move it away.") from None
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates files readable by the owner only; outputs are for sharing.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def atomic_write(path: Path, data: bytes) -> None:
    """Replace one file: a temporary file beside it, renamed into place."""
    write_all([(path, data)])


def check_output_folders(project: Project, folders: list[Path]) -> None:
    """Refuse outputs that could land outside the project or overwrite each other."""
    build_dir = project.build_dir
    if build_dir.is_symlink() and not is_inside(build_dir, project.root):
        raise BuildError(
            f"{build_dir} is a link to {build_dir.resolve()}, outside the project; "
            "briefkit only writes inside the project. Remove the link."
        )
    seen: dict[str, Path] = {}
    for folder in folders:
        name = Path(folder).resolve().name
        check_slug(name, "Event folder name")
        if name in seen and seen[name] != Path(folder).resolve():
            raise BuildError(
                f"Two events would write to build/{name}/: {seen[name]} and {Path(folder).resolve()}. "
                "Rename one of the folders."
            )
        seen[name] = Path(folder).resolve()
        target = build_dir / name
        if target.is_symlink():
            raise BuildError(f"{target} is a link; remove it so outputs cannot land elsewhere.")
        if target.exists() and not target.is_dir():
            raise BuildError(f"{target} is a file, where the outputs of '{name}' go; move it away.")
