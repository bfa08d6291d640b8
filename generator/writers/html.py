"""The HTML preview: the rendered document, made self-contained and inert.

The stylesheet is inlined by the base template, the timeline graphic is
inline SVG and the logo a data: URI, so the file opens anywhere without the
project beside it. A Content-Security-Policy forbids scripts and every
network fetch and every form submission, so a hostile template cannot make
the preview run code or call home when someone opens it.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.html import builder

from . import RenderedDocument

#: ``default-src`` covers neither where a form sends nor what ``<base>`` may be: both are closed
#: by name, behind the vocabulary check that refuses ``<form>`` and ``<base>`` in templates.
POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'none'; base-uri 'none'"
)


def write_html(doc: RenderedDocument) -> bytes:
    tree = lxml_html.document_fromstring(doc.html)
    head = tree.find("head")
    if head is None:
        head = builder.HEAD()
        tree.insert(0, head)
    for old in head.xpath('meta[translate(@http-equiv, "CSP", "csp")="content-security-policy"]'):
        head.remove(old)
    meta = builder.META(content=POLICY)
    meta.set("http-equiv", "Content-Security-Policy")
    first = head[0] if len(head) else None
    head.insert(1 if first is not None and first.get("charset") else 0, meta)
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")
