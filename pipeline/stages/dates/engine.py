"""Find temporal expressions (timexes) in Korean, English and Chinese text and normalise them.

The method is Duckling's and HeidelTime's: rules as data, one engine. Each language module
(`ko.py`, `en.py`, `zh.py`) lists regular expressions whose named groups say what each piece
means (`Y` a year, `M` a month, `RY` a relative-year word, ...; see `grammar.py`) and word tables
that give the words their values. The engine

1. runs every rule over the text (each rule is linear: bounded quantifiers only) and turns each
   match into *fields* (year=2025, month=2, day-offset=-1, ...);
2. keeps the longest matches, so that `2025년 2월 20일` wins over `2월 20일` and `20일`;
3. joins neighbours that the language writes as one expression: a date and a clock time
   (`20일 오후 3시`), two dates around a range marker (`2024년부터 2026년까지`, `from 2024 to 2026`);
4. resolves the fields against the anchor (the document's release date). Where the words leave
   the direction open (a bare `20일`, `October`, `Tuesday`), the tense of the sentence decides
   (`했다` / `will`), then the caller's `prefer`. Granularity is kept: `2025년 2월` is `2025-02`.

Conventions of the returned values (also in the example tables' headers):

- DATE values are TIMEX3 strings at the grain written: `2025`, `2025-02`, `2025-02-20`,
  `2025-Q1` (grain quarter), `2025-H1` (grain half), `2025-W08` (grain week), a weekend
  `2025-W08-WE` (grain day: Saturday and Sunday), seasons
  `2025-SP|SU|FA|WI` (grain quarter: a season is a quarter-sized part of the year; winter is
  the one of the anchor's calendar year). `현재`/`now`/`目前` is `PRESENT_REF` with grain None,
  not relative.
- Decades and centuries are TIMEX3's truncated years: `1990년대` / `the 1990s` / `1990年代` is
  `199` (grain decade), `21세기` / `the 21st century` / `21世纪` is `20` (grain century).
- Holidays are the day they fall on in the year the text names, else the year the tense or
  `prefer` picks: fixed ones (`광복절`, `Christmas`, `国庆节`) from the word table, movable ones
  (`추석`, `설날`, `Thanksgiving`, `春节`) from the `holidays` package's calendars.
- Early/mid/late keep the period's value and set `mod` to `START`/`MID`/`END` (`6월 말` is
  `2025-06`, mod `END`); `경`/`around` set `APPROX`.
- TIME values are `YYYY-MM-DDTHH:MM`, grain `hour` or `minute`; a clock time without a date
  takes the anchor's date (relative).
- DURATION values are ISO 8601 (`P3Y`, `P6M`, `P2W`, `P10D`, `PT3H`, `PT30M`, `P1Y6M`), grain =
  the smallest unit written.  SET values: `P1Y` for 매년/every year, `XXXX-WXX-2` for every
  Tuesday.
- Parts of a day are TIME values with TIMEX3's codes: `Monday morning` `2025-02-17TMO`, `tonight`
  `…TNI` (MO, AF, EV, NI); the n-th week of a month is
  the ISO week holding its day 1 + 7(n-1) (`the first week of October 2014` is `2014-W40`).
- `the past`/`back then` are `PAST_REF`, `in the future` `FUTURE_REF` (left out of documents
  like `PRESENT_REF`); durations left open are `PXW`, `PXY`, `PXDE` (`several weeks`, `recent
  years`, `decades`); decades and centuries as durations are `P2DE`, `P1CE`; sets of a part of the
  day are `XXXX-XX-XXTEV` (`every evening`).
- Ranges are one timex: `value` is `START/END` (ISO 8601 interval notation), `range` is
  `{"start": START, "end": END}` (inclusive), grain the finer of the two ends.
- A relative expression (anything the anchor completes) has `relative: True` and, when an
  anchor was given, `anchor` = the anchor's ISO date; with no anchor its `value` (and `range`)
  is None.
- Explicit direction words: `지난`/`last` mean strictly before the anchor, `오는`/`next`
  strictly after, `이번`/`this` the anchor's week (weekdays) or year (months).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...nlp.layout import BULLETS, LETTER_BULLETS
from ...nlp.script import fold_han
from . import en, ko, zh
from .anchors import char_sets, rule_anchor, rule_gates, share_anchors, windows, word_scans
from .grammar import norm_key
from .periods import SEASON_MONTHS, add_months, month_end

LANGS = ("ko", "en", "zh")
PREFERS = ("past", "future", "nearest")
_MODULES = {"ko": ko, "en": en, "zh": zh}
EXAMPLES_DIR = Path(__file__).with_name("examples")

GRAINS = ("second", "minute", "hour", "day", "week", "month", "quarter", "half", "year", "decade", "century")
_GRAIN_RANK = {g: i for i, g in enumerate(GRAINS)}
UNIT_GRAIN = {"CE": "century", "DE": "decade", "Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour",
              "MIN": "minute", "S": "second"}
_UNIT_ORDER = ("CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S")

# How far (characters) the tense of a sentence is looked for around an expression; a sentence
# is rarely longer, and the bound keeps the work per expression constant.
TENSE_WINDOW = 200
# A month and day this close to the release (days) is read in the nearest year, whatever the tense
# says (a week: farther, the tense decides, as in `3·1절 기념식이 열렸다` written in February).
NEAR_DAYS = 14
# A day of the month this close to the release is read in the nearest month, whatever the tense.
NEAR_DAYS_IN_MONTH = 3
# How far before a range the opening word (`from`, `between`, `从`) is looked for.
PREFIX_WINDOW = 12

_NUMBER_KEYS = {"Y", "M", "D", "HR", "MIN", "N", "N2", "Q", "CEN"}
_PLAIN_NUMBER_KEYS = frozenset(_NUMBER_KEYS - {"Q"})    # numbers with no other reading (Q may be a word)
_WORD_KEYS = {"AY", "AM", "AD", "FD", "WD", "RY", "RM", "RW", "RD", "RQ", "RH", "DIR", "SEASON", "MOD", "AP", "NOON", "UNIT",
              "UNIT2", "DURW", "AGO", "SET", "PRES", "POD"}
# Marks whose presence is their meaning: the last day of a month, a weekend, an amount left open.
_FLAG_KEYS = {"LASTD", "WE", "VAGUE", "THU", "PAST"}   # (THU: a week of a month counted by its Thursday; PAST: see grammar.py)
# Ordinals read from the language's NTH table when they are words (`둘째`, `second`, `第三`, `last`
# = -1), as numbers otherwise: NTH the n-th weekday of a month, WOM the n-th week of a month,
# DW a day of the month written as an ordinal word (`the second of June`).
_ORDINAL_KEYS = {"NTH", "WOM", "DW"}
_DATE_KEYS = frozenset({"AY", "AM", "AD", "FD", "Y", "M", "D", "WD", "Q", "H", "SEASON", "MOD", "RY", "RM", "RW", "RD",
                        "RQ", "RH", "DEC", "CEN", "HOL", "NTH", "WOM", "LASTD", "WE"})
_YEAR_KEYS = frozenset({"Y", "RY"})
_TIME_KEYS = frozenset({"HR", "NOON"})
_RELATIVE_KEYS = frozenset({"RY", "RM", "RW", "RD", "RQ", "RH"})
_NOT_DATES = frozenset({"N", "DURW", "SET", "PRES", "VAGUE"})    # amounts, sets, the present

class _Invalid(Exception):
    """A match that reads as a date but is not one (month 13, 30 February...)."""


# ------------------------------------------------------------------------------ loading rules
@dataclass(frozen=True)
class _Lang:
    rules: tuple
    anchors: tuple            # the distinct anchors of the rules (anchors.py)
    anchor_of: tuple          # per rule: index into `anchors`, or -1 to scan the whole text
    char_scan: re.Pattern | None   # every character of the one-character anchors (one scan)
    char_map: dict            # character -> the anchors (indices) it belongs to
    word_scans: tuple         # (pattern, in the lower-cased text, word -> anchors) of the word-list anchors
    scanned: tuple            # the anchors whose places the scans above find
    ignore_case: bool         # some anchors are searched in the lower-cased text
    gate_classes: tuple       # classes every match of some rule holds a member of (`\d`, `[달월]`)
    gates: tuple              # per rule: indices into `gate_classes` (windows without a member are skipped)
    gate_of: tuple            # per rule: index of its (anchor, gates) pair, shared by the rules with the same
    n_gated: int
    lex: dict
    range_gap: re.Pattern
    range_gap_prefixed: re.Pattern | None
    range_gap_suffixed: re.Pattern | None
    range_prefix: re.Pattern | None
    range_suffix: re.Pattern | None
    datetime_gap: re.Pattern
    time_date_gap: re.Pattern | None        # a clock time before its day (`at 10 a.m. on June 2`)
    tense: re.Pattern
    tense_scope: str
    sentence_end: re.Pattern
    tense_end: re.Pattern     # where the reach of a tense marker ends (a sentence's end, or less)
    reported: re.Pattern | None = None   # what follows the date of a report (`4일 밝혔다`)
    day_list: re.Pattern | None = None   # a second day of the same month after a date (`October 24 and 25`)
    name_rules: frozenset = frozenset()  # rules whose year belongs to a name (`Gastech 2025`)
    bare_day_rules: frozenset = frozenset()   # rules of a day without its month (`6日`, `6일`)
    list_day_rules: frozenset = frozenset()   # rules of a day of a list, whose next days share its month
    need_ref: tuple = ()                      # words that refer back only to a date the text gave (`當年`)
    today_numbered: re.Pattern | None = None  # today told with its day (`今（1）日`): the day nearest the anchor, whatever the tense
    apposed: re.Pattern | None = None         # what a bracketed date follows when it dates that thing (`首日（3日）`)
    span_end: re.Pattern | None = None        # what stands before the end of a span of days (`即日起至10月31日`)
    clause_after: re.Pattern | None = None    # a clause of its own after the date, whose comma ends a tense's reach
    named_day: re.Pattern | None = None       # a gathering named right before `이날`/`當天` (`論壇當天`): the day is its own


def _load(mod) -> _Lang:
    flags = mod.FLAGS
    opt = lambda p: re.compile(p, flags) if p else None  # noqa: E731
    own = [rule_anchor(p, flags) for _name, p in mod.RULES]
    anchors, anchor_of = share_anchors(own)
    rule_classes = [rule_gates(p, flags, a) for (_name, p), a in zip(mod.RULES, own)]
    classes = {c: i for i, c in enumerate(dict.fromkeys(c for cs in rule_classes for c in cs))}
    gates = tuple(tuple(classes[c] for c in cs) for cs in rule_classes)
    gate_keys = list(zip(anchor_of, gates))
    gate_ids = {key: i for i, key in enumerate(dict.fromkeys(gate_keys))}
    char_scan, char_map = char_sets(anchors)
    words = word_scans(anchors)
    return _Lang(
        rules=tuple((name, *_split_lookbehind(p, flags)) for name, p in mod.RULES),
        anchors=anchors, anchor_of=anchor_of, char_scan=char_scan, char_map=char_map, word_scans=words,
        ignore_case=any(a.lower for a in anchors),
        scanned=tuple(sorted({k for ks in (*char_map.values(), *(ks for w in words for ks in w[2].values())) for k in ks})),
        gate_classes=tuple(re.compile(c) for c in classes), gates=gates, gate_of=tuple(gate_ids[key] for key in gate_keys), n_gated=len(gate_ids),
        lex={g: {norm_key(k): v for k, v in table.items()} for g, table in mod.LEXICON.items()},
        range_gap=re.compile(mod.RANGE_GAP, flags),
        range_gap_prefixed=opt(getattr(mod, "RANGE_GAP_PREFIXED", None)),
        range_gap_suffixed=opt(getattr(mod, "RANGE_GAP_SUFFIXED", None)),
        range_prefix=opt("(?:" + mod.RANGE_PREFIX + r")\Z" if mod.RANGE_PREFIX else None),
        range_suffix=opt(mod.RANGE_SUFFIX),
        datetime_gap=re.compile(mod.DATETIME_GAP, flags),
        time_date_gap=opt(getattr(mod, "TIME_DATE_GAP", None)),
        # future first: at one position `열린다` (future) must win over `열린` (past)
        tense=re.compile(f"(?P<fut>{mod.TENSE_FUTURE})|(?P<past>{mod.TENSE_PAST})", flags),
        tense_scope=mod.TENSE_SCOPE,
        sentence_end=re.compile(mod.SENTENCE_END, flags),
        tense_end=re.compile(getattr(mod, "TENSE_END", mod.SENTENCE_END), flags),
        reported=opt(getattr(mod, "REPORTED", None)),
        today_numbered=opt(getattr(mod, "TODAY_NUMBERED", None)),
        clause_after=opt(getattr(mod, "CLAUSE_AFTER", None)),
        name_rules=frozenset(getattr(mod, "NAME_RULES", ())),
        day_list=opt(getattr(mod, "DAY_LIST", None)),
        bare_day_rules=frozenset(getattr(mod, "BARE_DAY_RULES", ())),
        list_day_rules=frozenset(getattr(mod, "LIST_DAY_RULES", ())),
        need_ref=tuple(getattr(mod, "ANAPHORA_NEED_REF", ())),
        apposed=opt(getattr(mod, "APPOSED", None)),
        span_end=opt(getattr(mod, "SPAN_END", None)),
        named_day=opt(getattr(mod, "NAMED_DAY", None)),
    )


def _split_lookbehind(pattern: str, flags: int) -> tuple[re.Pattern, re.Pattern | None]:
    r"""(body, leading look-behind) of a rule that starts with a look-behind (`(?<![\d.])2025…`)
    or a word boundary (`\bnext year`).

    Python's regex engine skips ahead to the characters a pattern can start with only when the
    pattern starts with them; a leading look-behind turns that off and makes a scan several times
    slower. The body is searched on its own and the look-behind checked where it matches (see
    `_scan`): the same matches, found faster."""
    if pattern.startswith("\\b") and pattern[2:3] not in ("", "?", "*", "+", "{", "|"):
        return re.compile(pattern[2:], flags), re.compile(r"\b", flags)
    m = re.match(r"\(\?<[!=]", pattern)
    if not m:
        return re.compile(pattern, flags), None
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":                      # a class: skip to its end (`]` first in a class is literal)
            i += 2 if pattern[i + 1:i + 2] == "]" else 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    head, body = pattern[:i + 1], pattern[i + 1:]
    if not body or body[0] in "?*+{|":
        return re.compile(pattern, flags), None
    try:
        return re.compile(body, flags), re.compile(head, flags)
    except re.error:
        return re.compile(pattern, flags), None


def _scan(rx: re.Pattern, behind: re.Pattern | None, text: str, start: int, end: int):
    """The matches `finditer` would give of the rule (its leading look-behind `behind` put back)
    in `text[start:end]`: where the body matches at a place the look-behind refuses, the rule
    cannot match there either, and the search goes on from the next character."""
    if behind is None:
        yield from rx.finditer(text, start, end)
        return
    pos = start
    search, check = rx.search, behind.match
    while pos <= end:
        m = search(text, pos, end)
        if m is None:
            return
        if check(text, m.start()) is None:
            pos = m.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


_LANG_DATA = {lang: _load(mod) for lang, mod in _MODULES.items()}
# Full-width digits and Latin letters, as some Chinese and Korean texts type them, and their ASCII forms.
_FULL_WIDTH = {c: c - 0xFEE0 for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
# Chinese written in Traditional characters is Taiwan's, whose holidays fall on other days than the
# mainland's (`國慶` 10 October, `兒童節` 4 April): the words' meanings the module gives for it.
_TRADITIONAL_DATA = {lang: dataclasses.replace(L, lex={**L.lex, **{g: {**L.lex[g], **{norm_key(k): v for k, v in t.items()}}
                                                                  for g, t in _MODULES[lang].TRADITIONAL_LEXICON.items()}})
                     for lang, L in _LANG_DATA.items() if hasattr(_MODULES[lang], "TRADITIONAL_LEXICON")}


# ------------------------------------------------------------------------------ fields
def _number(s: str, lex: dict) -> int:
    s = s.strip()
    if s.isdigit():
        return int(s)
    w = lex.get("NUM", {}).get(norm_key(s))
    if w is not None:
        return w
    sino = lex.get("SINO")
    if sino and all(c in sino for c in s):
        return _sino_number(s, sino)
    return _zh_number(s)


def _sino_number(s: str, table: dict) -> int:
    """A Sino-Korean numeral spelled out in Hangul (이천십구 2019, 천구백팔십일 1981, 삼십일 31,
    이천구 2009): a digit multiplies the place word after it (십 10, 백 100, 천 1000; `table`
    gives both), a place word alone counts once, places fall from left to right and a digit
    stands last or before a place. cn2an is not used: it reads 二千九 as 2900, Korean 이천구 is 2009."""
    total, digit, place = 0, 0, 10 ** 9
    for c in s:
        v = table[c]
        if v >= 10:
            if v >= place:
                raise _Invalid(s)
            total += (digit or 1) * v
            digit, place = 0, v
        elif digit:
            raise _Invalid(s)              # two digits in a row (이삼)
        else:
            digit = v
    return total + digit


def _zh_number(s: str) -> int:
    """A Chinese numeral, by cn2an: 二〇二五 -> 2025 (digit by digit), 二十三 -> 23, 一百十四 -> 114,
    两千零五 -> 2005; what is no whole number (一百十十, 三点五) is invalid."""
    try:
        n = _cn2an()(s.replace("○", "〇"), "normal")
    except ValueError:
        raise _Invalid(s) from None
    if not isinstance(n, int) or isinstance(n, bool):
        raise _Invalid(s)
    return n


@functools.cache
def _cn2an() -> Callable:
    # Imported on the first Chinese numeral: cn2an takes 0.14 s to import, and most texts have none.
    import cn2an
    return cn2an.cn2an


_GROUPS: dict = {}


def _groups(rx: re.Pattern) -> tuple:
    """(group number, meaning, is the range's end) of each named group of a rule, read once.
    Keyed by the pattern's text, whose hash Python keeps: a compiled pattern hashes its whole
    compiled code on every lookup (microseconds for a long rule)."""
    meta = _GROUPS.get(rx.pattern)
    if meta is None:
        meta = []
        for name, i in sorted(rx.groupindex.items(), key=lambda x: x[1]):
            key = name.split("__", 1)[0]
            meta.append((i, key[2:] if key.startswith("E_") else key, key.startswith("E_")))
        meta = _GROUPS[rx.pattern] = tuple(meta)
    return meta


def _fields(m: re.Match, lex: dict) -> tuple[dict, dict | None, tuple[int, int]]:
    start_f: dict = {}
    end_f: dict = {}
    span = m.span()
    values = m.groups()
    for i, key, is_end in _groups(m.re):
        val = values[i - 1]
        if val is None:
            continue
        if key == "T":
            span = m.span(i)
            continue
        if key == "NOTDATE":               # a reading the rule refuses: it blocks what it covers
            raise _Invalid(val)
        target = end_f if is_end else start_f
        if key in _PLAIN_NUMBER_KEYS:      # (the most frequent, so tested first)
            target[key] = int(val) if val.isdigit() else _number(val, lex)
        elif key == "ROC":                 # a year of the Republic of China calendar (Taiwan)
            target["Y"] = (int(val) if val.isdigit() else 1 if val == "元" else _zh_number(val)) + 1911   # (民國元年: 1912)
        elif key == "ND":                  # a day a history names (921地震, 0206地震): the lexicon
            target["Y"], target["M"], target["D"] = lex["ND"][norm_key(val)]   # gives its year too
        elif key == "TWY":                 # a bare two-digit year that only Taiwan's text reads as the
            target["Y"] = lex["TWY"][val]  # Republic's (98年 = 2009): the lexicon has them only for it
        elif key == "YY":
            yy = int(val)
            target["Y"] = 2000 + yy if yy < 70 else 1900 + yy
        elif key == "MN":
            target["M"] = lex["MN"][norm_key(val)]
        elif key == "HALFHR":
            target["MIN"] = 30
        elif key == "HALFY":
            target["HALFY"] = True
        elif key == "DEC":
            target["DEC"] = _decade(val)
        elif key in _FLAG_KEYS:
            target[key] = True
        elif key == "MX":                  # 2019-06: a month after a year and a dash, unless the
            target["M"] = int(val)         # pair reads as a span of years (2005-06, 2010-12)
            if "Y" in target and int(val) > target["Y"] % 100:
                raise _Invalid("years")
        elif key in _ORDINAL_KEYS:
            k = norm_key(val)
            n = lex.get("NTH", {}).get(k)
            if n is None:
                n = _number(re.sub(r"(?:st|nd|rd|th)$", "", k), lex)
            target["D" if key == "DW" else key] = n
        elif key == "HOL":
            hol = lex["HOL"][norm_key(val)]
            if isinstance(hol[0], int):        # a fixed day: the month and day of any date
                target["M"], target["D"] = hol
            else:                              # a movable feast: (country, name in its calendar)
                target["HOL"] = hol
        elif key == "Q" and norm_key(val) in lex.get("Q", {}):
            target["Q"] = lex["Q"][norm_key(val)]
        elif key == "H" and not val.strip().isdigit():
            target["H"] = lex["H"][norm_key(val)]
        elif key in _NUMBER_KEYS or key == "H":
            target[key] = _number(val, lex)
        elif key in _WORD_KEYS:
            table = lex[key if key != "UNIT2" else "UNIT"]
            k = norm_key(val)
            if k not in table:
                raise _Invalid(val)
            target[key] = table[k]
    _check(start_f)
    if end_f:
        _check(end_f)
    return start_f, (end_f or None), span


def _decade(s: str) -> int:
    """`1990`, `90`, `'90`, `九十` -> 1990: two digits are the 2000s below 30, else the 1900s.
    English rules leave the decade's final 0 out of the group (`199`, `'9` of `1990s`, `'90s`)."""
    apostrophe = s.strip()[:1] in "'’‘`"
    s = s.strip().lstrip("'’‘`")
    n = int(s) if s.isdigit() else _zh_number(s)
    if len(s) == 3 or (apostrophe and len(s) == 1):
        n *= 10
    if n < 100:
        n += 2000 if n < 30 else 1900
    if n % 10:
        raise _Invalid("decade")
    return n


def _check(f: dict) -> None:
    if "M" in f and not 1 <= f["M"] <= 12:
        raise _Invalid("month")
    if "D" in f:
        if not 1 <= f["D"] <= 31:
            raise _Invalid("day")
        if "M" in f:
            y = f.get("Y", 2024)                      # a leap year when the year is open
            if f["D"] > month_end(y, f["M"]).day:
                raise _Invalid("day")
    if "HR" in f and not 0 <= f["HR"] <= 24:
        raise _Invalid("hour")
    if "MIN" in f and not 0 <= f["MIN"] <= 59:
        raise _Invalid("minute")
    if "Q" in f and not 1 <= f["Q"] <= 4:
        raise _Invalid("quarter")
    if "H" in f and not 1 <= f["H"] <= 2:
        raise _Invalid("half")
    for k in ("NTH", "WOM"):
        if k in f and not (1 <= f[k] <= 5 or f[k] == -1):
            raise _Invalid("ordinal")
    for k in ("N", "N2"):
        if k in f and f[k] <= 0:
            raise _Invalid("amount")


# ------------------------------------------------------------------------------ atoms
@dataclass
class _Atom:
    start: int
    end: int
    prio: int
    f: dict
    f_end: dict | None = None            # the end of a range
    ranged: bool = False
    parts: tuple = ()                    # the two atoms a joined range was made of
    blocker: bool = False                # an invalid date: occupies its span, yields nothing
    hol: int | None = None               # where a holiday's name starts (after its year: `今年中秋節`)


def _is_datelike(f: dict) -> bool:
    return _NOT_DATES.isdisjoint(f) or "AGO" in f


def _has_time(f: dict) -> bool:
    return not _TIME_KEYS.isdisjoint(f)


def _has_day(f: dict) -> bool:
    return ("D" in f or "RD" in f or "AD" in f or "FD" in f or "HOL" in f or ("WD" in f and "M" not in f)
            or "AGO" in f and ("WD" in f or _ago_amount(f)[1] == "D"))


def _ago_amount(f: dict) -> tuple[int, str]:
    """(amount, unit) of `3년 전` (N UNIT AGO) or `하루 전` (DURW AGO)."""
    return f["DURW"] if "DURW" in f else (f["N"], f["UNIT"])


def _candidates(text: str, L: _Lang) -> list[_Atom]:
    out = []
    lowered = text.lower() if L.ignore_case else None
    if lowered is not None and len(lowered) != len(text):
        lowered = None       # a character whose lower case is longer (İ): offsets would move
    whole = [(0, len(text))]
    shared: list = [None] * len(L.anchors)   # rules with the same anchor (`일`, `년`) share its windows
    found: list = [None] * len(L.anchors)    # each anchor's places, where the scans below find them
    for k in L.scanned:
        found[k] = []
    if L.char_scan is not None:             # the one-character anchors, in one scan
        cmap = L.char_map
        for m in L.char_scan.finditer(text):
            for k in cmap[m.group()]:
                found[k].append(m.start())
    for rx, lower, owners in L.word_scans:   # the anchors that are lists of words, in one scan per case
        hay = lowered if lower else text
        if hay is None:
            continue
        search = rx.search
        m = search(hay)
        while m is not None:
            p = m.start()
            for k in owners[m.group()]:
                found[k].append(p)
            m = search(hay, p + 1)
    anchors = L.anchors
    for k in L.scanned:                     # (no place: its rules are skipped at once; unless the
        if not found[k] and (lowered is not None or not anchors[k].lower):   # text could not be lower-cased)
            shared[k] = ()
    # the windows that hold a member of each class a rule needs (a digit, `[달월]`): a search for a
    # class reads a window far faster than the rule does
    passed: list = [None] * L.n_gated
    for prio, ((_name, rx, behind), k, gates, gk) in enumerate(zip(L.rules, L.anchor_of, L.gates, L.gate_of)):
        if k < 0:
            spans = whole
        else:
            spans = shared[k]
            if spans is None:
                spans = shared[k] = windows(text, L.anchors[k], lowered, found[k])
            if not spans:
                continue
        if gates:
            kept = passed[gk]
            if kept is None:
                kept = spans
                for g in gates:
                    search = L.gate_classes[g].search
                    kept = [(s, e) for s, e in kept if search(text, s, e) is not None]
                passed[gk] = kept
            spans = kept
        for start, end in spans:
            for m in rx.finditer(text, start, end) if behind is None else _scan(rx, behind, text, start, end):
                try:
                    f, f_end, (s, e) = _fields(m, L.lex)
                except _Invalid:
                    # `2월 30일` reads as a date but is none: it blocks its parts (`30일`)
                    out.append(_Atom(m.start(), m.end(), prio, {}, blocker=True))
                    continue
                except (KeyError, ValueError):
                    continue
                if e > s:
                    hol = next((m.start(g) for g, v in m.groupdict().items() if v is not None and g.startswith("HOL__")),
                               None) if _name.startswith("holiday") else None
                    out.append(_Atom(s, e, prio, f, f_end, ranged=f_end is not None, hol=hol))
    return out


def _longest(atoms: list[_Atom], n: int) -> list[_Atom]:
    """Keep the longest matches; among equal spans the earlier rule in the table wins."""
    taken = bytearray(n + 1)
    kept = []
    for a in sorted(atoms, key=lambda a: (a.start - a.end, a.prio, a.start)):
        if taken.find(1, a.start, a.end) == -1:
            taken[a.start:a.end] = b"\x01" * (a.end - a.start)
            kept.append(a)
    kept = [a for a in kept if not a.blocker]
    kept.sort(key=lambda a: (a.start, a.end))
    return kept


def _join(text: str, atoms: list[_Atom], L: _Lang) -> list[_Atom]:
    """Join a date and its clock time, then two dates around a range marker."""
    out: list[_Atom] = []
    for a in atoms:                       # date + time
        p = out[-1] if out else None
        if (p is not None and not p.ranged and not _has_time(p.f) and _is_datelike(p.f) and _has_day(p.f)
                and _has_time(a.f) and _DATE_KEYS.isdisjoint(a.f) and not a.ranged
                and L.datetime_gap.fullmatch(text, p.end, a.start)):
            out[-1] = _Atom(p.start, a.end, p.prio, {**p.f, **a.f})
        elif (p is not None and L.time_date_gap is not None and not p.ranged and _has_time(p.f)
                and _DATE_KEYS.isdisjoint(p.f) and not a.ranged and not _has_time(a.f) and _is_datelike(a.f)
                and _has_day(a.f) and "POD" not in a.f and L.time_date_gap.fullmatch(text, p.end, a.start)):
            out[-1] = _Atom(p.start, a.end, a.prio, {**a.f, **p.f})     # 10:30 GMT Sunday
        else:
            out.append(a)
    if L.day_list is not None:            # `October 24th and 25th`: the second day takes the month
        out = _day_lists(text, out, L.day_list)
    atoms, out = out, []
    for a in atoms:                       # ranges
        p = out[-1] if out else None
        if p is not None and not p.ranged and not a.ranged and _is_datelike(p.f) and _is_datelike(a.f) \
                and "AGO" not in p.f and "AGO" not in a.f and "PRES" not in a.f:
            start = p.start
            pre = None
            if L.range_prefix is not None:
                pre = L.range_prefix.search(text, max(0, p.start - PREFIX_WINDOW), p.start)
            ok = L.range_gap.fullmatch(text, p.end, a.start)
            if not ok and L.range_gap_suffixed is not None and L.range_suffix.match(text, a.end):
                ok = L.range_gap_suffixed.fullmatch(text, p.end, a.start)
            if not ok and pre and L.range_gap_prefixed is not None:
                ok = L.range_gap_prefixed.fullmatch(text, p.end, a.start)
            if ok:
                if pre:
                    start = pre.start()
                end = a.end
                if L.range_suffix is not None:
                    suf = L.range_suffix.match(text, a.end)
                    if suf:
                        end = suf.end()
                out[-1] = _Atom(start, end, p.prio, p.f, a.f, ranged=True, parts=(p, a))
                continue
        out.append(a)
    return out


def _day_lists(text: str, atoms: list[_Atom], day_list: re.Pattern) -> list[_Atom]:
    """After a month and day, a bare day joined by `and` (`October 24th and 25th`) is a date of the
    same month and year, written short."""
    out: list[_Atom] = []
    for i, a in enumerate(atoms):
        out.append(a)
        if a.ranged or a.blocker or "M" not in a.f or "D" not in a.f or _has_time(a.f):
            continue
        nxt = atoms[i + 1].start if i + 1 < len(atoms) else len(text)
        pos = a.end
        while (m := day_list.match(text, pos)) is not None and m.end() <= nxt:   # (13, 14, 20 and 21)
            f = {k: v for k, v in a.f.items() if k not in ("WD", "MOD")}
            f["D"] = int(m.group("d"))
            try:
                _check(f)
            except _Invalid:
                break
            out.append(_Atom(m.start("d"), m.end(), a.prio, f))
            pos = m.end()
    return out


# ------------------------------------------------------------------------------ resolution
@dataclass
class _R:
    type: str
    value: str | None
    grain: str | None
    mod: str | None = None
    relative: bool = False
    lo: dt.date | None = None
    hi: dt.date | None = None


_YEAR_MOD_MONTHS = {"START": (1, 3), "MID": (4, 9), "END": (10, 12)}
_MONTH_MOD_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}


