"""The preview server: the standard library's threading HTTP server, read-only, on loopback.

Why not a framework: the server answers a handful of GET routes for one
person on one machine, plus one long-lived event stream per open page; a
thread each is plenty, and the standard library needs no extra install
(docs/architecture.md weighs Starlette + Uvicorn).

What it serves (nothing else, and only to GET and HEAD):

    /                               the events and their documents
    /view/<event>/<document>        one document: HTML preview beside the PDF's pages, DOCX link
                                    (``?show=html`` or ``?show=pdf``: that pane alone)
    /out/<event>/<document>.<ext>   a build output (outputs.py decides which)
    /pages/<event>/<document>.json  the PDF's page count and version (the hash of its bytes)
    /pages/<event>/<document>/<n>   page n of the PDF as an image (``?v=``: of that version)
    /live                           server-sent events: the state of the outputs and errors
    /assets/<name>                  the preview's own script and stylesheet

Every page of its own carries a Content-Security-Policy that allows only
its own script and style; the previews keep theirs (writers/html.py) and are
shown in a sandboxed frame, so no script runs inside them: the reload logic
lives in the page around the frame.

What it spends is bounded, whoever connects: a connection idle for
:data:`IDLE_TIMEOUT` seconds is closed, at most :data:`MAX_CONNECTIONS` are
served at once (one thread each) and :data:`MAX_STREAMS` of them may be
event streams; more are turned away with 503. A request another web site
makes from the user's browser (``Sec-Fetch-Site``) is refused before it
costs anything, and a request carrying a body is refused and its
connection closed, so no second request can hide in it.

Loopback is shared by every user of the machine, so each run has a key:
the address printed (and opened by ``--open``) carries it once, the answer
keeps it in a cookie for this port and leads to the index, and a request
without it gets nothing.
"""

from __future__ import annotations

import contextlib
import hmac
import io
import ipaddress
import logging
import os
import re
import secrets
import select
import socket
import threading
import time
import webbrowser
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jinja2

from ..config.project import Project
from ..errors import BriefkitError, BuildError
from ..pipeline.options import BuildOptions
from ..pipeline.output import SLUG
from ..pipeline.result import BuildResult
from ..warn import warn
from ..writers.html import POLICY as PREVIEW_POLICY
from . import pdf_pages
from .live import LiveState
from .outputs import MEDIA_TYPES, Outputs, Refused
from .pdf_pages import PdfPages

log = logging.getLogger(__name__)

#: The policy of the server's own pages: its script, its style, frames and images from itself.
OWN_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
#: The previews' own policy, plus what only a header can say: framed by the preview alone.
OUTPUT_POLICY = f"{PREVIEW_POLICY}; frame-ancestors 'self'"
ASSETS = {
    "live.js": "text/javascript; charset=utf-8",
    "preview.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}
#: Seconds a rebuild waits at most, once a PDF on screen is written, for its first pages to be
#: drawn before it goes on with what is not on screen.
SCREEN_FIRST = 0.5
#: Seconds between keep-alive comments on an idle event stream.
KEEPALIVE = 15.0
#: Seconds between looks, on an idle event stream, at whether its page has gone.
GONE_CHECK = 0.5
#: Seconds a connection may wait for the client (a request, or reading what is sent) before it is closed.
IDLE_TIMEOUT = 20.0
#: Connections served at once (a thread each); a browser opens six per server, plus one stream per tab.
MAX_CONNECTIONS = 64
#: Event streams open at once: one per open page.
MAX_STREAMS = 32
#: The document page's views besides both panes side by side (``/view/E/D?show=pdf``).
VIEWS = ("html", "pdf")
#: What the browser says of a request's origin (Sec-Fetch-Site) that the preview answers.
OWN_SITES = {None, "same-origin", "none"}
_BUSY_TEXT = b"Too many connections; try again in a moment.\n"
BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: %d\r\nConnection: close\r\nRetry-After: 5\r\nX-Content-Type-Options: nosniff\r\n"
    b"\r\n%s" % (len(_BUSY_TEXT), _BUSY_TEXT)
)
SEGMENT = r"([^/]+)"
#: A document's page, which a link holding the key may lead to: names of events and documents only.
_DEEP_LINK = re.compile(r"^/view/[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9_-]*$")

