"""Turn the bytes of a statement file into clean UTF-8 text the speech parser can number.

Statements arrive as UTF-8, Windows-1252 from older word processors, UTF-16
from Notepad, with a byte-order mark or without, with CRLF or bare CR line
ends, or as text copied from a web page (non-breaking spaces, zero-width
characters, "Back to Index" links, a breadcrumb trail). Everything is
normalised here, once, so that the cleaned text written to ``speech.txt`` is
exactly the text whose paragraphs the extracted citations number.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from ..content.speech import is_web_boilerplate
from ..errors import ContentError, Problem
from . import furniture
from .readers.blocks import DATE_START

#: Statements are a few thousand words; anything much bigger is not one.
MAX_BYTES = 1_000_000

#: Statements are a few thousand words; a Word file, PDF or web page around them may carry
#: images, fonts and scripts, so those may be larger. The text read from them is still checked.
MAX_DOCUMENT_BYTES = 20_000_000

#: File signatures of formats briefkit does not read, with what to do instead.
_SIGNATURES = (
    (
        b"\xd0\xcf\x11\xe0",
        "an old Word (.doc) file: open it in Word or LibreOffice and save it as .docx or .txt",
    ),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
)
#: What each readable format is called in messages.
FORMAT_NAMES = {
    "txt": "plain text",
    "docx": "a Word document",
    "odt": "an OpenDocument text",
    "html": "a web page",
    "pdf": "a PDF",
    "rtf": "an RTF document",
}

#: Windows-1252 text read as UTF-8 and saved again ("â€™" for "’").
_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " "})
#: Word's hyphen (U+2010) and non-breaking hyphen (U+2011) are a hyphen; a PDF's font often has only "-".
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
#: Zero-width characters, the soft hyphen, and the bidirectional marks and overrides (U+200E/F, U+202A–E,
#: U+2066–9, U+061C): invisible, they carry no text, and one before "Statement by …" hid the header's shape
#: from every rule (and can make a line display other than it reads).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
#: What the speech reader refuses (clean_text.first_forbidden_character): C0 and C1
#: controls but tab and newline, surrogates, U+FFFE and U+FFFF. Pasted text carries them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n|\r|[\u2028\u2029\x0b\x0c\x85]")
#: "Home > Policy > Human Security" at the top of a copied page.
_BREADCRUMB = re.compile(r"^[^>›»]{1,60}(\s[>›»]\s[^>›»]{1,60}){1,6}$")
_BULLET_START = re.compile(r"^\s*(?:[•●▪◦‣·*\-–]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s")
#: Word's second-level bullet, a letter "o", pasted as text: "      o with priority for …".
_WORD_SUB_BULLET = re.compile(r"^(?P<indent>\s+)o(?P<gap>\s+)(?=\S)")
#: A footer rule ("--", "____") at the end of a copied page: what follows is the page's, not the statement's.
_RULE = re.compile(r"^\s*(?:-{2,}|_{3,})\s*$")
#: Navigation items joined on one line: "Source: … | Print | Share | Top of page".
_NAV_ITEM = re.compile(
    r"^(print|share|e-?mail|top of page|page top|back to (?:top|index)|home|tweet|"
    r"facebook|twitter|sitemap|contact us|rss|copyright.*|©.*)$",
    re.IGNORECASE,
)


_FIRST_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")


class StatementError(ContentError):
    """The statement file cannot be read as the text of a statement."""


@dataclass
class Decoded:
    """A statement file's text, cleaned, with a record of what cleaning did."""

    text: str
    #: The encoding the bytes were read with: utf-8, utf-8-sig, utf-16, cp1252 …
    encoding: str
    #: Lines of web-page furniture removed ("Back to Index").
    removed: list[str] = field(default_factory=list)
    #: Plain-language notes on what was changed, for the user and the YAML comments.
    notes: list[str] = field(default_factory=list)
    #: The format the statement was read from: txt, docx, odt, html, pdf, rtf.
    format: str = "txt"


