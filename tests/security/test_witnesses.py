"""The suites' witnesses work: a read, a connection or a leaked token would be seen.

Every "nothing was read / nothing connected / nothing leaked" assertion in
tests/security and tests/robustness rests on these three recorders, so each
is shown catching the thing it watches for.
"""

from __future__ import annotations

import io
import multiprocessing
import urllib.request
import zipfile

from trust_helpers import Attack, files_containing


def _read_in_child(path: str) -> None:
    with open(path, "rb") as fh:
        fh.read()


def test_the_read_recorder_sees_this_process_and_forked_workers(attacked: Attack):
    with attacked.reads:
        attacked.canary("canary.txt").read_bytes()
        child = multiprocessing.get_context("fork").Process(
            target=_read_in_child, args=(str(attacked.canary("canary.css")),)
        )
        child.start()
        child.join(10)
    assert attacked.reads.opened() == [str(attacked.canary("canary.css")), str(attacked.canary("canary.txt"))]


def test_the_read_recorder_follows_links(attacked: Attack):
    link = attacked.link("content/photo.svg", attacked.canary("canary.svg"))
    with attacked.reads:
        link.read_bytes()
    assert attacked.reads.opened() == [str(attacked.canary("canary.svg"))]


def test_the_network_recorder_sees_a_connection(attacked: Attack):
    with urllib.request.urlopen(attacked.network.url("probe.css"), timeout=5) as response:
        response.read()
    assert len(attacked.network.connections) == 1


def test_a_token_is_found_in_pdf_text_and_in_docx_parts(attacked: Attack):
    import weasyprint

    out = attacked.tmp / "out"
    out.mkdir()
    (out / "a.pdf").write_bytes(weasyprint.HTML(string=f"<p>{attacked.token}</p>").write_pdf())
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:t>{attacked.token}</w:t>")
    (out / "b.docx").write_bytes(packed.getvalue())
    (out / "c.html").write_text("nothing here", encoding="utf-8")
    assert files_containing(out, attacked.token) == ["a.pdf", "b.docx"]
