"""Find and parse the wire-service dateline at the top of a release: {location, date, agency}."""
from __future__ import annotations

import datetime as dt
import re

from .rules import EN_MONTHS, PATTERNS, SEARCH_LINES

_COMPILED = {lang: [re.compile(p) for p in pats] for lang, pats in PATTERNS.items()}


def find_dateline(text: str, lang: str) -> dict | None:
    """The dateline of `text` as {location, date, agency, text, start, end}, or None.

    Tries the patterns of `lang` first, then the other languages' (an English release may carry
    a Korean dateline), on each of the first SEARCH_LINES non-empty lines, at the line's start.
    """
    order = [lang] + [other for other in _COMPILED if other != lang]
    for line_start, line in _first_lines(text, SEARCH_LINES):
        lead = len(line) - len(line.lstrip())
        for language in order:
            for pattern in _COMPILED[language]:
                m = pattern.match(line, lead)
                if m:
                    return _record(m, line_start)
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
    raw = m.group(0).rstrip()
    start = offset + m.start()
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
        if groups.get("date") or groups.get("date2"):
            return _english_date(groups.get("date") or groups["date2"])
    except ValueError:
        return None
    return None


def _english_date(s: str) -> str | None:
    parts = re.findall(r"[A-Za-z]+|\d+", s)
    nums = [int(p) for p in parts if p.isdigit()]
    month = next((EN_MONTHS[p.lower()] for p in parts if p.lower() in EN_MONTHS), None)
    if month is None or len(nums) != 2:
        return None
    day, year = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
    return dt.date(year, month, day).isoformat()
