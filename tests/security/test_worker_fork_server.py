"""The writers' fork server forks a worker for whoever connects to its socket and runs the
pickled task sent: only this user may reach it (docs/security.md, what is not protected)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from generator.pipeline import forkserver

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux only")


def test_the_socket_is_a_private_file_even_where_python_would_make_it_abstract(monkeypatch):
    """Python 3.10.0–3.10.8 and 3.11.0 give an abstract socket for an arbitrary address: no
    permissions, any local user could connect (CVE-2022-42919). The server never asks for one."""
    from multiprocessing import connection

    monkeypatch.setattr(connection, "arbitrary_address", lambda family: f"\0briefkit-test-{os.getpid()}")
    assert forkserver.usable()
    server = forkserver.start(lambda: None, lambda parent: None)
    assert server is not None
    try:
        address = server.address
        assert not address.startswith("\0")
        info = os.lstat(address)
        assert stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()
        assert stat.S_IMODE(info.st_mode) & 0o077 == 0
        folder = os.lstat(os.path.dirname(address))
        assert stat.S_ISDIR(folder.st_mode) and folder.st_uid == os.getuid()
        assert stat.S_IMODE(folder.st_mode) == 0o700
    finally:
        server.stop()
    assert not os.path.exists(address)