def _period(year: int, f: dict, relative: bool) -> _R:
    """The value of the period the fields name inside a known year."""
    if not 1 <= year <= 9999:
        raise _Invalid("year")
    mod = f.get("MOD")
    if "M" in f:
        m = f["M"]
        if "D" in f:
            d = dt.date(year, m, f["D"])
            return _R("DATE", d.isoformat(), "day", mod, relative, d, d)
        lo, hi = dt.date(year, m, 1), month_end(year, m)
        if mod in _MONTH_MOD_DAYS:
            a, b = _MONTH_MOD_DAYS[mod]
            lo, hi = dt.date(year, m, a), min(hi, dt.date(year, m, min(b, hi.day)))
        return _R("DATE", f"{year:04d}-{m:02d}", "month", mod, relative, lo, hi)
    if "Q" in f:
        q = f["Q"]
        return _R("DATE", f"{year:04d}-Q{q}", "quarter", mod, relative,
                  dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q))
    if "H" in f:
        h = f["H"]
        return _R("DATE", f"{year:04d}-H{h}", "half", mod, relative,
                  dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h))
    if "SEASON" in f:
        s = f["SEASON"]
        a, b = SEASON_MONTHS[s]
        return _R("DATE", f"{year:04d}-{s}", "quarter", mod, relative, dt.date(year, a, 1), month_end(year, b))
    a, b = _YEAR_MOD_MONTHS.get(mod, (1, 12))
    return _R("DATE", f"{year:04d}", "year", mod, relative, dt.date(year, a, 1), month_end(year, b))


