"""Inline SVG taken out of parsed HTML, as a proper SVG document.

lxml's HTML parser drops the SVG namespace and lower-cases names
(``viewBox`` becomes ``viewbox``); both the DOCX writer (which rasterises
SVG) and the PDF writer (which hands accessible SVG to WeasyPrint as an
image with alt text) need it back as real SVG.
"""

from __future__ import annotations

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# The HTML parser lower-cases names; SVG needs these back in camelCase
# (the adjustment tables of the HTML5 parsing algorithm, §13.2.6.5).
_SVG_TAGS = {
    name.lower(): name
    for name in (
        "altGlyph",
        "altGlyphDef",
        "altGlyphItem",
        "animateColor",
        "animateMotion",
        "animateTransform",
        "clipPath",
        "feBlend",
        "feColorMatrix",
        "feComponentTransfer",
        "feComposite",
        "feConvolveMatrix",
        "feDiffuseLighting",
        "feDisplacementMap",
        "feDistantLight",
        "feDropShadow",
        "feFlood",
        "feFuncA",
        "feFuncB",
        "feFuncG",
        "feFuncR",
        "feGaussianBlur",
        "feImage",
        "feMerge",
        "feMergeNode",
        "feMorphology",
        "feOffset",
        "fePointLight",
        "feSpecularLighting",
        "feSpotLight",
        "feTile",
        "feTurbulence",
        "foreignObject",
        "glyphRef",
        "linearGradient",
        "radialGradient",
        "textPath",
    )
}
_SVG_ATTRS = {
    name.lower(): name
    for name in (
        "attributeName",
        "attributeType",
        "baseFrequency",
        "baseProfile",
        "calcMode",
        "clipPathUnits",
        "diffuseConstant",
        "edgeMode",
        "filterUnits",
        "glyphRef",
        "gradientTransform",
        "gradientUnits",
        "kernelMatrix",
        "kernelUnitLength",
        "keyPoints",
        "keySplines",
        "keyTimes",
        "lengthAdjust",
        "limitingConeAngle",
        "markerHeight",
        "markerUnits",
        "markerWidth",
        "maskContentUnits",
        "maskUnits",
        "numOctaves",
        "pathLength",
        "patternContentUnits",
        "patternTransform",
        "patternUnits",
        "pointsAtX",
        "pointsAtY",
        "pointsAtZ",
        "preserveAlpha",
        "preserveAspectRatio",
        "primitiveUnits",
        "refX",
        "refY",
        "repeatCount",
        "repeatDur",
        "requiredExtensions",
        "requiredFeatures",
        "specularConstant",
        "specularExponent",
        "spreadMethod",
        "startOffset",
        "stdDeviation",
        "stitchTiles",
        "surfaceScale",
        "systemLanguage",
        "tableValues",
        "targetX",
        "targetY",
        "textLength",
        "viewBox",
        "viewTarget",
        "xChannelSelector",
        "yChannelSelector",
        "zoomAndPan",
    )
}
_NS_ATTRS = {
    "xlink:href": f"{{{XLINK_NS}}}href",
    "xlink:title": f"{{{XLINK_NS}}}title",
    "xml:lang": f"{{{XML_NS}}}lang",
    "xml:space": f"{{{XML_NS}}}space",
}


def svg_from_html(el) -> etree._Element:
    """Rebuild an inline ``<svg>`` parsed by lxml.html as a namespaced SVG tree."""
    return _copy_svg(el)


def _copy_svg(el):
    local = el.tag.rpartition("}")[2]
    node = etree.Element(
        f"{{{SVG_NS}}}{_SVG_TAGS.get(local, local)}", nsmap={None: SVG_NS, "xlink": XLINK_NS}
    )
    for name, value in el.attrib.items():
        if name == "xmlns" or name.startswith("xmlns:"):
            continue
        if name in _NS_ATTRS:
            node.set(_NS_ATTRS[name], value)
        elif ":" in name:
            continue  # an unknown prefix cannot be expressed without its namespace
        else:
            node.set(_SVG_ATTRS.get(name, name), value)
    node.text = el.text
    for child in el:
        if isinstance(child.tag, str):
            copy = _copy_svg(child)
            copy.tail = child.tail
            node.append(copy)
        elif node.text is not None or child.tail:
            # Keep the text around a comment, drop the comment.
            if len(node):
                node[-1].tail = (node[-1].tail or "") + (child.tail or "")
            else:
                node.text = (node.text or "") + (child.tail or "")
    return node
