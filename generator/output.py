"""Write outputs so that a failed or interrupted build never leaves half a file.

Each file is written to a temporary file in the same folder and renamed into
place; the rename is atomic, so readers see the old file or the new one.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from .errors import BuildError

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def check_slug(value: str, what: str) -> str:
    if not SLUG.match(value):
        raise BuildError(
            f"{what} '{value}' cannot name an output file: use lower-case letters, "
            "digits and dashes (e.g. 'hsn-bangkok-2006')."
        )
    return value


def output_path(build_dir: Path, event_id: str, doc_id: str, extension: str) -> Path:
    """build/<event>/<document>.<ext>, from ids that can never leave build/."""
    check_slug(event_id, "Event folder name")
    check_slug(doc_id, "Document id")
    return build_dir / event_id / f"{doc_id}.{extension}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates files readable by the owner only; outputs are for sharing.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise BuildError(f"Cannot write {path}: {exc.strerror}.") from None
        raise
