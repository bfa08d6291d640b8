"""Lines of a web page that are not the statement: navigation, sign-in, share buttons, captions.

A statement copied from its page (or saved as HTML) brings the page along:
the site's name and section ("Historical archive", "Speeches"), a breadcrumb
trail, "Skip to main content", sign-in and pricing links, a language
switcher, photo captions, "Share | Tweet | Print", "Page top", a blog's
"No comments:". Whole lines made only of such words are dropped; the draft
lists every dropped line in its header comment so a person sees what went.

Two strengths: lines that are furniture wherever they stand (``anywhere``),
and lines that are furniture only above the statement's first sentence
(``top``: a single "Speech" or "Welcome" there is a page's section name,
while further down a one-word line may be a heading of the statement).
"""

from __future__ import annotations

import re

from .readers.blocks import is_salutation

_NAV_PHRASES = (
    r"home|home ?page|menu|main menu|search|search this site|sign ?in|sign ?up|log ?in|log ?out|register|"
    r"subscribe|newsletter|plans?(?: (?:&|and) pricing)?|pricing|learning cent(?:er|re)|help cent(?:er|re)|"
    r"contact(?: us)?|about(?: us)?|site ?map|skip to (?:main )?content|skip navigation|skip to navigation|"
    r"jump to (?:main )?content|page top|top of (?:the )?page|back to (?:top|index|list|the list|previous page)|"
    r"return to (?:top|index)|to top|\W*top|print(?: this page| version| friendly version)?|"
    r"share(?: this(?: page| article| story)?)?(?: on \w+)?|tweet|e-?mail(?: this(?: page)?)?|"
    r"send to a friend|bookmark|rss(?: feed)?|facebook|twitter|x|linkedin|whatsapp|youtube|instagram|"
    r"cookies?(?: policy| settings)?|privacy(?: policy)?|terms(?: of use)?|accessibility|copyright.*|©.*|"
    r"no comments?:?|post a comment|newer post|older post|read more|related (?:articles|links|news|content)|"
    r"tags?:.*|posted by .*|posted on .*|last (?:updated|modified|reviewed)(?: on)?:? .*|"
    r"published under:? .*|publisher:? .*|font size.*|text size.*|a ?a ?a|"
    r"you are here(?:\s*[:>›»].*)?|previous|next|previous article|next article|view all|more news|back|"
    r"link to this:? .*|"
    r"page last (?:updated|modified):? .*|print friendly.*|bookmark(?: (?:and|&) share)?|"
    r"follow us(?: on \w+)?|subscribe to (?:our |the )?[\w ]{1,30}|all rights reserved\.?|"
    r"download(?: this| the)?(?: pdf| speech| statement| document| file)?(?: \([^)]*\))?|"
    r"listen to (?:the|this) (?:speech|statement|audio)|watch (?:the|this) video|view (?:photos|gallery|video)|"
    r"next article\s*[»›>]?|[«‹<]\s*previous(?: article)?|"
    # a listing's or a forum's controls: "Filter", "Clear All", "Collapse", "Sort by date", "Show all"
    r"filters?|clear(?: all| filters?)?|collapse(?: all)?|expand(?: all)?|sort by.*|show (?:all|more|less)"
)
_NAV_LINE = re.compile(rf"^(?:{_NAV_PHRASES})$", re.IGNORECASE)
_NAV_ITEM = re.compile(rf"^(?:{_NAV_PHRASES})$", re.IGNORECASE)
#: "(photo) State Secretary X greets …", "Photo: …", "[Photo credit …]".
_CAPTION = re.compile(
    r"^[(\[]?\s*(?:photo|photograph|picture|image|video)(?:\s+(?:credit|courtesy|by))?\s*"
    r"(?:[)\]:]|\s[-–—]\s|\s+\d+\s*[)\]:])",
    re.IGNORECASE,
)
#: A caption told by its end or its marks: "… April 13, 2011. [Photo/Agencies]", "… (Photo: Basin Wire)",
#: "Medvedev (3rd L) holds talks with Hu (2nd R) …", "X (L) and Y (R) at the talks".
_CAPTION_END = re.compile(
    r"[(\[]\s*(?:photo|photograph|picture|image)s?(?:\s*(?:/|:|by)\s*[^)\]]{1,40})?\s*[)\]]\s*\|?\s*$",
    re.IGNORECASE,
)
#: The longest line a caption's marks make furniture. A longer one is a paragraph that opens or closes with
#: a caption, as a page copied into one paragraph does ("Photo by: X. Foreign Minister Y addresses
#: reporters … [two thousand characters of the article]"): dropping it dropped the whole statement.
_CAPTION_WORDS = 60
_PLACE_IN_PHOTO = re.compile(r"\(\d(?:st|nd|rd|th)\s+(?:from\s+)?[LR]\)")
_SIDE_IN_PHOTO = re.compile(r"\((?:L|R|C)\)")
#: "(The Address translated to French)": links to translations of the page.
_TRANSLATED = re.compile(
    r"^\(?(?:the\s+)?(?:\w+\s+)?(?:translated|translation)\s+(?:in)?to\s+\w+\)?\.?$|"
    r"^\(?(?:read|see|view|download)\s+(?:this|the)\s+\w+\s+in\s+\w+\)?\.?$",
    re.IGNORECASE,
)
_LANGUAGES = {
    "english",
    "français",
    "francais",
    "french",
    "español",
    "espanol",
    "spanish",
    "deutsch",
    "german",
    "русский",
    "russian",
    "العربية",
    "عربي",
    "arabic",
    "中文",
    "chinese",
    "日本語",
    "japanese",
    "italiano",
    "português",
    "portugues",
    "nederlands",
    "한국어",
    "polski",
    "türkçe",
    "svenska",
    "norsk",
    "dansk",
    "suomi",
    "en",
    "fr",
    "es",
    "de",
    "ru",
    "ar",
    "zh",
    "ja",
    "it",
    "pt",
    "nl",
    "ko",
    "pl",
}
#: "Home > Policy > Human Security", "Home / Speeches / 2011" at the top of a copied page.
_BREADCRUMB = re.compile(r"^[^>›»/]{1,60}(\s[>›»/]\s[^>›»/]{1,60}){1,6}$")
_SEPARATORS = re.compile(r"\s*(?:\||·|•|/|\s{2,})\s*")
#: Words of a site's section names: "Historical archive", "Embassy Archives What's New/Press Releases".
_SECTION_WORDS = {
    "welcome",
    "home",
    "news",
    "newsroom",
    "press",
    "room",
    "releases",
    "release",
    "speeches",
    "speech",
    "statements",
    "statement",
    "archive",
    "archives",
    "historical",
    "embassy",
    "what's",
    "whats",
    "new",
    "media",
    "centre",
    "center",
    "latest",
    "updates",
    "update",
    "articles",
    "article",
    "mission",
    "and",
    "&",
    "-",
    "–",
    "events",
    "highlights",
    "briefings",
    "transcripts",
    "remarks",
    "documents",
    "library",
    "resources",
    "topics",
    "policy",
    "blog",
    "posts",
    "post",
    "category",
}
_NUMERIC_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")


