"""Render templates to semantic HTML with Jinja2: sandboxed, autoescaped, strict.

Lookup order follows the site generators users know: the event's own
``templates/`` folder, then the chosen theme, then the built-in theme. An
override can extend the template it replaces as ``!builtin/<name>``.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import hashlib
import json
import logging
import os
import posixpath
import re
import sys
import traceback
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeGuard

import jinja2
from jinja2 import meta, nodes
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from lxml import etree
from lxml import html as lxml_html
from markupsafe import Markup
from pydantic import BaseModel

from ..clean_text import decode_utf8, shown
from ..config.confine import is_inside, read_limited
from ..content.drafts import PLACEHOLDER, is_given
from ..errors import Problem, TemplateError, display_path
from . import template_cache
from .context import TemplateContext, date_formatter
from .css import css_string, css_value
from .template_depth import nested_too_deeply

log = logging.getLogger(__name__)

BUILTIN_PREFIX = "!builtin"
#: The template every event's stylesheet is rendered from.
STYLESHEET = "css/theme.css.j2"


class ConfinedLoader(jinja2.FileSystemLoader):
    """A folder loader that refuses files whose real path leaves the folder.

    Jinja2 already refuses ``..`` in names; this also stops a symlink inside
    a shared theme from pointing at, say, a key file elsewhere on the disk.
    """

    def __init__(self, folder: Path):
        super().__init__(str(folder), followlinks=False)
        self.root = folder.resolve()

    def get_source(self, environment, template):
        # Checked before the file is opened: a link out is never read.
        candidate = self.root.joinpath(*split_template_path(template))
        if candidate.exists() and not is_inside(candidate, self.root):
            raise TemplateError(
                f"Template '{shown(template)}' in {display_path(self.root)} is a link to a file "
                "outside that folder; templates may only load files inside the theme."
            )
        filename = posixpath.join(self.searchpath[0], *split_template_path(template))
        if os.path.isfile(filename):
            # Read here, bounded and never blocking (a 10 GB file was read whole
            # into memory); decoded and newlines translated as Jinja2's loader does.
            data = read_limited(Path(filename), MAX_TEMPLATE_BYTES, TemplateError)
            text = decode_utf8(
                data, Path(filename), TemplateError, "The template is not UTF-8 text.", "save it as UTF-8."
            )
            source = text.replace("\r\n", "\n").replace("\r", "\n")
            line = nested_too_deeply(environment, source)
            if line is not None:
                raise nested_error(filename, line)
            mtime = os.path.getmtime(filename)
            return source, os.path.normpath(filename), lambda: _unchanged(Path(filename), mtime)
        return super().get_source(environment, template)


#: The largest template file briefkit reads; the built-in ones are a few kilobytes.
MAX_TEMPLATE_BYTES = 1024 * 1024


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return path.stat().st_mtime == mtime
    except OSError:
        return False


class BriefkitSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, narrowed to what briefing templates need.

    * Content models expose their fields and the properties we wrote, not
      pydantic's methods (``parse_file`` reads any file, ``model_copy`` and
      friends build objects the templates have no use for).
    * Markup (the stylesheet, the pack's documents) exposes no methods:
      ``str.translate`` on Markup returns Markup, so it could turn content
      into live HTML.
    * Autoescaping cannot be switched off in a template.
    """

    #: Operators checked before they run: each can build a huge value in one C call,
    #: which neither the time limit nor Python can interrupt.
    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context, operator, left, right):
        check_operands(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):
        check_call(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value):
        # str.format is wrapped when it is looked up, not when called (Jinja2's design).
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and _FORMAT_WIDTH.search(value.__self__):
            raise SecurityError(
                "a format width or precision of ten million or more, or one taken "
                "from an argument, is not allowed in templates"
            )
        return wrapped

    def is_safe_attribute(self, obj, attr, value):
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, Markup):
            return False
        if isinstance(obj, BaseModel):
            cls = type(obj)
            if attr in cls.model_fields:
                return True
            return any(
                attr in vars(klass) for klass in cls.__mro__ if klass.__module__.startswith("generator.")
            )
        return True

    def _parse(self, source, name, filename):
        tree = super()._parse(source, name, filename)
        for node in tree.find_all((nodes.EvalContextModifier, nodes.ScopedEvalContextModifier)):
            if any(option.key == "autoescape" for option in node.options):
                raise jinja2.TemplateSyntaxError(
                    "autoescaping cannot be switched off in briefkit templates: content is always escaped",
                    node.lineno,
                    name,
                    filename,
                )
        return tree


class UndefinedAt(jinja2.UndefinedError):
    """An undefined value used, with the template line that produced it."""

    def __init__(self, message: str, origin: tuple[str | None, int | None]):
        super().__init__(message)
        self.origin = origin


