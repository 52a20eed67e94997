"""English organisation rule data and patterns.

- Names ending in an organisation word (`Korea Institute of Ocean Science and Technology`,
  `Hanwha Ocean Co., Ltd.`, `Wellcome Trust`), read leftwards over capitalised words and
  connectors and rightwards over `of …` and legal forms;
- appositions that say what a name is (`Lakeshore Biofoods, a Chicago-based maker of …`,
  `Singapore-based Aurelis Biologics`);
- former names (`Hanwha Ocean, formerly Daewoo Shipbuilding & Marine Engineering`,
  `founded in 1973 as the Korea Ocean Research and Development Institute`), which join the
  organisation they were the name of.
Names found by what a release says around them (lists, offices, advisers, investors) are in
`en_context.py`; the checks that a name names a thing, not a body, in `en_things.py`.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...nlp.common_words import is_common_word, only_common_words
from ...nlp.lexicon import org_endings, word_set, word_table
from ...nlp.names import HONORIFIC_ENDS, personal_name
from ...nlp.places import is_country, is_place

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Organisation words by the kind of body they signal (nlp/data/organisation_endings.tsv).
_KIND_OF_WORD = org_endings("en", "suffix_finder")
COMPANY = tuple(w for w, kind in _KIND_OF_WORD.items() if kind == "company")
GOVERNMENT = tuple(w for w, kind in _KIND_OF_WORD.items() if kind == "government")
RESEARCH = tuple(w for w, kind in _KIND_OF_WORD.items() if kind == "research")
EDUCATION = tuple(w for w, kind in _KIND_OF_WORD.items() if kind == "education")
OTHER = tuple(w for w, kind in _KIND_OF_WORD.items() if kind == "other")

# Last words of firms' names the shared endings leave out, read here for English names only (`Harbor Point Realty`,
# `Piedmont Healthcare`, `Crestline Hotels & Resorts`, `Compass Advisors`).
COMPANY += ("Realty", "Healthcare", "Pharmacy", "Advisors", "Advisers", "Credit Union", "Airways", "Aerospace",
            "Automotive", "Hotels", "Resorts", "Bio", "Biotech", "Pharm", "Telecom", "Chemical", "Chemicals")
OTHER += ("Co-op",)
ORG_WORDS = sorted(COMPANY + GOVERNMENT + RESEARCH + EDUCATION + OTHER, key=len, reverse=True)
_ORG_WORD = re.compile(rf"(?<![A-Za-z])(?:(?:Inc|Corp|Co|Ltd|Bros|Pte|Pty|Sdn|Bhd|N\.V|N\.A|B\.V|S\.A)(?!-[A-Za-z])\.?|{'|'.join(map(re.escape, ORG_WORDS))})(?![A-Za-z]|-[A-Z])")
# (an organisation word joined by a hyphen to a capitalised word is part of that word, no name's end:
# `Co-Player of the Year`, `Co-Founder`; the word before a small one stays, `Tessaly Group-wide sales`;
# a legal form's letters end no name before any hyphen; a cooperative is `Co-op`, a word of its own)
# (Latin letters with accents too: `Gebrüder`, `Sláintecare`, `TÜV`)
_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9'’&\-.*]*|&|[0-9]+")
_CONNECTORS = {"of", "and", "for", "the", "on", "&", "de"}
# Words that open a run of capitals but are no part of a name (`The`, `About`, `Announces`).
LEAD_WORDS: set[str] = word_set(DATA / "en_lead_words.txt")
# People's titles that open a run of capitals (`CEO of Trust`, `Chairman of the Supervisory Board of the
# Company`), and the parts of documents (`Part I of the Company`): never part of a name.
_TITLE_HEAD = re.compile(r"^(?:(?:Co-|Deputy\s|Vice\s|Executive\s|Senior\s|Acting\s|Former\s)?(?:CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|President|Vice President|Founder|"
                         r"Chief Executive|Commissioner|Chancellor|Dean|Editor|Principal|Superintendent|Administrator|"
                         r"Co-Founder|Director|Head|Member|Partner|Managing Director|Chief \w+ Officer|Secretary|"
                         r"Minister|Ambassador|Governor|Mayor|Part|Section|Article|Chapter|Item|Board|"
                         # people named by their work, with or without their name (`Professor Lee Ji-won of
                         # Yonsei University`, `Representatives of the World Bank Group`)
                         r"Professor|Prof\.|Dr\.|Representatives?|Delegates?|Officials?|Researchers?|Scientists?|"
                         r"Students?|Members|Experts?|Executives?|Leaders?|Trustees|Directors|Governors)\b[\w\s\-.]*?\s"
                         r"(?:of|at)\s(?:the\s)?)+")
# Common nouns that may follow `and` inside a name (`Science and Technology`, `Trade, Industry and
# Energy`); any other capitalised word after `and` begins a second name (`Linklogis and Hubei …`).
AND_WORDS: set[str] = word_set(DATA / "en_and_words.txt")
# Words after which the organisation word is part of a job title, not a name.
_COUNTRY_DOTS = re.compile(r"(?<![A-Za-z.])(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.)\s$")
_LEGAL_FORM_AFTER = re.compile(r"(?:\s[A-Z][A-Za-z0-9'\-]*){1,2},?\s(?:Inc|Ltd|LLC|LLP|LP|Co|Corp|PLC|Limited|Corporation|GmbH|AG)\b(?!-[A-Za-z])\.?")
LEGAL_FORM_WORD = re.compile(r"(?:Inc|Corp|Co|Ltd|LLC|LLP|LP|PLC|plc|GmbH|AG|SA|SE|Pte|Pty|Sdn|Bhd|N\.V|N\.A|B\.V|S\.A|S\.p\.A|Limited)\.?")
_SECOND_LEGAL_FORM = re.compile(r",?\s(?:Ltd|Limited|LLC|Inc|Corp|Pte|Bhd|Co)\b(?!-[A-Za-z])\.?")
_ORG_WORD_AHEAD = re.compile(r"(?:\s[A-Z][A-Za-z0-9'\-]*){1,2}\s" + _ORG_WORD.pattern)
_TITLE_TAIL = re.compile(r"\s(?:Officer|Director|Secretary|Minister|Chairman|Chair|President|Manager|Head)\b")
# (`Ministry of Trade, Industry & Energy`: a list of the ministry's fields, commas inside, closed by
# `and` or `&`)
_AFTER = re.compile(r"(?:\s(?:(?:of|for|on)\s(?:the\s)?|at\s(?=[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'&\-]*\s[A-Z]))(?!(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'&\-]*)(?:,\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\-]*(?=(?:,\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\-]*){0,3},?\s(?:and|&)\s[A-Z])){0,4}"
                    r"(?:\s(?:and\s|&\s)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'&\-]*){0,4})?"
                    r"(?:,?\s(?:Inc|Ltd|LLC|LLP|LP|Co|Corp|PLC|N\.V|N\.A|B\.V|S\.A|AG|SE|GmbH|S\.p\.A)(?![A-Za-z])\.?(?:,\s?Ltd\.?)?)?"
                    r"(?:\s[0-9]{1,2}(?![0-9,.]))?")
# (its words in letters with accents too: `University of Würzburg`, `Academy of Münster`)
# After `for` and what a body is for, `of` and what that is of (`Foundation for the Advancement of Teaching`,
# `Institute for the Study of Labor`, `Korea Institute for Advancement of Technology`).
_FOR_THE_OF = re.compile(r"\sof\s(?:the\s)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\-]*(?:\s(?:and\s|&\s)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\-]*){0,3}")

_RUN = r"[A-Z][A-Za-z0-9'&\-]*(?:\s(?:&\s|and\s|of\s)?[A-Z][A-Za-z0-9'&\-]*){0,5}"
# What an apposition calls a body: `Acme, a robotics company`. A run of capitals is found as a name
# by these; a name found otherwise is confirmed by these and the looser words after them
# (`Lumen Post, a visual effects house`), which alone would make names of too much.
_KIND_NOUNS = (r"company|firm|maker|developer|manufacturer|provider|startup|start-up|producer|supplier|operator|"
               r"group|bank|insurer|lender|retailer|shipbuilder|biotech|agency|institute|university|"
               r"foundation|coalition|consortium|nonprofit|non-profit|charity")
# (`platform` among them: `X, a cloud platform` is as often a product as the firm)
_MORE_KIND_NOUNS = r"house|studio|fund|association|distributor|brand|investor|publisher|broker|consultancy|platform"
# (the kind noun is the description's head, not inside a phrase of its: `Smart Search, a security team at a
# company`, a feature)
APPOSITION = re.compile(rf"(?P<name>{_RUN}),\s(?:(?:a|an)\s(?:(?!\b(?:at|in|for|with|from|by|on|to)\s)[^,.;()]){{0,60}}?\b(?:{_KIND_NOUNS})\b"
                        # what a group owns is a company (`Meditrend, a wholly owned subsidiary of Sanwa
                        # Holdings`); not `a member of`, which people are too
                        r"|(?:a|an|the)\s(?:[\w-]+\s){0,2}(?:subsidiary|unit|division|affiliate|arm)\sof\s(?:the\s)?[A-Z])")
# The same description right after a name found otherwise (`…, the Seoul-based lender`).
DESCRIBED_AFTER = re.compile(rf",\s(?:a|an|the)\s(?:[\w-]+\s){{0,4}}(?:{_KIND_NOUNS}|{_MORE_KIND_NOUNS})\b")
BASED = re.compile(rf"\b[A-Z][A-Za-z]+-based\s(?P<name>{_RUN})")
FORMERLY = re.compile(rf"(?P<x>{_RUN})(?:\s\([^()\n]{{1,40}}\))?,?\s(?:formerly|previously|formerly known as|previously known as)\s(?:the\s)?(?P<y>{_RUN})")
FOUNDED_AS = re.compile(rf"(?P<x>{_RUN})\s(?:was|were)\s(?:founded|established|set up|launched)\s(?:in\s[0-9]{{4}}\s)?as\s(?:the\s)?(?P<y>{_RUN})")


# A person's title and the first word of a name after it (`Commissioner Pat`, `Secretary Lloyd`).
_TITLE_IN_TAIL = re.compile(r"\s(?:Commissioner|Director|Secretary|Minister|Chairman|Chairwoman|Chair|President|CEO|Governor|"
                            r"Mayor|Superintendent|Administrator|Chief)\s(?=[A-Z][a-z])")


# A number glued to the word before it by a hyphen (a code: `CRV-204`), or an amount after it (`SEK 2.1
# billion`, `USD 40 million`).
_CODE_OR_AMOUNT = re.compile(r"-?[0-9]|\s[0-9]+(?:[.,][0-9]+)+|\s[0-9]+\s(?:million|billion|trillion)\b")


# A nation's body posted in another country is named with it (`American Chamber of Commerce in
# Korea`, `European Chamber of Commerce in Taiwan`, `British Council in Japan`).
_NATION_WORD = re.compile(r"(?:The\s)?(?:American|European|British|Korean|Japanese|German|French|Canadian|Australian|"
                          r"Chinese|Indian|Italian|Spanish|Swedish|Dutch|Swiss|Nordic|Taiwanese)\s")
_POSTED_IN = re.compile(r"\sin\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


# A country's name right after an organisation word, and no capitalised word after it.
_COUNTRY_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w'’\-]| [A-Z])")


def find(text: str):
    """(span, kind) of each organisation name ending in an organisation word."""
    last = -1
    for m in _ORG_WORD.finditer(text):
        if m.start() < last:
            continue
        if m.group() == "Fund" and _FUND_NUMBER.match(text, m.end()) and text[last:m.start()] == " ":
            continue   # (the numbered fund after its firm's name, `… Capital Fund III`, is no body of its own)
        if not text[m.start()].isupper() or _TITLE_TAIL.match(text, m.end()):
            continue
        end = m.end()
        unit = None
        # a legal form closes the name, but for a second one (`Co., Ltd.`): `of` after it says where
        # the company is (`Orbix Inc. of Penang`)
        tail = _SECOND_LEGAL_FORM.match(text, end) if LEGAL_FORM_WORD.fullmatch(m.group()) else _AFTER.match(text, end)
        if tail and tail.group().startswith(" at ") and has_org_word(tail.group()[4:]):
            tail = None   # `… Institute at Korea University`: two bodies; `Stanford Center at Incheon Global Campus`: one
        if tail and _CODE_OR_AMOUNT.match(text, tail.end()):
            tail = None   # the word after `for`/`of` is a code's or a currency's (`Administration for CRV-204`,
            # `Capital Partners for SEK 2.1 billion`): what the body does it for, no part of its name
        if tail and tail.group().startswith(" on ") and m.group() in COMPANY + EDUCATION:
            tail = None   # `on` names a committee's subject (`Council on Foreign Relations`); after a company or a
            # school it says what about or when (`Kestrel University on the Tidal Energy Project`)
        if tail and tail.end() > end:
            end = tail.end()
            more = _FOR_THE_OF.match(text, end) if re.match(r"\sfor\s(?:the\s)?[A-Z][a-z]+$", tail.group()) else None
            if more:
                end = more.end()
            acronym = re.search(r"\s(?:and|&)\s([A-Z]{2,8})$", text[m.end():end])
            if acronym and re.search(r"[(（]" + acronym.group(1) + r"[)）]", text):
                end = m.end() + acronym.start()   # `Ministry of Trade, Industry and Energy and SENER`: a second
                # body by the acronym the release gave it, no word of the first's field (`Ministry of Science and ICT`)
            ands = list(re.finditer(r"\s(?:and|&)\s(?=([A-Za-z]+))", text[m.end():end]))
            if len(ands) >= 2 and ands[1].group(1)[:1].isupper() and ands[1].group(1).lower() not in AND_WORDS:
                end = m.end() + ands[1].start()   # one `and` joins a body's fields, a second starts another name
                # (`Ministry of Science and ICT and Samsung Electronics`)
            second = re.search(r"\s(?:and|&)\s((?:[A-Z][\w'’.-]*\s){1,4}[A-Z][\w'’.-]*)$", text[m.end():end])
            if second and any(not re.search(r"(?:\band|&|\bof|\bfor)\s$", text[max(0, o.start() - 5):o.start()])
                              for o in re.finditer(rf"(?<![\w-]){re.escape(second.group(1))}(?![\w-])", text)
                              if not m.end() <= o.start() < end):
                end = m.end() + second.start()   # `Department of Public Service and Empire State Development`, the
                # second named on its own elsewhere in the release: two bodies, not one's field
            title = _TITLE_IN_TAIL.search(text, m.end(), end)
            if title:
                end = title.start()   # `Department of Economic Development Commissioner Pat Wilson`: a person's
                # title and name after the body's, not its field
            unit = _UNIT_IN_TAIL.search(text, m.end(), end) if m.group() in ("University", "Institute") else None
            if unit:
                end = unit.start()   # `University of South Florida College of Nursing`: the body, then a unit of it
            # a possessive ends the name: what follows is its own body (`Department of Commerce's Bureau of …`)
            poss = re.search(r"['’]s(?![A-Za-z])|(?<=[a-z]s)['’](?=\s)", text[m.end():end])   # (`Affairs' A+ Program`)
            if poss:
                end = m.end() + poss.start()
                owner = re.search(r"\s(?:and|&)\s([A-Z][\w\-]*)$", text[m.end():end])
                if owner and owner.group(1).lower() not in AND_WORDS and re.match(r"['’]s\s[A-Z]", text[end:end + 4]):
                    end = m.end() + owner.start()   # `Food Bank of Western Massachusetts and Rachel's Table`: one word
                    # after `and` that owns a name of its own is a second body, not the first's field
            cut = _second_name_after_a_place(text, m.end(), end)
            if cut < end:
                second = re.match(r"\s(?:and|&)\s", text[cut:end])
                if second and cut + second.end() < end and not re.match(r"['’]s\b", text[end:end + 2]):
                    # the second name is a body of the same kind (`… and Yale`)
                    yield (cut + second.end(), end), kind_of(text[m.start():cut])
                end = cut
        district = _SCHOOL_BODY.match(text, end) if m.group() in ("School", "Schools") and end == m.end() else None
        if district:
            end = district.end()   # `Coronado Unified School District`, `Toronto District School Board`: the schools' body
        members = _MEMBERS_BODY.match(text, end)
        if members:
            end = members.end()   # `… Public School Employees' Retirement System`: the body of the people named before it
        while not unit:  # organisation words in a row: Warner Bros. Pictures, Group N.V.
            if LEGAL_FORM_WORD.fullmatch(text[m.start():end].split()[-1].strip(",")) and text[end - 1:end] == ".":
                # a legal form closed the name: only a second one goes on (`Pte. Ltd.`, `Sdn. Bhd.`), no
                # other name (`Orvane Freight Pte. Ltd.` and `Kestrel Partners` after it)
                more = _SECOND_LEGAL_FORM.match(text, end)
                if not more:
                    break
                end = more.end()
                continue
            nxt = re.match(r"\s(?:&\s)?(?=[A-Z])", text[end:end + 4])   # (`Hotels & Resorts`: two words of one name)
            more = _ORG_WORD.match(text, end + nxt.end()) if nxt else None
            if more and more.group() == "Fund" and _FUND_NUMBER.match(text, more.end()):
                break   # `Greenfield Capital Fund III`: the firm's numbered fund, an investment product, after its name
            if not more:
                # a legal form a few capitalised words on closes the same name (`LG Energy Solution Ltd.`),
                # and so does another organisation word (`Federal Energy Regulatory Commission`)
                more = _LEGAL_FORM_AFTER.match(text, end) or _ORG_WORD_AHEAD.match(text, end)
                if not more:
                    break
            end = more.end()
            closed = LEGAL_FORM_WORD.fullmatch(more.group().split()[-1].strip(","))
            tail = _AFTER.match(text, end) if not (tail and tail.end() > m.end()) and not closed else None
            if tail and tail.end() > end and not re.search(r"['’]s(?=\s)", tail.group()) \
                    and not _CODE_OR_AMOUNT.match(text, tail.end()):
                end = tail.end()   # the second word's own complement: `Yonsei University College of Medicine`
        lead = m.start()
        comma = re.search(r"[A-Z][\w&'’-]*,\s\Z", text[max(0, lead - 42):lead]) if LEGAL_FORM_WORD.fullmatch(m.group()) \
            and text[m.end():m.end() + 1] != "-" else None   # (not `Jessica Lin, Co-founder`)
        if comma and not (is_place(comma.group()[:-2]) or is_country(comma.group()[:-2])):
            lead = _run_start(text, lead - len(comma.group()))   # `Tarrow Bio, Inc.`: a legal form after a comma closes the
            # name before it, whose last word need not be an organisation word
        start = max(_run_start(text, lead), last if last > 0 else 0)
        doubled = _GLUED_TWICE.fullmatch(text, start, end)
        if doubled:
            start = doubled.start(2)   # `About Northbridge BankNorthbridge Bank is …`: the head glued to the section's
            # first words, which name the body again (the line break lost, or left as a space)
        owned = re.match(r"['’]s\s", text[start:end])
        if owned:
            start += owned.end()   # the name before ended at its possessive (`Velmo Group's Robotics Lab`)
        start, end = _trim_lead(text, start, end)
        country = _COUNTRY_DOTS.search(text, max(0, start - 8), start)
        if country and kind_of(text[start:end]) == "government" and country.start() >= last:
            start = country.start()   # the U.S. Department of Energy (a full stop would end the name's run)
        posted = _POSTED_IN.match(text, end)
        if posted and _NATION_WORD.match(text, start) and is_country(posted.group(1)):
            end = posted.end()   # one nation's body in another country: `American Chamber of Commerce in Korea`
        nation = _COUNTRY_AFTER.match(text, end)
        if nation and is_country(nation.group(1)) and kind_of(text[start:end]) in ("government", "other"):
            end = nation.end()   # a public body named with its country after it: `Securities Commission Malaysia`
        words = text[start:end].split()
        if len(words) < 2 or text[start:end] == m.group():
            continue   # (an organisation word of several words alone, `Asset Management services`, names no body)
        if len(words) == 2 and LEGAL_FORM_WORD.fullmatch(words[1]) and is_country(words[0]):
            continue   # `Korea Inc.`, `Japan Inc.`: a country's economy as one firm, a figure of speech
        if len(words) == 2 and words[1] == "Office" and words[0] in _OFFICE_ROOMS:
            continue   # `the Oval Office`, `Box Office`, `Head Office`: a room, a counter or a firm's seat
        if words[-1] == "Office" and _OFFICE_AS_A_THING.match(text, end):
            continue   # `Heritage Office Building`, `Office Supplies`: offices as a building or goods
        if words[0] == "Office" and _HEAD_OF_THE.search(text, max(0, start - 30), start):
            continue   # `Director of the Office of International Affairs`: the office a person heads, a unit of
            # the body the person is with
        last = end
        if _PARK_AFTER.match(text, end):
            continue   # `Zhongguancun Software Park`, `Velmo Science Park`: the name goes on into a park's, a place
        if _UNIT_LAST.search(text, start, end) and (at := _AT_A_BODY.match(text, end)) and has_org_word(at.group(1)):
            continue   # `the R&D Laboratory at LG Electronics`, `AI Security Research Institute at Korea Institute of
            # …`: a laboratory, centre or institute at a body is a unit of it (`Stanford Center at Incheon
            # Global Campus`, at a place, stays)
        yield (start, end), kind_of(text[start:end])
    for pattern in (APPOSITION, BASED):
        for m in pattern.finditer(text):
            s, e = _trim_lead(text, m.start("name"), m.end("name"))
            if e > s:
                yield (s, e), "company"


# A person's post over a unit, before its name (`Director of the `, `head of the `).
_HEAD_OF_THE = re.compile(r"\b(?:Director|Head|Chief|Manager|Deputy|Chair|Dean)\s+of\s+(?:the\s+)?$", re.I)
# What follows `Office` when offices are a building or goods, not a body.
_OFFICE_AS_A_THING = re.compile(r"\s(?:Building|Buildings|Park|Complex|Tower|Towers|Space|Spaces|Suites?|Supplies|Furniture|Depot)\b")
# Offices that are rooms, counters or a firm's seat, not a body (`Home Office` and `Post Office` are bodies).
_OFFICE_ROOMS = frozenset({"Oval", "Box", "Front", "Back", "Head", "Main", "Registered", "Corporate", "Regional", "Branch",
                           "Executive", "Open"})


# `Park` right after a name, and no capitalised word after it: the name is a park's (`Zhongguancun Software Park`).
_PARK_AFTER = re.compile(r"\sPark(?![\w'’-]|\s[A-Z])")


# What a district's or a city's schools are run by, after `School` (`… School District`, `… School Board`).
_SCHOOL_BODY = re.compile(r"\s(?:District|Board|Division|System|Corporation)(?![\w'’-]|\s[A-Z])")


# The people a body is for, in a plural possessive, and the body after them (`Employees' Retirement System`,
# `Teachers’ Pension Fund`, `Nurses' Association`).
_MEMBERS_BODY = re.compile(r"\s[A-Z][a-z]+s['’](?:\s[A-Z][a-z]+){0,2}\s(?:System|Fund|Plan|Association|Union|Federation)"
                           r"(?![\w'’-]|\s[A-Z])")


# A fund's number after `Fund` (`Fund III`, `Fund 2`).
_FUND_NUMBER = re.compile(r"\s(?:[IVX]{1,5}|[0-9]{1,2})(?![\w-])")


# The last word of a laboratory, a centre or an office, and `at` a body after it (its capitalised run).
_UNIT_LAST = re.compile(r"\s(?:Laboratory|Laboratories|Lab|Labs|Center|Centre|Institute|Department|Division|Office|Unit|Team)\Z")
_AT_A_BODY = re.compile(r"\sat\s(?:the\s)?([A-Z][\w&'’.\-]*(?:\s(?:of\s|and\s|for\s|&\s)?[A-Z][\w&'’.\-]*){0,6})")


# Words that name a part of a body when they follow it (`… University College of Nursing`).
UNIT_WORDS = ("College", "School", "Faculty", "Department", "Division")
_UNIT_IN_TAIL = re.compile(rf"\s(?:{'|'.join(UNIT_WORDS)})\b")


# A Latin name with its legal form, as Korean and Chinese text cite a foreign firm (`…对MikroTek GmbH的收购`,
# `Lumen Systems Inc.와`): capitalised words (or `&`, `of`, `and`), then the form.
_LATIN_LEGAL_NAME = re.compile(
    r"(?<![A-Za-z0-9.&'-])[A-Z][A-Za-z0-9&'-]*(?:\s(?:[A-Z][A-Za-z0-9&'-]*|&|of|and)){0,4}?,?\s"
    r"(?:GmbH|AG|Inc\.|Inc|Corp\.|Corporation|Co\.,\s?Ltd\.?|Ltd\.|Ltd|LLC|Limited|PLC|plc|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|"
    r"Pte\.?\s?Ltd\.?|Pty\.?\s?Ltd\.?|K\.K\.|SE|SAS|AB|ASA|Oy)(?![A-Za-z0-9])")


def latin_legal_names(text: str):
    """Spans of Latin names with a legal form in Korean or Chinese text, outside brackets (a
    bracket's rendering is the aliases stage's): `MikroTek GmbH`, `Lumen Systems Inc.`."""
    for m in _LATIN_LEGAL_NAME.finditer(text):
        if text.rfind("(", 0, m.start()) > max(text.rfind(")", 0, m.start()), text.rfind("\n", 0, m.start())) \
                or text.rfind("（", 0, m.start()) > max(text.rfind("）", 0, m.start()), text.rfind("\n", 0, m.start())):
            continue
        yield m.start(), m.end()


def former_names(text: str):
    """(current name span, former name span) pairs the text states."""
    for pattern in (FORMERLY, FOUNDED_AS):
        for m in pattern.finditer(text):
            xs, xe = _trim_lead(text, m.start("x"), m.end("x"))
            ys, ye = _trim_lead(text, m.start("y"), m.end("y"))
            if xe > xs and ye > ys:
                yield (xs, xe), (ys, ye)


# Possessives that are part of a name: a saint's (`St. Luke's International Hospital`) and the
# people a body serves (`Children's Hospital`, `People's Bank of China`, `Women's University`).
_NAMED_FOR = re.compile(r"(?:(?:St\.|Saint)\s[A-Z][a-z]+|\b(?:Children|Women|Men|People|Workers|Farmers|Teachers|Veterans))['’]s\s$")


def _run_start(text: str, pos: int) -> int:
    """Start of the capitalised run (connectors inside) that ends at `pos`."""
    start = pos
    i = pos
    while True:
        # (one space or tab before `pos`, never a line break: a name is on one line; `\Z`, as `$` would
        # also match before a last line break and read on over it: `4567\n\nSOURCE Orvane Pte. Ltd.`)
        m = re.search(r"(\S+)[^\S\n]\Z", text[max(0, i - 40):i])
        if not m:
            break
        word = m.group(1)
        ws = i - len(m.group(0))
        if "--" in word:   # CHICAGO--(BUSINESS WIRE)--Acme Corp.: the name starts after the dashes
            tail = word.rsplit("--", 1)[1]
            if tail and _CAP_WORD.fullmatch(tail):
                start = i - len(m.group(0)) + len(word) - len(tail)
            break
        if word.endswith((",", ".", ";", ":", ")", "(")) and not re.fullmatch(r"(?:Bros|Co|Inc|Corp|St)\.", word) \
                and not (_INITIALS.fullmatch(word) and not _COUNTRY_DOTS.match(word + " ")):
            break   # (a founder's initials go on: `J.M. Huber Corporation`; `U.S.` may end a sentence)
        if re.search(r"['’]s$", word) and (is_country(word[:-2]) or is_place(word[:-2])):
            break   # `Japan's Medical Devices Agency`: the country's, not part of the name
        if word[0] in "(（\"“'‘" and _CAP_WORD.fullmatch(word[1:]):
            start = ws + 1   # `(Massachusetts Institute of Technology)`: the name starts inside
            break
        glued = _GLUED_HEAD.search(word)
        if glued:   # `ABOUT ACTIVATE CAPITALActivate Capital is`: a head in capitals glued to the body
            start = ws + glued.end()
            break
        if _CAP_WORD.fullmatch(word) or word in _CONNECTORS:
            i = ws
            if _CAP_WORD.fullmatch(word):
                start = ws
            if pos - ws > 120:
                break
        else:
            break
    s, _ = _trim_lead(text, start, pos)
    return _after_about_head(text, s, pos)


# A name written twice, the second glued to the first where a line break was lost (`Velmo BankVelmo Bank`).
_GLUED_TWICE = re.compile(r"(.+?)(?:(?<=[a-z.])|\s)(\1)")


# A person's initials in a firm's name (`J.M.`, `S.C.`).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


# A capitals word run into a capitalised one where a line break was lost (`CAPITALActivate`).
_GLUED_HEAD = re.compile(r"[A-Z]{2}(?=[A-Z][a-z])")
_ABOUT_BEFORE = re.compile(r"(?:^|\n|[.!?][^\S\n]+)[^\S\n]*(?:About|ABOUT)[^\S\n]+$")


def _after_about_head(text: str, s: int, e: int) -> int:
    """`About TES TEC TES Touch Solutions is …`, the line breaks around the head lost: a run that
    starts a section's head and names its first word again starts there (the body's own name)."""
    if not _ABOUT_BEFORE.search(text[max(0, s - 20):s]):
        return s
    words = list(re.finditer(r"\S+", text[s:e]))
    for w in words[1:]:
        if w.group() == words[0].group():
            return s + w.start()
    return s


# A year, a month's and a year's date, or a section's number (`4.1`) that opens a run of capitals.
_NUMBER_LEAD = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?"
                          r"(?:(?:19|20)[0-9]{2}|[0-9]{1,3}(?:\s?\.\s?[0-9]{1,2})*)\s(?=\S)")
# An honour or a title a body gives, or a board it has, before `of` and the body (`Copley Medal of the …`,
# `Fellow of the …`, `Advisory Board of the …`).
_HONOUR_OF = re.compile(r"((?:[A-Z][a-z]+\s){0,2}(?:Medal|Prize|Award|Fellow|Fellowship|Laureate|"
                        r"(?:Advisory|Supervisory|Executive)\sBoard|Board\sof\s(?:Directors|Governors|Trustees))"
                        # (an exchange's market tier: `the Main Board of The Stock Exchange of Hong Kong Limited`)
                        r"|(?:Main|GEM)\s(?:Board|Market)|Mainboard|Growth\sEnterprise\sMarket|ACE\sMarket|Catalist)"
                        r"\sof\s(?:the\s)?(?=[A-Z])")


# A person's title and its field inside a run of capitals (`Velmora Secretary of Energy`, `Minister for Trade`).
_TITLE_OF = re.compile(r"(?<=\s)(?:Secretary|Minister|Commissioner|Ambassador|Governor|Mayor|Chairman|Chairwoman|Director|"
                       r"President|Officer)\s(?:of|for)\s(?:the\s)?(?=[A-Z])")


# A Korean name romanised, its given name hyphenated (`Kim Min-jun`, `Lee Ji-won`).
_ROMANISED_KOREAN = re.compile(r"[A-Z][a-z]{1,4}\s[A-Z][a-z]+-[a-z]+")


# A programme, platform or prize named for the body that runs or gives it, then `of` (`… Platform of`).
_THING_OF = re.compile(r"(?:[A-Z][\w&'’-]*\s){0,4}(?:Platform|Program|Programme|Project|Initiative|Award|Awards|Prize)\sof\s(?:the\s)?(?=[A-Z])")


def _trim_lead(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while s < e:
        m = re.match(r"(\S+)\s", text[s:e])
        t = _TITLE_HEAD.match(text[s:e])
        if t and t.end() < e - s:
            s += t.end()
            continue
        person = re.match(r"([A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*){1,3})\s(?:of|at)\s(?:the\s)?", text[s:e])
        if person and person.end() < e - s and personal_name(person.group(1)) and not has_org_word(person.group(1)) \
                and (HONORIFIC_ENDS.search(text[max(0, s - 8):s]) or _ROMANISED_KOREAN.fullmatch(person.group(1))):
            s += person.end()   # a person's name before the body they are of (`Dr. Kim Min-jun of Hanbit University`)
            continue
        number = _NUMBER_LEAD.match(text[s:e])
        if number and number.end() < e - s:
            s += number.end()   # a year or a section's number before a name (`2024 Velmora Council election`, `4.1 Company`)
            continue
        if not m or not (m.group(1) in LEAD_WORDS or m.group(1).lower() in _CONNECTORS
                         or re.search(r"-(?:based|headquartered|listed|born|owned|backed)$", m.group(1))):
            break   # (`Tokyo-based Sorami Inc.`: where it is, not what it is called)
        s += m.end()
    # a person's title and `of` inside the run (`Velmora Secretary of Energy`): what follows is a field of the title
    title = _TITLE_OF.search(text, s, e)
    if title and title.end() < e:
        s = title.end()
    # a possessive owns what follows (`Taiwan's Semiconductor …`)
    poss = [p for p in re.finditer(r"['’]s\s", text[s:e]) if not _NAMED_FOR.search(text[s:s + p.end()])]
    if poss and poss[-1].end() < e - s and not _ORG_WORD.fullmatch(text[s + poss[-1].end():e].strip(" .,")):
        s += poss[-1].end()   # (but `Schwan's Company` is a name: nothing but an organisation word follows)
    # `Linklogis and Hubei United Investment Group`: a proper word after `and` starts another name
    for a in re.finditer(r"\sand\s(the\s)?(\S+)", text[s:e]):
        nxt = a.group(2).strip(",")
        field = re.search(r"([A-Za-z]+)$", text[s:s + a.start()])
        rest = text[s + a.start(2):e]
        fields = [w for w in rest.split() if not _ORG_WORD.fullmatch(w.strip(",."))]
        if not a.group(1) and field and is_common_word(field.group(1)) and only_common_words(rest) and len(fields) == 1 \
                and not LEGAL_FORM_WORD.fullmatch(rest.split()[0].strip(".,")):
            continue   # two fields, one word each, and a common ending: one name (`Pacific Gas and Electric Company`;
            # not `Magic Leap and Meta Reality Labs`, nor the legal form's word of a title, `Founder and Co-Chairman`)
        if nxt[:1].isupper() and nxt.lower() not in AND_WORDS and (
                a.group(1) or not re.search(r"\b(?:of|for)\s", text[s:s + a.start()])
                or _GOVERNMENT_OF.fullmatch(text, s, s + a.start())):   # (`City of Marlow and Tidewater Electric
            # Cooperative`: a town's government has no fields after `and`)
            s = s + a.start(2)   # (`… and the Bill & Melinda Gates Foundation`: `and the` parts two names,
            break                # even after `of`, where `and` alone may join a body's fields)
    # `Data Trading Platform of Shenzhen Data Exchange`: a thing a body runs, then `of` and the body
    thing = _THING_OF.match(text[s:e])
    if thing and _ORG_WORD.search(text, s + thing.end(), e):
        s += thing.end()
    # `Shares of Hanbit Holdings Corp.`: a common word's `of` before a name with its own organisation word
    head = re.match(r"([A-Z][a-z]+) of (?=[A-Z])", text[s:e])
    if not head:   # (and an honour or a board a body gives or has: `Gold Medal of the …`, `Advisory Board of the …`)
        head = _HONOUR_OF.match(text[s:e])
    if head and not _ORG_WORD.fullmatch(head.group(1)) and (only_common_words(head.group(1)) or _HONOUR_OF.match(text[s:e])) \
            and _ORG_WORD.search(text, s + head.end(), e):
        s += head.end()
    return s, e


def _second_name_after_a_place(text: str, start: int, end: int) -> int:
    """`University of Heidelberg and Yale`: after `of` and a place, `and` and a capitalised word
    that is no field of a ministry's name (`Trade and Industry`) start a second name; the first
    ends before `and`."""
    for a in re.finditer(r"\s(?:and|&)\s([A-Z][A-Za-z'\-]*)", text[start:end]):
        before = re.search(r"([A-Z][A-Za-z'\-]*)$", text[start:start + a.start()])
        second = text[start + a.start(1):end].split()
        if a.group(1).lower() not in AND_WORDS and (before and is_place(before.group(1)) or (
                # or a place opens a name of its own after `and` (`… of Bryan County and Georgia Power`;
                # `Antigua and Barbuda`, the place alone, stays)
                len(second) >= 2 and is_place(a.group(1)) and second[1][:1].isupper()) or (
                # or a place's government by its territory word (`Ministry of SMEs and Startups and Gangwon State`)
                len(second) >= 2 and "and" not in second and _TERRITORY_AFTER_AND.search(" ".join(second)) is not None) or (
                # or what follows is a school's or an institute's name of its own (`… Energy Research and
                # Velmora University`)
                len(second) >= 2 and kind_of(" ".join(second)) in ("education", "research") and is_org_word(second[-1]))):
            return start + a.start()
    return end


# A territory's word ending the words after `and` in a body's field: a place's government, another party.
_TERRITORY_AFTER_AND = re.compile(r"\s(?:Province|Prefecture|County|State|City|Municipality)$")


# The words a firm's name may go on with and stay the same firm's (`Halden Capital` / `Halden Capital Partners`, `… Capital
# Management`); not
# `Group` or `Holdings`, which name a parent (`Hyundai Motor` / `Hyundai Motor Group`).
_FIRM_WORDS = re.compile(r"(?:,?\s(?:Partners|Management|&\sResorts|Inc|Ltd|LLC|LLP|LP|Co|Corp|Corporation|PLC|AG|SE|GmbH|N\.V|N\.A|B\.V|S\.A)\.?)+")


def firm_words_only(words: str) -> bool:
    """`words` (what follows a name) are only the words a firm's name goes on with (` Partners`, ` Partners, LLC`)."""
    return _FIRM_WORDS.fullmatch(words) is not None


