"""What embedding its fonts would cost a DOCX: size, whole fonts against subsets, and time.

For each DOCX of a built event, the fonts its font table names (the four
faces of each: regular, bold, italic, bold italic, as Word embeds them) are
found with fontconfig and
  - embedded whole: the font files, deflated as the DOCX's zip would;
  - subset to the characters the document holds (fontTools' subsetter, as
    Word's "embed only the characters used"), deflated; the subsetting time
    is CPU time in this process (docs/performance.md, "Fonts in the DOCX").

    python bench/docx_fonts.py build/hsn-bangkok-2006
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FACES = {"regular": "regular", "bold": "bold", "italic": "italic", "bold italic": "bold:italic"}


def font_file(family: str, face: str) -> Path | None:
    weight_slant = {
        "regular": ":weight=regular",
        "bold": ":weight=bold",
        "italic": ":slant=italic",
        "bold italic": ":weight=bold:slant=italic",
    }[face]
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", family + weight_slant], capture_output=True, text=True, check=False
    ).stdout.strip()
    return Path(found) if found else None


def document_text(docx: Path) -> str:
    """Every character the document can show: its text, headers and footers, and digits (page numbers)."""
    chars = set("0123456789")
    with zipfile.ZipFile(docx) as zf:
        for name in zf.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(zf.read(name))
                for t in root.iter(f"{{{W}}}t"):
                    chars.update(t.text or "")
    return "".join(sorted(chars))


def families(docx: Path) -> list[str]:
    with zipfile.ZipFile(docx) as zf:
        root = etree.fromstring(zf.read("word/fontTable.xml"))
    return [font.get(f"{{{W}}}name") for font in root.iter(f"{{{W}}}font")]


def deflated(data: bytes) -> int:
    return len(zlib.compress(data, 6))


def subset(path: Path, text: str) -> bytes:
    from fontTools import subset as ft_subset

    options = ft_subset.Options()
    options.name_IDs = ["*"]  # keep the names Word matches the embedded font by
    options.notdef_outline = True
    font = ft_subset.load_font(str(path), options)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def main() -> None:
    import logging

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset" for each DejaVu face
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a built event's folder (build/EVENT)")
    args = parser.parse_args()
    rows = []
    for docx in sorted(args.folder.glob("*.docx")):
        text = document_text(docx)
        full = subset_size = 0
        times = []
        faces = 0
        for family in families(docx):
            for face in FACES:
                path = font_file(family, face)
                if path is None:
                    continue
                faces += 1
                full += deflated(path.read_bytes())
                start = time.process_time()
                data = subset(path, text)
                times.append(time.process_time() - start)
                subset_size += deflated(data)
        size = docx.stat().st_size
        rows.append((docx.name, size, faces, len(text), full, subset_size, sum(times)))
    print("| document | DOCX now | faces | characters | + whole fonts | + subsets | subsetting CPU |")
    print("|---|---|---|---|---|---|---|")
    for name, size, faces, chars, full, sub, cpu in rows:
        print(
            f"| {name} | {size / 1024:.0f} kB | {faces} | {chars} | +{full / 1024:.0f} kB ({(size + full) / size:.0f}x) "
            f"| +{sub / 1024:.0f} kB ({(size + sub) / size:.1f}x) | {cpu:.2f} s |"
        )
    total = statistics.mean(r[5] for r in rows) / 1024
    print(f"\nmean subset cost per document: {total:.0f} kB", file=sys.stderr)


if __name__ == "__main__":
    main()
