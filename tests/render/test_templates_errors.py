"""Mistakes in an event's override templates: file and line, exit 3, nothing written."""

from __future__ import annotations

import pytest
from helpers import (
    EVENT,
    TEMPLATES,
    assert_ok,
    assert_user_error,
    documents_of,
    line_of,
    make_project,
    minimal_event,
    run_cli,
    snapshot,
)

OVERRIDE = f"content/{EVENT}/templates/documents/fact_sheet.html.j2"
PARTIAL = f"content/{EVENT}/templates/partials/sources.html.j2"

EXTENDS_UNDEFINED = """\
{% extends "!builtin/documents/fact_sheet.html.j2" %}
{% block glossary %}
<h2>Notes</h2>
<p>{{ event.no_such_field }}</p>
{% endblock %}
"""

REPLACES_UNDEFINED = """\
{% extends "base.html.j2" %}
{% block article %}
<h1>{{ doc.title }}</h1>
<p>{{ no_such_variable }}</p>
{% endblock %}
"""

SYNTAX_ERROR = """\
{% extends "base.html.j2" %}
{% block article %}
<h1>{{ doc.title }}</h1>
{% if %}
{% endblock %}
"""

UNCLOSED_BLOCK = """\
{% extends "base.html.j2" %}
{% block article %}
<h1>{{ doc.title }}</h1>
{% for x in event.key_messages %}
{% endblock %}
"""

CASES = {
    "undefined-attribute": (EXTENDS_UNDEFINED, "no_such_field", "no_such_field"),
    "undefined-variable": (REPLACES_UNDEFINED, "no_such_variable", "'no_such_variable' is undefined"),
    "syntax-error": (SYNTAX_ERROR, "{% if %}", "template syntax error"),
    "unclosed-block": (UNCLOSED_BLOCK, "{% endblock %}", "template syntax error"),
}


def _fails(root, *args: str, code: int = 3) -> str:
    return assert_user_error(run_cli(["build", "-j", "1", "-f", "html", *args], project=root), code)


@pytest.mark.parametrize("case", list(CASES))
def test_override_template_error(tmp_path, case):
    text, needle, message = CASES[case]
    root = make_project(tmp_path, {OVERRIDE: text})
    output = _fails(root)
    where = f"{EVENT}/templates/documents/fact_sheet.html.j2:{line_of(text, needle)}:"
    (reported,) = [line for line in output.splitlines() if where in line]
    assert message in reported
    assert not (root / "build").exists()


def test_error_in_an_included_partial_names_the_partial(tmp_path):
    text = "<h2>Sources</h2>\n<ul>\n<li>{{ event.sourcez }}</li>\n</ul>\n"
    root = make_project(tmp_path, {PARTIAL: text})
    output = _fails(root, "-d", "briefing-note")
    assert f"{EVENT}/templates/partials/sources.html.j2:{line_of(text, 'sourcez')}:" in output
    assert "sourcez" in output


def test_missing_parent_template_lists_the_folders_searched(tmp_path):
    root = make_project(tmp_path, {OVERRIDE: '{% extends "no_such_base.html.j2" %}\n'})
    output = _fails(root)
    assert "no_such_base.html.j2" in output
    assert "not found" in output
    assert f"{EVENT}/templates" in output


def test_override_is_used_only_for_its_document(tmp_path):
    root = make_project(tmp_path, {OVERRIDE: REPLACES_UNDEFINED})
    assert_ok(run_cli(["build", "-j", "1", "-f", "html", "-d", "timeline"], project=root))
    assert sorted(p.name for p in (root / "build" / EVENT).glob("*.html")) == ["timeline.html"]


def test_template_error_leaves_earlier_output_byte_identical(tmp_path):
    root = make_project(tmp_path)
    assert_ok(run_cli(["build", "-j", "1", "-f", "html"], project=root))
    before = snapshot(root / "build")
    # Every document the event gets (the programme and the delegation list need data it lacks).
    assert len([p for p in before if p.endswith(".html")]) == len(
        documents_of(root / "content" / EVENT).all_ids
    )

    (root / OVERRIDE).parent.mkdir(parents=True)
    (root / OVERRIDE).write_text(EXTENDS_UNDEFINED, encoding="utf-8")
    # Documents that template fine are not written either: all or nothing.
    _fails(root, "--force")
    assert snapshot(root / "build") == before