def read_statement(path: Path) -> Decoded:
    """Read and clean a statement file, or raise StatementError saying what to do."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StatementError(f"Cannot read the statement {path}: {exc.strerror}.") from None
    if size > MAX_DOCUMENT_BYTES:
        raise StatementError(
            f"{path} is {size:,} bytes; a statement is rarely more than 100,000 and briefkit "
            f"reads at most {MAX_DOCUMENT_BYTES:,}. Check that it is the right file, or cut it to the "
            "statement itself."
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StatementError(f"Cannot read the statement {path}: {exc.strerror}.") from None
    return decode_statement(raw, path)


def too_long(characters: int, name: str) -> None:
    """Refuse a document whose text is longer than a plain-text statement may be (``MAX_BYTES``).

    A few kilobytes of PDF can draw the same page a thousand times: a 65 kB file
    of 200 pages gave 4.5 MB of text, and extraction had not ended after five
    minutes. Readers call this as they go, to stop reading early too.
    """
    if characters > MAX_BYTES:
        raise StatementError(
            f"{name} holds more than {MAX_BYTES:,} characters of text; a statement is a few thousand "
            "words, and briefkit reads at most as much text as from a plain-text file. Check that it is "
            "the right file, or save the statement itself as plain text (.txt)."
        )


def decode_statement(raw: bytes, path: Path | None = None) -> Decoded:
    """Read the bytes of a statement in any format briefkit knows, and clean the text.

    Plain text in any common encoding; Word, OpenDocument, RTF, web pages and
    PDF through their readers (``readers/``), whose blocks become the same
    plain-text shape. Text with one line per paragraph and no blank lines is
    grouped into paragraphs first.
    """
    from .readers import detect_format, document_text

    name = str(path) if path else "The statement"
    fmt = detect_format(raw, path.name if path else "")
    limit = MAX_BYTES if fmt == "txt" else MAX_DOCUMENT_BYTES
    if len(raw) > limit:
        raise StatementError(f"The statement is {len(raw):,} bytes; briefkit reads at most {limit:,}.")
    if fmt == "zip":
        raise StatementError(
            f"{name} is a zip archive but not a Word (.docx) or OpenDocument (.odt) file; "
            "save the statement as .docx, .odt, .pdf, .html or plain text (.txt)."
        )
    if fmt != "txt":
        text, count = document_text(raw, fmt, name)
        too_long(len(text), name)
        # A page's source shown as text (an archive's copy) reads the same saved as Word, PDF or a page.
        decoded = decode_text(text) if _shows_markup(text) else clean_text(text)
        decoded.format = fmt
        decoded.encoding = fmt
        decoded.notes.insert(0, f"read as {FORMAT_NAMES[fmt]}: {count} block(s) taken from its structure")
        return decoded
    _refuse_binary(raw, path)
    text, encoding = _decode(raw, path)
    decoded = decode_text(text)
    decoded.encoding = encoding
    if encoding not in ("utf-8", "ascii"):
        decoded.notes.insert(0, f"read as {encoding}; speech.txt is written as UTF-8")
    return decoded


#: Tags of a web page's source pasted as text: "<p><span style=…>October 19, 2007<br> OTTAWA</span></p>".
_MARKUP_TAG = re.compile(
    r"</?(?:p|br|span|div|html|body|head|style|meta|font|b|i|u|strong|em|h[1-6])\b[^<>]{0,400}>",
    re.IGNORECASE,
)
_MARKUP_HIDDEN = re.compile(r"<(head|style|script)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_MARKUP_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|h[1-6]|li|tr)\b[^<>]*>", re.IGNORECASE)


def _shows_markup(text: str) -> bool:
    """Whether the text holds a web page's markup as typed characters."""
    return len(_MARKUP_TAG.findall(text)) >= 5


def _markup_as_lines(text: str) -> str:
    """Source markup as the text it shows: a paragraph or a <br> ends a line, other tags go, entities read."""
    text = _MARKUP_HIDDEN.sub("", text)
    text = _MARKUP_BREAK.sub("\n", text)
    text = _MARKUP_TAG.sub("", text)
    text = re.sub(r"</?[a-zA-Z][^<>]{0,400}>", "", text)
    text = html.unescape(text)
    return "\n".join(line.strip() for line in text.split("\n"))


def decode_text(text: str) -> Decoded:
    """Clean the text of a plain-text statement, grouping its lines into paragraphs when it has no blank lines."""
    from .readers import has_blank_lines, segment, to_text

    notes: list[str] = []
    if "\r" in text:
        notes.append("normalised line ends (CR, CRLF) to LF")
    text = _NEWLINES.sub("\n", text)
    if _shows_markup(text):
        text = _markup_as_lines(text)
        notes.append(
            "the text holds a web page's markup as typed characters (an archive showing its "
            "source): tags removed, paragraphs and line breaks kept"
        )
    if not has_blank_lines(text):
        text = to_text(segment(text.split("\n")))
        notes.append(
            "the text has one line per paragraph and no blank lines (a word processor's text "
            "export): lines were grouped into paragraphs"
        )
    decoded = clean_text(text)
    decoded.notes[:0] = notes
    return decoded


