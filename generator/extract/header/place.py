"""Whether words name a place (``is_place``): one to four capitalised words that are no person, no page's
link, no document, venue, region or office. Every reading that takes a place from the header asks it."""

from __future__ import annotations

import re

from ..countries import is_country, is_region
from ..dates import find_dates
from .capitals import _unshout
from .words import _DOCUMENT_WORDS, _NOT_COUNTRY, _VENUE, _WEEKDAY, EVENT_WORDS, HONORIFIC, ROLE_WORDS

_PLACE_WORDS = r"[A-Z][\w'’.\-]{0,40}(?:\s+[A-Z][\w'’.\-]{0,40}){0,3}"


def is_place(text: str) -> bool:
    """One to four capitalised words with no verb-like or organisational word: "Mexico City"."""
    raw = text.strip().rstrip(".")
    text = _unshout(text.strip())  # "UNITED NATIONS" is checked as "United Nations"
    tokens = text.strip().rstrip(".").split()
    if any(t.lower() in ("and", "&") for t in tokens):
        return is_country(text)  # "Trinidad and Tobago" is one place; "Afghanistan And Pakistan" two
    if not 1 <= len(tokens) <= 4:
        return False
    if HONORIFIC.match(text) or any(re.fullmatch(r"(\w)\1+", t, re.IGNORECASE) for t in tokens):
        return False  # "Mr. Speaker" is whom the statement addresses; "AAAA" is a page's placeholder
    if any(c.isdigit() for c in text):
        return False  # "G8", "COP17" over a blog's date line: a heading's acronym, no place has a digit
    if (len(tokens) >= 2 and re.fullmatch(r"[A-Z]\.", tokens[0])) or re.fullmatch(r"[A-Z]", raw):
        # "E. Lindqvist" after "the Foreign Minister of Estravia,": an initial opens a person's name ("K."
        # alone on a line is an initial too: no place has one letter)
        return False
    if _OFFICE_INITIALS.match(raw):
        return False  # "PM Lena Kost" beside a date: an office's initials, then the person holding it
    if re.fullmatch(r"[A-Z]{2,5}", raw) and not (_is_known_city(text) or is_country(text)):
        return False  # "SADC" on a line beside the date: an organisation's initials, not a city
    if not all(
        re.match(
            r"^(?:[A-Z][\w'’.\-]{0,40}|de|da|del|of|on|upon|am|an|la|le|sur|es|(?:el|al|es|ad|ar|as|en)-\w+)$",
            t,
        )
        for t in tokens
    ):
        return False
    if not tokens[0][:1].isupper() or find_dates(text) or EVENT_WORDS.search(text):
        return False
    if any(_WEEKDAY.match(t.strip(",.")) for t in tokens) or _VENUE.search(text):
        return False
    if any(re.search(r"(?<!^Mc)(?<!^Mac)[a-z][A-Z]", t) for t in tokens):
        return False  # "AuthorManning": a database's label run into a name
    if _DOCUMENT_WORDS.search(text) or _PAGE_OR_DOCUMENT_NAME.search(text):
        return False  # "Information Documents", "Press Releases", "Media Contacts": a page's section or link
    if is_region(text):
        return False  # "Europe", "Asia Pacific" in a site's menu or beside its date: a region, not a place
    if tokens[0].lower() == "the" and not is_country(text) and not _is_known_city(text):
        return False  # "The Full Story" beside a date: a page's link (places opening "The" are known ones)
    if any(t.lower().strip(",.") in _ADDRESSEES for t in tokens):
        return False  # "Distinguished Delegates" without its comma: an address, not a place
    if len(tokens) == 1 and tokens[0].lower().strip(":.") in _PAGE_LABELS:
        return False  # "Date" over "2012-10-16": a page's label
    return not _NOT_COUNTRY.search(text) and not ROLE_WORDS.search(text)


#: An office's initials before a person's name: "PM Lena Kost", "FM Ilka Varn", "EAM …", "UNSG …".
_OFFICE_INITIALS = re.compile(r"^(?:PM|FM|DPM|VP|SG|UNSG|EAM|SecGen|SecState)\.?\s+[A-Z][a-z]")


#: Words of a page's links and headings or of a document's name, never of a place: "Media Contacts", "In
#: Focus", "Printable Version", "Mongolia Brief" (a bulletin's name over its date), "Action Plan", "Joint
#: Declaration" (a document standing where a dateline's city would).
_PAGE_OR_DOCUMENT_NAME = re.compile(
    r"\b(?:contacts?|story|stories|focus|briefs?|briefing|version|printable|print|search|homepage|website|"
    r"subscribe|newsletter|bulletin|digest|headlines?|features?|opinion|editorial|comments?|links?|"
    r"sitemap|login|multimedia|podcasts?|rss|full|more|related|advertisement|menu|tags?|"
    # a page's buttons and boxes: "Share This", "Email This", "Back To List", "Leave A Reply", "Sign Up",
    # "Download PDF", "Most Popular", "In Pictures", "Audio"
    r"share|email|e-mail|bookmark|reply|later|popular|sign|log|download|pdf|pictures|audio|list|back|leave|"
    r"tweet|follow|next|previous|prev|"
    r"plan|declaration|report|agenda|charter|treaty|resolution|protocol|agreement|memorandum|"
    r"conclusions|minutes|"
    # a page's kind of text beside its date: "Speech · 3 March 2009", "Press Releases | 3 March 2009"
    r"speech|speeches|statements?|remarks|interviews?|news|releases?|transcripts?|articles?)\b",
    re.IGNORECASE,
)


def _is_known_city(text: str) -> bool:
    from ..city import is_known_city  # (city.py reads this package's words)

    return is_known_city(text)


#: A page's labels, each on a line of its own above its value ("Date / 2012-10-16 / Hit / 840").
_PAGE_LABELS = {
    "date",
    "time",
    "hit",
    "hits",
    "views",
    "author",
    "source",
    "category",
    "tags",
    "updated",
    "posted",
}

#: Words of the salutations a statement opens with: never a place or a name.
_ADDRESSEES = {
    "distinguished",
    "delegates",
    "excellencies",
    "excellency",
    "ladies",
    "gentlemen",
    "colleagues",
    "friends",
    "dear",
    "honourable",
    "honorable",
    "esteemed",
}
