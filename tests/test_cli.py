"""The command line's wiring: help, version, list, schema, validate, environment, outputs."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from importlib.metadata import version

import pytest
import yaml
from helpers import (
    CONTENT,
    DEFAULT_EVENT,
    EVENT,
    MINIMAL_SPEECH,
    REPO,
    TEMPLATES,
    assert_ok,
    make_project,
    minimal_event,
    run_cli,
)

import generator
from generator.content.speech import parse_speech

COMMANDS = ("build", "validate", "list", "schema", "serve")


def _cited_mappings(value) -> int:
    """Mappings in raw YAML data that cite the speech."""
    if isinstance(value, dict):
        return bool(value.get("cite")) + sum(_cited_mappings(v) for v in value.values())
    if isinstance(value, list):
        return sum(_cited_mappings(v) for v in value)
    return 0


def test_version():
    output = assert_ok(run_cli(["--version"]))
    assert output.strip() == f"briefkit, version {generator.__version__}"
    assert generator.__version__ == version("briefkit")


def test_help_lists_commands():
    for flag in ("--help", "-h"):
        output = assert_ok(run_cli([flag]))
        assert output.startswith("Usage: briefkit")
        for command in COMMANDS:
            assert f"  {command}" in output


def test_build_help_documents_options():
    output = assert_ok(run_cli(["build", "--help"]))
    for option in ("--format", "--doc", "--theme", "--strict"):
        assert option in output


def test_python_dash_m():
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Usage: briefkit" in proc.stdout
    for command in COMMANDS:
        assert command in proc.stdout


def test_unknown_command_is_a_usage_error(tmp_path):
    result = run_cli(["bulid"])
    assert result.exit_code == 2
    assert "No such command 'bulid'" in result.output
    assert "Traceback" not in result.output


def test_list_shows_events_and_documents(tmp_path):
    from generator.config.documents import load_documents

    root = make_project(tmp_path, copy_content=True)
    output = assert_ok(run_cli(["list"], project=root))
    events = sorted(p.name for p in CONTENT.iterdir() if (p / "event.yaml").is_file())
    assert events
    docs = load_documents([TEMPLATES / "documents.toml"])
    events_part, rest = output.split("Documents", 1)
    docs_part, rest = rest.split("Themes", 1)
    themes_part, templates_part = rest.split("Templates", 1)
    for name in events:
        assert name in events_part
    for spec in docs.documents.values():
        assert spec.id in docs_part and spec.title in docs_part and spec.template in docs_part
    assert docs.pack.id in docs_part
    for theme in (TEMPLATES / "themes").iterdir():
        assert theme.name in themes_part
    for path in TEMPLATES.rglob("*.j2"):
        relative = path.relative_to(TEMPLATES)
        if relative.parts[0] != "themes":
            assert relative.as_posix() in templates_part


def test_schema_is_json_schema_of_event_yaml():
    data = json.loads(assert_ok(run_cli(["schema"])))
    assert data["$schema"].startswith("https://json-schema.org/")
    properties = data["properties"]
    assert "timeline" in properties
    shipped = yaml.safe_load((CONTENT / DEFAULT_EVENT / "event.yaml").read_text(encoding="utf-8"))
    assert set(shipped) <= set(properties)
    assert {"event", "speech", "summary", "key_messages"} <= set(data["required"])
    assert data.get("additionalProperties") is False
    # A list key left empty is null in YAML: the schema allows it where validate does, and only there.
    assert {"type": "null"} in properties["timeline"]["anyOf"]
    assert properties["key_messages"]["type"] == "array"


def test_an_editor_checking_with_the_schema_agrees_with_validate():
    """The shipped events validate, and so must they for an editor's checker: 'cite: 2', as every example
    writes it, was an error there (the schema allowed only a list)."""
    import jsonschema

    checker = jsonschema.Draft202012Validator(json.loads(assert_ok(run_cli(["schema"]))))
    shipped = sorted(CONTENT.glob("*/event.yaml"))
    assert len(shipped) >= 2
    for path in shipped:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [e.message for e in checker.iter_errors(data)] == [], path
    event = minimal_event()
    event["key_messages"][0]["cite"] = 1
    event["timeline"] = None
    assert [e.message for e in checker.iter_errors(event)] == []
    event["key_messages"][0]["cite"] = "first"
    assert any("cite" in str(list(e.path)) for e in checker.iter_errors(event))


def test_validate_reports_counts(tmp_path):
    event = minimal_event()
    event["timeline"] = [
        {"date": "2005-09", "title": "Summit", "significance": "Adopted the document.", "cite": 1},
        {"date": "planned", "title": "Forum", "significance": "Proposed.", "kind": "planned"},
    ]
    root = make_project(tmp_path, event=event)
    output = assert_ok(run_cli(["validate"], project=root))
    paragraphs = len(parse_speech(MINIMAL_SPEECH).paragraphs)
    assert output.strip() == (
        f"{EVENT}: ok ({paragraphs} speech paragraphs, {_cited_mappings(event)} cited items, "
        f"{len(event['timeline'])} timeline items)"
    )


def test_validate_shipped_content(tmp_path):
    root = make_project(tmp_path, copy_content=True)
    output = assert_ok(run_cli(["validate"], project=root))
    raw = yaml.safe_load((CONTENT / DEFAULT_EVENT / "event.yaml").read_text(encoding="utf-8"))
    assert f"{DEFAULT_EVENT}: ok (18 speech paragraphs," in output
    assert f"{len(raw['timeline'])} timeline items" in output


def test_project_from_environment(tmp_path):
    # README: every option can be set as BRIEFKIT_<OPTION>, e.g. BRIEFKIT_PROJECT.
    root = make_project(tmp_path)
    output = assert_ok(run_cli(["validate"], env={"BRIEFKIT_PROJECT": str(root)}))
    assert f"{EVENT}: ok" in output


def test_build_format_from_environment(tmp_path):
    # README: BRIEFKIT_BUILD_FORMAT=pdf for 'build --format pdf'.
    root = make_project(tmp_path)
    assert_ok(
        run_cli(["build", "-j", "1", "-d", "fact-sheet"], project=root, env={"BRIEFKIT_BUILD_FORMAT": "html"})
    )
    assert sorted(p.name for p in (root / "build" / EVENT).iterdir() if not p.name.startswith(".")) == [
        "fact-sheet.html"
    ]


def test_build_reports_what_it_wrote(built):
    lines = built.output.splitlines()
    ids = [*built.documents.documents, built.documents.pack.id]
    for doc_id in ids:
        for fmt in ("pdf", "html", "docx"):
            assert f"wrote build/{DEFAULT_EVENT}/{doc_id}.{fmt}" in lines
    written = {p.name for p in built.out.iterdir() if not p.name.startswith(".")}
    assert written == {f"{d}.{f}" for d in ids for f in ("pdf", "html", "docx")}
    # No temporary files left behind by the atomic writes.
    assert not [p for p in built.out.iterdir() if p.name.endswith(".tmp")]


def test_outputs_are_readable_like_any_file(built):
    mask = os.umask(0)
    os.umask(mask)
    for path in built.out.iterdir():
        if path.suffix in (".pdf", ".html", ".docx"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name


@pytest.mark.parametrize("where", ["before the command", "after the command"])
def test_quiet_build_prints_nothing(tmp_path, where):
    root = make_project(tmp_path)
    args = ["build", "-j", "1", "-f", "html", "-d", "timeline"]
    result = run_cli(["-q", *args] if where == "before the command" else [*args, "-q"], project=root)
    assert assert_ok(result) == ""
    assert (root / "build" / EVENT / "timeline.html").is_file()


def test_verbose_after_the_command_says_what_each_step_does(tmp_path):
    root = make_project(tmp_path)
    plain = assert_ok(run_cli(["build", "-j", "1", "-f", "html", "-d", "timeline"], project=root))
    assert "info:" not in plain
    verbose = assert_ok(
        run_cli(["build", "-j", "1", "-f", "html", "-d", "timeline", "--force", "-v"], project=root)
    )
    assert f"info: Templating {EVENT} / timeline" in verbose


def test_every_command_takes_verbose_and_quiet_after_its_name():
    from generator.cli import cli

    for name, command in cli.commands.items():
        options = {opt for param in command.params for opt in param.opts}
        assert {"-v", "--verbose", "-q", "--quiet"} <= options, name


def test_shell_completion_is_generated_by_click(tmp_path):
    """The README's completion line: bash source that completes briefkit's commands."""
    env = {**os.environ, "_BRIEFKIT_COMPLETE": "bash_source"}
    script = subprocess.run(
        [sys.executable, "-c", "from generator.cli import main; main()"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "_briefkit_completion" in script and "complete " in script
    env = {
        **os.environ,
        "_BRIEFKIT_COMPLETE": "bash_complete",
        "COMP_WORDS": "briefkit se",
        "COMP_CWORD": "1",
    }
    words = subprocess.run(
        [sys.executable, "-c", "from generator.cli import main; main()"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "plain,serve" in words.splitlines()


# -- warnings: one form, one --strict policy (generator/warn.py) ---------------------------


def test_build_help_says_strict_makes_every_warning_an_error():
    output = " ".join(assert_ok(run_cli(["build", "--help"])).split())
    assert "Treat every warning of the build as an error" in output and "a font not installed" in output


def test_build_and_validate_print_their_warnings_alike(tmp_path):
    event = minimal_event()
    event["summary"] = "TO CHECK a summary"
    root = make_project(tmp_path, event=event)
    built = assert_ok(run_cli(["build", "-f", "html"], project=root))
    checked = assert_ok(run_cli(["validate"], project=root))
    assert f"warning: {EVENT}: a draft, 1 value(s) still TO CHECK" in built
    assert f"warning: {EVENT}: " in checked and "still to check: TO CHECK a summary" in checked
    assert "WARNING" not in built + checked


def test_every_warning_is_said_through_one_place():
    """Warnings leave through generator.warn (whose --strict policy is the one home): no module
    logs one itself or prints its own 'warning:'."""
    elsewhere = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "generator").rglob("*.py"))
        if path.name != "warn.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".warning(" in line or "warnings.warn(" in line or '"warning:' in line.lower()
    ]
    assert elsewhere == []


def test_a_pdf_whose_page_numbers_cannot_be_read_back_warns_or_under_strict_fails(caplog):
    import logging

    from generator.errors import BuildError
    from generator.writers.pdf.anchors import anchor_pages

    with caplog.at_level(logging.WARNING):
        assert anchor_pages(b"%PDF-1.7 not really") == {}
    assert "Cannot read the page numbers back from the PDF" in caplog.text
    with pytest.raises(BuildError, match=r"Cannot read the page numbers back .*\(--strict\)"):
        anchor_pages(b"%PDF-1.7 not really", strict=True)
