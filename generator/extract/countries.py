"""Country and territory names in English, from babel's CLDR data (already a dependency for dates).

A header's capitalised words before a role ("New Zealand Foreign Minister …", "Costa Rica
Minister of …") say whose role it is; they must never be taken for a person's name. The
names are CLDR's, so the list is kept by the people who keep that data, not here.
"""

from __future__ import annotations

from functools import lru_cache

#: Short and long forms statements use that CLDR does not list under its English names.
_EXTRA = {
    "united states of america",
    "the united states",
    "russian federation",
    "republic of korea",
    "korea",
    "people's republic of china",
    "the netherlands",
    "the philippines",
    "great britain",
    "holy see",
    "palestine",
    "viet nam",
    "europe",
    "africa",
    "asia",
    "latin america",
    # official long forms statements use where CLDR has a short one ("Congo - Kinshasa", "Iran")
    "democratic republic of the congo",
    "democratic republic of congo",
    "republic of the congo",
    "congo",
    "islamic republic of iran",
    "islamic republic of afghanistan",
    "islamic republic of pakistan",
    "united republic of tanzania",
    "syrian arab republic",
    "lao people's democratic republic",
    "democratic people's republic of korea",
    "republic of moldova",
    "plurinational state of bolivia",
    "bolivarian republic of venezuela",
    "federated states of micronesia",
    "brunei darussalam",
    "ivory coast",
    "cote d'ivoire",
    "côte d'ivoire",
    "the gambia",
    "the bahamas",
    "burma",
    "swaziland",
}


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    from babel import Locale

    names = {
        name.lower().replace("&", "and") for code, name in Locale("en").territories.items() if code.isalpha()
    }
    return frozenset(names | _EXTRA)


def is_country(text: str) -> bool:
    """ "New Zealand", "south africa", "Bosnia and Herzegovina": a country's or territory's name."""
    return " ".join(text.replace("’", "'").split()).lower().strip(" ,.") in _names()
