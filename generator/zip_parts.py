"""Reading the parts of an untrusted zip archive (a statement's .docx or .odt, a theme's reference .docx)
with a bound on what each part, and all of them together, inflate to.

One home for the policy, because the attack is the same wherever an archive comes from:
deflate shrinks a run of one byte a thousand times, so a file of a megabyte can hold a
part of a gigabyte, and a crafted archive can declare any size it likes. The declared
size is checked first (cheap), then what the part really inflates to, reading at most one
byte past the bound. Callers word the refusal for their own users (:class:`PartRefused`
carries only what is wrong with the archive).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator

from .clean_text import shown


class PartRefused(Exception):
    """What is wrong with the archive, as a clause: "its part word/document.xml inflates to …"."""


def bounded_parts(
    archive: zipfile.ZipFile,
    part_limit: int,
    total_limit: int | None = None,
    wanted: Callable[[str], bool] = lambda name: True,
) -> Iterator[tuple[str, bytes]]:
    """Each wanted part's (shown name, bytes), in the archive's order; PartRefused past a bound or
    for a part that cannot be unpacked (damaged, encrypted, an unknown compression)."""
    total = 0
    for info in archive.infolist():
        if not wanted(info.filename):
            continue
        name = shown(info.filename)
        if info.file_size > part_limit:
            raise PartRefused(f"its part {name} inflates to {info.file_size:,} bytes")
        try:
            with archive.open(info) as member:
                data = member.read(part_limit + 1)
        except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError) as exc:
            raise PartRefused(f"its part {name} cannot be unpacked ({shown(exc)})") from None
        if len(data) > part_limit:
            raise PartRefused(f"its part {name} inflates to more than {part_limit:,} bytes")
        total += len(data)
        if total_limit is not None and total > total_limit:
            raise PartRefused(f"its parts inflate to more than {total_limit:,} bytes")
        yield name, data
