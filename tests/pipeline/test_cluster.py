"""Builds on a Dask cluster: a LocalCluster of two worker processes on 127.0.0.1.

The cluster's bytes must be the local build's bytes, manifest included; a
worker killed in the middle of a task must cost nothing; an event whose
workers keep dying is reported and keeps its earlier outputs.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers import MINIMAL_SPEECH, assert_ok, make_project, minimal_event, run_cli, snapshot, write_files

distributed = pytest.importorskip("distributed")

EVENTS = ("a-event", "b-event", "c-event")
ARGS = ("-f", "pdf", "-f", "docx", "-f", "html", "-d", "fact-sheet", "-d", "timeline")

pytestmark = [
    pytest.mark.slow,
    # distributed's own sockets, closed by its event loop after the test has looked.
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(autouse=True)
def _fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1150000000")


def _cluster(**config):
    import dask

    with dask.config.set(config):
        return distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )


@pytest.fixture(scope="module")
def cluster():
    cluster = _cluster()
    yield cluster
    cluster.close()


@pytest.fixture
def project(tmp_path) -> Path:
    gone = {"content/test-event/event.yaml": None, "content/test-event/speech.txt": None}
    root = make_project(tmp_path, gone)
    for n, event in enumerate(EVENTS):
        data = minimal_event()
        data["event"]["name"] = f"Test Meeting {n + 1}"
        write_files(
            root, {f"content/{event}/event.yaml": data, f"content/{event}/speech.txt": MINIMAL_SPEECH}
        )
    return root


def _local_build(root: Path) -> dict[str, bytes]:
    """The local build's outputs; build/ is emptied again for the cluster."""
    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=root))
    built = snapshot(root / "build")
    shutil.rmtree(root / "build")
    return built


class _DieOnce(distributed.WorkerPlugin):
    """Kills its worker when the first briefkit task starts anywhere (a flag file says it happened)."""

    def __init__(self, flag: str, event: str | None = None, always: bool = False):
        self.flag, self.event, self.always = flag, event, always

    def transition(self, key, start, finish, **kwargs):
        name = str(key)
        if finish != "executing" or "briefkit-" not in name or (self.event and self.event not in name):
            return
        if self.always or not os.path.exists(self.flag):
            with open(self.flag, "a") as fh:
                fh.write(name + "\n")
            os._exit(1)


class _Recorder(distributed.WorkerPlugin):
    """Writes the key of every briefkit task a worker starts to a file."""

    def __init__(self, path: str):
        self.path = path

    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and "briefkit-" in str(key):
            with open(self.path, "a") as fh:
                fh.write(f"{key}\n")


def test_a_cluster_build_has_the_bytes_of_a_local_build(cluster, project):
    local = _local_build(project)

    result = run_cli(["build", "--scheduler", cluster.scheduler_address, *ARGS], project=project)

    assert_ok(result)
    assert snapshot(project / "build") == local  # outputs and manifests, byte for byte
    assert len([name for name in local if not name.endswith(".json")]) == 3 * 2 * 3
    assert "up to date" in run_cli(["build", "-j", "1", *ARGS], project=project).output


def test_a_worker_killed_mid_task_loses_nothing(cluster, project, tmp_path):
    local = _local_build(project)
    flag = tmp_path / "killed"
    with distributed.Client(cluster, set_as_default=False) as client:
        client.register_plugin(_DieOnce(str(flag)), name="die-once")
        try:
            result = run_cli(["build", "--scheduler", cluster.scheduler_address, *ARGS], project=project)
        finally:
            client.unregister_worker_plugin("die-once")
    assert flag.exists(), "no worker was killed: the test proves nothing"
    assert_ok(result)
    assert snapshot(project / "build") == local
    assert not [p for p in (project / "build").rglob(".*") if p.suffix in (".tmp", ".bak")]


def test_an_event_whose_workers_keep_dying_is_reported_and_left_as_it_was(project, tmp_path):
    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=project))
    before = snapshot(project / "build" / "b-event")
    for n, event in enumerate(EVENTS):
        data = minimal_event()
        data["event"]["name"] = f"Test Meeting {n + 1}, changed"
        write_files(project, {f"content/{event}/event.yaml": data})
    flag = tmp_path / "killed"
    cluster = _cluster(**{"distributed.scheduler.allowed-failures": 1})
    try:
        with distributed.Client(cluster, set_as_default=False) as client:
            client.register_plugin(_DieOnce(str(flag), event="b-event", always=True), name="die-on-b")
            address = cluster.scheduler_address
            result = run_cli(["build", "--scheduler", address, "-k", *ARGS], project=project)
    finally:
        cluster.close()

    assert len(flag.read_text().splitlines()) == 2  # tried twice, killed twice
    assert result.exit_code == 4, result.output
    assert "workers died while rendering 'b-event'" in result.output
    assert "Traceback" not in result.output
    assert snapshot(project / "build" / "b-event") == before
    for event in ("a-event", "c-event"):
        assert b"changed" in (project / "build" / event / "fact-sheet.html").read_bytes()


