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
line by line) is grouped by ``segment``: each line is a paragraph, as the
same text with blank lines most often has it, but a salutation and its
addressee list, a list of dated lines, a line going on with the sentence
the previous one broke off and hard-wrapped prose stay together, and list
lines typed straight under their lead-in become bullets of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...content.speech import ADDRESS_LINE, BULLETS, SALUTATION_START, SAYS_SOMETHING

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


#: Words no title or sentence ends with: a line ending so goes on on the next ("… OF THE TIMOR-LESTE AND" /
#: "DEVELOPMENT PARTNERS MEETING"). Not "by": "Statement by" stands apart from the name under it as often.
_OPEN_END = re.compile(r"\b(?:of|the|and|or|in|to|for|with|on|at|a|an|from)$", re.IGNORECASE)
#: A line that starts with a date: "Oct 2009 Coastal Forum", "3 March 2008 – Expert Meeting", "2007 …".
DATE_START = re.compile(
    r"^\s*(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|^\s*\d{4}\b",
    re.IGNORECASE,
)
_CLOSED_END = re.compile(r"[.!?:;…][\"”’')\]]*$")
#: An item of an addressee list under a salutation: "Lord Kerr,", "Distinguished Guests, and", or a run of
#: them separated by semicolons ("Specially invited guests; Members of the Media; …:").
_ADDRESS_ITEM = re.compile(r"^[^a-z\d](?:[^.!?]{0,78}|[^.!?]{0,198};[^.!?]{0,198})(?:[,;:]|\band)$")


def wrap_width(lines: list[str]) -> int | None:
    """The width text was hard-wrapped at (e-mail, a copied PDF), or None for one line per paragraph.

    Wrapped prose has many lines just short of one width that end mid-sentence;
    a word processor's paragraphs are either longer than any width or short
    header lines, so the test is how many lines crowd below the longest one.
    """
    lengths = sorted(len(line.strip()) for line in lines if 45 <= len(line.strip()) <= 100)
    if len(lengths) < 6:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    full = [
        line
        for line in lines
        if width - 15 <= len(line.strip()) <= width and not _CLOSED_END.search(line.strip())
    ]
    long_lines = sum(1 for line in lines if len(line.strip()) >= 45)
    return width if len(full) >= 5 and len(full) * 5 >= long_lines * 2 else None


def _item_goes_on(blocks: list[Block], line: str) -> bool:
    """A list item typed over two lines, the second not a bullet: "- H.E. X Y," / "Minister of …". The item's
    line ends with a comma (a name, then its role), as a text with blank lines keeps it in the item's block."""
    if not blocks or blocks[-1].kind != "item" or is_salutation(line):
        return False
    last = blocks[-1].lines[-1]
    return last.endswith(",") or (not _CLOSED_END.search(last) and _goes_on_in_lower_case(line))


#: A file's or picture's name in lower case run into the line ("photo2 November 2009: …", "dsc_0412.jpg"):
#: letters and digits in one word, or a file's extension. The line does not go on with a sentence.
_FILE_NAME_START = re.compile(r"^[a-z][\w.-]*(?:\d[\w.-]*|\.(?:jpe?g|png|gif|pdf|docx?))(?:\s|$)")


