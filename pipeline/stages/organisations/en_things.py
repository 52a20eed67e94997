"""English names that name a thing, not a body.

The genre names products, programmes, venues, events, laws and terms the way it names bodies;
what the text says around a name tells them apart. Each check here decides, for a name found as an
organisation (`start:end`, or every one of its mentions, `spots`), that it names something else:
- a thing (`names_a_thing`): a venue by its last word or where things are held (`a_venue`), a
  product by the word, trade mark or model number after it, its launch, its edition for a platform
  or its maker, a programme or an event by what it is called or said to be, an event's edition by
  its year, a title in quotes, a web address one visits, a unit a body calls its own, a law or a
  standard one complies with, an award's title;
- a forum met at (`a_forum_met_at`), a product named by its maker's brand (`product_by_brand`),
  a modifier (`only_modifier`: `Nasdaq-listed`), a bloc's places (`only_region`: `the ASEAN
  region`), a term spelled out before its acronym (`a_term_spelled_out`).
The exclusions (`exclude.py`) call these; organisation words and mentions come from `en.py`.
"""
from __future__ import annotations

import re

from ...nlp.common_words import only_common_words
from ...nlp.lexicon import word_set, word_table
from ...nlp.places import is_country
from .en import DATA, ORG_WORDS, has_org_word, occurrences
from .gazetteer import known_names

# What the genre names the way it names bodies, and says otherwise what it is (data/en_thing_words.tsv):
# - a product, programme or certification: at every mention the name stands before a word for a
#   thing (`the Orbix app`, `Blue Sky certifications`), a trade mark (`Orbix®`, `Orbix Care™`)
#   or a model number (`Orbix 7`, `Velo S24`);
# - a venue: the name ends in a word for a building or a room (`Marlowe Convention Center`,
#   `Riverside Hall`, `Grand Ballroom`; never the word alone: `Square` is a company);
# - an event's edition: at every mention a year or an ordinal stands with the name
#   (`Harbor Tech Forum 2025`, `the 2025 Harbor Tech Forum`, `the 5th Harbor Tech Forum`);
# - a title in quotes (below).
_THING_WORDS = word_table(DATA / "en_thing_words.tsv")


def _words_where(where: str) -> str:
    return "|".join(sorted((re.escape(w) for w, (at,) in _THING_WORDS.items() if at == where), key=len, reverse=True))


_THING_AFTER = re.compile(rf"\s(?:{_words_where('after')})(?![\w-])")
# The same words capitalised, as the next word of a product's name (`Zero Trust Accelerator`), but for
# those that also end bodies' names or follow a company's name (`Series B`, `Products`).
_THING_AFTER_CAPITALISED = re.compile(r"\s(?:" + "|".join(sorted(
    (re.escape(" ".join(x[0].upper() + x[1:] for x in w.split())) for w, (at,) in _THING_WORDS.items()
     if at == "after" and w[0].islower() and w[0].upper() + w[1:] not in ORG_WORDS
     and w not in ("series", "product", "products", "unit", "units", "category", "categories", "standard", "award", "awards",
                   "compliance", "compliant", "program", "programme", "project", "initiative", "campaign", "plan", "plans",
                   "trucks", "truck", "robots", "engines")),   # (`Volvo Trucks`, `Universal Robots`: companies)
    key=len, reverse=True)) + r")(?![\w-])")
# (as a name's last word, `Platform` ends parties' and alliances' names too: `Civic Platform`)
_THING_END = re.compile(r"(?<![\w-])(?!Platforms?$)" + _THING_AFTER_CAPITALISED.pattern[2:].replace(r"(?![\w-])", "$"))
_VENUE = re.compile(rf"\s(?:{_words_where('venue')})$")
# A street's name (`E Camelback Road`, `Cherry Creek Drive`): an address, also where a reader took it for a body.
_STREET = re.compile(rf"\s(?:{_words_where('street')})$")
# A study or a trial after its name (`the RHYTHM-ONE study`, `the Harbor Heart trial`): what a body runs, not one.
_STUDY_AFTER = re.compile(rf"\s(?:{_words_where('study')})(?![\w-])")
_MARK_AFTER = re.compile(r"(?:\s[A-Z0-9][\w\-]*){0,2}\s?[®™]")
_MODEL_NUMBER = re.compile(r"\s[A-Z]{0,2}[0-9]{1,3}[A-Za-z+]?(?![\w%-]|[.,]\d|\s(?:percent|per|million|billion|years?|months?|days?)\b)")
# (the year may follow the rest of the event's name: `Chipcon Southeast Asia 2025`, where a
# reader took only `Chipcon Southeast`)
_YEAR_AFTER = re.compile(r"(?:\s[A-Z][A-Za-z]+){0,2}\s(?:19|20)[0-9]{2}(?![\w-])")
_YEAR_BEFORE = re.compile(r"(?:(?<![\w-])(?:19|20)[0-9]{2}|\b[0-9]{1,2}(?:st|nd|rd|th))\s$")


