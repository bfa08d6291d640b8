"""The theme's stylesheet parsed once per process instead of once per document.

Every document of an event inlines the same stylesheet (the base template's
``<style>``), and WeasyPrint parses and prepares it again for each one:
tokenising, validating each declaration, compiling the selectors, a fifth
of the fact sheet's layout. A process that lays out several documents (a
watch, a preview, a build's worker) keeps the parsed stylesheet and hands
it to WeasyPrint with the document's HTML, the ``<style>`` taken out.

Handed over this way, the stylesheet is a "user" stylesheet in CSS's
cascade rather than an "author" one. That changes nothing when it is the
document's only style besides WeasyPrint's own: user rules still come after
the user agent's, as author rules did, and the PDF is the same bytes
(tested). So it is done only then: one ``<style>``, no ``style``
attribute, and none of the at-rules that register something with the
document being laid out (fonts, counter styles, imports, layers, colour
profiles, namespaces); anything else is laid out as before.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)
#: Anything else that styles the document: a second <style> or a <link>, a style attribute.
_OTHER_STYLE = re.compile(r"<style|<link|[\s/\"']style\s*=", re.IGNORECASE)
#: At-rules whose effect is registered with the document being laid out, not kept in the sheet.
_REGISTERING = re.compile(r"@(?:import|font-face|counter-style|layer|color-profile|namespace)", re.IGNORECASE)


def split(html: str) -> tuple[str, str] | None:
    """``(the HTML without its <style>, the stylesheet)``, or None where the document
    is not styled by that one stylesheet alone."""
    found = _STYLE_ELEMENT.search(html)
    if found is None:
        return None
    rest = html[: found.start()] + html[found.end() :]
    css = found.group(1)
    if _OTHER_STYLE.search(rest) or _REGISTERING.search(css):
        return None
    return rest, css


@functools.lru_cache(maxsize=4)
def parsed(css: str, base_url: str) -> Any:
    """The stylesheet parsed, once per text and folder (an event's documents share both)."""
    import weasyprint

    return weasyprint.CSS(string=css, base_url=base_url, media_type="print")
