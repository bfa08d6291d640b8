"""Templates that cannot be compiled or never end: one located error from validate and build alike.

The review of 2026-12-02 found each ended in a traceback (a template not UTF-8, nested past what
Jinja2 or Python can compile), or passed validate and then failed the build with "maximum recursion
depth exceeded", blamed on a built-in macro (templates extending or including each other).
"""

from __future__ import annotations

import pytest
from helpers import EVENT, TEMPLATES, assert_ok, assert_user_error, line_of, make_project, run_cli

OVERRIDE = f"content/{EVENT}/templates/documents/fact_sheet.html.j2"
FOLDER = f"content/{EVENT}/templates"
HEAD = '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{% block vision %}\n'
TAIL = "\n{% endblock %}\n"


def _override(body: str) -> str:
    return HEAD + body + TAIL


def _loops(n: int) -> str:
    return "".join(f"{{% for x{i} in [1] %}}\n" for i in range(n)) + "{% endfor %}" * n


#: (template text, text on the line at fault, what the message says).
TOO_DEEP = {
    "brackets": (
        _override("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}"),
        "((",
        "brackets, operators or statements nested more deeply",
    ),
    "conditions": (
        _override("{% if 1 %}" * 1000 + "{% endif %}" * 1000),
        "{% if 1 %}",
        "brackets, operators or statements nested more deeply",
    ),
    "a-long-sum": (
        _override("{{ 1" + "+1" * 100_000 + " }}"),
        "+1+1",
        "brackets, operators or statements nested more deeply",
    ),
    "loops": (_override(_loops(25)), "x24 in", "more loops inside one another than Python can compile"),
}


@pytest.mark.parametrize("case", list(TOO_DEEP))
def test_a_template_nested_too_deeply_is_one_located_error(tmp_path, case):
    text, needle, message = TOO_DEEP[case]
    root = make_project(tmp_path, {OVERRIDE: text})
    validated = assert_user_error(run_cli(["validate"], project=root), 3)
    assert f"templates/documents/fact_sheet.html.j2:{line_of(text, needle)}: {message}" in validated
    assert "Split it" in validated
    built = assert_user_error(run_cli(["build", "-j", "1", "-f", "html"], project=root), 3)
    assert built == validated
    assert not (root / "build").exists()


def test_a_template_that_is_not_utf8_names_its_line(tmp_path):
    root = make_project(tmp_path, {OVERRIDE: HEAD.encode() + b"<p>caf\xe9</p>\n" + TAIL.encode()})
    validated = assert_user_error(run_cli(["validate"], project=root), 3)
    assert "The template is not UTF-8 text." in validated
    assert "templates/documents/fact_sheet.html.j2:3: save it as UTF-8." in validated
    built = assert_user_error(run_cli(["build", "-j", "1", "-f", "html"], project=root), 3)
    assert built == validated


#: Templates loading each other in a circle: (files, the lines the message lists).
CIRCLES = {
    "extends-itself": (
        {OVERRIDE: '{# mine #}\n{% extends "documents/fact_sheet.html.j2" %}\n'},
        [
            "fact_sheet.html.j2:2: extends 'documents/fact_sheet.html.j2', which is this file itself "
            "(the built-in template it replaces is '!builtin/documents/fact_sheet.html.j2')"
        ],
    ),
    "two-extend-each-other": (
        {
            OVERRIDE: '{% extends "a.html.j2" %}\n',
            f"{FOLDER}/a.html.j2": '{% extends "b.html.j2" %}\n',
            f"{FOLDER}/b.html.j2": '\n{% extends "a.html.j2" %}\n',
        },
        [
            "templates/a.html.j2:1: extends 'b.html.j2'",
            "templates/b.html.j2:2: extends 'a.html.j2', the first",
        ],
    ),
    "includes-itself": (
        {OVERRIDE: _override('<p>\n{% include "documents/fact_sheet.html.j2" %}\n</p>')},
        ["fact_sheet.html.j2:4: includes 'documents/fact_sheet.html.j2', which is this file itself"],
    ),
    "a-partial-imports-itself": (
        {
            OVERRIDE: _override('{% include "partials/mine.html.j2" %}'),
            f"{FOLDER}/partials/mine.html.j2": '{% import "partials/mine.html.j2" as me %}\n',
        },
        ["partials/mine.html.j2:1: imports 'partials/mine.html.j2', which is this file itself"],
    ),
}


@pytest.mark.parametrize("case", list(CIRCLES))
def test_templates_loading_each_other_in_a_circle_are_named_by_validate_and_build(tmp_path, case):
    files, steps = CIRCLES[case]
    root = make_project(tmp_path, files)
    validated = assert_user_error(run_cli(["validate"], project=root), 3)
    assert "Templates extend, include or import each other in a circle, which never ends." in validated
    listed = [line for line in validated.splitlines() if line.startswith("  ")]
    assert len(listed) == len(steps), validated
    for line, step in zip(listed, steps, strict=True):
        assert step in line
    assert "_macros" not in validated and "RecursionError" not in validated
    built = assert_user_error(
        run_cli(["build", "-j", "1", "-f", "html", "-d", "fact-sheet"], project=root), 3
    )
    assert built == validated
    assert not (root / "build").exists()