def anywhere(line: str) -> bool:
    """A line that is page furniture wherever it stands."""
    text = " ".join(line.split())
    if not text:
        return False
    if _NAV_LINE.match(text) or _TRANSLATED.match(text):
        return True
    if len(text.split()) <= _CAPTION_WORDS and (
        _CAPTION.match(text)
        or _CAPTION_END.search(text)
        or _PLACE_IN_PHOTO.search(text)
        or len(_SIDE_IN_PHOTO.findall(text)) >= 2
    ):
        return True
    items = [i for i in _SEPARATORS.split(text) if i]
    if (
        len(items) >= 2
        and all(_NAV_ITEM.match(i) or i.lower() in _LANGUAGES or i.lower() in _SECTION_WORDS for i in items)
        and any(_NAV_ITEM.match(i) for i in items)
    ):
        return True  # "Print | Share | Top of page", "English Français Español", "Home | About | Statements"
    words = text.replace("|", " ").split()
    return len(words) >= 2 and all(w.lower() in _LANGUAGES for w in words)


_WEEKDAY_ROW = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?\s*){3,7}$", re.IGNORECASE)
_NUMBER_ROW = re.compile(r"^(?:[-+]?\d{1,3}\s*(?:°\s*[CF]?|%)?\s+){2,9}[-+]?\d{1,3}\s*(?:°\s*[CF]?|%)?$")


