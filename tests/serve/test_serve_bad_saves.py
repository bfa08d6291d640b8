"""The preview never dies on a bad save: each is shown as an error, and goes when repaired."""

from __future__ import annotations

import time

import pytest
from helpers import EVENT, make_project
from serve_helpers import Running

pytestmark = pytest.mark.slow

BAD_SAVES = {
    "an empty event.yaml": lambda ev: (ev / "event.yaml").write_text("", encoding="utf-8"),
    "bytes that are not text": lambda ev: (ev / "event.yaml").write_bytes(b"\xff\xfe\x00garbage\x00"),
    "a tab in YAML": lambda ev: (ev / "event.yaml").write_text("event:\n\tname: x\n", encoding="utf-8"),
    "the speech deleted": lambda ev: (ev / "speech.txt").unlink(),
    "the event file deleted": lambda ev: (ev / "event.yaml").unlink(),
}


def _until(condition, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_every_bad_save_is_shown_and_cleared(tmp_path):
    root = make_project(tmp_path)
    event = root / "content" / EVENT
    good = {name: (event / name).read_bytes() for name in ("event.yaml", "speech.txt")}
    server = Running(root, formats=("html",), documents=("fact-sheet",))
    state = server.preview.state
    try:
        server.wait_for_reports(1)
        for what, save in BAD_SAVES.items():
            save(event)
            _until(lambda: state.errors)
            assert server.thread.is_alive(), what
            [error] = state.errors[:1]
            assert error["message"], what
            if what != "the event file deleted":  # then no event is left to name
                assert error["file"] and error["file"].endswith("event.yaml"), (what, error)
            for name, data in good.items():
                (event / name).write_bytes(data)
            _until(lambda: not state.errors)
        assert b"Test Meeting" in server.output("fact-sheet.html").read_bytes()
    finally:
        server.close()