_COORDINATED = re.compile(r"(?:\s\([^()\n]{1,60}\))?,?\s(?:and|or)\s(?:the\s)?[A-Z][\w&\-]*(?:\s[A-Z][\w&\-]*){0,3}")


def _coordinated_end(text: str, end: int) -> int:
    """The end of `and` and the name coordinated with the one ending at `end`, if one is."""
    m = _COORDINATED.match(text, end)
    return m.end() if m else end


# A name put in quotes right after a verb that makes or names an event, a programme or a product
# (`organized the 'Harbor Startup Forum'`, `a concept called "Green Loop"`): the quotes mark the
# title of what was made; bodies are introduced without them.
_QUOTED_AFTER = re.compile(r"(?:organi[sz]ed|hosted|held|launched|introduced|unveiled|opened|called|named|dubbed|"
                           r"titled|entitled|themed)\s(?:the\s|a\s|an\s|its\s|their\s)?[‘'\"“]$")


# A wire introduces its product at its first mention as what the company launched or unveiled.
_LAUNCHED = re.compile(r"\b(?:[Ll]aunch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|debut(?:ed|s|ing)|roll(?:ed|s|ing)\sout|"
                       r"releas(?:ed|es|ing))\s(?:its\s|their\s|the\s|a\s|an\s)?(?:(?:new|latest|first|[a-z]+-[a-z]+)\s){0,2}$")
# An analyst's report or a ranking, then the field it covers.
_REPORT_FOR = re.compile(r"\b(?:Magic Quadrant|Wave|Hype Cycle|MarketScape|Radar|Ranking|Rankings|Index|Awards?)\s(?:for|of|on|in)\s")
# A fund launched is an investment product (`launching a new Harbor Asia Growth Fund`), not an institution.
_FUND_END = re.compile(r"\s(?:Fund|ETF)$")
# What an apposition calls a thing: `Velora Care, a subscription service`, `the Harbor Skills Academy, a free
# online program` (a body is called otherwise, en.DESCRIBED_AFTER; `platform` is either).
_THING_DESCRIBED = re.compile(r",\s(?:a|an)\s(?:(?:[\w-]+\s){0,3}(?:program|programme|app|application|initiative|service|"
                              r"tool|product|device|course|curriculum|competition|challenge|conference|festival|"
                              r"campaign|game|vehicle|sedan|SUV|drug|therapy|vaccine|treatment)|"
                              # a building put up or opened (`… Center, a 90,000-square-foot research and training facility`)
                              r"[\d,]+-square-(?:foot|feet|meter|metre)\s(?:[\w-]+\s){0,4}(?:facility|building|warehouse|factory|plant|center|centre))s?\b(?!\s(?:company|firm|provider|"
                              r"developer|maker|operator|startup|business|group|agency|organi[sz]ation))")


# Where a gathering is held: after a verb of holding and `at` or `in` (the names listed before it there too),
# after `at` with the date after it (`at Daegu EXCO on October 23`), or after a part of a building and `of`
# (`the East Wing of EXCO`, `Hall 3 of …`).
_HELD_AT = re.compile(r"\b(?:(?:held|hosted|staged|located|hold|holds|host|hosts|stage|opens?|opened|kicks?\soff|kicked\soff|"
                      r"takes?\splace|took\splace|taking\splace)\s(?:at|in)|[Vv]enue:?)\s(?:the\s)?"
                      r"(?:[A-Z][\w&'’.\-]*(?:\s[A-Z][\w&'’.\-]*){0,4}(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?){0,3}\Z")
