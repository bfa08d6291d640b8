"""generator.content.yaml_source: safe YAML with a line for every value."""

from __future__ import annotations

import pytest

from generator.content.yaml_source import MAX_BYTES, LineMap, format_field, load_yaml
from generator.errors import ContentError


def write(tmp_path, text: str | bytes, name: str = "event.yaml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


DOC = """\
# a comment
event:
  name: Test
  date: 2006-05
items:
  - title: first
    cite: [1, 2]
  - title: second
    nested:
      deep: yes
"""


def test_values_and_lines(tmp_path):
    data, lines = load_yaml(write(tmp_path, DOC))
    assert data == {
        "event": {"name": "Test", "date": "2006-05"},
        "items": [{"title": "first", "cite": [1, 2]}, {"title": "second", "nested": {"deep": True}}],
    }
    assert lines[("event",)] == 2
    assert lines[("event", "name")] == 3
    assert lines[("event", "date")] == 4
    assert lines[("items", 0)] == 6
    assert lines[("items", 0, "cite")] == 7
    assert lines[("items", 1, "title")] == 8
    assert lines[("items", 1, "nested", "deep")] == 10


def test_line_for_falls_back_to_nearest_ancestor(tmp_path):
    _, lines = load_yaml(write(tmp_path, DOC))
    assert lines.line_for(("items", 1, "missing")) == 8
    assert lines.line_for(("items", 0, "cite", 1)) == 7
    assert lines.line_for(("nothing", "here")) == lines.get(())
    assert LineMap().line_for(("a",)) is None


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        (("timeline", 3, "date"), "timeline[3].date"),
        (("summary",), "summary"),
        (("key_messages", 0, "cite", 1), "key_messages[0].cite[1]"),
        ((), ""),
    ],
)
def test_format_field(path, shown):
    assert format_field(path) == shown


def test_every_duplicate_key_is_reported(tmp_path):
    text = "a: 1\nb:\n  c: 2\n  c: 3\na: 4\n"
    with pytest.raises(ContentError) as info:
        load_yaml(write(tmp_path, text))
    problems = info.value.problems
    assert [(p.line, p.field) for p in problems] == [(4, "b.c"), (5, "a")]
    assert "first defined on line 3" in problems[0].message
    assert "first defined on line 1" in problems[1].message


def test_syntax_error_has_line(tmp_path):
    text = "a: 1\nb: [1, 2\nc: 3\n"
    with pytest.raises(ContentError) as info:
        load_yaml(write(tmp_path, text))
    (problem,) = info.value.problems
    assert problem.file == tmp_path / "event.yaml"
    assert problem.line == 3
    assert "not valid YAML" in info.value.message


@pytest.mark.parametrize("value", ["!!python/name:os.system ''", "!include other.yaml"])
def test_unknown_tags_are_refused_with_a_line(tmp_path, value):
    # The safe loader builds no Python objects and knows no !include: a user
    # error with its line, not a crash.
    text = f"a: 1\nb: {value}\n"
    with pytest.raises(ContentError) as info:
        load_yaml(write(tmp_path, text))
    assert [p.line for p in info.value.problems] == [2]


def test_invalid_unquoted_date_is_not_a_crash(tmp_path):
    # YAML reads an unquoted 2005-02-30 as a timestamp; the day does not exist.
    text = "event:\n  name: x\n  date: 2005-02-30\n"
    try:
        data, _ = load_yaml(write(tmp_path, text))
    except ContentError as exc:
        assert [p.line for p in exc.problems] == [3]
        assert "2005-02-30" in str(exc)
    else:
        # Kept as written, for the partial-date validator to judge.
        assert data["event"]["date"] == "2005-02-30"


def test_control_character_error_names_the_line(tmp_path):
    # Text pasted from a word processor can carry a vertical tab.
    text = "a: 1\nb: 2\nc: pasted\x0btext\n"
    with pytest.raises(ContentError) as info:
        load_yaml(write(tmp_path, text))
    assert [p.line for p in info.value.problems] == [3]


def test_not_utf8_names_the_line(tmp_path):
    path = write(tmp_path, "a: 1\nb: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ContentError) as info:
        load_yaml(path)
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == (path, 2)
    assert "UTF-8" in str(info.value)


def test_bom_is_accepted(tmp_path):
    data, lines = load_yaml(write(tmp_path, "\ufeffa: 1\nb: 2\n".encode("utf-8")))
    assert data == {"a": 1, "b": 2}
    assert lines[("b",)] == 2


def test_empty_file(tmp_path):
    assert load_yaml(write(tmp_path, "# nothing\n")) == (None, LineMap())


def test_aliases(tmp_path):
    data, _ = load_yaml(write(tmp_path, "base: &b [1, 2]\nthing: *b\n"))
    assert data == {"base": [1, 2], "thing": [1, 2]}


def test_merge_key_values_can_be_overridden(tmp_path):
    # Overriding a merged value is what merge keys are for, not a duplicate.
    text = "base: &b\n  x: 1\n  y: 2\nthing:\n  <<: *b\n  y: 3\n"
    data, _ = load_yaml(write(tmp_path, text))
    assert data["thing"] == {"x": 1, "y": 3}


def test_alias_bomb_is_refused(tmp_path):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 10) + "]")
    with pytest.raises(ContentError, match="aliases"):
        load_yaml(write(tmp_path, "\n".join(lines) + "\n"))


def test_oversized_file_is_refused(tmp_path):
    path = write(tmp_path, "a: " + "x" * (MAX_BYTES + 1) + "\n")
    with pytest.raises(ContentError, match="limited to"):
        load_yaml(path)


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="Cannot read"):
        load_yaml(tmp_path / "absent.yaml")


def test_non_string_keys_become_strings(tmp_path):
    data, lines = load_yaml(write(tmp_path, "1: one\ntrue: yes\n"))
    assert data == {"1": "one", "True": True}
    assert lines[("1",)] == 1
