"""English rule data for the dates stage: word tables and patterns, no logic.

Rules match case-insensitively, except month and weekday names, which must be capitalised
(`May` the month, not `may` the verb; `March`, not `march`). A bare year or a bare month name is
a date only after a word that introduces one (`in 1988`, `since October`): `1988 employees` and
`May I` are not dates.
"""
from __future__ import annotations

import re

from .grammar import alt, grp

FLAGS = re.IGNORECASE

# ---------------------------------------------------------------- lexicon (word -> meaning)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
               "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH = {m: i for i, m in enumerate(_MONTHS, 1)}
MONTH.update(_MONTH_ABBR)
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_ABBR = {"Mon": 1, "Tue": 2, "Tues": 2, "Wed": 3, "Thu": 4, "Thur": 4, "Thurs": 4,
                 "Fri": 5, "Sat": 6, "Sun": 7}
WEEKDAY = {w: i for i, w in enumerate(_WEEKDAYS, 1)}
WEEKDAY.update(_WEEKDAY_ABBR)

REL_YEAR = {"this year": 0, "last year": -1, "next year": 1, "the year": 0,
            "this": 0, "last": -1, "next": 1}
REL_MONTH = {"this month": 0, "last month": -1, "next month": 1, "the month": 0}
REL_WEEK = {"this week": 0, "last week": -1, "next week": 1}
REL_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
DIR = {"last": "last", "this past": "last", "past": "last", "next": "next", "this coming": "next",
       "coming": "next", "this": "this"}
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
MOD = {"early": "START", "mid": "MID", "late": "END",
       "the end of": "END", "end of": "END", "the beginning of": "START", "beginning of": "START",
       "the start of": "START", "start of": "START", "the middle of": "MID", "middle of": "MID",
       "year-end": "END", "year end": "END", "earlier": None, "later": None}
AMPM = {"am": "am", "a.m.": "am", "pm": "pm", "p.m.": "pm"}
NOON = {"noon": 12, "midday": 12, "midnight": 0}
UNIT = {}
for _w, _u in (("year", "Y"), ("month", "M"), ("week", "W"), ("day", "D"), ("hour", "H"),
               ("minute", "MIN"), ("second", "S")):
    UNIT[_w] = UNIT[_w + "s"] = _u
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUM = {w: i for i, w in enumerate(_ONES, 1)}
NUM.update({w: i for i, w in enumerate(_TEENS, 10)})
for _i, _t in enumerate(_TENS, 2):
    NUM[_t] = _i * 10
    for _j, _o in enumerate(_ONES, 1):
        NUM[f"{_t}-{_o}"] = _i * 10 + _j
NUM.update({"a": 1, "an": 1})
AGO = {"ago": -1, "earlier": -1, "before": -1, "later": 1, "from now": 1}
SETW = {"every year": "Y", "each year": "Y", "annually": "Y", "every month": "M",
        "each month": "M", "every week": "W", "each week": "W", "every day": "D", "each day": "D",
        "every": "W"}
PRES = {"now": 1, "currently": 1, "at present": 1, "nowadays": 1}
TIMEZONES = ["KST", "JST", "CST", "HKT", "SGT", "EST", "EDT", "ET", "CT", "CDT", "PT", "PST", "PDT",
             "GMT", "UTC", "BST", "CET", "CEST", "IST", "AEST"]

ANA_YEAR = {"the same year": 0, "that year": 0, "that same year": 0, "the following year": 1,
            "the next year": 1, "the year after": 1, "a year later": 1, "the previous year": -1,
            "the year before": -1, "a year earlier": -1}
# Days named by reference to the happening the text describes, not to the release date.
ANA_DAY = {"the same day": 0, "that day": 0, "that same day": 0, "the day before": -1, "the previous day": -1,
           "the next day": 1, "the following day": 1, "the day after": 1}
ANA_MONTH = {"the same month": 0, "that month": 0, "that same month": 0, "the following month": 1,
             "the next month": 1, "the previous month": -1, "the month before": -1}

# Holidays: a fixed day (month, day), or a movable one as (country, its name in the `holidays`
# package's calendar). Names are capitalised in the text.
HOLIDAY = {"New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Christmas Day": (12, 25),
           "Christmas Eve": (12, 24), "Christmas": (12, 25), "Hangul Day": (10, 9),
           "Thanksgiving Day": ("US", "Thanksgiving Day"), "Thanksgiving": ("US", "Thanksgiving Day"),
           "Lunar New Year": ("KR", "설날"), "Seollal": ("KR", "설날"), "Chinese New Year": ("CN", "春节"),
           "Spring Festival": ("CN", "春节"), "Chuseok": ("KR", "추석"), "Mid-Autumn Festival": ("CN", "中秋节")}

