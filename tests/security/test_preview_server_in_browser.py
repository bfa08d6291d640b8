"""The preview server attacked from the browser side, in headless Chromium.

A hostile event's HTML preview, a hostile error message and another web page
open in the same browser are attacks only a browser can carry out: it runs
the scripts, applies the policies and decides what one origin may read of
another. Each test is one attack; the server runs in this process.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from browser_helpers import wait_until
from helpers import EVENT
from preview_helpers import PREVIEW_TEXT, Server

from generator.errors import TemplateError
from generator.pipeline.result import BuildResult

pytestmark = pytest.mark.slow

INJECTED = (
    '</title><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    '"quoted" \'single\' </ol></div><iframe src="/"></iframe>'
)


@pytest.fixture
def target(tmp_path):
    running = Server(tmp_path)
    try:
        yield running
    finally:
        running.close()


def test_an_error_message_full_of_markup_is_shown_as_text(target, browser):
    driver = browser.driver
    driver.get(target.preview.address)  # the key, kept in a cookie
    driver.get(f"{target.preview.url}view/{EVENT}/fact-sheet")
    wait_until(lambda: driver.find_element("id", "bk-status").text == "building…", what="the page")
    file = f"{target.root}/content/{EVENT}/templates/x{INJECTED.replace(':', '')}.html.j2"
    target.preview.state.built(TemplateError(f"{file}:7: {INJECTED}"))
    wait_until(lambda: driver.find_element("id", "bk-overlay").is_displayed(), what="the overlay")
    overlay = driver.find_element("id", "bk-overlay")
    assert overlay.find_element("css selector", ".message").text == INJECTED
    assert overlay.find_element("css selector", ".where").text.endswith(".html.j2:7")
    assert overlay.find_elements("css selector", "script, img, iframe") == []
    assert driver.execute_script("return window.pwned") is None
    assert driver.title.startswith(f"{EVENT} / fact-sheet")
    target.preview.state.built(BuildResult())
    wait_until(lambda: not overlay.is_displayed(), what="the overlay to clear")


def _hostile_preview(network, with_meta: bool, with_object: bool = False) -> str:
    """A preview that does everything a preview must not, as if a template had slipped it all
    past the build's checks; ``with_meta``: the policy the HTML writer adds, or not even that.

    Not in it: ``<iframe src>`` naming another server. The policy blocks the frame, but Chromium
    has already opened a TCP connection to that server (no request is sent on it); the build
    refuses ``<iframe>`` in every template (render/vocabulary.py), so no preview has one.

    ``with_object``: an ``<object>`` too (the build refuses it as well). Not in the framed
    preview: in a sandboxed frame whose policy blocks it, Chromium now and then never ends the
    frame's load (it stays "interactive", about one load in fifteen on a busy machine, none
    in 120 without it), so the page around it never fires ``load`` and the driver's page load
    times out; nothing is fetched either way. It is tried in the preview opened on its own."""
    witness = network.url
    meta = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">' if with_meta else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{meta}<title>hostile</title>
<link rel="stylesheet" href="{witness("link.css")}">
<style>@import url("{witness("import.css")}"); body {{ background: url("{witness("bg.png")}"); }}</style>
</head><body><p>{PREVIEW_TEXT}</p>
<script>
  window.ran = true;
  try {{ parent.document.title = "PWNED"; }} catch (e) {{}}
  try {{ top.location = "{witness("top")}"; }} catch (e) {{}}
  fetch("{witness("fetch")}").catch(() => {{}});
  fetch("/").then(r => r.text()).then(t => {{ parent.document.body.dataset.leak = t; }});
</script>
<img src="{witness("img.png")}" alt="">
<img src="x" onerror="parent.document.title = 'PWNED-ONERROR'" alt="">
<form action="{witness("form")}" method="get"><button id="hostile-submit">Continue</button></form>
<a id="hostile-top" href="{witness("link")}" target="_top">next</a>
<a id="hostile-blank" href="{witness("popup")}" target="_blank">new</a>
{f'<object data="{witness("object")}"></object>' if with_object else ""}
</body></html>"""


