"""Find and parse the dateline at the top of a release: {location, date, agency}.

A dateline is what wire services put before the first sentence (`SEOUL, March 4, 2025
/PRNewswire/ --`); a government release gives its date instead in an issue-date field of its
header (`보도일시: 2025. 3. 4.(화) 12:00`, `發布日期：114-03-04`), which counts as its dateline here,
with no place and no agency.
"""
from __future__ import annotations

import datetime as dt
import re

from ...nlp.places import is_country, is_place
from .rules import (
    COMMON_PATTERNS,
    EN_MONTHS,
    EN_PLACE_ONLY,
    FIELD_LINES,
    FIELD_PATTERNS,
    PATTERNS,
    ROC_YEAR_OFFSET,
    SEARCH_LINES,
)

_COMPILED = {lang: [re.compile(p) for p in pats] for lang, pats in PATTERNS.items()}
_COMMON = [re.compile(p) for p in COMMON_PATTERNS]
_FIELDS = {lang: re.compile(p) for lang, p in FIELD_PATTERNS.items()}
_PLACE_ONLY = re.compile(EN_PLACE_ONLY)


def find_dateline(text: str, lang: str) -> dict | None:
    """The dateline of `text` as {location, date, agency, text, start, end}, or None.

    Tries the patterns of `lang` first, then the other languages' (an English release may carry
    a Korean dateline), then the forms all share, on each of the first SEARCH_LINES non-empty
    lines, at the line's start; and the issue-date fields on each of the first FIELD_LINES (a
    field whose date is no calendar date is passed over: the next one may have it).
    """
    order = [lang] + [other for other in _COMPILED if other != lang]
    datelines = [p for language in order for p in _COMPILED.get(language, [])] + _COMMON
    fields = [_FIELDS[language] for language in order if language in _FIELDS]
    for k, (line_start, line) in enumerate(_first_lines(text, max(SEARCH_LINES, FIELD_LINES))):
        lead = len(line) - len(line.lstrip())
        for pattern in fields:
            # on the text, not the line: a header table turned to text puts the date on the next line
            m = pattern.match(text, line_start + lead)
            if m and _date(m.groupdict()):
                return _record(m, 0)
        if k < SEARCH_LINES:
            for pattern in datelines:
                m = pattern.match(line, lead)
                if m:
                    return _record(m, line_start)
            m = _PLACE_ONLY.match(line, lead) if lang == "en" else None
            if m and (is_place(place := m.group("loc").split(",")[0].title()) or is_country(place)):
                return _record(m, line_start)   # the place alone, no date: `WASHINGTON, D.C. — …`
    return None


def _first_lines(text: str, n: int):
    pos, found = 0, 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
            found += 1
            if found == n:
                return
        pos += len(line) + 1


def _record(m: re.Match, offset: int) -> dict:
    groups = m.groupdict()
    # a field's record starts at its label, after any bullet or table border
    begin = m.start("label") if "label" in groups else m.start()
    raw = m.string[begin:m.end()].rstrip()
    start = offset + begin
    return {
        "location": (groups.get("loc") or "").strip(" ,") or None,
        "date": _date(groups),
        "agency": (groups.get("agency") or groups.get("agency2") or "").strip() or None,
        "text": raw,
        "start": start,
        "end": start + len(raw),
    }


def _date(groups: dict) -> str | None:
    try:
        if groups.get("y"):
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"])).isoformat()
        written = groups.get("date") or groups.get("date2")
        if written:
            return _release_date(written)
    except ValueError:
        return None
    return None


def _release_date(s: str) -> str | None:
    """ISO date of a full date as a header writes it: `March 4, 2025`, `4 March 2025`,
    `2025년 03월 04일`, `2025. 3. 4.`, `2025-03-04`, `'25. 3. 4.` (year 2025), `114年3月4日`
    (a Taiwanese year, 2025). None when it is not a calendar date. Raises nothing."""
    try:
        if re.search(r"[A-Za-z]", s):
            return _english_date(s)
        nums = re.findall(r"\d+", s)
        if len(nums) != 3:
            return None
        year, month, day = (int(n) for n in nums)
        if s.lstrip()[:1] in "'’‘":
            year += 2000
        elif len(nums[0]) < 4:
            year += ROC_YEAR_OFFSET
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _english_date(s: str) -> str | None:
    parts = re.findall(r"[A-Za-z]+|\d+", s)
    nums = [int(p) for p in parts if p.isdigit()]
    month = next((EN_MONTHS[p.lower()] for p in parts if p.lower() in EN_MONTHS), None)
    if month is None or len(nums) != 2:
        return None
    day, year = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
    return dt.date(year, month, day).isoformat()
