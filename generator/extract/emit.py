"""Write YAML a person will edit: comments above values, long text folded, nothing clever.

PyYAML drops comments, so the draft is written by hand from a small tree:
plain dicts, lists and scalars, where any value may be wrapped in ``Note``
(a comment above it), ``Disabled`` (written commented out, with the reason)
or be a free-standing ``Comment``. The output is read back and compared with
the tree before it is returned, so a quoting mistake can never reach a user.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

WIDTH = 80
# libyaml's safe loader and dumper when PyYAML was built with it: the same YAML, ten times sooner
# (a long statement's draft is read back whole, see ``dump``).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Note:
    """A value with a comment on the line(s) above it."""

    value: Any
    comment: str | list[str] | None = None


@dataclass(frozen=True)
class Disabled:
    """A value written commented out, under a comment saying why."""

    value: Any
    comment: str | list[str]


@dataclass(frozen=True)
class Comment:
    """A comment standing on its own (in a mapping, under any key starting with '#')."""

    text: str | list[str]


def plain(value: Any, *, as_loaded: bool = False) -> Any:
    """The tree as the event model reads it: notes unwrapped, disabled parts and comments gone.

    ``as_loaded``: as PyYAML loads it, where a list of nothing but items to uncomment is a bare key, null
    (the model reads it as the empty list, content/models.Items)."""
    if isinstance(value, Note):
        return plain(value.value, as_loaded=as_loaded)
    if isinstance(value, dict):
        return {
            k: plain(v, as_loaded=as_loaded)
            for k, v in value.items()
            if not isinstance(v, (Disabled, Comment))
        }
    if isinstance(value, list):
        if as_loaded and _bare(value):
            return None
        return [plain(v, as_loaded=as_loaded) for v in value if not isinstance(v, (Disabled, Comment))]
    return value


def _bare(items: list) -> bool:
    """Written as a bare "key:" with its items commented out under it: under "key: []" an item uncommented as
    it stands is no YAML ("expected <block end>"); under the bare key it makes a list."""
    return not plain(items) and any(isinstance(v, Disabled) for v in items)


def dump(tree: dict, header: list[str] | None = None) -> str:
    out: list[str] = []
    for line in header or []:
        out.append(f"# {line}".rstrip() if line else "#")
    if header:
        out.append("")
    top = list(tree.items())
    for i, (key, value) in enumerate(top):
        _entry(key, value, 0, out)
        if i < len(top) - 1 and not isinstance(value, Comment):
            out.append("")
    text = "\n".join(out).rstrip() + "\n"
    loaded = yaml.load(text, Loader=_LOADER)
    if loaded != plain(tree, as_loaded=True):  # pragma: no cover - a bug in this writer, not a user error
        raise AssertionError("the YAML writer does not read back what it was given")
    return text


def _comment(text: str | list[str], indent: int, out: list[str]) -> None:
    pad = " " * indent
    lines = [text] if isinstance(text, str) else text
    for line in lines:
        wrapped = textwrap.wrap(
            line, width=max(30, WIDTH - indent - 2), break_long_words=False, break_on_hyphens=False
        ) or [""]
        for part in wrapped:
            out.append(f"{pad}# {part}".rstrip())


#: What :func:`_unwrapped` returns when the wrapper said everything.
_WRITTEN = object()


def _unwrapped(value: Any, indent: int, out: list[str], again: Callable[[Any, list[str]], None]) -> Any:
    """Write what wraps a value (a comment, a disabled entry, a note's comment) and return the
    bare value, or ``_WRITTEN`` when nothing is left; ``again`` writes a value the caller's way."""
    if isinstance(value, Comment):
        _comment(value.text, indent, out)
        return _WRITTEN
    if isinstance(value, Disabled):
        _comment(value.comment, indent, out)
        inner: list[str] = []
        again(value.value, inner)
        out.extend(_disable(inner, indent))
        return _WRITTEN
    if isinstance(value, Note):
        if value.comment:
            _comment(value.comment, indent, out)
        return value.value
    return value


def _entry(key: str, value: Any, indent: int, out: list[str]) -> None:
    value = _unwrapped(value, indent, out, lambda bare, into: _entry(key, bare, indent, into))
    if value is _WRITTEN:
        return
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            out.append(f"{pad}{key}: {{}}")
            return
        out.append(f"{pad}{key}:")
        for k, v in value.items():
            _entry(k, v, indent + 2, out)
    elif isinstance(value, list):
        if not plain(value):
            # Only comments (or nothing): an empty list, with the comments under it.
            out.append(f"{pad}{key}:" if _bare(value) else f"{pad}{key}: []")
            for item in value:
                _item(item, indent + 2, out)
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            out.append(f"{pad}{key}: [{', '.join(str(v) for v in value)}]")
        else:
            out.append(f"{pad}{key}:")
            for item in value:
                _item(item, indent + 2, out)
    else:
        out.extend(_scalar_lines(f"{pad}{key}:", value, indent))


def _item(value: Any, indent: int, out: list[str]) -> None:
    value = _unwrapped(value, indent, out, lambda bare, into: _item(bare, indent, into))
    if value is _WRITTEN:
        return
    pad = " " * indent
    if isinstance(value, dict):
        inner: list[str] = []
        for k, v in value.items():
            _entry(k, v, indent + 2, inner)
        first = next(i for i, line in enumerate(inner) if not line.lstrip().startswith("#"))
        inner[first] = f"{pad}- {inner[first][indent + 2 :]}"
        out.extend(inner)
    else:
        out.extend(_scalar_lines(f"{pad}-", value, indent))


def _disable(lines: list[str], indent: int) -> list[str]:
    pad = " " * indent
    return [f"{pad}# {line[indent:]}" if line.startswith(pad) else f"# {line}" for line in lines]


def _scalar_lines(prefix: str, value: Any, indent: int) -> list[str]:
    text = _scalar(value)
    if isinstance(value, str) and len(prefix) + 1 + len(text) > WIDTH and _foldable(value):
        width = max(40, WIDTH - indent - 2)
        lines = textwrap.wrap(value, width=width, break_long_words=False, break_on_hyphens=False)
        return [f"{prefix} >-"] + [f"{' ' * (indent + 2)}{line}" for line in lines]
    return [f"{prefix} {text}"]


def _foldable(value: str) -> bool:
    """Folded block style keeps the text only if it has single spaces and no line breaks."""
    return (
        value == value.strip()
        and "\n" not in value
        and "  " not in value
        and "\t" not in value
        and value.isprintable()
        and len(value) > 0
    )


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    dumped = yaml.dump(value, Dumper=_DUMPER, allow_unicode=True, width=10**9, default_flow_style=True)
    dumped = dumped.rstrip("\n")
    if dumped.endswith("\n..."):
        dumped = dumped[: -len("\n...")]
    return dumped