def _static_grain(f: dict) -> str | None:
    if "HR" in f or "NOON" in f:
        return "minute" if "MIN" in f else "hour"
    if "CEN" in f:
        return "century"
    if "DEC" in f:
        return "decade"
    if "D" in f or "RD" in f or "WD" in f or "HOL" in f or "WE" in f:
        return "day"
    if "RW" in f:
        return "week"
    if "M" in f or "RM" in f:
        return "month"
    if "Q" in f:
        return "quarter"
    if "SEASON" in f:
        return "quarter"
    if "H" in f:
        return "half"
    if "AGO" in f:
        return UNIT_GRAIN[_ago_amount(f)[1]]
    return "year"


def _pick(cands: list[_R], a: dt.date, direction: str) -> _R | None:
    def dist(c: _R) -> int:
        if c.lo <= a <= c.hi:
            return 0
        return min(abs((c.lo - a).days), abs((c.hi - a).days))
    chosen = None
    if direction in ("past", "future") and len(cands) > 1:
        # The tense of the sentence does not move a date that lies within days of the release to
        # another year or month (`9월 29일부터` in a release of 28 September, told in a caption's
        # past tense; `16일 오전` in a release of the 17th beside a plan)
        spacing = min(abs((x.lo - y.lo).days) for x, y in zip(cands, cands[1:]))
        near = min(cands, key=lambda c: (dist(c), c.lo))
        if (spacing > 300 and dist(near) <= NEAR_DAYS) or (20 < spacing <= 31 and dist(near) <= NEAR_DAYS_IN_MONTH):
            return near
    if direction == "past":
        ok = [c for c in cands if c.lo <= a]
        chosen = max(ok, key=lambda c: c.lo) if ok else None
    elif direction == "future":
        ok = [c for c in cands if c.hi >= a]
        chosen = min(ok, key=lambda c: c.lo) if ok else None
    elif direction == "last":
        ok = [c for c in cands if c.hi < a]
        chosen = max(ok, key=lambda c: c.lo) if ok else None
    elif direction == "next":
        ok = [c for c in cands if c.lo > a]
        chosen = min(ok, key=lambda c: c.lo) if ok else None
    elif direction == "this":
        ok = [c for c in cands if c.lo <= a <= c.hi]
        chosen = ok[0] if ok else None
    elif direction in ("next2", "last2"):            # Monday after next, June before last
        ok = sorted((c for c in cands if (c.lo > a if direction == "next2" else c.hi < a)),
                    key=lambda c: c.lo, reverse=direction == "last2")
        chosen = ok[1] if len(ok) > 1 else None
    if chosen is None and cands:
        chosen = min(cands, key=lambda c: (dist(c), c.lo))
    return chosen


