"""The preview server (``briefkit serve``) under attack, over raw HTTP.

Each test is one attack, named after it, on a server run in this process on
127.0.0.1 with an ephemeral port. The outputs are written into build/ by the
test (the server serves whatever the build left there), so no build runs.
Requests go out as bytes on a socket: nothing normalises the path, the
headers or the framing the way a well-behaved client would.
"""

from __future__ import annotations

import io
import os
import threading
import time

import pytest
from browser_helpers import wait_until
from helpers import EVENT, blank_pdf
from preview_helpers import PREVIEW_TEXT, SECRET, Server, parse

from generator.errors import BuildError
from generator.serve import pdf_pages, server


@pytest.fixture
def target(tmp_path):
    running = Server(tmp_path)
    try:
        yield running
    finally:
        running.close()


def still_serving(target) -> bool:
    status, _, body = target.get(f"/out/{EVENT}/fact-sheet.html")
    return status == 200 and PREVIEW_TEXT.encode() in body


# -- paths -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/out/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",  # overlong UTF-8 for "."
        f"/out/{EVENT}/%c0%af..%c0%afpyproject.toml",  # overlong UTF-8 for "/"
        f"/out/{EVENT}/%e0%80%ae%e0%80%ae.html",  # three-byte overlong "."
        "/out/%ff/fact-sheet.html",  # not UTF-8 at all
        f"/pages/{EVENT}/%c0%ae.json",
    ],
    ids=["overlong-dot", "overlong-slash", "overlong-3-byte", "lone-ff", "overlong-in-pages"],
)
def test_invalid_utf8_escapes_are_refused_not_a_crash(target, path, capsys):
    """They were a UnicodeDecodeError: a traceback on the terminal and no answer at all."""
    status, headers, body = target.get(path)
    assert status == 404 and headers["x-content-type-options"] == "nosniff"
    assert SECRET.encode() not in body
    assert "Traceback" not in capsys.readouterr().err
    assert still_serving(target)


@pytest.mark.parametrize(
    "path",
    [
        "/out/" + "a" * 70_000 + "/x.html",
        f"/out/{EVENT}/" + "%2e" * 20_000 + ".html",
        f"/out/{EVENT}/fact-sheet.html\\..\\..\\pyproject.toml",
        f"/out/{EVENT}/fact-sheet%5c..%5c..%5cpyproject.toml",
        f"http://{'attacker.example'}/out/{EVENT}/..%2f..%2fpyproject.toml",
    ],
    ids=[
        "request-line-over-64k",
        "long-escaped-name",
        "raw-backslashes",
        "escaped-backslashes",
        "absolute-form-target",
    ],
)
def test_long_and_odd_paths_are_refused(target, path):
    status, _, body = target.get(path)
    assert status in (400, 404, 414) and b"[project]" not in body


def test_a_file_swapped_for_a_link_after_the_check_is_not_followed(target, monkeypatch):
    """Time of check, time of use: the file is checked, then replaced by a link out."""
    outputs = target.preview.outputs
    checked = outputs.find

    def find_then_swap(event, name):
        output = checked(event, name)
        os.replace(_link_to(target.outside / "fact-sheet.html", target.folder / "swap"), output.path)
        return output

    monkeypatch.setattr(outputs, "find", find_then_swap)
    status, _, body = target.get(f"/out/{EVENT}/fact-sheet.html")
    assert status == 404 and SECRET.encode() not in body


def test_a_file_swapped_for_a_named_pipe_after_the_check_does_not_hang(target, monkeypatch):
    outputs = target.preview.outputs
    checked = outputs.find

    def find_then_swap(event, name):
        output = checked(event, name)
        os.mkfifo(target.folder / "pipe")
        os.replace(target.folder / "pipe", output.path)
        return output

    monkeypatch.setattr(outputs, "find", find_then_swap)
    status, _, _ = target.get(f"/out/{EVENT}/fact-sheet.html")  # the socket's 10 s timeout would fail it
    assert status == 404


def test_a_named_pipe_in_build_is_neither_listed_nor_read(target):
    os.mkfifo(target.folder / "pack.pdf")
    assert target.get(f"/out/{EVENT}/pack.pdf")[0] == 404
    assert target.get(f"/pages/{EVENT}/pack.json")[0] == 404
    assert b"pack" not in target.get("/")[2]


