"""The kept compiled templates stay bounded: other versions' folders, old and surplus
entries are removed, only briefkit's own files, never through a link; `briefkit cache`."""

from __future__ import annotations

import os
import time

import pytest
from helpers import assert_ok, assert_user_error, run_cli

from generator.render import template_cache
from generator.render.templates import TemplateSet, _references

DAY = 86400


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    template_cache._pruned_in_this_process.clear()
    yield tmp_path / "cache"
    template_cache._pruned_in_this_process.clear()


def _version(templates, name: str, entries: int, age_days: float) -> None:
    folder = templates / name
    folder.mkdir(mode=0o700)
    when = time.time() - age_days * DAY
    for n in range(entries):
        path = folder / f"{n:040x}.jinja"
        path.write_bytes(b"x" * 10)
        os.utime(path, (when, when))


def test_other_versions_beyond_the_two_most_recently_used_are_removed(cache, tmp_path):
    current = template_cache.folder()
    assert current is not None
    templates = current.parent
    for name, age in (("a" * 24, 1), ("b" * 24, 5), ("c" * 24, 9), ("d" * 24, 40)):
        _version(templates, name, 3, age)
    # Not briefkit's: a link to a folder elsewhere, a folder of another name, a stranger's file.
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / f"{0:040x}.jinja").write_bytes(b"keep me")
    (templates / ("e" * 24)).symlink_to(outside, target_is_directory=True)
    (templates / "notes").mkdir()
    (templates / "notes" / f"{0:040x}.jinja").write_bytes(b"keep me")
    (templates / ("d" * 24) / "README").write_text("someone's")

    template_cache.prune(templates, current.name)

    left = sorted(p.name for p in templates.iterdir())
    assert left == sorted([current.name, "a" * 24, "b" * 24, "d" * 24, "e" * 24, "notes"])
    assert list((templates / ("d" * 24)).iterdir()) == [templates / ("d" * 24) / "README"]  # only ours went
    assert (outside / f"{0:040x}.jinja").read_bytes() == b"keep me"
    assert (templates / "notes" / f"{0:040x}.jinja").read_bytes() == b"keep me"
    assert {v.name for v in template_cache.versions()} == {current.name, "a" * 24, "b" * 24, "d" * 24}


def test_old_and_surplus_entries_of_this_version_are_removed(cache, monkeypatch):
    current = template_cache.folder()
    assert current is not None
    now = time.time()
    for n, age in enumerate((0, 1, 10, 29, 31, 100)):
        path = current / f"{n:040x}.refs"
        path.write_bytes(b"[]")
        os.utime(path, (now - age * DAY, now - age * DAY))
    link = current / f"{9:040x}.jinja"
    link.symlink_to(current / f"{0:040x}.refs")  # a link is not one of ours: left

    template_cache.prune(current.parent, current.name, now)
    assert sorted(p.name[-6:] for p in current.glob("*.refs") if not p.is_symlink()) == [
        "0.refs",
        "1.refs",
        "2.refs",
        "3.refs",
    ]
    assert link.is_symlink()

    monkeypatch.setattr(template_cache, "MAX_ENTRIES", 2)
    template_cache.prune(current.parent, current.name, now)
    assert sorted(p.name[-6:] for p in current.glob("*.refs") if not p.is_symlink()) == ["0.refs", "1.refs"]


def test_a_build_prunes_once_a_day(cache):
    current = template_cache.folder()  # the first use prunes and leaves a stamp
    assert current is not None
    templates = current.parent
    assert (current / ".pruned").is_file()
    for age, name in enumerate(("a" * 24, "b" * 24, "c" * 24), start=1):
        _version(templates, name, 1, age)

    template_cache._pruned_in_this_process.clear()  # another process, within the day
    template_cache.folder()
    assert (templates / ("c" * 24)).is_dir()

    day_ago = time.time() - 2 * DAY
    os.utime(current / ".pruned", (day_ago, day_ago))
    template_cache._pruned_in_this_process.clear()  # another process, a day later
    template_cache.folder()
    assert not (templates / ("c" * 24)).exists()
    assert (templates / ("a" * 24)).is_dir()


def test_references_are_kept_on_disk_for_the_next_process(cache, tmp_path, monkeypatch):
    from generator.render import templates as module

    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "base.html.j2").write_text("{% block body %}{% endblock %}")
    (builtin / "page.html.j2").write_text('{% extends "base.html.j2" %}{% include "part.html.j2" %}')
    (builtin / "part.html.j2").write_text("part")
    expected = {
        builtin / n: (builtin / n).read_bytes() for n in ("base.html.j2", "page.html.j2", "part.html.j2")
    }
    _references.cache_clear()
    assert TemplateSet([], builtin).dependencies(["page.html.j2"]) == expected
    assert len(list(template_cache.folder().glob("*.refs"))) == 3

    _references.cache_clear()  # a new process: the references are read, not parsed

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(module._PARSER, "parse", no_parsing)
    assert TemplateSet([], builtin).dependencies(["page.html.j2"]) == expected

    # A damaged entry is not believed: the source is parsed again.
    for entry in template_cache.folder().glob("*.refs"):
        entry.write_bytes(b"\0" * 40)
    _references.cache_clear()
    with pytest.raises(AssertionError, match="parsed again"):
        TemplateSet([], builtin).dependencies(["page.html.j2"])
    _references.cache_clear()


def test_the_cache_command_shows_and_clears(cache, tmp_path):
    current = template_cache.folder()
    assert current is not None
    _version(current.parent, "a" * 24, 2, 1)
    (current / f"{1:040x}.jinja").write_bytes(b"x")

    shown = assert_ok(run_cli(["cache"], project=tmp_path))
    assert str(current.parent) in shown
    lines = [line for line in shown.splitlines() if line.startswith("  ")]
    assert current.name in lines[0] and "this version" in lines[0] and " 1 entries" in lines[0]
    assert "a" * 24 in lines[1] and " 2 entries" in lines[1]

    cleared = assert_ok(run_cli(["cache", "--clear"], project=tmp_path))
    assert "removed 4 kept file(s)" in cleared  # three entries and the pruning stamp
    assert list(current.parent.iterdir()) == []
    assert "none" in assert_ok(run_cli(["cache"], project=tmp_path))


def test_entries_removed_by_another_process_while_listing_are_passed_over(cache, tmp_path, monkeypatch):
    """Another build's pruning or `cache --clear` removes files between the folder's listing and
    each file's stat: the listing goes on without them instead of failing."""
    current = template_cache.folder()
    assert current is not None
    for n in range(3):
        (current / f"{n:040x}.jinja").write_bytes(b"x" * 10)
    listing = os.scandir

    def racing_scandir(fd):
        entries = list(listing(fd))
        for entry in entries:  # the other process wins the race for every entry
            if entry.name.endswith(".jinja"):
                os.unlink(entry.name, dir_fd=fd)
        return iter(entries)

    monkeypatch.setattr(template_cache.os, "scandir", racing_scandir)
    shown = assert_ok(run_cli(["cache"], project=tmp_path))
    assert current.name in shown and " 0 entries" in shown


def test_a_cache_folder_that_cannot_be_read_is_a_message(cache, tmp_path, monkeypatch):
    assert template_cache.folder() is not None

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(template_cache, "_open_folder", refused)
    for args in (["cache"], ["cache", "--clear"]):
        output = assert_user_error(run_cli(args, project=tmp_path), 1)
        assert "could not read the kept templates (Permission denied)" in output