def _resolve_date(f: dict, anchor: dt.date | None, direction: Callable[[], str]) -> _R:
    if "CEN" in f or "DEC" in f:
        return _era(f)
    if "HOL" in f:
        return _holiday(f, anchor, direction)
    grain = _static_grain(f)
    relative = not _RELATIVE_KEYS.isdisjoint(f) or _YEAR_KEYS.isdisjoint(f)
    if relative and anchor is None:
        return _R("DATE", None, grain, f.get("MOD"), True)
    if "NTH" in f or "WOM" in f or "LASTD" in f:
        return _in_month(f, anchor, direction)
    if "WE" in f:
        return _weekend(f, anchor, direction)
    if "RQ" in f or "RH" in f:
        size = 3 if "RQ" in f else 6                 # this quarter, next half: counted from the anchor's
        n = (anchor.month - 1) // size + f.get("RQ", f.get("RH", 0))
        y, k = anchor.year + n // (12 // size), n % (12 // size) + 1
        return _period(y, {("Q" if size == 3 else "H"): k, "MOD": f.get("MOD")}, True)
    if "RD" in f:
        d = anchor + dt.timedelta(days=f["RD"])
        return _R("DATE", d.isoformat(), "day", None, True, d, d)
    if "RW" in f:
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=f["RW"])
        if "WD" in f:
            d = monday + dt.timedelta(days=f["WD"] - 1)
            return _R("DATE", d.isoformat(), "day", None, True, d, d)
        iso = monday.isocalendar()
        return _R("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", f.get("MOD"), True,
                  monday, monday + dt.timedelta(days=6))
    if "RM" in f:
        y, m = add_months(anchor.year, anchor.month, f["RM"])
        g = {k: v for k, v in f.items() if k in ("D", "MOD")}
        g["M"] = m
        _check({**g, "Y": y})
        return _period(y, g, True)
    if "Y" in f:
        return _period(f["Y"], f, False)
    if "RY" in f:
        return _period(anchor.year + f["RY"], f, True)
    # the year is open: the direction decides
    way = f.get("DIR") or direction()
    if "M" not in f and "D" not in f and "WD" not in f or "M" not in f and "D" not in f and ("Q" in f or "H" in f or "SEASON" in f or "MOD" in f):
        # a part of a year (quarter, half, season, year-end): the anchor's year unless the
        # tense or a direction word says otherwise
        if way in ("nearest", "this"):
            return _period(anchor.year, f, True)
        cands = [_period(anchor.year + k, f, True) for k in range(-2, 3)]
        return _pick(cands, anchor, way)
    if "M" in f:
        cands = []
        for k in range(-2, 3):
            try:
                cands.append(_period(anchor.year + k, f, True))
            except (ValueError, _Invalid):
                pass
        if "WD" in f and "D" in f:
            # the weekday picks the year within eleven months of the release (a vote in November
            # announced in March): far from it, a weekday that fits
            # no nearby year is the writer's slip (`11월 19일(금)` in a year it was a Thursday)
            same = [c for c in cands if c.lo.isoweekday() == f["WD"] and abs((c.lo - anchor).days) <= 330]
            cands = same or cands
        if way == "this":
            way = "nearest"
            same_year = [c for c in cands if c.lo.year == anchor.year]
            cands = same_year or cands
        return _pick(cands, anchor, way)
    if "D" in f:
        cands = []
        for k in range(-2, 3):
            y, m = add_months(anchor.year, anchor.month, k)
            try:
                d = dt.date(y, m, f["D"])
            except ValueError:
                continue
            cands.append(_R("DATE", d.isoformat(), "day", f.get("MOD"), True, d, d))
        if "WD" in f:
            # the weekday picks the month, but never far from the anchor: a weekday that fits no
            # nearby month is the writer's slip, and the day number is kept
            same = [c for c in cands if c.lo.isoweekday() == f["WD"] and abs((c.lo - anchor).days) <= 45]
            cands = same or cands
        if way == "this":
            way = "nearest"
        return _pick(cands, anchor, way)
    # a weekday alone
    wd = f["WD"]
    if way == "this":
        d = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=wd - 1)
        return _R("DATE", d.isoformat(), "day", None, True, d, d)
    cands = []
    for k in range(-14, 15):
        d = anchor + dt.timedelta(days=k)
        if d.isoweekday() == wd:
            cands.append(_R("DATE", d.isoformat(), "day", None, True, d, d))
    return _pick(cands, anchor, way)


