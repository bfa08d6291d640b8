"""Headers typed in capitals, read in title case: names, roles and places are told apart by their capitals,
so a line in capitals is first written as prose would write it."""

from __future__ import annotations

_HEADER_SMALL = {"of", "the", "and", "for", "on", "in", "to", "at", "by", "de", "an", "a", "during"}


def _unshout_header(text: str) -> str:
    """A header in capitals, in title case so names, roles and places read as such.

    Short words that are abbreviations ("UN", "ASEAN", "G8") are kept as they are only
    when the statement itself spells them so elsewhere; here they are title-cased like
    the rest except the common ones below.
    """
    out = []
    for i, word in enumerate(text.split()):
        low = word.lower()
        if i and low in _HEADER_SMALL:
            out.append(low)
        elif word.rstrip(",.") in (
            "UN",
            "ASEAN",
            "EU",
            "NATO",
            "G8",
            "G20",
            "OSCE",
            "WTO",
            "IAEA",
            "NPT",
            "UNGA",
            "H.E.",
            "H.E",
            "AU",
            "OAS",
            "CD",
            "SADC",
        ):
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "de"}


def _unshout_name(name: str) -> str:
    """ "KAI RALA DORN" → "Kai Rala Dorn": a name all in capitals says nothing of which part is the surname;
    "KANG Min-jun" or "Piet VAN DER ZEE", in capitals in part, keep them as printed."""
    if not name.isupper() or not any(c.isalpha() for c in name):
        return name
    return _unshout_header(name)


def _unshout(text: str) -> str:
    """ "UNITED PROVINCES OF ESTRAVIA" → "United Provinces of Estravia"; other text unchanged."""
    if not text.isupper():
        return text
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def _sentence_case(text: str) -> str:
    if text.isupper():
        text = text.lower()
    return text[:1].upper() + text[1:]
