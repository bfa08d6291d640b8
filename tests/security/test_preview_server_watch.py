"""The watch under ``briefkit serve`` meets hostile changes to content/: the server never
dies, the watch goes on, and nothing outside the outputs is served.

One preview, watching a tmp project (HTML of the fact sheet only), takes each
change in turn; after each, the server must still answer and every answer
must come from build/.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from helpers import EVENT, make_project
from preview_helpers import SECRET, parse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serve"))
from serve_helpers import Running

pytestmark = pytest.mark.slow


def _until(condition, what: str, timeout: float = 60):
    end = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.05)
    return value


def _get(server: Running, path: str) -> tuple[int, bytes]:
    import socket

    port = server.preview.server.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {server.preview.cookie}\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    status, _, body = parse(received)
    return status, body


def test_hostile_changes_to_content_never_stop_the_preview_nor_leak(tmp_path):
    root = make_project(tmp_path)
    content = root / "content"
    event = content / EVENT
    outside = tmp_path / "outside"
    shutil.copytree(event, outside)  # a valid event, elsewhere, with a secret beside it
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    server = Running(root, formats=("html",), documents=("fact-sheet",))
    state = server.preview.state

    def answers_only_outputs() -> None:
        assert server.thread.is_alive(), "the watch died"
        status, index = _get(server, "/")
        assert status == 200 and SECRET.encode() not in index
        for path in (
            f"/out/{EVENT}/secret.txt",
            f"/out/{EVENT}/..%2f..%2fcontent%2f{EVENT}%2fevent.yaml",
            f"/out/{EVENT}/fact-sheet.html",
        ):
            status, body = _get(server, path)
            assert SECRET.encode() not in body and b"event:" not in body, path

    def rebuilt(count: int) -> None:
        server.wait_for_reports(count)
        answers_only_outputs()

    try:
        rebuilt(1)
        reports = len(server.reports)
        # A save that is half a file, then the event folder deleted outright.
        (event / "event.yaml").write_text("event:\n  name: [unclosed\n", encoding="utf-8")
        _until(lambda: state.errors, "the error")
        answers_only_outputs()
        shutil.rmtree(event)
        _until(lambda: len(server.reports) > reports, "a rebuild after the deletion")
        answers_only_outputs()
        # The folder comes back under another name, then as a link to a folder outside.
        shutil.copytree(outside, content / "renamed-event", ignore=shutil.ignore_patterns("secret.txt"))
        _until((root / "build/renamed-event/fact-sheet.html").exists, "the renamed event's build")
        _until(lambda: _get(server, "/out/renamed-event/fact-sheet.html")[0] == 200, "it to be served")
        answers_only_outputs()
        # Then as a link to a folder outside whose speech is a named pipe, then a link to a
        # device (the watch sees the link appear in content/, not changes behind it).
        speech = (outside / "speech.txt").read_bytes()
        for plant in (os.mkfifo, lambda path: os.symlink("/dev/zero", path), None):
            (outside / "speech.txt").unlink()
            if plant:
                plant(outside / "speech.txt")
            else:
                (outside / "speech.txt").write_bytes(speech)
            seen = len(server.reports)
            os.symlink(outside, event)
            server.wait_for_reports(seen + 1)
            assert bool(state.errors) == (plant is not None), state.errors
            answers_only_outputs()
            event.unlink()
            server.wait_for_reports(seen + 2)
        # And the build folder of an event replaced by a link out.
        shutil.rmtree(root / "build" / "renamed-event")
        (outside / "fact-sheet.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
        os.symlink(outside, root / "build" / "renamed-event")
        status, body = _get(server, "/out/renamed-event/fact-sheet.html")
        assert status == 404 and SECRET.encode() not in body
        answers_only_outputs()
    finally:
        server.close()
