"""What text may reach a document, and how a user's text is shown in a message.

One home for both policies, because they meet at the same characters:

* Content and configuration strings are refused, never stripped, when they
  carry a character no output can hold faithfully (PDF text drops it, DOCX
  XML cannot encode it, the HTML would carry it): C0 and C1 controls,
  surrogates and the non-characters U+FFFE and U+FFFF. Content (event.yaml,
  speech.txt) may hold tab and newline; a configuration string (a font
  name, a marking, a label, a document title) is one line, so it may not.
* A name the user controls (a folder, a template name, a value) printed in a
  message is shown with those same characters escaped: an ESC or OSC
  sequence in a folder name must not drive the terminal that prints the
  error about it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import BriefkitError

#: Refused in content: C0/C1 controls except tab and newline, surrogates, U+FFFE and U+FFFF.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: Refused in one-line configuration strings: the above, plus tab, newline, CR
#: and the Unicode line and paragraph separators.
FORBIDDEN_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def first_forbidden_character(text: str) -> str | None:
    """The first character content may not hold, or None."""
    match = FORBIDDEN.search(text)
    return match.group(0) if match else None


def first_forbidden_in_line(text: str) -> str | None:
    """The first character a one-line configuration string may not hold, or None."""
    match = FORBIDDEN_IN_LINE.search(text)
    return match.group(0) if match else None


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """A user's string (a name, a path, a value) made safe to print in a terminal.

    Control characters, line separators, surrogates and non-characters are
    written as Python-style escapes (``\\x1b``), so what the user sees is
    what the file holds, and no escape sequence reaches the terminal.
    """
    return FORBIDDEN_IN_LINE.sub(_escape, str(text))


#: What ``shown_lines`` escapes: as ``shown``, but newlines are the message's own.
_UNSAFE_IN_MESSAGE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def shown_lines(message: str) -> str:
    """A whole message (several lines) made safe to print: as :func:`shown`, newlines kept.

    Applied where every error and log line leaves briefkit, so a user's
    string that reached a message without :func:`shown` still cannot drive
    the terminal.
    """
    return _UNSAFE_IN_MESSAGE.sub(_escape, message)


def decode_utf8(raw: bytes, path: Path, error: type[BriefkitError], summary: str, advice: str) -> str:
    """The text of a file that must be UTF-8 (a leading byte-order mark allowed), or ``error``
    naming the line of the first undecodable byte: an editor can jump there, a spreadsheet's
    export option can be named in ``advice``."""
    from .errors import Problem

    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise error(summary, [Problem(path, line, None, advice)]) from None
