"""The one structure every reader yields, and the one way it becomes the text of speech.txt.

A statement arrives as plain text, a Word file, a web page or a PDF; each
reader turns its format's structure (Word paragraphs and list numbering,
HTML block elements and ``<br>``, PDF line geometry) into ``Block``s, and
``to_text`` writes them out in the plain-text shape the speech parser
numbers: blank lines between blocks, bullets as "•" indented by level.
Because every format goes through ``to_text``, the same statement gets the
same numbered paragraphs whatever it was saved as.

Text that comes as one line per paragraph with no blank lines (Word's and
LibreOffice's "save as text", a Word file's paragraphs, a web page copied
line by line) is grouped by ``segment``: a sentence-length line is a
paragraph, a run of short lines (an addressee list, a header, a list of
meetings) stays together, salutations stand apart, and list lines typed
straight under their lead-in become bullets of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...content.speech import ADDRESS_LINE, BULLETS, SALUTATION_START

#: "heading", "paragraph", "item" (a list item, with its level) or "quote".
KINDS = ("heading", "paragraph", "item", "quote")


@dataclass
class Block:
    """A paragraph of the source document: its lines (``<br>`` or typed line breaks) and kind."""

    kind: str
    lines: list[str] = field(default_factory=list)
    #: Nesting of a list item: 0 for a top-level bullet.
    level: int = 0

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines if line.strip())


#: Lines longer than this are prose: a paragraph of their own.
SHORT_LINE = 90
_BULLET_LINE = re.compile(rf"^(?P<indent>\s*)(?P<mark>[{re.escape(BULLETS)}]|o)\s+(?P<text>\S.*)$")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")
_SALUTATION = re.compile(rf"^{SALUTATION_START}\b[^!?;:]{{0,80}}[,:]?$", re.IGNORECASE)


def is_salutation(line: str) -> bool:
    line = line.strip()
    return len(line) <= 80 and bool(_SALUTATION.match(line)) and line.endswith((",", ":"))


def _prose(line: str) -> bool:
    text = line.strip()
    return len(text) > SHORT_LINE or (bool(_ENDS_SENTENCE.search(text)) and len(text.split()) >= 2)


def segment(lines: list[str]) -> list[Block]:
    """Group lines that stand one per paragraph (no blank lines) into blocks."""
    blocks: list[Block] = []
    group: list[str] = []
    group_salutes = False

    def close() -> None:
        nonlocal group
        if group:
            blocks.append(Block("paragraph", group))
            group = []

    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        bullet = _BULLET_LINE.match(line)
        if bullet and (bullet["mark"] != "o" or (blocks and blocks[-1].kind == "item")):
            close()
            level = 1 if bullet["mark"] in "◦o" else 0
            if bullet["indent"] and blocks and blocks[-1].kind == "item":
                level = max(level, 1)
            blocks.append(Block("item", [bullet["text"].strip()], level))
            continue
        if _prose(line) and not (group_salutes and group and ADDRESS_LINE.match(line.strip())):
            close()
            blocks.append(Block("paragraph", [line.strip()]))
            continue
        salutes = is_salutation(line) or (
            # an addressee list goes on with long lines and lines ending ";" or "."
            group_salutes and bool(ADDRESS_LINE.match(line.strip()))
        )
        if group and salutes != group_salutes:
            close()
        group_salutes = salutes
        group.append(line.strip())
    close()
    return blocks


def has_blank_lines(text: str) -> bool:
    """True when the text separates paragraphs with blank lines (somewhere past its header)."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 2:
        return True
    blanks = sum(1 for i in range(content[0], content[-1]) if not lines[i].strip())
    # A page's furniture may be separated by a blank line or two while the
    # statement itself runs on line after line: count blanks against lines.
    return blanks * 4 >= len(content)


def to_text(blocks: list[Block]) -> str:
    """The blocks as the plain text the speech parser numbers (one blank line between blocks)."""
    out: list[str] = []
    previous: Block | None = None
    for block in blocks:
        lines = [" ".join(line.split()) for line in block.lines if line.strip()]
        if not lines:
            continue
        if block.kind == "item":
            mark = "•" if block.level == 0 else "◦"
            line = f"{'  ' * (block.level + 1)}{mark} {' '.join(lines)}"
            # Items of one list stay in one block: the parser makes each top-level bullet a paragraph
            # and nests deeper ones under it by indentation.
            if previous is not None and previous.kind == "item" and out:
                out[-1] += "\n" + line
            else:
                out.append(line)
        else:
            out.append("\n".join(lines))
        previous = block
    return "\n\n".join(out) + ("\n" if out else "")
