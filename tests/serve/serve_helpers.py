"""What the preview tests share: the templates they save, and a preview running in a thread."""

from __future__ import annotations

import http.client
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from helpers import EVENT

from generator.config.project import Project
from generator.pipeline.options import BuildOptions
from generator.serve import Preview

#: The template the tests save, overriding one block of the built-in fact sheet.
OVERRIDE = f"content/{EVENT}/templates/documents/fact_sheet.html.j2"
EDITED = (
    '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n'
    "{% block key_facts %}<p>Edited MARK</p>{{ super() }}{% endblock %}\n"
)
BROKEN = (
    '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{% block key_facts %}{{ oops {% endblock %}\n'
)


class Running:
    """A Preview serving and watching ``root`` until ``close``."""

    def __init__(self, root: Path, **options):
        """``options``: BuildOptions fields (one writer process for the first build)."""
        self.root = root
        self.reports: list = []
        self.stop = threading.Event()
        self.preview = Preview(Project(root=root), None, "127.0.0.1", 0)
        self.preview.start()
        self.thread = threading.Thread(
            target=self.preview.watch,
            daemon=True,
            args=(BuildOptions(**{"workers": 1, **options}),),
            kwargs={"report": self.reports.append, "stop": self.stop},
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return self.preview.url

    def output(self, name: str) -> Path:
        return self.root / "build" / EVENT / name

    def wait_for_reports(self, count: int, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while len(self.reports) < count:
            assert time.monotonic() < end, f"no report {count} after {timeout} s: {self.reports}"
            time.sleep(0.05)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=20)
        self.preview.close()
        assert not self.thread.is_alive(), "the watch did not stop"


def request(preview, path: str, method: str = "GET", host: str | None = None):
    address = urlsplit(preview.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host or address.netloc)
        connection.putheader("Cookie", preview.cookie)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()