def has_org_word(name: str) -> bool:
    """Any organisation word of any kind stands in `name` as a word (`Korea Institute of …`)."""
    return bool(_ORG_WORD.search(name))


def company_words(name: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}(?![A-Za-z])", name) for w in COMPANY)


def is_org_word(word: str) -> bool:
    """The word is an organisation word (`Agency`, `University`, `Inc`)."""
    return _ORG_WORD.fullmatch(word) is not None


# A government named by what it governs: `the City of Busan`, `Government of the Republic of Korea`,
# `the Commonwealth of Virginia`.
_GOVERNMENT_OF = re.compile(r"(?<![\w-])(?:City|County|Municipality|Town|Village|Province|Prefecture|Government|Commonwealth)\sof\s"
                            r"(?:the\s)?(?P<place>[A-Z][\w'’.-]*(?:\s(?:of\s)?[A-Z][\w'’.-]*){0,3})")


# What follows a body that acts: its verb or its possessive.
_ACTS_AFTER = re.compile(r"(?:['’]s\b|\s(?:has|have|had|will|is|was|announced|approved|selected|signed|awarded|issued|"
                         r"launched|received|plans|said|says|adopted|opened|broke|began|voted)\b)")


_WHERE_BEFORE = re.compile(r"\b(?:in|to|at|from|into|near|across|throughout|around|within|outside|of)\s(?:the\s)?$", re.I)