def test_an_unreachable_scheduler_is_a_clear_error(project, monkeypatch):
    from generator.pipeline import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2)
    result = run_cli(["build", "--scheduler", "tcp://127.0.0.1:9", *ARGS], project=project)

    assert result.exit_code == 2, result.output
    assert "Cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output
    assert not (project / "build").exists()


def test_a_docx_built_alone_on_the_cluster_takes_its_page_numbers_as_locally(cluster, project):
    """-f docx after a full build: the pack's contents take their page numbers from the PDF in build/."""
    assert_ok(run_cli(["build", "-j", "1", "-d", "briefing-pack", "a-event"], project=project))
    pack = project / "build" / "a-event" / "briefing-pack.docx"
    pack.unlink()
    assert_ok(run_cli(["build", "-j", "1", "-f", "docx", "-d", "briefing-pack", "a-event"], project=project))
    local = pack.read_bytes()
    pack.unlink()

    address = cluster.scheduler_address
    result = run_cli(
        ["build", "--scheduler", address, "-f", "docx", "-d", "briefing-pack", "a-event"], project=project
    )

    assert_ok(result)
    assert pack.read_bytes() == local
    # The witness: without the PDF in build/, the same DOCX is different (no page numbers to take).
    (project / "build" / "a-event" / "briefing-pack.pdf").unlink()
    assert_ok(
        run_cli(
            ["build", "-j", "1", "--force", "-f", "docx", "-d", "briefing-pack", "a-event"], project=project
        )
    )
    assert pack.read_bytes() != local


def test_a_batch_renders_its_drafts_on_the_cluster(cluster, tmp_path):
    """briefkit batch --scheduler: the same summary and the same packs as a local batch."""
    fixtures = Path(__file__).resolve().parent.parent / "extract" / "fixtures"
    statements = tmp_path / "statements"
    statements.mkdir()
    for name in ("norland-warning-2009.txt", "quorvia-no-header.txt"):
        shutil.copy(fixtures / name, statements / name)
    outputs = {}
    seen = tmp_path / "tasks"
    with distributed.Client(cluster, set_as_default=False) as client:
        client.register_plugin(_Recorder(str(seen)), name="recorder")
        try:
            runs = (("local", ["-j", "1"]), ("cluster", ["--scheduler", cluster.scheduler_address]))
            for where, extra in runs:
                root = tmp_path / where
                (root / "content").mkdir(parents=True)
                result = run_cli(["batch", str(statements), "-f", "html", *extra], project=root)
                assert_ok(result)
                outputs[where] = (result.output, snapshot(root / "build"))
        finally:
            client.unregister_worker_plugin("recorder")
    # The witness that the cluster rendered them: its workers ran their tasks.
    ran = seen.read_text()
    assert "briefkit-norland-warning-2009" in ran and "briefkit-quorvia-no-header" in ran, ran
    (local_table, local_built), (cluster_table, cluster_built) = outputs["local"], outputs["cluster"]
    assert cluster_table == local_table
    packs = {name: data for name, data in local_built.items() if name.endswith("briefing-pack.html")}
    assert len(packs) == 2
    assert {name: cluster_built[name] for name in packs} == packs


def test_a_task_over_the_time_limit_is_stopped_and_reported(cluster, project):
    """--timeout applies on the cluster: Dask runs the task in a thread, where no alarm
    can be delivered; the stop is raised in that thread, and the worker is free again."""
    import time

    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=project))
    before = snapshot(project / "build" / "b-event")
    endless = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    write_files(
        project,
        {
            "content/b-event/templates/documents/fact_sheet.html.j2": (
                '{% extends "!builtin/documents/fact_sheet.html.j2" %}'
                "{% block vision %}" + endless + "{% endblock %}\n"
            )
        },
    )
    for n, event in enumerate(EVENTS):
        data = minimal_event()
        data["event"]["name"] = f"Test Meeting {n + 1}, changed"
        write_files(project, {f"content/{event}/event.yaml": data})

    start = time.monotonic()
    args = ["build", "--scheduler", cluster.scheduler_address, "-k", "--timeout", "5", *ARGS]
    result = run_cli(args, project=project)
    assert time.monotonic() - start < 100

    assert result.exit_code == 4, result.output
    assert "b-event" in result.output and "'fact-sheet'" in result.output
    assert "took longer than 5 s" in result.output and "Traceback" not in result.output
    assert snapshot(project / "build" / "b-event") == before
    for event in ("a-event", "c-event"):
        assert b"changed" in (project / "build" / event / "fact-sheet.html").read_bytes()
    # The worker that ran it is free: the next build uses both workers and ends.
    write_files(project, {"content/b-event/templates/documents/fact_sheet.html.j2": None})
    assert_ok(run_cli(["build", "--scheduler", cluster.scheduler_address, *ARGS], project=project))
    assert b"changed" in (project / "build" / "b-event" / "fact-sheet.html").read_bytes()
