"""The DOCX writer: walks the same semantic HTML WeasyPrint lays out and emits Word.

Public API: :func:`render_docx`. Modules, in the order they act:

* ``text`` – XML-safe text and HTML whitespace.
* ``vocabulary`` – which elements a template may use; ``structure`` – lists hold
  items, tables rows and cells: both checked once, before anything is written.
* ``styles`` – Word styles from the theme tokens (or kept from a reference.docx).
* ``walker`` – the HTML tree → paragraphs, lists, sections, the TOC;
  ``inline`` – runs of text gathered as segments, whitespace collapsed.
* ``tables`` – HTML tables → Word tables; ``images`` – SVG/img → pictures.
* ``sections`` – page setup, header and footer from the furniture element.
* ``fields`` – the one home of raw OOXML (fields, numbering, bookmarks, borders).
* ``base`` – the clean package every document starts from;
  ``fonts`` – the font table (family, panose, the theme's Word substitutes).
* ``package`` – core properties and the reproducible zip.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from pathlib import Path

from ...config.theme import Theme
from ...errors import BuildError, TemplateError
from .text import xml_safe

log = logging.getLogger(__name__)

__all__ = ["render_docx"]


def render_docx(
    html: str,
    theme: Theme,
    *,
    template_name: str,
    reference_docx: Path | None = None,
    strict: bool = False,
    created: datetime | None = None,
    base_dir: Path | None = None,
    allowed_roots: tuple[Path, ...] = (),
    page_numbers: dict[str, int] | None = None,
) -> bytes:
    """Render one document's HTML as the bytes of a .docx file.

    *template_name* names the template in error messages. With
    *reference_docx*, the document starts from that file and every style it
    defines is kept as it is (Pandoc's ``--reference-doc``); its body is
    discarded. *strict* turns warnings (harmless inline elements outside the
    vocabulary, lists nested too deep, links to missing ids) into a
    TemplateError. The creation date is *created*, else the HTML's
    ``dcterms.created``, else ``SOURCE_DATE_EPOCH``, else now. Images with
    relative ``src`` resolve against *base_dir* and, when *allowed_roots* is
    given, must lie inside one of those folders.

    *page_numbers* (element id → page, from the PDF of the same HTML) are
    stored as the results of the contents' page references, so the contents
    show page numbers before Word updates its fields; without them the
    results are left empty for Word (and LibreOffice) to fill in.

    Characters XML cannot hold (control characters other than tab and
    newline, lone surrogates, U+FFFE/U+FFFF) are dropped from the text.
    """
    import lxml.html
    from lxml import etree

    from ...render.vocabulary import check_vocabulary
    from . import css_looks, fields, fonts, package, styles, tables
    from .base import open_themed
    from .structure import check_structure
    from .walker import BodyWriter, WriterOptions

    started = time.perf_counter()
    html = xml_safe(html)
    if not html.strip():
        raise TemplateError(f"Template {template_name} produced no HTML, so there is no DOCX to write.")
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise TemplateError(f"Template {template_name} produced HTML that cannot be parsed: {exc}.") from None
    check_vocabulary(root, template_name, strict=strict)
    check_structure(root, template_name)

    meta = package.read_metadata(root, template_name, strict)
    language = meta.language or theme.locale.language
    emphasis = (styles.font_name(theme.fonts.heading), theme.colours.accent)
    stylesheet = root.find("head/style")
    own_css = css_looks.own_rules(stylesheet.text or "") if stylesheet is not None else ""
    if reference_docx is None:
        # The theme's styles and list definitions, made once per theme (base.open_themed).
        document, ids = open_themed(theme, language, own_css)
        numbering = fields.ListNumbering(document.part.numbering_part, emphasis=emphasis)
    else:
        document, protected = _open(reference_docx)
        ids = None  # mapped at the writer's first lookup, once apply_styles has added the theme's
        numbering = fields.ListNumbering(document.part.numbering_part, emphasis=emphasis)
        styles.apply_styles(
            document, theme, protected=protected, language=language, numbering=numbering, own_css=own_css
        )

    options = WriterOptions(
        template_name=template_name,
        strict=strict,
        base_dir=base_dir,
        allowed_roots=tuple(allowed_roots),
        language=language,
        page_numbers=dict(page_numbers or {}),
        col_widths=tables.stylesheet_col_widths(stylesheet.text or "") if stylesheet is not None else {},
    )
    body = root.find("body")
    writer = BodyWriter(document, theme, link_targets(root), options, numbering, ids)
    writer.write(body if body is not None else root)
    if writer.has_toc:
        fields.set_update_fields(document.settings.element)
    fields.number_drawings(package.xml_parts(document))
    fonts.write_font_table(document, theme)
    if reference_docx is None:
        package.set_theme_part(document, fonts.drawing_theme(theme))

    from ...config.source_date import source_date_epoch

    epoch = source_date_epoch()
    when = created or meta.created or epoch or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    package.apply_core_properties(document, meta, when, office=theme.office)
    data = package.save(
        document, timestamp=epoch or when, application=meta.generator or "briefkit", company=theme.office
    )
    log.info(
        "DOCX for %s written in %.2f s (%d bytes)", template_name, time.perf_counter() - started, len(data)
    )
    return data


def _open(reference_docx: Path):
    """The reference document, emptied, and the names of its styles, which must not be touched."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    from ...clean_text import shown
    from . import package
    from .reference import check_reference

    check_reference(reference_docx)
    try:
        document = docx.Document(str(reference_docx))
    except PackageNotFoundError:
        raise BuildError(
            f"The reference document {shown(reference_docx)} does not exist or is not a .docx file."
        ) from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, etree.LxmlError) as exc:
        raise BuildError(
            f"The reference document {shown(reference_docx)} cannot be read: {shown(exc)}."
        ) from None
    # Its styles, page furniture and properties stay; its text does not, nor
    # anything that would make Word reach out when the briefing is opened.
    document.element.body.clear_content()
    from .reference import drop_external_references

    drop_external_references(document, reference_docx)
    package.drop_stale_parts(document)
    from .fields import modern_settings
    from .styles import protected_names

    modern_settings(document.settings.element)

    return document, protected_names(document)


def link_targets(root) -> dict[str, str]:
    """Element ids that internal links point at → Word bookmark names.

    Word bookmark names start with a letter, hold only letters, digits and
    underscores, and are at most 40 characters; ``para-3`` becomes ``para_3``.
    """
    from ...render.vocabulary import is_element

    wanted: set[str] = set()
    ids: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if not is_element(el) or el.tag == "svg":
            continue
        href = el.get("href") if el.tag == "a" else None
        if href and href.startswith("#") and len(href) > 1:
            wanted.add(href[1:])
        if el.get("id"):
            ids.append(el.get("id"))
        stack.extend(reversed(list(el)))
    names: dict[str, str] = {}
    used: set[str] = set()
    for element_id in ids:
        if element_id not in wanted or element_id in names:
            continue
        base = "".join(ch if ch.isascii() and ch.isalnum() else "_" for ch in element_id)
        if not base[:1].isalpha():
            base = "id_" + base
        base = base[:40]
        name, n = base, 1
        while name.lower() in used:
            n += 1
            name = f"{base[: 40 - len(str(n)) - 1]}_{n}"
        used.add(name.lower())
        names[element_id] = name
    return names