_NAME_HEADS = word_table(DATA / "en_name_heads.tsv")   # word -> (kind,)
# Words that end bodies' names and other things' (`Party`, `Court`, `Records`): data/en_body_heads.txt.
BODY_HEADS: set[str] = word_set(DATA / "en_body_heads.txt")
# A body's word or a club's initials, then the name: capitalised words, joined by the particles
# of the name's language (`Politecnico di Milano`, `Universidad de los Andes`, `FC Valmora`).
_HEADED_NAME = re.compile(r"(?<![\w.\-])(?P<head>" + "|".join(map(re.escape, sorted(_NAME_HEADS, key=len, reverse=True)))
                          + r")(?:\s(?:di|de|del|della|delle|degli|dei|du|des|da|do|dos|das|für|der|y|e|la|los|las|le))*"
                          + r"\s(?P<rest>[A-ZÀ-Þ][\wÀ-ÿ'’\-]+(?:\s(?:(?:di|de|del|della|du|des|da|do|für|der|y|e)\s)?"
                          + r"[A-ZÀ-Þ][\wÀ-ÿ'’\-]+){0,3})")


def kind_headed_names(text: str):
    """(span, kind) of names a body's word opens in another language, or a football club's initials
    (`Politecnico di Milano`, `Fundación Telefónica`, `FC Valmora`, `SS Juve Stabia`): English writes
    them as the body writes itself, the kind first."""
    for m in _HEADED_NAME.finditer(text):
        rest = m.group("rest")
        if rest.isupper() and len(rest) > 4 or is_place(rest) and m.group("head").isupper():
            continue   # (a headline in capitals; initials before a place: `AS Rome`, a place)
        yield (m.start(), m.end()), _NAME_HEADS[m.group("head")][0]


