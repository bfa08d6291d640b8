"""Compiled templates are shared across events and rebuilds in one process, and
kept on disk for the next one: an edited template must still be compiled afresh,
and checked again, and nobody but the user may put code where the next build loads it."""

from __future__ import annotations

import hashlib

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


# -- kept on disk, in the user's private cache folder ---------------------------


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache home, and the templates compiled in this process forgotten:
    each render below starts as a new build process would."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    COMPILED._code.clear()
    yield tmp_path / "cache"
    COMPILED._code.clear()


def _compiles(monkeypatch) -> list[str]:
    """The names of the templates compiled from source from now on."""
    from generator.render.templates import BriefkitSandbox

    compiled: list[str] = []
    parse = BriefkitSandbox._parse

    def counting(self, source, name, filename):
        compiled.append(name)
        return parse(self, source, name, filename)

    monkeypatch.setattr(BriefkitSandbox, "_parse", counting)
    return compiled


def test_the_next_process_loads_them_instead_of_compiling(folders, cache, monkeypatch):
    import stat

    from generator.render import template_cache

    event, builtin = folders
    (event / "page.html.j2").write_text('{% extends "base.html.j2" %}{% block body %}{{ x }}{% endblock %}')
    compiled = _compiles(monkeypatch)
    assert render(event, builtin) == "<main>&lt;b&gt;</main>"
    assert sorted(compiled) == ["base.html.j2", "page.html.j2"]

    folder = template_cache.folder()
    assert folder is not None and folder.is_relative_to(cache)
    entries = list(folder.glob("*.jinja"))
    assert len(entries) == 2
    for path in (*entries, folder, folder.parent, folder.parent.parent):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path  # the user's alone

    COMPILED._code.clear()  # a new process
    compiled.clear()
    assert render(event, builtin) == "<main>&lt;b&gt;</main>"
    assert compiled == []


def test_an_edit_is_compiled_and_checked_afresh_despite_the_disk(folders, cache, monkeypatch):
    event, builtin = folders
    page = event / "page.html.j2"
    page.write_text("{{ x }}")
    assert render(event, builtin) == "&lt;b&gt;"

    COMPILED._code.clear()
    page.write_text("{% autoescape false %}{{ x }}{% endautoescape %}")
    with pytest.raises(TemplateError, match="autoescaping cannot be switched off"):
        render(event, builtin)


def _rendered_once(event, builtin):
    """A template rendered once; the cache entry that holds its compiled code."""
    from generator.render import template_cache

    (event / "page.html.j2").write_text("{{ x }} once")
    assert render(event, builtin) == "&lt;b&gt; once"
    folder = template_cache.folder()
    assert folder is not None
    (entry,) = folder.glob("*.jinja")
    return entry


