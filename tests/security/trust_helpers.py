"""A hostile project next to a canary: what the security and robustness suites build.

Every test gets a fresh tmp folder holding

* ``project/``  a minimal valid project (the ``helpers.make_project`` event),
  into which a test writes its hostile files;
* ``outside/``  files outside the project, each carrying a random token. No
  build may read them, and the token must never appear in an output or a
  message;
* a recorder of every file the build opens below ``outside/`` (a Python audit
  hook, inherited by the forked rendering workers), and
* a local HTTP server on 127.0.0.1 that records every connection: hostile
  URLs point at it, and it must see none.
"""

from __future__ import annotations

import io
import os
import secrets
import socket
import sys
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from helpers import EVENT, assert_user_error, make_project, run_cli, snapshot, write_files

#: Where an event's override of the fact sheet goes.
FACT_SHEET = f"content/{EVENT}/templates/documents/fact_sheet.html.j2"
#: Where an event's override of the stylesheet goes.
STYLESHEET = f"content/{EVENT}/templates/css/theme.css.j2"
#: The built-in fact sheet with one block replaced: most hostile templates use this.
FACT_SHEET_WITH = (
    '{{% extends "!builtin/documents/fact_sheet.html.j2" %}}{{% block vision %}}{body}{{% endblock %}}\n'
)

#: The smallest PNG there is (1 x 1, transparent), for images that must load.
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360606060000000050001a5f645400000000049454e44ae426082"
)


# -- who opened what ------------------------------------------------------------

#: (folder prefix, log fd) pairs being watched; empty outside a build.
_WATCHED: list[tuple[str, int]] = []
_HOOKED = False


def _audit(event: str, args: tuple) -> None:
    # Runs on every open() in the process, so it does as little as it can.
    if event != "open" or not _WATCHED:
        return
    path = args[0]
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return
    real = os.path.realpath(path)
    for prefix, fd in _WATCHED:
        # A file that is not there cannot leak; looking for one is not reading.
        if (real == prefix or real.startswith(prefix + os.sep)) and os.path.exists(real):
            os.write(fd, real.encode("utf-8", "surrogateescape") + b"\n")


class ReadRecorder:
    """Records the files opened below ``folder``, in this process and forked workers.

    Audit hooks cannot be removed, so one hook is installed per process and
    does nothing unless a recorder is active. Forked workers inherit both the
    hook and the log's file descriptor.
    """

    def __init__(self, folder: Path, log: Path):
        self.folder = os.path.realpath(folder)
        self.log = log

    def __enter__(self) -> ReadRecorder:
        global _HOOKED
        if not _HOOKED:
            sys.addaudithook(_audit)
            _HOOKED = True
        self.fd = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        _WATCHED.append((self.folder, self.fd))
        return self

    def __exit__(self, *exc) -> None:
        _WATCHED.remove((self.folder, self.fd))
        os.close(self.fd)

    def opened(self) -> list[str]:
        if not self.log.exists():
            return []
        return sorted(set(self.log.read_text(encoding="utf-8", errors="replace").splitlines()))


# -- who called the network -----------------------------------------------------


class _Quiet(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"/* fetched */"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Quiet)
        self.connections: list[tuple[str, int]] = []

    def verify_request(self, request, client_address) -> bool:
        # Any connection at all is a build reaching the network, even a TLS
        # handshake the plain HTTP handler would reject.
        self.connections.append(client_address)
        return True


class NetworkRecorder:
    """An HTTP server on 127.0.0.1 (a free port) that records every connection."""

    def __enter__(self) -> NetworkRecorder:
        self.server = _RecordingServer()
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def url(self, path: str = "x.css", scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}/{path}"

    @property
    def connections(self) -> list[tuple[str, int]]:
        return list(self.server.connections)


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the hostile project ---------------------------------------------------------