ROUTES = [
    (re.compile(r"^/$"), "index"),
    (re.compile(rf"^/view/{SEGMENT}/{SEGMENT}$"), "view"),
    (re.compile(rf"^/out/{SEGMENT}/{SEGMENT}$"), "output"),
    (re.compile(rf"^/pages/{SEGMENT}/{SEGMENT}\.json$"), "page_count"),
    (re.compile(rf"^/pages/{SEGMENT}/{SEGMENT}/([1-9][0-9]{{0,3}})$"), "page_image"),
    (re.compile(r"^/live$"), "live"),
    (re.compile(r"^/assets/([a-z]+\.[a-z]+)$"), "asset"),
]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Preview:
    """The server and the state it shows; :meth:`watch` runs the rebuilds."""

    def __init__(self, project: Project, events: list[Path] | None, host: str = "127.0.0.1", port: int = 0):
        self.project = project
        self.events = events
        self.outputs = Outputs(
            project.build_dir,
            lambda: [folder.name for folder in project.event_folders(events)],
            root=project.root,
        )
        self.state = LiveState(self.outputs)
        self.pages = PdfPages()
        #: ``event/document`` → how many open pages show it (their event streams say).
        self.viewing: Counter[str] = Counter()
        self._viewing_lock = threading.Lock()
        self.streams = threading.BoundedSemaphore(MAX_STREAMS)
        #: This run's key (see the module's docstring).
        self.key = secrets.token_urlsafe(24)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_class = type("Server", (_Server,), {"address_family": family})
        self.server = server_class((host, port), _handler(self))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"

    @property
    def address(self) -> str:
        """The address to open: the server's, with this run's key."""
        return f"{self.url}?key={self.key}"

    @property
    def cookie_name(self) -> str:
        """Per port: cookies are shared by every port of a host."""
        return f"briefkit-preview-{self.server.server_address[1]}"

    @property
    def cookie(self) -> str:
        """The ``Cookie`` header of a request that holds the key."""
        return f"{self.cookie_name}={self.key}"

    @cached_property
    def allowed_hosts(self) -> set[str] | None:
        """Host headers accepted when bound to loopback (None: any).

        A web page elsewhere can point its own domain at 127.0.0.1 (DNS
        rebinding) and read a loopback server as same-origin; its requests
        still carry that domain in Host, so they are refused.
        """
        host, port = self.server.server_address[:2]
        if not is_loopback(str(host)):
            return None
        return {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]", str(host))}

    def view(self, document: str | None, change: int) -> None:
        """One more (+1) or one fewer (-1) open page showing ``event/document``.

        The first to open has that document's PDF published (from build/) if
        none is; when the last closes, the pages no longer follow it.
        """
        if not document:
            return
        with self._viewing_lock:
            self.viewing[document] += change
            shown = self.viewing[document] > 0
            if not shown:
                del self.viewing[document]
        if not shown:
            self.state.unseen(document)
        elif document not in self.state.pages:
            self.show_built(document)

    def on_screen(self) -> frozenset[tuple[str, str]]:
        """The documents open pages show, as ``(event, document)``: rebuilt first."""
        with self._viewing_lock:
            names = list(self.viewing)
        return frozenset((event, document) for event, _, document in (n.partition("/") for n in names))

    def show_pdf(self, name: str, data: bytes) -> None:
        """Have the pages showing ``name`` (``event/document``) show the PDF ``data``."""
        try:
            version, count = self.pages.publish(name, data)
        except BuildError as exc:  # the page keeps what it shows
            log.debug("%s not shown as pages: %s", name, exc)
            return
        self.state.pages_ready(name, version, count)

    def show_built(self, name: str) -> None:
        """Show the PDF of ``name`` as build/ holds it (first built, or built before the page opened)."""
        event, _, document = name.partition("/")
        try:
            data, _ = self.outputs.read(self.outputs.find(event, f"{document}.pdf"), pdf_pages.MAX_BYTES)
        except Refused as exc:
            log.debug("%s has no PDF to show: %s", name, exc)
            return
        self.show_pdf(name, data)

    def start(self, poll_interval: float = 0.5) -> None:
        """Serve in a thread; ``close`` waits up to ``poll_interval`` seconds for it to stop."""
        self._thread = threading.Thread(
            target=self.server.serve_forever, args=(poll_interval,), name="briefkit-serve", daemon=True
        )
        self._thread.start()
        pdf_pages.RENDERER.warm()  # the page helpers start while the first build runs

    def close(self) -> None:
        self.state.close()
        self.server.shutdown()
        self.server.server_close()

    def watch(
        self,
        options: BuildOptions | None = None,
        *,
        report: Callable | None = None,
        on_written: Callable | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        """Run the watch (pipeline/watch.py), telling the pages of each file and each outcome."""
        from ..pipeline.watch import watch_project

        def shown(event: str, document: str) -> bool:
            with self._viewing_lock:
                return self.viewing[f"{event}/{document}"] > 0

        def rendered(event: str, document: str, data: bytes) -> None:
            # Shown from memory, before the file is written (and the DOCX, the pack, … made).
            if shown(event, document):
                self.show_pdf(f"{event}/{document}", data)

        def written(path: Path, seconds: float) -> None:
            name = f"{path.parent.name}/{path.stem}"
            on_screen = path.suffix == ".pdf" and shown(path.parent.name, path.stem)
            if on_screen:
                # The same bytes as published, unless the build that wrote it was not eager
                # (the first build, in worker processes): then the file is news.
                self.show_built(name)
            self.state.written(path)
            if on_written:
                on_written(path, seconds)
            if on_screen:
                # The rest of the rebuild (the DOCX, the pack, other documents) waits for the
                # pages on screen to be drawn: on two cores it would take their turn.
                self.pages.wait_for_first_pages(name, SCREEN_FIRST)

        def built(outcome: BuildResult | BriefkitError) -> None:
            self.state.built(outcome)
            if report:
                report(outcome)

        watch_project(
            self.project,
            self.events,
            options,
            report=built,
            on_written=written,
            on_pdf=rendered,
            on_screen=self.on_screen,
            stop=stop,
        )

    @cached_property
    def templates(self) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("generator.serve", "assets"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        return env


def serve_project(
    project: Project,
    events: list[Path] | None,
    options: BuildOptions | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    open_browser: bool = False,
    on_ready: Callable[[str], None] | None = None,
    **watch_options,
) -> None:
    """Serve the preview and rebuild on change until Ctrl-C (or ``stop`` in ``watch_options``)."""
    if not is_loopback(host):
        warn(f"Serving on {host}: anyone who can reach this machine can read the outputs.")
    try:
        preview = Preview(project, events, host, port)
    except OSError as exc:
        raise BuildError(
            f"Cannot listen on {host}:{port}: {exc.strerror or exc}. Choose another port with --port."
        ) from None
    preview.start()
    try:
        if on_ready:
            on_ready(preview.address)
        if open_browser:
            webbrowser.open(preview.address)
        preview.watch(options, **watch_options)
    finally:
        preview.close()


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most :data:`MAX_CONNECTIONS` of them."""

    daemon_threads = True

    def __init__(self, *args, **kwargs):
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address) -> None:
        if not self.slots.acquire(blocking=False):
            # Said without waiting for the client (this is the thread that accepts), then closed.
            request.setblocking(False)
            with contextlib.suppress(OSError):
                request.send(BUSY)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class _HeadReader(io.RawIOBase):
    """A connection's reads, each request's line and headers due within one deadline.

    The standard library's timeout is for each read: a client sending a byte
    every few seconds held its connection, and a slot, for ever.
    """

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        #: ``time.monotonic()`` by which the request being read must be in; None: no deadline.
        self.deadline: float | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the request took too long to arrive")
            self.sock.settimeout(left)
        return self.sock.recv_into(buffer)


def _handler(preview: Preview) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        pass

    Handler.preview = preview
    return Handler


class _Handler(BaseHTTPRequestHandler):
    preview: Preview
    server_version = "briefkit"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = IDLE_TIMEOUT  # socketserver sets it on the connection: no client holds a thread for ever

    def log_message(self, format: str, *args) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def setup(self) -> None:
        super().setup()
        self._reader = _HeadReader(self.connection)
        self.rfile = io.BufferedReader(self._reader)

    def handle_one_request(self) -> None:
        # The whole request, line and headers, within the idle timeout of the wait for it.
        self._reader.deadline = time.monotonic() + self.timeout
        super().handle_one_request()

    def parse_request(self) -> bool:
        try:
            return super().parse_request()
        finally:
            # Read: what follows is the answer, written under the idle timeout.
            self._reader.deadline = None
            self.connection.settimeout(self.timeout)

    def do_HEAD(self) -> None:
        self._route(head=True)

    def do_GET(self) -> None:
        self._route(head=False)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's refusals (bad request line, headers too long or too many,
        unknown method) as plain text with the same headers as every other answer."""
        status = HTTPStatus(code)
        log.debug("Refused %r: %s", self.requestline, message)
        self.request_version = self.protocol_version  # headers even to a request line it could not read
        self._fail(status, f"{status.phrase}.")  # nothing of the request echoed back

    def _route(self, head: bool) -> None:
        if not self.path.startswith("/") or self._ambiguous():
            # Only a path (no "http://host/…" of its own), and one Host, one length: what a
            # server or proxy in between could read otherwise is not guessed at.
            return self._fail(HTTPStatus.BAD_REQUEST, "Bad request.")
        allowed = self.preview.allowed_hosts
        if allowed is not None and self.headers.get("Host") not in allowed:
            return self._fail(HTTPStatus.MISDIRECTED_REQUEST, "Unknown host name.")
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length", "0") != "0":
            # Unread, a body would be taken for the next request on this connection.
            return self._fail(HTTPStatus.BAD_REQUEST, "A request to the preview has no body.")
        if self.headers.get("Sec-Fetch-Site") not in OWN_SITES and not self._is_navigation():
            return self._fail(HTTPStatus.FORBIDDEN, "The preview answers its own pages only.")
        url = urlsplit(self.path)
        if _same(parse_qs(url.query).get("key", [""])[0], self.preview.key):
            return self._enter(url.path)
        if not self._holds_key():
            return self._fail(
                HTTPStatus.FORBIDDEN,
                "This preview needs its key: open the address "
                "briefkit serve printed (it changes with every run).",
            )
        path = url.path
        for pattern, name in ROUTES:
            found = pattern.match(path)
            if found:
                try:
                    return getattr(self, f"_{name}")(*found.groups(), head=head)
                except Refused as exc:
                    log.debug("Refused %s: %s", self.path, exc)
                    return self._fail(HTTPStatus.NOT_FOUND, "Not found.")
                except (ConnectionError, TimeoutError):  # the client left, or stopped reading
                    self.close_connection = True
                    return None
                except BriefkitError as exc:
                    return self._fail(HTTPStatus.SERVICE_UNAVAILABLE, exc.format_message())
        return self._fail(HTTPStatus.NOT_FOUND, "Not found.")

    def _ambiguous(self) -> bool:
        """A header that says where the request goes or where it ends given twice, or a line
        that is not a header (``Transfer-Encoding : chunked``, dropped by the parser, and every
        line after it): read as one thing here, maybe as another by a proxy in between."""
        if self.headers.defects:
            return True
        names = [name.lower() for name in self.headers]  # every field, repeated ones too
        return any(names.count(n) > 1 for n in ("host", "content-length", "transfer-encoding"))

    def _holds_key(self) -> bool:
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(self.headers.get("Cookie", ""))
        except CookieError:
            return False
        held = jar.get(self.preview.cookie_name)
        return held is not None and _same(held.value, self.preview.key)

    def _enter(self, path: str) -> None:
        """The printed address: keep the key in a cookie, and go to the index, or to the document a
        link with the key named (one a colleague shares). Only a document's own address is followed:
        another path taken from the request could lead to another site."""
        self.close_connection = True
        self.send_response(HTTPStatus.SEE_OTHER)
        self.send_header("Location", path if _DEEP_LINK.match(path) else "/")
        self.send_header("Set-Cookie", f"{self.preview.cookie}; Path=/; HttpOnly; SameSite=Strict")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self._common_headers(OWN_POLICY)
        self.end_headers()

    def _is_navigation(self) -> bool:
        """A link followed or an address typed into a tab, from wherever: the page then is
        the top one, under its own policy, and nothing of it reaches the page that linked."""
        return (
            self.headers.get("Sec-Fetch-Mode") == "navigate"
            and self.headers.get("Sec-Fetch-Dest") == "document"
        )

    # -- responses -----------------------------------------------------------

    def _send(
        self,
        body: bytes,
        media_type: str,
        head: bool,
        policy: str = OWN_POLICY,
        headers: dict[str, str] | None = None,
    ) -> None:
        self._start(media_type, len(body), policy, headers)
        if not head:
            self.wfile.write(body)

    def _start(self, media_type: str, length: int, policy: str, headers: dict[str, str] | None) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(length))
        self._common_headers(policy)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def _common_headers(self, policy: str) -> None:
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Cache-Control", "no-store")

    def _fail(self, status: HTTPStatus, message: str) -> None:
        """Refuse, and close the connection: whatever else the client sent on it is not read."""
        body = message.encode()
        self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self._common_headers(OWN_POLICY)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _page(self, template: str, head: bool, **context) -> None:
        html = self.preview.templates.get_template(template).render(**context)
        self._send(html.encode(), "text/html; charset=utf-8", head)

    # -- routes --------------------------------------------------------------

    def _index(self, head: bool) -> None:
        state = self.preview.state
        self._page(
            "index.html.j2",
            head,
            files=state.outputs.catalogue(),
            events=state.outputs.events,
            project=self.preview.project.root.resolve().name,
        )

    def _view(self, event: str, document: str, head: bool) -> None:
        files = self.preview.state.outputs.catalogue()
        if event not in files or document not in files[event]:
            raise Refused(f"{event}/{document} is not a built document")
        # One pane or both: a page not showing the HTML is not told to reload it while its PDF
        # is laid out (its reload costs the browser, and the server, their share of two cores).
        show = parse_qs(urlsplit(self.path).query).get("show", [""])[0]
        show = show if show in VIEWS else "both"
        self._page(
            "document.html.j2",
            head,
            event=event,
            document=document,
            formats=files[event][document],
            show=show,
        )

    def _output(self, event: str, name: str, head: bool) -> None:
        outputs = self.preview.outputs
        output = outputs.find(event, name)
        headers = {}
        policy = OUTPUT_POLICY
        if output.fmt == "docx":
            headers["Content-Disposition"] = f'attachment; filename="{output.event}-{output.document}.docx"'
        if output.fmt == "pdf":  # the browser's own viewer needs to run; still framed only here
            policy = "frame-ancestors 'self'"
        # Sent from the file as opened and checked (outputs.py), as long as it was then.
        with outputs.open(output) as (fd, info):
            self._start(MEDIA_TYPES[output.fmt], info.st_size, policy, headers)
            left = 0 if head else info.st_size
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 16))
                if not chunk:  # cut short meanwhile: the client sees the length was not met
                    self.close_connection = True
                    break
                self.wfile.write(chunk)
                left -= len(chunk)

    def _pdf(self, event: str, document: str) -> bytes:
        """The PDF's bytes in build/, read once."""
        outputs = self.preview.outputs
        return outputs.read(outputs.find(event, f"{document}.pdf"), pdf_pages.MAX_BYTES)[0]

    def _page_count(self, event: str, document: str, head: bool) -> None:
        import json

        data = self._pdf(event, document)
        body = json.dumps(
            {"pages": self.preview.pages.count(data), "version": pdf_pages.digest(data)}
        ).encode()
        self._send(body, "application/json", head)

    def _page_image(self, event: str, document: str, page: str, head: bool) -> None:
        # The version the page was told (``?v=``), held in memory before the file is written,
        # else the PDF in build/.
        version = parse_qs(urlsplit(self.path).query).get("v", [""])[0]
        data = self.preview.pages.published(f"{event}/{document}", version)
        if data is None:
            data = self._pdf(event, document)
        if int(page) > self.preview.pages.count(data):
            raise Refused(f"{event}/{document}.pdf has no page {page}")
        self._send(self.preview.pages.image(data, int(page)), PdfPages.media_type, head)

    def _asset(self, name: str, head: bool) -> None:
        if name not in ASSETS:
            raise Refused(f"no asset {name}")
        body = (resources.files("generator.serve") / "assets" / name).read_bytes()
        self._send(body, ASSETS[name], head)

    def _live(self, head: bool) -> None:
        """Server-sent events: the whole state now, then after each change."""
        if not self.preview.streams.acquire(blocking=False):
            return self._fail(HTTPStatus.SERVICE_UNAVAILABLE, f"More than {MAX_STREAMS} pages are open.")
        try:
            self._stream(head)
        finally:
            self.preview.streams.release()

    def _stream(self, head: bool) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self._common_headers(OWN_POLICY)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if head:
            return
        # The page says which document it shows: that PDF's pages are rendered as it lands.
        view = parse_qs(urlsplit(self.path).query).get("view", [""])[0]
        event, _, document = view.partition("/")
        viewing = view if SLUG.match(event) and SLUG.match(document) else None
        self.preview.view(viewing, +1)
        try:
            self._follow(self.preview.state)
        finally:
            self.preview.view(viewing, -1)

    def _follow(self, state: LiveState) -> None:
        """Send each change until the server closes or the page goes.

        A page that goes (closed, reloaded, navigated away) shuts its end of the
        connection; a write would notice only at the next change or keep-alive,
        15 s on, and meanwhile the stream held its slot and its thread, and kept
        its document counted as on screen (rendered first at every rebuild). So
        the connection is looked at every :data:`GONE_CHECK` seconds.
        """
        version, message = state.snapshot()
        self._event(message)
        quiet_since = time.monotonic()
        while True:
            update = state.wait(version, GONE_CHECK)
            if state.closed or self._page_gone():
                return
            if update is not None:
                version, message = update
                self._event(message)
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= KEEPALIVE:
                self.wfile.write(b": still here\n\n")
                self.wfile.flush()
                quiet_since = time.monotonic()

    def _page_gone(self) -> bool:
        """The client has shut its end: a stream's client sends nothing after its request,
        so a connection that reads as ended (or failed) is a page that has gone."""
        try:
            if not select.select([self.connection], [], [], 0)[0]:
                return False
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def _event(self, message: str) -> None:
        self.wfile.write(f"event: state\ndata: {message}\n\n".encode())
        self.wfile.flush()


def _same(given: str, key: str) -> bool:
    """``given`` is the key (compared in constant time; any text, not only ASCII)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), key.encode())
