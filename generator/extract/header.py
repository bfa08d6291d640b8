"""Read the header of a statement: delivery note, title, occasion, speaker, role, date.

Headers come in a few shapes, and this module knows these:

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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..content.partial_date import DatePoint, PartialDate
from ..content.speech import normalise_space
from .countries import is_country, is_region
from .dates import DateMention, exact_days, find_dates, in_english
from .readers.blocks import is_salutation

_DELIVERY = re.compile(
    r"check against delivery|as delivered|embargo|unofficial translation|provisional translation|"
    r"translation from|original:",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[\"“‘'](?P<t>.+?)[\"”’']\s*[.,]?$")
_KIND_WORDS = (
    r"(?:statement|remarks|address|speech|intervention|presentation|message|keynote|lecture|toast|letter|declaration|"
    r"briefing|press\s+conference|interview)"
)
_STATEMENT = re.compile(
    r"^(?P<kind>(?:opening |closing |keynote |welcoming |introductory |national )?"
    rf"{_KIND_WORDS})\b"
    r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?"
    r"(?:\s+(?:delivered\s+|made\s+|given\s+)?(?:by|of|from)\b)?(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Policy Speech by …", "Foreign Policy Address by …": a few words before the kind, then "by".
_PREFIXED_STATEMENT = re.compile(
    rf"^(?P<pre>(?:[\w'’\-]+:?\s+){{1,4}}?)(?P<kind>{_KIND_WORDS})\s+(?:delivered\s+|made\s+|given\s+)?by\s+"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Regular Press Conference of Foreign Ministry Spokesperson X on July 20, 2012": a briefing "of" its giver
#: (also after a summary's words: "Main points from weekly press conference of Spokesman X").
_BRIEFING_OF = re.compile(
    r"^(?P<pre>(?:[\w'’\-]+\s+){1,4}?)(?P<kind>press\s+conference|briefing)\s+of\s+(?P<rest>[A-Z].*)$",
    re.IGNORECASE,
)
#: "Policy Statement on the Basin Council by Federal Foreign Minister X in the …": a subject, then "by".
_TITLED_STATEMENT = re.compile(
    rf"^(?P<pre>(?:[\w'’\-]+\s+){{0,3}}?)(?P<kind>{_KIND_WORDS})\s+(?:on|at|to|before|for|about)\s+"
    r"(?P<subject>[^,;]{3,100}?)\s+by\s+(?P<rest>(?:the\s+)?(?:[A-Z]|H\.E).*)$",
    re.IGNORECASE,
)
#: "H.E. Mr. X, Minister of …: Statement at the …", "Foreign Secretary X: speech at the …".
_NAMED_STATEMENT = re.compile(
    rf"^(?P<who>[^:]{{4,160}}):\s*(?P<kind>{_KIND_WORDS})\b(?P<rest>.*)$", re.IGNORECASE
)
#: "President Gloria Macapagal-Arroyo's Speech …": the speaker before the kind.
_POSSESSIVE_STATEMENT = re.compile(
    rf"^(?P<who>.+?)(?:['’]s|(?<=s)['’])\s+(?:(?:opening|closing|keynote|welcoming|inaugural|full|full-text|"
    rf"complete|official|prepared|regular|weekly|annual|new\s+year|"
    # ("X's Policy Statement", "X's Farewell Address", "X's Televised Address to the Nation")
    rf"policy|farewell|introductory|concluding|valedictory|acceptance|budget|televised|video|recorded|"
    rf"special|written|final|congratulatory|condolence|anniversary|independence\s+day|christmas|"
    rf"national\s+day|lecture)\s+){{0,2}}(?P<kind>{_KIND_WORDS})\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$",
    re.IGNORECASE,
)
#: Words of a role or a title, not of a name: "Minister for Foreign Affairs", "External Affairs Minister".
ROLE_VOCABULARY = {
    "minister",
    "ministers",
    "foreign",
    "affairs",
    "external",
    "federal",
    "prime",
    "deputy",
    "vice",
    "state",
    "secretary",
    "secretary-general",
    "under-secretary-general",
    "president",
    "ambassador",
    "permanent",
    "representative",
    "chairman",
    "chairperson",
    "chair",
    "chairwoman",
    "director",
    "director-general",
    "envoy",
    "special",
    "high",
    "commissioner",
    "head",
    "of",
    "for",
    "the",
    "and",
    "to",
    "general",
    "assembly",
    "delegation",
    "governor",
    "mayor",
    "senator",
    "spokesperson",
    "spokesman",
    "king",
    "queen",
    "chancellor",
    "emir",
    "premier",
    "counsellor",
    "counselor",
    "adviser",
    "advisor",
    "chief",
    "executive",
    "acting",
    "senior",
    "minister-president",
    "cabinet",
    "parliamentary",
    "member",
    "h.e.",
    "h.e",
    "his",
    "her",
    "excellency",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "dr.",
    "dr",
    "prof.",
    "professor",
    "hon.",
    "honourable",
    "honorable",
    "rt.",
    "right",
    "sir",
    "shri",
    "hon'ble",
    "hon’ble",
    "lyonchhen",
    "lyonpo",
    "dasho",
    "councillor",
    "councilor",
    "chairperson-in-office",
    "chairman-in-office",
    "smt",
    "shrimati",
    "yb",
    "y.b.",
    "yab",
    "y.a.b.",
    "tun",
    "sheikh",
    "sheikha",
    "shaikh",
    "hrh",
    "lord",
    "baroness",
    "madame",
    "mme.",
    "mme",
    "smt.",
    "amb.",
    "dame",
    "madam",
    "co-chair",
    "rapporteur",
    "coordinator",
    "undersecretary",
    "under-secretary",
    "administrator",
    "commission",
    "council",
    "nations",
    "united",
    "republic",
    "kingdom",
    "government",
    "ministry",
    "trade",
    "defence",
    "defense",
    "finance",
    "development",
    "cooperation",
    "international",
    "relations",
    # organisations a role belongs to: "UN Secretary-General", "EU High Representative", "U.S. Secretary of State"
    "un",
    "u.n.",
    "eu",
    "e.u.",
    "nato",
    "asean",
    "au",
    "wto",
    "osce",
    "unesco",
    "us",
    "u.s.",
    "uk",
    "u.k.",
    "environment",
    "health",
    "education",
    "justice",
    "interior",
    "agriculture",
    "energy",
    "economy",
}
#: Where a name ends in a "… by X at the …" line.
_NAME_STOP = {"at", "in", "on", "during", "to", "before", "for", "of", "at,", "in,", "on,"}
_OCCASION_START = re.compile(
    r"^(?:on the occasion of(?: the)?|delivered at(?: the)?|at the|to the|before the|during the|"
    r"at|to)\s+(?=\S)",
    re.IGNORECASE,
)
# ", at the …" splits a one-line header; without the comma only the unambiguous
# markers do ("to the United Nations" is part of a role).
_OCCASION_SPLIT = re.compile(
    r",\s*(?:on the occasion of(?: the)?|at the|at an?|to the|before the|during the|at)\s+(?=[A-Z0-9])"
    # ", at the open debate of …": after a comma "at the" starts the occasion, whatever its case
    r"|,\s*(?:at|during)\s+(?:the|an?)\s+(?=[a-z][\w\-]*\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:meeting|debate|session|conference|summit|dialogue|forum|segment|event|ceremony|dinner|lunch"
    r"|luncheon|reception|consultations?)\b)"
    r"|,\s*(?:at|during)\s+the\s+(?=(?:opening|closing|launch|inauguration|start|end)\b)"
    r"|\s+(?:on the occasion of(?: the)?|at the|at an?|during the|before the)\s+(?=[A-Z0-9])"
    r"|\s+(?:at|during)\s+the\s+(?=(?:opening|closing|inauguration)\s+of\b)"
)
EVENT_WORDS = re.compile(
    r"\b(meeting|conference|session|summit|dialogue|forum|assembly|council|symposium|seminar|"
    r"workshop|congress|debate|consultations?|retreat|round ?table|convention|ceremony|"
    r"colloquium|hearing|launch)\b",
    re.IGNORECASE,
)
HONORIFIC = re.compile(
    r"^(?P<h>(?:(?:H\.\s?E\.|His Excellency|Her Excellency|(?:The )?Rt\.? Hon\.?|(?:The )?Right Hon(?:ou?rable)?\.?|The Right Honou?rable|"
    r"The Honou?rable|The Hon\.?|Hon\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|Ambassador|Amb\.|Sir|"
    r"Dame|Senator|Sen\.|Rev\.|Judge|Justice|Datuk Seri|Dato['’] Sri|Dato['’] Seri|Tan Sri|Datuk|Dato['’]|"
    # Malaysian and Bruneian styles in full ("Yang Berhormat Datuk Seri Panglima", "Pehin Dato"), a style
    # in capitals without its stops ("HE Sheikh …"), the Cambodian "Samdech Akka Moha Sena Padei Techo"
    r"Yang\s+(?:Amat\s+)?Berhormat|Yang\s+(?:Amat\s+)?Mulia|Panglima|Utama|Dato(?=\s)|HE(?=\s+[A-Z])|"
    r"Akka\s+Moha\s+Sena\s+Padei\s+Techo|Akka\s+Moha\s+(?:Thamma\s+Pothisal|Ponhea\s+Chakrei)|Techo|"
    # Malaysian, Indian and Arab styles, royal and peers' titles, Madam/Madame for a woman
    r"Y\.?A\.?B\.?|Y\.?B\.?|Tun|Toh Puan|Puan|Shri|Smt\.?|Shrimati|Sheikh|Sheikha|Shaikh|"
    r"H\.\s?R\.\s?H\.|HRH|His Royal Highness|Her Royal Highness|His Highness|Her Highness|H\.\s?H\.|"
    r"His Majesty|Her Majesty|Lord|Lady|Baroness|Baron|Madam|Madame|Mme\.?|Mlle\.?|Excellency|"
    r"Hon['’]ble|Lyonchhen|Lyonpo|Dasho|[Tt]he Honou?rable|[Tt]he Hon\.?|(?:The )?Rt\.? Honou?rable|"
    # clergy, military ranks in two words, and West African, Cambodian and Bruneian styles
    r"Archbishop|Cardinal|Monsignor|Msgr\.|Bishop|(?:Lieutenant|Lt\.?|Major|Maj\.|Brigadier) Gen(?:eral|\.)|"
    r"Alhaji|Alhaja|Samdech|Pehin|"
    # an engineer's, an architect's or a graduate's style ("HE Eng. X", "Ing. X", "Ir. X", "Lic. X"), an
    # academic rank, and military ranks ("Lt. Col. X", "Rear Admiral X", "Field Marshal X")
    r"Eng\.|Engr\.?|Ing\.|Ir\.|Arch\.|Arq\.|Lic\.|Licda\.|Dipl\.[\s-]?Ing\.|Dr\.[\s-]?Ing\.|Assoc\. Prof\.|"
    r"(?:Associate|Assistant) Professor|Academician|(?:Air Chief |Field )?Marshal(?= [A-Z][a-z]+ [A-Z])|"
    r"(?:Vice |Rear )?Admiral|Adm\.|Commodore|Brigadier|Brig\.|(?:Lieutenant |Lt\.? ?)?Col(?:onel|\.)|"
    r"Capt\.|Captain|Cdr\.|"
    # royal titles before a given name ("Her Royal Highness Princess X", "His Majesty King X")
    r"Crown Prince|Crown Princess|Prince|Princess|King|Queen|Grand Duke|Grand Duchess|Emir|Sultan)\s+)+)"
    r"(?P<name>\S.*)$"
)
ROLE_WORDS = re.compile(
    r"\b(minister|ambassador|representative|secretary|president|director|envoy|chair\w*|head|"
    r"commissioner|delegate|deputy|advis[eo]r|coordinator|governor|mayor|spokes\w+|special|"
    r"chief|undersecretary|under-secretary|permanent|counsellor|counselor|officer|member|premier|chancellor)\b",
    re.IGNORECASE,
)
#: Roles that speak for a country: their "of X" names it.
_STATE_ROLE = re.compile(
    r"\b(minister|ambassador|representative|envoy|president|prime minister|delegation|delegate|"
    r"head of state|chancellor|king|queen|emir|deputy|vice)\b",
    re.IGNORECASE,
)
_COUNTRY = re.compile(
    r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]{0,40}(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]{0,40})*)"
)
_NOT_COUNTRY = re.compile(
    r"\b(Nations|Union|Organi[sz]ation|Office|Ministry|Department|Commission|Council|Network|"
    r"Secretariat|Bank|Fund|Agency|Programme|Program|Committee|Group|Forum|Association|"
    r"Institute|University|Foundation|Centre|Center|Affairs|Security|Development|Cooperation|"
    # a minister's portfolio: "Deputy Minister of Environment and Water"
    r"Environment|Water|Finance|Economy|Trade|Industry|Health|Education|Justice|Defen[cs]e|Interior|"
    r"Agriculture|Energy|Transport|Labou?r|Culture|Tourism|Planning|Science|Technology|Fisheries|"
    r"Foreign|Home|State|Women|Youth|Sport|Communications?|Infrastructure|Housing|Finance|"
    r"Relations|Information|Policy|Resources|Welfare|Diplomacy|"
    # a news outlet: "Antara News, Friday, …"
    r"News|Times|Post|Herald|Daily|Online|Radio|Television|TV|Gazette|Tribune|Journal|Weekly|Wire|Press|"
    # a site's section: "English Pages, 7. 5. 2009"
    r"Pages?|Site|Website|Portal|Archives?|Section)\b"
)
#: Styles that stand between a role and a name: "Prime Minister Datuk Seri X".
_STYLE_AFTER_ROLE = re.compile(r"(?<=\s)(?P<s>Datuk Seri|Dato['’] Sri|Dato['’] Seri|Tan Sri)\s+(?=[A-Z])")
#: Letters after a name, not part of it: "David Ardent MP", "Lena Varg QC".
_POST_NOMINAL = {
    "mp",
    "mep",
    "qc",
    "kc",
    "mla",
    "msp",
    "td",
    "obe",
    "mbe",
    "cbe",
    "kcmg",
    "gcmg",
    "phd",
    # the other orders' letters: "Dame X Y DBE", "Sir X Y KBE", "X Y CMG"
    "dbe",
    "kbe",
    "gbe",
    "cmg",
    "kcb",
    "gcb",
    "kcvo",
    "gcvo",
    "lvo",
    "cvo",
    "mvo",
}
#: Words of a page's section or a document, never of a person's name: "Ministerial Statements".
_DOCUMENT_WORDS = re.compile(
    r"\b(?:statements?|speeches|remarks|news|releases?|archives?|updates|documents|transcripts|notes|"
    r"meetings?|ministerials?|symbol|logo|content|summary|communiqu[eé]|"
    # an office, not a person: "INFORMATION AND PRESS DEPARTMENT"
    r"department|division|directorate|bureau|secretariat|agency|press|information|services?|unit|"
    # a site's menu: "Consular Issues", "Kazakhstan Profile", "Photo Gallery"
    r"issues|profile|overview|gallery|photos?|videos?|travel|travelling|consular|visas?|"
    # a newspaper's by-line that names no one: "By Staff Reporter", "By Our Correspondent"
    r"reporter|correspondent|staff|editor|desk|writer)\b",
    re.IGNORECASE,
)
#: Cities that seat governments and international bodies: on a letterhead line of their own they say
#: where, never who ("Permanent Mission of X / to the United Nations / New York").
SEAT_CITIES = {
    "new york",
    "geneva",
    "vienna",
    "brussels",
    "nairobi",
    "addis ababa",
    "the hague",
    "paris",
    "rome",
    "washington",
    "washington, d.c.",
    "strasbourg",
    "jakarta",
    "bangkok",
    "ottawa",
    "canberra",
    "london",
    "berlin",
    "tokyo",
    "beijing",
    "moscow",
    "new delhi",
    "pretoria",
    "manila",
    "oslo",
    "wellington",
    "singapore",
    "islamabad",
    "luxembourg",
    "montreal",
    "kuala lumpur",
}
#: A role ends in one of these: "Foreign Minister", "Permanent Representative", not "… International Trade".
TITLE_END = re.compile(
    r"(?:minister|secretary(?:-general)?|president|ambassador|representative|chairman|chairperson|chair|"
    r"chairwoman|director(?:-general)?|envoy|commissioner|governor|mayor|senator|spokesperson|spokesman|"
    r"king|queen|chancellor|emir|premier|counsell?or|advis[eo]r|head|coordinator|administrator|"
    r"rapporteur|co-chair|under-secretary-general|minister-president)$",
    re.IGNORECASE,
)
_CAP_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*|de|da|van|von|der|den|ter|ten|zu|bin|binti|bint|ibn|ould|al-\w+|el-\w+|la|le|"
    r"du|dos|del|della|y|"
    r"[dl]['’][A-ZÀ-ÖØ-Þ][\w'’\-]*)$"  # "d'Escoto", "l'Estrange"
)
_CONNECTOR_END = re.compile(r"\b(of|on|the|for|and|to|in|at|by|de|with)$", re.IGNORECASE)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL = re.compile(
    r"^(?:the\s+)?(?P<o>\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)-)?(?:" + "|".join(_ORDINALS) + r"))\b\s*",
    re.IGNORECASE,
)


@dataclass
class Header:
    """What the header says, each field None when it says nothing about it."""

    delivery_note: str | None = None
    title: str | None = None
    #: "Statement", "Remarks" … from a "Statement by …" line.
    kind: str | None = None
    occasion: str | None = None
    event_name: str | None = None
    #: The occasion's line is a sentence (a news item's headline): the name is the meeting it names, or None.
    event_name_from_headline: bool = False
    series: str | None = None
    number: int | None = None
    place: str | None = None
    honorific: str | None = None
    speaker: str | None = None
    role: str | None = None
    country: str | None = None
    date: DatePoint | None = None
    #: The paragraph the place was read from, when the header does not give it ("We are assembled in …").
    place_paragraph: int | None = None
    #: A venue named where a city would be ("Lakeside Hall, Tuesday, June 17, 2008"): not a place (a place is a
    #: city, or a country when that is all the text gives), shown to the person who sets the place.
    venue: str | None = None
    #: The place said with the date ("Manila, 30 July 2007"): such a dateline wins over a bare one.
    date_place: str | None = None
    #: Where the date was read when not from a dateline of the header: "the page's date line …".
    date_source: str | None = None
    #: The date was read from a bare date line (no place beside it): a page's stamp, a blog's post date or a
    #: masthead's day of reading as often as the statement's own dateline (``dateline``).
    date_bare: bool = False
    #: The date is the one day a title line gives its own occasion ("… Press Conference on April 22, 2010",
    #: "Address to the Plenary, …, Geneva, 30 May 2012."): a bare date line does not replace it (``title_day``).
    date_titled: bool = False
    #: The day of the last bare date line read, whether or not it dated the statement.
    bare_day: DatePoint | None = None
    #: The header dates the statement only by a meeting's span of days ("29-30 December 2008") and says
    #: nothing of which day it was made on (``_span_day``): the day given is one end of the span, to check.
    date_span: PartialDate | None = None
    #: A listing of news items is dated only by its first item's line (``periodical.listing_page``): the day
    #: is held, but the first item's relative dates ("on March 10", "last week") still count from it.
    listing_day: DatePoint | None = None
    #: A report's sentence naming who spoke, where and when was its opening paragraph (the page's lead), not
    #: a later one (one item of a listing of reports).
    report_in_lead: bool = False
    #: Which reading gave each of "speaker", "place" and "date" (``provenance.SOURCES``): the draft prints
    #: a value as a fact only when its source is firm, and shows a weak one as a candidate to check.
    found_by: dict[str, str] = field(default_factory=dict)
    #: Values a weak source gave, taken out of the fields above: "place" → "Geneva".
    candidates: dict[str, str] = field(default_factory=dict)
    #: Why a value read from a firm source is still held ("speaker" → "a surname alone").
    held_why: dict[str, str] = field(default_factory=dict)
    #: The learnt reader's probability for each fact it filled or holds (``header_learnt``).
    learnt: dict[str, float] = field(default_factory=dict)
    #: The shape of the header's line the speaker was read from (``line_shape``), for measuring.
    speaker_shape: str | None = None
    #: The same for the place: a dateline's or title's line with its date, a line without one, a known city.
    place_shape: str | None = None
    #: The place was read from a headline's words around it ("Summit opens in X and hails progress in Y"),
    #: no date on its line: a news item's wire dateline below says where it was filed, and wins.
    place_in_title: bool = False
    #: The header lines as written (joined where they run on).
    lines: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)


#: A line of the statement's body: a sentence of a dozen words or more, or a very long line.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_CAPS_WORD = re.compile(r"^[^a-z]*[A-Z][^a-z]*$|^\d[\d,.:/\-]*$|^[(\[\-–—,.;:&]+$")


def top_blocks(text: str, max_lines: int = 16) -> list[list[str]]:
    """The lines above the statement's first sentence, in their blank-line blocks: where its header is.

    A header in capitals run together with the first paragraph ("INTERVENTION BY … NEW YORK
    Check against delivery 1. This will be …") gives its capitals as one header line.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    seen = 0
    lines = text.split("\n")
    for index, raw in enumerate(lines + [""]):
        line = _unglued(_table_row(normalise_space(raw)))
        if not line:
            if current:
                blocks.append(current)
                current = []
            continue
        if _RULE_LINE.match(line):
            continue
        line = _BRACKET_LABEL.sub("", line) or line  # "[Date] January 4, 2010"
        twice = (current and line == current[-1]) or (
            not current and blocks and blocks[-1] == [line] and len(line) <= 40 and not _STATEMENT.match(line)
        )
        if twice and dateline(Header(), line):
            continue  # "Rabat, December 21, 2012 (MAP)" twice (the page's title and its heading): one dateline
        if current and line == current[-1]:
            current.pop()  # the same line twice: an image's caption and its alternative text, not the header
            continue
        if twice:
            # the same, each line a paragraph of its own (a page's title said twice is longer, and kept)
            blocks.pop()
            continue
        credit = _CITY_AGENCY.match(line)
        if credit and (blocks or current) and is_place(credit["place"]):
            current.append(f"Place: {_unshout(credit['place'])}")  # "Lindhaven, News Agencies:" over the text
            break
        spot = _PLACE_COLON.match(line) or (_PLACE_DASH.match(line) if is_body(line) else None)
        if (
            spot
            and spot.groupdict().get("country")
            and not is_country(spot["country"])
            # ("SANYA, Hainan --", "LINDHAVEN, North Province —": a wire's city in capitals, then its
            # province or state)
            and not (spot["place"].isupper() and is_place(spot["country"]))
        ):
            spot = None
        if (
            spot
            and (blocks or current)
            and is_place(_unshout(spot["place"]))
            and spot["place"].lower() not in _NOT_A_SPOT
        ):
            current.append(f"Place: {_unshout(spot['place'])}")  # a wire dateline with no date
            break
        previous = current[-1] if current else (blocks[-1][-1] if blocks else "")
        day_first = _DAY_THEN_CITY.match(line)
        if day_first and (blocks or current) and is_place(_unshout(day_first["place"])):
            current.append(f"{_unshout(day_first['place'])}, {day_first['day']}")
            break
        agency = _AGENCY_DATELINE.match(line) or _COLON_DATELINE.match(line)
        if agency and agency.groupdict().get("country") and not is_country(agency["country"]):
            agency = None
        if agency and re.search(r"\b(?:19|20)\d\d\b", agency.groupdict().get("agency") or ""):
            agency = (
                None  # "APIA, Samoa (Basin Observer, July 30, 2012) –": the paper's day, read as a wire's
            )

        if agency and is_place(agency["place"]) and (blocks or current or _COLON_DATELINE.match(line)):
            if agency["year"]:
                current.append(f"{_unshout(agency['place'])}, {agency['day']}")  # "Lindhaven, 12 May 2010: …"
            else:
                current.append(f"Place: {_unshout(agency['place'])}")  # "Lindhaven (BPA) - …": a wire's city
                if agency["day"]:
                    # "Lindhaven, March 13 (BPA) --": the day without its year, a line of its own (its year from
                    # the page's date, ``header_elsewhere.read_header``)
                    current.append(agency["day"])
            break
        if is_salutation(line) and (blocks or current) and not _header_runs_on(previous, line):
            break  # "Mr. President,": the statement begins
        if not is_body(line) and (wrapped := _wrapped_dateline(lines, index)):
            current.append(wrapped)  # "12 May 2010: In his address to the …" wrapped at a line's length
            break
        if (
            not is_body(line)
            and any(dateline(Header(), above) for above in [*(x for b in blocks for x in b), *current])
            and _wrapped_prose(lines, index)
        ):
            # under a dateline, the first paragraph with its lines broken at a fixed width: the statement begins
            break
        lead = None if is_body(line) else wire_dateline(line)
        if lead and len(line[lead[1] :].split()) >= 4:
            # "12 May 2010: In his address to the" (its sentence goes on below): the dateline, then the words
            # after it as a line of their own
            current.extend([lead[0], line[lead[1] :]])
            seen += 1
            continue
        if is_body(line):
            shout = _capitals_prefix(line)
            wire = wire_dateline(line)
            run_in = _header_run_in(line)
            if shout:
                current.append(shout)
                closing = _closing_dateline(line, shout)
                if closing:
                    current.append(closing)
            elif wire:
                current.append(wire[0])
            elif run_in:
                current.append(run_in)
            elif title_dated := _title_then_dateline(line, [*(x for b in blocks for x in b), *current]):
                current.append(title_dated)
            elif _salutation_follows(lines, index):
                if LABEL.match(line):
                    # "By Premier of X, Y Z. On behalf of …": a by-line written as a sentence
                    current.append(_first_sentence(line))
                continue  # a page's notice or summary above the header: the header is still to come
            break
        bracketed = re.match(r"^(?P<caps>.*\S)\s*(?P<b>\([^()]{6,60}\))$", line)
        if bracketed and bracketed["caps"].isupper() and _dated_bracket(bracketed["b"]):
            current.extend([bracketed["caps"], bracketed["b"]])  # "STATEMENT BY … (Lindhaven, 13 June 2011)"
        else:
            current.append(line)
        seen += 1
        if seen >= max_lines:
            break
    if current:
        blocks.append(current)
    return blocks


#: An image's alternative text run into the dateline after it, no space between: "Imagen activaLindhaven, Aug
#: 7 (Basin Wire) …", "lindhavenphoto2 November 2009: Opening …".
_GLUED = re.compile(r"^\S.{0,40}?[a-z](?=[A-Z][a-z'’\-]+,\s|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d)")


def _unglued(line: str) -> str:
    """The line without the words glued before its dateline, when what follows them is a news item's
    dateline (the glued words are a picture's, not the statement's)."""
    m = _GLUED.match(line)
    if m is None:
        return line
    rest = line[m.end() :]
    if wire_dateline(rest) or _AGENCY_DATELINE.match(rest) or _COLON_DATELINE.match(rest):
        return rest
    return line


def _first_sentence(line: str) -> str:
    """ "By Premier of X, Y Z. On behalf of …" → "By Premier of X, Y Z": the sentence ends at a full stop
    after a word, not at a style's ("by HE Eng. X, Minister of …", "Lt. Col. X", "Prof. X")."""
    for m in re.finditer(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", line):
        word = line[: m.start()].rsplit(maxsplit=1)[-1]
        styled = HONORIFIC.match(f"{word}. Zz")
        if styled and styled["name"] == "Zz":
            continue
        return line[: m.start()]
    return line


def _paragraph_at(lines: list[str], index: int) -> list[str]:
    """The lines of the paragraph starting at ``index`` (none when it is not a paragraph's first line)."""
    if index and lines[index - 1].strip():
        return []
    paragraph: list[str] = []
    for raw in lines[index:]:
        if not raw.strip():
            break
        paragraph.append(normalise_space(raw))
    return paragraph


def _wrapped_prose(lines: list[str], index: int) -> bool:
    """A paragraph of prose whose lines were broken at a fixed width (a plain-text copy, an e-mail): three
    lines or more, long on average, going on mid-sentence onto lines that start in lower case, and prose
    when joined. A header's lines ("Statement by …" / "at the …" / "of the …") are short, and end no
    sentence."""
    paragraph = _paragraph_at(lines, index)
    if len(paragraph) < 3 or sum(len(line) for line in paragraph) < 40 * len(paragraph):
        return False
    goes_on = sum(1 for line in paragraph[1:] if line[:1].islower())
    return goes_on >= 2 and is_body(" ".join(paragraph))


def _wrapped_dateline(lines: list[str], index: int) -> str | None:
    """The dateline opening a first paragraph whose lines were broken at a fixed width (a plain-text copy,
    an e-mailed release): the line alone is too short to read as prose, its paragraph is not."""
    paragraph = _paragraph_at(lines, index)
    if len(paragraph) < 2 or not is_body(" ".join(paragraph)):
        return None
    lead = wire_dateline(paragraph[0])
    return lead[0] if lead else None


def _title_then_dateline(line: str, above: list[str]) -> str | None:
    """ "Joint Declaration of the X Summit Lindhaven, 13 July 2008 Under the co-presidency of …": a document
    site's text run into one paragraph starts with the title a line above already gave, then its dateline."""
    for title in above:
        if len(title.split()) >= 3 and line.startswith(title + " "):
            m = re.match(rf"(?:{_WIRE_CITY}),\s+(?:{_WIRE_DATE})\b", line[len(title) + 1 :])
            if m and dateline(Header(), m.group(0)):
                return m.group(0)
    return None


def _table_row(line: str) -> str:
    """ "| STATEMENT BY H.E. MR. X | |": a header laid out in a table and copied with its cell bars; its
    cells' text."""
    if not (line.startswith("|") and line.endswith("|")) or len(line) < 3:
        # "STATEMENT BY … (Lindhaven, 13 June 2011) |": one cell's text with its closing bar
        return line[:-1].rstrip() if line.endswith(" |") and "|" not in line[:-2] else line
    cells = [cell.strip() for cell in line.strip("|").split("|") if cell.strip()]
    return ", ".join(cells)


#: A press release's first sentence opens with its dateline: "LINDHAVEN, 4 May 2009 - The Minister …".
WIRE_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3},\s+"
    # "ADDIS ABABA, Ostrava, January 25, 2012/Basin Press Agency (BPA)/ —": a country, then an agency
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?=[A-Z][a-z]+\s+\d|\d))?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:\d{1,2}\s+(?:[A-Z][a-z]+|[A-Z]{3,9})\.?|(?:[A-Z][a-z]+|[A-Z]{3,9})\.?\s+\d{1,2},?)\s+(?:19|20)\d\d"
    # "20.07.2012", day first, as a site's wire writes it
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d))"
    # ("… /Basin Wire/ -- The …": two hyphens for a dash)
    r"\s*(?:/[^/\n]{1,80}/\s*)?(?:[-–—]{1,2}|\([^()\n]{1,40}\)\s*[-–—]{0,2})\s+(?=\S)"
)


