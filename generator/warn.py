"""Warnings: what briefkit can go on with, but the user should hear of.

Every warning a user sees is said through :func:`warn`, so that all of them
read alike (the command line prints them as ``warning: …``).
"""

from __future__ import annotations

import logging

log = logging.getLogger("generator")


def warn(message: str) -> None:
    """Say one warning (shown unless -q; escaped and prefixed by the command line)."""
    log.warning("%s", message)