def test_refused_resource_fails_the_build_and_writes_nothing(tmp_path):
    # A document may not pull files from outside the project into the PDF.
    outside = tmp_path / "secret.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', encoding="utf-8")
    text = EXTENDS_UNDEFINED.replace("{{ event.no_such_field }}", f'<img src="{outside.as_uri()}" alt="x">')
    root = make_project(tmp_path, {OVERRIDE: text})
    output = assert_user_error(
        run_cli(
            ["build", "-j", "1", "-f", "html", "-f", "pdf", "-d", "fact-sheet", "-d", "timeline"],
            project=root,
        ),
        4,
    )
    assert "documents/fact_sheet.html.j2" in output
    assert "secret.svg" in output
    assert not (root / "build").exists()


NOTE = f"content/{EVENT}/templates/documents/briefing_note.html.j2"
THEME_CSS = "templates/themes/mine/css/theme.css.j2"

#: Templates that do not compile or extend nothing there, and the line at fault.
UNCOMPILED = {
    "misspelt-endblock": (
        NOTE,
        '{% extends "!builtin/documents/briefing_note.html.j2" %}\n{% block summary %}\nx\n{% endblok %}\n',
        "endblok",
        "template syntax error",
    ),
    "missing-parent": (
        NOTE,
        '{% extends "!builtin/documents/briefing_notes.html.j2" %}\n',
        "briefing_notes",
        "Template '!builtin/documents/briefing_notes.html.j2' not found (needed by ",
    ),
    "theme-partial": (
        "templates/themes/mine/partials/sources.html.j2",
        "<h2>Sources</h2>\n<p>{{ event.sources | length + }}</p>\n",
        "length +",
        "template syntax error",
    ),
    "theme-stylesheet": (
        THEME_CSS,
        '{% extends "!builtin/css/theme.css.j2" %}\n{% block extra %}\n{% if %}\n{% endblock %}\n',
        "{% if %}",
        "template syntax error",
    ),
}


@pytest.mark.parametrize("case", list(UNCOMPILED))
def test_validate_compiles_the_templates_and_says_what_build_says(tmp_path, case):
    path, text, needle, message = UNCOMPILED[case]
    root = make_project(tmp_path, {path: text})
    theme = ["--theme", "mine"] if "/mine/" in path else []
    validated = assert_user_error(run_cli(["validate", *theme], project=root), 3)
    assert f"{path.split('/', 1)[1]}:{line_of(text, needle)}" in validated
    assert message in validated
    built = _fails(root, *theme)
    assert validated == built
    assert not (root / "build").exists()


def test_validate_lists_a_template_error_with_the_other_problems(tmp_path):
    path, text, needle, _ = UNCOMPILED["missing-parent"]
    event = minimal_event()
    event["event"]["date"] = "14/03/2025"
    root = make_project(tmp_path, {path: text}, event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert "event.date" in output
    # The whole message, the folders searched too.
    assert "briefing_notes.html.j2' not found" in output
    assert "Folders searched, in order:\n    " in output


def test_validate_passes_templates_that_compile(tmp_path):
    root = make_project(tmp_path, {OVERRIDE: EXTENDS_UNDEFINED})
    assert_ok(run_cli(["validate"], project=root))


def test_check_follows_includes_and_spares_what_may_be_missing(tmp_path):
    from generator.render.templates import TemplateSet

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.html.j2").write_text(
        '{% include "optional.html.j2" ignore missing %}\n{% include ["a.html.j2", "part.html.j2"] %}\n'
        '{% include "part.html.j2" %}\n{% from "gone.html.j2" import m %}\n',
        encoding="utf-8",
    )
    (folder / "part.html.j2").write_text("{{ x }\n", encoding="utf-8")
    errors = [e.format_message() for e in TemplateSet([folder], TEMPLATES).check(["page.html.j2"])]
    assert len(errors) == 2
    assert errors[0].startswith(f"{folder / 'part.html.j2'}:1: template syntax error")
    assert errors[1].startswith(f"Template 'gone.html.j2' not found (needed by {folder / 'page.html.j2'}:4)")


