"""The words a header's lines are told apart by, shared by all its readers: a role's and a style's words, a
name's particles, an event's, a document's, a venue's and an organisation's, a weekday, the cities that
seat governments. One list each, so that the speaker, the place and the dateline readers agree on them."""

from __future__ import annotations

import re

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
_VENUE = re.compile(
    r"\b(headquarters?|hall|chamber|room|palace|building|centre|center|auditorium|house|"
    r"hotel|resort|stadium|pavilion|university|office|residence|embassy|mission|parliament|"
    # a parliament's house by its own name ("in Lok Sabha", "to the Bundestag"): where, not a city
    r"(?:lok|rajya)\s+sabha|bundestag|bundesrat|knesset|duma|sejm|storting(?:et)?|folketing(?:et)?|riksdag(?:en)?|"
    r"eduskunta|althingi|d[áa]il(?:\s+[ÉE]ireann)?|seanad|oireachtas|majlis|seimas|saeima|riigikogu)\b",
    re.IGNORECASE,
)


#: Words that make a capitalised phrase a body, not a person: "United Nations", "African Union".
_ORGANISATION = re.compile(
    r"\b(?:Nations|Union|Organi[sz]ation|Secretariat|Commission|Ministry|Government|Republic|Kingdom|"
    r"Department|Agency|Embassy|Bank|Fund|Institute|Foundation)\b",
    re.IGNORECASE,
)
