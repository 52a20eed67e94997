"""English organisation names found by what a release says around them.

A wire release shows which capitalised names are bodies by the company they keep: a list after a
kind of organisation in the plural (`companies such as …`: `listed_names`), a head in a bracket
(`COEX (President Mina Park)`: `headed_names`), a person's office at it (`CEO of Halvern Bio`:
`role_names`), a deal's advisers and investors (`advisor_names`, `investor_names`), a company a
share of which is held or traded (`holding_names`), a kind of firm in lower case right before the
name (`fintech company Kestrel Pay`: `described_names`), the body a wire release's lede opens on,
acting (`lede_names`), and a list that names bodies found otherwise (`coordinated_names`). A list
that a word for places opens names places (`listed_places`), which the exclusions read.
"""
from __future__ import annotations

import functools
import re

from ...nlp.common_words import holds_a_coined_word, only_common_words
from ...nlp.lexicon import TERM_ACRONYMS
from ...nlp.names import personal_name
from ...nlp.places import is_country, is_place
from .en import COMPANY, LEAD_WORDS, LEGAL_FORM_WORD, is_org_word, names_a_person

# A list of names: items of capitalised words (digits inside: `LIG Nex1`) or acronyms, parted by
# commas and closed by `and` or `&` (`Korean Air, LIG Nex1, KT and Microsoft Korea`).
_LIST_ITEM = r"[A-Z][A-Za-z0-9&'’\-]*(?:\s[A-Z][A-Za-z0-9&'’\-]*){0,3}"
_NAME_LIST = re.compile(rf"{_LIST_ITEM}(?:,\s{_LIST_ITEM}){{1,8}},?\s(?:and|&)\s{_LIST_ITEM}")


# Who put money in, as financing releases say it: the names after these are investors.
_INVESTORS = re.compile(r"\b(?:participation\s(?:from|of|by)|(?:co-)?led\sby|backed\sby|joined\sby|"
                        # money raised from them (`raised $6 million in seed funding from Lux Capital and …`)
                        r"(?:funding|financing|investment|capital)\sfrom|"
                        r"investors?,?\s(?:including|include|included|such\sas)|"
                        # `as well as existing investor Beacon Hill Bio`, `returning investors A and B`
                        r"(?:existing|new|returning|current)\s(?:investors?|shareholders?|backers?),?)"
                        r"\s(?:existing\sinvestors?\s|new\sinvestors?\s)?"
                        rf"(?P<list>{_LIST_ITEM}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s){_LIST_ITEM}){{0,8}})")


# A share of a company held, bought or sold (`owns approximately 48% of Tessaro Copper`, `acquired a
# majority stake in Orvane`, `a 30% interest in Kestrel Mining`): what a share is of is a company.
_HOLDING = re.compile(r"\b(?:owns?|owned|holds?|held|acquired?|acquiring|bought|buys?|sold|sells?|retains?|retained|"
                      r"took|takes?|taking|increased|raised)\s(?:approximately\s|about\s|roughly\s|nearly\s|over\s|an?\s|its\s)*"
                      r"(?:\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\spercent|majority|minority|controlling|remaining)\s"
                      r"(?:(?:equity\s|ownership\s)?(?:stake|interest|shareholding|share)\s)?(?:of|in)\s(?:the\s)?"
                      rf"(?P<name>{_LIST_ITEM})")


def _place_or_lead(name: str) -> bool:
    """A place, a country or a word that opens a run of capitals (`The`, `About`): no firm's name."""
    return name in LEAD_WORDS or is_place(name) or is_country(name)


def holding_names(text: str):
    """Spans of the companies a share of which a release says is held, bought or sold."""
    for m in _HOLDING.finditer(text):
        s, e = m.span("name")
        if text[e - 2:e] in ("'s", "’s"):
            e -= 2   # (`9.8% of Northmoor's outstanding shares`: the company is Northmoor)
        name = text[s:e]
        if _place_or_lead(name) or only_common_words(name) \
                or re.match(r"\s(?:project|mine|property|deposit|asset|site|field|plant)s?\b", text[e:]):
            continue   # (no person is held in shares, though `Tessaro Copper` reads as one; a project or a mine is no company)
        yield s, e


def _listed(m: re.Match):
    """The spans of the names (`_LIST_ITEM`) in match `m`'s group `list`."""
    for it in re.finditer(_LIST_ITEM, m.group("list")):
        yield m.start("list") + it.start(), m.start("list") + it.end()


