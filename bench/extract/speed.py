"""How long `briefkit extract` takes on a 5,000-word statement in every format it reads.

    python bench/extract/speed.py            # best of 5 runs per format
    python bench/extract/speed.py --runs 9
    python bench/extract/speed.py --timeline rules   # with the rules alone (default: briefkit's reader)

The statement is made here from the test fixture (tests/extract/fixtures/
timeline-ostrava-2011.txt, written for the project): its body repeated with
the dates shifted until it has 5,000 words, then written as plain text, as
text with no blank lines (a word processor's export), as a Word file, as a
web page with site furniture, as an OpenDocument file and as a PDF (laid out
by WeasyPrint, a dependency, so no office suite is needed).

Each format is timed end to end (`extract_file`: read, clean, number,
extract, write the draft and check it), after one warm-up run. Printed
against two baselines measured in the same command, on the same machine:

* the plain-text run (what a reader adds on top of the extraction itself);
* the bare library reading the same file (pypdf's text, python-docx's
  paragraphs, lxml's parse): what our structure-reading adds on top of it.
  For PDF the bare read is pypdf's ``extract_text``, the reader briefkit had;
  the extraction reads with PDFium (pypdfium2), and the last row shows it
  through pypdf, the fallback.

The goal (issue 11) is under 1 s per format.
"""

from __future__ import annotations

import argparse
import html
import logging
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
FIXTURE = REPO / "tests" / "extract" / "fixtures" / "timeline-ostrava-2011.txt"
WORDS = 5000


#: Prose without dates, written for this benchmark: most of a statement's words name no meeting.
PROSE = [
    "Rivers do not stop at borders, and neither do the floods, the droughts and the pollution they carry. "
    "Every state in this room shares a basin with at least one neighbour, and most share several. What one "
    "of us does upstream is felt by another downstream within days, sometimes within hours. Our cooperation "
    "must therefore be as continuous as the water itself, and as patient.",
    "We have learned that data shared late is data shared in vain. A gauge reading that reaches a town after "
    "the water has arrived saves nobody. This is why my government has invested in open, common formats for "
    "river data, and why we offer our neighbours the same access to our stations that we ask of theirs.",
    "Financing remains the hardest part of the work. Small states cannot carry the cost of monitoring alone, "
    "and large states cannot expect their smaller neighbours to do so. A fair arrangement would share the cost "
    "according to the benefit each state draws from the river, and would be reviewed as those benefits change.",
    "Let me also speak of the people who live along the banks. They are farmers, fishers, boat crews and "
    "the families of all three. Their knowledge of the river is older than any of our institutions, and our "
    "plans will fail if they are made without them. We should invite their representatives to our meetings.",
    "Finally, we must be honest about what we have not achieved. Several commitments made in this forum remain "
    "unfulfilled, and some have been quietly set aside. A short, public account of where each one stands would "
    "cost little and would do much for the trust on which everything else depends.",
]