def _in_month(f: dict, anchor: dt.date | None, direction: Callable[[], str]) -> _R:
    """A day or week found inside a month: the n-th (or last) weekday of a month (`4월 둘째
    목요일`, `the last Friday of June`), the n-th (or last) week of a month (`6월 세번째주`: the
    week, Monday to Sunday, holding the month's day 1 + 7(n-1); the last, the one holding its last
    day; with THU, as Korean counts weeks, the one holding the month's n-th (or last) Thursday; with a weekday, that day of it: `6월 둘째 주 화요일`), the last day of a month (`4월 마지막날`)."""
    g = {k: v for k, v in f.items() if k not in ("NTH", "WOM", "LASTD", "WD", "MOD")}
    month = _resolve_date(g, anchor, direction)
    if month.lo is None or month.grain != "month":
        raise _Invalid("not a month")
    lo, hi = month.lo, month.hi
    rel = month.relative
    if "LASTD" in f:
        return _R("DATE", hi.isoformat(), "day", None, rel, hi, hi)
    if "NTH" in f:
        if "WD" not in f:
            raise _Invalid("weekday")
        n, wd = f["NTH"], f["WD"]
        if n > 0:
            d = lo + dt.timedelta(days=(wd - lo.isoweekday()) % 7 + 7 * (n - 1))
        else:
            d = hi - dt.timedelta(days=(hi.isoweekday() - wd) % 7)
        if d.month != lo.month:
            raise _Invalid("no such weekday")      # the fifth Monday of a month with four
        return _R("DATE", d.isoformat(), "day", None, rel, d, d)
    n = f["WOM"]
    if f.get("THU"):                               # week n holds the month's n-th Thursday (Korean)
        thu = lo + dt.timedelta(days=(4 - lo.isoweekday()) % 7)
        day = hi - dt.timedelta(days=(hi.isoweekday() - 4) % 7) if n < 0 else thu + dt.timedelta(days=7 * (n - 1))
    else:
        day = hi if n < 0 else lo + dt.timedelta(days=7 * (n - 1))
    if day.month != lo.month:
        raise _Invalid("no such week")
    monday = day - dt.timedelta(days=day.weekday())
    if "WD" in f:                                  # a weekday of that week (`둘째 주 화요일`)
        d = monday + dt.timedelta(days=f["WD"] - 1)
        return _R("DATE", d.isoformat(), "day", None, rel, d, d)
    iso = monday.isocalendar()
    return _R("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", None, rel, monday, monday + dt.timedelta(days=6))


def _weekend(f: dict, anchor: dt.date, direction: Callable[[], str]) -> _R:
    """The weekend (Saturday and Sunday) of a week, TIMEX3's `2025-W08-WE`: of the week a
    relative-week word names (`지난주말`, `이번 주말`), else the one the direction word, the
    tense or `prefer` picks among the weekends around the anchor (`오는 주말`, a bare `주말`)."""
    monday = anchor - dt.timedelta(days=anchor.weekday())

    def weekend(k: int) -> _R:
        sat = monday + dt.timedelta(weeks=k, days=5)
        iso = sat.isocalendar()
        return _R("DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", "day", None, True, sat, sat + dt.timedelta(days=1))
    if "RW" in f:
        return weekend(f["RW"])
    way = f.get("DIR") or direction()
    picked = _pick([weekend(k) for k in range(-2, 3)], anchor, "nearest" if way == "this" else way)
    assert picked is not None
    return picked


def _weekdays_away(f: dict, anchor: dt.date | None) -> _R:
    """`2 mondays from now`, `3 Fridays ago`: the n-th such weekday after (before) the anchor."""
    if anchor is None:
        return _R("DATE", None, "day", None, True)
    n, sign = f.get("N", 1), f["AGO"]
    d = anchor + dt.timedelta(days=sign * (((f["WD"] - anchor.isoweekday()) * sign - 1) % 7 + 1 + 7 * (n - 1)))
    return _R("DATE", d.isoformat(), "day", None, True, d, d)


def _era(f: dict) -> _R:
    """A decade (`199`, 1990-1999) or a century (`20`, 2001-2100 counted as 2000-2099)."""
    mod = f.get("MOD")
    if "CEN" in f:
        c = f["CEN"] - 1
        if not 0 <= c <= 99:
            raise _Invalid("century")
        lo = 100 * c
        return _R("DATE", f"{c:02d}", "century", mod, False, dt.date(max(lo, 1), 1, 1), dt.date(lo + 99, 12, 31))
    d = f["DEC"]
    return _R("DATE", f"{d // 10:03d}", "decade", mod, False, dt.date(d, 1, 1), dt.date(d + 9, 12, 31))


_HOLIDAY_LANGUAGE = {"KR": "ko", "CN": "zh_CN", "US": "en_US"}


@functools.lru_cache(maxsize=256)
def _holiday_on(country: str, name: str | int, year: int) -> dt.date | None:
    """The first day named `name` in `country`'s calendar of `year` (the `holidays` package)."""
    if country == "EASTER":                          # Easter and the days counted from it
        from dateutil.easter import easter
        return easter(year) + dt.timedelta(days=name)
    import holidays
    cal = holidays.country_holidays(country, years=year, language=_HOLIDAY_LANGUAGE[country])
    for day, names in sorted(cal.items()):
        if name in names.split("; "):
            return day
    return None


def _holiday_day(hol: tuple, year: int) -> dt.date | None:
    """The day of a movable holiday in `year`: `(country, name)` is the day the calendar names;
    `(country, name, days)` that many days after it (元宵节 is 春节 + 14, 年初二 春节 + 1)."""
    d = _holiday_on(hol[0], hol[1], year)
    return d + dt.timedelta(days=hol[2]) if d is not None and len(hol) > 2 else d


def _holiday(f: dict, anchor: dt.date | None, direction: Callable[[], str]) -> _R:
    def on(year: int) -> _R | None:
        d = _holiday_day(f["HOL"], year)
        return _R("DATE", d.isoformat(), "day", None, "Y" not in f, d, d) if d else None
    if "Y" in f:
        r = on(f["Y"])
    elif anchor is None:
        return _R("DATE", None, "day", None, True)
    elif "RY" in f:
        r = on(anchor.year + f["RY"])
    else:
        way = f.get("DIR") or direction()
        r = _pick([c for c in (on(anchor.year + k) for k in (-1, 0, 1)) if c], anchor,
                  "nearest" if way == "this" else way)
    if r is None:
        raise _Invalid("holiday")
    return r


def _duration_value(parts: list[tuple[int, str]]) -> str:
    amounts = {}
    for n, u in parts:
        amounts[u] = amounts.get(u, 0) + n
    date = "".join(f"{amounts[u]}{u}" for u in _UNIT_ORDER[:6] if u in amounts)
    time = "".join(f"{amounts[u]}{'M' if u == 'MIN' else u}" for u in _UNIT_ORDER[6:] if u in amounts)
    return "P" + date + ("T" + time if time else "")


def _resolve(f: dict, anchor: dt.date | None, direction: Callable[[], str]) -> _R:
    if "PRES" in f:
        return _R("DATE", f["PRES"], None)
    if "VAGUE" in f:                                 # several weeks, recent years, decades: PXW, PXY, PXDE
        unit = f.get("UNIT", "Y")
        return _R("DURATION", ("PTX" if unit in ("H", "MIN", "S") else "PX") + ("M" if unit == "MIN" else unit),
                  UNIT_GRAIN[unit])
    if "AGO" in f and "WD" in f:
        return _weekdays_away(f, anchor)
    if "POD" in f and not _has_time(f):              # Monday morning, tonight: TIMEX3's 2025-02-17TMO
        d = _resolve_date({k: v for k, v in f.items() if k != "POD"}, anchor, direction) \
            if _DATE_KEYS & f.keys() else _R("DATE", anchor.isoformat() if anchor else None, "day", None, True, anchor, anchor)
        if d.grain != "day":
            raise _Invalid("part of a day needs a day")
        if d.value is None:
            return _R("TIME", None, "hour", None, True)
        return _R("TIME", f"{d.value}T{f['POD']}", "hour", None, d.relative, d.lo, d.hi)
    if "SET" in f:
        if "WD" in f:
            return _R("SET", f"XXXX-WXX-{f['WD']}", "day")
        if f["SET"] in ("MO", "AF", "EV", "NI"):     # every evening
            return _R("SET", f"XXXX-XX-XXT{f['SET']}", "hour")
        return _R("SET", _duration_value([(1, f["SET"])]), UNIT_GRAIN[f["SET"]])
    if "AGO" in f:
        n, unit = _ago_amount(f)
        n *= f["AGO"]
        grain = UNIT_GRAIN[unit]
        if anchor is None:
            return _R("DATE", None, grain, None, True)
        if unit == "Y":
            return _period(anchor.year + n, {}, True)
        if unit == "M":
            y, m = add_months(anchor.year, anchor.month, n)
            return _period(y, {"M": m}, True)
        d = anchor + dt.timedelta(days=n * (7 if unit == "W" else 1))
        if unit == "W":
            iso = d.isocalendar()
            return _R("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", None, True, d, d)
        return _R("DATE", d.isoformat(), "day", None, True, d, d)
    if "N" in f or "DURW" in f:
        parts = []
        if "DURW" in f:
            parts.append(f["DURW"])
        if "N" in f:
            parts.append((f["N"], f["UNIT"]))
        if "N2" in f:
            parts.append((f["N2"], f["UNIT2"]))
        if "HALFY" in f:
            parts.append((6, "M"))                  # 3년 반: three and a half years
        smallest = max((u for _, u in parts), key=_UNIT_ORDER.index)
        return _R("DURATION", _duration_value(parts), UNIT_GRAIN[smallest])
    if _has_time(f):
        hour = f.get("HR", f.get("NOON", 0))
        minute = f.get("MIN", 0)
        ap = f.get("AP")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
        if hour > 23:
            raise _Invalid("hour")
        grain = "minute" if "MIN" in f else "hour"
        if _DATE_KEYS & f.keys():
            d = _resolve_date(f, anchor, direction)
            relative = d.relative
            day = d.lo if d.value is not None else None
        else:
            relative = True
            day = anchor
        if day is None:
            return _R("TIME", None, grain, None, True)
        return _R("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", grain, None, relative, day, day)
    return _resolve_date(f, anchor, direction)


