"""Document properties and the .docx zip itself, written so that builds are reproducible.

python-docx stamps zip entries with the current time; we rewrite the archive
with fixed timestamps (``SOURCE_DATE_EPOCH`` when set, else the document's
creation time), a fixed entry order and fixed file attributes, so two builds
of the same input are byte-identical.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone

from lxml import etree

from ...errors import TemplateError
from ...warn import warn_or_fail
from . import fields
from .text import collapse

_EXTENDED_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
#: Word 2010's copy of the styles; stale as soon as styles.xml changes, and then a reason
#: for Word to call the file unreadable.
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
#: zlib's level for the XML parts: 3 takes half the time of 6 for a file about 5 % larger
#: (docs/performance.md, "DOCX speed with a margin").
ZIP_LEVEL = 3
#: Pictures compressed already, stored as they are: deflating a PNG again took the timeline
#: 2–3 ms for 7 % of its size.
_COMPRESSED = (".png", ".jpg", ".jpeg", ".gif")
#: The earliest time a zip entry can carry.
_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=timezone.utc)
#: The last time a zip entry can hold (its year is stored as 1980 + 0..127).
_ZIP_LAST = datetime(2107, 12, 31, 23, 59, 58, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Metadata:
    """What ``<head>`` says about the document (docs/templates.md, "Page furniture")."""

    title: str = ""
    subject: str = ""
    author: str = ""
    keywords: str = ""
    created: datetime | None = None
    language: str = ""
    generator: str = ""


def read_metadata(root, template_name: str, strict: bool) -> Metadata:
    """What the HTML's ``<head>`` says; a creation date that is no date is a warning (an error under --strict)."""
    head = root.find("head")
    metas: dict[str, str] = {}
    title = ""
    if head is not None:
        title_el = head.find("title")
        if title_el is not None:
            title = collapse(title_el.text_content()).strip()
        for meta in head.iter("meta"):
            name = (meta.get("name") or "").strip().lower()
            if name and name not in metas:
                metas[name] = collapse(meta.get("content") or "").strip()
    keywords = ", ".join(k.strip() for k in metas.get("keywords", "").split(",") if k.strip())
    created = metas.get("dcterms.created", "")
    if created and parse_datetime(created) is None:
        warn_or_fail(
            [f"meta dcterms.created {created!r} is not an ISO 8601 date; ignored"],
            strict,
            lambda problems: TemplateError(f"Template {template_name}: {problems[0]} (--strict)."),
            prefix=f"{template_name}: ",
        )
    return Metadata(
        title=title,
        subject=metas.get("description", ""),
        author=metas.get("author", ""),
        keywords=keywords,
        created=parse_datetime(created),
        language=(root.get("lang") or "").strip(),
        generator=metas.get("generator", ""),
    )


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 date or date-time; naive times are taken as UTC. Unreadable → None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _utc_naive(moment: datetime) -> datetime:
    # python-docx writes the value followed by "Z" without converting it.
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)


#: The longest text python-docx (and the OOXML core properties) accept.
MAX_PROPERTY = 255


def _fit(text: str | None) -> str:
    """Core properties hold at most 255 characters: shorten longer ones with an ellipsis."""
    text = text or ""
    return text if len(text) <= MAX_PROPERTY else text[: MAX_PROPERTY - 1].rstrip() + "…"


def apply_core_properties(document, meta: Metadata, created: datetime, *, office: str = "") -> None:
    """Title, subject, keywords and dates from ``<head>``; author from the theme.

    The author and last editor of a briefing are the office that prepares it
    (``Theme.office``, which the HTML's and the PDF's author come from too),
    never a person a template's own ``<head>`` names.
    """
    props = document.core_properties
    props.title = _fit(meta.title)
    props.subject = _fit(meta.subject)
    props.author = _fit(office)
    props.last_modified_by = _fit(office)
    props.keywords = _fit(meta.keywords)
    props.comments = ""
    props.category = ""
    props.language = meta.language
    props.revision = 1
    props.created = _utc_naive(created)
    props.modified = _utc_naive(created)


def drop_stale_parts(document) -> None:
    """Leave out a reference document's thumbnail and its copy of the styles we rewrite."""
    for rels, kind in ((document.part.package.rels, _THUMBNAIL), (document.part.rels, _STYLES_WITH_EFFECTS)):
        for r_id, rel in list(rels.items()):
            if rel.reltype == kind:
                del rels[r_id]


def set_theme_part(document, data: bytes) -> None:
    """Replace the base package's placeholder Office theme."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from .fields import replace_blob

    replace_blob(document.part.part_related_by(RT.THEME), data)


def xml_parts(document) -> list:
    """The XML elements of the body, header and footer parts, body first, then by part name."""
    parts = [
        part
        for part in document.part.package.iter_parts()
        if part is not document.part
        and hasattr(part, "element")
        and str(part.partname).startswith(("/word/header", "/word/footer"))
    ]
    parts.sort(key=lambda part: str(part.partname))
    return [document.part.element] + [part.element for part in parts]


def save(document, *, timestamp: datetime, application: str, company: str = "") -> bytes:
    """The .docx bytes: fixed entry order, dates and attributes."""
    entries = fields.package_entries(document)
    stamp = min(max(timestamp.astimezone(timezone.utc), _ZIP_EPOCH), _ZIP_LAST)
    date_time = stamp.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        names = list(entries)
        first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
        for name in first + sorted(n for n in names if n not in first):
            data = entries[name]
            if name == "docProps/app.xml":
                data = _app_properties(data, application, company)
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_STORED if name.endswith(_COMPRESSED) else zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, data, compresslevel=ZIP_LEVEL)
    return out.getvalue()


def _app_properties(data: bytes, application: str, company: str) -> bytes:
    """Name the application that wrote the file and the office it was written for."""
    root = etree.fromstring(data)
    for tag, text in (("Application", application), ("Company", company)):
        el = root.find(f"{{{_EXTENDED_NS}}}{tag}")
        if el is not None:
            el.text = _fit(text)
    for tag in (
        "Template",
        "TotalTime",
        "Pages",
        "Words",
        "Characters",
        "Lines",
        "Paragraphs",
        "CharactersWithSpaces",
        "HeadingPairs",
        "TitlesOfParts",
    ):
        for el in root.findall(f"{{{_EXTENDED_NS}}}{tag}"):
            root.remove(el)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