def _refuse_binary(raw: bytes, path: Path | None) -> None:
    name = str(path) if path else "The statement"
    for magic, what in _SIGNATURES:
        if raw.startswith(magic):
            raise StatementError(
                f"{name} is {what}; briefkit extract reads plain text, Word (.docx), OpenDocument "
                "(.odt), RTF, web pages (.html) and PDF."
            )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        return
    sample = raw[:65536]
    if b"\x00" in sample:
        line = sample[: sample.index(b"\x00")].count(b"\n") + 1
        raise StatementError(
            f"{name} {_named_as(path)}is not a text file (it contains NUL bytes, first on line {line}); "
            f"{_save_again(path)}"
        )
    # (a tab, the line ends, and the vertical tab and form feed that Word's text writes for a manual line
    # or page break: clean_text reads both as a line end)
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 11, 12, 13))
    if sample and controls / len(sample) > 0.01:
        raise StatementError(
            f"{name} {_named_as(path)}does not look like text ({controls} control characters in the first "
            f"{len(sample):,} bytes); {_save_again(path)}"
        )


#: The formats a file's name may promise, by its suffix (the reader goes by the content).
_NAMED = {".pdf": "PDF", ".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF"}


def _named_as(path: Path | None) -> str:
    """A file named as a document that is none: damaged, cut short or misnamed, not a text to save as .txt."""
    what = _promised(path)
    return f"is named as a {what} file but is not one, and " if what else ""


def _save_again(path: Path | None) -> str:
    what = _promised(path)
    if what:
        return f"it may be damaged or cut short: open it in its program and save it again as {what} or plain text."
    return "save the statement as plain text (.txt)."


def _promised(path: Path | None) -> str | None:
    return _NAMED.get(path.suffix.lower()) if path else None


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of ASCII text is NUL."""
    sample = raw[:4096]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) > 0.9 * len(even) or odd.count(0) > 0.9 * len(odd)


def _decode(raw: bytes, path: Path | None) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw, "utf-8-sig", path), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", path), "utf-16"
    if _looks_utf16(raw):
        encoding = "utf-16-le" if raw[1::2][:2048].count(0) > raw[0::2][:2048].count(0) else "utf-16-be"
        return _strict(raw, encoding, path), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five byte values are undefined in Windows-1252; Latin-1 reads them all.
        return raw.decode("latin-1"), "latin-1"


def _strict(raw: bytes, encoding: str, path: Path | None) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise StatementError(
            f"The statement starts like {encoding} text but is not valid {encoding}.",
            [Problem(path, line, None, "save it again as UTF-8 and retry.")],
        ) from None


def clean_text(text: str) -> Decoded:
    """Normalise line ends and spaces, repair mojibake, drop web furniture, dedent.

    Leading indentation inside the statement is kept: it is how the speech
    parser tells a sub-bullet from a bullet.
    """
    notes: list[str] = []
    if _MOJIBAKE.search(text):
        repaired = _repair_mojibake(text)
        if repaired != text:
            text = repaired
            notes.append("repaired characters garbled by a wrong encoding (â€™ → ’)")
    if "\r" in text:
        notes.append("normalised line ends (CR, CRLF) to LF")
    text = _NEWLINES.sub("\n", text)
    text = text.translate(_SPACES).translate(_HYPHENS)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]

    removed: list[str] = []
    kept: list[str] = []
    above = True  # above the statement's first sentence, where a page's section names stand
    site_menu = furniture.menu(lines)
    said_again = furniture.repeated(lines)
    for n, line in enumerate(lines):
        stripped = line.strip()
        following = next((later for later in lines[n + 1 : n + 4] if later.strip()), "")
        if stripped and (
            n in site_menu
            or (above and (n in said_again or furniture.widget(stripped)))
            or is_web_boilerplate(line)
            or _navigation_bar(line)
            or furniture.anywhere(stripped)
            or (above and furniture.top(stripped, following))
        ):
            removed.append(stripped)
            continue
        if above and _FIRST_SENTENCE.search(stripped) and len(stripped.split()) >= 12:
            above = False
        kept.append(line)
    # A rule near the end ("--") and the few lines after it: the page's footer.
    tail = [i for i, line in enumerate(kept) if line.strip()]
    for i in tail[-4:]:
        if _RULE.match(kept[i]):
            removed.extend(line.strip() for line in kept[i:] if line.strip())
            kept = kept[:i]
            break
    # A breadcrumb trail only counts at the very top, before any statement text.
    while True:
        first = next((i for i, line in enumerate(kept) if line.strip()), None)
        if first is None or not _BREADCRUMB.match(kept[first].strip()):
            break
        removed.insert(0, kept.pop(first).strip())
    if removed:
        notes.append(f"removed {len(removed)} line(s) of web-page furniture (listed below)")

    kept = _word_sub_bullets(kept, notes)
    text = textwrap.dedent("\n".join(kept))
    # Blank lines collapsed and the ends trimmed first: a block after two blank lines, or the last one, is a
    # block like any other to _unwrap.
    text = _unwrap(re.sub(r"\n{3,}", "\n\n", text).strip("\n"), notes)
    return Decoded(text + "\n" if text else "", "utf-8", removed, notes)


def _navigation_bar(line: str) -> bool:
    """ "Source: Mission of X | Print | Share | Top of page": most items are page navigation."""
    items = [i.strip() for i in line.split("|")]
    if len(items) < 3:
        return False
    return sum(1 for i in items if _NAV_ITEM.match(i)) * 2 >= len(items)


def _word_sub_bullets(lines: list[str], notes: list[str]) -> list[str]:
    """Turn Word's pasted "o" sub-bullets into "◦", which the speech parser knows.

    Only an indented "o" directly under a bullet (or another such line) is
    taken for one, so a sentence that happens to start with "o" is safe.
    """
    out: list[str] = []
    changed = 0
    previous = ""
    for line in lines:
        m = _WORD_SUB_BULLET.match(line)
        if m and (_BULLET_START.match(previous) or previous.lstrip().startswith("◦")):
            line = f"{m['indent']}◦{m['gap']}{line[m.end() :]}"
            changed += 1
        out.append(line)
        if line.strip():
            previous = line
    if changed:
        notes.append(f'read {changed} line(s) starting with "o" as sub-bullets (◦)')
    return out


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252; leave the text alone if it was not that."""
    raw = bytearray()
    for char in text:
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return text
            raw.append(ord(char))  # the five bytes cp1252 leaves undefined pass through as is
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


