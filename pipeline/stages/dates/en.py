"""English rule data for the dates stage: word tables and patterns, no logic.

Rules match case-insensitively (`thursday`, `april 9`, `NEXT YR`), except where a month or weekday
name is also a common word: alone, `May`, `March` and the short names `Mon`, `Wed`, `Sat`, `Sun`
must be capitalised (`may` the verb, `march` the noun, `sat` the verb); beside a day number or a
year any month is read in any case (`may 5`, `9 march 2019`). A bare year, a bare month name or a
bare `4/22` is a date only after a word that introduces one (`in 1988`, `since October`, `on
4/22`) or alone on its line: `1988 employees`, `May I` and `2/3 of` are not dates.
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
WEEKDAY.update({w + "s": i for i, w in enumerate(_WEEKDAYS, 1)})      # 2 Mondays from now

# Relative periods are written as a word that says which one and the period's name (`next yr`,
# `the coming month`, `this qtr`): the tables give the word's offset; `after next` and `before
# last` follow the name (`the month after next`). The rules put the name as literal text after
# the word, so that a rule is looked for only where its period is named (anchors.py).
REL_WORD = {"this": 0, "the current": 0, "current": 0, "next": 1, "coming": 1, "the coming": 1, "upcoming": 1,
            "the upcoming": 1, "this coming": 1, "last": -1, "past": -1, "previous": -1, "this past": -1}
REL_AFTER = {"after next": 2, "before last": -2}
REL_YEAR = {**REL_WORD, **REL_AFTER, "this year": 0, "last year": -1, "next year": 1, "the year": 0, "year": 0}
REL_MONTH = {**REL_WORD, **REL_AFTER, "this month": 0, "last month": -1, "next month": 1, "the month": 0,
             "month": 0, "the": 0}
REL_WEEK = {**REL_WORD, **REL_AFTER, "this week": 0, "last week": -1, "next week": 1}
REL_QUARTER = {**REL_WORD, "the next": 1, "the last": -1, "the previous": -1}
REL_HALF = {**REL_WORD, "the previous": -1}
REL_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1,
           "the day after tomorrow": 2, "day after tomorrow": 2, "the day before yesterday": -2,
           "day before yesterday": -2, "last": -1}         # `last` only in `last night`
DIR = {"last": "last", "this past": "last", "past": "last", "next": "next", "this coming": "next",
       "coming": "next", "this": "this", "upcoming": "next", "after next": "next2", "before last": "last2"}
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# the last or final quarter of a year named: its fourth (rule quarter_last; `last quarter` alone is the previous one)
ORDINAL_Q = {**ORDINAL, "last": 4, "final": 4}
_ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth"]
# Ordinal words: the n-th weekday or week of a month (`last` = -1), a day of the month in words.
NTH = {w: i for i, w in enumerate(_ORD_WORDS, 1)}
NTH.update({f"twenty-{w}": 20 + i for i, w in enumerate(_ORD_WORDS[:9], 1)})
NTH.update({f"twenty {w}": 20 + i for i, w in enumerate(_ORD_WORDS[:9], 1)})
NTH.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31, "last": -1, "final": -1})
POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "tonite": "NI",
       "overnight": "NI"}
SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
MOD = {"early": "START", "mid": "MID", "late": "END",
       "the end of": "END", "end of": "END", "the beginning of": "START", "beginning of": "START",
       "the start of": "START", "start of": "START", "the middle of": "MID", "middle of": "MID",
       "year-end": "END", "year end": "END", "earlier": None, "later": None}
AMPM = {"am": "am", "a.m.": "am", "pm": "pm", "p.m.": "pm"}
NOON = {"noon": 12, "midday": 12, "midnight": 0}
UNIT = {}
for _w, _u in (("year", "Y"), ("month", "M"), ("week", "W"), ("day", "D"), ("hour", "H"),
               ("minute", "MIN"), ("second", "S"), ("decade", "DE"), ("yr", "Y"), ("wk", "W")):
    UNIT[_w] = UNIT[_w + "s"] = _u
UNIT.update({"century": "CE", "centuries": "CE", "fortnight": "W"})
# One unit counted back from now: the past month (P1M), the last year.
DURWORD = {f"{w} {u}": (1, c) for w in ("the past", "the last")
           for u, c in (("year", "Y"), ("month", "M"), ("week", "W"), ("decade", "DE"), ("century", "CE"))}
# An amount left open: several weeks (PXW), recent years (PXY), decades (PXDE).
VAGUE = ("several", "a few", "few", "many", "recent", "the past few", "the last few", "the next few",
         "the coming few", "the coming", "the past several", "the last several", "the next several")
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
        "every": "W", "yearly": "Y", "monthly": "M", "weekly": "W", "daily": "D", "per year": "Y",
        "per month": "M", "per week": "W", "per day": "D", "every morning": "MO", "every afternoon": "AF",
        "every evening": "EV", "every night": "NI", "each morning": "MO", "each evening": "EV",
        "nightly": "NI"}
PRES = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
        "at the moment": "PRESENT_REF", "presently": "PRESENT_REF", "these days": "PRESENT_REF",
        "the present": "PRESENT_REF", "at this time": "PRESENT_REF",
        "the past": "PAST_REF", "in the past": "PAST_REF", "back then": "PAST_REF",
        "recently": "PAST_REF",
        "the future": "FUTURE_REF", "in the future": "FUTURE_REF"}
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
HOLIDAY = {"Xmas": (12, 25), "X-mas": (12, 25), "Halloween": (10, 31), "Valentine's Day": (2, 14),
           "St. Patrick's Day": (3, 17), "Saint Patrick's Day": (3, 17), "New Year's": (1, 1),
           "Independence Day": ("US", "Independence Day"), "Memorial Day": ("US", "Memorial Day"),
           "Labor Day": ("US", "Labor Day"), "Martin Luther King Jr. Day": ("US", "Martin Luther King Jr. Day"),
           "MLK Day": ("US", "Martin Luther King Jr. Day"), "Veterans Day": ("US", "Veterans Day"),
           "Easter": ("EASTER", 0), "Easter Sunday": ("EASTER", 0), "Good Friday": ("EASTER", -2),
           "Easter Monday": ("EASTER", 1), "Boxing Day": (12, 26),
           "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Christmas Day": (12, 25),
           "Christmas Eve": (12, 24), "Christmas": (12, 25), "Hangul Day": (10, 9),
           "Thanksgiving Day": ("US", "Thanksgiving Day"), "Thanksgiving": ("US", "Thanksgiving Day"),
           "Lunar New Year": ("KR", "설날"), "Seollal": ("KR", "설날"), "Chinese New Year": ("CN", "春节"),
           "Spring Festival": ("CN", "春节"), "Chuseok": ("KR", "추석"), "Mid-Autumn Festival": ("CN", "中秋节")}

# The n-th day of the happening told (rule "first_day"; the engine's FD): `Day 1` as a programme
# writes it, `the second day of CES`
FIRST_DAY = {"day 1": 1, "day 2": 2, "day 3": 3, "day one": 1, "day two": 2, "day three": 3, "the first day": 1,
             "the second day": 2, "the third day": 3, "the opening day": 1}
LEXICON = {"FD": FIRST_DAY, "AY": ANA_YEAR, "AM": ANA_MONTH, "AD": ANA_DAY, "MN": MONTH, "WD": WEEKDAY, "RY": REL_YEAR, "RM": REL_MONTH, "RW": REL_WEEK,
           "RD": REL_DAY, "RQ": REL_QUARTER, "RH": REL_HALF, "DIR": DIR, "Q": ORDINAL_Q, "H": ORDINAL, "SEASON": SEASON,
           "MOD": MOD, "AP": AMPM, "NOON": NOON, "UNIT": UNIT, "NUM": NUM, "AGO": AGO, "SET": SETW,
           "PRES": PRES, "HOL": HOLIDAY, "NTH": NTH, "POD": POD, "DURW": DURWORD}

# ---------------------------------------------------------------- pattern pieces
_DAY_WORDS = alt(k for k, v in NTH.items() if v > 0)
_NTH_WORDS = alt(["first", "second", "third", "fourth", "fifth", "last", "final", "1st", "2nd", "3rd", "4th", "5th"])
_FULL_M = "|".join(_MONTHS + [m.upper() for m in _MONTHS])
_ABBR_M = "|".join(list(_MONTH_ABBR) + [m.upper() for m in _MONTH_ABBR])
_FULL_WD = "|".join(_WEEKDAYS + [w.upper() for w in _WEEKDAYS])
_ABBR_WD = "|".join(_WEEKDAY_ABBR)


_CI_M = "|".join(m for m in _MONTHS if m not in ("May", "March"))   # no other common word


def mn(name="MN"):
    """A month name standing alone: capitalised where it is also a word (`May`, `March`, `Feb.`,
    `FEB`), any case otherwise (`october`)."""
    return grp(name, rf"(?<![A-Za-z])(?:(?-i:(?:{_FULL_M})\b|(?:{_ABBR_M})(?:\.|\b))|(?:{_CI_M})\b)")


def _cases(words) -> str:
    """The words as written, in capitals and in lower case: matched case-sensitively, which scans
    several times faster than a case-insensitive alternation."""
    return "|".join(dict.fromkeys(v for w in words for v in (w, w.upper(), w.lower())))


# The names in three cases, matched case-sensitively: a case-insensitive alternation of words is
# several times slower to scan, and no one writes `aPRIL`.
_FULL_M3 = _cases(_MONTHS)
_ABBR_M3 = _cases(_MONTH_ABBR)


def mnd():
    """A month name beside a day number or a year, in any case: `may 5`, `9 march`, `Apr9`, `30-Nov-81`."""
    return grp("MN", rf"(?<![A-Za-z])(?-i:(?:{_FULL_M3})\b|(?:{_ABBR_M3})(?:\.|\b|(?=\d)))")


# Weekday names: the full names in any case; the short ones in any case where they are no other
# word (`thu`, `fri`), capitalised or with their dot otherwise (`Sat`, `sun.`).
_WD_CI_ABBR = ["Tues", "Tue", "Thurs", "Thur", "Thu", "Fri"]


_WD3 = _cases(_WEEKDAYS)
_ABBR_WD3 = _cases(_WEEKDAY_ABBR)
_WD_CI3 = _cases(_WD_CI_ABBR)


# (every name starts a word: `renewed.`, `common.`, `statue`, `Myanmar 2025` hold none)
def wd(full_only=False):
    body = rf"(?<![A-Za-z])(?-i:(?:{_WD3})\b"
    if not full_only:
        body += rf"|(?:{_ABBR_WD})(?:\.|\b)|(?:{_ABBR_WD3})\.|(?:{_WD_CI3})\b"
    return grp("WD", body + ")")


def wd_alone():
    """A weekday standing alone: the full name, or a short one that is no other word (`thu`, `Sat.`)."""
    return grp("WD", rf"(?<![A-Za-z])(?-i:(?:{_WD3})\b|(?:{_ABBR_WD})\.|(?:mon|wed|MON|WED)\.|(?:{_WD_CI3})\b)")


# A weekday in brackets after its date belongs to the date's span (`January 7 (Tuesday)`, `Jan. 7
# (Tue.)`), as Korean `12.2(수)` does: never a date of its own.
WD_BRACKET = rf"(?:\s?\((?-i:{_WD3}|{_ABBR_WD3})\.?\))?"

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


def rel(key: str, table: dict, name: str, the: bool = False) -> str:
    """`next month`, `the current month`: the word (group `key`, offset from `table`) and the name;
    `the month` itself only where `the` is True (`the 10th of the month`, `the weekend`)."""
    words = [k for k in table if k not in REL_AFTER and not k.endswith(("year", "month", "week")) and (the or k != "the")]
    return grp(key, alt(words)) + " " + name + r"\b"


def rel_after(key: str, table: dict, name: str) -> str:
    """`the month after next`, `year before last`."""
    return r"\b(?:the )?" + name + " " + grp(key, alt(REL_AFTER)) + r"\b"


_REL_M = rel("RM", REL_MONTH, "month", the=True)
_CTX = (r"in|since|by|until|till|from|to|through|during|before|after|of|for|between|and|around"
        r"|circa|throughout|as of|year|fiscal|spring|summer|autumn|fall|winter|early|late|mid"
        r"|into|entering|versus|vs\.?|beyond")
_CTX_M = r"in|since|by|until|till|from|to|through|during|before|after|of|for|between|and|around|throughout|as of|on"
DASH = r"[-–—~∼～〜]"     # (the tilde as writers from Korea, Japan and China put it: October 23~25)
SP = r"\s{1,2}"
# A fiscal year named before the year of a quarter (`Q3 FY2025`, `the first quarter of fiscal 2025`)
FISCAL = r"(?:fiscal\s(?:year\s)?|(?-i:FY)\s?)?"

# Numbers of addresses and of numbered things, which a year's four digits may be (`2100 Ross
# Avenue`, `Suite 2000`, `Room 2010`, `Section 1983`): no years. Contact blocks and `About`
# sections of wire releases give them.
STREET = ("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Drive", "Dr.", "Lane", "Ln.",
          "Parkway", "Pkwy.", "Pl.", "Ct.", "Highway", "Hwy.", "Pike", "Expressway", "Freeway", "Turnpike")
NUMBERED = ("Suite", "Ste.", "Room", "Rm.", "Floor", "Unit", "Box", "Bldg.", "Building", "Section", "Sec.",
            "Article", "Art.", "Rule", "Gate", "Booth", "Pier", "Route")
_STREET = r"(?-i:" + alt(STREET) + r")(?![A-Za-z])"

RULES = [
    # 2100 Ross Avenue, 1900 Main St., 2001 Gangnam-daero; Suite 2000, Room 2010, Booth 2025
    # (after a word that introduces a year, it is one: `In 2019 Hanbit Street Foods opened`)
    # (the digits first: a rule that opens with look-behinds is tried at every place of the text)
    ("address", grp("NOTDATE", r"(?=[12]\d\d\d)(?<![\d.,\-/:])"
                    + "".join(rf"(?<!\b{w}\s)" for w in ("in", "by", "since", "from", "until", "through", "of", "to", "for"))
                    + Y4 + r"(?:\s(?:[NSEW]\.?\s)?(?-i:[A-Z][A-Za-z'.]*|\d+(?:st|nd|rd|th))){1,3}\s" + _STREET)),
    ("address_kr", grp("NOTDATE", r"(?<![\d.,\-/:])" + Y4 + r",?\s(?-i:[A-Z][a-z]+-?(?:daero|ro|gil|dong))\b")),
    ("numbered", grp("NOTDATE", r"(?-i:\b" + alt(NUMBERED) + r")\s?(?:No\.\s?|#\s?)?" + Y4)),
    # Nguyen Thi Thu Ha, Tran Thu Trang: a short weekday name inside a person's name (Vietnamese
    # names of wire releases from Asia) is no day
    ("name_wd", grp("NOTDATE", r"(?-i:\b[A-Z][a-z]+\s(?:Thu|Tue|Fri)\s(?!(?:" + _ABBR_M + "|" + _FULL_M + r")\b)[A-Z][a-z]+)")),
    # Audi Q4 Sportback: a model named by a brand, a letter and a number, no quarter (`Hanbit Q3
    # Results` is one: a word of a financial report follows)
    ("model_q", grp("NOTDATE", r"(?-i:\b(?!(?:In|By|For|During|The|Its|Our|Their|His|Her|Since|From|Through|Until|Of|And|With|"
     r"Over|At|As|After|Before|Than|Versus|Compared|Reports?|Reported|Announces?|Posts?|Delivers?|Expects?|Sees?)\b)"
     r"[A-Z][a-z]+\sQ[1-4]\s(?!(?:Results|Earnings|Revenue|Report|Financial|Highlights|Sales|"
     r"Update|Conference|Call|Webcast|Outlook|Performance|Fiscal|Net|Operating|Business|Shareholder|Investor|Bookings|"
     r"Production|Deliveries|Dividend|Trading|Letter|Review)\b)[A-Z][a-z]+)")),
    # the same year, the following year, the same month
    ("ana_year", r"\b" + grp("AY", alt(ANA_YEAR)) + r"\b"),
    # over the next year, within the coming month: a stretch of time from now, no year or month
    ("stretch", grp("NOTDATE", r"\b(?:over|within|for|throughout)\sthe\s(?:next|following|coming)\s(?:year|month|week)\b")),
    ("ana_month", r"\b" + grp("AM", alt(ANA_MONTH)) + r"\b"),
    ("ana_day", r"\b" + grp("AD", alt(ANA_DAY)) + r"\b"),
    # Day 1, Day Two (capitalised, as a programme names its days; not `from day one`), the second
    # day of CES: the n-th day of the happening told (the engine's FD)
    ("first_day", r"\b(?:" + grp("FD", r"(?-i:Day (?:[123]|One|Two|Three))") + r"(?=[,.;:)]|\s(?:of|at|include|included|featured|features|will|saw|was)\b)"
     + r"|" + grp("FD", r"the (?:first|second|third|opening) day") + r"(?= of (?!" + alt(MONTH) + r"\b)(?-i:[A-Z])|[,.;)])" + r")(?!-)"),
    # an edition's year in a name (CES 2025, Gastech 2025, the 2025 Annual Report) and a copyright
    # year (© 2025): years, not amounts
    ("named_year", r"(?-i:\b[A-Z][A-Za-z0-9&'\-]{1,24})\s" + grp("T", year()) + r"(?![\d.,]\d|[A-Za-z]|\s?%|\s?percent|\s?[-–]\s?\d)"),
    ("year_named", grp("T", year()) + r"(?![A-Za-z])(?-i:\s(?:[A-Z][a-z]{2,40}|[A-Z]{2,40})\b)(?!\s(?:to|and|through)\s)"),
    ("copyright", r"(?:©|\(c\)|Copyright)\s?" + grp("T", year())),
    # its 2023 annual results, the 2025 season: a year before a noun
    ("year_modifier", r"\b(?:its|their|our|the|this|his|her)\s" + grp("T", year()) + r"(?=\s[a-z])"),
    # H1 2026, H2, 2025, 1H 2026
    ("half_h", r"\b(?:H" + grp("H", "[12]") + "|" + grp("H", "[12]") + r"H)(?:,?\s" + year() + r")?\b"),
    ("half_yy", r"\b(?-i:(?:H" + grp("H", "[12]") + "|" + grp("H", "[12]") + r"H))\s?'?" + grp("YY", r"\d\d") + r"\b"),   # 1H25, H2'24
    # 07/01/25, 12/31/2024: the American order, month first
    ("mdy_slash", r"(?<![\d/])" + grp("M", r"0?[1-9]|1[0-2]") + "/" + grp("D", r"0?[1-9]|[12]\d|3[01]") + "/"
     + "(?:" + grp("Y", Y4) + "|" + grp("YY", r"\d\d") + r")(?![\d/])"),
    # Thursday, February 20, 2025 / Feb. 20, 2025 / February 20th / February 20
    ("mdy", r"(?:" + wd() + r",?\s)?" + mnd() + r"\s?" + day() + r"(?:,?\s" + year() + r"|,?\s'" + grp("YY", r"\d\d") + r"\b)?"
     + WD_BRACKET),
    # June second 2019, the second of June, the 1st of the current month
    # yesterday (June 25), today (Nov. 12): the relative day with its date in brackets, one date
    ("rel_day_paren", r"\b" + grp("RD", "today|yesterday|tomorrow") + r"\s?\(" + mnd() + r"\s?" + day() + r"\)"),
    ("rel_day_paren_dm", r"\b" + grp("RD", "today|yesterday|tomorrow") + r"\s?\(" + NB + grp("D", r"[0-3]?\d") + r"\s" + mnd() + r"\)"),
    # Tuesday (March 4): the weekday with its date in brackets, one date
    ("wd_paren_md", wd() + r"\s?\(" + mnd() + r"\s?" + day() + r"(?:,?\s" + year() + r")?\)"),
    ("mdy_words", r"(?:" + wd() + r",?\s)?" + mnd() + r"\s(?:the\s)?" + grp("DW", _DAY_WORDS) + r"\b(?:,?\s" + year() + ")?"),
    ("dmy_words", r"\b(?:the\s)?" + grp("DW", _DAY_WORDS) + r"\sof\s" + mnd() + r"(?:,?\s" + year() + ")?"),
    ("day_of_rel_month", r"\b(?:the\s)?(?:" + day() + "|" + grp("DW", _DAY_WORDS) + r")\sof\s" + _REL_M),
    # Tuesday the 19th, Monday 18th; on the 15th (a day of this month, told by its ordinal)
    ("wd_the_day", wd_alone() + r",?\s(?:the\s)?" + NB + grp("D", r"[0-3]?\d") + r"(?:st|nd|rd|th)\b"),
    # (a word after it makes it no day, `the 21st century`, unless the word joins it to another
    # such day: `on the 21st and the 23rd`, `the 5th to the 7th`)
    ("the_day", r"\b(?:on\s)?the\s" + NB + grp("D", r"[0-3]?\d") + r"(?:st|nd|rd|th)\b(?!\s?(?!of\b)[A-Za-z\d])"),
    ("the_day_and", r"\b(?:on\s)?the\s" + NB + grp("D", r"[0-3]?\d") + r"(?:st|nd|rd|th)\b"
     + r"(?=\s(?:and|or|to|through|until|till)\s(?:on\s)?(?:the\s)?[0-3]?\d(?:st|nd|rd|th)\b(?!\s?(?!of\b)[A-Za-z\d]))"),
    # `on the 21st and closes ...`: after `on`, the ordinal is a day whatever clause follows (not
    # `on the 3rd and 4th floors`, where a second ordinal shares the noun)
    ("on_the_day", r"\bon\sthe\s" + NB + grp("D", r"[0-3]?\d") + r"(?:st|nd|rd|th)\b(?=\s(?:and|or|at|from|in|with)\s(?![0-3]?\d(?:st|nd|rd|th)\b)[a-z])"),
    # 20 February 2025 / 20th of February
    ("dmy", r"(?:" + wd() + r",?\s)?" + NB + grp("D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?(?:\b|(?=[A-Za-z]))\s?(?:of\s)?" + mnd() + r"(?:,?\s" + year() + r"|,?\s'" + grp("YY", r"\d\d") + r"\b)?"
     + WD_BRACKET),   # (28 May 2026 (Thursday): the weekday in brackets is the date's)
    # 30-Nov-81, 30-Nov-1981
    ("d_mon_y", NB + grp("D", r"[0-3]?\d") + "-" + mnd() + "-(?:" + grp("Y", Y4) + "|" + grp("YY", r"\d\d") + r")(?![\d-])"),
    # October 2014 / Oct. 2014
    ("my", mnd() + r",?\s" + year()),
    # in October, since March (a bare month name needs a word that introduces it)
    ("month_ctx", rf"\b(?:{_CTX_M})\s" + grp("T", mn())),
    # January-October, Jan.–Oct.: a range of two month names by a dash, after a word that introduces
    # a month (`for January-October`) or before a year (January-October 2025 reads as `my`)
    ("month_range_ctx", rf"\b(?:{_CTX_M})\s" + grp("T", mn() + r"\s?" + DASH + r"\s?" + mn("E_MN")) + r"(?!,?\s\d)"),
    ("month_dir", r"\b" + grp("DIR", "last|next|this|this past|this coming|upcoming") + r"\s" + mn()),
    # June after next, March before last
    ("month_after_next", mn() + r"\s" + grp("DIR", "after next|before last") + r"\b"),
    # June next year, March of last year: the month of the year told from the release's
    ("month_rel_year", mn() + r"(?:,?\s|\sof\s)" + grp("RY", REL_Y) + r"\b"),
    # the first Tuesday of October, the last Monday of March 2014, the second Friday of next month
    ("nth_wd", r"\b(?:the\s)?" + grp("NTH", _NTH_WORDS) + r"\s" + wd_alone() + r"\s(?:of|in)\s(?:"
     + mnd() + r"(?:,?\s" + year() + ")?|" + _REL_M + ")"),
    # the first week of October 2014, the last week of September
    ("nth_week", r"\b(?:the\s)?" + grp("WOM", _NTH_WORDS) + r"\sweek\sof\s(?:" + mnd() + r"(?:,?\s" + year() + ")?|"
     + _REL_M + ")"),
    # the last day of October 2015, the last day of the month
    ("last_day", r"\b(?:the\s)?" + grp("LASTD", r"last\sday") + r"\sof\s(?:" + mnd() + r"(?:,?\s" + year() + ")?|"
     + _REL_M + ")"),
    # 2025-02-20, 2/20/2025 (US order)
    ("iso", r"(?<![\d.\-/:])" + grp("Y", Y4) + "-" + grp("M", r"\d\d") + "-" + grp("D", r"\d\d") + r"(?![\d])"),
    ("ymd_slash", r"(?<![\d.\-/:])" + grp("Y", Y4) + "/" + grp("M", r"0?[1-9]|1[0-2]") + "/" + grp("D", r"0?[1-9]|[12]\d|3[01]") + r"(?![\d/])"),   # 2025/11/12
    ("us", r"(?<![\d.\-/:])" + grp("M", r"\d{1,2}") + "/" + grp("D", r"\d{1,2}") + "/" + grp("Y", Y4)),
    # 11-30-81, 11-30-1981 (month first, as with slashes)
    ("mdy_dash", r"(?<![\d.\-/:])" + grp("M", r"0?[1-9]|1[0-2]") + "-" + grp("D", r"0?[1-9]|[12]\d|3[01]") + "-"
     + "(?:" + grp("Y", Y4) + "|" + grp("YY", r"\d\d") + r")(?![\d\-/])"),
    # 2019-06, 2019/06: a year and a month (not 2005-06, a span of years)
    ("ym", r"(?<![\d.\-/:])" + grp("Y", Y4) + r"[-/]" + grp("MX", r"0[1-9]|1[0-2]") + r"(?![\d\-/.]|\s?%)"),
    # on 4/22, from 4/22, 4/22 alone on its line: a month and day written as numbers need a word
    # that introduces them (2/3 of the vote is a fraction)
    ("md_slash", "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("on", "from", "to", "by", "until", "till", "through", "since",
                                                               "before", "after", "dated", "and")) + r"|(?<![^\n]))"
     + grp("M", r"0?[1-9]|1[0-2]") + "/" + grp("D", r"0?[1-9]|[12]\d|3[01]") + r"(?![\d/]|\s?%|\s(?:of|the)\b)"),
    ("md_slash_wd", wd() + r",?\s" + grp("M", r"0?[1-9]|1[0-2]") + "/" + grp("D", r"0?[1-9]|[12]\d|3[01]") + r"(?![\d/])"),
    # in 1988, since 2019, by 2030 (a bare number is a year only after such a word)
    ("year_ctx", rf"\b(?:{_CTX})[\s-]" + grp("T", year()) + r"(?!\s?%|\s?percent|[.,]\d)"),
    ("fiscal", r"\b(?:FY\s?|(?-i:CY)\s?|fiscal\s(?:year\s)?|calendar\syear\s)" + grp("Y", Y4)),
    ("fiscal_yy", r"\b(?-i:FY)" + grp("YY", r"\d\d") + r"\b"),
    ("fiscal_yy_range", r"\b(?-i:FY)\s?" + grp("YY", r"\d\d") + r"[/\-–]" + grp("E_YY", r"\d\d") + r"\b"),   # FY24/25
    # Q3FY26, Q3 FY26, 2Q FY2026, H1 FY26, 1HFY26: a quarter or half of a fiscal year written short
    ("fiscal_part", r"\b(?-i:(?:Q" + grp("Q", "[1-4]") + "|" + grp("Q", "[1-4]") + "Q|H" + grp("H", "[12]") + "|" + grp("H", "[12]")
     + r"H)\s?FY\s?(?:" + grp("Y", Y4) + "|" + grp("YY", r"\d\d") + r"))\b"),
    # first quarter of 2025, Q1 2025, Q1, 1Q25
    ("quarter_last", r"\b(?:the\s)?" + grp("Q", "last|final") + r"\squarter\sof\s" + FISCAL + grp("Y", Y4)),
    ("quarter_words", r"\b(?:" + grp("Y", Y4) + r"\s)?" + grp("Q", alt(ORDINAL)) + r"[\s-](?:quarter|qtr)\b(?:\s(?:of\s)?(?:"
     + FISCAL + grp("Y", Y4) + "|" + grp("RY", REL_Y + "|the year") + r")|(?=\s(?:and|&)\s(?:the\s)?(?:full[\s-]year\s|fiscal\s(?:year\s)?)"
     + grp("Y", Y4) + r"\b))?"),   # `fourth quarter and full year 2024`: the year the two share
    ("quarter_q", r"\b(?-i:Q)" + grp("Q", "[1-4]") + r"(?:\s(?:of\s)?" + FISCAL + grp("Y", Y4) + r"|\s?'" + grp("YY", r"\d\d") + r")?\b"),
    ("quarter_q_lower", r"\bq" + grp("Q", "[1-4]") + r"(?:\s(?:of\s)?" + grp("Y", Y4) + r"|\s?'" + grp("YY", r"\d\d") + r")\b"),
    ("quarter_nq", r"\b" + grp("Q", "[1-4]") + r"(?-i:Q)\s?" + grp("YY", r"\d\d") + r"\b"),
    # 2019Q2, 2019-Q2, 19q2
    ("quarter_yq", r"(?<![\d.\-/:])(?:" + grp("Y", Y4) + "|" + grp("YY", r"\d\d") + r")[\s-]?q" + grp("Q", "[1-4]") + r"\b"),
    # this quarter, next quarter, last qtr; this half
    ("rel_quarter", r"\b" + rel("RQ", REL_QUARTER, "quarter")),
    ("rel_qtr", r"\b" + rel("RQ", REL_QUARTER, "qtr")),
    ("rel_half", r"\b" + rel("RH", REL_HALF, "half")),
    # the first half of 2025, H1 2025, second half
    # (not the first half of a match, a game, a programme: `of the` and any other noun)
    ("half_words", r"\b(?:" + grp("Y", Y4) + r"\s)?" + grp("H", "first|second|1st|2nd") + r"[\s-]half\b"
     + r"(?!\sof\s(?:the|a|an|its|their|our|his|her|each|every)\s(?!year\b|fiscal|calendar|current|next|last|previous|coming))"
     + r"(?:\sof\s(?:" + FISCAL + grp("Y", Y4) + "|"
     + grp("RY", REL_Y + "|the year") + "))?"),
    ("half_h", r"\b(?-i:H)" + grp("H", "[12]") + r"\s" + grp("Y", Y4)),
    # early 2025, mid-2025, late March, late last year, the end of 2025, year-end
    ("mod", r"\b" + grp("MOD", "early|mid|late") + r"[\s-](?:" + grp("Y", Y4) + "|" + mn() + r"(?:,?\s" + grp("Y", Y4) + ")?|"
     + grp("RY", REL_Y) + "|" + grp("RM", REL_M) + ")"),
    ("mod_of", r"\b(?:the\s)?" + grp("MOD", r"(?:end|beginning|start|middle)\sof") + r"\s(?:" + grp("Y", Y4) + "|" + mn()
     + r"(?:,?\s" + grp("Y", Y4) + ")?|" + grp("RY", REL_Y + "|the year|year") + "|" + grp("RM", REL_M + "|the month|month") + r")\b"),
    # (and its year after it or before it: `year-end 2027`, `the 2027 year-end`)
    ("year_end", r"\b(?:" + grp("Y", Y4) + r"\s)?" + grp("MOD", r"year[\s-]end") + r"\b(?:\s" + grp("Y", Y4) + r"\b)?"),
    ("earlier_this", r"\b" + grp("MOD", "earlier|later") + r"\s(?:" + grp("RY", "this year") + "|" + grp("RM", "this month")
     + "|" + grp("RW", "this week") + r")\b"),
    # spring 2025, this summer, last fall
    # (not a season that names a games or a sale: `the Summer Olympic Games`, `Winter Sale`)
    ("season", r"\b(?:" + grp("RY", "this|last|next") + r"\s)?" + grp("SEASON", "spring|summer|autumn|winter")
     + r"\b(?:\s(?:of\s)?" + grp("Y", Y4) + ")?" + r"(?!\s(?-i:Olympic|Olympics|Paralympic|Paralympics|Games|Sale|"
     r"Festival|Collection|Edition|School|Session|Camp|Forum|Davos|Series|Universiade))"),
    ("fall", r"\b(?:" + grp("RY", "this|last|next") + r"\s" + grp("SEASON", "fall") + r"|" + grp("SEASON", "fall")
     + r"\s(?:of\s)?" + grp("Y", Y4) + r")\b"),
    # today, last year, next month, this week
    # (not `the cities of tomorrow`, `the challenges of today`: the future and the present, no day)
    ("rel_day", r"(?<!\bof\s)\b" + grp("RD", alt(k for k in REL_DAY if k != "last")) + r"\b"),
    # Monday morning, tomorrow evening, this morning, last night, tonight
    ("pod_day", r"(?:" + wd_alone() + "|" + grp("RD", "today|yesterday|tomorrow") + r")\s" + grp("POD", "morning|afternoon|evening|night")
     + r"\b"),
    ("pod_this", r"\b(?:this\s" + grp("POD", "morning|afternoon|evening") + "|" + grp("POD", "tonight|tonite") + r")\b"),
    ("pod_last_night", r"\b" + grp("RD", "last") + r"\s" + grp("POD", "night") + r"\b"),
    ("rel_year", r"\b" + rel("RY", REL_YEAR, "year")),
    ("rel_yr", r"\b" + rel("RY", REL_YEAR, "yr")),
    # a start to the year, later in the year: the year of the release (only in these phrases; `the
    # year` alone may be any year the text is about, `the year ended December 31`)
    ("the_year", r"\b(?:start|end|close|finish)\sto\s" + grp("T", grp("RY", "the year")) + r"\b"),
    ("the_year_in", r"\b(?:later|earlier)\sin\s" + grp("T", grp("RY", "the year")) + r"\b"),
    ("rel_year_after", rel_after("RY", REL_YEAR, "year")),
    ("rel_month", r"\b" + rel("RM", REL_MONTH, "month")),
    ("rel_mo", r"\b" + rel("RM", REL_MONTH, "mo")),
    ("rel_month_after", rel_after("RM", REL_MONTH, "month")),
    # this weekend, last weekend (the weekend of a week: TIMEX3 2025-W08-WE); the weekend (the tense picks)
    ("weekend", r"\b" + grp("RW", alt(k for k in REL_WORD if k != "this coming" and k != "this past")) + " " + grp("WE", "weekend") + r"\b"),
    ("weekend_dir", r"\b" + grp("DIR", "this coming|this past") + " " + grp("WE", "weekend") + r"\b"),
    ("the_weekend", r"\b(?:the|this) " + grp("WE", "weekend") + r"\b(?!\sof\s)"),   # (`the weekend of Nov. 22-23`: the dates say which)
    ("rel_week", r"\b" + rel("RW", REL_WEEK, "week")),
    ("rel_wk", r"\b" + rel("RW", REL_WEEK, "wk")),
    ("rel_week_after", rel_after("RW", REL_WEEK, "week")),
    # Tuesday, last Tuesday, this past Friday, thu.; Monday after next
    ("weekday", r"(?:\b" + grp("DIR", alt(DIR)) + r"\s)?" + wd_alone()),
    ("weekday_after_next", r"\b(?:the\s)?" + wd_alone() + r"\s" + grp("DIR", "after next|before last") + r"\b"),
    # 2 Mondays from now, three Fridays ago
    ("weekdays_away", r"\b" + grp("N", r"\d{1,2}|" + NUMW) + r"\s" + grp("WD", "(?:" + _FULL_WD + r")s?") + r"\s"
     + grp("AGO", r"ago|from now|later|earlier") + r"\b"),
    # ranges written as one expression: 2024-2026, 20-22 February 2025, February 20-22, 2025
    ("range_years", r"(?<![\d.\-/:])" + grp("Y", Y4) + r"\s?" + DASH + r"\s?" + grp("E_Y", Y4)),
    # covers 2020 through 2025, ran 2021 to 2023: two years joined by a word, whatever precedes them
    # (a year alone there may be an amount; with its end, later than it, it is a span of years)
    ("range_years_words", r"(?<![\d.,\-/:$€£#])(?<!from\s)(?<!From\s)" + grp("Y", Y4) + r"\s(?:through|thru|to|until)\s" + grp("E_Y", Y4)
     + r"(?![\d.,]\d|\s?%|\s?(?:percent|units|people|employees|jobs|tons|tonnes|homes|members|vehicles|cars)\b)"),
    # the 2025/26 season, the 2025-26 school year: a span of two years, the second written short
    # (after `ym`, which reads 2025-06 as a month; an end before the start is no range)
    ("range_years_yy", r"(?<![\d.\-/:])" + grp("Y", Y4) + r"[/\-–]" + grp("E_YY", r"\d\d") + r"(?![\d/\-.]|\s?%)"),
    # Monday through Friday, Mon-Fri: the days of every week an office keeps (opening hours), no
    # date (`from Monday to Friday` is told as a span of days: a range)
    ("weekday_span", "".join(rf"(?<!\b{w}\s)" for w in ("from", "between", "next", "this", "last", "coming", "past")) + grp("NOTDATE", wd() + r"(?:\s?[-–]\s?|\s(?:to|through|thru)\s)" + wd())),
    ("range_dd_m", day() + r"\s?" + DASH + r"\s?" + grp("E_D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?\s" + mnd()
     + r"(?:,?\s" + year() + ")?"),
    # … with words between its days after `from` or `between` (`from 10 to 12 June 2026`, `between 3 and 5 May`)
    ("range_dd_m_words", r"(?:(?<=\bfrom\s)|(?<=\bbetween\s))" + day() + r"(?:st|nd|rd|th)?\s(?:to|and|through|until)\s"
     + grp("E_D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?\s" + mnd() + r"(?:,?\s" + year() + ")?"),
    ("range_m_dd", mnd() + r"\s" + day() + r"(?:\s?" + DASH + r"\s?|\s(?:to|through|until)\s)" + grp("E_D", r"[0-3]?\d") + r"(?!\d)(?:st|nd|rd|th)?\b"
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
    ("set", r"\b" + grp("SET", alt(k for k in SETW if k != "every")) + r"\b"),
    ("set_wd", r"\b" + grp("SET", "every") + r"\s" + wd(full_only=True)),
    ("present", r"\b" + grp("PRES", alt(PRES)) + r"\b"),
    # several weeks, recent years, decades, for months, the coming few years: durations left open
    ("vague", r"\b" + grp("T", grp("VAGUE", alt(VAGUE)) + r"\s"
                             + grp("UNIT", r"(?:years|months|weeks|days|hours|minutes|decades|centuries)\b"))),
    # for a week, within a year, after a month: one unit as a duration
    ("dur_a", r"\b(?:for|about|nearly|almost|than|within|over|after|only|just|least|roughly)\s"
     + grp("T", grp("N", "a|an") + r"\s" + grp("UNIT", r"(?:year|month|week|day|hour|minute|decade|century)\b"))
     + r"(?!\s(?:ago|earlier|later|before|after|from)\b|['’]s)"),
    ("dur_past_one", r"\b" + grp("DURW", alt(DURWORD)) + r"\b(?!\s(?:of|in)\b)"),
    ("vague_bare", r"\b" + grp("VAGUE", "") + grp("UNIT", r"decades|centuries") + r"\b"),
    ("vague_for", r"\bfor\s" + grp("T", grp("VAGUE", "") + grp("UNIT", r"years|months|weeks|decades") + r"\b")),
    # a decade, a century, two decades
    ("dur_long", r"\b" + grp("N", r"\d{1,3}|" + NUMW + r"|a|an|one") + r"[\s-]" + grp("UNIT", r"(?:decades?|century|centuries)\b")),
    # the 1990s, the early 2000s, the '90s, the 21st century, the late 19th century
    ("decade", r"\b(?:the\s)?(?:" + grp("MOD", "early|mid|late") + r"[\s-])?" + grp("DEC", r"(?:1[89]|20)\d|['’]\d")
     + r"0s\b"),                                   # the decade's 0 and s outside the group: `0s` anchors the rule
    ("century", r"\b(?:the\s)?(?:" + grp("MOD", "early|mid|late") + r"[\s-])?" + grp("CEN", r"\d{1,2}") + r"(?:st|nd|rd|th)[\s-]century\b"),
    # Christmas, Thanksgiving 2024, last Chuseok, this year's Lunar New Year
    ("holiday", r"(?:\b(?:" + grp("DIR", "last|next|this") + r"\s|" + grp("RY", REL_Y) + r"'s\s))?"
     + grp("HOL", "(?-i:" + alt(HOLIDAY) + ")|" + alt(HOLIDAY) + r"(?!\s[a-z])") + r"\b(?:,?\s" + year() + ")?"),
]

# Rules whose year belongs to the name of an edition, an event or a notice (`in_name` on the timex):
# the year dates the name, not a happening.
NAME_RULES = ("named_year", "year_named", "copyright")

# ---------------------------------------------------------------- joining neighbours
RANGE_PREFIX = r"\b(?:from|between)\s"
RANGE_GAP = r"\s?[-–—~∼～〜]\s?|\s(?:to|through|until|till|thru)\s"
RANGE_GAP_PREFIXED = r"\s(?:and|to|until|through)\s"     # only after `from` / `between`
RANGE_SUFFIX = None
# October 24th and 25th, March 4 and 5, 2025: a second day of the month, its month left out
# (not a count: `March 4 and 5 companies`; the day ends the phrase or a preposition follows)
# (and December 13, 14, 20 and 21: days by commas, where `and` closes the list)
DAY_LIST = (r"(?:\s(?:and|&)\s|,\s(?=(?:[0-3]\d|[1-9])(?:,\s(?:[0-3]\d|[1-9])){0,6},?\s(?:and|&)\s(?:[0-3]\d|[1-9])(?![\w%])))"
            r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%])"
            r"(?=\s?[,.;:)]|\s(?:in|at|on|from|to|for|with|of|the|and)\b|\s*$)")
DATETIME_GAP = r",?\s(?:at\s)?"
TIME_DATE_GAP = r",?\s(?:on\s)?"
# ---------------------------------------------------------------- tense of the sentence
TENSE_FUTURE = (r"\b(?:effective|(?:will|shall|would)\s(?:not\s)?(?:be\s|have\s)?\w{1,20}|(?:is|are)\s(?:scheduled|expected|set|due|slated|planned)\sto|scheduled|slated"
                r"|(?:is|are)\sdue"   # (`Applications are due by Friday`)
                r"|expected|expects?|anticipates?|(?:is|are)\son\strack\sto|takes?\splace|kicks?\soff|(?:is|are)\sheld|plans?\sto|aims?\sto|intends?\sto|upcoming|going\sto|to\sbe\sheld)\b")
TENSE_PAST = (r"\b(?:said|was|were|had|did|rose|fell|grew|began|took|made|won|held|met|spoke|saw|went|came|gave|told|sold|"
              r"bought|led|left|paid|built|wrote|became|brought|chose|drove|found|got|kept|knew|lost|meant|ran|sent|"
              r"stood|thought|struck|spent|broke|hit|cut|reports|results\s(?:for|of)|"
              r"(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)\w{2,20}ed)\b")
# (`reports fourth quarter results`, `results for its third quarter`: a period ended; a participle after
# a determiner is an adjective, no verb: `will present its combined list in October`)
TENSE_SCOPE = "both"
# (not the stop of an abbreviation or an initial before a capital: `U.S. Department`, `Inc. said`, `Dr. Lee`, `John F. Kent`)
SENTENCE_END = (r"(?<!\bU\.S)(?<!\bU\.K)(?<!\bU\.N)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bDr)(?<!\bMr)(?<!\bMs)"
                r"(?<!\bMrs)(?<!\bSt)(?<!\bNo)(?<!\bvs)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])"
                r"[.!?](?=\s{1,3}[A-Z\"“]|\s{0,3}$)|\n")
# A tense's reach ends with its clause too: a semicolon, or a comma and a conjunction before a clause of its
# own (`acquired the rights in October, and A24 will handle …`: October is the acquiring's, past), or a
# comma and `with` before an absolute phrase (`submitted it on November 3, with a decision expected in …`),
# or a comma before the reporting clause that closes a sentence (`will publish it in January, the
# agency said`: the saying is not the date's verb).
TENSE_END = SENTENCE_END + r"|;|,\s(?:and|but|while|whereas)\s(?=(?:the\s|its\s|their\s)?(?-i:[A-Z])|it\s|they\s|we\s)" \
    r"|,\swith\s(?=(?:a|an|the|its|their)\s)"\
    r"|,\s(?=(?:(?:the|its|a|an)\s)?(?:[\w.&'-]+\s){0,4}(?:said|says|added|noted|stated)(?:[.,]|\s*$)|(?:said|says|added)\s(?-i:[A-Z]))"
