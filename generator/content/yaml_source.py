"""Read YAML safely while remembering the line each value came from.

PyYAML's safe loader silently keeps the last of two duplicate keys and forgets
where values were; both matter to a user fixing a 300-line event file, so we
compose the node tree ourselves and build plain Python values from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..clean_text import FORBIDDEN as _FORBIDDEN
from ..clean_text import decode_utf8, first_forbidden_character
from ..config.confine import outside_message, read_limited
from ..errors import ContentError, Problem

#: Refuse content files bigger than this: event files are hand-written.
MAX_BYTES = 2 * 1024 * 1024
#: Refuse documents with more nodes than this (guards against alias bombs).
MAX_NODES = 200_000
#: Refuse documents whose text, aliases expanded, is longer than this (in
#: characters): an alias repeats a value without repeating its bytes, and
#: every value is scanned, so 100,000 aliases to a 1.5 MB text would be
#: 150 GB of scanning from a 2 MB file.
MAX_TEXT = 4 * MAX_BYTES
#: Refuse values nested deeper than this; the event model needs about six.
MAX_DEPTH = 40

FieldPath = tuple[str | int, ...]


def _field_on_line(text: str, line: int) -> str | None:
    """The field a line belongs to, found by reading the file with control
    characters blanked out; None when even that does not parse."""
    cleaned = _FORBIDDEN.sub(" ", text)
    try:
        node = _compose(cleaned)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    lines = LineMap()
    builder = _Builder(Path("-"), lines)
    try:
        builder.build(node, ())
    except ContentError:
        return None
    best = [path for path, at in lines.items() if at == line and path]
    return format_field(max(best, key=len)) if best else None


def _compose(text: str):
    """The node tree of *text*: composed by libyaml where PyYAML has it (ten times
    faster: 3 ms instead of 30 for the example event), and by PyYAML's own parser
    whenever libyaml finds anything wrong, so that every error is reported in that
    parser's words, with its marks. (libyaml refuses nesting deeper than 1,000.)"""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise yaml.YAMLError("nested too deeply") from None


class LineMap(dict):
    """Maps a field path such as ``("timeline", 3, "date")`` to its 1-based line."""

    def line_for(self, path: FieldPath) -> int | None:
        """The line of the path, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self:
                return self[path]
            path = path[:-1]
        return self.get((), None)


def format_field(path: FieldPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def load_yaml(path: Path) -> tuple[Any, LineMap]:
    """Parse one YAML file into plain values and a line map, or raise ContentError."""
    refused = outside_message(path, path.parent)
    if refused:
        raise ContentError(refused)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContentError(f"Cannot read {path}: {exc.strerror}.") from None
    if size > MAX_BYTES:
        raise ContentError(
            f"{path}: the file is {size:,} bytes; content files are limited to "
            f"{MAX_BYTES:,} bytes. Split it or remove pasted material."
        )
    # Bounded, and never blocking: a named pipe in data/ hung the build.
    raw = read_limited(path, MAX_BYTES, ContentError)
    text = decode_utf8(
        raw, path, ContentError, "The file is not valid UTF-8.", "save the file as UTF-8 and try again."
    )
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ContentError(
            "The file is not valid YAML.", [Problem(path, line, None, _yaml_advice(exc))]
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        raise ContentError(
            "The file contains a character YAML does not allow.",
            [
                Problem(
                    path,
                    line,
                    _field_on_line(text, line),
                    f"character U+{code:04X} is a control character; delete it "
                    "(it often comes from pasted text).",
                )
            ],
        ) from None
    except yaml.YAMLError as exc:
        raise ContentError(
            f"{path}: not valid YAML: {exc}; an event file needs only a few levels of nesting."
        ) from None
    lines = LineMap()
    if node is None:
        return None, lines
    builder = _Builder(path, lines)
    value = builder.build(node, ())
    if builder.problems:
        problems = sorted(builder.problems, key=lambda p: p.line or 0)
        raise ContentError("The file has errors.", problems)
    return value, lines


#: What to do about the YAML mistakes people make by hand, by the words of PyYAML's problem.
_ADVICE = (
    ("'\\t'", "a tab: YAML indents with spaces only; replace the tab with spaces"),
    (
        "expected <block end>",
        "this line starts in another column than the lines it belongs with: the items of one list, and the "
        "keys of one mapping, start in the same column. Uncommenting a line? Delete the '#' and the space "
        "after it",
    ),
    (
        "mapping values are not allowed",
        "a value holding ': ' must be quoted ('…'), or a key is indented under a value",
    ),
)


def _yaml_advice(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's words for the problem, and what to do about it."""
    what = exc.problem or "invalid YAML"
    if exc.context:
        what = f"{what} ({exc.context})"
    advice = next((text for words, text in _ADVICE if words in what), "check indentation, colons and quotes")
    return f"{what}; {advice}."