@dataclass
class Attack:
    """A project under attack, the canary outside it, and the recorders."""

    tmp: Path
    root: Path
    outside: Path
    token: str
    reads: ReadRecorder
    network: NetworkRecorder
    #: Output files before the build under test, to show none appeared or changed.
    before: dict[str, bytes] = field(default_factory=dict)
    #: Files outside the project before the build, to show none was written.
    outside_before: dict[str, bytes] = field(default_factory=dict)

    @property
    def event_dir(self) -> Path:
        return self.root / "content" / EVENT

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    def canary(self, name: str) -> Path:
        return self.outside / name

    def canary_url(self, name: str) -> str:
        return self.canary(name).as_uri()

    def write(self, files: Mapping[str, Any]) -> None:
        write_files(self.root, files)

    def link(self, name: str, target: Path | str) -> Path:
        """A symlink at ``name`` (relative to the project) pointing at ``target``."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)
        return path

    def fact_sheet(self, body: str) -> None:
        """Override the fact sheet, replacing its ``vision`` block with ``body``."""
        self.write({FACT_SHEET: FACT_SHEET_WITH.format(body=body)})

    def build(self, *args: str, env: Mapping[str, str] | None = None) -> Result:
        """``briefkit build`` in-process, with the read recorder on."""
        self.before = snapshot(self.build_dir)
        self.outside_before = snapshot(self.outside)
        with self.reads:
            return run_cli(["build", "-j", "1", *args], project=self.root, env=env)

    def refused(self, result: Result, exit_code: int, *fragments: str) -> str:
        """The build failed cleanly, said why, wrote nothing and read nothing outside."""
        output = assert_user_error(result, exit_code)
        for fragment in fragments:
            assert fragment in output, f"{fragment!r} not in the message:\n{output}"
        assert snapshot(self.build_dir) == self.before, "the failed build changed build/"
        assert not list(self.build_dir.rglob("*.tmp")), "temporary files left in build/"
        self.assert_nothing_leaked(output)
        return output

    def assert_nothing_leaked(self, output: str = "") -> None:
        assert self.token not in output, "the canary's content is in the message"
        assert self.reads.opened() == [], f"files outside the project were opened: {self.reads.opened()}"
        assert self.network.connections == [], f"the build connected to {self.network.connections}"
        leaked = files_containing(self.build_dir, self.token)
        assert leaked == [], f"the canary's content is in {leaked}"
        assert snapshot(self.outside) == self.outside_before, "the build wrote outside the project"


def attack(tmp_path: Path, network: NetworkRecorder, files: Mapping[str, Any] | None = None) -> Attack:
    """A minimal project under tmp_path/project and canary files under tmp_path/outside."""
    token = "CANARY" + secrets.token_hex(8).upper()
    outside = tmp_path / "outside"
    outside.mkdir()
    write_files(
        outside,
        {
            "canary.txt": f"secret {token}\n",
            "canary.css": f'body::before {{ content: "{token}" }}\n',
            "canary.svg": (
                '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20">'
                f'<text x="0" y="15">{token}</text></svg>'
            ),
            "canary.html.j2": f"<p>{token}</p>\n",
            "canary.toml": f'key_facts = "{token}"\nevent = "{token}"\n',
            "canary.woff": token.encode(),
            "canary.png": PNG_1PX + token.encode(),
        },
    )
    root = make_project(tmp_path, files)
    reads = ReadRecorder(outside, tmp_path / "opened.log")
    return Attack(tmp_path, root, outside, token, reads, network)


def plant_reference_docx(
    a: Attack, change: Mapping[str, Callable[[bytes], bytes]], add: Mapping[str, bytes | str] | None = None
) -> None:
    """A reference.docx in the event folder, made by python-docx with some parts changed
    (and others added), named by the event's theme.toml."""
    import docx

    raw = io.BytesIO()
    docx.Document().save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, change[name](data) if name in change else data)
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    a.write(
        {
            f"content/{EVENT}/ref.docx": out.getvalue(),
            f"content/{EVENT}/theme.toml": '[docx]\nreference = "ref.docx"\n',
        }
    )


# -- looking inside outputs ------------------------------------------------------


def readable_parts(path: Path) -> Iterable[bytes]:
    """The bytes of a file, and of what it packs: zip members, PDF streams and text."""
    data = path.read_bytes()
    yield data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                yield zf.read(name)
    if data.startswith(b"%PDF"):
        yield from _pdf_parts(data)


def _pdf_parts(data: bytes) -> Iterable[bytes]:
    from pypdf import PdfReader
    from pypdf.generic import StreamObject

    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        yield (page.extract_text() or "").encode("utf-8", "replace")
    for number in range(1, int(reader.trailer.get("/Size", 1))):
        try:
            obj = reader.get_object(number)
        except Exception:
            continue
        if isinstance(obj, StreamObject):
            try:
                yield obj.get_data()
            except (ValueError, NotImplementedError, zlib.error):
                yield obj._data


def files_containing(folder: Path, needle: str) -> list[str]:
    """Files under ``folder`` (outputs, manifests, leftovers) that hold ``needle``."""
    raw = needle.encode()
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and any(raw in part for part in readable_parts(path)):
            found.append(str(path.relative_to(folder)))
    return found


# -- fixtures shared by tests/security and tests/robustness -------------------------


@pytest.fixture
def network():
    """A local HTTP server that records every connection; hostile URLs point at it."""
    with NetworkRecorder() as server:
        yield server


@pytest.fixture
def attacked(tmp_path, network) -> Attack:
    """A minimal project, canary files outside it, and the read and network recorders."""
    return attack(tmp_path, network)