LEXICON = {"AY": ANA_YEAR, "AM": ANA_MONTH, "AD": ANA_DAY, "MN": MONTH, "WD": WEEKDAY, "RY": REL_YEAR, "RM": REL_MONTH, "RW": REL_WEEK,
           "RD": REL_DAY, "DIR": DIR, "Q": ORDINAL, "H": ORDINAL, "SEASON": SEASON, "MOD": MOD,
           "AP": AMPM, "NOON": NOON, "UNIT": UNIT, "NUM": NUM, "AGO": AGO, "SET": SETW,
           "PRES": PRES, "HOL": HOLIDAY}

# ---------------------------------------------------------------- pattern pieces
_FULL_M = "|".join(_MONTHS + [m.upper() for m in _MONTHS])
_ABBR_M = "|".join(list(_MONTH_ABBR) + [m.upper() for m in _MONTH_ABBR])
_FULL_WD = "|".join(_WEEKDAYS + [w.upper() for w in _WEEKDAYS])
_ABBR_WD = "|".join(_WEEKDAY_ABBR)


def mn():
    """A month name, capitalised: `February`, `Feb.`, `FEB`."""
    return grp("MN", rf"(?-i:(?:{_FULL_M})\b|(?:{_ABBR_M})(?:\.|\b))")


def wd(full_only=False):
    body = rf"(?-i:(?:{_FULL_WD})\b" + ("" if full_only else rf"|(?:{_ABBR_WD})(?:\.|\b)") + ")"
    return grp("WD", body)


Y4 = r"(?:1[89]|2[01])\d\d(?![\d])"
NB = r"(?<![\d.,\-/:])"


def year():
    return NB + grp("Y", Y4)