def test_a_link_to_a_device_in_build_is_not_read(target):
    os.symlink("/dev/zero", target.folder / "pack.pdf")
    os.symlink("/dev/urandom", target.folder / "notes.html")
    assert target.get(f"/out/{EVENT}/pack.pdf")[0] == 404
    assert target.get(f"/pages/{EVENT}/pack/1")[0] == 404
    assert target.get(f"/out/{EVENT}/notes.html")[0] == 404


def test_an_event_folder_in_build_linking_out_is_not_served(target):
    """build/<event> a link: its files resolved inside the link's own target, so they passed."""
    (target.folder / "fact-sheet.html").unlink()
    target.folder.rmdir()
    target.folder.symlink_to(target.outside)
    status, _, body = target.get(f"/out/{EVENT}/fact-sheet.html")
    assert status == 404 and SECRET.encode() not in body
    assert b"fact-sheet" not in target.get("/")[2]


def test_a_build_folder_linking_out_of_the_project_is_not_served(target, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / EVENT).mkdir(parents=True)
    (elsewhere / EVENT / "fact-sheet.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    build = target.root / "build"
    build.rename(target.root / "old-build")
    build.symlink_to(elsewhere)
    status, _, body = target.get(f"/out/{EVENT}/fact-sheet.html")
    assert status == 404 and SECRET.encode() not in body
    assert b"fact-sheet" not in target.get("/")[2]


def test_a_file_in_build_linking_to_another_output_is_not_followed(target):
    (target.folder / "pack.html").symlink_to(target.folder / "fact-sheet.html")
    assert target.get(f"/out/{EVENT}/pack.html")[0] == 404


# -- HTTP --------------------------------------------------------------------


def test_another_local_user_without_the_key_gets_nothing(target):
    """Loopback is open to every user of the machine: without this run's key, nothing is served
    (it was all served to anyone who connected)."""
    name, key = target.preview.cookie_name, target.preview.key
    cookies = (
        "",
        f"{name}=wrong",
        f"{name}={key[:-1]}",
        f"briefkit-preview-1={key}",
        f'{name}="{key}x"',
        f"{name}=\u00e9t\u00e9",
        "=;;==\x7f",
        f"{name}=x; {name}=y",
    )
    paths = (
        "/",
        f"/out/{EVENT}/fact-sheet.html",
        "/live",
        f"/view/{EVENT}/fact-sheet",
        f"/?key={key[::-1]}",
        "/?key=%C3%A9",
        "/?key=",
    )
    for cookie in cookies:
        for path in paths:
            raw = f"GET {path} HTTP/1.1\r\nHost: {target.host}\r\nCookie: {cookie}\r\n\r\n"
            status, headers, body = parse(target.raw(raw.encode("utf-8")))
            assert status == 403, (cookie, path)
            assert PREVIEW_TEXT.encode() not in body and b"fact-sheet" not in body
            assert "set-cookie" not in headers


def test_the_printed_address_keeps_the_key_and_leads_home_or_to_a_document_only(target):
    """A link with the key to a document's page (a colleague's) leads there; any other path from the
    request leads home: it could lead to another site."""
    assert target.preview.address == f"{target.preview.url}?key={target.preview.key}"
    assert len(target.preview.key) >= 32
    home = (
        "/",
        "//attacker.example/",
        "/\\attacker.example",
        "/view//attacker.example",
        "/view/%2e%2e/x",
        "/view/a/b/c",
        f"/out/{EVENT}/fact-sheet.html",
        "/view/-x/y",
    )
    for path, to in [(f"/view/{EVENT}/fact-sheet", f"/view/{EVENT}/fact-sheet")] + [(p, "/") for p in home]:
        raw = f"GET {path}?key={target.preview.key} HTTP/1.1\r\nHost: {target.host}\r\n\r\n"
        status, headers, _ = parse(target.raw(raw.encode()))
        assert status == 303 and headers["location"] == to, path
        assert headers["set-cookie"] == f"{target.preview.cookie}; Path=/; HttpOnly; SameSite=Strict"


def test_a_request_body_cannot_smuggle_a_second_request(target):
    """A page rebinding its own domain to 127.0.0.1 sends its own Host, refused (421); a second
    request with the loopback Host inside the body of the first was answered on the same connection."""
    inner = f"GET /out/{EVENT}/fact-sheet.html HTTP/1.1\r\nHost: {target.host}\r\n\r\n".encode()
    for method in (b"GET", b"POST", b"HEAD"):
        for host in (b"attacker.example:%d" % target.port, target.host.encode()):
            outer = b"%s / HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n\r\n" % (method, host, len(inner))
            answer = target.raw(outer + inner)
            assert answer.count(b"HTTP/1.1 ") == 1, (method, host, answer[:300])
            assert PREVIEW_TEXT.encode() not in answer
    chunked = b"GET / HTTP/1.1\r\nHost: %s\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (
        target.host.encode(),
        len(inner),
        inner,
    )
    answer = target.raw(chunked)
    assert answer.count(b"HTTP/1.1 ") == 1 and PREVIEW_TEXT.encode() not in answer