# Who owns, acquires or runs a firm, as releases say it: `was acquired by Norvane`, `is owned by …`, `a
# subsidiary of Norvane`, `a joint venture between Norvane and Tollan`. What owns a firm is a body.
_OWNER = re.compile(r"\b(?:(?:acquired|bought|purchased|owned|operated|managed)\s+by|"
                    r"(?:subsidiary|unit|division|affiliate|portfolio\s+company)\s+of|joint\s+venture\s+(?:between|of))"
                    rf"\s+(?:the\s+)?(?P<list>{_LIST_ITEM}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?{_LIST_ITEM}){{0,3}})")


# A firm bought or merged with, as deal releases say it (`completed the acquisition of Baltic Reefer
# Lines on August 4`, `agreed to acquire Tessaly Cold Chain for $200 million`, `its merger with Orvane`):
# the name, then what closes a noun phrase (a mark, a preposition, `and`, an auxiliary). A lower-case
# word after the capitals says what of it was bought (`acquired ISO certification`, `acquired Orvane's
# assets`, `the acquisition of Tessaly shares`), and so do not names of places or people.
_ACQUIRED = re.compile(r"\b(?:acquired|acquires|acquire|acquiring|(?:acquisition|takeover|buyout)\s+of|"
                       r"(?:merger|merged|merge|merging)\s+with)\s+(?:the\s+)?"
                       rf"(?P<name>{_LIST_ITEM}(?:,?\s{LEGAL_FORM_WORD.pattern})?)"
                       r"(?=[,.;:()]|\s+(?:for|in|on|from|to|at|by|and|or|through|via|under|will|would|is|was|has|had|"
                       r"are|were|which|that|last|this|earlier)\b|\s*$)")


# Where a firm is based or listed, written before its name (`Berlin-based`, `KOSDAQ-listed`): no part of it.
_WHERE_BEFORE_A_NAME = re.compile(r"\S+-(?:listed|based|owned|backed|headquartered)(?:\s|$)")


def _past_where(text: str, s: int, e: int) -> int:
    """The start of the name in `text[s:e]` past where the firm is based or listed (`Tokyo-based Orbix Group`)."""
    where = _WHERE_BEFORE_A_NAME.match(text, s, e)
    return where.end() if where else s


def acquired_names(text: str):
    """Spans of the firms a release says are acquired or merged with."""
    for m in _ACQUIRED.finditer(text):
        s, e = m.span("name")
        s = _past_where(text, s, e)   # (`the acquisition of Berlin-based GridSense GmbH`)
        if text[e - 1:e] == "." and not LEGAL_FORM_WORD.fullmatch(text[s:e].split()[-1] if text[s:e].split() else ""):
            e -= 1   # (the sentence's full stop, not a legal form's)
        name = text[s:e]
        if not name or _place_or_lead(name) or only_common_words(name) or name in TERM_ACRONYMS or names_a_person(text, s, e):
            continue   # (the people the entity model finds are taken out as for a deal's party)
        yield s, e


def owner_names(text: str):
    """Spans of the bodies a release says own, acquire or run a firm: not people, places or common words."""
    for m in _OWNER.finditer(text):
        for s, e in _listed(m):
            s = _past_where(text, s, e)   # (`a subsidiary of Tokyo-based Orbix Group`, `… of the KOSDAQ-listed
            # company L&C Bio`: where it is, or is listed, no part of a name)
            name = text[s:e]
            if not name or _place_or_lead(name) or personal_name(name) or only_common_words(name):
                continue
            yield s, e


# Last words of investment firms' names, beside the company words: a name of common words that
# ends so is a firm where a financing release lists investors (`led by Tiger Global Management`).
_FIRM_LAST_WORDS = {"Management", "Investment", "Investments", "Equity", "Advisors", "Advisers", "Venture"} | set(COMPANY)


# `led by`, `backed by`, `joined by` name investors only in a sentence of financing (`a $20 million Series A
# round led by …`).
_LED_OR_BACKED = re.compile(r"(?:co-)?led\sby|backed\sby|joined\sby")
_FINANCING = re.compile(r"\b(?:round|funding|financing|raise[sd]?|raising|invest(?:ment|ed|s)?|Series\s[A-H]|seed|pre-seed|"
                        r"capital|KRW|million|billion)\b|[$€£¥]", re.IGNORECASE)


