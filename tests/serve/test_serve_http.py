"""The preview server over HTTP: what it serves, what it refuses, the headers it sends.

Requests are sent as raw as an attacker would send them (http.client keeps
the path exactly as given: no normalising of ``..`` or of percent-escapes).
"""

from __future__ import annotations

import http.client
import io
import json
import os
import zipfile
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers import EVENT
from lxml import html as lxml_html
from serve_helpers import request

from generator.errors import ContentError, Problem, TemplateError
from generator.serve.live import error_entries
from generator.serve.pdf_pages import digest
from generator.writers.html import POLICY


def test_the_index_and_a_preview_are_served_with_their_policies(serving):
    status, headers, body = request(serving, "/")
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    tree = lxml_html.fromstring(body)
    assert tree.xpath("//a[@class='document']/text()") == ["fact-sheet"]

    status, headers, body = request(serving, f"/out/{EVENT}/fact-sheet.html")
    assert status == 200
    on_disk = (serving.project.build_dir / EVENT / "fact-sheet.html").read_bytes()
    assert body == on_disk
    # The file's own policy (a meta) stays, and the header repeats it with frame-ancestors.
    assert headers["Content-Security-Policy"] == f"{POLICY}; frame-ancestors 'self'"
    meta = lxml_html.fromstring(body).xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert meta == [POLICY]
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("query", "panes", "current"),
    [
        ("", ["bk-html", "bk-pdf"], "HTML + PDF"),
        ("?show=pdf", ["bk-pdf"], "PDF"),
        ("?show=html", ["bk-html"], "HTML"),
        ("?show=%3Cscript%3E", ["bk-html", "bk-pdf"], "HTML + PDF"),
    ],
)
def test_a_document_view_shows_the_panes_asked_for(running, query, panes, current):
    """Each view has only its panes (what is not there is not reloaded); anything else is both."""
    status, _, body = request(running.preview, f"/view/{EVENT}/fact-sheet{query}")
    assert status == 200
    tree = lxml_html.fromstring(body)
    assert tree.xpath("//iframe/@id | //div[@class='pages']/@id") == panes
    assert tree.xpath('//nav[@class="views"]/a[@aria-current="page"]/text()') == [current]
    assert "<script>" not in body.decode()