def _inherit_end(f_end: dict, start: _R, f_start: dict) -> dict:
    """The end of a range takes what it leaves out from the start (`2월 20일~22일`)."""
    g = dict(f_end)
    if _has_time(g) and "AP" in f_start and "AP" not in g and not (f_start["AP"] == "am" and g.get("HR") == 12):
        g["AP"] = f_start["AP"]                # 오후 2시~5시 (but 上午9時至12時, 오전 9시~12시 end at noon)
    if start.lo is None or (_YEAR_KEYS | {"RM", "RW", "RD"}) & g.keys():
        return g
    if set(g) == {"WD"}:                       # 下週一至週三, next Monday to Wednesday: the first such
        d = start.lo + dt.timedelta(days=(g["WD"] - start.lo.isoweekday()) % 7)   # day from the start
        return {"Y": d.year, "M": d.month, "D": d.day}
    if "M" in g or "Q" in g or "H" in g or "SEASON" in g:
        g["Y"] = start.lo.year
    elif "D" in g:
        g["Y"], g["M"] = start.lo.year, start.lo.month
    elif _has_time(g) and not (_DATE_KEYS & g.keys()):
        g["Y"], g["M"], g["D"] = start.lo.year, start.lo.month, start.lo.day
    return g


def _open_year(f: dict) -> bool:
    """A month (and day) written without a year or any word that places it (`11月15日`, `1~11월`)."""
    return "M" in f and _YEARLESS_KEYS.isdisjoint(f) and "WD" not in f and not _has_time(f)


def _resolve_range(f1: dict, f2: dict, anchor, direction) -> _R:
    """A range of two dates; where neither end writes its year, the year is chosen for the range
    as a whole, as the tense or `prefer` reads it: a stretch on now is this year's
    (`11月15日至12月28日舉行` in a release of 5 December will run, yet has begun), and so is one
    ending just before the release (`1至11月累計`, read in December)."""
    if anchor is not None and _open_year(f1) and _open_year(f2):
        cands = []
        for k in range(-2, 3):
            try:
                r = _resolve_range_once({**f1, "Y": anchor.year + k}, f2, anchor, direction)
            except (_Invalid, ValueError):
                continue
            if r.lo is not None:
                cands.append(r)
        if cands:
            way = direction()
            chosen = None
            if way not in ("past", "future") and f1["M"] == 1 and "D" not in f1 and "D" not in f2:
                # months from January, told without a tense: the year to date, the stretch under way
                # (`from January to March` read in February), else the last one that has passed
                # (`1-10月累計`, `1~10월 누적` read in December)
                chosen = next((c for c in cands if c.lo <= anchor <= c.hi), None) or _pick(cands, anchor, "last")
            chosen = chosen or _pick(cands, anchor, way if way in ("past", "future") else "nearest")
            if chosen is not None:
                return dataclasses.replace(chosen, relative=True)
    return _resolve_range_once(f1, f2, anchor, direction)


def _resolve_range_once(f1: dict, f2: dict, anchor, direction) -> _R:
    f1 = dict(f1)
    if not (_YEAR_KEYS & f1.keys()) and ({"M", "Q", "H", "SEASON"} & f1.keys()) and (_YEAR_KEYS & f2.keys()) \
            and not ({"RM", "RW", "RD"} & f1.keys()):
        for k in _YEAR_KEYS & f2.keys():
            f1[k] = f2[k]                  # February 20 to March 3, 2025
        if "M" in f1 and "M" in f2 and (f1["M"], f1.get("D", 1)) > (f2["M"], f2.get("D", 31)) \
                and _YEAR_KEYS & f1.keys() <= {"Y", "RY"}:
            for k in _YEAR_KEYS & f1.keys():
                f1[k] -= 1                 # 12月12日至2027年3月14日, 12월 1일부터 내년 2월 28일까지: the year before the end's
    if _has_time(f1) and _DATE_KEYS.isdisjoint(f1) and _has_day(f2):
        for k in _DATE_KEYS & f2.keys():   # from 9 a.m. to 6 p.m. on November 22: the day of both ends
            f1[k] = f2[k]
    r1 = _resolve(f1, anchor, direction)
    g = _inherit_end(f2, r1, f1)
    inherited = g.keys() != f2.keys()
    r2 = _resolve(g, anchor, direction)
    if inherited and r2.lo is not None and r1.lo is not None and r2.hi < r1.lo:
        if "M" in f2 or "Q" in f2 or "H" in f2 or "SEASON" in f2:
            g["Y"] += 1
        elif "D" in f2:
            g["Y"], g["M"] = add_months(g["Y"], g["M"], 1)
        _check(g)
        r2 = _resolve(g, anchor, direction)
    if r1.lo is not None and r2.lo is not None and r2.hi < r1.lo:
        raise _Invalid("range ends before it starts")
    if r1.type != r2.type and r1.lo is not None and r2.lo is not None:
        # `6.15일∼16일 0시`: a range of days with a clock time at one end is a range of days
        r1 = _R("DATE", r1.lo.isoformat(), "day", r1.mod, r1.relative, r1.lo, r1.hi) if r1.type == "TIME" else r1
        r2 = _R("DATE", r2.lo.isoformat(), "day", r2.mod, r2.relative, r2.lo, r2.hi) if r2.type == "TIME" else r2
    grain = min((r for r in (r1.grain, r2.grain) if r), key=_GRAIN_RANK.get, default=None)
    typ = "TIME" if "TIME" in (r1.type, r2.type) else "DATE"
    relative = r1.relative or r2.relative
    if r1.value is None or r2.value is None:
        return _R(typ, None, grain, None, relative)
    return _R(typ, f"{r1.value}/{r2.value}", grain, None, relative, r1.lo, r2.hi)


# ------------------------------------------------------------------------------ tense
def _tense(text: str, start: int, end: int, L: _Lang) -> str | None:
    """'past' or 'future' from the nearest tense marker in the expression's sentence."""
    lo = max(0, start - TENSE_WINDOW)
    left = lo
    for m in L.tense_end.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + TENSE_WINDOW)
    m = L.tense_end.search(text, end, hi)
    right = m.start() if m else hi
    clause = L.clause_after.match(text, end, right) if L.clause_after is not None else None
    if clause is not None:
        right = clause.end()   # (`27日在利雅得…签署合作协议，双方将…`: the next clause's `将` is its own)
    after = L.tense.search(text, end, right)
    while after is not None and after.groupdict().get("decided") and "," in text[end:after.start()]:
        # `10일에는 A와 면담하고, 2027년부터 B를 신설하기로 합의했다`: what is decided (`…기로`) is
        # future in its own clause; a date told in a clause before it takes the deciding's tense
        after = L.tense.search(text, after.end(), right)
    before = None
    if L.tense_scope == "both" or after is None:
        for b in L.tense.finditer(text, left, start):
            before = b
    if after is not None and before is not None:
        best = after if after.start() - end <= start - before.end() else before
    else:
        best = after or before
    if best is None:
        return None
    return "past" if best.group("past") is not None else "future"


# ------------------------------------------------------------------------------ public API
def _anaphoric(at: _Atom, base: dt.date | None) -> _Atom:
    """`같은 해 9월`, `이듬해`, `the same month`, `同年12月`: the year (or month) is the one of
    the last date the text gave (else the anchor's), moved by the word's offset."""
    if base is None:
        return at
    f = dict(at.f)
    if "AY" in f:
        f["Y"] = base.year + f.pop("AY")
    if "AM" in f:
        y, m = add_months(base.year, base.month, f.pop("AM"))
        f["Y"], f["M"] = y, m
    return dataclasses.replace(at, f=f)


_BARE_DAY_KEYS = frozenset({"D", "WD", "POD", "HR", "MIN", "AP", "HALFHR"})
# What gives a date its year, or makes it no month of a year the text names (a relative month, a
# holiday, an amount of time before or after)
def _first_month(f: dict) -> int | None:
    """The first month of the month, quarter or half an atom names without its year (`10월`,
    `下半年`, `Q3`), else None: a part of a year that a year written before it in the sentence
    holds (`2026년 상반기 착공, 하반기 준공`)."""
    if "M" in f:
        return f["M"]
    for key, size in (("Q", 3), ("H", 6)):
        if key in f and str(f[key]).isdigit():
            return (int(f[key]) - 1) * size + 1
    return None