def investor_names(text: str):
    """Spans of the investors a financing release names (`led by Sequoia Capital with
    participation from Andreessen Horowitz and Kleiner Perkins`): not people, places or common
    words, unless a firm's last word ends them."""
    for m in _INVESTORS.finditer(text):
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        if _LED_OR_BACKED.match(m.group()) and not _FINANCING.search(text, sentence_start, m.start()):
            continue   # (`a trade mission led by Daegu's mayor`, `an agency backed by the ministry`: no round's investors)
        for s, e in _listed(m):
            name = text[s:e]
            firm_last = " " in name and name.rsplit(" ", 1)[1] in _FIRM_LAST_WORDS   # (`Atlas Venture` reads as a person's name too)
            if _place_or_lead(name) or (personal_name(name) and not firm_last) \
                    or (only_common_words(name) and not firm_last):
                continue
            yield s, e


# The other party of a deal, as releases say it: `signed a memorandum of understanding with Startup
# Portugal`, `entered into a strategic partnership with Kestrel Metals`, `partnered with Orbis`.
_DEAL_WITH = re.compile(r"\b(?:(?:signed|signs|sign|inked|inks|entered\sinto|enters\sinto|concluded|struck|formed|forged)\s"
                        r"(?:an?|the|its)\s(?:[\w-]+\s){0,4}?(?:agreement|memorandum\sof\sunderstanding|MOU|MoU|"
                        r"partnership|contract|deal|letter\sof\sintent|alliance)s?|"
                        r"(?:partnered|partners|teamed\sup|teams\sup|joined\sforces|"
                        # (`developed in partnership with …`, `in collaboration with …`)
                        r"in\s(?:partnership|collaboration|cooperation)|"
                        # (`through a partnership with …`, `under its new collaboration with …`)
                        r"(?:through|via|under|in)\s(?:a|an|its|their|the)\s(?:[\w-]+\s){0,2}?(?:partnership|collaboration)))"
                        r"\swith\s(?:the\s)?"
                        rf"(?P<name>{_LIST_ITEM})")


# … and both parties after `between`: `an MOU between Haeun Mobility and the Barcelona-based logistics
# company Ruta Verde` (a description of the second party, in lower case but for a place, passed over).
_DEAL_BETWEEN = re.compile(r"\b(?:agreements?|memorand(?:um|a)\sof\sunderstanding|memorandums\sof\sunderstanding|MOUs?|MoUs?|"
                           r"contracts?|deals?|partnerships?|one)\sbetween\s(?:the\s)?"
                           rf"(?P<a>{_LIST_ITEM})\sand\s(?:the\s)?(?:[A-Z][\w-]*-based\s)?(?:[a-z][\w-]*\s){{0,3}}"
                           rf"(?P<b>{_LIST_ITEM})")


