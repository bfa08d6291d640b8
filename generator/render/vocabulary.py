"""The HTML elements a template may use (docs/templates.md), checked before any writer runs.

The check runs on every rendered document whatever the formats asked for, so
a template that would fail as DOCX fails as PDF and HTML too, and no format
ever receives a ``<script>``.

Policy for elements outside the vocabulary:

* A few harmless *inline* elements (``<u>``, ``<s>``, ``<mark>``, ``<kbd>`` …)
  only log a warning and are rendered as the nearest Word formatting, since
  their text is never lost. ``strict=True`` makes them errors too.
* Everything else is an error, whatever ``strict`` says: a block element
  Word has no place for (``<form>``, ``<video>``, ``<marquee>`` …) would be
  silently dropped, and ``<script>``/``<iframe>``/``<object>`` are never
  acceptable in a document.

All problems in a document are reported at once, each with its tag, the
template line it is written on when the build says which templates made the
document, and the line of the rendered HTML it is on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..config.confine import read_limited
from ..errors import Problem, TemplateError, display_path
from ..warn import warn_or_fail
from .templates import MAX_TEMPLATE_BYTES

#: Children are emitted, the element itself adds nothing (except by class).
GROUPING = frozenset({"article", "section", "div", "header", "footer", "main", "nav"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
BLOCKS = frozenset(
    {
        "p",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "colgroup",
        "col",
        "blockquote",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "hr",
    }
)
#: Allowed in running text. ``img`` and ``svg`` may also stand as blocks.
INLINE = frozenset(
    {
        "strong",
        "b",
        "em",
        "i",
        "a",
        "span",
        "br",
        "sup",
        "sub",
        "small",
        "code",
        "cite",
        "abbr",
        "time",
        "q",
        "img",
        "svg",
    }
)
#: Document skeleton and ``<head>`` content the DOCX writer reads or ignores.
DOCUMENT = frozenset({"html", "head", "body", "title", "meta", "style"})
#: Tolerated with a warning (an error with ``strict``): text kept, formatting approximated.
HARMLESS_INLINE = frozenset(
    {
        "u",
        "s",
        "del",
        "ins",
        "mark",
        "kbd",
        "samp",
        "var",
        "dfn",
        "data",
        "bdi",
        "bdo",
        "wbr",
        "tt",
    }
)
#: Never acceptable, not even inside an inline SVG.
FORBIDDEN = frozenset(
    {
        "script",
        "iframe",
        "object",
        "embed",
        "frame",
        "frameset",
        "applet",
        # A browser follows these by itself when the preview is opened: stylesheets
        # are inline, so a template never needs them.
        "link",
        "base",
    }
)
#: Refused inside an inline ``<svg>``, where a browser and briefkit's HTML
#: parser (libxml2) read them differently: libxml2 keeps a ``<style>``'s
#: content as text, but a browser parses it as markup inside SVG, so a
#: ``<meta http-equiv="refresh">`` hidden there escapes the picture and is
#: followed; and a ``<meta>`` written directly inside an SVG is skipped by the
#: SVG walk, yet a browser moves it out as HTML. Pictures are styled with
#: presentation attributes or the stylesheet.
FORBIDDEN_IN_SVG = frozenset({"style", "meta"})
#: <meta http-equiv> values a template may set; "refresh" and the rest act on their own.
META_EQUIV_ALLOWED = frozenset({"content-type", "content-security-policy"})

ALLOWED = GROUPING | frozenset(HEADINGS) | BLOCKS | INLINE | DOCUMENT


def is_element(node) -> bool:
    """True for elements, False for comments and processing instructions."""
    return isinstance(node.tag, str)


#: The places a message lists for one element; a tag written thousands of times is counted, not listed.
MAX_PLACES = 10


def describe(el, places: Sequence[tuple[Path, int]] = ()) -> str:
    """An element as a message names it: its tag, its line in the rendered HTML,
    and the template lines it may come from when more than one writes it."""
    notes = []
    line = getattr(el, "sourceline", None)
    if line:
        notes.append(f"line {line} of the rendered HTML")
    if len(places) > 1:
        listed = ", ".join(f"{display_path(path)}:{n}" for path, n in places[:MAX_PLACES])
        more = f" and {len(places) - MAX_PLACES:,} more" if len(places) > MAX_PLACES else ""
        notes.append(f"written at {listed}{more}")
    return f"<{el.tag}>" + (f" ({'; '.join(notes)})" if notes else "")


class TagFinder:
    """Where in the templates that made a document a tag is written.

    The rendered HTML's line means little to whoever wrote the template, and
    Jinja2 keeps no map from output back to source: the sources are searched
    for the tag instead (read only when there is something to report). One
    place is named as the file and line; several are listed.

    This runs after the template's time limit, on files of up to a megabyte:
    each source is read and scanned once, left to right, for every tag at once.
    """

    def __init__(self, sources: Sequence[Path]):
        self.sources = sources
        self._found: dict[str, list[tuple[Path, int]]] | None = None

    def places(self, tag: str) -> list[tuple[Path, int]]:
        if self._found is None:
            self._found = {}
            for path in self.sources:
                for name, line in _tags_written(path):
                    self._found.setdefault(name, []).append((path, line))
        return self._found.get(tag.lower(), [])

    def problem(self, el, message: str) -> Problem:
        places = self.places(el.tag) if self.sources else []
        file, line = places[0] if len(places) == 1 else (None, None)
        return Problem(file, line, None, f"{describe(el, places)} {message}")


#: An opening tag's name: what follows '<' up to a space, '/' or '>'.
_OPENING = re.compile(r"<([^\s/<>]+)(?=[\s/>])")


def _tags_written(path: Path) -> list[tuple[str, int]]:
    """Every opening tag of a template (lower-cased) with its line, those in template comments left out."""
    try:
        text = read_limited(path, MAX_TEMPLATE_BYTES, OSError).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    comments = iter(_comments(text))
    comment = next(comments, None)
    found = []
    line, counted = 1, 0
    for m in _OPENING.finditer(text):
        while comment is not None and comment[1] <= m.start():
            comment = next(comments, None)
        if comment is not None and comment[0] <= m.start():
            continue  # a tag in a template comment writes nothing
        line += text.count("\n", counted, m.start())
        counted = m.start()
        found.append((m[1].lower(), line))
    return found


def _comments(text: str) -> list[tuple[int, int]]:
    """The spans of the template comments ``{# … #}``, found in one pass: a comment left
    open is no comment (Jinja2 refuses it, except inside ``{% raw %}``)."""
    spans = []
    start = text.find("{#")
    while start >= 0:
        end = text.find("#}", start + 2)
        if end < 0:
            break
        spans.append((start, end + 2))
        start = text.find("{#", end + 2)
    return spans


def check_vocabulary(root, template_name: str, *, strict: bool, sources: Sequence[Path] = ()) -> None:
    """Raise one TemplateError listing every element the DOCX writer cannot render.

    ``sources`` are the template files that made the document: each problem
    is then located in them (TagFinder)."""
    found = TagFinder(sources)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for el in _walk(root):
        tag = el.tag
        if tag in FORBIDDEN:
            problems.append(found.problem(el, "is never allowed in a template"))
        elif tag in FORBIDDEN_IN_SVG and _in_svg(el):
            problems.append(
                found.problem(
                    el,
                    "is never allowed inside <svg> (a browser reads its content as "
                    "HTML); style the picture with attributes or the stylesheet",
                )
            )
        elif tag == "meta" and (el.get("http-equiv") or "").strip().lower() not in ("", *META_EQUIV_ALLOWED):
            problems.append(
                found.problem(el, f'with http-equiv="{el.get("http-equiv")}" is never allowed in a template')
            )
        elif tag in ALLOWED:
            continue
        elif tag in HARMLESS_INLINE:
            warnings.append(found.problem(el, "is not in the template vocabulary; its text is kept"))
        else:
            problems.append(found.problem(el, "is not in the template vocabulary"))

    def error(strictly: list[str]) -> TemplateError:
        return TemplateError(
            f"Template {template_name} uses HTML outside the template vocabulary "
            "(docs/templates.md lists the elements a template may use):",
            problems + (warnings if strictly else []),
        )

    # Under --strict the tolerated elements join the others in one error.
    warn_or_fail([str(w) for w in warnings], strict, error, prefix=f"{template_name}: ")
    if problems:
        raise error([])


def _walk(root):
    """Every element, but inside ``<svg>`` only the forbidden ones (SVG has its own vocabulary)."""
    stack = [root]
    while stack:
        el = stack.pop()
        if not is_element(el):
            continue
        if el.tag == "svg":
            yield el
            for inner in el.iter():
                if is_element(inner) and (inner.tag in FORBIDDEN or inner.tag in FORBIDDEN_IN_SVG):
                    yield inner
            continue
        yield el
        stack.extend(reversed(list(el)))


def _in_svg(el) -> bool:
    return any(parent.tag == "svg" for parent in el.iterancestors())


#: The longest attribute value a template may write. libxml2, which parses
#: the HTML for the DOCX and HTML writers, silently cuts values at ten million
#: characters: a longer data: URI became a broken picture with a wrong message.
MAX_ATTRIBUTE = 8_000_000
_LONG_ATTRIBUTE = re.compile(rf"""=\s*(?:"[^"]{{{MAX_ATTRIBUTE},}}|'[^']{{{MAX_ATTRIBUTE},}})""")


def check_attribute_sizes(html: str, template_name: str) -> None:
    """Refuse an attribute value longer than the HTML reader keeps whole."""
    found = _LONG_ATTRIBUTE.search(html)
    if found:
        line = html.count("\n", 0, found.start()) + 1
        raise TemplateError(
            f"Template {template_name} wrote an attribute of more than {MAX_ATTRIBUTE:,} characters "
            f"(line {line} of the rendered HTML; a data: URI?). Put the picture in a file next to the "
            "content and name it in src instead."
        )


def parse_error(template_name: str, el, message: str) -> TemplateError:
    """A TemplateError about one misplaced or malformed element."""
    return TemplateError(
        f"Template {template_name} produced HTML the DOCX writer cannot render:",
        [Problem(None, None, None, f"{describe(el)}: {message}")],
    )
