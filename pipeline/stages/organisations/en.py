"""English organisation rule data and patterns: capitalised names ending in an organisation
word (`Hanwha Ocean Co., Ltd.`, `Korea Institute of ...`, `Ministry of Trade`)."""
from __future__ import annotations

import re

COMPANY = ("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA",
           "GmbH", "Group", "Holdings", "Company", "Technologies", "Technology", "Electronics", "Pharmaceuticals",
           "Pharmaceutical", "Bank", "Motors", "Industries", "Energy", "Systems", "Labs", "Partners", "Capital")
GOVERNMENT = ("Ministry", "Department", "Agency", "Commission", "Council", "Government", "Administration",
              "Office", "Authority", "Bureau")
RESEARCH = ("Institute", "Laboratory", "Academy", "Research Center", "Research Centre")
EDUCATION = ("University", "College", "School")
OTHER = ("Foundation", "Association", "Center", "Centre", "Federation", "Organization", "Organisation",
         "Coalition", "Alliance", "Society", "Hospital", "Exchange")

_CAP = r"(?:[A-Z][A-Za-z0-9&'\-]*\.?|[A-Z]{2,})"
_JOIN = r"(?:\s(?:of|and|for|the|on|&)\s|\s|,\s(?=(?:Inc|Ltd|LLC|Co)\b))"
_WORDS = "|".join(re.escape(w) for w in sorted(COMPANY + GOVERNMENT + RESEARCH + EDUCATION + OTHER, key=len, reverse=True))
# Name = up to 7 capitalised words joined by spaces/connectors, at least one of which is an
# organisation word; bounded repetition keeps matching linear.
PATTERN = re.compile(rf"(?P<name>(?:{_CAP}{_JOIN}){{0,7}}?(?:{_WORDS})(?:,?\s(?:Co\.,\s)?(?:Ltd\.?|Inc\.?|LLC|Co\.))?)(?![A-Za-z])")
_LEAD = {"The", "A", "An", "Its", "Our", "Their", "This", "That", "In", "On", "At", "By", "With", "From", "For",
         "And", "Both", "Today", "Yesterday", "Earlier", "Last", "Next", "Under", "After", "Before", "As"}


def find(text: str):
    for m in PATTERN.finditer(text):
        name = m.group("name")
        # Drop a leading sentence word that only happens to be capitalised.
        words = name.split(" ")
        drop = 0
        while drop < len(words) - 1 and words[drop] in _LEAD:
            drop += 1
        if len(words) - drop < 2 and words[-1] in GOVERNMENT + OTHER + RESEARCH + EDUCATION:
            continue  # "the Ministry" alone: an anaphor, not a name
        start = m.start("name") + sum(len(w) + 1 for w in words[:drop])
        sub = re.match(r"(?P<name>.+)", text[start:m.end("name")])
        yield _Shifted(sub, start), kind_of(name)


class _Shifted:
    def __init__(self, m, offset):
        self._m, self._o = m, offset

    def start(self, g="name"):
        return self._m.start(g) + self._o

    def end(self, g="name"):
        return self._m.end(g) + self._o


def company_words(name: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}(?![A-Za-z])", name) for w in COMPANY)


def kind_of(name: str) -> str:
    for words, kind in ((GOVERNMENT, "government"), (RESEARCH, "research"), (EDUCATION, "education"),
                        (COMPANY, "company")):
        if any(re.search(rf"\b{re.escape(w)}(?![A-Za-z])", name) for w in words):
            return kind
    return "other" if any(w in name for w in OTHER) else "company"
