"""Split a statement's plain text into header, salutations and numbered paragraphs.

The pack's annex prints the statement with paragraph numbers and every fact in
the content cites those numbers, so the numbering rule lives in one place:
every block after the opening salutation is a numbered paragraph, except
salutations; each top-level bullet is a paragraph of its own (with its
sub-bullets and any indented quotation inside it); a run of short lines with
no blank line between them (a list of meetings, say) is one paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..clean_text import decode_utf8, first_forbidden_character
from ..config.confine import read_limited
from ..errors import ContentError, Problem

BULLETS = "•●▪◦‣·*-–"
_BULLET = re.compile(rf"^(?P<indent>\s*)[{re.escape(BULLETS)}]\s+(?P<text>\S.*)$")
#: The words a salutation opens with ("Mr. Minister,", "Ladies and Gentlemen,", "Good afternoon, ladies and
#: gentlemen,"): the one list, also used to group text that comes without blank lines (extract/readers).
SALUTATION_START = (
    r"(mr|mrs|ms|madam|madame|dear|excellenc(y|ies)|your|distinguished|ladies|honou?rable|"
    r"(co-?)?chair(s|man|woman|person)?|president|minister|colleagues|friends|good\s+(morning|afternoon|evening))"
)
#: Short lines that address the audience: "Mr. Minister," "Ladies and Gentlemen,".
_SALUTATION = re.compile(rf"^{SALUTATION_START}\b[^!?;:]{{0,80}},$", re.IGNORECASE)
#: A line of an addressee list, however long and however it ends: "Your Excellency Dr X, Chairperson of the
#: Commission;", "Your Excellencies Heads of State and Government."
ADDRESS_LINE = re.compile(rf"^{SALUTATION_START}\b[^!?:]{{0,200}}$", re.IGNORECASE)


def is_salutation_block(block: list[str]) -> bool:
    """Salutation lines only: each a short address ending with a comma, or an addressee list (two or more
    address lines, ending ``,`` ``;`` ``.`` or nothing, the last with a comma) as statements open with it."""
    lines = [line.strip() for line in block]
    if all(_SALUTATION.match(line) for line in lines):
        return True
    return (
        len(lines) >= 2
        and lines[-1].endswith(",")
        and all(ADDRESS_LINE.match(line) and not SAYS_SOMETHING.search(line) for line in lines)
    )


#: What an addressee line never has: a second sentence, or the speaker's own words ("I thank", "let me").
SAYS_SOMETHING = re.compile(r"[a-z]{2}\.\s+[A-Z]|\b(?:I|we|me|my|our|us|thank|let|allow)\b")
#: Navigation left behind by copying a statement from a web page.
_WEB_BOILERPLATE = re.compile(
    r"^(back to (index|top|list|the list|previous page)|return to (top|index)|"
    r"print( this page)?|page top|top of page|to top|\W*top)$",
    re.IGNORECASE,
)


@dataclass
class Item:
    """A bullet point, with nested bullets and indented notes (e.g. a quotation)."""

    text: str
    level: int = 0
    children: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def plain_text(self) -> str:
        parts = [self.text, *self.notes, *(c.plain_text() for c in self.children)]
        return " ".join(parts)


@dataclass
class Paragraph:
    """A numbered block of the statement, as the annex prints it."""

    number: int
    #: "text" (prose), "item" (a top-level bullet) or "lines" (a list of short lines).
    kind: str
    text: str = ""
    item: Item | None = None
    lines: list[str] = field(default_factory=list)
    #: 1-based line in the source file where the paragraph starts.
    source_line: int = 0
    #: Salutation printed just before this paragraph, if any ("Mr. Minister,").
    salutation: str | None = None

    def plain_text(self) -> str:
        if self.kind == "item" and self.item is not None:
            return self.item.plain_text()
        if self.kind == "lines":
            return " ".join(self.lines)
        return self.text


@dataclass
class Speech:
    header: list[str]
    opening: list[str]
    paragraphs: list[Paragraph]

    def paragraph(self, number: int) -> Paragraph | None:
        if 1 <= number <= len(self.paragraphs):
            return self.paragraphs[number - 1]
        return None


#: A statement is a few pages; anything larger is pasted by mistake.
MAX_SPEECH_BYTES = 1024 * 1024


def read_speech(path: Path) -> Speech:
    """Read a statement file; refuse text that is not UTF-8 with the line of the fault."""
    try:
        size = path.stat().st_size
        if size > MAX_SPEECH_BYTES:
            raise ContentError(
                f"{path}: the speech is {size:,} bytes; the limit is {MAX_SPEECH_BYTES:,} bytes. "
                "Keep only the statement itself."
            )
        raw = read_limited(path, MAX_SPEECH_BYTES, ContentError)
    except OSError as exc:
        raise ContentError(f"Cannot read the speech {path}: {exc.strerror}.") from None
    text = decode_utf8(
        raw,
        path,
        ContentError,
        "The speech is not valid UTF-8.",
        "save it as UTF-8 (briefkit extract converts Windows-1252).",
    )
    bad = first_forbidden_character(text.replace("\r", "").replace("\f", ""))
    if bad is not None:
        line = text[: text.index(bad)].count("\n") + 1
        raise ContentError(
            "The speech contains a control character.",
            [
                Problem(
                    path,
                    line,
                    None,
                    f"U+{ord(bad):04X} cannot be printed; delete it (it often comes from pasted text).",
                )
            ],
        )
    return parse_speech(text)


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks, each with its starting line number."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def parse_speech(text: str) -> Speech:
    blocks = [(n, b) for n, b in _blocks(text) if not _is_boilerplate(b)]
    header: list[str] = []
    opening: list[str] = []
    index = 0
    # Everything before the first salutation is the header; a statement with
    # no salutation has no header we can tell apart, so it all is body.
    first_salutation = next(
        (i for i, (_, b) in enumerate(blocks) if is_salutation_block(b)),
        None,
    )
    first_prose = next((i for i, (_, b) in enumerate(blocks) if _is_prose(b)), None)
    if first_prose is not None and first_salutation is not None and first_prose < first_salutation <= 6:
        # A paragraph of prose above the salutation (a page's summary of the speech, a first
        # paragraph said before addressing the chair) is numbered; the header ends above it.
        for _, block in blocks[:first_prose]:
            header.extend(normalise_space(l) for l in block)
        index = first_prose
    elif first_salutation is not None and first_salutation <= 6:
        for _, block in blocks[:first_salutation]:
            header.extend(normalise_space(l) for l in block)
        opening = [normalise_space(l) for l in blocks[first_salutation][1]]
        index = first_salutation + 1

    paragraphs: list[Paragraph] = []
    pending_salutation: str | None = None
    last_item: Item | None = None
    for start, block in blocks[index:]:
        if is_salutation_block(block):
            pending_salutation = " ".join(normalise_space(l) for l in block)
            continue
        if _BULLET.match(block[0]):
            for para in _bullet_paragraphs(block, start):
                para.number = len(paragraphs) + 1
                para.salutation, pending_salutation = pending_salutation, None
                paragraphs.append(para)
                last_item = para.item
            continue
        if last_item is not None and _indent(block[0]) > 0:
            # An indented block inside a bulleted passage (an "e.g." quotation)
            # belongs to the bullet above it.
            last_item.notes.append(normalise_space(" ".join(block)))
            continue
        last_item = None
        if len(block) > 1 and all(len(l.strip()) <= 90 for l in block):
            para = Paragraph(0, "lines", lines=[normalise_space(l) for l in block], source_line=start)
        else:
            para = Paragraph(0, "text", text=normalise_space(" ".join(block)), source_line=start)
        para.number = len(paragraphs) + 1
        para.salutation, pending_salutation = pending_salutation, None
        paragraphs.append(para)
    return Speech(header=header, opening=opening, paragraphs=paragraphs)


def _is_prose(block: list[str]) -> bool:
    """A block of running sentences (not a header line, however long its title)."""
    text = " ".join(block)
    return len(text.split()) >= 25 and text.rstrip().endswith((".", "!", "?", ".”", '."'))


def is_web_boilerplate(line: str) -> bool:
    """True for a line of web-page navigation ("Back to Index") left in a pasted statement."""
    return bool(_WEB_BOILERPLATE.match(line.strip()))


def _is_boilerplate(block: list[str]) -> bool:
    return len(block) == 1 and is_web_boilerplate(block[0])


def _bullet_paragraphs(block: list[str], start: int) -> list[Paragraph]:
    """One paragraph per top-level bullet; deeper bullets nest by indentation."""
    paragraphs: list[Paragraph] = []
    stack: list[tuple[int, Item]] = []
    for offset, line in enumerate(block):
        m = _BULLET.match(line)
        if not m:
            if stack:  # a wrapped continuation line
                stack[-1][1].text += " " + normalise_space(line)
            continue
        indent = _indent(line)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        item = Item(normalise_space(m["text"]), level=len(stack))
        if stack:
            stack[-1][1].children.append(item)
        else:
            paragraphs.append(Paragraph(0, "item", item=item, source_line=start + offset))
        stack.append((indent, item))
    return paragraphs
