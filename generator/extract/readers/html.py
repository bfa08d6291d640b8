"""Web pages (.html, .htm): the statement's blocks, without the page around them.

The main text is found by structure first (``<main>``, ``<article>``,
``role=main``), the page's own furniture dropped by element (``nav``,
``footer``, ``aside``, forms, scripts) and by the class and id names sites
give it (breadcrumb, share, language switcher, skip links). Each block
element becomes a block (a paragraph, as a copy of the page keeps it);
``<br>`` breaks lines inside it; list items keep their nesting level. A
page that breaks lines with ``<br>`` instead of starting paragraphs is read
as text typed a line a paragraph. What is left of the furniture as text ("Page top",
"Sign in") is removed line by line with the other formats' (``furniture``).

docs/extract.md compares these rules with trafilatura and readability on
the evaluation set.
"""

from __future__ import annotations

import re

from .blocks import Block, has_blank_lines, segment, to_text, wrap_width

_DROP = {
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "option",
    "iframe",
    "svg",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "input",
    "textarea",
    "label",
    "figcaption",
    "object",
    "embed",
    "canvas",
    "audio",
    "video",
    "map",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "address",
    "center",
    "figure",
    "hr",
    "body",
    "html",
    "caption",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_FURNITURE_NAME = re.compile(
    r"(^|[-_\s])(nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|sidebar|footer|cookie|"
    r"lang|language|languages|skip|skiplink|search|login|signin|subscribe|related|pagination|"
    r"toolbar|print|banner|masthead|utility|tags)([-_\s]|$)",
    re.IGNORECASE,
)


#: How deep the HTML parser (libxml2, without its "huge" option) descends.
_PARSER_DEPTH = 256


def read_html(raw: bytes, name: str) -> list[Block]:
    import lxml.html

    from ..decode import StatementError

    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.document_fromstring(raw, parser=parser)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise StatementError(f"{name} cannot be read as a web page ({exc}).") from None
    for error in parser.error_log:
        # The parser stops descending at its depth limit and drops what lies deeper, silently:
        # the statement would come out cut, or "with no text".
        if "Excessive depth" in error.message:
            raise StatementError(
                f"{name}, line {error.line}: the page nests its elements more than {_PARSER_DEPTH} deep, "
                "and what lies deeper cannot be read. Save the page's text (or print it to PDF) and "
                "extract that instead."
            )
    main = _main(root)
    walker = _Walker()
    walker.walk(main, top=True)
    walker.flush()
    return _banner_dates(root, main) + _lines_as_text(walker.blocks)


#: A date line, not a sentence or a menu with a date in it.
_DATE_LINE_LENGTH = 60


def _banner_dates(root, main) -> list[Block]:
    """The date lines of the page's banner (``<header>`` above the statement, dropped as furniture): the
    post's time stamp sits there as often as the site's name, and a copy of the page keeps it above the
    statement. A news item's dateline without its year ("LINDHAVEN, March 13 (BPA) --") takes its year from
    it, as it does in the copied text; a banner's date of reading loses to the statement's own date there
    (``header_elsewhere``) as it does in the text."""
    from ..dates import find_dates

    out: list[Block] = []
    for el in root.iter("header"):
        if not _page_header(el) or _inside(el, main):
            continue
        walker = _Walker()
        walker.walk(el, top=True)
        walker.flush()
        for block in walker.blocks:
            out.extend(
                Block("paragraph", [line])
                for line in block.lines
                if len(line) <= _DATE_LINE_LENGTH
                and any(
                    m.date is not None and m.date.first is not None and m.date.first.year
                    for m in find_dates(line)
                )
            )
    return out


def _inside(el, ancestor) -> bool:
    while el is not None:
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def _lines_as_text(blocks: list[Block]) -> list[Block]:
    """A page that breaks lines with ``<br>`` instead of starting paragraphs (or holds pasted text in one
    ``<p>``) reads as text typed one paragraph a line (``segment``), by the test plain text gets: too few
    paragraph breaks for its lines. Otherwise each ``<p>`` stays a paragraph, as a copy of the page keeps
    it with a blank line after it, and a ``<p>``'s lines stay together (an address, a wrapped paragraph)."""
    text = to_text(blocks)
    if has_blank_lines(text) and wrap_width([b.text for b in blocks if b.kind == "paragraph"]) is None:
        return blocks
    # (or a page of a hard-wrapped text's lines, one ``<p>`` each: its paragraphs are the text's)
    return segment([line for line in text.split("\n") if line.strip()])


def _main(root):
    """The element holding the statement: <main>, a single <article>, role=main, else <body>."""
    for path in ("//main", "//*[@role='main']", "//article"):
        found = [e for e in root.xpath(path) if _text_length(e) > 200]
        if len(found) == 1:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def _text_length(el) -> int:
    return len(" ".join(el.itertext()).strip())


def _furniture(el) -> bool:
    names = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
    if el.get("role") in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(names.strip()) and bool(_FURNITURE_NAME.search(names))


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = [""]
        self.kind = "paragraph"
        self.level = 0
        self.list_depth = 0

    def text(self, text: str | None) -> None:
        if text:
            self.lines[-1] += text

    def newline(self) -> None:
        self.lines.append("")

    def flush(self) -> None:
        lines = [" ".join(line.split()) for line in self.lines]
        lines = [line for line in lines if line]
        if lines:
            self.blocks.append(Block(self.kind, lines, self.level if self.kind == "item" else 0))
        self.lines = [""]

    def walk(self, el, top: bool = False) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag:  # a comment or processing instruction
            self.text(el.tail)
            return
        if tag in _DROP or (not top and _furniture(el)) or (tag == "header" and not top and _page_header(el)):
            self.text(el.tail)
            return
        if tag == "br":
            self.newline()
            self.text(el.tail)
            return
        if tag not in _BLOCK:
            self.text(el.text)
            for child in el:
                self.walk(child)
            self.text(el.tail)
            return
        self.flush()
        saved = (self.kind, self.level, self.list_depth)
        if tag in _HEADINGS:
            self.kind = "heading"
        elif tag == "li":
            self.kind, self.level = "item", max(self.list_depth - 1, 0)
        elif tag == "blockquote":
            self.kind = "quote"
        elif tag in ("ul", "ol"):
            self.list_depth += 1
        self.text(el.text)
        for child in el:
            self.walk(child)
        self.flush()
        self.kind, self.level, self.list_depth = saved
        self.text(el.tail)


def _page_header(el) -> bool:
    """A <header> of the page (site banner), not one inside the article holding its title."""
    parent = el.getparent()
    while parent is not None:
        if parent.tag in ("article", "main"):
            return False
        parent = parent.getparent()
    return True
