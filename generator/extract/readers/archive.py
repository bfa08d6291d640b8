"""Word and OpenDocument statements are zip archives: each part is read with a bound on what it inflates to.

Deflate shrinks a run of one byte a thousand times, so a statement under the
1 MB the extractor accepts can hold a ``content.xml`` of a gigabyte: read
whole, it took 1.9 GB of memory and 20 s before lxml refused its text node.
A statement's parts are a few megabytes at most (the text, its styles, a
logo); larger is not a statement.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ...clean_text import shown

#: What one part of a statement's archive may inflate to.
MAX_PART_BYTES = 64 * 1024 * 1024
#: What all its parts together may inflate to.
MAX_TOTAL_BYTES = 128 * 1024 * 1024


def check_inflated(raw: bytes, name: str, kind: str) -> None:
    """Refuse (``StatementError``) an archive whose parts inflate past the bounds, reading at most
    one byte past a bound: the sizes the archive declares are checked first, then what each part
    really inflates to, since a crafted archive can declare anything."""
    from ..decode import StatementError

    def refuse(what: str) -> StatementError:
        return StatementError(
            f"{name} cannot be read as {kind}: {what}. A statement is a few megabytes at most; "
            "open it in its program and save it again, or save it as plain text (.txt)."
        )

    total = 0
    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            for info in archive.infolist():
                if info.file_size > MAX_PART_BYTES:
                    raise refuse(f"its part {shown(info.filename)} inflates to {info.file_size:,} bytes")
                with archive.open(info) as member:
                    size = len(member.read(MAX_PART_BYTES + 1))
                if size > MAX_PART_BYTES:
                    raise refuse(
                        f"its part {shown(info.filename)} inflates to more than {MAX_PART_BYTES:,} bytes"
                    )
                total += size
                if total > MAX_TOTAL_BYTES:
                    raise refuse(f"its parts inflate to more than {MAX_TOTAL_BYTES:,} bytes")
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        # A damaged member, an unknown compression, an encrypted part: not a statement to read.
        raise refuse(shown(exc)) from None