# A port authority named by its port (`the Port of Tacoma`, `Port of Rotterdam`): a public body
# that signs, builds and opens. What follows `of` is the port's place, known to the gazetteer or
# not (ports are named after towns too small for it); it ends at the first word in lower case.
# (a full stop inside the place only in an abbreviation, `Port of St. John`: else it ends the sentence,
# `… the Port of Gdansk Authority. The Company …`)
_PLACE_WORD = r"(?:St\.|Ft\.|Mt\.|[A-Z][\w'’-]*)"
_PORT_OF = re.compile(rf"(?<![\w-])Port\sof\s(?:the\s)?(?P<place>{_PLACE_WORD}(?:[\s-]{_PLACE_WORD}){{0,2}})")


def governments_of_places(text: str):
    """Spans of `City of X`, `Government of X` where X is a place or a country; `Port of X`, a
    port's authority."""
    for m in _PORT_OF.finditer(text):
        if not _WHERE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            yield m.start(), m.end()   # (`ships calling at the Port of Busan`: the place)
    for m in _GOVERNMENT_OF.finditer(text):
        if _WHERE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue   # `moved to the City of London`: the place, not its government acting
        place = m.group("place")
        words = place.split()
        for k in range(len(words), 0, -1):   # the longest run of words that names a place
            head = " ".join(words[:k])
            if is_place(head) or is_country("the " + head):
                yield m.start(), m.start("place") + len(head)
                break
        else:
            # a town the gazetteer does not know, acting (`The City of Cedar Falls has selected …`,
            # `the City of Maple Hollow's council`): the whole run of capitalised words, when no
            # organisation word ends it (`City of Dover Utilities`); where the town is only where
            # something is (`councilman for the City of Little Falls, Minnesota`), none
            if m.group(0).startswith(("City", "County", "Town")) and not is_org_word(words[-1].strip(".")) \
                    and text[max(0, m.start() - 4):m.start()] in ("The ", "the ") and _ACTS_AFTER.match(text, m.end("place")):
                yield m.start(), m.end("place")