_WIRE_CITY = r"[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3}"
_WIRE_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+|[A-Z]{3,9})\.?|(?:[A-Z][a-z]+|[A-Z]{3,9})\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d"
)
#: Other shapes of a release's opening dateline: "12 May 2010, Lindhaven – …", "(Lindhaven, 12 May 2010) …",
#: "LINDHAVEN (12 May 2010) – …".
_WIRE_VARIANTS = [
    re.compile(rf"^(?P<d>{_WIRE_DATE}),\s+(?P<c>{_WIRE_CITY})\s*[-–—]+\s+(?=\S)"),
    re.compile(rf"^\((?P<c>{_WIRE_CITY}),\s+(?P<d>{_WIRE_DATE})\)\s*[-–—]*\s*(?=[A-Z\"“])"),
    re.compile(rf"^(?P<c>{_WIRE_CITY})\s+\((?P<d>{_WIRE_DATE})\)\s*[-–—]+\s+(?=\S)"),
    # "LINDHAVEN, Ostrava (Basin Observer, July 30, 2012) – …": the city, its country, then the paper that
    # printed the item and its day in one bracket
    re.compile(
        rf"^(?P<c>{_WIRE_CITY})(?:,\s+[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){{0,2}})?\s+"
        rf"\((?:[^(),]{{2,60}}),\s+(?P<d>{_WIRE_DATE})\)\s*[-–—]+\s+(?=\S)"
    ),
]


#: A footnote's number run onto a dateline's year in a PDF's copy: "Lindhaven, 29 July 20101 – The …".
_FOOTNOTE_ON_YEAR = re.compile(r"^(.{4,60}?\b(?:19|20)\d\d)[1-9](?=\s*[-–—]{1,2}\s)")


def wire_dateline(line: str) -> tuple[str, int] | None:
    """A release's first sentence opening with its dateline: the dateline ("LINDHAVEN, 4 May 2009") and where
    the sentence starts after it."""
    footnote = _FOOTNOTE_ON_YEAR.match(line)
    if footnote:
        found = wire_dateline(footnote[1] + line[footnote.end() :])
        return (found[0], found[1] + 1) if found else None
    m = WIRE_DATELINE.match(line)
    if m:
        return m["dateline"], m.end()
    for pattern in _WIRE_VARIANTS:
        m = pattern.match(line)
        if m and is_place(m["c"]):
            return f"{m['c']}, {m['d']}", m.end()
    return lead_dateline(line)


#: Where a news item's opening dateline may end and its first sentence begin: a dash, a colon, or a bracket
#: closed before a capital ("12.05.2010 (Basin News) The Minister …").
# (also a full stop right after the year: "LINDHAVEN, June 25, 2010. The Minister …")
_LEAD_END = re.compile(r"\s*(?:\.?[-–—]{1,2}\s+|:\s+|(?<=\))\s+|(?<=(?:19|20)\d\d)\.\s+)(?=[\"“‘A-Z])")
#: A news agency's or a paper's name beside the day: "(BPA)", "(Basin.Net)", "BASINPRESS", "(Basin News/AB)".
_AGENCY_NAME = re.compile(r"^[A-Z][\w.&'’/\-]*(?:\s+[A-Z&][\w.&'’/\-]*){0,3}$")