_AT_BEFORE = re.compile(r"\b(?:[Aa]t|between)\s(?:the\s)?(?:[A-Z][\w&'’.\-]*\s){0,3}\Z")
_DATE_AFTER = re.compile(r"\s(?:on|from|until|through)\s(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|[0-9])")
_PART_OF_A_BUILDING = re.compile(r"\b(?:Wing|Hall|Ballroom|Room|Floor|Lobby|Booth|Stage|Gate|Exit|Entrance|Terminal|Lounge|"
                                 r"Atrium|Arena)(?:\s[0-9A-Z]{1,3})?\sof\s(?:the\s)?\Z")
_HEAD_IN_BRACKET = re.compile(r"\s?\((?:[A-Z][A-Za-z0-9&\-]{1,11},\s)?(?:CEO|Chief\sExecutive|President|Chair|Director|Founder)\b")
_BETWEEN = re.compile(r"\bbetween\s[^.;\n]{1,40}\sand\s(?:the\s)?\Z")   # (`a shuttle between the station and EXCO`)
_INSIDE_A_RUN = re.compile(r"[A-Za-z][\w&'’.\-]*[^\S\n]\Z")


def a_venue(text: str, spots: list[tuple[int, int]]) -> bool:
    """Every mention of the name (`spots`) says where something is held, or is the last word of a
    longer name (`Hotel Inter-Burgo EXCO`), and one at least says it outright."""
    said = 0
    for s, e in spots:
        if _HEAD_IN_BRACKET.match(text, e):
            return False   # `Nuriplex (President Mina Park)`: what has a head is a body, wherever things are held
        before = text[max(0, s - 90):s]
        if _HELD_AT.search(before) or _PART_OF_A_BUILDING.search(before) or (_AT_BEFORE.search(before) and _DATE_AFTER.match(text, e)):
            said += 1
        elif not (_INSIDE_A_RUN.search(before) and before.rstrip()[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper()
                  or _BETWEEN.search(before)):
            return False
    return said > 0


# A web address, and the words that send a reader to one.
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|io|ai|co|app|tv|me|info|biz|[a-z]{2})/?", re.I)
_VISIT = re.compile(r"\b(?:visit|visiting|at|on|to|via|from|website|site|go\sto|see)\s\Z", re.I)


# A name, then `for` and a capitalised word (`Taskly for Outlook`, `Velmo for Education`).
_FOR_A_PLATFORM = re.compile(r"([A-Z][\w&'’.\-]*(?:\s[A-Z][\w&'’.\-]*){0,2})\sfor\s[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?")


# A centre, a lab or a plant a body calls its own (`its APAC Technical Center`, `the company's Innovation Lab`).
_OWN_UNIT_END = re.compile(r"\s(?:Center|Centre|Lab|Labs|Laboratory|Laboratories|Institute|Division|Plant|Factory|Campus|"
                           r"Academy|Hub|Office|Studio)$")
_OWNED_BY_IT = re.compile(r"\b(?:its|our|their|the\scompany['’]s|the\sgroup['’]s)\s(?:own\s|new\s|global\s|first\s|flagship\s)?\Z")


# A firm called the maker of what follows (`the developer of the CarePulse platform`, `maker of Sprout Crunch`).
_MADE_BY = re.compile(r"\b(?:developer|maker|creator|designer|manufacturer|publisher|inventor)s?\sof\s(?:the\s)?\Z")


# What a product or a body complies with, adheres to or is certified under, and the names listed before this one there.
_COMPLIANT_WITH = re.compile(r"\b(?:compliant|compliance|accordance|compl(?:y|ies|ied|ying)|adher(?:e|es|ed|ing)|conform(?:s|ing|ity)?|certified|"
                             r"certification|pursuant)\s"
                             r"(?:with|to|under)\s(?:the\s)?(?:[A-Z][\w\-.]*(?:\s[A-Z0-9][\w\-.]*){0,3}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)){0,6}\Z")