_ARMED_FORCE = re.compile(r"\b(?:Air Force|Army|Navy|Marine Corps|Marines|Coast Guard|Space Force|National Guard)$")
_TERRITORY_END = re.compile(r"\b(?:Province|Prefecture|County|Metropolitan City|Special City|Municipality)$")


# The United Nations' agencies and offices by their initials (`UNOPS`, `UNDRR`, `UNHCR`).
UN_INITIALS = re.compile(r"UN[A-Z]{2,7}")


def kind_of(name: str) -> str:
    """The kind of body an English name says: by its head, the last organisation word before
    `of`/`for` (`Seoul National University Hospital` is a hospital, `Ministry of Health` a
    ministry, `Association for Advancing Automation` an association); a name of several words
    (`Institute of Science and Technology`) first. A United Nations agency by its initials
    (`UNOPS`, `UNDRR`) is an international body, `other`."""
    if UN_INITIALS.fullmatch(name):
        return "other"
    head = re.split(r"\s(?:of|for)\s", name, maxsplit=1)[0]

    def headed_by(w: str) -> bool:
        """`w` stands in the name, and no organisation word of the head follows it (`National Credit Union
        Administration` is an administration, not a credit union)."""
        m = re.search(rf"\b{re.escape(w)}(?![A-Za-z])", name)
        return m is not None and not any(o.start() >= m.end() and _KIND_OF_WORD.get(o.group().rstrip("."))
                                         for o in _ORG_WORD.finditer(head))
    for words, kind in ((GOVERNMENT, "government"), (EDUCATION, "education"), (RESEARCH, "research"),
                        (COMPANY, "company"), (OTHER, "other")):
        if any(" " in w and headed_by(w) for w in words):
            return kind
    said = [m for m in _ORG_WORD.finditer(head) if _KIND_OF_WORD.get(m.group().rstrip("."))]
    if said:
        return _KIND_OF_WORD[said[-1].group().rstrip(".")]
    for words, kind in ((GOVERNMENT, "government"), (EDUCATION, "education"), (RESEARCH, "research"),
                        (COMPANY, "company")):
        if any(re.search(rf"\b{re.escape(w)}(?![A-Za-z])", name) for w in words):
            return kind
    if _TERRITORY_END.search(name):
        return "government"   # a province or county that acts (`Gyeonggi Province signed`) is its government
    if _ARMED_FORCE.search(name) and not name.startswith("Salvation"):
        return "government"   # a state's armed force (`U.S. Air Force`, `Royal Navy`) is the state's
    return "other" if any(w in name for w in OTHER) else "company"


