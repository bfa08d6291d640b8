"""Baseline: bare WeasyPrint rendering HTML files to PDF one after another in one process.

This is what a user would get by handing our HTML to WeasyPrint directly;
the import is part of the time, as it is for a whole `briefkit build`.

    python bench/bare_weasyprint.py build/<event>/*.html
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(paths: list[str]) -> None:
    import weasyprint

    for name in paths:
        path = Path(name).resolve()
        weasyprint.HTML(filename=str(path), base_url=str(path.parent) + "/").render().write_pdf()


if __name__ == "__main__":
    main(sys.argv[1:])
