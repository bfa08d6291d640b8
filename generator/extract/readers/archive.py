"""Word and OpenDocument statements are zip archives: each part is read with a bound on what it inflates to.

Deflate shrinks a run of one byte a thousand times, so a statement under the
1 MB the extractor accepts can hold a ``content.xml`` of a gigabyte: read
whole, it took 1.9 GB of memory and 20 s before lxml refused its text node.
A statement's parts are a few megabytes at most (the text, its styles, a
logo); larger is not a statement. The reading itself is ``zip_parts``'s.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ...clean_text import shown
from ...zip_parts import PartRefused, bounded_parts

#: What one part of a statement's archive may inflate to.
MAX_PART_BYTES = 64 * 1024 * 1024
#: What all its parts together may inflate to.
MAX_TOTAL_BYTES = 128 * 1024 * 1024


def check_inflated(raw: bytes, name: str, kind: str) -> None:
    """Refuse (``StatementError``) an archive whose parts inflate past the bounds."""
    from ..decode import StatementError

    def refuse(what: str) -> StatementError:
        return StatementError(
            f"{name} cannot be read as {kind}: {what}. A statement is a few megabytes at most; "
            "open it in its program and save it again, or save it as plain text (.txt)."
        )

    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            for _ in bounded_parts(archive, MAX_PART_BYTES, MAX_TOTAL_BYTES):
                pass
    except PartRefused as exc:
        raise refuse(str(exc)) from None
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        # The archive's directory itself is damaged: not a statement to read.
        raise refuse(shown(exc)) from None
