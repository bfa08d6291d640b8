"""A reference .docx is checked before python-docx opens it.

It comes with a theme or an event folder, so it is untrusted input like any
other: a damaged part, a DOCTYPE declaring entities (a billion laughs, or an
external entity naming a file) or a part that inflates to gigabytes must
stop the build with the file and the part named, not with an lxml error
that cannot even travel back from the worker process.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from ...clean_text import shown
from ...errors import BuildError

#: The largest a reference document, and one of its parts once inflated, may be.
MAX_REFERENCE_BYTES = 32 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024


def check_reference(path: Path) -> None:
    """Raise BuildError naming the part when the reference document is not a sound .docx."""

    def refuse(what: str) -> BuildError:
        return BuildError(f"The reference document {shown(path)} cannot be used: {what}. Save it again "
                          "from Word or LibreOffice, or remove docx.reference from theme.toml.")

    try:
        size = path.stat().st_size
        if not path.is_file():
            raise refuse("it is not a regular file")
        if size > MAX_REFERENCE_BYTES:
            raise refuse(f"it is {size:,} bytes; the limit is {MAX_REFERENCE_BYTES:,}")
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise refuse(f"it is not a .docx (zip) file ({shown(exc)})") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    with archive:
        for info in archive.infolist():
            name = shown(info.filename)
            if not info.filename.endswith((".xml", ".rels")):
                continue
            if info.file_size > MAX_PART_BYTES:
                raise refuse(f"its part {name} inflates to {info.file_size:,} bytes")
            try:
                with archive.open(info) as member:
                    data = member.read(MAX_PART_BYTES + 1)
            except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
                raise refuse(f"its part {name} cannot be unpacked ({shown(exc)})") from None
            if len(data) > MAX_PART_BYTES:
                raise refuse(f"its part {name} inflates to more than {MAX_PART_BYTES:,} bytes")
            try:
                root = etree.fromstring(data, parser)
            except etree.XMLSyntaxError as exc:
                raise refuse(f"its part {name} is not well-formed XML ({shown(exc)})") from None
            if root.getroottree().docinfo.internalDTD is not None:
                raise refuse(f"its part {name} carries a DOCTYPE, which no Office document has "
                             "(entities there could read files or grow without end)")