def occurrences(text: str, name: str):
    """Where `name` stands in `text` as whole words."""
    for m in re.finditer(re.escape(name), text):
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if not (before.isalnum() or after.isalnum()):
            yield m.start(), m.end()


# A person the entity model reads as a body: a personal name after a role (`said CEO Mina Park`,
# `influencers Dana Reyes and …`) or before a title (`Mina Park, CEO of …`), at every mention.
_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:CEO|CTO|CFO|COO|Chairman|Chairwoman|Chairperson|President|Founder|Co-[Ff]ounder|Professor|Prof\.|"
    r"Dr\.|Mr\.|Ms\.|Mrs\.|Minister|Secretary|Governor|Mayor|Ambassador|Senator|Commissioner|Director|Officer|Manager|"
    r"founder|co-founder|artists?|influencers?|singers?|actors?|actress|designers?|chefs?|authors?|athletes?|"
    r"players?|coach|entrepreneurs?|scientists?|researchers?|spokes(?:person|man|woman)|creators?)\s$")
_TITLE_AFTER = re.compile(
    r",\s(?:the\s|its\s|our\s)?(?:CEO|CTO|CFO|COO|Chairman|Chairwoman|President|Founder|Co-[Ff]ounder|Director|"
    r"Professor|Chief|Executive|Head|Vice|Senior|Managing|General|Secretary|Minister|founder|co-founder|chief|"
    r"president|director|head|professor|partner|general)\b")
