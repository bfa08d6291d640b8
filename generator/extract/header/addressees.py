"""Name lines that do not name the speaker: an addressee list under the title, a news item's writer, a
site's menu. A name line is the speaker's only with something beside it that makes it so
(``_name_line_supported``)."""

from __future__ import annotations

import re

from ...content.speech import normalise_space
from ..dates import find_dates
from .line_shapes import _KIND_WORDS, _STATEMENT
from .words import _DOCUMENT_WORDS, HONORIFIC, ROLE_WORDS


def _writers_title(line: str) -> bool:
    """A short line that is a writer's title alone ("Staff Writer", "Our Special Correspondent", "Senior
    Reporter, Basin News Agency"): under a by-line, it says the name above wrote the item."""
    line = normalise_space(line).strip(" .,")
    return 0 < len(line.split()) <= 6 and bool(JOURNALIST.search(line)) and not find_dates(line)


#: Who writes a news item, not who speaks in it.
JOURNALIST = re.compile(
    r"\b(?:staff\s+writer|correspondent|reporter|journalist|editor|news\s+agency|news\s+desk|columnist|"
    r"contributor|staff)\b",
    re.IGNORECASE,
)


def _person_with_role(text: str) -> bool:
    """ "Rt Hon X Y, Prime Minister of Z", "X Y, Mayor of Z": a person, a comma, then their role."""
    styled = HONORIFIC.match(text.strip())
    name, comma, role = (styled["name"] if styled else text.strip()).partition(",")
    return bool(comma) and bool(ROLE_WORDS.search(" ".join(role.split()[:3]))) and 1 <= len(name.split()) <= 5


def _name_and_role_line(line: str, following: str) -> bool:
    """ "Lena Kost, Minister of Inland Affairs" on a line of its own names the speaker with their role, unless
    the next line is another of the same shape (an addressee list typed without commas at the ends)."""

    def shaped(text: str) -> bool:
        name, comma, role = text.partition(",")
        # (a role may open with a qualifier: "Assistant Secretary for …", "Acting Director of …")
        return bool(comma) and bool(ROLE_WORDS.search(" ".join(role.split()[:3]))) and len(name.split()) <= 5

    return (
        shaped(line)
        and not line.rstrip().endswith((",", ";"))
        and not (shaped(following) or HONORIFIC.match(following.strip()))
    )


def _name_line_supported(previous: str, following: str) -> bool:
    """A name on a line of its own, with no honorific, is the speaker's only beside what makes it so: a
    role on the next line ("Secretary of State"), or "Statement by" / "Remarks" on the line above. Alone,
    "Inland Trade" or "Photo Gallery" is a site's menu, not a person."""
    return bool(
        (
            ROLE_WORDS.search(" ".join(following.split()[:3]))
            and not following.rstrip().endswith(",")
            and not _DOCUMENT_WORDS.search(following)
        )
        or re.search(r"\bby:?$", previous, re.IGNORECASE)
        or (_STATEMENT.match(previous) and re.search(r"\bby\b", previous, re.IGNORECASE))
        or re.fullmatch(rf"(?:[\w'’\-]+\s+){{0,2}}{_KIND_WORDS}s?:?", previous.strip(), re.IGNORECASE)
    )
