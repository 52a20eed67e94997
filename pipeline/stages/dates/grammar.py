"""Small helpers the per-language rule modules use to write their patterns as data.

A rule is a regular expression whose *named groups* say what each piece means; the engine
(`engine.py`) reads the groups, never the rule's name. Group names (before the `__N` suffix that
`grp` adds so that one name can appear in several alternatives):

    Y  four-digit year         YY two-digit year ('23)     M  month number   MN month word
    D  day of month            WD weekday word             Q  quarter        H  half
    SEASON season word         MOD early/mid/late word     DIR last/next/this/past/future word
    RY RM RW RD relative year/month/week/day word (lexicon gives the offset)
    HR MIN hour, minute        HALFHR "half past"          AP am/pm word     NOON noon word
    N UNIT, N2 UNIT2 an amount and a unit (a duration)     DURW a duration word (하루, 반년)
    AGO  "ago"/"later" word: N UNIT AGO is a date, not a duration
    SET  "every" word: SET UNIT / SET WD is a set           PRES "now" word (PRESENT_REF)
    RQ RH relative quarter / half-year word (this quarter 0, 지난분기 -1, 下半年 is H)
    NTH  the n-th weekday of a month, with WD and a month (`4월 둘째 목요일`; the NTH table's
         `last`/`마지막` is -1)                WOM the n-th (or last) week of a month
    THU  with WOM: the week is counted by its Thursday (week n holds the month's n-th Thursday),
         as Korean calendars and weekly reports count it
    LASTD the last day of the month named    DW a day of the month as an ordinal word (the second)
    WE   the weekend of a week (any non-empty match): with RW that week's, else the one DIR, the
         tense or `prefer` picks (`이번 주말`, `오는 주말`, `주말`): DATE `2025-W08-WE`
    MX   a month after a year and a dash (2019-06; refused where the pair reads as years, 2005-06)
    POD  a part of a day (morning MO, afternoon AF, evening EV, night NI): TIME `2025-02-17TMO`
    VAGUE an amount left open (several, a few, recent) before a UNIT: DURATION `PXW`, `PXY` (its
         presence is its meaning, like LASTD and WE)
    DIR  also `next2` / `last2` (Monday after next, June before last)
    PAST the words say the day has been (a disaster named by its date, 0121地震): read in the past
    ND   a day that a history names by its month and day (`921地震`): the lexicon gives its
         year, month and day
    TWY  a two-digit year read from the lexicon (Taiwan's text gives the ROC years, 98 -> 2009;
         other text has none, and the match is dropped)
    FD   the n-th day of the happening the text tells of (`첫날`, `首日`, `Day 2`; the lexicon gives
         n), counted from the start of the last range of days the text gave, else from a day named
         in the same paragraph (else left out)
    PRES the lexicon gives PRESENT_REF, PAST_REF or FUTURE_REF
    E_*  the same names for the end of a range written as one rule (2024~2026년)
    T    when present, the reported span is this group, not the whole match (context words
         such as "in" before a bare year are matched but not reported)

Every quantifier is bounded (`{0,2}`, `{1,4}`) and no quantified group contains another
quantifier, so each rule scans text in linear time.
"""
from __future__ import annotations

import functools
import itertools
import re

_ids = itertools.count(1)

# Spacing between the words of one expression: bounded, never `\s*`.
SP = r"[ \t\u00a0\u3000]{0,2}"     # optional space
SP1 = r"[ \t\u00a0\u3000]{1,2}"    # required space


def grp(name: str, body: str) -> str:
    """A named group; the numeric suffix keeps names unique inside one pattern."""
    return f"(?P<{name}__{next(_ids)}>{body})"


def alt(words) -> str:
    """An alternation of literal words, longest first (so `지난달` wins over `지난`)."""
    ws = sorted({w for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ws) + ")"


@functools.lru_cache(maxsize=8192)
def norm_key(s: str) -> str:
    """The form lexicon keys and matched words are compared in: case-folded, no spaces, dots or hyphens."""
    return re.sub(r"[\s.\-\u00a0\u3000]", "", s).casefold()