_YEARLESS_KEYS = frozenset({"Y", "RY", "AY", "AM", "RM", "RW", "RD", "AD", "FD", "HOL", "AGO", "N", "SET", "PRES", "NTH", "WOM",
                            "DIR"})   # (DIR: `지난 3월`, `last March` name their own side of the release)


# `ago`, `from now`: counted from the time of writing, whatever day the sentence names
_DEICTIC_AGO = re.compile(r"\b(?:ago|from\snow)\b", re.IGNORECASE)


def _weekday_contradicts(f: dict, year: int) -> bool:
    """The day's written weekday is not that day's in `year` (`내년 4월 15일 … 12월 21일(월)까지`: 21
    December is a Monday in the release's year, not the next): the weekday picks the year instead."""
    if "WD" not in f or "D" not in f or "M" not in f:
        return False
    try:
        return dt.date(year, f["M"], f["D"]).isoweekday() != f["WD"]
    except ValueError:
        return False


def _month_in_stretch(stretch: tuple, day: int) -> dt.date | None:
    """The first day of the month of a stretch of days (`first`, `last`) that holds the day of the
    month `day`: inside one month strictly between its ends (its ends are told with it), or across two
    months from the first day on in the first, up to the last day in the second; else None."""
    first, last = stretch
    if first.month == last.month and first.year == last.year:
        return first.replace(day=1) if first.day <= day <= last.day else None
    if (last - first).days > 31:
        return None
    if day >= first.day:
        return first.replace(day=1)
    return last.replace(day=1) if day <= last.day else None


def _same_discourse(text: str, ref_end: int, at: _Atom, L: _Lang) -> bool:
    """A bare day and the dated day before it are told together: in one sentence."""
    return L.sentence_end.search(text, ref_end, at.start) is None


# The marks of items under a paragraph (`ㅇ`, `○`, `-`, `*`, `※`: any bullet but a head's `□`, `■`):
# lines they open belong to the paragraph above them, a `□` head's `ㅇ` lines and notes to the head
_SUB_ITEM = re.compile(r"[ \t\u3000]*(?:[" + "".join(re.escape(c) for c in sorted(BULLETS - set("□■"))) + "]|["
                       + "".join(sorted(LETTER_BULLETS)) + "](?= ))")


def _paragraphs_between(text: str, start: int, end: int, skip: re.Pattern | None = None) -> int:
    """How many paragraph breaks (lines with text between them) separate two places; with `skip`,
    the lines it matches at their start (items under a paragraph) are no break, the last line excepted."""
    if "\n" not in text[start:end]:
        return 0
    lines = text[start:end].split("\n")[1:]
    if skip is None:
        return sum(1 for line in lines if line.strip())
    return sum(1 for i, line in enumerate(lines) if line.strip() and (i == len(lines) - 1 or not skip.match(line)))


