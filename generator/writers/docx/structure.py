"""The shape the DOCX writer needs, checked once over the whole tree before anything is written.

Lists hold list items, tables rows and cells, definition lists terms and
definitions, and page furniture is not inside a table. Every misplaced
element is reported at once, with its line in the rendered HTML, so the
walker that follows can rely on the shape instead of checking as it goes.
"""

from __future__ import annotations

from ...errors import Problem, TemplateError
from ...render.vocabulary import describe, is_element
from .text import is_blank

#: Element → the parents it may have (its "where" for the message).
_PARENTS = {
    "li": (("ul", "ol"), "list"),
    "dt": (("dl", "div"), "definition list"),
    "dd": (("dl", "div"), "definition list"),
    "thead": (("table",), "table"),
    "tbody": (("table",), "table"),
    "tr": (("table", "thead", "tbody"), "table"),
    "th": (("tr",), "table"),
    "td": (("tr",), "table"),
}
#: Container → the children it may have, and how the message names them.
_CHILDREN = {
    "ul": ({"li"}, "only <li> may be a child of <ul>"),
    "ol": ({"li"}, "only <li> may be a child of <ol>"),
    "dl": ({"dt", "dd", "div"}, "only <dt>, <dd> and <div> may be children of <dl>"),
    "table": (
        {"colgroup", "col", "thead", "tbody", "tr"},
        "only <colgroup>, <thead>, <tbody> and <tr> may be children of <table>",
    ),
    "thead": ({"tr"}, "only <tr> may be a child of <thead>"),
    "tbody": ({"tr"}, "only <tr> may be a child of <tbody>"),
    "tr": ({"td", "th"}, "only <td> and <th> may be children of <tr>"),
}
#: Containers whose own text (outside their children) would be lost.
_NO_LOOSE_TEXT = {
    "ul": "text directly inside a list must be in an <li>",
    "ol": "text directly inside a list must be in an <li>",
    "table": "text directly inside <table> must be in a cell",
    "thead": "text directly inside <thead> must be in a cell",
    "tbody": "text directly inside <tbody> must be in a cell",
    "tr": "text directly inside <tr> must be in a cell",
}


def check_structure(root, template_name: str) -> None:
    """Raise one TemplateError listing every element the DOCX writer cannot place."""
    problems: list[Problem] = []

    def problem(el, message: str) -> None:
        problems.append(Problem(None, None, None, f"{describe(el)}: {message}"))

    stack = [(root, None, False)]
    while stack:
        el, parent, in_table = stack.pop()
        if not is_element(el) or el.tag == "svg":
            continue
        tag = el.tag
        allowed_parents = _PARENTS.get(tag)
        if allowed_parents and (
            parent is None
            or parent.tag not in allowed_parents[0]
            or (parent.tag == "div" and not _in_definition_list(parent))
        ):
            problem(el, f"<{tag}> must be inside its {allowed_parents[1]}")
        wanted = _CHILDREN.get(tag)
        if tag == "div" and _in_definition_list(el):
            wanted = ({"dt", "dd", "div"}, "only <dt>, <dd> and <div> may be children of <dl>")
        if wanted:
            for child in el:
                if is_element(child) and child.tag not in wanted[0]:
                    problem(child, wanted[1])
        if tag in _NO_LOOSE_TEXT and (not is_blank(el.text) or any(not is_blank(c.tail) for c in el)):
            problem(el, _NO_LOOSE_TEXT[tag])
        if in_table and "furniture" in (el.get("class") or "").split():
            problem(el, "page furniture cannot be inside a table")
        inside = in_table or tag == "table"
        stack.extend((child, el, inside) for child in reversed(list(el)))
    if problems:
        raise TemplateError(
            f"Template {template_name} produced HTML the DOCX writer cannot render:", problems
        )


def _in_definition_list(div) -> bool:
    """A ``<div>`` grouping terms and definitions: in a ``<dl>``, or in such a ``<div>``."""
    parent = div.getparent()
    if parent is None:
        return False
    return parent.tag == "dl" or (parent.tag == "div" and _in_definition_list(parent))
