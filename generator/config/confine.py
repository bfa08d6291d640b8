"""Files are read only where they are supposed to be.

Event folders and themes are shared and copied around; a symbolic link in
one of them must not make briefkit read (or hash, or embed) a file elsewhere
on the disk. Every content and configuration file is checked here before it
is opened: its real path must lie inside the folder that holds it.

Documents name files by URL. A URL checker and a URL opener that read the
same string differently (the first ``#`` or the last, ``%2e%2e`` decoded or
not) are an escape: the check passes on one path and the kernel opens
another. So briefkit never hands a ``file:`` URL to anything that opens it;
:func:`file_url_path` decides the one path a URL means, the writers confine
that path and open it themselves.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..clean_text import shown


class RefusedURL(ValueError):
    """A document asked for a file it may not read."""


def is_inside(path: Path, root: Path) -> bool:
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def outside_message(path: Path, root: Path) -> str | None:
    """Why ``path`` may not be read, or None when it may."""
    if is_inside(path, root):
        return None
    return (
        f"{path} leads outside {root} (to {Path(path).resolve()}); briefkit reads only "
        "files inside the event folder and the theme. Copy the file in instead of linking it."
    )


def file_url_path(url: str, base_dir: Path | None = None) -> Path:
    """The file a ``file:`` URL (or a relative reference) names, as it will be opened.

    The query and the fragment are cut at the *first* ``?`` or ``#``, as
    RFC 3986 reads a URL; the path is then percent-decoded once. A path
    that still holds ``#``, ``?``, a NUL or a backslash after decoding is
    refused outright: no legitimate asset needs one, and each is a way to
    make two readers of the string disagree.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("", "file"):
        raise RefusedURL(f"{url!r} is not a file")
    if parts.scheme == "file" and parts.netloc not in ("", "localhost"):
        raise RefusedURL(f"{url!r} names another host")
    decoded = unquote(parts.path, errors="strict")
    if any(ch in decoded for ch in "#?\x00\\"):
        raise RefusedURL(f"{url!r}: a file path with '#', '?', NUL or '\\' in it is not accepted")
    if not decoded:
        raise RefusedURL(f"{url!r} names no file")
    path = Path(decoded)
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    return path.resolve()


def confined_file(url: str, roots: tuple[Path, ...] | list[Path], base_dir: Path | None = None) -> Path:
    """The regular file a URL names, refused unless its real path lies in one of ``roots``."""
    path = file_url_path(url, base_dir)
    if not any(path.is_relative_to(Path(r).resolve()) for r in roots):
        raise RefusedURL(f"{path} is outside the folders a document may read files from")
    if not path.is_file():
        raise RefusedURL(f"{path} is not a regular file")
    return path


def read_limited(path: Path, limit: int, error: Callable[[str], Exception]) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, else ``error(message)``.

    Opened without blocking and checked on the open descriptor, so a named
    pipe, a device (``/dev/zero``, a terminal) or a file swapped for one
    after a check neither hangs the build nor fills its memory.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise error(f"Cannot read {shown(path)}: {exc.strerror}.") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(
                f"{shown(path)} is not a regular file (a pipe, a device or a folder); "
                "briefkit reads only plain files."
            )
        if info.st_size > limit:
            raise error(
                f"{shown(path)} is {info.st_size:,} bytes; the limit for this file is {limit:,} bytes."
            )
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise error(
            f"{shown(path)} is more than {limit:,} bytes; the limit for this file is {limit:,} bytes."
        )
    return data
