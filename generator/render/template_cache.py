"""Compiled templates kept on disk between builds, in the user's own cache folder.

Compiling the built-in templates costs a cold build about 0.2 CPU seconds,
in the build's process, before any worker can start rendering; the compiled
code depends only on the template's source, briefkit's code and Jinja2, so
it is kept like Python's own ``__pycache__``.

Loading compiled code runs it: whoever can write these files can run code
as the user who builds, past the template sandbox. So they are not kept in
the project (whose content and templates may come from others, and whose
``build/`` folder anyone who can write the project can write too), but in
``$XDG_CACHE_HOME/briefkit/templates`` (``~/.cache/...``): a folder this
user owns, that nobody else may write (mode 0700, not a link), checked
before every use; if the check fails nothing is read or written there and
templates are compiled as before. Entries are named by Jinja2's key for the
template's name and file, hold the checksum of the source they were compiled
from (an edited template is compiled, and checked by the sandbox, afresh),
and sit in a folder named after briefkit's code and Jinja2's version (a
briefkit with other checks never loads code compiled past older ones).
docs/security.md says the same for users.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import stat
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

#: Larger entries are neither written nor read (the pack's template compiles to about 60 kB).
MAX_ENTRY_BYTES = 4 * 1024 * 1024
#: Each entry starts with the SHA-256 of the rest. Jinja2 checks its format and the source's
#: checksum but not the code: a damaged entry whose marshal data still loaded ran as the
#: template (a flipped byte printed text its source does not hold).
_DIGEST = hashlib.sha256().digest_size


def _private_folder(path: Path) -> bool:
    """Whether *path* is a real folder of this user's that no one else may write; created so if missing."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def _base() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or ""
    return Path(cache_home) if os.path.isabs(cache_home) else Path.home() / ".cache"


@functools.cache
def _version_folder_name() -> str:
    import jinja2

    from ..pipeline.incremental import tool_fingerprint

    text = f"{tool_fingerprint()}|jinja2 {jinja2.__version__}|{sys.version}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def folder() -> Path | None:
    """This briefkit's folder of compiled templates, checked now; None: do not keep them on disk."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: no owner check, no cache
        return None
    briefkit = _base() / "briefkit"
    try:
        _base().mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    templates = briefkit / "templates"
    version = templates / _version_folder_name()
    for path in (briefkit, templates, version):
        if not _private_folder(path):
            log.debug("Not keeping compiled templates in %s: not a private folder of this user", path)
            return None
    return version


def _entry(key: str) -> Path | None:
    where = folder()
    # Jinja2's keys are hex digests; anything else is not a file name here.
    if where is None or not key.isalnum():
        return None
    return where / f"{key}.jinja"


def read(key: str) -> bytes | None:
    """The entry kept under *key* (Jinja2's bytecode format), or None (also if it is damaged)."""
    path = _entry(key)
    if path is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.getuid()
            or info.st_size > MAX_ENTRY_BYTES + _DIGEST
        ):
            return None
        kept = fh.read(MAX_ENTRY_BYTES + _DIGEST + 1)
    data = kept[_DIGEST:]
    return data if hashlib.sha256(data).digest() == kept[:_DIGEST] else None


def write(key: str, data: bytes) -> None:
    """Keep *data* under *key*, replacing the entry whole (a reader never sees half of one)."""
    path = _entry(key)
    if path is None or len(data) > MAX_ENTRY_BYTES:
        return
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(data).digest() + data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as exc:  # a full or read-only disk: the build goes on without
        log.debug("Could not keep a compiled template in %s: %s", path.parent, exc)
