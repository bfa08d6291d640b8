"""What WeasyPrint builds on its first layout in a process, built once in the fork server instead.

Each worker is forked from the fork server (pipeline/forkserver.py) and
lays out its first PDF at a cost that the second does not pay: a
fact sheet's first layout in a freshly forked worker took 0.49 CPU s, the
same document again 0.23 s. Two parts of that are plain Python data, safe to
inherit across a fork, that the server can make once for every worker:

- the hyphenation patterns of the document's language, which Pyphen parses
  from its dictionary file the first time a word needs breaking (about
  0.075 s for English) and keeps in a module-level cache;
- the C types WeasyPrint names when it asks cffi for memory
  (``ffi.new("PangoRectangle *")``), which cffi parses with pycparser the
  first time each is named (about 4 ms each).

Fontconfig's and Pango's own state is not made here: it is not for sharing
across a fork (writers/pdf/fonts.py).

Separately, :func:`sized_arrays` keeps cffi from parsing a type for every
font subset: WeasyPrint names a fresh array type for each subset's glyph
list (``hb_codepoint_t[2804]``), and each new length was a 3.5 ms parse —
about 33 per build of the example event, 0.1 CPU s, paid again in every
process.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from typing import Any

log = logging.getLogger(__name__)

#: The types WeasyPrint 6x–70 names in ``ffi.new`` (text/line_break.py, text/fonts.py,
#: pdf/fonts.py). A name another version does not declare is skipped.
NAMED_TYPES = (
    "PangoRectangle *",
    "PangoLogAttr[]",
    "PangoFcFontMap *",
    "unsigned int *",
    "char[]",
    "char[4]",
    "hb_tag_t[100]",
    "FcResult *",
    "FcChar8 **",
)

#: A fixed-length array of a named type: ``hb_codepoint_t[2804]``.
_SIZED_ARRAY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\[([0-9]{1,9})\]")


def prepare(language: str | None) -> None:
    """Make what every worker's first layout would make (see the module's docstring)."""
    from weasyprint.text.ffi import ffi

    sized_arrays()
    for name in NAMED_TYPES:
        with contextlib.suppress(Exception):  # a name this WeasyPrint does not declare
            ffi.typeof(name)
    if language:
        hyphenation_patterns(language)


def hyphenation_patterns(language: str) -> None:
    """Load the patterns WeasyPrint will hyphenate *language* with (Pyphen caches them per process)."""
    import pyphen

    found = pyphen.language_fallback(language)
    if found:
        pyphen.Pyphen(lang=found)


class _SizedArrayTypes(dict):
    """cffi's cache of parsed types, which makes ``T[N]`` from ``T`` without parsing it again.

    cffi looks a type up here first (``ffi._typeof``) and parses the text only
    when it is missing; a sized array whose item type is known is made the
    way cffi makes it after parsing (the same type object: cffi keeps one per
    model type).
    """

    def __init__(self, ffi: Any, parsed: dict) -> None:
        super().__init__(parsed)
        self.ffi = ffi
        self.item_types: dict[str, Any] = {}

    def __missing__(self, key: Any) -> Any:
        match = _SIZED_ARRAY.fullmatch(key) if isinstance(key, str) else None
        if match is None:
            raise KeyError(key)
        from cffi import model

        ffi = self.ffi
        with ffi._lock:
            item = self.item_types.get(match[1])
            if item is None:
                # Raises cffi's own error for a name that is not a type, as parsing the whole would.
                item = self.item_types[match[1]] = ffi._parser.parse_type(match[1])
            found = ffi._get_cached_btype(model.ArrayType(item, int(match[2]))), False
        self[key] = found
        return found


@functools.cache
def sized_arrays() -> bool:
    """Have WeasyPrint's cffi make sized array types without parsing them (once per process,
    inherited by forks). False where cffi is not as this expects: it then parses as before."""
    try:
        from cffi import model
        from weasyprint.text.ffi import ffi
    except ImportError:  # pragma: no cover - both come with WeasyPrint
        return False
    parsed = getattr(ffi, "_parsed_types", None)
    expected = (
        (ffi, "_lock"),
        (ffi, "_get_cached_btype"),
        (getattr(ffi, "_parser", None), "parse_type"),
        (model, "ArrayType"),
    )
    if type(parsed) is not dict or not all(hasattr(o, name) for o, name in expected):
        log.debug("cffi's type cache is not as expected: sized arrays are parsed")
        return False
    ffi._parsed_types = _SizedArrayTypes(ffi, parsed)
    return True