# The same said of the name as the subject of `is` (`The Asia Fintech Forum is an annual conference`), as an
# `About X` section on an event opens.
_IS_A_THING = re.compile(r"\s(?:is|was|has\sbeen)\s(?:a|an|the)\s(?:[\w-]+,?\s){0,4}(?:program|programme|app|application|initiative|"
                         r"service|tool|product|device|course|curriculum|competition|challenge|conference|festival|campaign|game|"
                         r"event|exhibition|expo|fair|trade\sshow|summit|gathering|awards?|prize|ceremony|congress|convention|"
                         # a system or a suite one runs (`PulseView is an AI-powered remote monitoring system`); a health,
                         # school or university system is a body
                         r"(?<!health\s)(?<!care\s)(?<!school\s)(?<!hospital\s)(?<!university\s)(?<!college\s)(?<!library\s)(?<!transit\s)system|"
                         r"software|suite|wearable|"
                         # what pharmaceutical and technology releases give sections on: a disease, a trial, a drug, a field
                         r"disease|disorder|condition|syndrome|cancer|infection|trial|study|inhibitor|drug|therapy|treatment|"
                         r"compound|candidate|molecule|antibody|vaccine|field|technique|method|technology)s?\b"
                         r"(?!\s(?:company|firm|provider|developer|maker|operator|startup|business|group|agency|organi[sz]ation|"
                         r"organi[sz]er|organi[sz]ing|body|association))")


# An award's title, given to the body the sentence is about.
_AWARD_TITLE = re.compile(r"(?:Best|Top|Most|Outstanding|Leading)\s[A-Z]")
_NAMED_AS = re.compile(r"\b(?:named|named\sas|recogni[sz]ed\sas|selected\sas|won|wins|received|receives|earned|earns|"
                       r"awarded)\s(?:the\s|a\s|an\s)?$", re.I)   # (`Bank Named Best …` in a headline)


# A forum one takes part in (`spoke at the Harlow Energy Forum`, `co-hosted the Velmora Trade Forum`) is a
# meeting; a body named Forum is said otherwise (`the Harlow Forum said`, `a member of the … Forum`).
_FORUM = re.compile(r"\sForum$")
_AT_A_MEETING = re.compile(r"\b(?i:at|during|attend(?:ed|s|ing)?|(?:co-)?host(?:ed|s|ing)?|held|holds?|organi[sz](?:ed|es|ing)|"
                           r"join(?:ed|s|ing)?|open(?:ed|s|ing)?|spoke\sat|present(?:ed|s)?\sat)\s(?:the\s)?"   # (`to Host` in a headline)
                           r"(?:(?:19|20)[0-9]{2}\s|[0-9]{1,2}(?:st|nd|rd|th)\s)?$")


def a_forum_met_at(text: str, name: str) -> bool:
    """The name is a forum's, held or attended at every mention: the meeting."""
    spots = list(occurrences(text, name))
    return bool(spots) and _FORUM.search(name) is not None and all(_AT_A_MEETING.search(text[max(0, s - 30):s]) for s, _ in spots)


def _titled(text: str, spots: list[tuple[int, int]]) -> bool:
    return any(_QUOTED_AFTER.search(text[max(0, s - 24):s]) and re.match(r"[,.]?[’'\"”]", text[e:e + 2])
               for s, e in spots)


_SHORT_FORM_AFTER = re.compile(r"\s?[(（][A-Za-z0-9&.\-]{2,12}[)）]")


def _past_short_form(text: str, end: int) -> int:
    """After a short form in brackets right after the name (`… (BEAD)`), else `end`."""
    m = _SHORT_FORM_AFTER.match(text, end)
    return m.end() if m else end


