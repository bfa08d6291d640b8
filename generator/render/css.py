"""Printing values into a stylesheet template, where HTML escaping protects nothing.

The stylesheet is a Jinja2 template like the documents, and HTML
autoescaping turns ``<`` into ``&lt;`` but leaves a newline or a backslash
alone. In CSS a newline ends a string, and what follows is read as new
rules: a font name in a shared theme.toml could add ``content: url(…)``.

So every value printed in a ``.css.j2`` template goes through
:func:`css_value` (the environment's ``finalize``): characters that cannot
start anything in CSS pass as they are, every other one becomes a CSS hex
escape (``\\a ``), which is one character of a string or of an identifier
and can end neither. :func:`css_string` (the ``css_string`` filter) prints a
whole quoted string the same way.
"""

from __future__ import annotations

import re

from markupsafe import Markup

#: What a value may hold unescaped: letters, digits and the punctuation of
#: lengths, colours and font names. Everything else is escaped.
_PLAIN = re.compile(r"[^A-Za-z0-9 #.%,_+\-\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _hex(match: re.Match) -> str:
    # Always followed by a space: the space ends the escape and is consumed.
    return f"\\{ord(match.group(0)):x} "


def css_escape(text: str) -> str:
    """Text with every character that could end a CSS token written as a hex escape."""
    return _PLAIN.sub(_hex, text)


def css_string(value: object) -> Markup:
    """A quoted CSS string holding ``value`` exactly, and nothing that can end it."""
    return Markup(f'"{css_escape(str(value))}"')


def css_value(value: object) -> object:
    """Any value printed bare in a stylesheet: escaped unless already made for CSS.

    Markup is what briefkit made for the stylesheet (a ``css_string``, a
    macro's output, which is built of escaped values); numbers print as they are.
    """
    if isinstance(value, Markup) or value is None:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return Markup(css_escape(str(value)))
