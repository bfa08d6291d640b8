"""RTF statements: the text of each paragraph (\\par), without the formatting codes.

A small reader of the RTF syntax (groups, control words, escaped
characters, \\uN Unicode) good for the text of a statement; destinations
that hold no text (font and colour tables, pictures, metadata) are skipped.
One line per paragraph, then grouped by ``segment`` as a Word file's.
"""

from __future__ import annotations

import re

from .blocks import Block, segment

_TOKEN = re.compile(
    r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.DOTALL
)
_SKIP = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "footer",
    "headerl",
    "headerr",
    "footerl",
    "footerr",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "fldinst",
}


def read_rtf(raw: bytes, name: str) -> list[Block]:
    text = raw.decode("latin-1")
    stack: list[tuple[bool, int]] = []
    skip, uc = False, 1
    pending_skip = 0
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        word, arg, hexa, symbol, brace, plain = m.groups()
        if brace == "{":
            stack.append((skip, uc))
        elif brace == "}":
            skip, uc = stack.pop() if stack else (False, 1)
        elif symbol is not None:
            if symbol == "*":
                skip = True
            elif not skip and symbol in "\\{}":
                out.append(symbol)
            elif not skip and symbol == "~":
                out.append(" ")
        elif hexa is not None:
            if pending_skip:
                pending_skip -= 1
            elif not skip:
                out.append(bytes([int(hexa, 16)]).decode("cp1252", errors="replace"))
        elif word is not None:
            if word in _SKIP:
                skip = True
            elif word == "uc" and arg:
                uc = int(arg)
            elif word == "u" and arg and not skip:
                out.append(chr(int(arg) % 65536))
                pending_skip = uc
            elif word in ("par", "line", "sect", "page") and not skip:
                out.append("\n")
            elif word == "tab" and not skip:
                out.append(" ")
        elif plain is not None and not skip:
            if pending_skip:
                drop = min(pending_skip, len(plain))
                plain, pending_skip = plain[drop:], pending_skip - drop
            out.append(plain)
    return segment("".join(out).split("\n"))