def lead_dateline(line: str) -> tuple[str, int] | None:
    """A news item's first sentence opening with its dateline in any order of its parts: the day before the
    city ("12 May 2010 (LINDHAVEN) — …"), the day alone before a colon ("12 May 2010: In his address …"),
    an agency and the day in brackets ("BPA (May 12, 2010): …"), the day and then the agency ("12.05.2010
    (Basin News) The Minister …"), the city run on into the day ("Lindhaven,12 May 2010: …").

    The words before the break must be one whole day (day, month and year) with nothing beside it but a
    city, an agency's name or a weekday: a sentence opening with a date ("On 12 May 2010, the …") or a
    title ending in one is not a dateline. The dateline is returned as "City, day" (the city only when it
    stands before the day with a comma, or in brackets after it and is a known city) and where the
    sentence starts."""
    from .city import is_known_city  # (city.py reads this module's words)

    for end in _LEAD_END.finditer(line[:110]):
        # ("Lindhaven, 12 de mayo de 2010.- El …", "12 mai 2010 (LINDHAVEN) — …": a month in another language)
        head = in_english(line[: end.start()].strip())
        days = [d for d in exact_days(head) if d.date is not None and d.date.first is not None]
        if len(days) != 1 or len(find_dates(head)) != 1:
            continue
        day = days[0]
        point = day.date.first if day.date is not None else None
        if point is None or point.day is None or (day.date is not None and day.date.last is not None):
            continue  # (a span of days is a meeting's, not the day a news item was filed)
        before, after = head[: day.start], head[day.end :]
        city = None
        fits = True
        for side, text in (("before", before), ("after", after)):
            for part in re.split(r"(\([^()]*\))", text):
                bracketed = part.startswith("(")
                for piece in re.split(r"[,()]", part):
                    piece = piece.strip(" /")
                    if not piece or _WEEKDAY.match(piece):
                        continue
                    if piece.lower() in _NOT_A_SPOT:
                        fits = False  # "TODAY (12 May 2010) - …"
                    elif city is None and (
                        (
                            side == "before"
                            and not bracketed
                            and before.rstrip().endswith(",")
                            and is_place(piece)
                        )
                        or (side == "after" and bracketed and is_known_city(piece))
                        # "May 06 2011, Lindhaven: …": the day first, its city after a comma
                        or (
                            side == "after"
                            and not bracketed
                            and after.lstrip().startswith(",")
                            and is_place(piece)
                        )
                    ):
                        city = _unshout(piece) if piece.isupper() else piece  # "Lindhaven, 12 May 2010"
                    elif not (
                        (bracketed and _AGENCY_NAME.match(piece) and len(piece) <= 40)
                        or re.fullmatch(r"[A-Z]{2,10}", piece)  # "BPA (12 May 2010): …"
                    ):
                        fits = False
        if fits:
            said = head[day.start : day.end]
            return (f"{city}, {said}" if city else said), end.end()
    return None