def _reason(exc: Exception) -> str:
    if isinstance(exc, yaml.MarkedYAMLError):
        return exc.problem or str(exc)
    return str(exc)


class _Builder:
    def __init__(self, path: Path, lines: LineMap):
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []
        self.constructor = yaml.SafeLoader("")
        self.count = 0
        #: Characters of text built so far, aliases expanded.
        self.chars = 0
        #: Collections being built, to catch an alias to an enclosing value.
        self.open_nodes: set[int] = set()
        self.reported_keys: set = set()

    def _key(self, key_node: yaml.Node) -> str:
        try:
            key = self.constructor.construct_object(key_node, deep=True)
        except (yaml.MarkedYAMLError, ValueError):
            key = getattr(key_node, "value", "?")
        key = key if isinstance(key, str) else str(key)
        self._count_text(key, key_node)
        bad = first_forbidden_character(key)
        if bad is not None and key_node not in self.reported_keys:
            self.reported_keys.add(key_node)
            self.problems.append(
                Problem(
                    self.path,
                    key_node.start_mark.line + 1,
                    None,
                    f"the key {key!r} contains U+{ord(bad):04X}, a control character; retype the key.",
                )
            )
        return key

    def _count_text(self, text: str, node: yaml.Node) -> None:
        self.chars += len(text)
        if self.chars > MAX_TEXT:
            raise ContentError(
                f"{self.path}:{node.start_mark.line + 1}: the YAML expands to more than "
                f"{MAX_TEXT:,} characters of text (aliases repeated too often?). Write the values "
                "out plainly."
            )

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        # Duplicates are looked for among the mapping's own keys; values pulled
        # in with a YAML merge key ("<<") may be overridden, as YAML intends.
        own: dict[str, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key, line = self._key(key_node), key_node.start_mark.line + 1
            if key in own:
                self.problems.append(
                    Problem(
                        self.path,
                        line,
                        format_field(path + (key,)),
                        f"duplicate key (first defined on line {own[key]}); keep one of them.",
                    )
                )
            else:
                own[key] = line
        try:
            self.constructor.flatten_mapping(node)
        except yaml.MarkedYAMLError as exc:
            self.problems.append(
                Problem(self.path, node.start_mark.line + 1, format_field(path), _reason(exc))
            )
            return {}
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key in own and key_node.start_mark.line + 1 != own[key]:
                continue  # a merged value, or a reported duplicate: the first own key wins
            self.lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, path + (key,))
        return result

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        if len(path) > MAX_DEPTH:
            raise ContentError(
                f"{self.path}:{node.start_mark.line + 1}: {format_field(path[:3])}…: the values are "
                f"nested more than {MAX_DEPTH} levels deep; an event file needs a handful."
            )
        if id(node) in self.open_nodes:
            raise ContentError(
                f"{self.path}:{node.start_mark.line + 1}: {format_field(path)}: an alias refers to "
                "the value that contains it, which would never end; write the value out."
            )
        self.count += 1
        if self.count > MAX_NODES:
            raise ContentError(
                f"{self.path}: the YAML expands to more than {MAX_NODES:,} values "
                "(aliases repeated too often?). Write the values out plainly."
            )
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            self.open_nodes.add(id(node))
            try:
                if isinstance(node, yaml.MappingNode):
                    return self._mapping(node, path)
                return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
            finally:
                self.open_nodes.discard(id(node))
        if node.tag == "tag:yaml.org,2002:timestamp":
            # Dates stay text: PartialDate reads them and reports 2006-02-30
            # as a bad date instead of PyYAML failing without a location.
            return node.value
        if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and ":" in node.value:
            # YAML 1.1 reads 10:30 as the base-60 number 630; a briefing means a time of day.
            return node.value
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.MarkedYAMLError, ValueError) as exc:
            self.problems.append(
                Problem(
                    self.path,
                    node.start_mark.line + 1,
                    format_field(path),
                    f"cannot read this value ({_reason(exc)}); write it as plain text.",
                )
            )
            return None
        if not isinstance(value, (str, int, float, bool)) and value is not None:
            # !!binary (bytes), !!set, !!omap and the like: the model would turn
            # them into text no check has seen (bytes -> a string with any byte in it).
            self.problems.append(
                Problem(
                    self.path,
                    node.start_mark.line + 1,
                    format_field(path),
                    f"a {node.tag.rsplit(':', 1)[-1]} value is not text; write the text itself, "
                    "without a YAML tag.",
                )
            )
            return None
        if isinstance(value, str):
            self._count_text(value, node)
            bad = first_forbidden_character(value)
            if bad is not None:
                self.problems.append(
                    Problem(
                        self.path,
                        node.start_mark.line + 1,
                        format_field(path),
                        f"contains U+{ord(bad):04X}, a character documents cannot hold; "
                        "remove it (escapes such as \\x07 or \\uFFFE in quoted strings are refused too).",
                    )
                )
        return value