@pytest.mark.parametrize(
    "framing",
    [
        # Two lengths, the first saying no body: the second request was answered on the connection.
        "Content-Length: 0\r\nContent-Length: {length}",
        "Content-Length: {length}\r\nContent-Length: 0",
        # A space before the colon: not a Transfer-Encoding here, maybe one to a proxy in between.
        "Transfer-Encoding : chunked\r\nContent-Length: {length}",
        "Content-Length : {length}",
    ],
)
def test_a_length_said_twice_or_misspelt_cannot_smuggle_a_second_request(target, framing):
    inner = (
        f"GET /out/{EVENT}/fact-sheet.html HTTP/1.1\r\nHost: {target.host}\r\n"
        f"Cookie: {target.preview.cookie}\r\n\r\n"
    )
    headers = framing.format(length=len(inner))
    outer = f"GET / HTTP/1.1\r\nHost: {target.host}\r\nCookie: {target.preview.cookie}\r\n{headers}\r\n\r\n"
    answer = target.raw((outer + inner).encode())
    assert answer.count(b"HTTP/1.1 ") == 1, answer[:300]
    assert answer.startswith(b"HTTP/1.1 400 ") and PREVIEW_TEXT.encode() not in answer


@pytest.mark.parametrize(
    "first, second",
    [("{good}", "attacker.example"), ("attacker.example", "{good}"), ("{good}", "{good}")],
)
def test_a_host_said_twice_is_refused(target, first, second):
    """Which of two Hosts counts is a guess a proxy in between may make otherwise."""
    hosts = [h.format(good=target.host) for h in (first, second)]
    status, _, body = parse(
        target.raw(
            f"GET /out/{EVENT}/fact-sheet.html HTTP/1.1\r\nHost: {hosts[0]}\r\nHost: {hosts[1]}\r\n"
            f"Cookie: {target.preview.cookie}\r\n\r\n".encode()
        )
    )
    assert status == 400 and PREVIEW_TEXT.encode() not in body


@pytest.mark.parametrize("authority", ["attacker.example", "{good}"])
def test_a_request_naming_its_own_server_in_the_path_is_refused(target, authority):
    """``GET http://attacker.example/…`` (the form a proxy is sent) would otherwise be answered
    by the Host header alone, while the request says it is for another server."""
    url = f"http://{authority.format(good=target.host)}/out/{EVENT}/fact-sheet.html"
    status, _, body = target.get(url)
    assert status == 400 and PREVIEW_TEXT.encode() not in body


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"POST / HTTP/1.1\r\nHost: {host}\r\n\r\n",
        b"OPTIONS * HTTP/1.1\r\nHost: {host}\r\n\r\n",
        b"TRACE / HTTP/1.1\r\nHost: {host}\r\n\r\n",
        b"CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: {host}\r\n\r\n",
        b"PROPFIND / HTTP/1.1\r\nHost: {host}\r\n\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: {host}\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: {host}\r\nX-Big: " + b"b" * 70_000 + b"\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: {host}\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(150)) + b"\r\n",
        b"GET / HTTP/9.9\r\nHost: {host}\r\n\r\n",
        b"GET /<script>alert(1)</script> HTTP/1.1 extra\r\nHost: {host}\r\n\r\n",
    ],
    ids=[
        "post",
        "options",
        "trace",
        "connect",
        "webdav",
        "request-line-over-64k",
        "header-over-64k",
        "150-headers",
        "http-9.9",
        "garbage-request-line",
    ],
)
def test_refusals_carry_the_same_headers_as_every_answer(target, request_bytes):
    """The standard library's own refusals were HTML without a policy, nosniff or frame-ancestors."""
    status, headers, body = parse(target.raw(request_bytes.replace(b"{host}", target.host.encode())))
    assert 400 <= status < 600
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["connection"] == "close"
    assert b"<script>" not in body  # nothing of the request is echoed


