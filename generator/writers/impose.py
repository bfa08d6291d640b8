"""Handout imposition: several copies of each page side by side on one sheet.

Printing 50 sheets of an A5 fact sheet imposed two to an A4 sheet, then
cutting them in half, gives 100 handouts; each sheet carries copies of the
same page, so duplex printing keeps fronts and backs together.
"""

from __future__ import annotations

import io

from ..errors import BuildError

#: Copies per sheet → (columns, rows).
GRIDS = {2: (2, 1), 4: (2, 2)}


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
        sheet = PageObject.create_blank_page(width=width * cols, height=height * rows)
        for i in range(copies):
            col, row = i % cols, i // cols
            offset = Transformation().translate(tx=col * width, ty=(rows - 1 - row) * height)
            sheet.merge_transformed_page(page, offset)
        writer.add_page(sheet)
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if isinstance(v, str)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