def statement() -> tuple[list[str], list[str]]:
    """The header lines and 5,000 words of body paragraphs: one dated paragraph for every five of prose."""
    text = FIXTURE.read_text(encoding="utf-8")
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    header, salutation, body = blocks[0].split("\n"), blocks[1], blocks[2:-1]
    paragraphs: list[str] = [salutation]
    n = 0
    while sum(len(p.split()) for p in paragraphs) < WORDS:
        if n % 6 == 5:
            shift = n // (6 * len(body))
            dated = body[(n // 6) % len(body)]
            paragraphs.append(re.sub(r"\b(19|20)(\d\d)\b", lambda m, k=shift: str(int(m.group()) - k), dated))
        else:
            paragraphs.append(PROSE[n % len(PROSE)])
        n += 1
    return header, [*paragraphs, "Thank you."]


def write_formats(folder: Path) -> dict[str, Path]:
    from docx import Document

    header, paragraphs = statement()
    files: dict[str, Path] = {}
    txt = folder / "statement.txt"
    txt.write_text("\n".join(header) + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    files["txt"] = txt
    noblank = folder / "statement.noblank.txt"
    noblank.write_bytes(("\r\n".join(header + paragraphs) + "\r\n").encode("utf-8"))
    files["txt-noblank"] = noblank
    doc = Document()
    for line in header + paragraphs:
        doc.add_paragraph(line)
    files["docx"] = folder / "statement.docx"
    doc.save(str(files["docx"]))
    body = (
        "<p>"
        + "<br>".join(html.escape(h) for h in header)
        + "</p>\n"
        + "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    )
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Statement</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/signin'>Sign in</a></nav><main>{body}</main>"
        f"<footer><a href='#top'>Page top</a></footer></body></html>"
    )
    files["html"] = folder / "statement.html"
    files["html"].write_text(page, encoding="utf-8")
    from weasyprint import HTML

    files["pdf"] = folder / "statement.pdf"
    HTML(string=f"<html><body style='font: 11pt serif'>{body}</body></html>").write_pdf(str(files["pdf"]))
    files["odt"] = _odt(folder / "statement.odt", header + paragraphs)
    return files


def _odt(path: Path, lines: list[str]) -> Path:
    import zipfile

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = "".join(f"<text:p>{html.escape(line)}</text:p>" for line in lines)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content)
    return path


def bare(fmt: str, path: Path) -> None:
    """The library alone reading the file's text: the floor under our reader."""
    if fmt == "pdf":
        import pypdf

        "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    elif fmt == "docx":
        from docx import Document

        [p.text for p in Document(str(path)).paragraphs]
    elif fmt == "html":
        import lxml.html

        lxml.html.document_fromstring(path.read_bytes()).text_content()
    elif fmt == "odt":
        import zipfile

        from lxml import etree

        etree.fromstring(zipfile.ZipFile(path).read("content.xml"))
    else:
        path.read_text(encoding="utf-8")


def best(fn, runs: int) -> float:
    fn()  # warm-up: imports and caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--timeline",
        choices=("rules", "model", "hybrid"),
        help="the timeline reader (default: briefkit's, the one users get)",
    )
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    from functools import partial

    from generator.extract import DEFAULT_TIMELINE_READER
    from generator.extract import extract_file as extract

    extract_file = partial(extract, timeline_reader=args.timeline or DEFAULT_TIMELINE_READER)

    with tempfile.TemporaryDirectory() as tmp:
        files = write_formats(Path(tmp))
        words = len(files["txt"].read_text(encoding="utf-8").split())
        results = {}
        for fmt, path in files.items():
            results[fmt] = (
                best(lambda p=path: extract_file(p), args.runs),
                best(lambda f=fmt, p=path: bare(f, p), args.runs),
            )
            draft = extract_file(path)
            results[fmt] += (len(draft.speech.paragraphs), len(draft.data["timeline"]))
        # The same PDF through pypdf, the reader used when pypdfium2 is not installed.
        saved = sys.modules.get("pypdfium2")
        sys.modules["pypdfium2"] = None  # type: ignore[assignment]
        try:
            results["pdf (pypdf fallback)"] = (
                best(lambda: extract_file(files["pdf"]), args.runs),
                results["pdf"][1],
                len(extract_file(files["pdf"]).speech.paragraphs),
                results["pdf"][3],
            )
        finally:
            if saved is None:
                del sys.modules["pypdfium2"]
            else:
                sys.modules["pypdfium2"] = saved
    base = results["txt"][0][0]
    print(f"extract on a {words:,}-word statement, best (median) of {args.runs} runs after a warm-up")
    print()
    print(
        "| format | extract | × plain text | bare library read | extract ÷ bare read | paragraphs | "
        "timeline items | under 1 s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for fmt, ((t, med), (b, _), paragraphs, items) in results.items():
        print(
            f"| {fmt} | {t:.3f} s ({med:.3f}) | {t / base:.2f}× | {b:.3f} s | {t / b:.1f}× | {paragraphs} | "
            f"{items} | {'yes' if med < 1 else 'NO'} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
