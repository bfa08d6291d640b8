"""A viewed document's PDF pages: published from the PDF in memory, told by the hash of its bytes.

The watch hands each PDF to the preview before writing it; the open page is
told its version and page count over the event stream and asks for the
pages of that version, which the server has from memory even before the
file in build/ is replaced.
"""

from __future__ import annotations

import io
import json
import threading
import time

import pytest
from helpers import EVENT, blank_pdf, make_project
from PIL import Image
from pypdf import PdfReader
from serve_helpers import EDITED, OVERRIDE, request

from generator.config.project import Project
from generator.pipeline.options import BuildOptions
from generator.serve import Preview, pdf_pages, server
from generator.serve.pdf_pages import digest

NAME = f"{EVENT}/fact-sheet"


def _pages(preview: Preview) -> dict:
    return json.loads(preview.state.snapshot()[1])["pages"]


def test_pages_are_served_from_the_pdf_in_memory_before_any_file(serving):
    """The static project has no PDF at all in build/: the pages come from memory alone."""
    assert not (serving.project.build_dir / EVENT / "fact-sheet.pdf").exists()
    data = blank_pdf(3, width=420, height=595)  # A5: not what any file here would be
    serving.show_pdf(NAME, data)
    try:
        version = digest(data)
        assert _pages(serving)[NAME] == {"version": version, "count": 3}
        status, headers, image = request(serving, f"/pages/{NAME}/3?v={version}")
        assert status == 200 and headers["Content-Type"] == "image/jpeg"
        assert Image.open(io.BytesIO(image)).size == (560, 794)  # A5 at 96 dpi
        assert request(serving, f"/pages/{NAME}/4?v={version}")[0] == 404
        # Another version, or none, is looked for in build/, which has no PDF.
        assert request(serving, f"/pages/{NAME}/1?v={'0' * 32}")[0] == 404
        assert request(serving, f"/pages/{NAME}/1")[0] == 404
        # A new PDF replaces it, page count and all.
        shorter = blank_pdf(1)
        serving.show_pdf(NAME, shorter)
        assert _pages(serving)[NAME] == {"version": digest(shorter), "count": 1}
        assert request(serving, f"/pages/{NAME}/1?v={digest(shorter)}")[0] == 200
        assert request(serving, f"/pages/{NAME}/2?v={version}")[0] == 404
    finally:
        serving.state.unseen(NAME)
    assert NAME not in _pages(serving)


def test_a_pdf_that_cannot_be_shown_leaves_the_pages_as_they_were(serving):
    serving.show_pdf(NAME, blank_pdf(2))
    try:
        before = _pages(serving)[NAME]
        serving.show_pdf(NAME, b"%PDF-1.7\nnot really\n")
        assert _pages(serving)[NAME] == before
    finally:
        serving.state.unseen(NAME)


@pytest.mark.slow
def test_a_viewed_pdf_is_told_before_its_file_lands(tmp_path, monkeypatch):
    """Under the watch, the page learns of the new PDF (version, page count) from memory:
    when the file is written, the state already names its bytes; and the rest of the
    rebuild (here the DOCX) waits for its first pages to be drawn."""
    real = pdf_pages.render_page

    def slow(data: bytes, page: int) -> bytes:
        time.sleep(1)  # longer than the DOCX takes
        return real(data, page)

    monkeypatch.setattr(pdf_pages, "render_page", slow)
    monkeypatch.setattr(server, "SCREEN_FIRST", 60)
    root = make_project(tmp_path)
    preview = Preview(Project(root=root), None, "127.0.0.1", 0)
    preview.start()
    reports: list = []
    at_landing: list[tuple[dict | None, str]] = []
    drawn_before_the_docx: list[bool] = []
    stop = threading.Event()

    def landed(path, _seconds) -> None:
        if path.name == "fact-sheet.pdf":
            at_landing.append((preview.state.pages.get(NAME), digest(path.read_bytes())))
        if path.name == "fact-sheet.docx":
            drawn_before_the_docx.append(preview.pages.wait_for_first_pages(NAME, 0))

    thread = threading.Thread(
        target=preview.watch,
        args=(BuildOptions(workers=1, formats=("pdf", "docx"), documents=("fact-sheet",)),),
        kwargs={"report": reports.append, "on_written": landed, "stop": stop},
        daemon=True,
    )
    preview.view(NAME, +1)  # as an open page's event stream does
    thread.start()
    try:
        _wait(lambda: reports)
        # The first build runs in a worker process: its PDF is shown from the file.
        pdf = root / "build" / EVENT / "fact-sheet.pdf"
        first = digest(pdf.read_bytes())
        _wait(lambda: (preview.state.pages.get(NAME) or {}).get("version") == first)
        override = root / OVERRIDE
        override.parent.mkdir(parents=True, exist_ok=True)
        for n in range(40):  # saved again until the watcher, started after the first build, sees it
            override.write_text(EDITED.replace("MARK", f"save {n}"), encoding="utf-8")
            if _wait(lambda: len(reports) > 1, 0.5, fail=False):
                break
        _wait(lambda: len(reports) > 1)
        told, written = at_landing[-1]
        assert written != first
        assert told == {"version": written, "count": len(PdfReader(pdf).pages)}
        assert request(preview, f"/pages/{NAME}/1?v={written}")[0] == 200
        assert drawn_before_the_docx[-1] is True
    finally:
        stop.set()
        thread.join(timeout=20)
        preview.close()


def _wait(condition, timeout: float = 60, fail: bool = True) -> bool:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            assert not fail, "not within the time allowed"
            return False
        time.sleep(0.02)
    return True