def test_a_dns_rebinding_host_is_refused_with_every_spelling(target):
    for host in (
        f"attacker.example:{target.port}",
        "attacker.example",
        f"127.0.0.1.nip.io:{target.port}",
        f"LOCALHOST:{target.port}",
        f"127.0.0.1:{target.port + 1}",
        f"127.0.0.1:{target.port}@evil",
    ):
        raw = f"GET /out/{EVENT}/fact-sheet.html HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
        status, _, body = parse(target.raw(raw))
        assert status == 421 and PREVIEW_TEXT.encode() not in body, host
    missing = f"GET /out/{EVENT}/fact-sheet.html HTTP/1.0\r\n\r\n".encode()
    assert parse(target.raw(missing))[0] == 421


@pytest.mark.parametrize(
    "site,mode,dest",
    [
        ("cross-site", "no-cors", "image"),
        ("cross-site", "cors", "empty"),
        ("cross-site", "no-cors", "iframe"),
        ("same-site", "no-cors", "image"),  # another port of 127.0.0.1 is the same site
        ("same-site", "cors", "empty"),
        ("cross-site", "navigate", "iframe"),  # a frame is a navigation, but not a top one
    ],
)
def test_another_site_in_the_browser_gets_nothing(target, site, mode, dest):
    """A page of another origin can make the user's browser ask (an <img>, a fetch, a frame):
    such requests, marked by the browser, are refused before any work (a PDF page render)."""
    status, headers, body = target.get(
        f"/out/{EVENT}/fact-sheet.html",
        f"Sec-Fetch-Site: {site}",
        f"Sec-Fetch-Mode: {mode}",
        f"Sec-Fetch-Dest: {dest}",
        "Origin: http://127.0.0.1:1",
    )
    assert status == 403 and PREVIEW_TEXT.encode() not in body
    assert "access-control-allow-origin" not in headers


def test_own_pages_and_a_followed_link_are_answered(target):
    for site, mode, dest in (
        ("same-origin", "no-cors", "iframe"),
        ("none", "navigate", "document"),
        ("cross-site", "navigate", "document"),
    ):
        status, headers, _ = target.get(
            f"/out/{EVENT}/fact-sheet.html",
            f"Sec-Fetch-Site: {site}",
            f"Sec-Fetch-Mode: {mode}",
            f"Sec-Fetch-Dest: {dest}",
        )
        assert status == 200, (site, mode, dest)
        assert "access-control-allow-origin" not in headers
        assert headers["cross-origin-resource-policy"] == "same-origin"


def test_range_and_conditional_requests_get_the_whole_current_file(target):
    on_disk = (target.folder / "fact-sheet.html").read_bytes()
    for header in (
        "Range: bytes=0-3",
        "Range: bytes=-1000000000",
        "Range: bytes=99999999999-",
        "If-None-Match: *",
        "If-Modified-Since: Sat, 01 Jan 2100 00:00:00 GMT",
    ):
        status, headers, body = target.get(f"/out/{EVENT}/fact-sheet.html", header)
        assert (status, body) == (200, on_disk), header
        assert headers["cache-control"] == "no-store"


def test_an_idle_connection_is_closed_and_blocks_no_one(target, monkeypatch):
    """Slowloris: connections that never finish a request held a thread each for ever."""
    assert 0 < target.preview.server.RequestHandlerClass.timeout <= 60  # no timeout was the default
    monkeypatch.setattr(target.preview.server.RequestHandlerClass, "timeout", 0.5)
    idle = [target.connect() for _ in range(3)]
    idle[1].sendall(b"GET / HTTP/1.1\r\nHost: ")  # half a request
    try:
        assert still_serving(target)
        for sock in idle:
            sock.settimeout(10)
            assert sock.recv(100) == b""  # closed by the server
    finally:
        for sock in idle:
            sock.close()


def test_a_request_trickling_in_is_closed_when_its_time_is_up(target, monkeypatch):
    """Slowloris, slower: a byte every so often, each within the timeout of a read, held the
    connection (and its slot) for as long as the client went on; now the whole request is due
    within the timeout."""
    monkeypatch.setattr(target.preview.server.RequestHandlerClass, "timeout", 0.5)
    with target.connect() as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: ")
        start = time.monotonic()
        closed = False
        while time.monotonic() - start < 8:
            time.sleep(0.1)  # each byte well within the timeout of a read
            try:
                sock.sendall(b"x")
            except OSError:  # the server has closed it
                closed = True
                break
            sock.settimeout(0.01)
            try:
                if sock.recv(100) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
        assert closed, "the trickling request was still held after 8 s"
        assert time.monotonic() - start < 3
    # An ordinary request on a fresh connection is answered as before, the answer under no deadline.
    status, _, body = target.get(f"/out/{EVENT}/fact-sheet.html")
    assert status == 200 and PREVIEW_TEXT.encode() in body


