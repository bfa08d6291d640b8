"""A preview server on a project whose build/ the test fills, and raw requests to it."""

from __future__ import annotations

import socket

from helpers import EVENT, make_project

from generator.config.project import Project
from generator.serve import Preview

SECRET = "SECRET-OUTSIDE-THE-OUTPUTS"
PREVIEW_TEXT = "THE-PREVIEW-ITSELF"


class Server:
    """A Preview of a project whose build/ the test fills, and raw requests to it."""

    def __init__(self, tmp_path):
        self.root = make_project(tmp_path)
        self.outside = tmp_path / "outside"
        self.outside.mkdir()
        (self.outside / "fact-sheet.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
        self.folder = self.root / "build" / EVENT
        self.folder.mkdir(parents=True)
        (self.folder / "fact-sheet.html").write_text(f"<p>{PREVIEW_TEXT}</p>", encoding="utf-8")
        self.preview = Preview(Project(root=self.root), None, "127.0.0.1", 0)
        self.preview.start(poll_interval=0.02)  # each test stops one: no half-second wait
        self.port = self.preview.server.server_address[1]
        self.host = f"127.0.0.1:{self.port}"

    def connect(self, timeout: float = 10) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=timeout)

    def raw(self, data: bytes, timeout: float = 10) -> bytes:
        """Send ``data``, read until the server closes (or ``timeout``)."""
        with self.connect(timeout) as sock:
            sock.sendall(data)
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
            return received

    def get(self, path: str, *headers: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
        lines = [
            f"{method} {path} HTTP/1.1",
            f"Host: {self.host}",
            f"Cookie: {self.preview.cookie}",
            *headers,
            "Connection: close",
            "",
            "",
        ]
        return parse(self.raw("\r\n".join(lines).encode("latin-1")))

    def open_stream(self, path: str = "/live") -> tuple[socket.socket, bytes]:
        """An event stream (``/live``, or ``path``) left open, and the first bytes of its answer."""
        sock = self.connect()
        sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nCookie: {self.preview.cookie}\r\n\r\n".encode()
        )
        return sock, sock.recv(20)

    def close(self) -> None:
        self.preview.close()


def parse(response: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = response.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, body