def names_a_thing(text: str, start: int, end: int) -> bool:
    """The name at `start:end` names a product, programme, venue or an event's edition, not a
    body (the forms above). A name with a legal form (`Orbix Inc.`) is a company's."""
    name = text[start:end].strip()
    figure = re.fullmatch(r"([A-Z][a-z]+)\s(?:Inc|Corp|Ltd)\.?", name)
    if figure and is_country(figure.group(1)):
        return True   # `Korea Inc.`, `Taiwan Inc.`: a country's economy spoken of as one firm
    if not name or re.search(r"\b(?:Inc|Ltd|LLC|LLP|LP|Corp|Co|PLC|GmbH|AG|Corporation|Limited)\b\.?$", name):
        return False
    if _VENUE.search(name) or (" " in name and _VENUE.search(" " + name)):
        return True   # (a venue phrase alone is one too: `Civic Center`)
    last = name.rsplit(" ", 1)[-1]
    if " " in name and last.islower() and (_THING_AFTER.fullmatch(" " + last) or last in ("technology", "technologies")):
        return True   # a reader's span that ends in the word for the thing (`CEREC technology`, `Orbix app`)
    if brand_and_product_line(name):
        return True   # `Microsoft Teams`, `Apple Podcasts`: a known maker's product line
    if _STREET.search(name) and not has_org_word(name):
        return True   # a street's name, an address (`7014 E Camelback Road, Suite 210`)
    if _THING_END.search(name):
        return True   # a product's name ends in what it is (`Velora Health App`, `Orbix Smart Feeder Device`)
    if _REPORT_FOR.search(name):
        return True   # an analyst's report or a ranking named for its field (`Gartner Magic Quadrant for Cloud
        # Database Management Systems`, `The Forrester Wave for …`): a thing, whatever word its field ends on
    spots = list(occurrences(text, name)) or [(start, end)]
    if _titled(text, spots):
        return True
    if any(_LAUNCHED.search(text[max(0, s - 40):s]) and not _MODEL_NUMBER.match(text, e) for s, e in spots[:2]) \
            and not has_org_word(name):
        return True   # introduced as what was launched (`today launched GridLine, a platform …`): a product
        # (at its first or second mention: a headline in title case, `Brightwave Launches NovaCloud`, first;
        # not a maker's name before its model's number, `Caloi introduced the Caloi 10`)
    if _FUND_END.search(name) and any(_LAUNCHED.search(text[max(0, s - 40):s]) for s, _ in spots):
        return True   # a fund launched is an investment product, wherever it is said (a headline first)
    if any(_THING_DESCRIBED.match(text, e) or _IS_A_THING.match(text, e) for _, e in spots):
        return True   # called a programme, a service or a product (`Velora Academy, a free online program`)
    if _WEB_ADDRESS.fullmatch(name) and (name.lower().startswith("www.") or all(
            _VISIT.search(text, max(0, s - 20), s) for s, _ in spots)):
        return True   # a web address where one goes (`visit www.velmo.com`, `tickets at Goldstar.com`), not the body
    edition = _FOR_A_PLATFORM.fullmatch(name)
    if edition and not has_org_word(name) and any(not text.startswith(" for ", e) for _, e in occurrences(text, edition.group(1))):
        return True   # `Taskly for Outlook` beside `Taskly`: the product's edition for a platform, not a second body
    if _OWN_UNIT_END.search(name) and all(_OWNED_BY_IT.search(text, max(0, s - 30), s) for s, _ in spots):
        return True   # `its APAC Technical Center`, `our Innovation Lab`: a centre or a lab the company has, a unit of it
    if not has_org_word(name) and a_venue(text, spots):
        return True   # where things are held, at every mention (`will be held at EXCO on May 5`)
    if not has_org_word(name) and any(_MADE_BY.search(text, max(0, s - 30), s) for s, _ in spots):
        return True   # what a firm is the maker of is its product (`the developer of the CarePulse platform`)
    if all(_COMPLIANT_WITH.search(text, max(0, s - 80), s) for s, _ in spots):
        return True   # what one complies with or is certified under is a law or a standard (`compliant with
        # FERPA and COPPA`, `certified under ISO 27001`), at every mention
    if not has_org_word(name) and all(_STUDY_AFTER.match(text, e) for _, e in spots):
        return True   # a study or a trial by its name (`the RHYTHM-ONE study`); `a Mayo Clinic study` is the body's
    if _AWARD_TITLE.match(name) and all(_NAMED_AS.search(text[max(0, s - 30):s]) for s, _ in spots):
        return True   # a title given (`was named Best Regional Bank`, `won Top Employer`), not a body
    if all(_THING_AFTER.match(text, e) or _MARK_AFTER.match(text, e) or _MODEL_NUMBER.match(text, e)
           or _THING_AFTER_CAPITALISED.match(text, e)
           or _THING_AFTER.match(text, _coordinated_end(text, e))
           or _THING_AFTER.match(text, _past_short_form(text, e)) for _, e in spots):
        return True   # (the word may follow the last of names coordinated: `Green Sky and Blue Sky certifications`,
        # or the short form in brackets: `the Broadband Equity, Access, and Deployment (BEAD) program`)
    return all(_YEAR_AFTER.match(text, e) or _YEAR_BEFORE.search(text[max(0, s - 12):s]) for s, e in spots)


