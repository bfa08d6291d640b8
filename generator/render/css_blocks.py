"""Blocks a templated stylesheet leaves open or closes twice.

A rule whose ``}`` is missing (``h2 { color: red;`` in a theme's ``extra``
block) takes every rule after it into itself: the CSS parser drops them
without a word, and the PDF comes out without the theme's look and no
message says why. A ``}`` that closes nothing is dropped the same way. Both
are counted here on the stylesheet as templated, outside comments and
strings, and named by the words before the brace so the theme's author can
find them in a template whose lines are not the stylesheet's.
"""

from __future__ import annotations

import re

#: A comment, a quoted string (escapes kept inside), or a brace.
_TOKEN = re.compile(r"/\*.*?(?:\*/|\Z)|\"(?:\\.|[^\"\\\n])*\"?|'(?:\\.|[^'\\\n])*'?|[{}]", re.DOTALL)
#: How much of a rule's opening words a message shows.
SHOWN = 60


def unbalanced_blocks(css: str) -> list[str]:
    """What is wrong with the stylesheet's braces, one message each (none when they pair)."""
    opened: list[int] = []
    problems: list[str] = []
    closed = "the start of the stylesheet"
    for match in _TOKEN.finditer(css):
        brace = match.group()
        if brace == "{":
            opened.append(match.start())
        elif brace == "}":
            if opened:
                closed = f"the rule {_before(css, opened.pop())}"
            else:
                problems.append(f"the stylesheet has a '}}' that closes no rule, after {closed}: delete it")
    for at in opened:
        problems.append(
            f"the stylesheet's rule {_before(css, at)} {{ is never closed, and the rules after it are dropped: "
            "add its '}'"
        )
    return problems


def _before(css: str, at: int) -> str:
    """The words just before position ``at`` (the rule's selector), on one line."""
    start = max(css.rfind(mark, 0, at) + 1 for mark in "{};/")
    words = " ".join(css[start:at].split())
    return repr(words[-SHOWN:])