def _goes_on_in_lower_case(line: str) -> bool:
    """A line starting in lower case goes on with the sentence above, unless it starts with a file's name."""
    return line[:1].islower() and not _FILE_NAME_START.match(line)


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` broke off (a hard wrap, a title on two lines)."""
    if _BULLET_LINE.match(line) or is_salutation(line):
        return False
    if DATE_START.match(line) and DATE_START.match(previous):
        return True  # a list of dated meetings typed one a line stays one list
    if width and len(previous) >= width - 20:
        # Wrapped near the width (a proportional font's lines vary): it goes on unless a sentence ended
        # there and a new one starts. A sentence ending at a line's end inside a paragraph is split off.
        return _goes_on_in_lower_case(line) or not _CLOSED_END.search(previous)
    if _CLOSED_END.search(previous):
        return False
    return _goes_on_in_lower_case(line) or bool(_OPEN_END.search(previous))


def segment(lines: list[str]) -> list[Block]:
    """Group lines that stand one per paragraph (no blank lines) into blocks.

    Each line is its own paragraph, as the same text copied with blank lines
    has it (a page's title, date and by-line are separate paragraphs as often
    as one), except where the shape of the lines says they belong together:
    a salutation and the addressee list under it, a list typed as bullets or
    as dated lines, and a line that goes on with the sentence the previous
    one broke off.
    """
    width = wrap_width(lines)
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
        text = line.strip()
        if not text:
            close()
            continue
        bullet = _BULLET_LINE.match(line)
        if not bullet and not group and _item_goes_on(blocks, text):
            blocks[-1].lines.append(text)
            continue
        if bullet and (bullet["mark"] != "o" or (blocks and blocks[-1].kind == "item")):
            close()
            level = 1 if bullet["mark"] in "◦o" else 0
            if bullet["indent"] and blocks and blocks[-1].kind == "item":
                level = max(level, 1)
            blocks.append(Block("item", [bullet["text"].strip()], level))
            continue
        if group and _continues(group[-1], text, width) and not (group_salutes and text[:1].isupper()):
            group.append(text)
            group_salutes = group_salutes or _opens_addresses(group)
            continue
        # An addressee list goes on under its salutation with long lines and lines ending ";" or ".".
        address = bool(ADDRESS_LINE.match(text)) or bool(_ADDRESS_ITEM.match(text))
        # (a colon ends the list: "… Ladies and Gentlemen:" / "Good morning."; a greeting is no addressee)
        if (
            group
            and group_salutes
            and address
            and not SAYS_SOMETHING.search(text)
            and group[-1][-1] != ":"
            and not _GREETING.match(text)
        ):
            group.append(text)
            continue
        if len(group) == 1 and is_salutation(text) and _bare_address(group[0]):
            group.append(text)  # "Your Majesty" / "Your Excellencies,": the list began a line above
            group_salutes = True
            continue
        close()
        group = [text]
        group_salutes = is_salutation(text) or _opens_addresses(group)
    close()
    return _addressee_runs(blocks)


def _opens_addresses(group: list[str]) -> bool:
    """The first lines of an addressee list that runs on ("Your Excellency X, …; Your Excellencies," /
    "of the …;"): an address that ends, so far, as a list's item does."""
    return (
        bool(ADDRESS_LINE.match(group[0]))
        and group[-1].endswith((",", ";", ":"))
        and not any(SAYS_SOMETHING.search(line) for line in group)
    )


def _addressee_runs(blocks: list[Block]) -> list[Block]:
    """An addressee list typed without commas ("Secretary General / Distinguished Guests / Ladies and
    Gentlemen") is one paragraph: a run of short unpunctuated lines holding two address lines or more,
    up to its last."""
    out: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, Block("end")]:
        # (a delivery note stands above the list, never in it)
        if _bare_line(block) and not _DELIVERY_NOTE.search(block.lines[0]):
            run.append(block)
            continue
        address = [k for k, b in enumerate(run) if ADDRESS_LINE.match(b.lines[0])]
        if len(address) >= 2:
            out.append(Block("paragraph", [b.lines[0] for b in run[: address[-1] + 1]]))
            out.extend(run[address[-1] + 1 :])
        else:
            out.extend(run)
        run = []
        if block.kind != "end":
            out.append(block)
    return out


#: "Good morning and a warm welcome to …": the greeting after the addressees, not one of them.
_GREETING = re.compile(r"^good\s+(?:morning|afternoon|evening)\b.*[.!]$", re.IGNORECASE)


def _bare_address(line: str) -> bool:
    """An address with nothing after it ("Your Majesty"), the first line of an addressee list."""
    return bool(ADDRESS_LINE.match(line)) and len(line) <= 80 and not re.search(r"[.,;:!?]$", line)


#: "Check against delivery", "As delivered": a header's line, never an addressee.
_DELIVERY_NOTE = re.compile(r"\bdeliver(?:y|ed)\b", re.IGNORECASE)


def _bare_line(block: Block) -> bool:
    """A one-line paragraph such as an addressee list's line: short, no digits, no closing punctuation."""
    if block.kind != "paragraph" or len(block.lines) != 1:
        return False
    line = block.lines[0]
    if SAYS_SOMETHING.search(line) or _CLOSED_END.search(line) or line.endswith(","):
        return False
    return bool(ADDRESS_LINE.match(line)) or (len(line) <= 80 and not re.search(r"[\d|,.]", line))


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