_TITLE_FIRST = re.compile(r"^(?:CEO|CTO|CFO|COO|Chairman|Chairwoman|President|Founder|Professor|Prof\.|Dr\.|Mr\.|"
                          r"Ms\.|Mrs\.|Minister|Secretary|Governor|Mayor|Ambassador|Senator|Director|"
                          # (`Member of Parliament Jane Doe`, where a reader took `Parliament Jane Doe`)
                          r"Parliament|Congressman|Congresswoman|Councilmember|Councillor|Councilor|Assemblyman|"
                          r"Assemblywoman|Lawmaker|Rep\.|Sen\.|Chancellor|Premier|Commissioner)\s")


def coordinated_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span a reader took over `and` between two names (`Omada Care and Hinge Labs`, `League of
    Legends and Valorant`, `Doha and Muscat`): the two names, where one side has two capitalised
    words or more, or both are places, and no organisation word binds them into one name (`Food and
    Drug Administration`); `Plug and Play`, a word on each side, stays one."""
    name = text[start:end]
    m = re.fullmatch(r"(.+?)\s(and|&)\s(.+)", name)
    if not m or " and " in m.group(3) or m.group(3).split()[0].lower() in AND_WORDS:
        return [(start, end)]   # (`Trade and Industry`: the fields of one body)
    a, b = m.group(1), m.group(3)
    if m.group(2) == "&" and (" " not in a or " " not in b.split(" of ")[0]):
        return [(start, end)]   # `Boys & Girls Clubs of America`, `Crestmoor Hotels & Resorts`: a word on one side of `&`
        # is part of one name; lists are written with `and`
    words = [len([w for w in side.split() if w[:1].isupper()]) for side in (a, b)]
    if not (a[:1].isupper() and b[:1].isupper()) or not (max(words) >= 2 or (is_place(a) and is_place(b))):
        return [(start, end)]
    if has_org_word(name) and not (has_org_word(a) and has_org_word(b)):
        return [(start, end)]   # (`Bill and Melinda Gates Foundation`: one body's word for both)
    return [(start, start + len(a)), (start + m.start(3), end)]


# `&` and capitalised words after a name, on its line (`Crestmoor Hotels` / `& Resorts`).
_AMPERSAND_ON = re.compile(r"[^\S\n]&[^\S\n][A-Z][\w'’\-]*(?:[^\S\n][A-Z][\w'’\-]*)*")


def over_ampersand(text: str, start: int, end: int) -> tuple[int, int]:
    """A span a reader ends before `&` and capitalised words (`Crestmoor Hotels` of `Crestmoor Hotels &
    Resorts`) runs on over them: `&` joins the parts of one name far more often than two names."""
    more = _AMPERSAND_ON.match(text, end)
    return (start, more.end()) if more else (start, end)


# A title and `of` or `for`, whose field opens the span after it.
_FIELD_OF_A_TITLE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director|Head|Chief|Governor|Chair|Chairman|Chairwoman|"
                               r"Vice\sPresident|Ambassador)\s(?:of|for)\s(?:the\s)?\Z")


# A person's name as the model may read it: two or three capitalised words, letters only (`Adaeze Okonkwo`).
_PERSONAL_RUN = re.compile(r"[A-Z][a-zà-öø-ÿ'’\-]+(?:\s[A-Z][a-zà-öø-ÿ'’\-]+){1,2}")


def said_alone(text: str, word: str) -> bool:
    """`word` (not a common word) stands somewhere in `text` on its own, no capitalised word right before or
    after it (`Okonkwo was previously …`, `said Okonkwo.`): as a person's surname or a firm's short name."""
    if is_common_word(word) or is_place(word) or is_country(word):
        return False
    for m in re.finditer(rf"(?<![\w'’&.-]){re.escape(word)}(?![\w&-])", text):
        before = text[max(0, m.start() - 30):m.start()]
        if re.search(r"[A-Z][\w'’&.-]*[^\S\n]$", before) and not re.search(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.[^\S\n]$", before):
            continue   # the last word of a run of capitals (`Adaeze Okonkwo`); after an honorific it stands alone (`Ms. Okonkwo`)
        if re.search(r"\b(?:the|The|a|an|An|its|their|our)[^\S\n]$", before):
            continue   # an article or a possessive before it makes it a thing's or a body's (`the Kestrel unit`), no surname
        if re.match(r"[^\S\n](?:[A-Z]|&)", text[m.end():m.end() + 2]) or re.match(r"['’]s\s[A-Z]", text[m.end():m.end() + 4]):
            continue   # the first word of a run (`Okonkwo Capital`, `Okonkwo's Kitchen`)
        return True
    return False


def names_a_person(text: str, start: int, end: int) -> bool:
    """The name is a person's: a title opens it (`Chairman Mina Park`), or a role stands before it
    or a title after it at every mention."""
    name = text[start:end].strip()
    if _FIELD_OF_A_TITLE.search(text, max(0, start - 30), start) and any(
            personal_name(" ".join(name.split()[-k:])) for k in (2, 3) if len(name.split()) > k):
        return True   # `Minister of Defense Hazem Shaalan`, where a reader took `Defense Hazem Shaalan`: the title's
        # field, then the person who holds it
    first = _TITLE_FIRST.match(name)
    if first and personal_name(name[first.end():]):
        return True   # (before the organisation word's test: `Parliament Jane Doe` of `Member of Parliament Jane Doe`)
    if has_org_word(name):
        return False
    if _PERSONAL_RUN.fullmatch(name) and said_alone(text, name.split()[-1]):
        return True   # `Adaeze Okonkwo` … `Okonkwo was previously …`: a release calls a person by the surname alone, a
        # firm by its first word (`Velmo Robotics` … `Velmo said`), or its last if a common one (`the Robotics unit`)
    pair = re.fullmatch(r"([A-Z][a-z]+) and ([A-Z][a-z]+)", name)
    if pair and all(re.search(rf"(?<![\w'’-]){p}\s([A-Z][a-z]+)(?![\w'’-])", text) and any(
            said_alone(text, m.group(1)) for m in re.finditer(rf"(?<![\w'’-]){p}\s([A-Z][a-z]+)(?![\w'’-])", text))
            for p in pair.groups()):
        return True   # `Adaeze and Rhys`: the given names of two people the release names in full
    if re.fullmatch(r"[A-Z][a-z]+", name) and any(
            _ROLE_BEFORE.search(text[max(0, m.start() - 16):m.start()]) or _TITLE_AFTER.match(text, m.end())
            for m in re.finditer(rf"\b[A-Z][a-z]+\s{name}\b", text)):
        return True   # the surname of a person the release names in full with a role (`said Mehta` after `CTO Rahul Mehta`)
    if not personal_name(name):
        return False
    spots = list(occurrences(text, name)) or [(start, end)]
    return all(_ROLE_BEFORE.search(text[max(0, s - 16):s]) or _TITLE_AFTER.match(text, e) for s, e in spots)


# A wire release closes with a section on each party, headed `About X` on a line of its own
# (`About Velmora Robotics Inc.`, `About Velmora:`), or run into the section's first sentence,
# which names X again (`About Velmora Velmora is a …`, `About VelmoraVelmora is …` where the
# line break was lost). X is a party to the release: an organisation, unless the exclusions say
# it names a thing (`About CES 2026`, `About the Awards`).
_ABOUT_LINE = re.compile(r"^[^\S\n]*(?:About|ABOUT)[^\S\n]+(?P<name>[^\s:.,;][^\n:;]{0,70}?)[^\S\n]*:?[^\S\n]*$", re.M)
_ABOUT_RUN_IN = re.compile(r"^[^\S\n]*(?:About|ABOUT)[^\S\n]+(?P<name>[A-Za-z0-9][^\n:;.]{0,60}?)[^\S\n]*(?P=name)\s"
                           r"(?:is|was|has|are|provides|develops|operates|offers|builds|makes|,)", re.M)


# A drug's, a trial's or a model's code: capitals, a hyphen and digits (`SLV-301`, `LUMEN-2`, `AUR-17b`).
_DRUG_CODE = re.compile(r"(?<![\w-])[A-Z]{2,}[A-Z0-9]*-[0-9]+[A-Za-z]?$")


def _said_in_lower_case(text: str, name: str, end: int) -> bool:
    """The section after the head writes the head's words in small letters (`Systemic lupus
    erythematosus is …` under `About Systemic Lupus Erythematosus`): a common term, not a name."""
    body = text[end:end + 300]
    return " " in name and name not in body and re.search(re.escape(name), body, re.I) is not None \
        and not name.isupper()


def about_heads(text: str):
    """Spans of the names that head a release's `About X` sections."""
    for pattern in (_ABOUT_LINE, _ABOUT_RUN_IN):
        for m in pattern.finditer(text):
            s, e = m.span("name")
            name = text[s:e]
            words = name.split()
            if not words or len(words) > 8 or words[0] in LEAD_WORDS or words[0].lower() in ("the", "this", "us", "our") \
                    or re.search(r"(?<![\w-])(?:19|20)[0-9]{2}(?![\w-])", name):
                continue
            if _DRUG_CODE.search(name) or _TITLE_FIRST.match(name + " ") or _said_in_lower_case(text, name, e):
                continue   # a drug's or a trial's code (`About SLV-301`, `About LUMEN-2`), a person (`About Dr. Karen Wu`),
                # a disease or a field the section writes in small letters (`About Systemic Lupus Erythematosus`)
            if name.isupper() and " " in name:
                # a head in capitals (`ABOUT NEXTEER AUTOMOTIVE`): the name as the body writes it
                body = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I)
                if body and not body.group().isupper():
                    s, e = body.span()
            yield s, e


_SECTION_SUBJECT = re.compile(r"[^\S\n]*:?\s*([A-Z][\w&'’.\-]*(?:,?\s[A-Z][\w&'’.\-]*){0,6}),?\s(?:is|was|has\sbeen)\s")


def section_subject(text: str, head_end: int) -> str | None:
    """The name an `About X` section's first sentence opens with (`X Robotics, Inc. is a …`): the
    body the head names, written in full."""
    m = _SECTION_SUBJECT.match(text, head_end)
    return m.group(1) if m else None


# The distributor's notice that closes some wire releases (`NOTE TO INVESTORS: …`, `Disclaimer: …`,
# `Please see full terms of use and disclaimers …`): it speaks for the wire, not for the parties.
_NOTICE = re.compile(r"^[^\S\n]*(?:NOTE TO INVESTORS|DISCLAIMER|Disclaimer)\b|Please see full terms of use", re.M)


def in_distributor_notice(text: str, spots: list[tuple[int, int]]) -> bool:
    """Every one of the name's mentions (`spots`) stands in the notice, which runs to the end."""
    m = _NOTICE.search(text)
    return bool(spots) and m is not None and all(s >= m.start() for s, _ in spots)


# A short name defined right after the full one, in brackets or quotes (`China National Machinery
# Industry Corporation (Sinomach)`, `Velmora Climate Systems “Velmora”`): one word, capitalised.
_SHORT_AFTER = re.compile(r"\s?[(“\"]([A-Z][\w&\-.]{1,30})[)”\"]")


def short_name_after(text: str, end: int) -> str | None:
    """The short name a bracket or quotes right after `end` define, if they do."""
    m = _SHORT_AFTER.match(text, end)
    return m.group(1) if m else None