def test_connections_over_the_cap_are_turned_away_then_served_again(tmp_path, monkeypatch):
    monkeypatch.setattr(server, "MAX_CONNECTIONS", 4)
    target = Server(tmp_path)
    held = [target.connect() for _ in range(4)]
    try:
        time.sleep(0.2)  # accepted, each in its thread
        status, _, _ = parse(target.raw(f"GET / HTTP/1.1\r\nHost: {target.host}\r\n\r\n".encode()))
        assert status == 503
    finally:
        for sock in held:
            sock.close()
    try:
        deadline = time.monotonic() + 10
        while not _answers(target):
            assert time.monotonic() < deadline, "the slots did not come back"
            time.sleep(0.05)
        assert threading.active_count() < 50
    finally:
        target.close()


def test_event_streams_over_the_cap_are_turned_away(tmp_path, monkeypatch):
    monkeypatch.setattr(server, "MAX_STREAMS", 2)
    target = Server(tmp_path)
    streams = []
    try:
        for _ in range(2):
            sock, first = target.open_stream()
            assert first.startswith(b"HTTP/1.1 200")
            streams.append(sock)
        status, _, _ = target.get("/live")
        assert status == 503
        streams.pop().close()
        deadline = time.monotonic() + 10
        while True:  # the closed stream's slot comes back once the server sees it closed
            target.preview.state.built(BuildError("wake the streams"))
            sock, first = target.open_stream()
            sock.close()
            if first.startswith(b"HTTP/1.1 200"):
                break
            assert time.monotonic() < deadline, "the stream's slot did not come back"
            time.sleep(0.1)
    finally:
        for sock in streams:
            sock.close()
        target.close()


def test_a_page_that_goes_frees_its_stream_without_waiting_for_a_write(tmp_path, monkeypatch):
    """A page closed or navigated away was noticed only at its stream's next write (a change,
    or a keep-alive 15 s on): until then it held a stream's slot and a thread, and its
    document stayed "on screen", rendered first at every rebuild. No change and no
    keep-alive here: only the closed connection tells."""
    monkeypatch.setattr(server, "KEEPALIVE", 3600.0)
    monkeypatch.setattr(server, "MAX_STREAMS", 1)
    target = Server(tmp_path)
    try:
        sock, first = target.open_stream(f"/live?view={EVENT}/fact-sheet")
        assert first.startswith(b"HTTP/1.1 200")
        wait_until(lambda: target.preview.on_screen() == {(EVENT, "fact-sheet")}, what="the page counted")
        sock.close()
        wait_until(lambda: not target.preview.on_screen(), timeout=10, what="the page to count as gone")
        sock, first = target.open_stream()
        sock.close()
        assert first.startswith(b"HTTP/1.1 200")  # its slot is free
    finally:
        target.close()


def _answers(target) -> bool:
    try:
        return target.get("/")[0] == 200
    except (OSError, IndexError, ValueError):
        return False


def _link_to(target_path, link):
    os.symlink(target_path, link)
    return link


# -- PDF pages -----------------------------------------------------------------


def test_a_page_metres_wide_is_rendered_cut_to_its_limit():
    """A 5 m page took 7 s and 1.4 GB in pdftoppm; only the top left corner is drawn now."""
    from PIL import Image

    image = pdf_pages.render_page(blank_pdf(width=14_400, height=14_400), 1)
    width, height = Image.open(io.BytesIO(image)).size
    assert (width, height) == pdf_pages.MAX_PIXELS
    a4 = Image.open(io.BytesIO(pdf_pages.render_page(blank_pdf(), 1))).size
    assert a4 == (794, 1123)  # a normal page is not cut