#: "Lindhaven (Basin Press/Wire) - A meeting of …", "Seoul, May 12 (Basin News) -- …": a news agency's
#: dateline, its city and its name (and a day without the year, not read).
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]{1,40}(?:\s+[A-Z][\w'’\-]{1,40}){0,2})(?:,\s+(?P<day>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?P<year>,?\s+(?:19|20)\d\d)?))?"
    # ("Port-Lindhaven, Estravia (BPA) – …": the city, then its country before the agency)
    r"(?:,\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*\())?"
    # ("Lindhaven (Basin Wire): The …": a colon for the dash; "Lindhaven(BPA)-The …" typed without spaces)
    # ("Lindhaven, Aug 7 (Basin Wire) Foreign ministers …": the agency's bracket, then the sentence, no dash)
    r"(?:\s*\((?P<agency>[^()]{2,60})\)|,\s+(?P<initials>[A-Z]{2,6}))\s*(?:[-–—]{1,2}|(?<=\)):|(?<=\))(?=\s))"
    r"\s*(?=[A-Z\"“])"
)
#: "Oct 7, 2005 (LINDHAVEN) — …": a wire's day first, then its city in capitals in brackets.
_DAY_THEN_CITY = re.compile(
    r"^(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d\d)\s+"
    r"\((?P<place>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,2})\)\s*[-–—:]{1,2}\s*(?=[A-Z\"“])"
)
#: "Lindhaven, August 6: X, the President of …": an agency's dateline with a colon, often without the year.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]{1,40}(?:\s+[A-Z][\w'’\-]{1,40}){0,2}),\s+(?P<day>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?P<year>,?\s+(?:19|20)\d\d)?):\s+\S"
)
#: "Lindhaven, News Agencies:", "Lindhaven, BPA:": a news item's city and its agencies, a line of its own above
#: the text (no date).
_CITY_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+"
    r"(?P<agency>(?:[A-Z][\w.&'’\-]*\s+){0,3}(?:News|Agency|Agencies|Press|Wire|Wires|Service|Services)|[A-Z]{2,6})"
    r"\s*:\s*$"
)
#: "TEHRAN: Mr. Chairman; …": a news agency's dateline, the place in capitals and a colon.
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]{2,}){0,2}):\s+\S")
#: "Lindhaven — Leaders of the region are meeting …": a news item's city and a dash, without a date.
_PLACE_DASH = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]{1,40}(?:\s+[A-Z][\w'’.\-]{1,40}){0,2})"
    # ("LINDHAVEN, Norway — The …": the city, then its country)
    r"(?:,\s+(?P<country>[A-Z][\w'’.\-]{1,40}(?:\s+[A-Z][\w'’.\-]{1,40}){0,2}))?\s+(?:[—–]|--)\s+[A-Z\"“]"
)
_NOT_A_SPOT = {
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "here",
    "first",
    "finally",
    "however",
    "indeed",
    "note",
    "source",
    "text",
    "update",
    "speech",
    "statement",
    "subject",
    "date",
    "place",
    "editor",
    "editors",
    "photo",
    "transcript",
    "remarks",
    "check",
    "embargo",
    "embargoed",
    "attention",
    # a transcript's turns: "MODERATOR: Good afternoon …", "QUESTION: …"
    "moderator",
    "question",
    "answer",
    "participant",
    "operator",
    "interpreter",
    "audience",
}


#: A salutation inside a line: where a header run into the first paragraph ends.
_INNER_SALUTATION = re.compile(
    r"\b(?:(?:Mr\.?|Madam|Madame|Mister)\s+(?:President|Chair\w*|Secretary[\w\-]*|Speaker|Moderator)|"
    r"(?:Your\s+)?Excellenc(?:y|ies)|Honou?rable\s+\w+|Ladies\s+and\s+Gentlemen|Distinguished\s+\w+|"
    r"Dear\s+\w+)\s*,",
)


def _header_run_in(line: str) -> str | None:
    """A header run into the first paragraph, as a PDF's text or a page's markup leaves it: "Address of
    H.E. X … Saturday, September 26, 2009 Please check against delivery Mr. President, Allow me …" or
    "UN headquarters New York - 2 October 2007 Honourable Ministers, …": the part before the first
    salutation, when it is a statement line or a dateline."""
    m = _INNER_SALUTATION.search(line)
    if not m or m.start() < 12:
        return None
    head = line[: m.start()].strip(" ,")
    if _STATEMENT.match(head) or _PREFIXED_STATEMENT.match(head) or dateline(Header(), head):
        return head
    return None


_BRACKET_LABEL = re.compile(
    r"^\[(?:title|date|place|venue|speaker|subject|location|source|category)\]\s*", re.IGNORECASE
)


def _salutation_follows(lines: list[str], index: int, within: int = 8) -> bool:
    """A salutation ("Mr. President,") in the next few lines after ``index``, a header's labelled line
    ("Delivered on: …", "Location: …") in the next three, or a header's own line in the next six (a
    "Statement by …" line, a bare dateline): the sentence at ``index`` stands above the statement (a
    page's notice, a summary, a menu run into one line), not at its start."""
    ahead = [normalise_space(line) for line in lines[index + 1 :] if line.strip()][:within]
    return (
        any(is_salutation(line) for line in ahead)
        or any(_HEADER_LABEL.match(line) for line in ahead[:3])
        or _header_mark_ahead(ahead[:6])
    )


def _header_mark_ahead(ahead: list[str]) -> bool:
    """A header's own line before any more prose: the line above is a page's summary or menu, not the first
    of the statement's sentences (a dateline after more sentences closes a short statement instead)."""
    for line in ahead:
        if _header_mark(line):
            return True
        if is_body(line):
            return False
    return False


def _header_mark(line: str) -> bool:
    """A line only a header has: "Statement by H.E. …", "Remarks of the Minister …", or a bare dateline."""
    if len(line.split()) > 25 or is_body(line):
        return False
    statement = _STATEMENT.match(line) or _PREFIXED_STATEMENT.match(line)
    if statement and re.match(r"\s*(?:by|of|from)?\s*(?:H\.\s?E\.|the\s+|[A-Z])", statement["rest"]):
        return bool(statement["rest"].strip())
    return len(line.split()) <= 8 and dateline(Header(), line)


_HEADER_LABEL = re.compile(r"^(?:delivered\s+on|location|first\s+published)\s*:", re.IGNORECASE)


def _header_runs_on(previous: str, line: str) -> bool:
    """A role in capitals after "STATEMENT BY H.E. X," is still the header, though it reads like
    "PRESIDENT OF …," an address to the chair."""
    return (
        previous.rstrip().endswith(",")
        and line.isupper()
        and bool(_STATEMENT.match(previous) or _PREFIXED_STATEMENT.match(previous) or previous.isupper())
    )


def is_name_word(word: str) -> bool:
    """ "Vinh", "Støre", "Al-Jarman", "McCully", "A.": a word of a person's name; not "SOM" or "Viet-ASEAN"."""
    if word.lower() in PARTICLES:
        return True
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    if word.endswith((".", ",", ";", ":", ")")) or word.lower() in (
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
    ):
        return False
    letters = [c for c in word if c.isalpha()]
    return (
        bool(letters)
        and word[:1].isupper()
        and any(c.islower() for c in letters)
        and not re.search(r"[^\W\d_a-zß-ÿ]{2}", word.replace("-", " "))
        and word.lower() not in ROLE_VOCABULARY
    )


def is_body(line: str) -> bool:
    words = len(line.split())
    if len(line) > 300:
        return True
    if _STATEMENT.match(line) or _PREFIXED_STATEMENT.match(line) or _POSSESSIVE_STATEMENT.match(line):
        return False
    if words >= 12 and re.search(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]", line) and not line.isupper():
        return True  # two sentences on one line: prose, whatever its last one ends with
    if (
        words >= 25
        and not line.isupper()
        and re.search(r"\b(?:ha[sd]|have|is|are|was|were|will)\s+[a-z]", line)
        and sum(1 for w in line.split() if w[:1].islower()) * 5 >= words * 2
    ):
        # a first sentence that lost its full stop ("The Ministers … have reaffirmed their ties at the
        # Session … this week in Lindhaven"): prose by its length, its verb and its small words, not a title
        return True
    return words >= 12 and bool(_SENTENCE_END.search(line)) and not line.isupper()


def _capitals_prefix(line: str) -> str | None:
    """The words in capitals a long line starts with, when there are six or more of them."""
    words = line.split()
    n = 0
    while n < len(words) and _CAPS_WORD.match(words[n]):
        n += 1
    return " ".join(words[:n]) if n >= 6 else None


def _closing_dateline(line: str, shout: str) -> str | None:
    """ "… OF THE GENERAL ASSEMBLY (Lindhaven, 13 June 2011)": the dateline in brackets closing a header in
    capitals, which is not in capitals itself."""
    closing = re.match(r"\s*(\([^()]{6,60}\))", line[len(shout) :])
    if closing and any(m.date is not None for m in find_dates(closing.group(1))):
        return closing.group(1)
    return None


def _dated_bracket(line: str) -> bool:
    return bool(re.fullmatch(r"\([^()]{6,60}\)", line)) and any(m.date is not None for m in find_dates(line))


#: A title announcing a journey: the place in it is where the speaker goes, not where the text is given.
#: A news item's by-line with where it was filed: "By Lena Kost in Lindhaven, Estravia".
_FILED_IN = re.compile(
    r"^by\s+(?:[A-Z][\w'’.\-]*\s+){1,4}?in\s+(?P<p>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})"
    r"(?:,\s+(?P<c>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}))?\.?$",
    re.IGNORECASE,
)
#: A headline announcing a meeting: "Meeting of … Ministers to be held in Lindhaven", "Summit will take place
#: in X" — where the meeting will be, not where the news item is from (a statement's own title, "Statement
#: for the Minister for the … Meeting to be held in X on DATE", is the statement's occasion: its place).
_ANNOUNCED = re.compile(
    r"\b(?:to\s+be|will\s+be|is\s+to\s+be)\s+(?:held|hosted|convened)\s+in\b|\bwill\s+take\s+place\s+in\b",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(rf"\b{_KIND_WORDS}\b", re.IGNORECASE)


def _announces_meeting(line: str) -> bool:
    return bool(_ANNOUNCED.search(line)) and not _KIND_WORD.search(line)


_DESTINATION = re.compile(
    r"\b(?:to|will)\s+(?:attend|visit|travel|participate|lead)\b|\btravels?\s+to\b|\bleaves?\s+for\b|"
    # a report titled by someone's taking part: "Attendance of Minister X at the Session … in Lindhaven"
    r"^\s*(?:attendance|participation)\s+(?:of|by)\b",
    re.IGNORECASE,
)


def parse_header(blocks: list[list[str]]) -> Header:
    header = Header()
    blocks = _join_across_blocks(blocks)

    def lettered(block: list[str]) -> list[str]:
        # (a dateline in brackets under a header in capitals is not in capitals itself)
        return [line for line in block if any(c.isalpha() for c in line) and not _dated_bracket(line)]

    shouting = all(line.isupper() for block in blocks for line in lettered(block))
    upper = [bool(lettered(block)) and all(line.isupper() for line in lettered(block)) for block in blocks]
    per_block: list[list[str]] = []
    for n, block in enumerate(blocks):
        # A header in capitals typed one line a paragraph (no blank lines, or a blank line after each) is
        # as much in capitals as one typed as a block: a line in capitals beside another such line.
        beside = (n > 0 and upper[n - 1]) or (n + 1 < len(blocks) and upper[n + 1])
        if shouting or (upper[n] and (len(block) > 1 or beside)):
            # A header all in capitals: its role and occasion read in title case ("Deputy Minister for …").
            block = [
                line
                if _STATEMENT.match(line) or _DELIVERY.search(line) or _dated_bracket(line)
                else _unshout_header(line)
                for line in block
            ]
        per_block.append(
            [
                part
                for line in _join_run_ons(block)
                for piece in _flattened(line)
                for part in _dashed_parts(piece)
            ]
        )
    after_speaker = False
    for n, lines in enumerate(per_block):
        header.lines.extend(lines)
        if len(lines) > 1 or n == 0 or len(per_block[n - 1]) > 1:
            after_speaker = False  # (a name's role typed as a paragraph of its own still follows it)
        for k, line in enumerate(lines):
            around = (lines[k - 1] if k else "", lines[k + 1] if k + 1 < len(lines) else "")
            if len(lines) == 1:
                # A line typed as a paragraph of its own (a name, then its role, each a paragraph) reads
                # with the one-line paragraphs beside it as it would within one block.
                around = (_lone_line(per_block, n - 1), _lone_line(per_block, n + 1))
            place, speaker = header.place, header.speaker
            after_speaker = _classify(header, line, after_speaker, around)
            if header.speaker is not None and header.speaker != speaker:
                header.speaker_shape = line_shape(line)
            if header.place is not None and place is None and _agency_after_by_line(line, header.place):
                header.place = None  # "By X Y, Basin News Agency": the writer's agency, not where it was said
            if header.place is not None and place is None:
                header.place_shape = "a line with a date" if find_dates(line) else "a line without a date"
                header.place_in_title = not find_dates(line) and _headline_around(line, header.place)
            elif header.place is not None and place is not None and header.place != place:
                header.place_shape = "a news item's wire dateline below its headline"
            filed = _FILED_IN.match(line)
            if (
                header.place is None
                and filed
                and is_place(filed["p"])
                and (filed["c"] is None or is_country(filed["c"]))
            ):
                # "By Lena Kost in Lindhaven, Estravia": a news item's by-line saying where it was filed
                header.place, header.place_shape = filed["p"], "a by-line's city (By X in CITY)"
            if (
                place is None
                and header.place is not None
                and (_DESTINATION.search(line) or _announces_meeting(line))
            ):
                header.place = None  # "President X to attend the Summit in Lindhaven": where they go, not where this is said
        _city_beside_dateline(header, lines)
    if header.place is not None and any(_letterhead_beside_date(line, header.place) for line in header.lines):
        header.held_why["place"] = (
            "three words or more run into the date that name no known city or country: perhaps the page's "
            "publisher (a ministry's or an office's name)"
        )
    # "Lindhaven" / "May 4, 2009" typed as paragraphs of their own: the city is beside its dateline still.
    run: list[str] = []
    for lines in [*per_block, []]:
        if len(lines) == 1:
            run.append(lines[0])
            continue
        if len(run) >= 2:
            _city_beside_dateline(header, run)
        run = []
    if header.place and header.place.isupper():
        header.place = _unshout(header.place)  # "OTTAWA, Ontario": the city, as it is written in prose
    _title_ends_dated(header)
    _release_day(header)
    _span_day(header)
    _full_name_above(header)
    if header.speaker and (
        EVENT_WORDS.fullmatch(header.speaker) or header.speaker.lower() in _OCCASION_NOUNS
    ):
        # "Remarks by the Secretary-General of X Visit of …": the title runs on into its occasion; a role, no name
        header.speaker = None
    if header.date is None:
        header.date = _year_of_title(header.lines)
    return header


def _letterhead_beside_date(line: str, place: str) -> bool:
    """A name of three words or more that no gazetteer knows, run straight into the date with no comma
    ("Ministry of Foreign Affairs" in another language, "Press Counsellor's Office Rome" in its own, then
    "03.05.2014"): the letterhead of whoever published the page as often as where the statement was made. A
    dateline sets its place off by a comma, often with its country ("Cha-am Hua Hin, Thailand, 23 October
    2009"), and a city's name is seldom that long unless a known one ("Port of Spain", "Nay Pyi Taw")."""
    words = [w for w in place.split() if w[:1].isupper()]
    if len(words) < 3 or _is_known_city(place) or is_country(place):
        return False
    # (the date as numbers or in any language: "03.05.2014", "19 Novembre 2013")
    return bool(
        re.search(re.escape(place) + r"\s+\d{1,4}(?:[./\-]\d{1,2}[./\-]\d{2,4}|\s+[^\W\d_]+\s+\d{4})\b", line)
    )


def _headline_around(line: str, place: str) -> bool:
    """Whether ``place`` was read from a headline's words ("Leaders gather for summit in X", "Summit opens
    in X and hails progress in Y") rather than from a line that says where ("Lindhaven, Ostrava", "Venue:
    Lindhaven Hall, Lindhaven"): four words or more besides it, none of them a label's."""
    rest = line.replace(place, " ", 1)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 4 and ":" not in line


def _agency_after_by_line(line: str, place: str) -> bool:
    """A news item's by-line names its writer and then the writer's paper or agency ("By X Y, Bernama", "By
    X Y, Basin Times"): what follows the name there is a place only when it is a known city ("By X Y,
    Lindhaven" is rare, and a capital or a seat city is read as one)."""
    return bool(re.match(r"^by\s", line, re.IGNORECASE)) and not _is_known_city(place)


#: A statement made when its meeting ends: "Communiqué issued at the conclusion of the … Meeting", "Closing
#: remarks". (A "Final Communiqué" names the meeting's last document, not the day it was issued.)
_AT_CLOSE = re.compile(
    r"\b(?:issued|adopted|released|made|delivered)\s+at\s+the\s+(?:conclusion|close|end)\s+of\b|"
    r"\bclosing\s+(?:statement|remarks|address|session|ceremony|plenary|speech)\b",
    re.IGNORECASE,
)
#: A statement made when its meeting opens: "Opening remarks by …", "Address at the opening session of …", "I
#: am honoured to address the opening session of …", "Inaugural address".
AT_OPENING = re.compile(
    r"\bopening\s+(?:session|ceremony|remarks|statement|address|speech|plenary|segment|meeting)\b|"
    r"\binaugural\s+(?:session|address|speech|ceremony|meeting)\b|"
    r"\b(?:address|speech|remarks|statement)\s+(?:at|to)\s+the\s+opening\b",
    re.IGNORECASE,
)


def _dating_span(h: Header) -> PartialDate | None:
    """The span of days among the header's lines that the statement's date is one end of, when no line
    gives that day alone ("Communiqué …, 29-30 December 2008", with no date of issue)."""
    if h.date is None or h.date.day is None:
        return None
    span = None
    for line in h.lines:
        mentions = [d for d in find_dates(line) if d.date is not None and d.relative is None]
        spans = [d.date for d in mentions if d.date is not None and not _one_day(d)]
        for d in spans:
            if d.last is not None and d.last.day is not None and h.date in (d.first, d.last):
                span = span or d
        if any(_one_day(d) and d.date is not None and d.date.first == h.date for d in mentions):
            return None  # the day is said alone too
        if not spans:
            trial = Header()
            if dateline(trial, line) and trial.date == h.date:
                return None  # ("29 /03/ 2009": a day in a shape only the dateline reads)
    return span


def _span_day(h: Header) -> None:
    """A header that dates the statement only by its meeting's span of days says which day only when it says
    the statement closed the meeting ("… issued at the conclusion of the … Meeting, 4-6 July 2012": the
    6th) or opened it ("Opening remarks by …": the first day). Otherwise the day is not given: the span is
    kept (``date_span``) and the draft holds the day as a candidate, unless a reading below (the statement's
    own opening, a dateline at its end) says more (``header_elsewhere.read_header``)."""
    span = _dating_span(h)
    if span is None:
        return
    if any(_AT_CLOSE.search(line) for line in h.lines) and span.last is not None:
        h.date = span.last
    elif any(AT_OPENING.search(line) for line in h.lines):
        h.date = span.first
    else:
        h.date_span = span


def _lone_line(per_block: list[list[str]], n: int) -> str:
    """The line of a one-line block, read beside its neighbours; none for a block of several lines."""
    return per_block[n][0] if 0 <= n < len(per_block) and len(per_block[n]) == 1 else ""


def line_shape(line: str) -> str:
    """What kind of header line a speaker was read from, in words: the measurement of which shapes
    name the speaker rightly on unseen statements is kept per shape (bench/extract/score.py --sources)."""
    text = line.strip()
    if (
        _STATEMENT.match(text)
        or _PREFIXED_STATEMENT.match(text)
        or _TITLED_STATEMENT.match(text)
        or _BRIEFING_OF.match(text)
    ):
        return "a statement line (Statement by …)"
    if _NAMED_STATEMENT.match(text) or _POSSESSIVE_STATEMENT.match(text) or _HEADLINE.match(text):
        return "a title naming its speaker (X's speech, X: Statement …)"
    if LABEL.match(text):
        return "a by-line or label (By X, Speaker: X)"
    if HONORIFIC.match(text):
        return "a name with its style (H.E. Mr. X)"
    if "," in text:
        return "a name and a role (X, Minister of …)"
    return "a bare name or a role and a name (Minister X)"


def _full_name_above(h: Header) -> None:
    """ "Statement of President Kost" under a line "Lena Maria Kost": the surname alone is the title's way of
    naming the speaker; the header's line of the whole name says who."""
    if not h.speaker or len(h.speaker.split()) != 1:
        return
    surname = h.speaker
    # Every line of the header, not only the unused ones: the whole name may already have been read as a
    # name over its role ("Lena Maria Kost" / "President of …") before the title's surname replaced it.
    for line in h.lines:
        tokens = line.strip().split()
        if (
            2 <= len(tokens) <= 6
            and tokens[-1] == surname
            and tokens[0][:1].isupper()
            and all(t[:1].isupper() or t.lower() in PARTICLES or len(t) <= 2 for t in tokens)
            and not any(c.isdigit() for c in line)
            and not ROLE_WORDS.search(line)
            and not EVENT_WORDS.search(line)
        ):
            h.speaker = line.strip()
            if line in h.unused:
                h.unused.remove(line)
            return


#: One-word occasions a title may run on into after a role ("… of X Visit of …"): never a name.
_OCCASION_NOUNS = {
    "visit",
    "opening",
    "closing",
    "reception",
    "dinner",
    "luncheon",
    "lunch",
    "banquet",
    "visits",
}
_PLACE_WORDS = r"[A-Z][\w'’.\-]{0,40}(?:\s+[A-Z][\w'’.\-]{0,40}){0,3}"
#: A title line that ends by saying where and when: "… Meeting … to be held in Lindhaven on 26 September
#: 2011", "… Talks … in Lindhaven on 25-26 November 2008", "Joint statement by … on 10 October 2007 in
#: Lindhaven", "… Second Committee on item 22 (a), CR-2, 21 October 2013".
_IN_PLACE_ON = re.compile(rf"\bin\s+(?P<p>{_PLACE_WORDS}),?\s+on\s+(?P<d>[^,;]{{6,40}}?)[.)]?$")
_ON_DATE_IN = re.compile(rf"\bon\s+(?P<d>[^,;]{{6,30}}?),?\s+in\s+(?P<p>{_PLACE_WORDS})[.)]?$")
_COMMA_DATE = re.compile(r",\s+(?P<d>[^,;]{6,30}?)[.)]?$")
#: A whole date closing a title line after a dash, a comma, "of" or "on" (a bar's is a list of links', read
#: with its fields by ``header_elsewhere.page_dateline``).
_TITLE_CLOSING_DATE = re.compile(
    # ("… Congress den 9. oktober 2009", "… le 5 décembre 2010": a title in another language, the article of
    # its date)
    r"(?P<sep>\s[-–—]\s+|,\s+|\s(?:of|on|den|am|le|el|du|del|vom)\s+)(?P<d>[^,;()|]{6,30}?)\.?$"
)
#: A dateline in brackets closing a header line: "… Minister of X, N. Y (Lindhaven, 13.10.2011)".
_CLOSING_BRACKET = re.compile(r"(\([^()]{6,60}\))\s*$")
#: A title whose people are followed by where they spoke: "Transcript of media interaction by the Minister and
#: the Foreign Minister of X in Lindhaven" (not "… by the Minister on the elections in X": a subject).
_BY_THEN_IN = re.compile(
    rf"\bby\s+(?P<who>(?:(?!\s(?:on|about|regarding|concerning|to|at|for)\s)[^,;:()])+?)\s+in\s+(?P<p>{_PLACE_WORDS})\.?$"
)


#: "Joint Communiqué issued on the occasion of the State Visit to Estravia by …": a communiqué of a visit,
#: issued where the visit was.
_VISIT_COMMUNIQUE = re.compile(
    r"^joint\s+(?:press\s+)?(?:communiqu[eé]|statement|declaration)\b.{0,80}?\b(?:state|official|working)?\s*"
    r"visit\s+(?:of\s+.{3,80}?\s+)?to\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]+(?:\s+(?:and\s+)?[A-Z][\w'’\-]+){0,3})",
    re.IGNORECASE,
)


def visit_communique(h: Header) -> None:
    """A joint communiqué or statement on a visit to a country, when the header names no city: the country
    visited is where it was issued, and the only place the text gives."""
    if h.place is not None:
        return
    for line in h.lines:
        m = _VISIT_COMMUNIQUE.match(_unshout_header(line) if line.isupper() else line)
        if m:
            words = _unshout(m["c"]).split()
            for n in range(len(words), 0, -1):  # the longest run of words that is a country
                if is_country(" ".join(words[:n])):
                    h.place, h.place_shape = " ".join(words[:n]), "a joint communiqué on a visit to a country"
                    return


def _one_day(mention: DateMention) -> bool:
    """A mention of one whole day, not a span of days ("4-6 July 2012" is a meeting's, whichever day the
    statement was made on)."""
    d = mention.date
    return (
        d is not None
        and d.first is not None
        and d.first.day is not None
        and (d.last is None or d.last == d.first)
    )


def title_day(h: Header, mention: DateMention) -> None:
    """The day a title line gives its own occasion ("… Regular Press Conference on April 22, 2010",
    "Address to the Plenary, …, Geneva, 30 May 2012."). It dates the statement over a bare date line of the
    page read before or after it — the day the page was posted ("2010/04/23" under the title) or read (a
    masthead's "Sunday, May 27, 2018") — but not over a dateline with its place. A span of days in a
    title is its meeting's and only fills an empty date."""
    if mention.date is None or mention.date.first is None:
        return
    if h.date is None:
        h.date, h.date_titled = mention.date.first, _one_day(mention)
    elif h.date_bare and h.date_place is None and _one_day(mention):
        h.date, h.date_bare, h.date_titled = mention.date.first, False, True


#: A press release's or a press statement's title: "MFA Press Statement: …", "Media Release – …".
_RELEASE_TITLE = re.compile(
    r"^\W*(?:[A-Z]{2,8}\s+)?(?:press|media|news)\s+(?:release|statement)\b", re.IGNORECASE
)


def _release_day(h: Header) -> None:
    """A press release's title dates what it reports ("Press Statement: Minister X at the … Session, 25
    September 2010"), not the release: a bare date line beside it ("26 September 2010") is the release's
    own day. (A speech's or a briefing's title dates its occasion, which is the statement's day.)"""
    if h.date_titled and h.bare_day is not None and any(_RELEASE_TITLE.match(line) for line in h.lines):
        h.date, h.date_titled, h.date_bare = h.bare_day, False, True


def _rest_on_day(h: Header, rest: str) -> bool:
    """What follows a title's kind of statement is "on" and one day ("X's Regular Press Conference on April
    22, 2010"): the day of the title's occasion (``title_day``)."""
    m = re.fullmatch(r"on\s+(?:the\s+)?(?P<d>.{6,30}?)\.?", rest.strip())
    days = exact_days(m["d"]) if m else []
    if m is None or len(days) != 1 or days[0].start != 0 or days[0].end < len(m["d"]):
        return False
    title_day(h, days[0])
    return True


def _title_ends_dated(h: Header) -> None:
    """The date and place a title line ends with, when no dateline gave them: the statement's own occasion
    (a title names it, then says where and when). Only a whole date with its day dates the statement; a
    line announcing a journey ("… to visit Lindhaven on …") does not place it."""
    for line in h.lines:
        closing = _CLOSING_BRACKET.search(line)
        if closing and closing.start() > 0:
            # "Statements of Minister A and Minister B (Lindhaven, 13.10.2011)": whatever the title before
            # it, a dateline in brackets closing a header line dates and places it (``dateline``'s order:
            # one with a place wins over a bare one); a journey's title ("… to visit X (date)") only dates it
            trial = Header(date=h.date, date_place=h.date_place, place=h.place)
            if dateline(trial, closing.group(1)):
                h.date, h.date_place = trial.date, trial.date_place
                if h.place is None and trial.place is not None and not _DESTINATION.search(line):
                    h.place, h.place_shape = trial.place, "a dated bracket closing a header line"
    for line in h.lines:
        if h.place is None and not _DESTINATION.search(line):
            by_in = _BY_THEN_IN.search(line.strip())
            if by_in and (is_place(by_in["p"]) or is_country(by_in["p"])):
                h.place, h.place_shape = by_in["p"], "a title's people, then “in X”"
    for line in h.lines:
        # (a title in capitals too: "KEYNOTE ADDRESS BY … AT THE OPENING OF …, MAY 31st , 2012 – LINDHAVEN")
        if h.place is None and _TITLE_KIND.search(line) and _dated_then_city(h, line.strip()):
            return
    for line in h.lines:
        if not (
            _STATEMENT.match(line) or EVENT_WORDS.search(line) or re.search(r"\bstatement\b", line, re.I)
        ):
            continue
        text = line.strip()
        for pattern in (_IN_PLACE_ON, _ON_DATE_IN, _COMMA_DATE):
            m = pattern.search(text)
            if not m:
                continue
            said = [d for d in find_dates(m["d"]) if d.date is not None and d.relative is None]
            point = said[0].date.first if len(said) == 1 and said[0].date is not None else None
            if point is None or point.day is None or point.year is None:
                continue
            if said[0].start != 0 or said[0].end < len(m["d"].rstrip(" .")):
                continue  # (the date is the whole tail: nothing after it)
            title_day(h, said[0])
            place = m.groupdict().get("p")
            if h.place is None and place and is_place(place) and not _DESTINATION.search(line):
                h.place = place
            return
    for line in h.lines if h.date is None else []:
        # "Minister to visit the south - 20 July 2012", "Noon briefing of 20 July 2012": a whole date closing
        # a title line after a dash or a comma (or "of"/"on" after a kind of statement) is the day the
        # page gives it; the date only, a title says where only in the shapes above
        m = _TITLE_CLOSING_DATE.search(line.strip())
        if m is None or (
            # ("Noon briefing of DATE"; not "Statement on the anniversary of 11 September 2001", a subject's day)
            m["sep"].strip() in ("of", "on")
            and not re.search(rf"\b{_KIND_WORDS}\s*$", line.strip()[: m.start()], re.I)
        ):
            continue
        # ("… den 9. oktober 2009": a title in another language; a date line of a weekday and a date, a blog's
        # post date, is the header's dateline to read, not a title's)
        tail = in_english(m["d"]) if m["sep"].strip() not in ("-", "–", "—", ",", "of", "on") else m["d"]
        days = exact_days(tail)
        if len(days) == 1 and days[0].start == 0 and days[0].end >= len(tail.rstrip(" .")):
            h.date = days[0].date.first if days[0].date is not None else None
            return


#: What a title names: a kind of statement or the meeting it is given at.
_TITLE_KIND = re.compile(
    r"\b(?:address|speech|statement|remarks|lecture|intervention|meeting|conference|summit|session|forum)s?\b",
    re.IGNORECASE,
)
#: A title closing with its day, a dash and the city: "… OPENING OF THE ANNUAL MEETINGS, MAY 31st , 2012 –
#: LINDHAVEN" (a dateline with the city last).
_DASH_CITY = re.compile(rf"\s[-–—]\s+(?P<p>{_PLACE_WORDS})\.?$")


#: The same with the city first: "… at the Opening of the Basin Forum, Lindhaven – 31 May 2012".
_CITY_DASH_DATE = re.compile(rf",\s+(?P<p>{_PLACE_WORDS})\s+[-–—]\s+(?P<d>[^,;()|]{{6,30}}?)\.?$")


def _dated_then_city(h: Header, text: str) -> bool:
    """The date and city a title line ends with, set off by a dash (the city after the date, or before it):
    the statement's own occasion, dated and placed. Only a whole date beside the dash."""
    if _DESTINATION.search(text):
        return False
    parts = re.split(r"\s[-–—]\s+", text)
    trial = Header()
    # "Keynote speech by X — Lindhaven, March 13, 2011": a whole dateline after the title's dash
    dated = len(parts) > 1 and len(parts[-1].split()) <= 8 and dateline(trial, parts[-1])
    if dated and trial.date is not None and trial.date.day is not None and trial.place is not None:
        h.date = h.date or trial.date
        h.place, h.place_shape = trial.place, "a title closing with a dash and its dateline"
        return True
    first = _CITY_DASH_DATE.search(text)
    if first is not None:
        days = exact_days(first["d"])
        place = _unshout(first["p"])
        whole = len(days) == 1 and days[0].start == 0 and days[0].end >= len(first["d"].rstrip(" ."))
        point = days[0].date.first if whole and days[0].date is not None else None
        if point is not None and point.day is not None and is_place(place):
            h.date = h.date or point
            h.place, h.place_shape = place, "a title closing with its city, a dash and the date"
            return True
    m = _DASH_CITY.search(text)
    if m is None:
        return False
    head = text[: m.start()].rstrip(" ,")
    days = [d for d in exact_days(head) if d.date is not None and d.date.first is not None]
    place = _unshout(m["p"])
    if not days or days[-1].end < len(head) or days[-1].start == 0 or not is_place(place):
        return False  # (a date alone before the dash is a dateline's, read by ``dateline``)
    point = days[-1].date.first if days[-1].date is not None else None
    if point is None or point.day is None:
        return False
    h.date = h.date or point
    h.place, h.place_shape = place, "a title closing with its date, a dash and the city"
    return True


#: "… Regular Session of the Basin Conference 2010": a meeting named with its year at the end of a line.
_MEETING_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s*[.)]?\s*$")


def _year_of_title(lines: list[str]) -> DatePoint | None:
    """The year a header's title gives its meeting ("… General Conference 2010", "2012 Statement") when no
    line dates the statement: the year is stated, the day is not (the draft gives the year only)."""
    for line in lines:
        m = _MEETING_YEAR.search(line)
        # the statement's own occasion ("Statement to the … Conference 2010", "Fifty-Fourth Session of …
        # 2010"), not a meeting a title looks ahead to ("Preparing for the Basin Summit 2015")
        own = _STATEMENT.match(line) or _OCCASION_START.match(line) or ORDINAL.match(line)
        if (
            m
            and own
            and EVENT_WORDS.search(line[: m.start()])
            and not re.search(r"\b(?:by|until|to|vision|agenda)\s*$", line[: m.start()], re.I)
        ):
            return DatePoint(int(m["y"]))
        if _YEAR_TITLE.match(line.strip()) and re.match(rf"^\d{{4}}\s+{_KIND_WORDS}$", line.strip(), re.I):
            return DatePoint(int(line.strip()[:4]))
    return None


def place_is_not_the_speaker(header: Header) -> None:
    """A page's byline ("Lena Kost" over "Speech") reads like a two-word place; once the speaker is known,
    a place that is their name is dropped."""
    if header.place and header.speaker:
        surname = header.speaker.split()[-1].lower()
        if surname in header.place.lower().split():
            header.place = None


def _city_beside_dateline(h: Header, lines: list[str]) -> None:
    """ "Lindhaven" / "January 4, 2010", or "Washington, DC" above it: a city on the line next to a bare
    dateline is where the statement was given (a line that said nothing else, left unused)."""
    if h.place is not None:
        return
    for k, line in enumerate(lines):
        bare = Header()
        if not dateline(bare, line) or bare.date_place is not None:
            continue
        for near in lines[k - 1 : k] + lines[k + 1 : k + 2]:
            parts = [p.strip() for p in near.rstrip(".").split(",")]
            if re.fullmatch(r"[A-Z]{2,3}", parts[0]):
                continue  # "KOR", "ENG": a language switcher's code, not a city (though "Washington, DC")
            if near in h.unused and len(parts) <= 2 and all(is_place(p) for p in parts):
                if len(parts) == 1 and len(parts[0].split()) == 2 and not _is_known_city(parts[0]):
                    continue  # "Oren Halm" over the date: two words alone read as a name, not a city
                h.place = _unshout(parts[0])
                h.unused.remove(near)
                return


def _dashed_parts(line: str) -> list[str]:
    """ "University of Lindhaven, 10 September 2012 - Statement by X - Check against delivery": a header's
    facts on one line between dashes, each part read on its own when one of them is the statement line."""
    parts = [p.strip() for p in re.split(r"\s[-–—|]\s", line) if p.strip()]
    if len(parts) < 2:
        return [line]
    if any(_STATEMENT.match(p) for p in parts[1:]) and all(
        _STATEMENT.match(p) or _DELIVERY.search(p) or dateline(Header(), p) for p in parts
    ):
        return parts
    # "Oskar Lind – Minister of Inland Affairs", "Speech | Oskar Lind | 12 May 2010": a name beside its role,
    # a kind of statement or a date, each its own line
    named = [p for p in parts if _bare_name(p)]
    others = [
        p
        for p in parts
        if p not in named
        and (
            ROLE_WORDS.search(" ".join(p.split()[:3]))
            or re.fullmatch(rf"{_KIND_WORDS}", p, re.IGNORECASE)
            or dateline(Header(), p)
        )
    ]
    if len(named) == 1 and len(named) + len(others) == len(parts):
        return parts
    return [line]


#: A statement line inside a longer line: "… 18 June 2010 , Prime Minister Speech by Prime Minister X to …".
_INNER_STATEMENT = re.compile(
    rf"\s(?={_KIND_WORDS}\s+(?:delivered\s+|made\s+|given\s+)?by\s+(?:the\s+)?[A-Z])", re.I
)


def _flattened(line: str) -> list[str]:
    """A header a document site flattened into one line — its kind, venue and date, a role, then the
    statement line and the delivery note ("Speech Nordholm, Amber hall 18 June 2010 , Prime Minister Speech
    by Prime Minister X to … Check against delivery") — cut where its fields were: the statement line read
    as one, the date before it kept. Where the fields ran together a city beside a venue cannot be told
    from the venue's own name, so the date is kept alone."""
    inner = _INNER_STATEMENT.search(line)
    if inner is None or (
        _STATEMENT.match(line) and re.match(rf"^{_KIND_WORDS}\s+(?:\w+\s+)?by\b", line, re.I)
    ):
        return [line]
    head, tail = line[: inner.start()], line[inner.end() :]
    days = exact_days(head)
    if len(days) != 1:
        return [line]  # (only a dated head is such a header's first fields)
    pieces = [p.strip() for p in re.split(r"\s,\s*", head) if p.strip()]
    dated = next(p for p in pieces if exact_days(p))
    # "Speech Nordholm, …": the kind of text as a label, not "Speech of/by …"
    undressed = re.sub(rf"^{_KIND_WORDS}\s+(?=[A-Z])(?!(?:by|of|from)\b)", "", dated, flags=re.I)
    trial = Header()
    if dateline(trial, undressed) and trial.venue is None and not _VENUE.search(undressed):
        first = undressed
    else:
        day = exact_days(dated)[0]
        first = dated[day.start : day.end]
    return [first, *[p for p in pieces if p is not dated], tail]


def _bare_name(text: str) -> bool:
    """Two to five capitalised words and nothing else: a person's name, on its own."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(is_name_word(w) or w.lower() in PARTICLES for w in words)
        and not EVENT_WORDS.search(text)
        and not ROLE_WORDS.search(text)
        and not is_country(text)
    )


def _join_across_blocks(blocks: list[list[str]]) -> list[list[str]]:
    """ "NOTES FOR AN ADDRESS BY" / (blank) / "THE HONOURABLE X,": a line ending in "by" goes on in the next
    block, however the page spaced its lines."""
    out: list[list[str]] = []
    for block in blocks:
        last = out[-1][-1] if out and out[-1] else ""
        goes_on = re.search(r"\bby$", last, re.IGNORECASE) or (
            block and last and _capitals_go_on(last, block[0], out[-1][0])
        )
        if goes_on and block and _OCCASION_START.match(block[0]) and not _CONNECTOR_END.search(last):
            out[-1] = [*out[-1], *block]  # "X" / "AT THE …": the occasion under the name, as in one block
        elif goes_on and block:
            out[-1] = [*out[-1][:-1], f"{last} {block[0]}", *block[1:]]
        elif out and len(block) == 1 and _capitals_title_goes_on(out[-1], block[0]):
            out[-1] = [*out[-1], block[0]]
        else:
            out.append(list(block))
    return out


def _capitals_title_goes_on(block: list[str], line: str) -> bool:
    """ "SPEECH BY / HIS EXCELLENCY THE PRIME MINISTER" / "X Y Z": a title in capitals typed one line a
    paragraph goes on with the name under it, as it does when the same lines are one block."""
    return (
        line.isupper()
        and all(part.isupper() for part in block)
        and any(_STATEMENT.match(part) and re.search(r"\bBY\b", part) for part in block)
    )


def _capitals_go_on(last: str, line: str, first: str = "") -> bool:
    """ "STATEMENT BY MINISTER OF FOREIGN AFFAIRS" / "OF COLOMBIA X": a title in capitals that a PDF or a
    word processor broke into lines (with blank lines or not), a line starting with "of" or "to the"
    carrying on from the statement line above."""
    return bool(
        last.isupper()
        and line.isupper()
        and (re.match(r"^(?:OF|TO THE|AT THE|ON THE|FOR THE|AND)\b", line) or _CONNECTOR_END.search(last))
        and (_STATEMENT.match(last) or _STATEMENT.match(first) or _CONNECTOR_END.search(last))
    )


def _join_run_ons(block: list[str]) -> list[str]:
    out: list[str] = []
    for line in block:
        if out and out[-1].lower() == "by":
            out[-1] = f"{out[-1]} {line}"  # "by" alone on its line: the by-line is the line under it
            continue
        if re.match(r"^by\b", line) and out and (_dated_bracket(out[-1]) or dateline(Header(), out[-1])):
            # "(29 March 2011)" / "by" / "X", "12 May 2010" / "by X": the date is a line of its own, the
            # by-line another
            out.append(line)
            continue
        starts_occasion = _OCCASION_START.match(line) and not _CONNECTOR_END.search(out[-1] if out else "")
        if out and _STATEMENT.match(out[-1]) and re.match(r"^OF\b", line) and _capitals_go_on(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
            continue
        if (
            out
            and (_CONNECTOR_END.search(out[-1]) or line[:1].islower())
            and not _DELIVERY.search(line)
            and not starts_occasion
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: Words before a statement line that say it is a copy of it: "Full text of …", "Excerpts from the speech of …".
_COPY_OF = re.compile(
    r"^(?:(?:full|complete|official)\s+)?(?:text|excerpts?|extracts?)\s+(?:of|from)\s+(?:the\s+)?(?=\S)",
    re.IGNORECASE,
)
#: "Speaking notes for the Honourable X": notes for the speaker's remarks.
_NOTES_FOR = re.compile(r"^speaking\s+notes\s+for\s+", re.IGNORECASE)
#: A headline: "Prime Minister X addresses the Basin Forum", "Minister X opens the Council".
_HEADLINE = re.compile(
    r"^(?P<who>.{4,80}?)\s+(?:addresses|opens|speaks\s+(?:at|to|before)|delivers\s+(?:a|the|his|her)\s+"
    r"(?:speech|statement|address|remarks))\b"
)
#: "Minister X: “Rivers unite us”": the speaker, then the statement's title in quotation marks.
_NAME_THEN_TITLE = re.compile(r"^(?P<who>[^:“”\"]{4,80}):\s*[“\"](?P<t>[^”\"]{3,160})[”\"]\s*$")


#: Buildings one speaks in (``_VENUE`` without the offices that also name a site: embassy, mission …).
_ROOMS = re.compile(
    r"\b(?:headquarters|hall|chamber|room|palace|building|centre|center|auditorium|house|hotel|residence)\b",
    re.IGNORECASE,
)


def _classify(h: Header, line: str, after_speaker: bool, around: tuple[str, str] = ("", "")) -> bool:
    """Record what ``line`` tells; return True while role lines may follow a speaker."""
    line = _NOTES_FOR.sub("Remarks by ", _COPY_OF.sub("", line))
    if is_region(line.strip(" .")):
        h.unused.append(line)  # "South America" in a ministry's menu of regions: neither who nor where
        return False
    if h.speaker is None and _speaker_then_more(h, line):
        return True
    bare = line.strip().strip("()[]").strip()
    if _DELIVERY.search(bare) and len(bare.split()) <= 8:
        if dateline(h, line):
            return False  # "Tuesday, June 5, 2012 Original: Spanish": a date beside the document's language
        h.delivery_note = _sentence_case(bare.rstrip("."))
        return False
    quoted = _QUOTED.match(line.strip())
    if quoted and h.title is None:
        h.title = quoted["t"].strip()
        return False
    statement = _STATEMENT.match(line)
    if statement and (statement["rest"].strip() == "" or statement["rest"][:1] in " ,:"):
        h.kind = _sentence_case(statement["kind"].strip().lower())
        return statement_line(h, statement["rest"].strip(" ,:"))
    labelled = LABEL.match(line)
    if labelled:
        label = (labelled["label"] or labelled["label2"]).lower()
        value = (labelled["value"] or labelled["value2"]).strip()
        if label == "by" and (
            len(value.split()) == 1 or JOURNALIST.search(value) or _writers_title(around[1])
        ):
            # "By BasinNews", "By X, Staff Writer", "By X" over a line "Special Correspondent": a news site's
            # by-line, not a speaker
            h.unused.append(line)
            return False
        if label in ("speaker", "speech by", "delivered by", "by"):
            value = _role_comma_name(value)
            if h.speaker is not None:
                trial = Header()
                statement_line(trial, value)
                labelled_name = (trial.speaker or "").split()
                if (
                    labelled_name
                    and h.speaker.split()[: len(labelled_name)] == labelled_name
                    and len(h.speaker.split()) > len(labelled_name)
                ):
                    # "Address Kuupik Kleist Arctic Council …" then "By Premier of Greenland, Kuupik Kleist.":
                    # the label says where the name ends
                    h.speaker, h.role = trial.speaker, trial.role
                    h.honorific = trial.honorific or h.honorific
                return False
            return statement_line(h, value)
        if label in ("event", "meeting", "occasion") and h.occasion is None:
            _occasion(h, value)
            return False
        if label in ("venue", "place", "location") and (h.place is None or h.place_in_title):
            first = value.split(",")[0].strip()
            said = (
                first
                if is_place(first)
                else (value.split(",")[-1].strip() if is_place(value.split(",")[-1].strip()) else None)
            )
            if said is not None:
                h.place, h.place_in_title = said, False
            return False
    prefixed = _PREFIXED_STATEMENT.match(line) or _BRIEFING_OF.match(line)
    if prefixed and h.speaker is None:
        h.kind = _sentence_case(f"{prefixed['pre']}{prefixed['kind']}".strip().lower())
        return statement_line(h, prefixed["rest"].strip(" ,:"))
    titled = _TITLED_STATEMENT.match(line)
    if titled and h.speaker is None and titled["rest"][:1].isupper():
        h.kind = _sentence_case(f"{titled['pre']}{titled['kind']}".strip().lower())
        return statement_line(h, titled["rest"].strip(" ,:"))
    possessive = _POSSESSIVE_STATEMENT.match(line)
    if possessive and re.fullmatch(r"(?:the\s+)?[A-Z]{2,4}", possessive["who"].strip()):
        h.kind = _sentence_case(
            possessive["kind"].lower()
        )  # "PM's address": an office's abbreviation, nobody named
        rest = possessive["rest"].strip(" ,:")
        if rest and not _rest_on_day(h, rest):
            _classify(h, rest, False)
        return False
    named = _NAMED_STATEMENT.match(line)
    if named and h.speaker is None:
        trial = Header()
        statement_line(trial, named["who"])
        if trial.speaker:
            # "H.E. Mr. X, Minister …: Statement at the General Debate (New York, 26 September 2009)"
            h.kind = _sentence_case(named["kind"].lower())
            statement_line(h, named["who"])
            rest = named["rest"].strip(" ,:")
            if rest and not _rest_on_day(h, rest):
                _classify(h, rest, False)
            return False
    if (
        possessive
        and h.speaker is None
        and len(possessive["who"].split()) <= 8
        and not by_whom(Header(), possessive["who"])
    ):
        # ("Full text of the PM's speech" names nobody: what follows "Full" is not a name.)
        h.kind = _sentence_case(possessive["kind"].lower())
        by_whom(h, possessive["who"])
        rest = possessive["rest"].strip(" ,:")
        if rest and not _rest_on_day(h, rest):
            _classify(h, rest, False)
        return False
    if line.rstrip().endswith((",", ";")) and not find_dates(line):
        # An addressee line ("Kemal Dervis," / "H.E. Mr. X, President of the …,"): not the speaker.
        h.unused.append(line)
        return False
    if _RULE_LINE.match(line) or _YEAR_TITLE.match(line.strip()):
        return False
    if _OCCASION_START.match(line) and h.occasion is None:
        _occasion(h, _OCCASION_START.sub("", line, count=1))
        return False
    if _OCCASION_START.match(line):
        # a second naming of the occasion (a page's title above, the statement's own line here): the
        # place and date it gives still count
        trial = Header()
        _occasion(trial, _OCCASION_START.sub("", line, count=1))
        if trial.place or trial.date:
            h.place = h.place or trial.place
            if h.date is None and trial.date is not None:
                h.date, h.date_place = trial.date, trial.date_place
            return False
    if dateline(h, line):
        return False
    if _person_with_role(line) and any(_person_with_role(a) for a in around):
        h.unused.append(
            line
        )  # "Rt Hon X, Prime Minister of …" / "Y, Mayor of …": an addressee list, not who speaks
        return False
    if speaker_line(h, line, supported=_name_line_supported(*around) or _name_and_role_line(line, around[1])):
        return True
    if h.speaker is None and _role_then_name(h, line):
        return True
    where = _VENUE.search(line) or (
        all(is_place(p) for p in line.rstrip(".").split(","))
        and not re.match(r"^(?:the\s+)?(?:Republic|Kingdom|Federation|Principality|Sultanate|Union)\b", line)
    )  # "Treaty Room", "Washington, DC" under the role: where, not more of the role
    if (
        after_speaker
        and h.speaker
        and (h.role is None or not EVENT_WORDS.search(line))
        and not where
        # (a line with a date under the name's role is the page's date line, not more of the role, whether
        # the two are typed in one block or a paragraph each: "Date issued: 12 May 2010 | Length: 3:10")
        and not find_dates(line)
    ):
        h.role = f"{h.role} {line}" if h.role else line
        country_from_role(h)
        return True
    if h.speaker is None and _name_then_role(h, line):
        return False
    if (
        h.occasion is None
        and EVENT_WORDS.search(line)
        and (line[:1].isupper() or line[:1].isdigit())
        and not (HONORIFIC.match(line) and line.count(",") >= 2)
    ):  # ("Mr. X, Mayor of Y, Mr. Z, Speaker of the Assembly": whom the speech addresses, not its occasion)
        _occasion(h, line)
        return False
    if h.place is None and line.strip().rstrip(".").lower() in SEAT_CITIES:
        h.place = line.strip().rstrip(
            "."
        )  # "New York" on a line of its own under the role: a letterhead's city
        return False
    commas = [p.strip(" .") for p in line.split(",") if p.strip(" .")]
    if (
        h.place is None
        and len(commas) >= 2
        and is_place(commas[-1])
        and all(_VENUE.search(p) or _ORGANISATION.search(p) for p in commas[:-1])
        and len(line.split()) <= 12
    ):
        # "Vienna International Centre, Vienna", "UNITED NATIONS, NEW YORK": a venue or a body, then its city
        h.place = _unshout(commas[-1])
        h.venue = h.venue or commas[0]
        return False
    housed = re.match(rf"^(?P<v>[A-Z][^,;]{{2,60}}?)\s+in\s+(?P<p>{_PLACE_WORDS})\.?$", line.strip())
    if h.place is None and housed and _ROOMS.search(housed["v"]) and is_place(housed["p"]):
        # "Lindhaven Guest House in Ostrava" on a line of its own: the venue, then its city (not "Estravian
        # Embassy in Ostrava", a site's name: an office is who publishes, not where one speaks)
        h.place = _unshout(housed["p"])
        h.venue = h.venue or housed["v"]
        return False
    pieces = re.split(r"\s+[.|·•]\s+", line)
    seat = [p for p in pieces if p.strip(" .").lower() in SEAT_CITIES]
    if len(pieces) >= 2 and seat:
        # "Department of Public Information . News and Media Division . New York": an office's letterhead
        h.place = h.place or seat[-1].strip(" .")
        return False
    parts = re.split(r"[,;]", line)
    if (
        h.place is None
        and (h.occasion is not None or (h.date is not None and len(parts) == 2))
        and is_place(parts[0])
        and len(parts) <= 2
        and all(is_place(p) or is_country(p) for p in parts)
        # (a line of one or two words alone is a known city or a country: "Andrew Doyle" under the
        # occasion is the speaker's name, not a place)
        and (len(parts) == 2 or _is_known_city(parts[0]) or is_country(parts[0]))
    ):
        h.place = (
            parts[0].strip().rstrip(".")
        )  # "Lindhaven", or "Lindhaven, Ostrava" / "Lindhaven; Ostrava": the city
        return False
    h.unused.append(line)
    return False


def _role_comma_name(value: str) -> str:
    """ "Premier of Greenland, Kuupik Kleist" → "Kuupik Kleist, Premier of Greenland": a by-line's role
    first, then the name after a comma, in the order the statement line reader takes."""
    m = re.fullmatch(r"(?P<role>(?:the\s+)?[A-Z][^,]{2,80}),\s+(?P<name>[^,]{3,60}?)[.\s]*", value)
    if not m or not ROLE_WORDS.search(m["role"]):
        return value
    trial = Header()
    by_whom(trial, m["role"])
    if trial.speaker is not None:
        return value  # "Mr. X, Minister of …": the name came first
    named = Header()
    by_whom(named, m["name"])
    return f"{m['name']}, {m['role']}" if named.speaker and not named.role else value


#: Who writes a news item, not who speaks in it.
def _writers_title(line: str) -> bool:
    """A short line that is a writer's title alone ("Staff Writer", "Our Special Correspondent", "Senior
    Reporter, Basin News Agency"): under a by-line, it says the name above wrote the item."""
    line = normalise_space(line).strip(" .,")
    return 0 < len(line.split()) <= 6 and bool(JOURNALIST.search(line)) and not find_dates(line)


JOURNALIST = re.compile(
    r"\b(?:staff\s+writer|correspondent|reporter|journalist|editor|news\s+agency|news\s+desk|columnist|"
    r"contributor|staff)\b",
    re.IGNORECASE,
)


def _speaker_then_more(h: Header, line: str) -> bool:
    """A headline or a quoted title after the speaker's name: "Prime Minister X addresses the Forum",
    "Minister X: “Rivers unite us”". Taken only with a role or a style and a name of two words or more."""
    headline = _HEADLINE.match(line)
    titled = _NAME_THEN_TITLE.match(line)
    m = headline or titled
    if not m:
        return False
    trial = Header()
    rest = by_whom(trial, m["who"])
    if rest or not trial.speaker or len(trial.speaker.split()) < 2 or not (trial.role or trial.honorific):
        return False
    h.speaker, h.role = trial.speaker, h.role or trial.role
    h.honorific = h.honorific or trial.honorific
    country_from_role(h)
    if titled and h.title is None:
        h.title = titled["t"].strip()
    return True


#: "Speaker: Ms. X", "Event: Basin Forum", "Venue: Amsel", and "By H.E. Mr. X" under a "Statement" line.
LABEL = re.compile(
    r"^(?P<label>speaker|speech by|delivered by|event|meeting|occasion|venue|place|location)\s*:\s*"
    # ("Delivered by Ambassador X" under "Statement by Norway": the person who read a country's statement)
    r"(?P<value>\S.*)$|^(?P<label2>by|delivered\s+by)\s*:?\s+(?P<value2>\S.*)$",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^\s*[_=\-–—*~.]{3,}\s*$")
#: "2012 Statement", "2010 Session": a year and a word, a page's title rather than a header fact.
_YEAR_TITLE = re.compile(r"^(?:19|20)\d\d\s+\w+$")


def statement_line(h: Header, rest: str) -> bool:
    """ "Statement by <speaker>[, <role>][, at the <occasion>][, <place>][, <date>]"."""
    if not rest:
        return False
    rest = re.sub(r"\s+,", ",", rest)
    if re.match(
        r"^\s*(?:by\s+)?(?:the\s+)?(?:[A-Z][\w\-]{0,40}\s+){0,2}(?:Ministers|Presidents|Leaders|Heads|Secretaries|Co-Chairs)\b"
        r"[^,]*,[^,]*\band\b",
        rest,
    ):
        # "Joint statement by Foreign Ministers X, Y and Z": several speak; none is the speaker (the line's
        # date and place are still read, by _title_ends_dated)
        h.unused.append(rest)
        return False
    # "by Her Excellency, Mrs. X, …": a style set off by its own comma is still the name's style
    rest = re.sub(
        r"\b((?:His|Her)\s+Excellency|H\.\s?E\.),\s+(?=(?:Mr|Mrs|Ms|Dr|Madam|Madame|Sir)\b)", r"\1 ", rest
    )
    note = _DELIVERY.search(rest)
    if note and note.start() > 20:
        # "… 26 September 2009 Please check against delivery": a delivery note run on at the end
        h.delivery_note = h.delivery_note or _sentence_case(rest[note.start() :].strip(" .").split(". ")[0])
        rest = re.sub(r"\s*\b(?:please\s+)?$", "", rest[: note.start()], flags=re.IGNORECASE).strip(" ,")
    ending = exact_days(rest)
    if (
        ending
        and not rest[ending[-1].end :].strip(" .,()th")
        and h.date is None
        and ending[-1].start > 20
        and rest[: ending[-1].start].rstrip()[-1:] not in (",", "(", "-", "–")
        and rest[: ending[-1].start].split()[-1:][0][:1].isupper()
    ):
        # "… Prime Minister of the Republic of X April 19, 2009": the date ends the line, with no comma
        d = ending[-1]
        assert d.date is not None
        h.date = d.date.first
        h.date_titled = _one_day(d)
        rest = rest[: d.start].rstrip(" ,(")
    closing = _CLOSING_BRACKET.search(rest)
    if closing and closing.start() > 0 and _dated_bracket(closing.group(1)):
        rest = rest[: closing.start()].rstrip()  # "… by Official Spokesperson (July 20, 2012)": a dateline
    # (after a name's last word only: "… Discussions held on January 28, 2010" dates what the statement is on)
    on_day = re.search(r"\b[A-Z][\w'’.\-]*(?P<on>\s+on\s+(?P<d>[^,;]{3,20},?\s+(?:19|20)\d\d)\.?)$", rest)
    days = exact_days(on_day["d"]) if on_day else []
    if on_day and len(days) == 1 and days[0].start == 0 and days[0].date is not None:
        # "… Spokesperson X on July 20, 2012": the day closing the line, its comma no role's
        title_day(h, days[0])
        rest = rest[: on_day.start("on")]
    dated = re.match(r"^dated\s+(?P<d>.+?)\s+from\s+(?P<who>.+)$", rest, re.IGNORECASE)
    if dated:
        # "Letter dated 12 March 2010 from the Permanent Representative of X addressed to …"
        days = [
            d for d in find_dates(dated["d"]) if d.date is not None and d.relative is None and d.date.first
        ]
        if days and h.date is None and days[0].date is not None:
            h.date = days[0].date.first
        rest = re.sub(r"\s+addressed\s+to\b.*$", "", dated["who"])
    behalf = re.match(
        # (in any case: a header in capitals keeps its "STATEMENT ON BEHALF OF … BY MR. X")
        r"^(?i:(?:delivered|made|given)\s+)?(?i:on\s+behalf\s+of|on|at|in|to|before|for|about)\s+[^,;]{3,100}?\s+"
        r"(?i:delivered\s+)?(?i:by)\s+(?P<who>(?i:the\s+)?(?:[A-Z]|H\.E).*)$",
        rest,
    )
    if behalf:
        # "Statement on behalf of the Group of X by Ambassador Y": the speaker after "by"; "Speech delivered
        # in Lindhaven on 12 May 2010 by Minister X": where and when before it
        _trailing_place_and_date(h, rest[: behalf.start("who")])
        rest = behalf["who"]
    delivered = re.search(
        r"\s(?:delivered|presented|read\s+out|read)\s+by\s+(?P<who>(?:[A-Z]|H\.E).*)$", rest
    )
    if delivered:
        # "Statement of the Republic of X delivered by Ms. Y": the country's statement, read by a person
        by_whom(Header(), rest[: delivered.start()])
        rest = delivered["who"]
    interviewee = re.match(r"^with\s+(?P<who>(?:the\s+)?(?:[A-Z]|H\.E).*)$", rest)
    if (h.kind or "").lower() == "interview" and interviewee:
        # "Interview with Foreign Minister X (Basin Daily, DATE)": an interview's words are the person's it is
        # with (a bracket closing the line, the paper and the date, is read as a dateline by _title_ends_dated)
        rest = re.sub(r"\s*\([^()]*\)\s*$", "", interviewee["who"])
    if re.match(
        r"^(?:with|after|following|upon|about|regarding|on\s+the\s+(?!occasion))\b", rest, re.IGNORECASE
    ):
        h.unused.append(
            rest
        )  # "Remarks With the Deputy Prime Minister of X After Their Meeting": not who speaks
        return False
    occasion_first = _OCCASION_START.match(rest)
    if occasion_first and not re.match(r"^(?:by|of)\b", rest, re.IGNORECASE):
        # "Address to the Basin Council": where and to whom, no speaker on this line.
        _occasion(h, rest[occasion_first.end() :])
        return False
    shouting = rest.isupper()
    if shouting:
        rest = _unshout_header(rest)
    parts = _OCCASION_SPLIT.split(rest, maxsplit=1)
    who = parts[0].strip(" ,")
    delegation = _DELEGATION.search(who)
    after_comma = who.partition(",")[2].strip()
    if delegation and (
        HONORIFIC.match(after_comma)
        or (
            2 <= len(after_comma.split()) <= 5
            and all(w[:1].isupper() for w in after_comma.split())
            and not is_country(after_comma)
        )
    ):
        # "by the Head of the Delegation of X, Ms Y" or "…, Y Z": the role, then the person who spoke
        delegation = None
    spokes = re.match(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}Spokes\w+\s+(?:of|for)\s+", who, re.IGNORECASE)
    served = Header()
    if spokes and "," not in who:
        by_whom(served, who[spokes.end() :])
    if spokes and served.speaker:
        # "by the Spokesperson of High Representative X": the spokesperson speaks, for the person named (not
        # "by the Spokesperson of the Ministry, X": the name after the comma is the spokesperson's)
        h.unused.append(who)
        return False
    if delegation:
        # "Statement by the (Head of) Delegation of X": a country, not a person.
        h.country = h.country or _unshout(delegation["c"].strip(" ,."))
        who = ""
    tail = ""
    first, _, second = who.partition(",")
    second_words = second.strip().split(",")[0].split()
    # "by the NATO Spokesperson, Oana Lungu, at …": a title, then a bare name of two to five words
    bare_name = (
        2 <= len(second_words) <= 5
        and all(is_name_word(w) for w in second_words)
        and not is_country(" ".join(second_words))
        and any(TITLE_END.search(w.strip(",")) for w in first.split())
    )
    if (
        second.strip()
        and (HONORIFIC.match(second.strip()) or bare_name)
        and not HONORIFIC.match(first.strip())
        and ROLE_WORDS.search(first)
    ):
        # "by the Minister of Foreign Affairs of Ostrava, Ms Lena Varg[, …]": the role first, then the person.
        role_first = re.sub(r"^the\s+", "", first.strip())
        who = f"{second.strip()}, {role_first}"
    if who:
        name, _, role = who.partition(",")
        tail = by_whom(h, name.strip())
        role = role.strip(" ,")
        if role and dateline(h, role):
            pass  # "Press Conference by the Council's President for January, 31 January 2012"
        elif role and is_place(role):
            h.place = h.place or role
        elif role:
            h.role = role if h.role is None or tail else f"{h.role}, {role}"
            country_from_role(h)
    if tail and h.role is None and tail.split()[0].lower() in ROLE_VOCABULARY:
        # "ZAHIR TANIN PERMANENT REPRESENTATIVE OF AFGHANISTAN … IN NEW YORK": the role runs to the place.
        cut = re.search(r"\s(?:in|at|on)\s+[A-Z]", tail)
        h.role = tail[: cut.start()] if cut else tail
        country_from_role(h)
    occasion = re.match(
        r"^(?:at|during|on the occasion of|to|before)\s+(?:the\s+|an?\s+)?(?P<o>.+)$", tail, re.IGNORECASE
    )
    if occasion and len(parts) == 1 and EVENT_WORDS.search(occasion["o"]):
        # "by Frank-Walter Steinmeier at the opening of the Ambassadors Conference 2008 in Berlin on …"
        _occasion(h, occasion["o"])
    elif tail:
        # "by Frank-Walter Steinmeier in Berlin on 8 September 2008": the rest is place and date.
        _trailing_place_and_date(h, tail)
    if len(parts) > 1:
        _occasion(h, parts[1])
    return bool(h.speaker) and not h.role


#: An office's abbreviation before a name: capitals with no vowel ("SG", "DPM", "SRSG") or joined by a
#: slash ("HR/VP"). (Surnames in capitals have vowels: "BAN Ki-moon", "KIM", "LEE".)
_ABBREVIATED_TITLE = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,5}|[A-Z]{1,4}(?:/[A-Z]{1,4})+")


def by_whom(h: Header, text: str) -> str:
    """Read "[role words] [honorifics] Name [role words]" from a "… by …" line; return what follows it.

    "Minister for Foreign Affairs George Yeo in Parliament" → role "Minister for
    Foreign Affairs", name "George Yeo", rest "in Parliament"; "External Affairs
    Minister" → a role and no name (the text names nobody).
    """
    role: list[str] = []
    honorific: list[str] = []
    owner = re.match(r"^(?P<c>[A-Z][\w\-]{0,40}(?:\s+[A-Z][\w\-]{0,40})?)['’]s\s+(?=\S+)", text)
    if owner and text[owner.end() :].split(maxsplit=1)[0].lower() in ROLE_VOCABULARY:
        # "Malaysia's Prime Minister X": the country owns the role.
        h.country = h.country or owner["c"]
        text = text[owner.end() :]
    styled = _STYLE_AFTER_ROLE.search(text)
    if styled and not HONORIFIC.match(text):
        # "Prime Minister Datuk Seri X": the style between the role and the name is an honorific.
        honorific.append(" ".join(styled["s"].split()))
        text = text[: styled.start()] + " " + text[styled.end() :]
    if re.match(r"^the\s+(?=(?:Rt|Right|Hon|Honou?rable|Most|Very)\b)", text):
        text = text[4:]  # "by the Rt. Honourable X": the article belongs to the style
    leading = HONORIFIC.match(text)
    if leading and _CAP_WORD.match(leading["name"].split()[0].rstrip(",")):
        # "His Excellency Mr. Leo Brask": the honorific first, however many words it has.
        honorific = leading["h"].split()
        text = leading["name"]
    tokens = text.split()
    i = 1 if tokens[:1] and tokens[0].lower() == "the" else 0
    while i + 1 < len(tokens) and _ABBREVIATED_TITLE.fullmatch(tokens[i]) and _CAP_WORD.match(tokens[i + 1]):
        role.append(tokens[i])  # "SG Tuiloma Slade", "HR/VP Ashton": an office's abbreviation, then the name
        i += 1
    qualifier = _qualifier_length(tokens[i:]) if not honorific else 0
    if qualifier:
        # "Estravian Foreign Minister X", "New Zealand Prime Minister X": whose role it is, not who.
        owner_words = " ".join(tokens[i : i + qualifier])
        if is_country(owner_words):
            h.country = h.country or owner_words
        role.extend(tokens[i : i + qualifier])
        i += qualifier
    while i < len(tokens) and tokens[i].lower().strip(",") in ROLE_VOCABULARY:
        word = tokens[i].strip(",")
        if HONORIFIC.match(f"{word} x") and not role:
            honorific.append(word)
        elif word.lower() not in ("the",) or role:
            role.append(word)
        i += 1
        if tokens[i - 1].endswith(","):
            break
    # "President of the Republic of Ostrava": capitalised words after a final "of" name the country.
    if (
        role
        and (
            role[-1].lower() in ("of", "for")
            or [w.lower() for w in role[-2:]] in (["of", "the"], ["for", "the"])
        )
        and i < len(tokens)
        and tokens[i][:1].isupper()
        and not HONORIFIC.match(f"{tokens[i]} x")
        and not (
            # "of the Czech republic": a country named by its adjective and a lower-case noun
            i + 1 < len(tokens) and re.match(r"^(?:republic|kingdom|federation|government)\b", tokens[i + 1])
        )
    ):
        start = len(role)
        while i < len(tokens) and tokens[i][:1].isupper() and tokens[i].lower().strip(",") not in _NAME_STOP:
            role.append(tokens[i].strip(","))
            i += 1
            if tokens[i - 1].endswith(","):
                break
        # "Minister for Inland Affairs Mara Quell": the portfolio ends at "Affairs"; two or more capitalised
        # words after it are the name.
        country_end = next(
            (k for k in range(len(role), start, -1) if is_country(" ".join(role[start:k]))), None
        )
        if country_end is not None and len(role) - country_end >= 2 and not tokens[i - 1].endswith(","):
            # "Minister of Foreign Affairs of Peru Ana Ruiz": the country ends the role, the name follows
            back = len(role) - country_end
            del role[-back:]
            i -= back
        ends = [k for k in range(start, len(role)) if _NOT_COUNTRY.fullmatch(role[k])]
        if ends and len(role) - 1 - ends[-1] >= 2 and not tokens[i - 1].endswith(","):
            back = len(role) - 1 - ends[-1]
            del role[-back:]
            i -= back
    # Honorifics after a role: "Minister H.E. Mr. X".
    while i < len(tokens) and HONORIFIC.match(f"{tokens[i]} x") and tokens[i].lower() in ROLE_VOCABULARY:
        honorific.append(tokens[i])
        i += 1
    if i + 1 < len(tokens) and re.match(
        r"^(?:republic|kingdom|federation|government|people)\b", tokens[i + 1]
    ):
        i = len(tokens)  # "the Czech republic": a country in lower case, nobody named
    name: list[str] = []
    while i < len(tokens) and len(name) < 5 + sum(w in PARTICLES for w in name):
        word = tokens[i]
        bare = word.rstrip(",.:;")
        if (
            bare.lower() in _NAME_STOP
            or bare.lower() in _POST_NOMINAL
            or not _CAP_WORD.match(bare)
            or (name and bare.lower() in ROLE_VOCABULARY and bare.lower() not in ("de", "van", "von"))
        ):
            break
        if re.fullmatch(r"(?:[A-Z]\.)+", word.rstrip(",:;")):
            bare = word.rstrip(",:;")  # "Pema Y. Dorji", "A.P.J. Kalam": initials keep their full stops
        if bare.endswith(("'s", "’s")):
            name.append(bare[:-2])
            i += 1
            break
        name.append(bare)
        i += 1
        if word.endswith((",", ":", ";")):
            break
    # A role of one word and no name after it ("the Minister", "Federal Foreign Minister Steinmeier"):
    # role words stay the role; only capitalised words that are not role words name someone.
    rest = " ".join(tokens[i:])
    while role and role[-1].lower() in ("of", "for", "the", "and", "to"):
        name_back = role.pop()
        rest = f"{name_back} {rest}".strip()
    if honorific:
        h.honorific = h.honorific or " ".join(honorific)
    if (
        name
        and not (len(name) == 1 and not role and not honorific and name[0].lower() in ROLE_VOCABULARY)
        and not EVENT_WORDS.search(" ".join(name))
        and not _DOCUMENT_WORDS.search(" ".join(name))
        # "Foreign Ministers X and Y", "by X and Foreign Minister Y": two speakers, neither is the one
        and not re.match(r"^and\s+(?:(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?[A-Z]", rest)
    ):
        h.speaker = _unshout_name(" ".join(name))
    if role:
        h.role = h.role or " ".join(role)
        country_from_role(h)
    return rest


#: What a programme's or a listing's line says happens to a person: "Arrival of President X", "Visit of …".
_ACT_NOUNS = {
    "arrival", "departure", "visit", "reception", "welcome", "farewell", "funeral", "election", "inauguration",
    "meeting", "call", "audience", "talks", "installation", "investiture", "swearing-in", "send-off",
}  # fmt: skip


def _qualifier_length(tokens: list[str]) -> int:
    """How many capitalised words before a role say whose role it is: one word ("Estravian Foreign
    Minister"), or a country's name of two or three ("Costa Rica Minister of …"); 0 when none do.

    Two personal names before a role ("Oskar Lind President of …", a letterhead run together) are
    not a qualifier: only a country's name of more than one word is."""
    if tokens and tokens[0].lower().strip(",:") in _ACT_NOUNS:
        return 0  # "Arrival of President X": an act done to or by the person, no qualifier of a role
    for k in (1, 2, 3):
        if k >= len(tokens):
            break
        words = tokens[:k]
        if (
            words[-1].endswith((",", ":", ";"))
            or not all(w[:1].isupper() and _CAP_WORD.match(w) for w in words)
            or words[-1].lower() in ROLE_VOCABULARY
            or HONORIFIC.match(f"{words[-1]} x")
        ):
            break
        run = []
        for word in tokens[k:]:
            if word.lower().strip(",") not in ROLE_VOCABULARY:
                break
            run.append(word.strip(","))
            if word.endswith(","):
                break
        if any(TITLE_END.search(w) for w in run) and (k == 1 or is_country(" ".join(words))):
            return k
    return 0


def _role_then_name(h: Header, line: str) -> bool:
    """ "Foreign Minister Jonas Eskil", "Minister George Yeo" on a line of their own: a role, then a name."""
    words = line.strip().rstrip(".").split()
    qualified = len(words) >= 3 and _qualifier_length(words) == 1  # "Basin Secretary-General Oren Vell"
    if not 2 <= len(words) <= 9 or words[0].lower() in _NAME_STOP:
        return False
    if words[0].lower() not in ROLE_VOCABULARY and not qualified:
        return False
    trial = Header()
    rest = by_whom(trial, " ".join(words))
    portfolio = trial.role and re.search(
        r"\b(?:minister|secretary|director|commissioner)\s+(?:for|of)\s+[A-Z]", trial.role, re.I
    )
    if rest or not trial.speaker or not trial.role or not (TITLE_END.search(trial.role) or portfolio):
        # "Foreign Affairs and International Trade Canada": a department, not a role and a name ("Deputy
        # Minister for Public Relations X" is a role with its portfolio)
        return False
    h.speaker, h.role = trial.speaker, h.role or trial.role
    h.honorific = h.honorific or trial.honorific
    country_from_role(h)
    return True


PARTICLES = {
    "de",
    "da",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "binti",
    "ibn",
    "la",
    "le",
    "du",
    "dos",
    "del",
    "y",
    "ter",
    "ten",
    "zu",
    "bint",
    "ould",
    "della",
}


def _name_then_role(h: Header, line: str) -> bool:
    """ "Oskar Lind President of the Press Statement following …": a PDF's letterhead run together into
    one line, the name first and the role straight after it with no comma. Two to five words of a
    name (particles allowed, no role word, not a country) and then a role that ends in a title."""
    tokens = line.split()
    n = 0
    while n < len(tokens) and n < 6:
        word = tokens[n]
        if word.lower() in PARTICLES and n:
            n += 1
            continue
        if not (word[:1].isupper() and _CAP_WORD.match(word)) or word.lower() in ROLE_VOCABULARY:
            break
        n += 1
    name = tokens[:n]
    if not 2 <= len(name) <= 5 or name[-1].lower() in PARTICLES:
        return False
    run = []
    for word in tokens[n:]:
        if word.lower() not in ROLE_VOCABULARY or word.lower() in ("of", "for", "the", "and", "to"):
            break
        run.append(word)
    text = " ".join(name)
    if (
        not run
        or not TITLE_END.search(run[-1])
        or is_country(text)
        or text.lower() in SEAT_CITIES
        or EVENT_WORDS.search(text)
        or _DOCUMENT_WORDS.search(text)
        or _VENUE.search(text)
        or any(w.isupper() and len(w) > 1 for w in name if w.lower() not in PARTICLES)
    ):
        return False
    h.speaker = text
    h.role = h.role or " ".join(run)
    h.unused.append(line)  # the rest of the run-together line is not read
    return True


def _trailing_place_and_date(h: Header, text: str) -> None:
    """ ", Minister of X, in Berlin on 8 September 2008" → place and date; the rest may be the role."""
    for m in [m for m in find_dates(text) if m.date is not None and m.relative is None][-1:]:
        assert m.date is not None
        if m.date.first is not None and m.date.first.day is not None and h.date is None:
            h.date = m.date.first
    place = re.search(r"\bin\s+(?P<p>[A-Z][\w'’.\-]{0,40}(?:\s+[A-Z][\w'’.\-]{0,40}){0,3})", text)
    if place and _TOPIC.search(text[: place.start()]):
        return  # "by the Minister on the elections in Estravia": the country is what the statement is about
    if place and h.place is None and is_place(place["p"]):
        h.place = place["p"]


#: A statement's subject after its speaker: "on the elections in …", "about human rights in …" (not "on 8
#: September", "on the occasion of …").
_TOPIC = re.compile(r"(?:^|\s)(?:on|about|regarding|concerning)\s+(?:the\s+)?(?!occasion\b)[a-z]")


_HEADER_SMALL = {"of", "the", "and", "for", "on", "in", "to", "at", "by", "de", "an", "a", "during"}
_KEEP_CAPS = re.compile(r"^(?:[A-Z]{2,6}\d*|\d+\w*|H\.E\.?|[IVX]+)$")


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


_DELEGATION = re.compile(
    r"^(?:the\s+)?(?:head\s+of\s+(?:the\s+)?)?delegation\s+of\s+(?:the\s+)?(?P<c>.+)$", re.IGNORECASE
)
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


#: A meeting's name with its city run on before the date: "9th Basin States Summit Lindhaven, 31 May 2012".
_CITY_AFTER_MEETING = re.compile(
    r"\b(?i:summit|meeting|conference|session|forum|assembly|council|ministerial|congress|symposium)\s+"
    r"(?P<p>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$"
)


def _occasion(h: Header, text: str) -> None:
    # "… General Assembly 22 June 2009 United Nations Headquarters, New York", "… in Berlin on 8
    # September 2008": the date ends the name; what follows it is where.
    dated = exact_days(text)
    if dated:
        m = dated[-1]
        assert m.date is not None
        if h.date is None:
            h.date = m.date.first
        bracket = text.rfind("(", 0, m.start)
        if bracket >= 0 and ")" not in text[bracket : m.start]:
            # "Fifth Session of the Commission (Geneva, 8-12 June 2009)": place and date in brackets.
            for part in text[bracket + 1 : m.start].split(","):
                if is_place(part.strip()) and h.date_place is None:
                    # a place with the date: it wins over a bare date above (a document's issue date)
                    h.date, h.date_place = m.date.first, part.strip()
                if h.place is None and is_place(part.strip()):
                    h.place = part.strip()
            text = text[:bracket] + " " + text[m.start :]
            m = [d for d in find_dates(text) if d.date is not None and d.relative is None][-1]
        after = [
            re.sub(r"^(?:in|at)\s+", "", p.strip(" ()."))
            for p in re.split(r"[,;()]", text[m.end :])
            if p.strip(" ().")
        ]
        for part in after:
            if h.place is None and is_place(part):
                h.place = part
        text = re.sub(r"[\s,(]*(?:\bon\b|\bof\b)?\s*$", "", text[: m.start])
        seat = next((c for c in SEAT_CITIES if text.lower().endswith(" " + c)), None)
        if seat and len(text.split()) > len(seat.split()) + 1:
            # "… AT THE BASIN DEBATE NEW YORK, 22 JUNE 2009": a seat city run on after the meeting's name
            h.place = h.place or text[-len(seat) :]
            text = text[: -len(seat)].rstrip(" ,")
        runon = _CITY_AFTER_MEETING.search(text)
        if runon and not seat and h.place is None and is_place(runon["p"]):
            # "9th Basin States Summit Lindhaven, 31 May 2012": a city run on after the meeting's name
            h.place = runon["p"]
            text = text[: runon.start("p")].rstrip(" ,")
    venue = re.search(r"\s+(?:on\s+[A-Z][a-z]+day\s+)?at\s+the\s+(?P<v>[A-Z][^,;]*?)\.?\s*$", text)
    if venue and _VENUE.search(venue["v"]):
        h.venue = h.venue or venue["v"].strip()
        text = text[: venue.start()]  # "… on Monday at the Lindhaven Convention Centre": where, not the name
    where = re.search(
        r"\s+in\s+(?P<p>[A-Z][\w'’.\-]{0,40}(?:\s+[A-Z][\w'’.\-]{0,40}){0,3})(?:,\s+(?P<c>[A-Z][\w'’.\- ]{2,40}))?\s*$",
        text,
    )
    if where and is_place(where["p"]) and (where["c"] is None or is_country(where["c"])):
        h.place = h.place or where["p"]  # "… Summit in Colombo, Sri Lanka": the city, not its country
        text = text[: where.start()]
    parts = [p.strip() for p in text.split(",")]
    name = [parts[0]]
    for part in parts[1:]:
        if dateline(h, part):
            continue
        if h.place is None and is_place(part):
            h.place = part.rstrip(".")
            continue
        name.append(part)
    occasion = ", ".join(name).strip().rstrip(".")
    occasion = re.sub(r"(?<=\s)The\b", "the", occasion)
    h.occasion = occasion
    from .event_name import event_name  # (it reads this module's ordinals)

    called, h.event_name_from_headline = event_name(occasion)
    if not called:
        h.event_name = None
        return
    h.event_name = called[:1].upper() + called[1:]
    ordinal = ORDINAL.match(called)
    if ordinal:
        h.number = _ordinal_value(ordinal["o"])
        # "151st (Extraordinary) Meeting of …": the series is the "Extraordinary Meeting of …"
        rest = re.sub(r"^\((?P<kind>[^()]{1,40})\)\s*", r"\g<kind> ", called[ordinal.end() :].strip()).strip()
        if rest:
            h.series = rest[:1].upper() + rest[1:]


def _ordinal_value(text: str) -> int | None:
    text = text.lower()
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    if "-" in text:
        tens, _, unit = text.partition("-")
        return _TENS.get(tens, 0) + _ORDINALS.get(unit, 0) or None
    return _ORDINALS.get(text)


_TIME = re.compile(
    r"^(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs?|hours))?(?:\s+[A-Z]{2,4})?"
    r"(?:\s*[-–]\s*\d{1,2}[:.h]\d{2})?$|^\(?\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}\)?$"
    r"|^(?:at\s+)?\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)$",
    re.IGNORECASE,
)


#: A time of day right after a date, as a site stamps a page: "20 July 2012 17:28 (UTC +04:00)".
_CLOCK = re.compile(r"^\s+\d{1,2}:\d{2}\b")
#: A site's stamp after its day: "- 00:43 UTC", ", 16:47 (CET)", "// 12:06", " 17:28".
_STAMP_CLOCK = re.compile(r"^,?\s*(?:[-–—|]|//)?\s*\d{1,2}:\d{2}\b")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: A ministry's document number that ends in its date, day first: "1402-25-09-2010".
_NUMBER_AND_DATE = re.compile(r"^\d{2,5}-(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)$")
#: A press office's release number beside its dateline: "No. 2010/78", "2007/32".
_RELEASE_NUMBER = re.compile(r"^(?:No\.?\s*)?\d{2,4}/\d{1,4}$", re.IGNORECASE)


def dateline(h: Header, line: str) -> bool:
    """A line that is a date with only a place, a weekday, a time or a venue around it.

    "Port Sella, 18 May 2007", "(22 September 2008)", "June 4 2012,", "20 May  2010, New York",
    "Tuesday, 19 January 2010, at 10:00, Council Chamber", "(October 23, 2009 (Friday), United
    Nations University Headquarters)".
    """
    # "20.VII.2012": the month in Roman numerals (read before a line in capitals is lower-cased)
    line = re.sub(
        r"\b(\d{1,2})\.\s?(X?(?:IX|IV|V?I{0,3}))\.\s?((?:19|20)\d\d)\b",
        lambda r: f"{r[1]}.{_ROMAN_MONTHS.index(r[2]) + 1}.{r[3]}" if r[2] in _ROMAN_MONTHS else r[0],
        line,
    )
    text = _unshout_header(line.strip()) if line.strip().isupper() else line.strip()
    text = re.sub(
        r"\s*\([^()]*\b(?:script|transcript|version|delivered|translation|check)\b[^()]*\)",
        "",
        text,
        flags=re.I,
    )  # "12 March 2010 (Original script, may differ from delivered version)"
    # "SRE /Lindhaven, Estravia, 10 December de 2010": an office's initials over its city, and a Spanish "de"
    # left between the month and the year on a page translated by half
    text = re.sub(r"^[A-Z]{2,6}\s*/\s*(?=[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]{0,40}){0,2},)", "", text)
    text = re.sub(
        r"\b((?:January|February|March|April|May|June|July|August|September|October|November|December))"
        r"\s+de\s+(?=(?:19|20)\d\d\b)",
        r"\1 ",
        text,
    )
    published = re.match(r"^(?:first\s+)?published\b", text, re.IGNORECASE)
    # "Last updated: 08 Apr. 2009 11:25": when the page was changed, read only when nothing dated it before
    updated = re.match(r"^(?:last\s+)?(?:updated|modified)\b", text, re.IGNORECASE)
    # "Written: 2010-02-17 17:49:03Updated: 2010-02-17 19:02:28": the page's two stamps run together; the first
    text = re.sub(r"(?<=\d)\s*(?:last\s+)?(?:updated|modified)\s*:.*$", "", text, flags=re.IGNORECASE)
    if re.match(r"^(?:posted|published)\b", text, re.IGNORECASE):
        text = re.sub(
            r"\s+by\s+\S+(?:\s+\S+)?$", "", text
        )  # "Posted on May 12, 2010 by admin": a blog's by-line
    text = re.sub(
        r"^on\s+(?:the\s+)?(?=\d|[A-Z])|"  # "… Press Conference on October 31, 2011": what follows the speaker's name
        r"^(?:date(?:\s+of\s+delivery)?|dated|delivered(?:\s+on)?|given(?:\s+on)?|place and date)\s*[:\-–]\s*"
        r"|^(?:(?:first\s+)?published|posted|last\s+updated|updated|modified|issued|released|written|created)"
        r"(?:\s+on)?\s*[:\-–]?\s*(?=\S)",
        "",
        text.strip("()[] "),
        flags=re.IGNORECASE,
    )
    text = text.strip(
        "()[] .,;:|~•·*»«›‹>"
    )  # "» Monday, July 7, 2008", ":: …": a blog's marks around its date
    text = re.sub(r"\s+[-–—|]+$", "", text)  # "• 07 Apr. 2009 -": a list of stamps' separator after the day
    # "Estravia, Lindhaven, 20 July 2012 / Basin Wire /": an agency's credit between slashes after the date
    text = re.sub(r"(?<=\d)\s*/\s*[A-Z][^/]{1,60}/?$", "", text)
    text = re.sub(r"\s+,", ",", text)  # "September 26 , 2009"
    # "Done at Lindhaven on 12 March 2010", "Issued in Lindhaven, …": a joint statement's or a declaration's end
    text = re.sub(
        r"^(?:(?:done|issued|adopted|signed|made|given)\s+)?(?:at|in)\s+(?=[A-Z])",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"^([A-Z][\w'’\-]{0,40}(?:\s+[A-Z][\w'’\-]{0,40}){0,3})\s+on\s+(?=\d|[A-Z][a-z]+\.?\s+\d)",
        r"\1, ",
        text,
    )
    text = re.sub(
        r",\s+in\s+(?:two|three|four|\d+)\s+originals?\b.*$", "", text
    )  # "…, in two originals in …"
    text = re.sub(
        r"^[A-Z][A-Za-z.]*(?:/[\w().\-]+)+(?:\s*\((?:restricted|limited|confidential|public)\))?\s+", "", text
    )  # "SG/Com(2008)1044 (restricted) 9 December 2008": the document's symbol, then its date
    text = re.sub(
        r"\b(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)\b", r"\1.\2.\3", text
    )  # "7. 5. 2009", day first
    text = re.sub(
        r"\s*\bOriginal:\s*[A-Z][a-z]+\b", "", text
    )  # a document's "Original: Spanish" beside its date
    # "Berlin, den 20. Juli 2012", "Genève, le 1er juillet 2012", "the 20th day of July 2012": an article before
    # the day, a French first, a day "of" its month
    text = re.sub(r"(?:(?<=,\s)|^)(?i:den|le|el|il|the)\s+(?=\d{1,2}(?:er|st|nd|rd|th)?\.?\s)", "", text)
    text = re.sub(r"\b(1)er\b", r"\1", text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(?=[A-Z][a-z]+\s+(?:19|20)\d\d)", r"\1 ", text)
    # "20-Jul-2012", "Jul-20-2012": a site's date with hyphens
    text = re.sub(r"\b(\d{1,2})-([A-Z][a-z]{2,8})\.?-((?:19|20)\d\d)\b", r"\1 \2 \3", text)
    text = re.sub(r"\b([A-Z][a-z]{2,8})\.?-(\d{1,2})-((?:19|20)\d\d)\b", r"\1 \2, \3", text)
    text = in_english(text)  # "5 de diciembre de 2010", "5 Decemeber 2010", "2010/09/05"
    # "21/8/05", "01/29/14", "(09/06/08)": a site's day with a two-digit year, in whichever order the numbers,
    # a weekday beside them or a month the header already gave allow (none when they allow both)
    short = _NUMERIC_SHORT.search(text)
    text = _NUMERIC_SHORT.sub(lambda r: _numeric_day(r, text, h), text)
    # "03/25/2010": month first, as only a day over 12 can show; "12/03/2010" could be either and is not read
    text = re.sub(
        r"\b(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)\b", lambda m: f"{m[2]}.{m[1]}.{m[3]}", text
    )
    ambiguous = re.fullmatch(r"(?P<p>[^,\d]+),\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d", text)
    if ambiguous and is_place(ambiguous["p"].strip()):
        h.place = (
            h.place or ambiguous["p"].strip()
        )  # "Geneva, 12/03/2010": the city; the day or month is unknown
        return True
    numbered = _NUMBER_AND_DATE.match(text)
    if numbered:
        text = f"{numbered['d']}.{numbered['m']}.{numbered['y']}"  # "1402-25-09-2010": a release number and its date
    found = [
        m
        for m in find_dates(text)
        if m.date is not None
        and m.relative is None
        and m.date.first is not None
        and m.date.first.month is not None
    ]
    if not found and h.date is not None and h.date.year is not None:
        return _weekday_dateline(h, text)
    if len(found) != 1:
        return False
    m = found[0]
    assert m.date is not None
    # ("Harbour Hotel, Lindhaven: 5 August 2013": a colon between a venue's city and its date; not a label's,
    # "Publish Date: 08 February 2013")
    colon = r"|:\s" if re.search(r",[^:]*:\s*$", text[: m.start]) else ""
    before = [
        p.strip(" ()[]") for p in re.split(rf"[,;–—|]|\s[-/]\s{colon}", text[: m.start]) if p.strip(" ()[]")
    ]
    tail = text[m.end :]
    if _CLOCK.match(tail):
        # "Region News 20 July 2012 17:28 (UTC +04:00)", "20 July 2012 17:28 Region News": a site's time
        # stamp; the words run on into its date or after its clock are the page's section, not a place
        tail = ""
        if not re.search(r"[,;:–—|(]\s*$", text[: m.start]):
            before = []
    if before and is_place(before[0]) and tail.strip() and not re.search(r"[a-z]", tail):
        tail = ""  # "Lindhaven, 20 January 2011 BASIN COUNCIL PCE 011/11": a PDF letterhead run on after it
    after = [p.strip(" ()[].") for p in re.split(r"[,;()–—|]|\s[-/]\s|\s//\s", tail) if p.strip(" ()[].")]
    places: list[str] = []
    venues: list[str] = []
    meeting_city: str | None = None
    for part in before + after:
        if _WEEKDAY.match(part) or _TIME.match(part) or _RELEASE_NUMBER.match(part):
            continue
        if part.lower() in ("on", "on the", "the", "dated", "of"):
            continue  # "Lindhaven, on the 12th May 2010"
        coded = re.match(r"^(?P<c>.+?)\s+(?:[A-Z]{2,3}|city)$", part)
        if coded and _is_known_city(coded["c"]) and not _is_known_city(part):
            places.append(_unshout(coded["c"]))  # "Wellington NZ", "Ulaanbaatar city": the city, not its tag
            continue
        if is_place(part):
            places.append(_unshout(part))
            continue
        if _VENUE.search(part) and len(part.split()) <= 8:
            seat = next((c for c in SEAT_CITIES if part.lower().endswith(" " + c)), None)
            if seat:
                places.append(part[-len(seat) :])  # "UN headquarters New York": the city after the venue
            else:
                venues.append(part)
            continue
        if _DOC_SYMBOL.match(part):
            continue
        runon = _CITY_AFTER_MEETING.search(part)
        if runon and is_place(runon["p"]):
            # "Third Basin Forum Port Korval, 31 May 2012": the meeting's city (the place, but its date is the
            # meeting's, so it does not outrank a bare date of issue as a dateline with its city would)
            meeting_city = meeting_city or runon["p"]
            continue
        if _NAME_LIKE.match(part):
            continue  # "United Nations", "Palais des Nations": where, though not a city
        return False
    if len(places) > 1 and is_country(places[0]) and not is_country(places[1]):
        places = places[1:]  # "Estravia, Lindhaven, 20 July 2012": an agency's country, then its city
    if (published or updated) and h.date is not None:
        return True  # "First published: …" under "Delivered on: …": the page's date, not the speech's
    if _STAMP_CLOCK.match(text[m.end :]) or short:
        # "Lindhaven, July 27th 2024 - 00:43 UTC": a site's stamp with its hour; above an article, the
        # masthead's city and the day the page was read; the article's own stamp lower down wins over it,
        # and the site's city is not where the statement was made; a circular's "(21/8/05)" is its issue's
        # stamp beside its issuer's name
        places = []
    if not places:
        h.bare_day = m.date.first
    if h.date is None or (places and h.date_place is None):
        h.date = m.date.first
        h.date_place = places[0] if places else None
        h.date_bare, h.date_titled = not places, False
    elif not places and h.date_place is None and not h.date_titled:
        h.date = m.date.first  # a later bare dateline wins over an earlier one: a page's date comes first
        h.date_bare = True
    elif _refines(m.date.first, h.date):
        h.date = m.date.first  # "June 2008 - Lindhaven (09/06/08)": the day within the month already read
    if places and (h.place is None or h.place_in_title):
        h.place, h.place_in_title = places[0], False  # (a dateline over a headline's "… in X")
    if meeting_city and h.place is None:
        h.place = meeting_city
    if venues and not places:
        h.venue = h.venue or venues[0]
    return True


def _refines(point: DatePoint | None, known: DatePoint | None) -> bool:
    """A day within the month (or the year) already read, which says more of it."""
    if (
        point is None
        or known is None
        or point.year != known.year
        or point.day is None
        or known.day is not None
    ):
        return False
    return known.month is None or known.month == point.month


#: A day written with numbers and a two-digit year: "21/8/05", "01/29/14", "09.06.08".
_NUMERIC_SHORT = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.])")