def _line_is_item(text: str, pos: int) -> bool:
    """The line holding `pos` is an item under the paragraph before it (`○`, `-`, `ㅇ`, `*`)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos].lstrip()
    return bool(line) and (line[0] in BULLETS or (line[0] in LETTER_BULLETS and line[1:2] == " "))


@functools.lru_cache(maxsize=1024)
def _parse_anchor(anchor: str | None) -> dt.date | None:
    if anchor is None or anchor == "":
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?", anchor):
        raise ValueError(f"anchor must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not {anchor!r}")
    return dt.datetime.fromisoformat(anchor.replace(" ", "T")).date() if "T" in anchor or " " in anchor \
        else dt.date.fromisoformat(anchor)


def find_timexes(text: str, lang: str, anchor: str | None = None, prefer: str = "nearest",
                 holidays: bool = True) -> list[dict]:
    """Temporal expressions in `text`, sorted by offset, non-overlapping (longest wins).

    `lang` is `ko`, `en` or `zh`; `anchor` the document's release date (ISO date or
    datetime) that relative expressions are resolved against; `prefer` (`past`, `future`,
    `nearest`) settles what neither the words nor the sentence's tense settle. With
    `holidays` False, names of holidays (`추석`, `Christmas`, `春节`, `情人节`) are read but
    left out, and so are the shorter expressions inside them.
    """
    if lang not in _LANG_DATA:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    if prefer not in PREFERS:
        raise ValueError(f"prefer must be one of {PREFERS}, not {prefer!r}")
    L = _LANG_DATA[lang]
    a = _parse_anchor(anchor)
    original = text
    text = text.translate(_FULL_WIDTH)   # (`１１３年３月`: full-width digits read as ASCII ones; offsets unchanged)
    if lang == "zh":
        folded = fold_han(text)      # Traditional read by the Simplified rules; offsets unchanged
        if folded != text and lang in _TRADITIONAL_DATA:
            L = _TRADITIONAL_DATA[lang]
        text = folded
    atoms = _join(text, _longest(_candidates(text, L), len(text)), L)
    out = []
    todo = list(reversed(atoms))
    ref: dt.date | None = None       # the last date the text gave, for `같은 해`, `the same month`
    ref_is_year = False              # ... given as a year alone (`전년`, `2024년`)
    ref_in_month: dt.date | None = None   # the last date the text gave within a month (`3월`, `3월 5일`)
    ref_start: tuple | None = None   # (date, end) of the last day or month the text gave, for a span's end
    ref_day: dt.date | None = None   # the last day of a happening, for `이날`, `같은 날`, `전날`
    ref_day_end = 0
    ref_month: dt.date | None = None  # the last day the text gave with its month, for a bare `6日`
    ref_month_end = 0
    ref_first: dt.date | None = None  # the first day of the last stretch of days, for `첫날`, `首日`
    ref_stretch: tuple | None = None  # the first and last day of the last stretch of days
    ref_year: tuple | None = None     # (year, month, end) of the last month written with its year, or relative year
    while todo:
        at = todo.pop()
        # with `holidays` False a holiday is left out, but it still names the day that `當天`,
        # `that day` after it refer to (國慶日當天)
        hidden = not holidays and L.rules[at.prio][0].startswith("holiday")
        cache: dict = {}
        base = None
        if "AY" in at.f or "AM" in at.f:
            if ref is None and L.need_ref and text.startswith(L.need_ref, at.start):
                continue
            base = ref or a
            if "AM" in at.f and ref is not None and ref_is_year:
                # `전년 동월`, `지난해 같은 달`: the same month in the year just named, the month the text
                # tells of (`3월 수출은 … 전년 동월 대비`), else the release's
                month_of = ref_in_month or a
                if month_of is not None:
                    base = dt.date(ref.year, month_of.month, 1)
            at = _anaphoric(at, base)
        day_anchor = a
        listed_after: dt.date | None = None
        if "FD" in at.f:
            # `첫날`, `首日`, `Day 2`: the n-th day of the happening the text tells of, counted from
            # the start of the last stretch of days it gave (`12월 11일부터 12일까지`), else from a
            # day named in the same paragraph; with neither the day is unknown and left out
            first = ref_first if ref_first is not None else ref_day if (
                ref_day is not None and _paragraphs_between(text, ref_day_end, at.start) == 0) else None
            if first is None:
                continue
            base = day_anchor = first
            f = {k: v for k, v in at.f.items() if k != "FD"}
            f["RD"] = at.f["FD"] - 1
            at = dataclasses.replace(at, f=f)
        if "AD" in at.f:
            # `이날`, `the same day`, `同日`: the day of the happening the text is describing, the
            # last day it named (not the day of a report, `…고 4일 밝혔다`), else the release date
            # (in its paragraph, or in an item after it: the `ㅇ` items and notes under a paragraph are
            # part of it, so `□ … 3일 개최` / `ㅇ …` / `ㅇ …` / `□ 이날 …` tells of the 3rd)
            apart = _paragraphs_between(text, ref_day_end, at.start, _SUB_ITEM) if ref_day is not None else 0
            near = ref_day is not None and (apart == 0 or (apart == 1 and _line_is_item(text, at.start))
                                            or (L.named_day is not None and L.named_day.search(text, max(0, at.start - 6), at.start) is not None))
            base = day_anchor = ref_day if near else a
            f = dict(at.f)
            f["RD"] = f.pop("AD")
            at = dataclasses.replace(at, f=f)
        elif ("AGO" in at.f and "WD" not in at.f and _ago_amount(at.f)[1] == "D" and ref_day is not None
              and not _DEICTIC_AGO.search(text, at.start, at.end) and _same_discourse(text, ref_day_end, at, L)):
            # `9일 … 하루 전 맺은 협약`, `on May 5 …; two days later`, `15日抵達，三天後`: days counted
            # before or after a happening the sentence dates are counted from its day, not the
            # release's (`ago`, `from now` count from the time of writing)
            day_anchor = ref_day

        if (ref_year is not None and _first_month(at.f) is not None and _YEARLESS_KEYS.isdisjoint(at.f)
                and _first_month(at.f) >= ref_year[1]
                and L.sentence_end.search(text, ref_year[2], at.start) is None):
            # `2023년 8월 20일 착공하여 10월 5일 준공했다`, `2023年8月啟動，10月完工`, `今年受3月低溫影響`:
            # a month written without its year after a month with its year, or a relative year, in
            # the same sentence is of that year (a month before that month is left to the tense: it
            # may be the next year's), unless the sentence's tense puts it on the other side of the
            # release
            y = ref_year[0]
            tense = _tense(text, at.start, at.end, L) if a is not None else None
            if not ((tense == "future" and a is not None and y < a.year) or (tense == "past" and a is not None and y > a.year)) \
                    and not _weekday_contradicts(at.f, y):
                f = {**at.f, "Y": y}
                f_end = at.f_end
                if f_end is not None and "M" in f_end and "Y" not in f_end and f_end["M"] >= at.f["M"]:
                    f_end = {**f_end, "Y": y}
                try:
                    _check(f)
                    at = dataclasses.replace(at, f=f, f_end=f_end)
                except _Invalid:
                    pass

        if (ref_start is not None and L.span_end is not None and "M" in at.f and at.f_end is None
                and _YEARLESS_KEYS.isdisjoint(at.f) and L.span_end.search(text, max(0, at.start - 4), at.start)
                and L.sentence_end.search(text, ref_start[1], at.start) is None):
            # `即日起至10月31日止`, `自3月1日起展至10月31日`: the end of a span the sentence opened is
            # not before its start (was the nearest 31 October, last year's)
            start = ref_start[0]
            y = start.year + (1 if (at.f["M"], at.f.get("D", 31)) < (start.month, start.day) else 0)
            try:
                _check({**at.f, "Y": y})
                at = dataclasses.replace(at, f={**at.f, "Y": y})
            except _Invalid:
                pass

        stretch_month = _month_in_stretch(ref_stretch, at.f["D"]) if (
            ref_stretch is not None and "D" in at.f and _BARE_DAY_KEYS.issuperset(at.f) and at.f_end is None) else None
        if stretch_month is not None and L.rules[at.prio][0] in L.bare_day_rules \
                and not (L.reported is not None and L.reported.match(text, at.end)):
            # `내년 1월 15일부터 18일까지 … 개최` … `16일에는 … 포럼이 열려`: a day written without its month, inside the
            # stretch of days the release told of, is a day of that stretch, however far on in the text (`9월 29일부터
            # 10월 1일까지` … `29일`: of September)
            try:
                f = {**at.f, "Y": stretch_month.year, "M": stretch_month.month}
                _check(f)
                at = dataclasses.replace(at, f=f)
            except _Invalid:
                pass
        elif ref_month is not None and "D" in at.f and _BARE_DAY_KEYS.issuperset(at.f) \
                and (at.f_end is None or ("D" in at.f_end and _BARE_DAY_KEYS.issuperset(at.f_end))) \
                and L.rules[at.prio][0] in L.bare_day_rules and (_same_discourse(text, ref_month_end, at, L)
                                                                 or _paragraphs_between(text, ref_month_end, at.end) == 0) \
                and not (L.reported is not None and L.reported.match(text, at.end)):
            # `4月5日開幕，6日閉幕`, `4월 5일, 6일`: a day written without its month is a day of the
            # month the text is telling of, not of the month nearest the release (a range's both ends)
            ym = {"Y": ref_month.year, "M": ref_month.month}
            f, f_end = {**at.f, **ym}, ({**at.f_end, **ym} if at.f_end is not None else None)
            try:
                _check(f)
                if f_end is not None:
                    _check(f_end)
                at = dataclasses.replace(at, f=f, f_end=f_end)
                listed_after = ref_month   # (`7月5日（六）、6日（日）`: the two days are a stretch from the 5th)
            except _Invalid:
                pass

        def direction(at=at, cache=cache) -> str:
            if "d" not in cache:
                today = L.today_numbered is not None and L.today_numbered.match(text, at.start) is not None
                cache["d"] = "past" if "PAST" in at.f else "nearest" if today else _tense(text, at.start, at.end, L) or prefer
            return cache["d"]
        try:
            r = _resolve_range(at.f, at.f_end, day_anchor, direction) if at.f_end is not None \
                else _resolve(at.f, day_anchor, direction)
        except (_Invalid, ValueError, KeyError):
            if at.parts:                   # not a range after all: report its two dates
                todo.extend(reversed(at.parts))
            continue
        if base is not None or ("AY" in at.f or "AM" in at.f):
            r = _R(r.type, r.value if base is not None else None, r.grain, r.mod, True, r.lo, r.hi)
        if r.type in ("DATE", "TIME") and r.lo is not None and r.value is not None:
            if r.type == "DATE":
                ref = r.lo
                ref_is_year = r.grain == "year" and at.f_end is None
                if r.grain in ("month", "day"):
                    ref_start = (r.lo, at.end)
                if r.grain in ("month", "day"):
                    ref_in_month = r.lo
                # (a year alone may be a fiscal year's, `the 2023 results released on March 26th`;
                # a relative one, `今年受3月低溫影響`, is the calendar's)
                # (and a relative year's part, `내년 상반기 … 하반기에는`, `明年第一季…第三季`)
                if ("Y" in at.f and _first_month(at.f) is not None) or ("RY" in at.f and r.grain in ("year", "month", "day", "half", "quarter")):
                    ref_year = (r.lo.year, r.lo.month if _first_month(at.f) is not None else 1, at.end)
                elif {"RM", "RD"} & at.f.keys() and r.grain in ("month", "day") and ref_year is not None:
                    # a day or month counted from the release (`即日起至12月20日`, `本月底`) is now
                    # the year the sentence tells of, not the one of a date written before it
                    ref_year = (r.lo.year, r.lo.month, at.end)
            if r.grain == "day" and at.f_end is not None and r.lo != r.hi:
                ref_first = r.lo
                ref_stretch = (r.lo, r.hi)
            elif r.grain == "day" and listed_after is not None and r.lo > listed_after:
                ref_first = listed_after
            if r.grain == "day" and ({"M", "RM"} & at.f.keys() or (at.f_end is not None and "M" in at.f_end)
                                     or L.rules[at.prio][0] in L.list_day_rules):
                ref_month, ref_month_end = r.hi, at.end
            if r.grain in ("day", "hour", "minute") and not (L.reported is not None and L.reported.match(text, at.end)) \
                    and not (at.start > 0 and text[at.start - 1] in "(（"   # an aside `(11.17)` is no happening,
                             and not (L.apposed is not None and L.apposed.match(text, at.start - 2))):   # (unless it dates the word before)
                ref_day, ref_day_end = r.lo, at.end
        if hidden:
            year = _holiday_year(at, original, a)
            if year is not None:
                out.append(year)
            continue
        rng = None
        if at.f_end is not None and r.value is not None:
            s, e = r.value.split("/")
            rng = {"start": s, "end": e}
        out.append({
            "text": original[at.start:at.end],
            "start": at.start,
            "end": at.end,
            "type": r.type,
            "value": r.value,
            "grain": r.grain,
            "anchor": (base.isoformat() if base is not None else
                       a.isoformat() if (r.relative and a is not None) else None),
            "range": rng,
            "mod": r.mod,
            "relative": bool(r.relative),
            "in_name": L.rules[at.prio][0] in L.name_rules,
        })
    return _restated_days(original, out)


# A day, month or year written again in brackets right after a word that names it (`今天（5日）`,
# `오늘(5일)`, `다음 주 월요일(8일)`, `today (Dec. 5)`, `明年（2026年）`, `올해(2025년)`, `지난달(11월)`)
_RESTATED_GRAINS = ("day", "month", "year")
_RESTATE_OPEN = re.compile(r"[ ]?[(（][ ]?")
_RESTATE_CLOSE = re.compile(r"[ ]?[)）]")


def _restated_days(text: str, found: list[dict]) -> list[dict]:
    """A relative day (month, year) and the day (month, year) in brackets after it are one expression,
    as the weekday after a date is (`本周五(18日)`, `今（6）日`, `今（2025）年`): the bracket restates
    what the word names, and where the two disagree the written one is meant."""
    out: list[dict] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev["type"] == "DATE" and prev["grain"] in _RESTATED_GRAINS and prev["relative"]
                and prev["range"] is None and t["type"] == "DATE" and t["grain"] == prev["grain"] and t["range"] is None
                and t["value"] is not None and _RESTATE_OPEN.fullmatch(text, prev["end"], t["start"])
                and (close := _RESTATE_CLOSE.match(text, t["end"])) is not None):
            out[-1] = {**prev, "text": text[prev["start"]:close.end()], "end": close.end(), "value": t["value"],
                       "relative": prev["relative"] or t["relative"]}
            continue
        out.append(t)
    return out


def _holiday_year(at: _Atom, original: str, a: dt.date | None) -> dict | None:
    """The year written before a holiday left out (`今年中秋節`, `去年兒童節`, `115年春節`,
    `올해 추석`): a year the text gives, whatever is made of the feast."""
    years = {k: at.f[k] for k in _YEAR_KEYS if k in at.f}
    if at.hol is None or at.hol <= at.start or not years:
        return None
    try:
        r = _resolve(years, a, lambda: "nearest")
    except (_Invalid, ValueError, KeyError):
        return None
    if r.value is None or r.grain != "year":
        return None
    text = original[at.start:at.hol].rstrip()
    return {"text": text, "start": at.start, "end": at.start + len(text), "type": "DATE", "value": r.value,
            "grain": "year", "anchor": a.isoformat() if (r.relative and a is not None) else None, "range": None,
            "mod": None, "relative": bool(r.relative), "in_name": False}


# ------------------------------------------------------------------------------ example tables
def example_rows(lang: str) -> list[dict]:
    """Rows of `examples/<lang>.tsv` (see the header of the file for the columns).

    Each row: `text`, `anchor` (None for `none`), `value` (None for `null`), `grain`
    (None when empty), `type`, `prefer` (default `nearest`), `negative` (True for `NONE`:
    the text must yield no timex) and `line` (the line number in the file).
    """
    if lang not in LANGS:
        raise ValueError(lang)
    path = EXAMPLES_DIR / f"{lang}.tsv"
    rows = []
    default_anchor = None
    with path.open(encoding="utf-8") as fh:
        header = None
        for i, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*anchor:\s*(\S+)", line)
                if m:
                    default_anchor = m.group(1)
                continue
            cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            anchor = row.get("anchor", "") or default_anchor
            value = row.get("value", "")
            rows.append({
                "text": row["text"],
                "anchor": None if anchor in (None, "none") else anchor,
                "value": None if value in ("null", "NONE") else value,
                "grain": row.get("grain") or None,
                "type": row.get("type") or None,
                "prefer": row.get("prefer") or "nearest",
                "mod": row.get("mod") or None,
                "negative": value == "NONE",
                "line": i,
            })
    return rows