TRAVERSALS = [
    "/out/../../etc/passwd",
    f"/out/{EVENT}/../../pyproject.toml",
    "/out/%2e%2e/%2e%2e/etc/passwd",
    f"/out/{EVENT}/..%2f..%2fcontent%2f{EVENT}%2fevent.yaml",
    f"/out/{EVENT}/%2e%2e%2f.manifest.json",
    "/out/%252e%252e/%252e%252e/etc/passwd",
    "/out//etc/passwd",
    "//etc/passwd",
    f"/out/{EVENT}/%2Fetc%2Fpasswd.html",
    f"/out/{EVENT}/..%5c..%5cpyproject.toml",
    f"/out/{EVENT}/fact-sheet.html%00.pdf",
    "/out/etc/passwd",
    f"/out/{EVENT}/event.yaml",
    f"/view/{EVENT}/..%2f..%2fetc",
    f"/pages/{EVENT}/..%2ffact-sheet.json",
    "/assets/../server.py",
    "/assets/%2e%2e%2fserver.py",
    "/assets/outputs.py",
    "/assets/_layout.html.j2",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_paths_outside_the_outputs_are_refused(serving, path):
    status, _, body = request(serving, path)
    assert status == 404, (path, body[:200])
    assert b"root:" not in body and b"[project]" not in body and b"event:" not in body


def test_a_symlink_in_build_leading_out_is_neither_listed_nor_served(serving, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text("<p>not for the preview</p>", encoding="utf-8")
    folder = serving.project.build_dir / EVENT
    link = folder / "leak.html"
    linked_folder = serving.project.build_dir / "elsewhere"
    os.symlink(secret, link)
    os.symlink(tmp_path, linked_folder)
    try:
        status, _, body = request(serving, f"/out/{EVENT}/leak.html")
        assert status == 404 and b"not for the preview" not in body
        assert request(serving, "/out/elsewhere/secret.html")[0] == 404
        _, _, index = request(serving, "/")
        assert b"leak" not in index
    finally:
        link.unlink()
        linked_folder.unlink()


def test_only_get_and_head_are_answered(serving):
    assert request(serving, "/", method="HEAD")[0] == 200
    for method in ("POST", "PUT", "DELETE"):
        assert request(serving, f"/out/{EVENT}/fact-sheet.html", method=method)[0] == 501


def test_another_host_name_is_refused(serving):
    """A page elsewhere rebinding its domain to 127.0.0.1 still sends its own Host."""
    status, _, body = request(serving, "/", host=f"attacker.example:{urlsplit(serving.url).port}")
    assert status == 421
    assert b"fact-sheet" not in body
    assert request(serving, "/", host=f"localhost:{urlsplit(serving.url).port}")[0] == 200


def test_it_listens_on_loopback_by_default(serving):
    assert serving.server.server_address[0] == "127.0.0.1"


def test_the_event_stream_starts_with_the_whole_state(serving):
    address = urlsplit(serving.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request("GET", "/live", headers={"Cookie": serving.cookie})
        response = connection.getresponse()
        assert response.getheader("Content-Type") == "text/event-stream"
        assert response.readline() == b"event: state\n"
        data = response.readline().decode()
    finally:
        connection.close()
    assert data.startswith("data: ")
    state = json.loads(data[len("data: ") :])
    version = (serving.project.build_dir / EVENT / "fact-sheet.html").stat().st_mtime_ns
    assert state["files"] == {EVENT: {"fact-sheet": {"html": str(version)}}}
    assert state["errors"] == []


def test_errors_become_overlay_entries_with_file_and_line(tmp_path):
    template = TemplateError(f"{tmp_path}/fact_sheet.html.j2:7: template syntax error: unexpected '}}'")
    assert error_entries(template) == [
        {
            "file": f"{tmp_path}/fact_sheet.html.j2",
            "line": 7,
            "field": None,
            "message": "template syntax error: unexpected '}'",
            "title": "TemplateError",
        }
    ]
    problem = Problem(tmp_path / "event.yaml", 12, "event.date", "bad date")
    content = ContentError("event.yaml is not valid:", [problem])
    [entry] = error_entries(content)
    assert (entry["line"], entry["field"], entry["message"]) == (12, "event.date", "bad date")
    assert entry["file"].endswith("event.yaml")


@pytest.mark.slow
def test_pdf_pages_and_the_docx_download(running):
    status, _, body = request(running.preview, f"/pages/{EVENT}/fact-sheet.json")
    info = json.loads(body)
    from pypdf import PdfReader

    pdf = running.output("fact-sheet.pdf")
    assert info == {"pages": len(PdfReader(pdf).pages), "version": digest(pdf.read_bytes())}
    status, headers, image = request(running.preview, f"/pages/{EVENT}/fact-sheet/1")
    assert status == 200 and headers["Content-Type"] == "image/jpeg" and image[:2] == b"\xff\xd8"
    assert request(running.preview, f"/pages/{EVENT}/fact-sheet/{info['pages'] + 1}")[0] == 404
    status, headers, docx = request(running.preview, f"/out/{EVENT}/fact-sheet.docx")
    assert status == 200
    assert headers["Content-Disposition"] == f'attachment; filename="{EVENT}-fact-sheet.docx"'
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        assert "Test Meeting" in archive.read("word/document.xml").decode()


def test_a_port_in_use_is_a_clear_error(tmp_path):
    import socket

    from helpers import make_project, run_cli

    root = make_project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(["serve", "--port", str(port)], project=root)
    assert result.exit_code == 4, result.output
    assert f"Cannot listen on 127.0.0.1:{port}" in result.output
    assert "--port" in result.output
    assert not (root / "build").exists()  # nothing built for a server that could not start


def test_serve_says_it_is_watching_only_once_it_listens(tmp_path, monkeypatch):
    """A port in use ends the command before it claims to watch anything; a port it gets is
    said first, then what it watches."""
    import socket

    from helpers import make_project, run_cli

    from generator.serve import Preview

    root = make_project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_cli(["serve", "--port", str(taken.getsockname()[1])], project=root)
    assert result.exit_code == 4, result.output
    assert "Watching" not in result.output and "Serving" not in result.output
    monkeypatch.setattr(Preview, "watch", lambda self, options=None, **_: None)
    lines = run_cli(["serve", "--port", "0"], project=root).output.splitlines()
    assert lines[0].startswith("Serving http://127.0.0.1:") and lines[1].startswith("Watching content")


def _blank_pdf(path, pages: int) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with open(path, "wb") as fh:
        writer.write(fh)


def test_a_page_asked_for_twice_at_once_is_rendered_once(tmp_path, monkeypatch):
    import threading

    from generator.serve import pdf_pages

    pdf = tmp_path / "doc.pdf"
    _blank_pdf(pdf, 3)
    calls = []
    real = pdf_pages.render_page

    def counted(data, page):
        calls.append(page)
        return real(data, page)

    monkeypatch.setattr(pdf_pages, "render_page", counted)
    pages = pdf_pages.PdfPages()
    data = pdf.read_bytes()
    pages.publish(f"{EVENT}/fact-sheet", data)  # as when a viewed PDF is made
    results = []
    askers = [threading.Thread(target=lambda: results.append(pages.image(data, 2))) for _ in range(3)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join(30)
    assert pages.count(data) == 3
    assert len(results) == 3 and len(set(results)) == 1 and results[0][:2] == b"\xff\xd8"
    for page in (1, 3):
        pages.image(data, page)
    assert sorted(calls) == [1, 2, 3]


def test_an_unreadable_pdf_is_an_error_not_a_crash(tmp_path):
    from generator.errors import BuildError
    from generator.serve.pdf_pages import PdfPages

    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.7\nnot really\n")
    with pytest.raises(BuildError, match="PDF cannot be read"):
        PdfPages().count(pdf.read_bytes())


def test_open_opens_the_preview_in_the_browser(tmp_path, monkeypatch):
    """--open hands the server's address to the web browser once it listens."""
    import webbrowser

    from helpers import make_project

    from generator.config.project import Project
    from generator.serve import Preview, serve_project

    opened, answered = [], []

    def fake_watch(self, options=None, **_):
        status = request(self, "/")[0]  # the server listens while the watch runs
        answered.append(status)

    monkeypatch.setattr(webbrowser, "open", opened.append)
    monkeypatch.setattr(Preview, "watch", fake_watch)
    ready: list[str] = []
    project = Project(root=make_project(tmp_path))
    serve_project(project, None, port=0, open_browser=True, on_ready=ready.append)
    assert opened == ready and opened[0].startswith("http://127.0.0.1:")
    assert answered == [200]


@pytest.mark.slow
def test_briefkit_serve_serves_until_stopped(tmp_path):
    """The command itself: it says where it listens, serves, and stops cleanly on SIGTERM."""
    import signal
    import subprocess
    import sys
    import time

    from helpers import make_project

    root = make_project(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", "0", "-f", "html"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [child.stdout.readline() for _ in range(2)]
        url = next(line.split()[1] for line in lines if line.startswith("Serving "))
        host, port = urlsplit(url).hostname, urlsplit(url).port
        assert host == "127.0.0.1"
        deadline = time.monotonic() + 60
        while not (root / "build" / EVENT / "fact-sheet.html").exists():
            assert time.monotonic() < deadline, "nothing built"
            time.sleep(0.1)
        key = parse_qs(urlsplit(url).query)["key"][0]
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.request(
            "GET", f"/out/{EVENT}/fact-sheet.html", headers={"Cookie": f"briefkit-preview-{port}={key}"}
        )
        response = connection.getresponse()
        assert response.status == 200 and b"Test Meeting" in response.read()
        connection.close()
    finally:
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=30)
    assert "Traceback" not in err, err
    assert child.returncode in (0, 1), (child.returncode, err)  # Click's "Aborted!" on an interrupt


def test_an_event_added_while_serving_is_served_after_the_next_build(tmp_path):
    from helpers import make_project, minimal_event, write_files

    from generator.config.project import Project
    from generator.pipeline.build import build_project
    from generator.pipeline.options import BuildOptions
    from generator.pipeline.result import BuildResult
    from generator.serve import Preview

    root = make_project(tmp_path)
    project = Project(root=root)
    preview = Preview(project, None, "127.0.0.1", 0)
    preview.start()
    try:
        speech = (root / f"content/{EVENT}/speech.txt").read_text(encoding="utf-8")
        write_files(
            root,
            {"content/second-event/event.yaml": minimal_event(), "content/second-event/speech.txt": speech},
        )
        build_project(project, BuildOptions(formats=("html",), documents=("fact-sheet",), workers=0))
        assert request(preview, "/out/second-event/fact-sheet.html")[0] == 404  # not known yet
        preview.state.built(BuildResult())  # what the watch does after each build
        status, _, body = request(preview, "/out/second-event/fact-sheet.html")
        assert status == 200 and b"Test Meeting" in body
        assert b"second-event" in request(preview, "/")[2]
    finally:
        preview.close()
