"""Compiled templates are shared across events and rebuilds in one process:
an edited template must still be compiled afresh, and checked again."""

from __future__ import annotations

import jinja2
import pytest

from generator.errors import TemplateError
from generator.render.templates import COMPILED, TemplateSet


def render(folder, builtin, name="page.html.j2") -> str:
    return TemplateSet([folder], builtin).render(name, {"theme": None, "labels": {}, "x": "<b>"})


@pytest.fixture
def folders(tmp_path, monkeypatch):
    # Dates are not used here; the filter needs a theme otherwise.
    monkeypatch.setattr("generator.render.templates.date_formatter", lambda theme, labels: str)
    builtin, event = tmp_path / "builtin", tmp_path / "event"
    builtin.mkdir()
    event.mkdir()
    (builtin / "base.html.j2").write_text("<main>{% block body %}{% endblock %}</main>", encoding="utf-8")
    return event, builtin


def test_an_edited_template_is_compiled_again(folders):
    event, builtin = folders
    page = event / "page.html.j2"
    page.write_text('{% extends "base.html.j2" %}{% block body %}one {{ x }}{% endblock %}', encoding="utf-8")
    assert render(event, builtin) == "<main>one &lt;b&gt;</main>"
    assert any(key for key in COMPILED._code)  # the compiled code was kept

    page.write_text('{% extends "base.html.j2" %}{% block body %}two {{ x }}{% endblock %}', encoding="utf-8")
    assert render(event, builtin) == "<main>two &lt;b&gt;</main>"


def test_a_kept_compilation_does_not_let_an_unsafe_edit_through(folders):
    event, builtin = folders
    page = event / "page.html.j2"
    page.write_text("{{ x }}", encoding="utf-8")
    assert render(event, builtin) == "&lt;b&gt;"

    page.write_text("{% autoescape false %}{{ x }}{% endautoescape %}", encoding="utf-8")
    with pytest.raises(TemplateError, match="autoescaping cannot be switched off"):
        render(event, builtin)


def test_the_same_name_in_two_folders_is_two_templates(folders, tmp_path):
    event, builtin = folders
    other = tmp_path / "other"
    other.mkdir()
    (event / "page.html.j2").write_text("event", encoding="utf-8")
    (other / "page.html.j2").write_text("other", encoding="utf-8")

    assert render(event, builtin) == "event"
    assert render(other, builtin) == "other"
    assert isinstance(COMPILED, jinja2.BytecodeCache)


def test_dependencies_carry_the_bytes_they_were_found_in(folders):
    event, builtin = folders
    page = event / "page.html.j2"
    page.write_text('{% extends "base.html.j2" %}', encoding="utf-8")
    deps = TemplateSet([event], builtin).dependencies(["page.html.j2"])
    # A save after the scan must not change what the rebuild key is made of:
    # the key is taken from these bytes, which name base.html.j2 as a dependency.
    page.write_text('{% extends "base.html.j2" %}{% include "new.html.j2" %}', encoding="utf-8")

    assert deps == {
        builtin / "base.html.j2": (builtin / "base.html.j2").read_bytes(),
        page: b'{% extends "base.html.j2" %}',
    }
