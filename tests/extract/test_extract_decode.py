"""Reading statement files: encodings, byte-order marks, line ends, web furniture, refusals."""

from __future__ import annotations

import pytest

from generator.content.speech import parse_speech
from generator.extract.decode import MAX_BYTES, StatementError, clean_text, decode_statement, read_statement

TEXT = "“Quoted title”\n\nMr. President,\n\nFirst paragraph – with a dash.\n\nThank you.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_common_encodings_read_to_the_same_text(raw, encoding):
    decoded = decode_statement(raw)
    assert decoded.encoding == encoding
    assert decoded.text == TEXT


def test_windows_1252_is_noted_for_the_user():
    decoded = decode_statement(TEXT.encode("cp1252"))
    assert decoded.notes[0] == "read as cp1252; speech.txt is written as UTF-8"


def test_bytes_undefined_in_windows_1252_still_read():
    decoded = decode_statement(b"Caf\xe9 \x81 au lait.\n")
    assert decoded.encoding == "latin-1"
    assert decoded.text == "Café  au lait.\n"  # the C1 control is dropped, not kept


def test_crlf_cr_and_lf_mixed_become_lf():
    decoded = clean_text("One\r\nTwo\rThree\nFour\u2028Five\x0cSix")
    assert decoded.text == "One\nTwo\nThree\nFour\nFive\nSix\n"
    assert "normalised line ends (CR, CRLF) to LF" in decoded.notes


def test_text_from_a_web_page_is_cleaned():
    pasted = (
        "Home > Statements > 2007\nPrint this page\n\n\u00a0\u00a0\n"
        "Mr.\u00a0President,\n\nWe\u200b welcome\u00adthis.\n\n\n\n▲ Top\nBack to Index"
    )
    decoded = clean_text(pasted)
    assert decoded.text == "Mr. President,\n\nWe welcomethis.\n"
    assert decoded.removed == ["Home > Statements > 2007", "Print this page", "▲ Top", "Back to Index"]


def test_mojibake_from_a_wrong_encoding_is_repaired():
    decoded = clean_text("Japan\u00e2\u20ac\u2122s \u00e2\u20ac\u0153Friends\u00e2\u20ac\x9d\n")
    assert decoded.text == "Japan’s “Friends”\n"


def test_common_indentation_is_removed_and_nesting_kept():
    decoded = clean_text("    Mr. President,\n\n    Points:\n\n      • one\n        • one a\n")
    assert decoded.text == "Mr. President,\n\nPoints:\n\n  • one\n    • one a\n"
    para = parse_speech(decoded.text).paragraphs[1]
    assert para.item.children[0].text == "one a"


def test_hard_wrapped_prose_is_joined_but_lists_are_not():
    prose = (
        "This is a long line of a statement that was wrapped by an e-mail client\n"
        "at a fixed width, and goes on here."
    )
    listing = "Oct 2005 APEC Human Security Seminar (Tokyo)\nFeb 2006 Swedish IPA Seminar (NY)"
    header = "at the Twelfth Session of the Open-ended Working Group on Island Resilience\nNew York"
    decoded = clean_text("\n\n".join([prose, listing, header]))
    blocks = decoded.text.rstrip("\n").split("\n\n")
    assert blocks[0] == " ".join(prose.split("\n"))
    assert blocks[1:] == [listing, header]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "cannot be read as a PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Word (.doc)"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50, "not a text file"),
        (bytes(range(1, 9)) * 40 + b"text", "does not look like text"),
    ],
)
def test_files_that_are_not_text_are_refused_with_what_to_do(raw, words):
    with pytest.raises(StatementError) as info:
        decode_statement(raw)
    assert words in str(info.value.message)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_document_that_is_not_what_its_name_says_is_called_damaged_not_text(tmp_path, suffix):
    """A PDF cut short in a download starts with no "%PDF": saving it "as plain text" is not what to do."""
    path = tmp_path / f"statement{suffix}"
    path.write_bytes(b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50)
    with pytest.raises(StatementError) as info:
        read_statement(path)
    what = {".pdf": "PDF", ".docx": "Word"}[suffix]
    assert f"is named as a {what} file but is not one" in info.value.message
    assert f"save it again as {what} or plain text" in info.value.message


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Mr. President,\n\n" + b"All work and no play. " * (5 * 1024 * 1024 // 22))
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(StatementError) as info:
        read_statement(path)
    assert "reads at most 1,000,000" in info.value.message


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StatementError) as info:
        read_statement(tmp_path / "nope.txt")
    assert "Cannot read the statement" in info.value.message


def test_cleaning_is_idempotent():
    once = clean_text("  Mr. President,\r\n\r\n  Text\u00a0here.  \r\n\r\n\r\nBack to Top").text
    assert clean_text(once).text == once


def test_word_s_manual_line_breaks_are_line_ends_not_binary():
    """Word writes a manual line break (Shift+Enter) as a vertical tab in the text some tools take from it:
    the header's lines came as one line joined by them, and ten of them in a short file made it "not look
    like text" though the text reads them as line ends."""
    raw = (
        b"Statement by Ms. Ilka Varn\vMinister for Foreign Affairs\vLindhaven, 20 May 2010\n\n"
        b"Mr. President,\n\nThe rivers we share need common rules.\n"
    )
    raw = raw.replace(b"\n\n", b"\v\v" * 4 + b"\n\n")  # more than one byte in a hundred
    decoded = decode_statement(raw)
    assert "Statement by Ms. Ilka Varn\nMinister for Foreign Affairs\nLindhaven, 20 May 2010" in decoded.text