#: Text wrapped at a fixed width (e-mail, a PDF's copy) has lines at most this long.
_WRAP_WIDTH = 110


def _paragraph_lines_apart(block: str) -> list[str]:
    """A line longer than any wrapping width that ends a sentence, inside a block of other lines, with a
    line starting another sentence under it: a paragraph typed on one line (a page's paragraphs copied
    without blank lines between them, a listing's item text above the next entry's date line). It ends its
    paragraph, as the same lines do in a Word file or a text without blank lines (``readers.segment``)."""
    lines = block.split("\n")
    out: list[list[str]] = [[]]
    for k, line in enumerate(lines):
        out[-1].append(line)
        following = lines[k + 1].lstrip() if k + 1 < len(lines) else ""
        if (
            following
            and len(line.strip()) > _WRAP_WIDTH
            and line.rstrip().endswith((".", "!", "?", '"', "”"))
            and (following[:1].isupper() or following[:1].isdigit())
        ):
            out.append([])
    return ["\n".join(part) for part in out if part]


def _unwrap(text: str, notes: list[str]) -> str:
    """Join prose hard-wrapped at a fixed width (e-mail, PDF copies) into one line a paragraph.

    Only blocks whose every line but the last is long, none a bullet or a
    dated list line, are joined: a list of short lines stays a list.
    """
    blocks = [part for block in text.split("\n\n") for part in _paragraph_lines_apart(block)]
    joined = 0
    for i, block in enumerate(blocks):
        lines = block.split("\n")
        if len(lines) < 2 or any(line[:1].isspace() for line in lines):
            continue
        if any(_BULLET_START.match(line) or DATE_START.match(line) for line in lines):
            continue
        # Prose ends a sentence; a header block ("at the 12th Session …" / "New York") does not.
        ends_sentence = lines[-1].rstrip().endswith((".", "!", "?", '"', "”", ")"))
        # The last line may run past any width without a full stop (a paragraph ending in a colon, a copy
        # cut short): still a paragraph of its own, not the end of a wrapped one.
        if (ends_sentence or len(lines[-1]) > _WRAP_WIDTH) and all(
            len(line) > _WRAP_WIDTH and line.rstrip().endswith((".", "!", "?", '"', "”"))
            for line in lines[:-1]
        ):
            # Lines longer than any wrapping width, each ending a sentence: paragraphs typed one a line
            # (a Word file's paragraphs, a page's <p>s copied without blank lines), not one wrapped paragraph.
            blocks[i] = "\n\n".join(line.strip() for line in lines)
            continue
        # (a last line longer than any wrapping width is a paragraph typed on one line, under a title or a
        # caption: nothing above it was wrapped)
        if ends_sentence and all(len(line) >= 60 for line in lines[:-1]) and len(lines[-1]) <= _WRAP_WIDTH:
            blocks[i] = " ".join(line.strip() for line in lines)
            joined += 1
    if joined:
        notes.append(f"joined {joined} hard-wrapped paragraph(s) into single lines")
    return "\n\n".join(blocks)