def test_a_template_loading_itself_only_in_a_condition_or_a_replaced_block_passes(tmp_path):
    """validate refuses only the circles that run every time: an include inside a false condition,
    and one in a parent's block that the child replaces, never run."""
    parent = f"{FOLDER}/partials/frame.html.j2"
    child = f"{FOLDER}/partials/inner.html.j2"
    files = {
        OVERRIDE: _override(
            '{% if false %}{% include "documents/fact_sheet.html.j2" %}{% endif %}\n'
            '{% include "partials/inner.html.j2" %}'
        ),
        parent: '<div>{% block inside %}{% include "partials/inner.html.j2" %}{% endblock %}</div>\n',
        child: '{% extends "partials/frame.html.j2" %}\n{% block inside %}<p>inner</p>{% endblock %}\n',
    }
    root = make_project(tmp_path, files)
    assert_ok(run_cli(["validate"], project=root))
    assert_ok(run_cli(["build", "-j", "1", "-f", "html", "-d", "fact-sheet"], project=root))
    assert "<p>inner</p>" in (root / f"build/{EVENT}/fact-sheet.html").read_text(encoding="utf-8")


def test_check_reads_each_file_once_and_reports_what_is_needed_where(tmp_path):
    """A name missing everywhere is reported at the first line that needs it (no "ignore missing"),
    even when an earlier line may do without it; each file is parsed once, not once per name."""
    from generator.render import templates as module
    from generator.render.templates import TemplateSet

    folder = tmp_path / "templates"
    folder.mkdir()
    optional = "".join(f'{{% include "gone{i}.html.j2" ignore missing %}}\n' for i in range(50))
    text = optional + '{% include "gone7.html.j2" %}\n{% include ["gone8.html.j2", "x.html.j2"] %}\n'
    (folder / "page.html.j2").write_text(text, encoding="utf-8")
    parsed = []
    real = module._loading
    module._loading = lambda source, filename: parsed.append(filename) or real(source, filename)
    try:
        errors = [e.format_message() for e in TemplateSet([folder], TEMPLATES).check(["page.html.j2"])]
    finally:
        module._loading = real
    assert parsed == [str(folder / "page.html.j2")]
    (error,) = errors
    needed = line_of(text, '"gone7.html.j2" %}')
    assert error.startswith(
        f"Template 'gone7.html.j2' not found (needed by {folder / 'page.html.j2'}:{needed})"
    )


def test_a_misspelt_field_of_a_date_lists_what_a_date_has(tmp_path):
    root = make_project(tmp_path, {OVERRIDE: _override("<p>{{ event.event.date.zzz }}</p>")})
    output = assert_user_error(
        run_cli(["build", "-j", "1", "-f", "html", "-d", "fact-sheet"], project=root), 3
    )
    assert (
        "fact_sheet.html.j2:3: event.event.date has no field 'zzz' (it has first, format, iso, last,"
        in output
    )
    assert "generator." not in output and "PartialDate" not in output and "object" not in output


def test_a_field_asked_of_a_line_too_long_to_quote_names_the_model(tmp_path):
    """The expression before '.name' is read in a bounded reach of the line: past it, the message
    names what the value is, as it does when the line does not show it."""
    name = "a" * 300
    root = make_project(
        tmp_path, {OVERRIDE: _override(f"{{% set {name} = event %}}<p>{{{{ {name}.zzz }}}}</p>")}
    )
    output = assert_user_error(
        run_cli(["build", "-j", "1", "-f", "html", "-d", "fact-sheet"], project=root), 3
    )
    assert "fact_sheet.html.j2:3: the event has no field 'zzz'." in output


def _nested(brackets: int, operators: int, statements: int) -> str:
    return _override(
        "{{ " + "(" * brackets + "1" + ")" * brackets + " }}\n"
        "{{ 1" + "+1" * operators + " }}\n" + "{% if 1 %}" * statements + "x" + "{% endif %}" * statements
    )


def test_a_template_is_measured_by_its_tokens_before_it_is_compiled(tmp_path):
    """At the limits it builds (in the build's own stack); one past any of them it is refused before
    Jinja2 recurses, though it would still compile: a RecursionError on the way once printed Python's
    "Exception ignored in sys.unraisablehook" into the user's terminal (CI, Python 3.13)."""
    from generator.render.template_depth import MAX_BRACKETS, MAX_OPERATORS, MAX_STATEMENTS

    at = _nested(MAX_BRACKETS, MAX_OPERATORS, MAX_STATEMENTS - 1)  # the override's own block is one
    root = make_project(tmp_path / "at", {OVERRIDE: at})
    assert_ok(run_cli(["build", "-j", "1", "-f", "html", "-d", "fact-sheet"], project=root))
    for past in (
        _nested(MAX_BRACKETS + 1, 0, 0),
        _nested(0, MAX_OPERATORS + 1, 0),
        _nested(0, 0, MAX_STATEMENTS),
    ):
        root = make_project(tmp_path / str(len(past)), {OVERRIDE: past})
        refused = assert_user_error(run_cli(["validate"], project=root), 3)
        assert "nested more deeply than templates can be compiled. Split it" in refused
