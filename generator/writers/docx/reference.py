"""A reference .docx is checked before python-docx opens it.

It comes with a theme or an event folder, so it is untrusted input like any
other: a damaged part, a DOCTYPE declaring entities (a billion laughs, or an
external entity naming a file) or a part that inflates to gigabytes must
stop the build with the file and the part named, not with an lxml error
that cannot even travel back from the worker process.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

from lxml import etree

from ...clean_text import shown
from ...errors import BuildError
from ...zip_parts import PartRefused, bounded_parts

log = logging.getLogger(__name__)

#: The largest a reference document, and one of its parts once inflated, may be.
MAX_REFERENCE_BYTES = 32 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024


def check_reference(path: Path) -> None:
    """Raise BuildError naming the part when the reference document is not a sound .docx."""

    def refuse(what: str) -> BuildError:
        return BuildError(
            f"The reference document {shown(path)} cannot be used: {what}. Save it again "
            "from Word or LibreOffice, or remove docx.reference from theme.toml."
        )

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
        try:
            for name, data in bounded_parts(archive, MAX_PART_BYTES, wanted=_is_xml_part):
                try:
                    root = etree.fromstring(data, parser)
                except etree.XMLSyntaxError as exc:
                    raise refuse(f"its part {name} is not well-formed XML ({shown(exc)})") from None
                if root.getroottree().docinfo.internalDTD is not None:
                    raise refuse(
                        f"its part {name} carries a DOCTYPE, which no Office document has "
                        "(entities there could read files or grow without end)"
                    )
        except PartRefused as exc:
            raise refuse(str(exc)) from None


def _is_xml_part(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


#: Relationship targets Word resolves by itself when a document is opened; a
#: reference document carries them into every briefing built with it. Only
#: hyperlinks (followed when clicked) may point outside the package.
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#: Field codes that make Word fetch or run something when the document opens or updates.
_FETCHING_FIELDS = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", re.IGNORECASE)


def drop_external_references(document, path: Path) -> None:
    """Remove what would make a briefing reach out when opened: every external
    relationship of the reference document that is not a hyperlink (an attached
    template on a server, a linked picture, a mail-merge source), with the
    elements that use it; refuse fields that fetch (INCLUDEPICTURE, LINK, DDE …)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    package = document.part.package
    owners = [(package, None)] + [(part, getattr(part, "element", None)) for part in package.iter_parts()]
    for owner, element in owners:
        for r_id, rel in list(owner.rels.items()):
            if not rel.is_external or rel.reltype == RT.HYPERLINK:
                continue
            log.info(
                "%s: dropped an external %s relationship to %s",
                path.name,
                rel.reltype.rsplit("/", 1)[-1],
                shown(rel.target_ref),
            )
            del owner.rels[r_id]
            if element is not None:
                for user in [el for el in element.iter() if r_id in _r_attributes(el)]:
                    if user.getparent() is not None:
                        user.getparent().remove(user)
    for part in package.iter_parts():
        element = getattr(part, "element", None)
        if element is None:
            continue
        codes = [el.text or "" for el in element.iter(f"{{{_W_NS}}}instrText")]
        codes += [el.get(f"{{{_W_NS}}}instr", "") for el in element.iter(f"{{{_W_NS}}}fldSimple")]
        for code in codes:
            if _FETCHING_FIELDS.match(code):
                raise BuildError(
                    f"The reference document {shown(path)} cannot be used: its part {part.partname} has "
                    f"a {shown(code.split()[0].upper())} field, which makes Word fetch or run something "
                    "when the briefing is opened. Remove the field and save it again."
                )


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _r_attributes(el) -> set[str]:
    return {value for name, value in el.attrib.items() if name.startswith(f"{{{_R_NS}}}")}