# A name joined by a hyphen to a word that makes it an adjective (`a Nasdaq-listed company`,
# `Busan-based`, `Velora-compliant`) says where or how something else is: no mention of a body.
_AS_MODIFIER = re.compile(r"-(?:listed|based|born|headquartered|registered|style|like|compliant|certified)\b")


def only_modifier(text: str, spots: list[tuple[int, int]]) -> bool:
    """Every one of the name's mentions (`spots`) is a modifier of that kind."""
    return bool(spots) and all(_AS_MODIFIER.match(text, e) for _, e in spots)


# A bloc's name before a word for the places in it (`the ASEAN region`, `emerging OECD economies`):
# the countries, no body acting. (Not `EU member states`, `ASEAN countries`: a bloc that has members.)
_REGION_AFTER = re.compile(r"\s(?:region|regions|economies|markets)\b")


def only_region(text: str, spots: list[tuple[int, int]]) -> bool:
    """Every one of the name's mentions (`spots`) names the places of a bloc."""
    return bool(spots) and all(_REGION_AFTER.match(text, e) for _, e in spots)


# A product named by its maker's brand: the brand, then a model designation at every mention
# (`the Velmo Q4 Sportback`, `Corvella i7`, `Orbix e-2008`, `the Velmo Vision Pro`, `Velmo (model TBA)`).
_MODEL_AFTER = re.compile(r"\s(?:(?:[A-Z]{1,3}[0-9]{1,4}|[a-z]{1,2}-?[0-9]{1,4})[A-Za-z+]*(?![\w%.,-]\d)"
                          r"|(?:[A-Z][\w-]*\s){0,2}(?:Pro|Max|Ultra|Plus|Mini|Lite|Fold|Flip|Edge|Sportback)(?![\w-])"
                          # a product line after its maker's brand (`Apple Pay`, `Google Play`, `Microsoft Teams`)
                          rf"|(?:{'|'.join(sorted(map(re.escape, word_set(DATA / 'en_product_lines.txt')), key=len, reverse=True))})(?![\w-])"
                          # a line's name and its generation (`Nintendo Switch 2`, `Velmo Model 3`), not a date's day
                          r"|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Phase|Level|Tier|Stage|Round|Series)\b)"
                          r"[A-Z][A-Za-z]+\s[0-9]{1,2}(?![\w%:/-]|[.,]\d|\s(?:percent|per|million|billion|years?|months?|weeks?|days?|hours?)\b)"
                          r"|\(model\b)")


# A known maker's name and one of its product lines, as one name (`Microsoft Teams`, `Apple Podcasts`), as lists
# of platforms give them: the product, not the maker (its own mentions are the maker's).
_PRODUCT_LINE = re.compile(r"\s(?:" + "|".join(sorted(map(re.escape, word_set(DATA / "en_product_lines.txt")), key=len, reverse=True)) + r")")


def brand_and_product_line(name: str) -> bool:
    """`name` is a known body's name (`Microsoft`), then a product line of the list (`Teams`), and no more."""
    m = _PRODUCT_LINE.search(name)
    return m is not None and m.end() == len(name) and name[:m.start()] in known_names({}) and name not in known_names({})


def product_by_brand(text: str, spots: list[tuple[int, int]]) -> bool:
    """Every one of the brand's mentions (`spots`) names a product of it."""
    return bool(spots) and all(_MODEL_AFTER.match(text, e) for _, e in spots)


# Last words of terms spelled out before their acronyms (data/en_term_heads.txt).
TERM_HEADS: set[str] = word_set(DATA / "en_term_heads.txt")


def a_term_spelled_out(name: str) -> bool:
    """`Warehouse Management System`, `Annual Recurring Revenue`: common words, no organisation
    word, and a last word that ends terms: the long form of a term's acronym, not a body's."""
    return " " in name and name.rsplit(" ", 1)[1] in TERM_HEADS and not has_org_word(name) and only_common_words(name)