def test_an_element_written_in_many_places_lists_ten_and_counts_the_rest(tmp_path):
    text = (
        '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{% block vision %}\n<p>'
        + "<u>x</u>\n" * 25
        + "{% raw %}{# <u>y</u>{% endraw %}\n</p>\n{% endblock %}\n"
    )
    root = make_project(tmp_path, {OVERRIDE: text})
    output = assert_user_error(
        run_cli(["build", "--strict", "-j", "1", "-f", "html", "-d", "fact-sheet"], project=root), 3
    )
    listed = [line for line in output.splitlines() if "<u>" in line]
    assert len(listed) == 26
    for line in listed:
        # 26 places: the comment left open inside {% raw %} is text, and its <u> is written.
        assert line.count("fact_sheet.html.j2:") == 10
        assert "fact_sheet.html.j2:3, " in line and " and 16 more) is not in the template vocabulary" in line


def test_typo_passed_to_a_builtin_macro_is_blamed_on_the_line_that_wrote_it(tmp_path):
    text = (
        '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n'
        '{% from "_macros.html.j2" import fact_list %}\n'
        "{% block glossary %}\n<h2>Asks</h2>\n{{ fact_list(event.askz) }}\n{% endblock %}\n"
    )
    root = make_project(tmp_path, {OVERRIDE: text})
    output = _fails(root, "-d", "fact-sheet")
    assert f"{EVENT}/templates/documents/fact_sheet.html.j2:{line_of(text, 'askz')}: " in output
    assert "event has no field 'askz' (did you mean 'asks'?)" in output
    assert "_macros" not in output and "generator." not in output and "object" not in output


def test_unknown_field_of_an_item_names_the_item_and_its_nearest_field(tmp_path):
    text = (
        '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{% block glossary %}\n'
        "{% for m in event.key_messages %}\n<p>{{ m.txet }}</p>\n{% endfor %}\n{% endblock %}\n"
    )
    root = make_project(tmp_path, {OVERRIDE: text})
    output = _fails(root, "-d", "fact-sheet")
    assert (
        f"fact_sheet.html.j2:{line_of(text, 'txet')}: m has no field 'txet' (did you mean 'text'?)" in output
    )


def test_element_outside_the_vocabulary_is_located_in_the_template(tmp_path):
    text = EXTENDS_UNDEFINED.replace("{{ event.no_such_field }}", "<marquee>x</marquee>")
    root = make_project(tmp_path, {OVERRIDE: text})
    output = _fails(root, "-d", "fact-sheet")
    (reported,) = [line for line in output.splitlines() if "<marquee>" in line]
    where = f"{EVENT}/templates/documents/fact_sheet.html.j2:{line_of(text, 'marquee')}: "
    assert where in reported
    assert "is not in the template vocabulary" in reported
    assert "of the rendered HTML" in reported  # kept, after the template's own line


def test_element_written_in_several_places_names_each_candidate(tmp_path):
    text = EXTENDS_UNDEFINED.replace(
        "{{ event.no_such_field }}", "<form></form>\n{# <form> #}\n<p>\n<FORM action=''>\n</p>"
    )
    root = make_project(tmp_path, {OVERRIDE: text})
    output = _fails(root, "-d", "fact-sheet")
    problems = [line for line in output.splitlines() if "<form>" in line]
    assert len(problems) == 2, output
    for reported in problems:
        assert reported.startswith("  <form> (line ")  # no single file to blame
        assert reported.count("fact_sheet.html.j2:") == 2  # the one in a comment writes nothing
        assert f"fact_sheet.html.j2:{line_of(text, '<form></form>')}, " in reported
        assert reported.endswith(
            f"fact_sheet.html.j2:{line_of(text, '<FORM')}) is not in the template vocabulary"
        )
