"""Read the header of a statement: delivery note, title, occasion, speaker, role, date.

Headers come in a few shapes, and this package knows these:

    (Check against delivery)                 Statement by H.E. Mr. A. Name
    "Title in quotes"                        Minister for Foreign Affairs of X
    On the Occasion of 8th Meeting of        at the Twelfth Session of the …
    The Network, City                        City, 18 May 2007
    H.E. Name Surname
    Ambassador of X                          Remarks by Dr. Name, Role, at the
    in charge of Y                           Occasion, City, 2 February 2009

Lines of one block that run on ("… Meeting of" / "The Network") are joined
first; each joined line is then recognised by its form. What is not
recognised is kept in ``unused`` so the draft can show it.

``top_blocks`` finds the header's lines (``top``), ``parse_header`` reads them
(``parse``) into a ``Header`` (``facts``); each part it reads has a module of
its own, named after it (docs/extract.md lists them).
"""

from __future__ import annotations

from .parse import parse_header
from .top import top_blocks

__all__ = ["parse_header", "top_blocks"]