def _claiming(count: int) -> bytes:
    """A one-page PDF whose page tree claims ``count`` pages."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [3 0 R] >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def test_a_pdf_claiming_a_million_pages_shows_no_more_than_the_limit(target):
    """The page count goes to the page, which asks for every page: a PDF lying in its page
    tree (pypdf counts the pages it finds), or really that long, is refused past the limit."""
    pages = pdf_pages.PdfPages()
    try:
        assert pages.count(_claiming(1_000_000)) == 1
    except BuildError as exc:
        assert "1000000 pages" in str(exc)
    with pytest.raises(BuildError, match=f"{pdf_pages.MAX_PAGES + 1} pages"):
        pages.count(blank_pdf(pdf_pages.MAX_PAGES + 1))
    (target.folder / "fact-sheet.pdf").write_bytes(blank_pdf(pdf_pages.MAX_PAGES + 1))
    status, _, body = target.get(f"/pages/{EVENT}/fact-sheet.json")
    assert status == 503 and f"{pdf_pages.MAX_PAGES + 1} pages".encode() in body
    assert target.get(f"/pages/{EVENT}/fact-sheet/1")[0] == 503


def test_a_render_over_its_time_limit_is_an_error_not_a_traceback(monkeypatch):
    monkeypatch.setattr(pdf_pages, "RENDER_TIMEOUT", 0.001)
    with pytest.raises(BuildError, match="took more than"):
        pdf_pages.render_page(blank_pdf(width=14_400, height=14_400), 1)


def test_a_page_over_the_helpers_memory_ceiling_is_an_error_and_the_next_page_renders():
    """Pages are drawn in helper processes under a memory ceiling: a page needing more is
    refused with a message, and the helpers go on drawing."""
    from generator.serve.page_renderer import PageRenderer

    renderer = PageRenderer(memory_mb=24)  # a 2400 × 3400 page needs 33 MB, A4 4 MB
    try:
        with pytest.raises(BuildError, match=r"more memory than the preview allows|helper process stopped"):
            renderer.render(blank_pdf(width=14_400, height=14_400), 1, 96, pdf_pages.MAX_PIXELS, 30)
        image = renderer.render(blank_pdf(), 1, 96, pdf_pages.MAX_PIXELS, 30)
        assert image[:2] == b"\xff\xd8"
    finally:
        renderer.close()


def test_page_helpers_outlive_the_thread_that_first_asked(tmp_path):
    """Helpers die with the thread that started them (they must not outlive the server, and
    Linux ties that to a thread); pages are asked for from request threads that end."""
    from generator.serve.page_renderer import PageRenderer

    renderer = PageRenderer()
    try:
        images: list[bytes] = []
        asker = threading.Thread(
            target=lambda: images.append(renderer.render(blank_pdf(), 1, 96, (800, 800), 30))
        )
        asker.start()
        asker.join(60)
        time.sleep(0.5)  # the thread is gone: helpers it had started would be killed by now
        for page in range(3):
            images.append(renderer.render(blank_pdf(3), page + 1, 96, (800, 800), 30))
        assert len(images) == 4 and all(image[:2] == b"\xff\xd8" for image in images)
    finally:
        renderer.close()


def test_the_page_caches_stay_bounded(monkeypatch):
    """Counts were kept for every version of every PDF for as long as the server ran."""
    monkeypatch.setattr(pdf_pages, "KEEP", 3)
    monkeypatch.setattr(pdf_pages, "render_page", lambda data, page: b"\xff\xd8" + data[-40:])
    pages = pdf_pages.PdfPages()
    for n in range(1, 9):
        data = blank_pdf(n)
        assert pages.count(data) == n
        pages.image(data, 1)
    assert len(pages._counts) == 3 and len(pages._images) == 3


def test_a_long_pdf_landing_starts_a_few_renders_not_one_thread_a_page(tmp_path, monkeypatch):
    rendered, threads = [], []
    real_thread = threading.Thread

    def counted_thread(*args, **kwargs):
        threads.append(kwargs.get("name"))
        return real_thread(*args, **kwargs)

    def render(data, page):
        rendered.append(page)
        return b"\xff\xd8"

    monkeypatch.setattr(pdf_pages, "render_page", render)
    monkeypatch.setattr(pdf_pages.threading, "Thread", counted_thread)
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(blank_pdf(400))
    pdf_pages.PdfPages().publish(f"{EVENT}/briefing-pack", pdf.read_bytes())  # as a viewed PDF is made
    deadline = time.monotonic() + 10
    while len(rendered) < pdf_pages.AHEAD:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.1)
    assert sorted(rendered) == list(range(1, pdf_pages.AHEAD + 1))
    assert len(threads) <= (os.cpu_count() or 1) + 1  # one per core, and page 1's while counting
