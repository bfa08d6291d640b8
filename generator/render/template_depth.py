"""How deeply a template nests, read from its tokens before it is compiled.

Jinja2 parses and compiles a template by recursion: about 70 brackets inside
one another, a sum of about 500 terms or about 100 conditions inside one
another exhaust Python's stack. The RecursionError that follows was turned
into a located error (``templates.too_deep``), but on the way Python may have
to report a failure inside a finalizer at the bottom of the stack, and its
"Exception ignored in sys.unraisablehook" then lands in the user's terminal
(it did in CI, on Python 3.13). So a template an event or theme brings is
measured first, by its tokens, which the lexer reads without recursion, and
one nested past these limits (far past anything written by hand, far below
what compiles) is refused with the same message.
"""

from __future__ import annotations

import jinja2

#: Brackets inside one another in one tag.
MAX_BRACKETS = 30
#: Operators, filters and tests in one tag: each is one level of the compiler's recursion.
MAX_OPERATORS = 150
#: Statements (if, for, macro …) inside one another.
MAX_STATEMENTS = 40

_OPEN = {"(", "[", "{"}
_CLOSE = {")", "]", "}"}
_OPERATOR_NAMES = {"and", "or", "not", "in", "is", "if", "else"}
_STATEMENTS = {"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "trans"}


def nested_too_deeply(environment: jinja2.Environment, source: str) -> int | None:
    """The line where ``source`` nests past a limit, or None (also for a source the lexer refuses,
    whose error the compiler gives)."""
    brackets = operators = 0
    statements: list[str] = []
    in_tag = first_name = False
    try:
        for line, kind, value in environment.lex(source):
            if kind in ("block_begin", "variable_begin"):
                in_tag, first_name, brackets, operators = True, kind == "block_begin", 0, 0
            elif kind in ("block_end", "variable_end"):
                in_tag = False
            elif not in_tag or kind == "whitespace":
                continue
            elif kind == "operator":
                if value in _OPEN:
                    brackets += 1
                elif value in _CLOSE:
                    brackets -= 1
                elif value not in (",", ":", "=", "."):
                    operators += 1
            elif kind == "name":
                if first_name:
                    if value in _STATEMENTS:
                        statements.append(value)
                    elif statements and value == f"end{statements[-1]}":
                        statements.pop()
                elif value in _OPERATOR_NAMES:
                    operators += 1
            first_name = first_name and kind not in ("name", "operator", "integer", "string", "float")
            if brackets > MAX_BRACKETS or operators > MAX_OPERATORS or len(statements) > MAX_STATEMENTS:
                return line
    except jinja2.TemplateSyntaxError:
        return None
    return None