def day():
    return NB + grp("D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?\b"


# The number words as a small tree (tens, then an optional unit), not an alternation of all
# ninety-nine: the regex engine tries alternatives one by one, so a long list is slow to scan.
NUMW = ("(?:" + alt(_TENS) + r"(?:[\s-]" + alt(_ONES) + ")?|" + alt(_TEENS) + "|" + alt(_ONES) + r")(?![a-z])")
UNITW = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"
REL_Y = "this year|last year|next year"
REL_M = "this month|last month|next month"
_CTX = (r"in|since|by|until|till|from|to|through|during|before|after|of|for|between|and|around"
        r"|circa|throughout|as of|year|fiscal|spring|summer|autumn|fall|winter|early|late|mid")
_CTX_M = r"in|since|by|until|till|from|to|through|during|before|after|of|for|between|and|around|throughout|as of|on"
DASH = r"[-–—]"
SP = r"\s{1,2}"

RULES = [
    # the same year, the following year, the same month
    ("ana_year", r"\b" + grp("AY", alt(ANA_YEAR)) + r"\b"),
    ("ana_month", r"\b" + grp("AM", alt(ANA_MONTH)) + r"\b"),
    ("ana_day", r"\b" + grp("AD", alt(ANA_DAY)) + r"\b"),
    # an edition's year in a name (CES 2025, Gastech 2025, the 2025 Annual Report) and a copyright
    # year (© 2025): years, not amounts
    ("named_year", r"(?-i:\b[A-Z][A-Za-z0-9&'\-]{1,24})\s" + grp("T", year()) + r"(?![\d.,]\d|[A-Za-z]|\s?%|\s?percent|\s?[-–]\s?\d)"),
    ("year_named", grp("T", year()) + r"(?![A-Za-z])(?-i:\s(?:[A-Z][a-z]{2,}|[A-Z]{2,})\b)(?!\s(?:to|and|through)\s)"),
    ("copyright", r"(?:©|\(c\)|Copyright)\s?" + grp("T", year())),
    # its 2023 annual results, the 2025 season: a year before a noun
    ("year_modifier", r"\b(?:its|their|our|the|this|his|her)\s" + grp("T", year()) + r"(?=\s[a-z])"),
    # H1 2026, H2, 2025, 1H 2026
    ("half_h", r"\b(?:H" + grp("H", "[12]") + "|" + grp("H", "[12]") + r"H)(?:,?\s" + year() + r")?\b"),
    # 07/01/25, 12/31/2024: the American order, month first
    ("mdy_slash", r"(?<![\d/])" + grp("M", r"0?[1-9]|1[0-2]") + "/" + grp("D", r"0?[1-9]|[12]\d|3[01]") + "/"
     + "(?:" + grp("Y", Y4) + "|" + grp("YY", r"\d\d") + r")(?![\d/])"),
    # Thursday, February 20, 2025 / Feb. 20, 2025 / February 20th / February 20
    ("mdy", r"(?:" + wd() + r",?\s)?" + mn() + r"\s?" + day() + r"(?:,?\s" + year() + ")?"),
    # 20 February 2025 / 20th of February
    ("dmy", r"(?:" + wd() + r",?\s)?" + day() + r"\s(?:of\s)?" + mn() + r"(?:,?\s" + year() + ")?"),
    # October 2014 / Oct. 2014
    ("my", mn() + r",?\s" + year()),
    # in October, since March (a bare month name needs a word that introduces it)
    ("month_ctx", rf"\b(?:{_CTX_M})\s" + grp("T", mn())),
    ("month_dir", r"\b" + grp("DIR", "last|next|this|this past|this coming") + r"\s" + mn()),
    # 2025-02-20, 2/20/2025 (US order)
    ("iso", r"(?<![\d.\-/:])" + grp("Y", Y4) + "-" + grp("M", r"\d\d") + "-" + grp("D", r"\d\d") + r"(?![\d])"),
    ("us", r"(?<![\d.\-/:])" + grp("M", r"\d{1,2}") + "/" + grp("D", r"\d{1,2}") + "/" + grp("Y", Y4)),
    # in 1988, since 2019, by 2030 (a bare number is a year only after such a word)
    ("year_ctx", rf"\b(?:{_CTX})[\s-]" + grp("T", year()) + r"(?!\s?%|\s?percent|[.,]\d)"),
    ("fiscal", r"\b(?:FY|fiscal\s)" + grp("Y", Y4)),
    # first quarter of 2025, Q1 2025, Q1, 1Q25
    ("quarter_words", r"\b" + grp("Q", alt(ORDINAL)) + r"[\s-]quarter\b(?:\s(?:of\s)?(?:" + grp("Y", Y4) + "|"
     + grp("RY", REL_Y + "|the year") + "))?"),
    ("quarter_q", r"\b(?-i:Q)" + grp("Q", "[1-4]") + r"(?:\s(?:of\s)?" + grp("Y", Y4) + r"|\s?'" + grp("YY", r"\d\d") + r")?\b"),
    ("quarter_nq", r"\b" + grp("Q", "[1-4]") + r"(?-i:Q)\s?" + grp("YY", r"\d\d") + r"\b"),
    # the first half of 2025, H1 2025, second half
    ("half_words", r"\b" + grp("H", "first|second|1st|2nd") + r"\shalf\b(?:\sof\s(?:" + grp("Y", Y4) + "|"
     + grp("RY", REL_Y + "|the year") + "))?"),
    ("half_h", r"\b(?-i:H)" + grp("H", "[12]") + r"\s" + grp("Y", Y4)),
    # early 2025, mid-2025, late March, late last year, the end of 2025, year-end
    ("mod", r"\b" + grp("MOD", "early|mid|late") + r"[\s-](?:" + grp("Y", Y4) + "|" + mn() + r"(?:,?\s" + grp("Y", Y4) + ")?|"
     + grp("RY", REL_Y) + "|" + grp("RM", REL_M) + ")"),
    ("mod_of", r"\b(?:the\s)?" + grp("MOD", r"(?:end|beginning|start|middle)\sof") + r"\s(?:" + grp("Y", Y4) + "|" + mn()
     + r"(?:,?\s" + grp("Y", Y4) + ")?|" + grp("RY", REL_Y + "|the year") + "|" + grp("RM", REL_M + "|the month") + ")"),
    ("year_end", r"\b" + grp("MOD", r"year[\s-]end") + r"\b"),
    ("earlier_this", r"\b" + grp("MOD", "earlier|later") + r"\s(?:" + grp("RY", "this year") + "|" + grp("RM", "this month")
     + "|" + grp("RW", "this week") + r")\b"),
    # spring 2025, this summer, last fall
    ("season", r"\b(?:" + grp("RY", "this|last|next") + r"\s)?" + grp("SEASON", "spring|summer|autumn|winter")
     + r"\b(?:\s(?:of\s)?" + grp("Y", Y4) + ")?"),
    ("fall", r"\b(?:" + grp("RY", "this|last|next") + r"\s" + grp("SEASON", "fall") + r"|" + grp("SEASON", "fall")
     + r"\s(?:of\s)?" + grp("Y", Y4) + r")\b"),
    # today, last year, next month, this week
    ("rel_day", r"\b" + grp("RD", alt(REL_DAY)) + r"\b"),
    ("rel_year", r"\b" + grp("RY", REL_Y) + r"\b"),
    ("rel_month", r"\b" + grp("RM", REL_M) + r"\b"),
    ("rel_week", r"\b" + grp("RW", alt(REL_WEEK)) + r"\b"),
    # Tuesday, last Tuesday, this past Friday
    ("weekday", r"(?:\b" + grp("DIR", alt(DIR)) + r"\s)?" + wd(full_only=True)),
    # ranges written as one expression: 2024-2026, 20-22 February 2025, February 20-22, 2025
    ("range_years", r"(?<![\d.\-/:])" + grp("Y", Y4) + r"\s?" + DASH + r"\s?" + grp("E_Y", Y4)),
    ("range_dd_m", day() + r"\s?" + DASH + r"\s?" + grp("E_D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?\s" + mn()
     + r"(?:,?\s" + year() + ")?"),
    ("range_m_dd", mn() + r"\s" + day() + r"(?:\s?" + DASH + r"\s?|\s(?:to|through|until)\s)" + grp("E_D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?\b"
     + r"(?:,?\s" + year() + ")?"),
    # three years ago, a week later
    ("ago", r"\b" + grp("N", r"\d{1,3}|" + NUMW + "|an|a") + r"[\s-]" + grp("UNIT", r"(?:years?|months?|weeks?|days?)\b")
     + r"\s" + grp("AGO", r"ago|earlier|later|from now") + r"\b"),
    # six months, 3 years, the past three years, a 3-year plan
    ("dur", r"(?:\b(?:the\s)?(?:past|last|next|coming|previous|first|over)\s)?" + NB + r"\b" + grp("N", r"\d{1,3}|" + NUMW)
     + r"[\s-]" + grp("UNIT", UNITW)),
    # 3 p.m. KST, 10:30 a.m., 15:30, noon
    ("time_ap", NB + r"\b" + grp("HR", r"1[0-2]|0?[1-9]") + r"(?::" + grp("MIN", r"[0-5]\d") + r")?\s?"
     + grp("AP", r"a\.m\.|p\.m\.|am\b|pm\b") + r"(?:\s(?-i:" + "|".join(TIMEZONES) + r")\b)?"),
    ("time_24", NB + grp("HR", r"[01]?\d|2[0-3]") + ":" + grp("MIN", r"[0-5]\d") + r"(?![\d:])"
     + r"(?:\s(?-i:" + "|".join(TIMEZONES) + r")\b)?"),
    ("noon", r"\b" + grp("NOON", alt(NOON)) + r"\b"),
    # every year, annually, every Monday
    ("set", r"\b" + grp("SET", "every year|each year|annually|every month|each month|every week|each week"
                               "|every day|each day") + r"\b"),
    ("set_wd", r"\b" + grp("SET", "every") + r"\s" + wd(full_only=True)),
    ("present", r"\b" + grp("PRES", alt(PRES)) + r"\b"),
    # the 1990s, the early 2000s, the '90s, the 21st century, the late 19th century
    ("decade", r"\b(?:the\s)?(?:" + grp("MOD", "early|mid|late") + r"[\s-])?" + grp("DEC", r"(?:1[89]|20)\d|['’]\d")
     + r"0s\b"),                                   # the decade's 0 and s outside the group: `0s` anchors the rule
    ("century", r"\b(?:the\s)?(?:" + grp("MOD", "early|mid|late") + r"[\s-])?" + grp("CEN", r"\d{1,2}") + r"(?:st|nd|rd|th)[\s-]century\b"),
    # Christmas, Thanksgiving 2024, last Chuseok, this year's Lunar New Year
    ("holiday", r"(?:\b(?:" + grp("DIR", "last|next|this") + r"\s|" + grp("RY", REL_Y) + r"'s\s))?"
     + grp("HOL", "(?-i:" + alt(HOLIDAY) + ")") + r"\b(?:,?\s" + year() + ")?"),
]

# Rules whose year belongs to the name of an edition, an event or a notice (`in_name` on the timex):
# the year dates the name, not a happening.
NAME_RULES = ("named_year", "year_named", "copyright")

# ---------------------------------------------------------------- joining neighbours
RANGE_PREFIX = r"\b(?:from|between)\s"
RANGE_GAP = r"\s?[-–—]\s?|\s(?:to|through|until|till|thru)\s"
RANGE_GAP_PREFIXED = r"\s(?:and|to|until|through)\s"     # only after `from` / `between`
RANGE_SUFFIX = None
DATETIME_GAP = r",?\s(?:at\s)?"
# ---------------------------------------------------------------- tense of the sentence
TENSE_FUTURE = (r"\b(?:effective|(?:will|shall|would)\s(?:not\s)?(?:be\s|have\s)?\w{1,20}|(?:is|are)\s(?:scheduled|expected|set|due|slated|planned)\sto|scheduled|slated"
                r"|expected|plans?\sto|aims?\sto|intends?\sto|upcoming|going\sto|to\sbe\sheld)\b")
TENSE_PAST = r"\b(?:said|was|were|had|did|rose|fell|grew|began|took|made|won|held|\w{2,20}ed)\b"
TENSE_SCOPE = "both"
SENTENCE_END = r"[.!?](?=\s{1,3}[A-Z\"“]|\s{0,3}$)|\n"
