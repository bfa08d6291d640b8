"""Make the other formats of a corpus statement from its plain text, as people receive them.

    python bench/extract/formats.py FOLDER ID docx            # ID.docx: one Word paragraph per paragraph
    python bench/extract/formats.py FOLDER ID html --chrome 2 # ID.html: first 2 paragraphs in <header>
    python bench/extract/formats.py FOLDER ID pdf             # ID.pdf: LibreOffice's PDF of ID.docx
    python bench/extract/formats.py FOLDER ID noblank         # ID.noblank.txt: Word's "save as text"
    python bench/extract/formats.py FOLDER --all              # every file expected.toml lists, from its ID.txt

Statements arrive as Word files, web pages and PDFs more often than as clean
text, so the scorer measures each format against the same expectations.
The text's paragraphs are its blank-line blocks; a block of several lines
(an addressee list, a header) stays one paragraph in HTML (lines joined by
<br>) and becomes one Word paragraph per line in DOCX, as typists do.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from score import load_expected  # noqa: E402

EXPECTED = HERE / "expected.toml"
SUFFIXES = {".docx": "docx", ".html": "html", ".pdf": "pdf", ".noblank.txt": "noblank"}

NAV = (
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Press room</a></li>'
    '<li><a href="/speeches">Speeches</a></li><li><a href="/fr">Français</a></li></ul></nav>'
)
FOOTER = (
    '<footer><p><a href="#top">Page top</a> | <a href="/sitemap">Site map</a> | Share: '
    '<a href="#">Facebook</a> <a href="#">Twitter</a></p></footer>'
)


def blocks(text: str) -> list[list[str]]:
    """Paragraphs as lists of lines: blank-line blocks, or single lines when the text has no blank line."""
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if not any(not ln.strip() for ln in lines):
        return [[ln] for ln in lines if ln.strip()]
    out: list[list[str]] = [[]]
    for ln in lines:
        if ln.strip():
            out[-1].append(ln)
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def write_docx(text: str, dest: Path) -> None:
    from docx import Document

    doc = Document()
    for block in blocks(text):
        for line in block:
            doc.add_paragraph(line.strip())
    doc.save(str(dest))


def write_html(text: str, dest: Path, chrome: int) -> None:
    """A plain page: site navigation and a footer around the statement, as a ministry's page has."""
    paras = blocks(text)
    head, body = paras[:chrome], paras[chrome:]

    def p(block: list[str]) -> str:
        return "<p>" + "<br>\n".join(html.escape(ln.strip()) for ln in block) + "</p>"

    page = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>Statement</title>",
        "</head>",
        "<body>",
        "<header>",
        '<a href="#main">Skip to main content</a>',
        NAV,
        *[p(b) for b in head],
        "</header>",
        '<main id="main">',
        *[p(b) for b in body],
        "</main>",
        FOOTER,
        "</body>",
        "</html>",
        "",
    ]
    dest.write_text("\n".join(page), encoding="utf-8")


def write_pdf(folder: Path, ident: str) -> None:
    """LibreOffice's PDF export of the DOCX (made first if missing)."""
    docx = folder / f"{ident}.docx"
    if not docx.exists():
        write_docx((folder / f"{ident}.txt").read_text(encoding="utf-8"), docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.move(str(Path(tmp) / f"{ident}.pdf"), folder / f"{ident}.pdf")


def write_noblank(text: str, dest: Path) -> None:
    """One line per Word paragraph and no blank lines, CRLF line ends, as Word's "Plain Text" export writes."""
    lines = [ln.strip() for block in blocks(text) for ln in block]
    dest.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def make(folder: Path, ident: str, kind: str, chrome: int) -> None:
    text = (folder / f"{ident}.txt").read_text(encoding="utf-8")
    if kind == "docx":
        write_docx(text, folder / f"{ident}.docx")
    elif kind == "html":
        write_html(text, folder / f"{ident}.html", chrome)
    elif kind == "pdf":
        write_pdf(folder, ident)
    else:
        write_noblank(text, folder / f"{ident}.noblank.txt")


def make_all(folder: Path, expected: Path) -> int:
    """Every other-format file the expectations list, so that a rebuilt folder scores as the first one did.

    The HTML's furniture count is the one its entry's note gives ("--chrome N"), as when it was first made.
    """
    made = missing = 0
    for entry in load_expected(expected):
        ident = entry.id
        match = re.search(r"--chrome (\d+)", entry.note)
        for name in entry.files:
            kind = SUFFIXES.get(name[len(ident) :])
            if kind is None:
                continue
            if not (folder / f"{ident}.txt").exists():
                missing += 1
                print(f"{ident}: no {ident}.txt, {name} not made", file=sys.stderr)
                continue
            make(folder, ident, kind, int(match.group(1)) if match else 0)
            made += 1
    print(f"{made} files made, {missing} left out (their .txt is missing)")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("id", nargs="?")
    ap.add_argument("format", nargs="?", choices=("docx", "html", "pdf", "noblank"))
    ap.add_argument(
        "--chrome",
        type=int,
        default=0,
        help="leading paragraphs that are site furniture (html)",
    )
    ap.add_argument(
        "--all", action="store_true", help="make every file --expected lists (ID.txt must be there)"
    )
    ap.add_argument("--expected", type=Path, default=EXPECTED)
    args = ap.parse_args(argv)
    if args.all:
        return make_all(args.folder, args.expected)
    if args.id is None or args.format is None:
        ap.error("give ID and FORMAT, or --all")
    make(args.folder, args.id, args.format, args.chrome)
    return 0


if __name__ == "__main__":
    sys.exit(main())