def test_a_damaged_entry_is_compiled_again_and_replaced(folders, cache, monkeypatch):
    event, builtin = folders
    entry = _rendered_once(event, builtin)
    good = entry.read_bytes()
    for damage in (good[: len(good) // 2], b"", good[:10] + b"\xff" * 40):
        entry.write_bytes(damage)
        COMPILED._code.clear()
        compiled = _compiles(monkeypatch)
        assert render(event, builtin) == "&lt;b&gt; once"
        assert compiled == ["page.html.j2"]
        # Replaced by a sound entry (not always the same bytes: marshal's output varies
        # with reference counts on some Pythons), which the next process loads as it is.
        assert entry.read_bytes() != damage
        COMPILED._code.clear()
        compiled.clear()
        assert render(event, builtin) == "&lt;b&gt; once"
        assert compiled == []


def _planted(event, builtin, real: str) -> bytes:
    """A well-formed entry for ``page.html.j2`` with the checksum of *real*, its source,
    but the code of another template: what an attacker who could write the folder would leave."""
    from jinja2.bccache import Bucket

    page = event / "page.html.j2"
    page.write_text("PWNED")
    templates = TemplateSet([event], builtin)
    assert templates.render("page.html.j2", {"theme": None, "labels": {}, "x": ""}) == "PWNED"
    key = COMPILED.get_cache_key("page.html.j2", str(page))
    bucket = Bucket(templates.env, key, COMPILED.get_source_checksum(real))
    bucket.code = COMPILED._code[key][1]
    page.write_text(real)
    code = bucket.bytecode_to_string()
    return hashlib.sha256(code).digest() + code  # sealed as template_cache.write seals


@pytest.mark.parametrize("shared", ["group-writable", "a link"])
def test_a_folder_others_could_write_is_not_used(folders, cache, shared, tmp_path):
    from generator.render import template_cache

    event, builtin = folders
    planted = _planted(event, builtin, "{{ x }}")
    folder = template_cache.folder()
    assert folder is not None
    key = COMPILED.get_cache_key("page.html.j2", str(event / "page.html.j2"))
    (folder / f"{key}.jinja").write_bytes(planted)

    # The plant is a valid entry: in the user's private folder it is loaded (whoever can
    # write there can run code as the user anyway, as with ~/.bashrc).
    COMPILED._code.clear()
    assert render(event, builtin) == "PWNED"

    COMPILED._code.clear()
    if shared == "group-writable":
        folder.chmod(0o770)
    else:  # the folder replaced by a link to one elsewhere
        elsewhere = tmp_path / "elsewhere"
        folder.rename(elsewhere)
        folder.symlink_to(elsewhere, target_is_directory=True)
    assert template_cache.folder() is None
    assert render(event, builtin) == "&lt;b&gt;"
    assert (folder / f"{key}.jinja").read_bytes() == planted  # nor written to


def test_a_damaged_entry_that_still_loads_is_not_run(folders, cache, monkeypatch):
    """Jinja2 checks an entry's format and the source's checksum, not its code: a damaged
    byte that left the marshal data loadable ran as the template (it printed ' onse')."""

    event, builtin = folders
    entry = _rendered_once(event, builtin)
    good = entry.read_bytes()
    assert good.count(b" once") == 1
    entry.write_bytes(good.replace(b" once", b" onse"))
    COMPILED._code.clear()
    compiled = _compiles(monkeypatch)
    assert render(event, builtin) == "&lt;b&gt; once"
    assert compiled == ["page.html.j2"]
    assert entry.read_bytes() == good
    assert hashlib.sha256(good[32:]).digest() == good[:32]  # the seal: the digest of the rest


def test_an_entry_holding_no_code_is_compiled_again(folders, cache, monkeypatch):
    """marshal loads any value: an entry of the right format and checksum holding a number
    made the build fail ('int' object has no attribute 'co_filename') instead of compiling."""
    import marshal
    import pickle

    from jinja2.bccache import bc_magic

    from generator.render import template_cache

    event, builtin = folders
    source = "{{ x }} twice"
    (event / "page.html.j2").write_text(source)
    key = COMPILED.get_cache_key("page.html.j2", str(event / "page.html.j2"))
    template_cache.write(
        key, bc_magic + pickle.dumps(COMPILED.get_source_checksum(source), 2) + marshal.dumps(42)
    )
    compiled = _compiles(monkeypatch)
    assert render(event, builtin) == "&lt;b&gt; twice"
    assert compiled == ["page.html.j2"]


def test_an_entry_that_is_a_link_is_not_followed(folders, cache, tmp_path):
    """An entry replaced by a link to a valid entry elsewhere is not read (O_NOFOLLOW)."""
    from generator.render import template_cache

    event, builtin = folders
    planted = _planted(event, builtin, "{{ x }}")
    folder = template_cache.folder()
    assert folder is not None
    key = COMPILED.get_cache_key("page.html.j2", str(event / "page.html.j2"))
    elsewhere = tmp_path / "planted.jinja"
    elsewhere.write_bytes(planted)
    (folder / f"{key}.jinja").unlink(missing_ok=True)
    (folder / f"{key}.jinja").symlink_to(elsewhere)
    COMPILED._code.clear()
    assert render(event, builtin) == "&lt;b&gt;"