# A place's possessive before a name: `Japan's `, `South Korea's `.
_PLACES_POSSESSIVE = re.compile(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s(?=[A-Z])")


def deal_party_names(text: str):
    """Spans of the other party of a deal a release names after `with` (`signed an MOU with
    Startup Portugal`, `… with Kestrel Metals`: capitalised there, common words name a firm too):
    not places, a lead word (`the Company`) or one common word alone (`with Partners`). Two
    capitalised words read as a person's name as well as a firm's; a deal is made with a body, and
    the people the entity model finds are taken out later (exclude.py)."""
    spans = [span for m in _DEAL_WITH.finditer(text) for span in _list_items(text, m.start("name"), trim=True)]
    # (each party of a list after `with`: `in partnership with Velmora Robotics and Tollan`)
    spans += [m.span(g) for m in _DEAL_BETWEEN.finditer(text) for g in ("a", "b")]
    for s, e in sorted(spans):
        own = _PLACES_POSSESSIVE.match(text, s, e)
        if own and (is_place(own.group(1)) or is_country(own.group(1))):
            s = own.end()   # (`with Japan's Harbor Bank`: the country it is of is no part of its name)
        name = text[s:e]
        if _place_or_lead(name) or (" " not in name and only_common_words(name) and not holds_a_coined_word(name)):
            continue   # (`with Partners`; a frequent word no dictionary lists is a firm's, `with Walgreens`)
        yield s, e


# A second body acting with one found otherwise, as a lede says it: the first's name (its acronym in
# brackets after it), `and`, the second's, then the verb they share or the words before it (`KOTRA and
# Startup Genome today released`, `Orvane and Tessaly Labs have signed`, `… and Kestrel jointly developed`).
_AND_NAME_ACTS = re.compile(rf"(?:\s?\([^()]{{1,40}}\))?\s(?:and|&)\s(?:the\s)?(?P<name>{_LIST_ITEM})\s"
                            r"(?:today|jointly|together|also|have|has|will|[a-z]+ed)\b")


def partner_names(text: str, known: set[tuple[int, int]]):
    """Spans of the bodies named after `and` beside a body found otherwise (`known`), acting with it."""
    for ks, ke in sorted(known):
        m = _AND_NAME_ACTS.match(text, ke)
        if m is None or (ks, ke) == m.span("name"):
            continue
        s, e = m.span("name")
        s = _past_where(text, s, e)   # (`and Singapore-based Aurelis Biologics`)
        name = text[s:e]
        if not name or _place_or_lead(name) or (" " not in name and only_common_words(name) and not holds_a_coined_word(name)) \
                or names_a_person(text, s, e) or (s, e) in known:
            continue
        yield s, e


def coordinated_names(text: str, known: set[tuple[int, int]]):
    """Spans of the items of a list of names at least two of which are organisations found
    otherwise (`known`): what is listed with organisations is one."""
    for m in _NAME_LIST.finditer(text):
        items = [(i.start(), i.end()) for i in re.finditer(_LIST_ITEM, text[m.start():m.end()])]
        items = [(m.start() + a, m.start() + b) for a, b in items]
        # (a known name may end in a legal form's full stop the item leaves out: `Kestrel Inc.`)
        items = [(a, b + 1) if (a, b + 1) in known and text[b:b + 1] == "." else (a, b) for a, b in items]
        if sum(1 for it in items if it in known) < 2:
            continue
        for s, e in items:
            if (s, e) not in known and text[s:e] not in LEAD_WORDS:
                yield s, e


# A kind of organisation in the plural, then the names of some: `global companies like Tesla, SK,
# and KT`, `platforms including Infor, Amazon, and Shopee`, `partners such as …`.
_LIST_HEAD = re.compile(
    r"\b(?i:companies|firms|corporations|enterprises|businesses|brands|platforms|partners|customers|clients|"
    r"investors|automakers|carmakers|manufacturers|banks|insurers|startups|start-ups|retailers|operators|"
    r"universities|institutions|organi[sz]ations|agencies|sponsors|suppliers|vendors|players|giants|"
    r"conglomerates|chaebols|groups|utilities|airlines|carriers|hospitals|lenders|distributors|telcos|exchanges|"
    r"foundations|associations|laboratories|publishers|broadcasters|shipbuilders|chipmakers|drugmakers),?\s+(?:such as|like|including|includ(?:e|ing)|among them)\s+")
# One item: capitalised words, with `of`, `&` or a lower-case word with a digit inside (`Autonomous
# a2z`), full stops only inside a word (`Q.ANT`). `and` always ends an item (`Plug and Play` is cut).
_WORD = r"[A-Z](?:[\w&'’\-]|\.(?=\w))*"
_ITEM = re.compile(rf"{_WORD}(?:\s(?:{_WORD}|[a-z]\w*\d\w*|of|de|&)(?=[\s,.;)]|$)){{0,4}}")


# Words that make the kind in the plural after them people (`angel investors`, `individual investors`).
_PEOPLE_OF_A_KIND = re.compile(r"\b(?:angel|individual|private|celebrity|notable)\s\Z", re.I)


def listed_names(text: str):
    """Spans of the names listed after a kind of organisation in the plural, up to where the list
    ends (a word not capitalised, or a sentence end)."""
    for m in _LIST_HEAD.finditer(text):
        if _PEOPLE_OF_A_KIND.search(text, max(0, m.start() - 20), m.start()):
            continue   # `angel investors including Dylan Reed and Mia Park`: people who invest, no firms
        yield from _list_items(text, m.end(), trim=True)


_LEGAL_FORM_THEN_OF = re.compile(rf"(?<=\s){LEGAL_FORM_WORD.pattern}(?=\sof\s)")


def _list_items(text: str, pos: int, trim: bool):
    """The items (`_ITEM`) of a list from `pos`, parted by commas, `and` or `or`, up to the first
    that is not followed by a separator; `trim` drops a trailing `of`, `&` or `de` from each item
    (and the next separator is then looked for after the trimmed item)."""
    while True:
        item = _ITEM.match(text, pos)
        if not item:
            return
        end = pos + len(re.sub(r"\s(?:of|&|de)$", "", item.group(0))) if trim else item.end()
        closed = _LEGAL_FORM_THEN_OF.search(text, pos, end)
        if closed:
            end = closed.end()   # a legal form closes the name; `of` after it says where the firm is
            # (`with Vireo Pharma AG of Basel, Switzerland`)
        yield pos, end
        sep = re.match(r",\s(?:and\s|or\s)?|\s(?:and|or)\s", text[end:end + 7])
        if not sep:
            return
        pos = end + sep.end()


# A body named with its head in a bracket after it: `COEX (President Mina Park)`, `Hanbit Agency
# (HBA, CEO Mina Park)`. Whatever has a president or a chief executive is an organisation.
_HEADED = re.compile(
    rf"(?P<name>{_WORD}(?:\s(?:{_WORD}|of|for|and|&|de)){{0,6}})\s?\((?:[A-Z][A-Za-z0-9&\-]{{1,11}},\s)?"
    r"(?:CEO|Chief Executive(?: Officer)?|President|Chair(?:man|woman|person)?|Director(?: General)?|Founder)"
    r"\s+[A-Z][a-z]")


# A person's office at a body names the body (`CEO of Halvern Bio`, `co-founder and CEO at Quellin`).
_ROLE = (r"(?:CEO|CFO|CTO|COO|CMO|Chief\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\sOfficer|[Cc]hairman|[Cc]hairwoman|[Cc]hair|"
         r"[Pp]resident|[Cc]o-[Ff]ounder|[Ff]ounder|Managing\sDirector|General\sManager|Executive\sDirector|"
         r"[Vv]ice\s[Pp]resident|[Cc]hief\sexecutive(?:\sofficer)?|Managing\sPartner|General\sPartner)")
# (a full stop inside a word only after one letter: `Q.ANT`, not `NewsWire.About`, a lost line break)
_ROLE_WORD = r"[A-Z](?:\.[A-Z0-9][A-Za-z0-9&\-]*|[A-Za-z0-9&\-]*)"
_ROLE_OF = re.compile(_ROLE + r"(?:\s(?:and|&)\s" + _ROLE + r")?,?\s(?:of|at)\s"
                      r"(?P<name>" + _ROLE_WORD + r"(?:\s(?:" + _ROLE_WORD + r"|of|for|and|&)){0,5})")


# A comma and the capitalised name of the body after an office's unit (`…, Kairos Motors`), not a place's
# or a date's (`…, Singapore`, `…, said`).
_UNIT_THEN_BODY = re.compile(r",\s(?:the\s)?([A-Z][\w&'’.\-]*(?:\s[A-Z][\w&'’.\-]*){0,4})(?=\s?[,.;:(]|\s(?:said|says|added|noted|commented|explained)\b)")


_SECOND_ROLE = re.compile(r"\s(?:and|&)\s(?=(?:[A-Z][\w-]*\s)?(?:" + _ROLE
                          + r"|Minister|Secretary|Governor|Ambassador|Mayor)\b)")   # (`CEO of ADNOC and UAE Minister of …`)


def role_names(text: str):
    """Spans of the bodies a person's office is named at (`Jane Park, CEO of Halvern Bio, said`):
    not a country or place (`President of Korea`), not a department in common words (`Head of
    Sales`)."""
    for m in _ROLE_OF.finditer(text):
        s, e = m.span("name")
        while True:
            words = text[s:e].split()
            if len(words) > 1 and words[-1] in ("of", "for", "and", "&"):
                e = s + text[s:e].rfind(" ")
                continue
            break
        second = _SECOND_ROLE.search(text, s, e)
        if second:
            e = second.start()   # `founder of Glow Week and President of Velmo Inc.`: a second office begins
        name = text[s:e].rstrip(".")
        e = s + len(name)
        if not name or is_place(name) or is_country(name) or only_common_words(name):
            continue
        after = _UNIT_THEN_BODY.match(text, e)
        if after and text.count(name) == 1 and not (is_place(after.group(1)) or is_country(after.group(1))):
            continue   # `Vice President of Powertrain Engineering, Kairos Motors`: the office's unit, then the body it
            # is a unit of, which the release names again; the unit, said once, is no body of its own
        yield s, e
    for m in _FORMER_EMPLOYER.finditer(text):
        name = m.group("name")
        if " " in name and is_org_word(name.rsplit(" ", 1)[1]):
            yield m.span("name")   # (`joins Bayview from Carver Freight Systems, where she served as CFO`:
            # a firm of common words and an organisation word, named by where a person worked)


# Where a person worked before, told by the clause after it (`joins A from Carver Freight Systems,
# where she served as CFO since 2019`).
_FORMER_EMPLOYER = re.compile(r"\bfrom\s(?P<name>" + _ROLE_WORD + r"(?:\s(?:" + _ROLE_WORD + r"|of|for|and|&)){0,5}),\s"
                              r"where\s(?:he|she|they)\s(?:has\s|had\s)?(?:served|was|were|led|worked|spent|held|oversaw)\b")


# A kind of firm in lower case right before a capitalised name calls it one (`fintech company Kestrel
# Pay`, `the law firm Pettibone Strauss LLP`, `chipmaker Nvidia`): the journalist's label before a
# name. Not a person's (`game developer Jane Roe`: only the words that name firms, and no personal name)
# and not a title, a day, a month or a function word (`the company Chief Executive …`, `the bank Tuesday`).
_KIND_BEFORE = re.compile(
    r"(?<![\w\-])(?:company|firm|startup|start-up|bank|lender|insurer|retailer|fintech|biotech|"
    r"chipmaker|automaker|carmaker|drugmaker|shipbuilder|conglomerate|manufacturer|supplier|consultancy)"
    r"\s(?P<name>[A-Z][\w&'’\-]*(?:\s(?:&\s)?[A-Z][\w&'’\-]*){0,4})(?:,?\s(?:Inc|Ltd|LLC|LLP|Corp|AG|SE|PLC)\b\.?)?")
_NOT_A_NAME_START = re.compile(
    r"(?:Chief|CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|President|Vice|Founder|Co-founder|Director|Head|"
    r"Executive|Senior|Managing|General|Mr|Ms|Mrs|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|"
    r"In|On|At|For|And|But|It|Its|As|With|From|Our|We|Today)\b")


def described_names(text: str):
    """Spans of the names a lower-case word for a kind of firm stands right before (`fintech company
    Kestrel Pay`), with the legal form that closes them."""
    for m in _KIND_BEFORE.finditer(text):
        s, e = m.span("name")
        if m.group().endswith((".", "Inc", "Ltd", "LLC", "LLP", "Corp", "AG", "SE", "PLC")) and m.end() > e:
            e = m.end()
        name = text[s:e]
        first = name.split()[0]
        if _NOT_A_NAME_START.fullmatch(first) or names_a_person(text, s, e) or is_place(name) or is_country(name) \
                or only_common_words(name) or name in TERM_ACRONYMS:
            continue   # (`startup IR pitches`: a term's acronym modifies the noun after it)
        yield s, e


# The lede of a wire release opens on the body that issues it, acting: right after the dateline, a
# run of capitalised words, its ticker or an aside in commas allowed, then the day's verb
# (`LONDON, May 4, 2027 /PRNewswire/ -- Brightmoor Learning today unveiled …`).
_LEDE = re.compile(
    r"[^\S\n]*(?:[-–—/:]+[^\S\n]*)?(?P<name>[A-Z][\w&'’.\-]*(?:[^\S\n](?:&[^\S\n])?[A-Z0-9][\w&'’.\-]*){0,4})"
    r"(?:[^\S\n]?\([^()\n]{1,40}\))?(?:,[^,\n]{1,100},)?[^\S\n]"
    r"(?:today|recently|(?:has|have)[^\S\n](?:today[^\S\n])?)?[^\S\n]?"
    r"(?:announced|announces|unveiled|unveils|launched|launches|introduced|introduces|signed|signs|completed|"
    r"completes|entered|expanded|expands|partnered|received|receives|secured|secures|won|wins|opened|opens|"
    r"released|releases|debuted|debuts|reported|reports|celebrated|celebrates|closed|closes|acquired|acquires)\b")


def lede_names(text: str, body_start: int):
    """The span of the body a wire release's lede opens on, acting, right after its dateline
    (`/PRNewswire/ -- Brightmoor Learning today unveiled …`); not a person's name, a place or common
    words."""
    m = _LEDE.match(text, body_start)
    if m is None:
        return
    s, e = m.span("name")
    name = text[s:e].rstrip(".")
    e = s + len(name)
    if not name or _NOT_A_NAME_START.fullmatch(name.split()[0]) or names_a_person(text, s, e) or is_place(name) \
            or is_country(name) or only_common_words(name):
        return
    yield s, e


# Who advised a deal, as merger releases say it: `Goldman Sachs & Co. LLC is serving as financial
# advisor`, `Wachtell, Lipton, Rosen & Katz as legal counsel`, `… served as exclusive financial adviser`.
# A firm's name as advisers are named: capitalised words, commas and `&` between (`Wachtell, Lipton, Rosen & Katz`).
_FIRM_RUN = r"[A-Z][A-Za-z&'’\-.]*(?:(?:,\s|\s&\s|\s)[A-Z][A-Za-z&'’\-.]*){0,5}"
_ADVISOR = re.compile(rf"(?P<name>{_FIRM_RUN}),?\s"
                      r"(?:(?:is|are|was|were)\s(?:serving|acting)\s|served\s|acted\s)?as\s"
                      r"(?:(?:the|its|their|exclusive|lead|sole|joint)\s){0,2}(?:(?:financial|legal|M&A|strategic|tax)\s"
                      r"(?:advisors?|advisers?|counsel)\b"
                      # (`Goodwin Procter served as counsel to Marlow Ventures`: counsel to a party of the deal)
                      r"|(?:advisors?|advisers?|counsel)\sto\b)")
# … and told the other way round: `Halvorsen was advised by Cooley LLP`.
_ADVISED_BY = re.compile(rf"\b(?:is|are|was|were)\s(?:being\s)?(?:advised|represented)\sby\s(?P<name>{_FIRM_RUN})")


# A full stop and a space inside a run of capitalised words: after a word in lower case, or after
# a legal form (`LLP.`, `Inc.`) before a word that is none.
_SENTENCE_END = re.compile(r"(?:(?<=[a-z])|(?<=\bLLP)|(?<=\bLLC)|(?<=\bInc)|(?<=\bLtd)|(?<=\bPLC)|(?<=\bCorp)|(?<=\bLP))\.\s")


def _legal_form_next(name: str, pos: int) -> bool:
    """The word at `pos` is a legal form (`LLC` after `Co.`)."""
    word = name[pos:].split(" ", 1)[0].rstrip(",")
    return bool(word) and LEGAL_FORM_WORD.fullmatch(word) is not None


def advisor_names(text: str):
    """Spans of the firms a deal's release names as its advisors (`Allen & Overy as legal counsel`)."""
    for m in [*_ADVISOR.finditer(text), *_ADVISED_BY.finditer(text)]:
        s, e = m.span("name")
        name = text[s:e].rstrip(".,")
        # a sentence ended inside (`… Pte. Ltd. Kestrel Partners`, `… Cooley LLP. Goodwin Procter`; not
        # the stop of `Co.` before `LLC`): the name before `as … counsel` is the last sentence's, the
        # name after `advised by` the first's
        cut = [c for c in _SENTENCE_END.finditer(name) if not _legal_form_next(name, c.end())]
        if cut and m.re is _ADVISED_BY:
            name = name[:cut[0].start()]
        elif cut:
            s, name = s + cut[-1].end(), name[cut[-1].end():]
        if name.startswith("The "):
            s, name = s + 4, name[4:]
        if name and not is_place(name) and not is_country(name) and not personal_name(name) \
                and (not only_common_words(name) or _legal_form_next(name, name.rfind(" ") + 1)):
            yield s, s + len(name)   # (a legal form makes a firm of common words: `Goldman Sachs & Co. LLC`)


def headed_names(text: str):
    """Spans of names followed by a bracket that names their head (`COEX (President Mina Park)`)."""
    for m in _HEADED.finditer(text):
        s, e = m.span("name")
        if text[s:e].startswith("The "):
            s += 4
        yield s, e


# A list that a word for places opens names places (`three areas: Songdo, Yeongjong, and
# Cheongna`, `districts such as Mapo and Jung`).
_PLACES_HEAD = re.compile(r"\b(?:areas|districts|cities|regions|islands|neighbou?rhoods|towns|provinces|counties|states|"
                          r"countries|locations|sites|zones|campuses)(?::\s*|,?\s(?:such as|including|like|namely)\s)")


@functools.lru_cache(maxsize=8)
def listed_places(text: str) -> frozenset[tuple[int, int]]:
    """Spans of the items of lists of places."""
    return frozenset(span for m in _PLACES_HEAD.finditer(text) for span in _list_items(text, m.end(), trim=False))
