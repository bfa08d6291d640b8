"""Handout imposition: several copies of each page side by side on one sheet.

Printing 50 sheets of an A5 fact sheet imposed two to an A4 sheet, then
cutting them in half, gives 100 handouts; each sheet carries copies of the
same page, so duplex printing keeps fronts and backs together.
"""

from __future__ import annotations

import io

from ...errors import BuildError

#: Copies per sheet → (columns, rows).
GRIDS = {2: (2, 1), 4: (2, 2)}
#: Standard sheets (points, either way round): copies of an A5 page go on an
#: A4 sheet, not on one 1 mm short of it.
SHEETS = [(595.28, 841.89), (841.89, 1190.55), (419.53, 595.28), (612, 792), (792, 1224)]


def _sheet_for(width: float, height: float) -> tuple[float, float]:
    """The smallest standard sheet that holds width × height within 2 %, else exactly that."""
    for a, b in SHEETS:
        for w, h in ((a, b), (b, a)):
            if width <= w <= width * 1.02 and height <= h <= height * 1.02:
                return w, h
    return width, height


def impose_copies(pdf: bytes, copies: int) -> bytes:
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    if copies not in GRIDS:
        raise BuildError(f"--copies-per-sheet must be one of {', '.join(map(str, GRIDS))}, not {copies}.")
    cols, rows = GRIDS[copies]
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        width = float(page.mediabox.width)
        height = float(page.mediabox.height)
        sheet_w, sheet_h = _sheet_for(width * cols, height * rows)
        sheet = PageObject.create_blank_page(width=sheet_w, height=sheet_h)
        # Spread the spare millimetre into equal gutters, so every copy cuts the same.
        gap_x = (sheet_w - width * cols) / (cols + 1)
        gap_y = (sheet_h - height * rows) / (rows + 1)
        for i in range(copies):
            col, row = i % cols, i // cols
            offset = Transformation().translate(
                tx=gap_x + col * (width + gap_x), ty=gap_y + (rows - 1 - row) * (height + gap_y)
            )
            sheet.merge_transformed_page(page, offset)
        writer.add_page(sheet)
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if isinstance(v, str)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