class Witness(ThreadingHTTPServer):
    """A server the hostile preview names: the connections and the requests it receives."""

    daemon_threads = True

    def __init__(self):
        self.connections: list = []
        self.requests: list[str] = []
        witness = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                witness.requests.append(self.requestline)
                self.send_response(204)
                self.end_headers()

            do_POST = do_GET

            def log_message(self, format: str, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def verify_request(self, request, client_address) -> bool:
        self.connections.append(client_address)
        return True

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{path}"


@pytest.mark.parametrize("with_meta", [False, True], ids=["header-and-sandbox-only", "with-meta-policy"])
def test_a_hostile_preview_cannot_script_navigate_or_call_out(target, browser, with_meta):
    """Nothing is fetched when it loads; nothing is sent when its form or links are pressed
    (Chromium opens a connection to their server as they are pressed, before the policy
    or the sandbox stops them, and sends no request on it)."""
    driver = browser.driver
    witness, second = Witness(), Witness()
    try:
        (target.folder / "fact-sheet.html").write_text(_hostile_preview(witness, with_meta), encoding="utf-8")
        target.preview.state.built(BuildResult())  # as the watch does once the file is written
        page = f"{target.preview.url}view/{EVENT}/fact-sheet"
        driver.get(target.preview.address)
        driver.get(page)
        driver.switch_to.frame(wait_until(lambda: driver.find_elements("id", "bk-html"), what="the frame")[0])
        wait_until(lambda: PREVIEW_TEXT in driver.find_element("tag name", "body").text, what="the preview")
        assert driver.execute_script("return window.ran") is None  # (the driver's own script runs)
        time.sleep(0.5)
        assert witness.connections == [], "the framed preview reached the network as it loaded"
        for button in ("hostile-submit", "hostile-top", "hostile-blank"):
            driver.find_element("id", button).click()
        driver.switch_to.default_content()
        time.sleep(1)
        assert driver.current_url == page and len(driver.window_handles) == 1
        assert "PWNED" not in driver.title
        assert driver.execute_script("return document.body.dataset.leak") is None
        # Opened on its own, out of its frame, with an <object> now: the header's policy still holds.
        # A witness of its own: the presses above opened connections to the first.
        hostile = _hostile_preview(second, with_meta, with_object=True)
        (target.folder / "fact-sheet.html").write_text(hostile, encoding="utf-8")
        alone = f"{target.preview.url}out/{EVENT}/fact-sheet.html"
        driver.get(alone)
        assert PREVIEW_TEXT in driver.find_element("tag name", "body").text
        assert driver.find_elements("tag name", "object")
        assert driver.execute_script("return window.ran") is None
        time.sleep(0.5)
        assert second.connections == [], "the preview opened on its own reached the network as it loaded"
        driver.find_element("id", "hostile-submit").click()  # form-action 'none'
        time.sleep(1)
        assert driver.current_url == alone
        assert witness.requests == second.requests == []
    finally:
        for server in (witness, second):
            server.shutdown()
            server.server_close()


class _Attacker(BaseHTTPRequestHandler):
    """Another web site on the user's machine: a page that tries to read the preview."""

    preview_url = ""

    def do_GET(self) -> None:
        url = self.preview_url
        body = f"""<!DOCTYPE html><html><body><script>
const out = (window.results = {{}});
const note = (name, value) => {{ out[name] = value; }};
const preview = "{url}out/{EVENT}/fact-sheet.html";
fetch(preview).then(r => r.text()).then(t => note("fetch", t), () => note("fetch", "refused"));
fetch(preview, {{mode: "no-cors"}}).then(r => note("no-cors", r.type + ":" + r.status),
  () => note("no-cors", "refused"));
fetch("{url}live").then(r => r.text()).then(t => note("live", t), () => note("live", "refused"));
const xhr = new XMLHttpRequest();
xhr.open("GET", "{url}");
xhr.onload = () => note("xhr", xhr.responseText);
xhr.onerror = () => note("xhr", "refused");
xhr.send();
const source = new EventSource("{url}live");
source.onmessage = (m) => note("eventsource", m.data);
source.addEventListener("state", (m) => note("eventsource", m.data));
source.onerror = () => {{ note("eventsource", out.eventsource || "refused"); source.close(); }};
const image = new Image();
image.onload = () => note("img", "loaded"); image.onerror = () => note("img", "refused");
image.src = "{url}assets/icon.svg";
</script><iframe id="framed" src="{url}"></iframe></body></html>""".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        pass


@pytest.mark.parametrize("attacker_host", ["127.0.0.1", "localhost"], ids=["same-site-port", "cross-site"])
def test_another_origin_in_the_browser_reads_nothing_and_cannot_frame_it(target, browser, attacker_host):
    """Another port of 127.0.0.1 (the same site) or another host name (another site)."""
    driver = browser.driver
    handler = type("Attacker", (_Attacker,), {"preview_url": target.preview.url})
    attacker = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=attacker.serve_forever, daemon=True)
    thread.start()
    try:
        driver.get(f"http://{attacker_host}:{attacker.server_address[1]}/")
        results = wait_until(
            lambda: _all_in(
                driver.execute_script("return window.results"),
                ("fetch", "no-cors", "live", "xhr", "eventsource", "img"),
            ),
            what="the attacker's attempts",
        )
        assert results["fetch"] == results["live"] == results["xhr"] == results["eventsource"] == "refused"
        assert results["no-cors"] in ("refused", "opaque:0")  # nothing of it readable
        assert results["img"] == "refused"  # Cross-Origin-Resource-Policy (and Sec-Fetch-Site)
        assert not any(PREVIEW_TEXT in str(value) for value in results.values())
        driver.switch_to.frame(driver.find_element("id", "framed"))
        assert "Events" not in driver.find_element("tag name", "body").text  # frame-ancestors 'none'
        driver.switch_to.default_content()
    finally:
        attacker.shutdown()
        attacker.server_close()


def _all_in(results, names):
    return results if results and all(name in results for name in names) else None


def test_event_names_that_are_numbers_do_not_reload_the_index_for_ever(tmp_path, browser):
    """JavaScript lists keys that look like array indices first, in numeric order: the index
    compared its catalogue in that order with the server's, found them different, and
    reloaded itself, again and again."""
    from helpers import minimal_event, write_files

    target = Server(tmp_path)
    try:
        speech = (target.root / f"content/{EVENT}/speech.txt").read_text(encoding="utf-8")
        for name in ("999", "2025"):
            write_files(
                target.root,
                {f"content/{name}/event.yaml": minimal_event(), f"content/{name}/speech.txt": speech},
            )
            (target.root / "build" / name).mkdir()
            (target.root / "build" / name / "fact-sheet.html").write_text("<p>x</p>", encoding="utf-8")
        target.preview.state.built(BuildResult())
        driver = browser.driver
        driver.get(target.preview.address)
        driver.execute_script("window.stayed = true")
        wait_until(lambda: driver.find_element("id", "bk-status").text == "up to date", what="the state")
        time.sleep(1)
        assert driver.execute_script("return window.stayed") is True  # not reloaded
        assert [h.text for h in driver.find_elements("css selector", ".event h2")] == sorted(
            ["999", "2025", EVENT]
        )
    finally:
        target.close()