class TracedUndefined(jinja2.StrictUndefined):
    """StrictUndefined that remembers the template line where it was made.

    ``fact_list(event.askz)`` makes the undefined value in the user's
    template, but uses it, and fails, inside the built-in macro: the line
    that made it is the one to fix. Its message names the field, not a
    Python class, and the field nearest in spelling.
    """

    __slots__ = ("_origin",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._origin = _calling_template()
        if self._undefined_exception is jinja2.UndefinedError:  # the sandbox passes its own kind
            self._undefined_exception = functools.partial(UndefinedAt, origin=self._origin)  # type: ignore[assignment]

    @property
    def _undefined_message(self) -> str:
        obj, name = self._undefined_obj, self._undefined_name
        if self._undefined_hint or not _is_content(obj) or not isinstance(name, str):
            return super()._undefined_message
        return no_such_field(obj, name, self._origin)


def _is_content(obj: Any) -> bool:
    """A content model or one of our values (a date): its fields are what a message names."""
    return isinstance(obj, BaseModel) or (
        dataclasses.is_dataclass(obj) and type(obj).__module__.startswith("generator.")
    )


def _calling_template() -> tuple[str | None, int | None]:
    """The innermost template file and line running now (Jinja2 marks its modules' globals)."""
    frame = sys._getframe(2)
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None:
            return template.filename, template.get_corresponding_lineno(frame.f_lineno)
        frame = frame.f_back  # type: ignore[assignment]
    return None, None


def fields_of(model: Any) -> list[str]:
    """What a template may read of a content model or value: its fields and the properties and methods we wrote."""
    cls = type(model)
    if isinstance(model, BaseModel):
        names = set(cls.model_fields)
    else:
        names = {f.name for f in dataclasses.fields(model)}
    for klass in cls.__mro__:
        if klass.__module__.startswith("generator."):
            names.update(
                n
                for n, v in vars(klass).items()
                if not n.startswith("_")
                and isinstance(v, (property, functools.cached_property, types.FunctionType))
            )
    return sorted(names)


#: The most fields a message lists when none is near the name asked for.
_LISTED_FIELDS = 15


def no_such_field(model: Any, name: str, origin: tuple[str | None, int | None]) -> str:
    """``event.askz``: the expression as written when the line shows it, else what the model is."""
    import difflib

    what = "the " + re.sub(r"(?<!^)(?=[A-Z])", " ", type(model).__name__).lower().removesuffix(" tokens")
    file, line = origin
    if file and line:
        try:
            text = Path(file).read_text(encoding="utf-8").splitlines()[line - 1]
        except (OSError, UnicodeDecodeError, IndexError):
            text = ""
        what = _written_before(text, name) or what
    fields = fields_of(model)
    close = difflib.get_close_matches(name, fields, n=1)
    if close:
        hint = f" (did you mean '{close[0]}'?)"
    elif len(fields) <= _LISTED_FIELDS:
        hint = f" (it has {', '.join(fields)})"
    else:
        hint = ""
    return f"{what} has no field '{shown(name)}'{hint}"


#: How far before ``.name`` the expression it is read from may start.
_WRITTEN_REACH = 200


def _written_before(text: str, name: str) -> str | None:
    """The dotted names written before the first ``.name`` of a line (``event.event.date``), spaces
    left out. Read backwards from each ``.name``, a bounded reach: a line may be a megabyte long."""
    for m in re.finditer(rf"\.\s*{re.escape(name)}\b", text):
        parts: list[str] = []
        end = m.start()
        floor = max(0, end - _WRITTEN_REACH)
        while True:
            end = _skip_spaces_back(text, end, floor)
            start = end
            while start > floor and (text[start - 1].isalnum() or text[start - 1] == "_"):
                start -= 1
            if start == floor > 0:
                parts = []  # longer than the reach: not worth quoting
                break
            word = text[start:end]
            # An identifier starts with an ASCII letter or '_': a word's leading digits are no part of it.
            begin = next(
                (i for i, c in enumerate(word) if c.isascii() and (c.isalpha() or c == "_")), len(word)
            )
            if begin == len(word):
                break
            parts.append(word[begin:])
            if begin:
                break
            before = _skip_spaces_back(text, start, floor)
            if before == floor > 0:
                parts = []  # longer than the reach
            if before == floor or text[before - 1] != ".":
                break
            end = before - 1
        if parts:
            return ".".join(reversed(parts))
    return None


def _skip_spaces_back(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: Any) -> Any:
    """Values printed in a stylesheet are escaped for CSS, which HTML escaping does not do."""
    if context.name and context.name.endswith(".css.j2"):
        return css_value(value)
    return value


#: The longest text or sequence a template may build with one operation
#: (characters or items); a whole briefing pack is well under a million.
MAX_BUILT = 10_000_000
#: The largest integer a template may compute, in bits (about 30,000 digits).
MAX_INT_BITS = 100_000
#: Methods and filters that pad to a width: ``"x".center(10**10)`` allocates it.
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "indent"})
#: A '%' conversion, or a format field, with a width or precision of 10**7 or
#: more, or one taken from an argument.
_PERCENT_WIDTH = re.compile(r"%(\([^)]*\))?[#0 +\-]*(\*|[0-9]{8,}|[0-9]*\.(\*|[0-9]{8,}))")
_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*([0-9]{8,}|\{)")


def _too_big(what: str, size: int, limit: int = MAX_BUILT) -> SecurityError:
    return SecurityError(
        f"{what} would build a value of {size:,} items or more; templates are limited to {limit:,}"
    )


def check_operands(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be huge, before it allocates."""
    if operator == "*":
        for seq, n in ((left, right), (right, left)):
            if isinstance(seq, (str, bytes, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_BUILT:
                raise _too_big(f"repeating a {type(seq).__name__} of {len(seq):,} {n:,} times", len(seq) * n)
        if isinstance(left, int) and isinstance(right, int):
            bits = left.bit_length() + right.bit_length()
            if bits > MAX_INT_BITS:
                raise SecurityError(
                    f"multiplying gives a {bits:,}-bit number; templates are limited to {MAX_INT_BITS:,} bits"
                )
    elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
        bits = right * max(abs(left).bit_length() - 1, 0)
        if bits > MAX_INT_BITS:
            raise SecurityError(
                f"a power of {bits:,} bits or more; templates are limited to {MAX_INT_BITS:,} bits"
            )
    elif operator == "%" and isinstance(left, str) and _PERCENT_WIDTH.search(left):
        raise SecurityError(
            "a '%' format with a width or precision of ten million or more, or "
            "taken from an argument ('*'), is not allowed in templates"
        )


def check_call(func: Any, args: tuple, kwargs: dict) -> None:
    """Refuse a padding method called with a huge width (``"x".ljust(10**10)``)."""
    name = getattr(func, "__name__", "")
    if name in _WIDTH_METHODS and isinstance(getattr(func, "__self__", None), str):
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and value > MAX_BUILT:
                raise _too_big(f"str.{name}({value:,})", value)


def _bounded_filter(name: str, filter_func):
    """A padding filter (``center``, ``indent``, ``format``) that refuses huge widths."""

    @functools.wraps(filter_func)
    def bounded(*args, **kwargs):
        values = (*args[1:], *kwargs.values())
        if name == "format" and args and isinstance(args[0], str) and _PERCENT_WIDTH.search(args[0]):
            raise SecurityError(
                "the format filter with a width of ten million or more is not allowed in templates"
            )
        for value in values:
            if isinstance(value, int) and value > MAX_BUILT:
                raise _too_big(f"the {name} filter with {value:,}", value)
        return filter_func(*args, **kwargs)

    return bounded


def _bounded_lipsum(lipsum):
    """``lipsum(n, html, min, max)`` builds n paragraphs of up to max words: bounded too."""

    @functools.wraps(lipsum)
    def bounded(n: int = 5, html: bool = True, min: int = 20, max: int = 100):
        if isinstance(n, int) and isinstance(max, int) and n * max > MAX_BUILT // 10:
            raise _too_big(f"lipsum({n:,}, max={max:,})", n * max, MAX_BUILT // 10)
        return lipsum(n=n, html=html, min=min, max=max)

    return bounded


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates, shared by every event's environment in this process.

    Each event gets its own environment (its own search path), so without
    this every event of a conference, and every rebuild in watch mode,
    compiled the same built-in templates again. Entries are keyed by file
    and checked against the source's checksum, so an edited template is
    compiled afresh (and checked again by ``BriefkitSandbox._parse``).

    Between processes they are kept on disk, in the user's private cache
    folder (template_cache.py, which says why there and not in the project).
    """

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, Any]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self._code.get(bucket.key)
        if found and found[0] == bucket.checksum:
            bucket.code = found[1]
            return
        kept = template_cache.read(bucket.key)
        if kept is None:
            return
        try:
            # Checks Jinja2's format and the source's checksum; resets the bucket if either differs.
            bucket.bytecode_from_string(kept)
        except Exception:  # a damaged entry (its checksum is pickled): compiled again, and replaced
            bucket.reset()
        if not isinstance(bucket.code, types.CodeType):  # marshal loads any value, not only code
            bucket.reset()
        if bucket.code is not None:
            self._code[bucket.key] = (bucket.checksum, bucket.code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = (bucket.checksum, bucket.code)
        template_cache.write(bucket.key, bucket.bytecode_to_string())


COMPILED = CompiledTemplates()


#: How briefkit templates are written; the same for every environment.
SYNTAX: dict[str, Any] = {"trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}
_PARSER = jinja2.Environment(**SYNTAX)  # reads sources for their references, renders nothing


@functools.lru_cache(maxsize=512)
def _references(source: str) -> tuple[str | None, ...]:
    """The templates a source extends, includes or imports (None: a computed name).

    Kept on disk with the compiled templates, by the source's digest: parsing
    the built-in templates again for their references cost every build's
    process about 0.05 CPU s."""
    key = hashlib.sha256(source.encode("utf-8")).hexdigest()
    kept = template_cache.read(key, template_cache.REFERENCES)
    if kept is not None:
        try:
            refs = json.loads(kept)
        except ValueError:
            refs = None
        if isinstance(refs, list) and all(r is None or isinstance(r, str) for r in refs):
            return tuple(refs)
    found = tuple(meta.find_referenced_templates(_PARSER.parse(source)))
    template_cache.write(key, json.dumps(found).encode("utf-8"), template_cache.REFERENCES)
    return found


class TemplateSet:
    """The template search path of one event, and the Jinja2 environment over it."""

    def __init__(self, folders: list[Path], builtin: Path):
        for folder in folders[:1]:
            # The event's own templates/ folder travels with shared content: it
            # may not be a link to a folder elsewhere.
            if folder.is_dir() and not is_inside(folder, folder.parent):
                raise TemplateError(
                    f"{display_path(folder)} is a link to {folder.resolve()}, outside the event "
                    "folder; copy the templates in instead of linking them."
                )
        self.folders = [f for f in folders if f.is_dir()] + [builtin]
        self.builtin = builtin
        loader = jinja2.ChoiceLoader(
            [
                jinja2.PrefixLoader({BUILTIN_PREFIX: ConfinedLoader(builtin)}),
                *(ConfinedLoader(f) for f in self.folders),
            ]
        )
        self.env = BriefkitSandbox(
            loader=loader,
            autoescape=True,
            undefined=TracedUndefined,
            **SYNTAX,
            # No constant folding at compile time: an error in a constant
            # expression then happens while rendering, where it has a line.
            optimized=False,
            bytecode_cache=COMPILED,
            finalize=_finalize,
        )
        self.env.filters["css_string"] = css_string
        # Compiling needs every filter's name (validate compiles without rendering);
        # each render puts in the one for its event's language.
        self.env.filters["date"] = _date_before_render
        # A draft's values still to check print as a dash alone and are left out of a line of several.
        self.env.tests["given"] = is_given
        self.env.globals["placeholder"] = PLACEHOLDER
        # Content must never become live HTML: no template may mark text safe.
        del self.env.filters["safe"]
        for name in ("center", "indent", "format"):
            self.env.filters[name] = _bounded_filter(name, self.env.filters[name])
        self.env.globals["lipsum"] = _bounded_lipsum(self.env.globals["lipsum"])

    def resolve(self, name: str) -> Path | None:
        """The file that wins for a template name, for messages and listings."""
        if name.startswith(BUILTIN_PREFIX + "/"):
            candidates = [(self.builtin, name[len(BUILTIN_PREFIX) + 1 :])]
        else:
            candidates = [(folder, name) for folder in self.folders]
        for folder, rel in candidates:
            try:
                path = folder.joinpath(*split_template_path(rel))
            except jinja2.TemplateNotFound:
                return None
            if path.is_file():
                if not is_inside(path, folder):
                    raise TemplateError(
                        f"Template '{rel}' in {display_path(folder)} is a link to a file outside "
                        "that folder; templates may only load files inside the theme."
                    )
                return path
        return None

    def names(self) -> list[str]:
        """Every template name on the search path."""
        found = set()
        for folder in self.folders:
            for path in folder.rglob("*.j2"):
                rel = path.relative_to(folder)
                if rel.parts[0] != "themes":
                    found.add(rel.as_posix())
        return sorted(found)

    def blocks(self, name: str | None) -> list[str]:
        """Block names a template has, its parents' included: what an override can replace."""

        found: list[str] = []
        seen = set()
        while name and name not in seen:
            seen.add(name)
            path = self.resolve(name)
            if path is None:
                break
            try:
                ast = self.env.parse(read_limited(path, MAX_TEMPLATE_BYTES, TemplateError).decode("utf-8"))
            except (jinja2.TemplateSyntaxError, RecursionError):
                break
            found += [b.name for b in ast.find_all(nodes.Block) if b.name not in found]
            parent = next(ast.find_all(nodes.Extends), None)
            name = (
                parent.template.value
                if parent is not None and isinstance(parent.template, nodes.Const)
                else None
            )
        return found

    def dependencies(self, names: list[str]) -> dict[Path, bytes | None]:
        """Every template file the named templates may load, with the bytes its
        references were read from, for rebuild decisions.

        Found statically (extends, include, import); a template that names
        another by a computed expression depends on every template there is.
        The bytes are returned so that the rebuild key is taken from exactly
        what was scanned: a file saved in between cannot add a dependency the
        key does not know of. (None: the file could not be read.)
        """
        seen: dict[Path, bytes | None] = {}
        done: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name in done:
                continue
            done.add(name)
            path = self.resolve(name)
            if path is None or path in seen:
                continue
            try:
                seen[path] = data = read_limited(path, MAX_TEMPLATE_BYTES, OSError)
                refs = _references(data.decode("utf-8"))
            except (OSError, UnicodeDecodeError, jinja2.TemplateSyntaxError, RecursionError):
                seen.setdefault(path, None)
                continue  # rendering reports it properly
            for ref in refs:
                if ref is None:
                    every = sorted({p for f in self.folders for p in f.rglob("*.j2")})
                    return {p: seen.get(p) for p in every}
                todo.append(ref)
        return dict(sorted(seen.items()))

    def check(self, names: list[str]) -> list[TemplateError]:
        """Compile the named templates and every template they extend, include
        or import, rendering nothing: a syntax error, a missing parent, a
        template nested too deeply to compile, or templates that load each
        other in a circle every time, with the message a build gives. For
        validate, so compiling (cached) is all it costs. A template named by a
        computed expression cannot be followed.
        """
        errors, graph = self._compile_all(names)
        cycle = _cycle(graph, names, certain=True)
        if cycle:
            errors.append(self.circle(cycle))
        return errors

    def _compile_all(self, names: list[str]) -> tuple[list[TemplateError], dict[str, _Loading]]:
        """Compile the named templates and those they load; the errors, and what each template loads.

        Each file is read and parsed once, however many names it loads: 2,000
        missing includes read the file that names them 2,000 times (118 s)."""
        errors: list[TemplateError] = []
        graph: dict[str, _Loading] = {}
        done: set[str] = set()
        # Where each name is first needed ("" for the names asked for): a missing
        # name is an error only when some template needs it (no "ignore missing").
        needed: dict[str, str] = dict.fromkeys(names, "")
        missing: list[tuple[str, str]] = []
        todo = collections.deque(names)
        while todo:
            name = todo.popleft()
            if name in done:
                continue
            done.add(name)
            try:
                template = self.env.get_template(name)
                filename = template.filename or ""
                source = read_limited(Path(filename), MAX_TEMPLATE_BYTES, TemplateError).decode("utf-8")
                graph[name] = loading = _loading(source, filename)
            except jinja2.TemplateNotFound as exc:
                missing.append((name, str(exc.name or name)))
                continue
            except jinja2.TemplateSyntaxError as exc:
                errors.append(syntax_error(exc, name))
                continue
            except TemplateError as exc:  # a link out of its folder, a file too large, not UTF-8
                errors.append(exc)
                continue
            except (RecursionError, SyntaxError) as exc:
                errors.append(too_deep(exc, str(self.resolve(name) or name)))
                continue
            if any(load.name is None for load in loading.loads):
                log.debug("%s names a template by an expression: not followed", display_path(Path(filename)))
            for load in loading.loads:
                if load.name is not None:
                    if load.required:
                        needed.setdefault(load.name, _where(filename, load.line))
                    todo.append(load.name)
        errors += [self.not_found(shown, needed[name] or None) for name, shown in missing if name in needed]
        return errors, graph

    def circle(self, cycle: list[tuple[str, _Load]]) -> TemplateError:
        """Templates that extend, include or import each other in a circle, each step at its line."""
        problems = []
        for number, (name, load) in enumerate(cycle):
            target = str(load.name)
            back = cycle[(number + 1) % len(cycle)][0]
            what = f"{load.kind} '{shown(target)}'"
            if back == name:
                what += ", which is this file itself"
                if self.resolve(f"{BUILTIN_PREFIX}/{target}"):
                    what += f" (the built-in template it replaces is '{BUILTIN_PREFIX}/{shown(target)}')"
            elif number == len(cycle) - 1:
                what += ", the first file above"
            problems.append(Problem(self.resolve(name), load.line, None, what))
        return TemplateError(
            "Templates extend, include or import each other in a circle, which never ends. "
            "Break the circle: load a different template at one of these lines.",
            problems,
        )

    def not_found(self, missing: str, needed_by: str | None) -> TemplateError:
        """A template that is not on the search path, and where the search went."""
        folders = [self.builtin] if missing.startswith(BUILTIN_PREFIX + "/") else self.folders
        searched = "\n".join(f"    {display_path(f)}" for f in folders)
        wanted = f" (needed by {needed_by})" if needed_by else ""
        return TemplateError(
            f"Template '{shown(missing)}' not found{wanted}. Folders searched, in order:\n{searched}"
        )

    def render(self, name: str, context: TemplateContext) -> str:
        env = self.env
        env.filters["date"] = date_formatter(context["theme"], context["labels"])
        try:
            template = env.get_template(name)
            return template.render(**context)
        except jinja2.TemplateNotFound as exc:
            missing = str(exc.name or name)
            file, line = _template_frame(exc, name)
            needed_by = None if missing == name else _where(file, line) if file else name
            raise self.not_found(missing, needed_by) from None
        except jinja2.TemplateSyntaxError as exc:
            raise syntax_error(exc, name) from None
        except SyntaxError as exc:  # Python's, compiling what Jinja2 wrote
            raise too_deep(exc, str(self.resolve(name) or name)) from None
        except jinja2.UndefinedError as exc:
            file, line = _template_frame(exc, name)
            if isinstance(exc, UndefinedAt) and exc.origin[0]:
                file, line = exc.origin
            label = _undefined_label(exc.message or "", file, line)
            if label:
                raise TemplateError(
                    f"{_where(file, line)}: labels.{label}: "
                    + label_hint(label, context["labels"], context["theme"].locale.language)
                ) from None
            raise TemplateError(
                f"{_where(file, line)}: {exc.message}. Check the spelling against the "
                "context documented in docs/templates.md."
            ) from None
        except SecurityError as exc:
            file, line = _template_frame(exc, name)
            raise TemplateError(
                f"{_where(file, line)}: unsafe operation refused by the template sandbox: {exc}"
            ) from None
        except jinja2.TemplateRuntimeError as exc:
            file, line = _template_frame(exc, name)
            raise TemplateError(f"{_where(file, line)}: {exc}") from None
        except MemoryError:
            file, line = _template_frame(sys.exc_info()[1], name)  # type: ignore[arg-type]
            raise TemplateError(
                f"{_where(file or str(self.resolve(name) or name), line)}: the template built a value "
                "larger than the memory templating may use; look for a loop that doubles a text."
            ) from None
        except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError, RecursionError) as exc:
            if isinstance(exc, RecursionError):
                self._explain_recursion(exc, name)
            file, line = _template_frame(exc, name)
            if file is None:
                if not _from_jinja(exc):
                    raise  # not from a template: a genuine bug, keep the traceback
                file = str(self.resolve(name) or name)  # Jinja2 folds constants while compiling
            raise TemplateError(f"{_where(file, line)}: {type(exc).__name__}: {exc}") from None

    def _explain_recursion(self, exc: RecursionError, name: str) -> None:
        """Raise what a recursion while rendering comes from, when it is known: a template nested
        too deeply to compile, or templates loading each other in a circle (naming them, not the
        built-in macro the recursion happened to stop in)."""
        if _compiling_at(exc) != (None, None):
            raise too_deep(exc, str(self.resolve(name) or name)) from None
        cycle = _cycle(self._compile_all([name])[1], [name], certain=False)
        if cycle:
            raise self.circle(cycle) from None


def _date_before_render(value: Any) -> str:
    raise RuntimeError("the date filter is set by TemplateSet.render")


def syntax_error(exc: jinja2.TemplateSyntaxError, name: str) -> TemplateError:
    """A template that does not compile, at its file and line."""
    where = _where(exc.filename or exc.name or name, exc.lineno)
    return TemplateError(f"{where}: template syntax error: {exc.message}")


def too_deep(exc: RecursionError | SyntaxError, fallback: str) -> TemplateError:
    """A template nested deeper than Jinja2 or Python can compile (3,000 brackets, 1,000 conditions
    inside one another, a sum of 100,000 terms, 25 loops inside one another), at its file and the
    line compiling had reached."""
    file, line = _compiling_at(exc)
    if isinstance(exc, SyntaxError):
        # Python's limit on blocks inside one another: its line is in the code Jinja2 wrote.
        file = exc.filename if exc.filename and not exc.filename.startswith("<") else file
        line = _deepest_loop(file or fallback)
        what = f"more loops inside one another than Python can compile ({exc.msg})"
    else:
        return nested_error(file or fallback, line)
    return _split_it(file or fallback, line, what)


def nested_error(file: str, line: int | None) -> TemplateError:
    """A template nested past what compiles, or past ``template_depth``'s limits, which are below it."""
    return _split_it(
        file, line, "brackets, operators or statements nested more deeply than templates can be compiled"
    )


def _split_it(file: str, line: int | None, what: str) -> TemplateError:
    return TemplateError(
        f"{_where(file, line)}: {what}. Split it: move the inner part into a macro or a "
        "template of its own, or compute it in steps with {% set %}."
    )


def _compiling_at(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line Jinja2's parser or compiler had reached when ``exc`` stopped it;
    (None, None) when it came from no parser or compiler (a template's own recursion, say)."""
    from jinja2.compiler import CodeGenerator
    from jinja2.parser import Parser

    file: str | None = None
    line: int | None = None
    tb = exc.__traceback__
    while tb is not None:
        local = tb.tb_frame.f_locals
        me = local.get("self")
        if isinstance(me, Parser):
            file, line = me.filename or me.name or file, me.stream.current.lineno
        elif isinstance(me, CodeGenerator):
            node = local.get("node")
            file, line = me.filename or me.name or file, node.lineno if isinstance(node, nodes.Node) else line
        elif isinstance(me, nodes.Node):
            line = me.lineno or line
        elif isinstance(me, jinja2.Environment) and isinstance(local.get("filename"), str):
            file = local["filename"]
        tb = tb.tb_next
    return file, line


def _deepest_loop(filename: str) -> int | None:
    """The line of the loop nested most deeply in a template (within one block or macro, as Python
    counts), read without recursion."""
    try:
        tree = _PARSER.parse(read_limited(Path(filename), MAX_TEMPLATE_BYTES, OSError).decode("utf-8"))
    except (OSError, UnicodeDecodeError, jinja2.TemplateSyntaxError, RecursionError):
        return None
    deepest, line = 0, None
    stack: list[tuple[nodes.Node, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (nodes.Block, nodes.Macro, nodes.CallBlock)):
            depth = 0  # each is a function of its own in the code Jinja2 writes
        elif isinstance(node, nodes.For):
            depth += 1
            if depth > deepest:
                deepest, line = depth, node.lineno
        stack.extend((child, depth) for child in node.iter_child_nodes())
    return line


class _Load(NamedTuple):
    """One statement of a template that loads another."""

    #: The name loaded; None when an expression computes it.
    name: str | None
    line: int
    #: "extends", "includes" or "imports", as a message says it.
    kind: str
    #: False for an include with ``ignore missing`` or of a list of names, which does without it.
    required: bool
    #: True when it runs whenever its template does: not inside a condition, a loop or a macro.
    certain: bool
    #: The blocks it is written in, which a child template may replace.
    within: frozenset[str]


class _Loading(NamedTuple):
    """What a template loads, and the blocks it defines (replacing its parent's)."""

    loads: tuple[_Load, ...]
    blocks: frozenset[str]


#: Statements whose content may not run, or run later: what they load is not loaded for certain.
_MAYBE = (nodes.If, nodes.For, nodes.Macro, nodes.CallBlock, nodes.FilterBlock)
_KIND: dict[type[nodes.Node], str] = {
    nodes.Extends: "extends",
    nodes.Include: "includes",
    nodes.Import: "imports",
    nodes.FromImport: "imports",
}


def _loading(source: str, filename: str) -> _Loading:
    """The templates a source loads, read from one parse, without recursion (a template may nest deep)."""
    tree = _PARSER.parse(source, filename=filename)
    loads: list[_Load] = []
    blocks: set[str] = set()
    extended = False
    # Top-level statements after an {% extends %}, outside a block, never run.
    stack: list[tuple[nodes.Node, bool, frozenset[str]]] = []
    for node in tree.body:
        stack.append((node, not extended or isinstance(node, nodes.Block), frozenset()))
        extended = extended or isinstance(node, nodes.Extends)
    stack.reverse()
    while stack:
        node, certain, within = stack.pop()
        if isinstance(node, nodes.Block):
            blocks.add(node.name)
            within |= {node.name}
        kind = _KIND.get(type(node))
        if kind:
            target = node.template  # type: ignore[attr-defined]
            if _is_name(target):
                required = not getattr(node, "ignore_missing", False)
                loads.append(_Load(target.value, node.lineno, kind, required, certain, within))
            elif isinstance(target, (nodes.Tuple, nodes.List)):
                # Any of the names will do: none is needed, and which one runs is not known.
                loads += [
                    _Load(t.value if _is_name(t) else None, node.lineno, kind, False, False, within)
                    for t in target.items
                ]
            else:
                loads.append(_Load(None, node.lineno, kind, False, False, within))
            continue
        inside = certain and not isinstance(node, _MAYBE)
        stack.extend((child, inside, within) for child in reversed(list(node.iter_child_nodes())))
    return _Loading(tuple(loads), frozenset(blocks))


def _is_name(node: nodes.Node) -> TypeGuard[nodes.Const]:
    return isinstance(node, nodes.Const) and isinstance(node.value, str)


def _cycle(graph: dict[str, _Loading], names: list[str], *, certain: bool) -> list[tuple[str, _Load]] | None:
    """A circle of templates loading each other, from the named ones: each template with the load
    it takes to the next. ``certain``: only loads that run every time (what validate can refuse).

    A parent's block that its child replaces does not run: what it loads is left out. Searched
    depth first without recursion, each (template, blocks replaced) visited once."""
    finished: set[tuple[str, frozenset[str]]] = set()
    for start in names:
        first = (start, frozenset[str]())
        if start not in graph or first in finished:
            continue
        stack = [(first, _steps(graph, first, certain))]
        index = {first: 0}
        taken: list[_Load] = []  # taken[i]: the load from stack[i] to stack[i + 1]
        while stack:
            state, steps = stack[-1]
            step = next(steps, None)
            if step is None:
                stack.pop()
                del index[state]
                finished.add(state)
                if taken:
                    taken.pop()
                continue
            load, following = step
            if following in index:
                loads = [*taken[index[following] :], load]
                return [(s[0], l) for (s, _), l in zip(stack[index[following] :], loads, strict=True)]
            if following not in finished:
                index[following] = len(stack)
                stack.append((following, _steps(graph, following, certain)))
                taken.append(load)
    return None


def _steps(graph: dict[str, _Loading], state: tuple[str, frozenset[str]], certain: bool) -> Iterator:
    """The loads a template takes, each with the state it leads to (the blocks replaced so far)."""
    name, replaced = state
    loading = graph[name]
    for load in loading.loads:
        if load.name in graph and (load.certain or not certain) and not (load.within & replaced):
            after = replaced | loading.blocks if load.kind == "extends" else frozenset[str]()
            yield load, (load.name, after)


def _undefined_label(message: str, file: str | None, line: int | None) -> str | None:
    """The label an "undefined" error is about, when the failing line reads ``labels.<name>``."""
    m = re.match(r"^'dict object' has no attribute '([^']+)'$", message)
    if not m or not file or not line:
        return None
    try:
        text = Path(file).read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return None
    name = re.escape(m[1])
    used = re.search(rf"\blabels\s*(\.\s*{name}\b|\[\s*['\"]{name}['\"])", text)
    return m[1] if used else None


def label_hint(name: str, labels: dict[str, str], language: str) -> str:
    """What to do about a label no message catalogue defines."""
    import difflib

    close = difflib.get_close_matches(name, list(labels), n=1)
    spelt = f"did you mean '{close[0]}'? If not, " if close else ""
    where = "messages/en.toml" + (f" (and messages/{language}.toml)" if language != "en" else "")
    return (
        f'no such label; {spelt}add {name} = "…" to {where} in the event folder or the theme '
        "(templates/messages/en.toml lists the built-in labels)"
    )


def _from_jinja(exc: BaseException) -> bool:
    """True when the error came out of Jinja2 itself (compiling or optimising a template)."""
    return any("/jinja2/" in frame.filename for frame in traceback.extract_tb(exc.__traceback__)[1:])


def _template_frame(exc: BaseException, name: str) -> tuple[str | None, int | None]:
    """The innermost template file and line in a traceback (Jinja2 rewrites frames)."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".j2", ".html", ".svg", ".css")):
            found = (frame.filename, frame.lineno)
    return found


def _where(file: str | None, line: int | None) -> str:
    if not file:
        return "template"
    shown = display_path(Path(file)) if "/" in file else file
    return f"{shown}:{line}" if line else shown


def parse_rendered(html: str, template: str):
    """The tree of a template's output, which every check and writer reads.

    A template that renders nothing (an empty override, one wrapped in an ``{% if %}`` that is
    false, only a comment) made lxml raise "Document is empty": a traceback from the build, and
    in a watch an exception that ended its thread.
    """
    try:
        return lxml_html.document_fromstring(html)
    except etree.ParserError:
        raise TemplateError(
            f"Template {template} produced an empty document: it renders no HTML element. Check that it "
            "extends a base template or writes its own <html>, and that its content is not inside a "
            "condition that is false."
        ) from None


def extract_article(html: str, doc_id: str, template: str) -> Markup:
    """The ``<article>`` of a rendered document, for placing it in the pack."""
    tree = parse_rendered(html, template)
    found = tree.xpath(f'//article[@id="{doc_id}"]')
    if not found:
        raise TemplateError(
            f'The template of \'{doc_id}\' produced no <article class="document" id="{doc_id}">; '
            "the pack needs it (keep {% block body %} from base.html.j2)."
        )
    return Markup(lxml_html.tostring(found[0], encoding="unicode", method="html"))
