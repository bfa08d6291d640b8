"""Calls the tests make in the drawing child (``pipeline.apart``): module functions the child
imports by name, kept apart from the test module so that the child does not import pytest.

``LIBRARY_LOCK`` stands for a C library's own lock (fontconfig's, the loader's): a mutex
made when this module is imported, which a thread of the test process holds while a child
starts. A child forked then has it held by a thread it does not have; a child started by
exec imports this module and makes its own.
"""

from __future__ import annotations

import ctypes
import sys

_libc = ctypes.CDLL(None, use_errno=True)
#: A pthread_mutex_t (40 bytes on x86-64 Linux, 48 on arm64), with room to spare.
LIBRARY_LOCK = ctypes.create_string_buffer(128)
if _libc.pthread_mutex_init(LIBRARY_LOCK, None) != 0:  # pragma: no cover
    raise OSError(ctypes.get_errno(), "pthread_mutex_init failed")


def hold_library_lock() -> None:
    _libc.pthread_mutex_lock(LIBRARY_LOCK)


def release_library_lock() -> None:
    _libc.pthread_mutex_unlock(LIBRARY_LOCK)


def use_library_lock() -> str:
    """What a drawing does when it reaches the library: take its lock, and let go."""
    hold_library_lock()
    release_library_lock()
    return "drawn"


def modules() -> list[str]:
    """The modules the child has imported."""
    return sorted(sys.modules)


class TwoPartError(Exception):
    """An exception like many a library's: its class needs more arguments than ``args`` keeps."""

    def __init__(self, what: str, code: int) -> None:
        super().__init__(f"{what} ({code})")


def raise_two_part() -> None:
    raise TwoPartError("refused", 3)
