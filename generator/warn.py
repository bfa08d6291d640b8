"""Warnings: what briefkit can go on with, but the user should hear of.

Every warning a user sees is said through :func:`warn`, so that all of them
read alike (the command line prints them as ``warning: …``), and every
warning a build can give goes through :func:`warn_or_fail`, the one home of
the ``--strict`` policy: under it, the warnings are the error that stops the
build. Each caller asks before anything of its event is written, so a strict
failure leaves the outputs as they were.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from .errors import BriefkitError

log = logging.getLogger("generator")


def warn(message: str) -> None:
    """Say one warning (shown unless -q; escaped and prefixed by the command line)."""
    log.warning("%s", message)


def warn_or_fail(
    warnings: Sequence[str],
    strict: bool,
    error: Callable[[list[str]], BriefkitError],
    prefix: str = "",
) -> None:
    """Warn of each of ``warnings`` (after ``prefix``, which says whose they are), or under
    ``strict`` raise ``error(warnings)``, which carries its own context and exit code."""
    if not warnings:
        return
    if strict:
        raise error(list(warnings))
    for message in warnings:
        warn(f"{prefix}{message}")