def widget(line: str) -> bool:
    """A calendar's or a weather box's row: "Mon Tue Wed Thu Fri", "27 28 29 24 27"."""
    text = " ".join(line.split())
    return bool(_WEEKDAY_ROW.match(text) or _NUMBER_ROW.match(text))


def repeated(lines: list[str], limit: int = 40, times: int = 3) -> set[int]:
    """The indices of lines said three times or more among a page's first lines: a site's name over each
    box, a widget's date under each city. A statement's header says each thing once."""
    seen: dict[str, list[int]] = {}
    counted = 0
    for n, raw in enumerate(lines):
        text = " ".join(raw.split())
        if not text:
            continue
        seen.setdefault(text, []).append(n)
        counted += 1
        if counted >= limit:
            break
    # ("Mr. President," said at every turn of a speech is the statement's own line, never a site's)
    return {
        n for text, found in seen.items() if len(found) >= times and not is_salutation(text) for n in found
    }


def top(line: str, following: str = "") -> bool:
    """A line that is page furniture above the statement: a section name, a breadcrumb, a page stamp.

    ``following`` is the next line: "Statement" above "by H.E. Mr. X" is the header, not a section name.
    """
    text = " ".join(line.split())
    if re.match(r"^(?:by|of|delivered|made|given)\b", following.strip(), re.IGNORECASE):
        return False
    if _BREADCRUMB.match(text) and not re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", text):
        return True
    words = [w for w in re.split(r"[\s/|]+", text.lower().strip(" -–—:")) if w]
    if not words or len(words) > 8:
        return False
    # "08.09.2008 - Speech": a page's date stamp and section.
    rest = [w for w in words if not _NUMERIC_DATE.match(w)]
    return (
        bool(rest)
        and all(w.strip(":,.") in _SECTION_WORDS for w in rest)
        and (len(rest) < len(words) or len(words) <= 6)
    )


#: A statement's header line that a menu never has: a kind of statement with its speaker, an honorific,
#: a dateline's year, a delivery note.
_HEADER_MARK = re.compile(
    r"^(?:statement|remarks|address|speech|intervention|message|keynote|lecture)\s+(?:by|of|delivered)\b|"
    r"^(?:H\.\s?E\.|His |Her |Mr\.?\s|Mrs\.?\s|Ms\.?\s|Dr\.?\s|Ambassador\s|The Hon|Hon\.|Sir\s|Dame\s)|"
    r"\b(?:19|20)\d\d\b|check against delivery|^by\b|"
    # a role line or a kind of statement alone: "Secretary of State", "Remarks"
    r"\b(?:minister|secretary|ambassador|representative|spokes\w+|director|commissioner|chair(?:man|person)?)\b|"
    r"^(?:statement|remarks|address|speech|intervention|keynote|lecture|transcript|press release)$|"
    # a release's or speech's number: "SPEECH/ 09/303", "IP/10/12"
    r"^[A-Z]{2,8}\s*/\s*\d{2,4}\s*/\s*\d{1,5}$",
    re.IGNORECASE,
)


def menu(lines: list[str], min_items: int = 7) -> set[int]:
    """The indices of a site's menu at the top of a page: seven or more short capitalised lines in a row
    (blank lines between them allowed) before any sentence, none of them a header's line ("Statement by",
    an honorific, a year, a delivery note). "About the Embassy / Official Statements / Consular Issues /
    Country Profile / …" is a menu; a stacked header has a date, a "by" or an honorific among its lines."""
    run: list[int] = []
    for n, raw in enumerate(lines):
        text = " ".join(raw.split())
        if not text:
            continue
        short = (
            len(text.split()) <= 6 and len(text) <= 45 and not text.endswith((",", ".", ";", ":", "!", "?"))
        )
        if short and text[:1].isupper() and not _HEADER_MARK.search(text):
            run.append(n)
            continue
        break  # the first line that is not a menu item ends the top of the page
    return set(run) if len(run) >= min_items else set()