def _numeric_day(m: re.Match[str], text: str, h: Header) -> str:
    """ "21/8/05" as "21.8.2005": the order of day and month is the one only the numbers allow (a day over
    12), the one a weekday in the line names ("Wednesday 01/29/14"), or the one that falls in the month and
    year the header already gave ("June 2008 … (09/06/08)"); when more than one order is left, the text is
    left as it is (not read). A two-digit year is of this century up to 50, of the last after it."""
    a, b, yy = int(m[1]), int(m[3]), int(m[4])
    year = 2000 + yy if yy <= 50 else 1900 + yy
    orders = []
    for day, month in ((a, b), (b, a)):
        try:
            orders.append(dt.date(year, month, day))
        except ValueError:
            continue
    orders = sorted(set(orders))
    weekday = re.search(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", text, re.IGNORECASE)
    if len(orders) > 1 and weekday:
        orders = [d for d in orders if d.strftime("%A").lower().startswith(weekday[1].lower())]
    if len(orders) > 1 and h.date is not None and h.date.year == year and h.date.month is not None:
        orders = [d for d in orders if d.month == h.date.month]
    if len(orders) != 1:
        return m[0]
    return f"{orders[0].day}.{orders[0].month}.{orders[0].year}"


#: A document's symbol beside its date: "SG/Com(2008)1044 (restricted)", "A/64/PV.3".
_DOC_SYMBOL = re.compile(
    r"^[A-Z][A-Za-z.]*(?:/[\w().\-]+)+(?:\s*\((?:restricted|limited|confidential|public)\))?$", re.IGNORECASE
)


def _weekday_dateline(h: Header, text: str) -> bool:
    """ "Wednesday 28th May" under "15th Plenary Session, 27-29 May 2008": a day of the header's dated
    meeting, its year the meeting's when the weekday agrees with it."""
    wd = re.fullmatch(r"(?P<wd>[A-Za-z]+day),?\s+(?P<rest>.+)", text)
    if not wd or h.date is None or h.date.year is None:
        return False
    for d in find_dates(wd["rest"], h.date):
        point = d.date.first if d.date is not None else None
        if d.start == 0 and point is not None and point.day is not None and point.month is not None:
            try:
                day = dt.date(point.year, point.month, point.day)
            except ValueError:
                return False
            if day.strftime("%A").lower() == wd["wd"].lower():
                h.date = point
                return True
    return False


_NAME_LIKE = re.compile(
    r"^(?:[A-Z][\w'’.\-]{0,40}|UN|of|the|des|de|du|la|le|and|&)(?:\s+(?:[A-Z][\w'’.\-]{0,40}|of|the|des|de|"
    r"du|la|le|and|&)){0,5}$"
)
_VENUE = re.compile(
    r"\b(headquarters|hall|chamber|room|palace|building|centre|center|auditorium|house|"
    r"hotel|university|office|residence|embassy|mission|parliament)\b",
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


#: Words that make a capitalised phrase a body, not a person: "United Nations", "African Union".
_ORGANISATION = re.compile(
    r"\b(?:Nations|Union|Organi[sz]ation|Secretariat|Commission|Ministry|Government|Republic|Kingdom|"
    r"Department|Agency|Embassy|Bank|Fund|Institute|Foundation)\b",
    re.IGNORECASE,
)


def speaker_line(h: Header, line: str, force: bool = False, supported: bool = True) -> bool:
    if h.speaker is not None and not force:
        return False
    m = HONORIFIC.match(line)
    name = m["name"].strip() if m else line.strip()
    honorific = " ".join(m["h"].split()) if m else None
    name, _, role = name.partition(",")
    tokens = name.split()
    looks_like_name = 1 <= len(tokens) <= 5 + sum(t in PARTICLES for t in tokens) and all(
        _CAP_WORD.match(t) for t in tokens
    )
    if (
        " of " in f" {name.lower()} "
        or not looks_like_name
        or _ORGANISATION.search(name)
        or EVENT_WORDS.search(name)
        or _DOCUMENT_WORDS.search(name)
        or _VENUE.search(name)
    ):
        return False  # "United Nations Headquarters" on a line of its own: where, not who
    if not m and name.strip().rstrip(".").lower() in SEAT_CITIES:
        h.place = h.place or name.strip().rstrip(".")  # a letterhead's city: where, not who
        return False
    tokens = [t for t in tokens if t.rstrip(",.").lower() not in _POST_NOMINAL] or tokens
    name = " ".join(tokens)
    if (
        not m
        and not force
        and (
            len(tokens) < 2
            or ROLE_WORDS.search(name)
            or sum(t in PARTICLES and t not in ("bin", "binti", "ibn") for t in tokens) >= 2
            or not supported
        )
    ):
        return False  # ("Reunião da Comissão da Bacia": a title in another language, not a name)
    h.honorific, h.speaker = honorific, _unshout_name(name.strip())
    if role.strip():
        h.role = role.strip()
        country_from_role(h)
    return True


def country_from_role(h: Header) -> None:
    if not h.role or not _STATE_ROLE.search(h.role) or h.country:
        return
    # "Kingdom of Norland", and in "Minister of Foreign Affairs of Ostrava" the "of X" after the portfolio.
    for start in (m.start() for m in re.finditer(r"\bof\s", h.role)):
        m = _COUNTRY.match(h.role, start)
        if m and not _NOT_COUNTRY.search(m["c"]):
            h.country = m["c"]
            return


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
    r"conclusions|minutes)\b",
    re.IGNORECASE,
)


def _is_known_city(text: str) -> bool:
    from .city import is_known_city  # (city.py reads this module's words)

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


def _sentence_case(text: str) -> str:
    if text.isupper():
        text = text.lower()
    return text[:1].upper() + text[1:]
