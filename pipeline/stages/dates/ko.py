"""Korean rule data for the dates stage: word tables and patterns, no logic.

Patterns are built from the tables below; the group names they use are listed in `grammar.py`.
Korean attaches particles directly to dates (`2025년에`, `20일부터`), so rules end at the unit
syllable and look ahead only to refuse the syllables that make the word something else
(`1990년대` a decade, `3년간` a duration, `1분기` a quarter, `초청` an invitation).
"""
from __future__ import annotations

from .grammar import SP, SP1, alt, grp

FLAGS = 0

# ---------------------------------------------------------------- lexicon (word -> meaning)
WEEKDAY = {"월": 1, "화": 2, "수": 3, "목": 4, "금": 5, "토": 6, "일": 7}
WEEKDAY.update({k + "요일": v for k, v in list(WEEKDAY.items())} | {k + "욜": v for k, v in list(WEEKDAY.items())})
DAY_NAMES = [w for w in WEEKDAY if len(w) > 1]      # 화요일, 화욜: a bare 화 is no weekday outside brackets
# (in brackets a weekday is written in Hanja too: `23.11.24.(金)`)
WEEKDAY.update({"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7})

REL_YEAR = {"지난해": -1, "지난 해": -1, "작년": -1, "전년": -1, "올해": 0, "금년": 0, "올": 0,
            "내년": 1, "재작년": -2, "내후년": 2, "명년": 1, "후년": 2, "지지난해": -2,
            # the fiscal and budget words of government releases
            "금년도": 0, "올해도": 0, "전년도": -1, "작년도": -1, "내년도": 1, "차년도": 1, "익년도": 1}
REL_MONTH = {"지난달": -1, "지난 달": -1, "전월": -1, "이달": 0, "이번 달": 0,
             "이번달": 0, "금월": 0, "다음 달": 1, "다음달": 1, "내달": 1, "익월": 1,
             # spoken: 저번 (= 지난), 담 (= 다음), 오는 달; two months away
             "저번달": -1, "저번 달": -1, "오는달": 1, "오는 달": 1, "담달": 1, "지지난달": -2, "지지난 달": -2,
             "다다음달": 2, "다다음 달": 2}
REL_WEEK = {"지난주": -1, "지난 주": -1, "이번 주": 0, "이번주": 0, "금주": 0,
            "다음 주": 1, "다음주": 1, "내주": 1,
            "저번주": -1, "저번 주": -1, "오는주": 1, "오는 주": 1, "담주": 1, "지지난주": -2, "지지난 주": -2,
            "다다음주": 2, "다다음 주": 2}
# 전주 (Jeonju, a city; 전주기 a whole cycle) and 차주 (a borrower) are weeks only before a weekday
REL_WEEK_BEFORE_DAY = {"전주": -1, "차주": 1}
REL_DAY = {"오늘": 0, "금일": 0, "어제": -1, "그제": -2, "그저께": -2, "내일": 1, "모레": 2,
           "어저께": -1, "엊그제": -2, "엊그저께": -2, "그끄제": -3, "그끄저께": -3, "내일모레": 2, "낼모레": 2,
           "글피": 3}
# This, last, next quarter or half-year (`이분기` is the second quarter, see SINO_QUARTER)
REL_QUARTER = {"이번 분기": 0, "이번분기": 0, "금분기": 0, "지난 분기": -1, "지난분기": -1, "저번 분기": -1,
               "저번분기": -1, "전분기": -1, "직전 분기": -1, "직전분기": -1, "다음 분기": 1, "다음분기": 1,
               "오는 분기": 1, "차분기": 1, "익분기": 1}
REL_HALF = {"이번 반기": 0, "이번반기": 0, "지난 반기": -1, "지난반기": -1, "직전 반기": -1, "다음 반기": 1,
            "다음반기": 1}
# Days named by reference to the happening the text describes, not to the release date: in a
# government release `이날` is the day of the meeting reported, often days before the release.
ANA_DAY = {"이날": 0, "이 날": 0, "당일": 0, "같은 날": 0, "같은날": 0, "그날": 0, "그 날": 0, "전날": -1, "전일": -1,
           "다음날": 1, "다음 날": 1, "이튿날": 1, "익일": 1}
DIR = {"지난": "last", "오는": "next", "이번": "this", "다음": "next", "저번": "last", "지지난": "last2",
       "다다음": "next2"}
HALF = {"상반기": 1, "하반기": 2, "전반기": 1, "후반기": 2}
SEASON = {"봄": "SP", "여름": "SU", "가을": "FA", "겨울": "WI"}
SEASON.update({k + "철": v for k, v in list(SEASON.items())})
# Part of a period; `연내` (within the year) names the year without narrowing it.
MOD = {"초": "START", "초순": "START", "상순": "START", "초반": "START", "연초": "START",
       "중순": "MID", "중반": "MID", "연중": "MID",
       "말": "END", "말경": "END", "하순": "END", "후반": "END", "연말": "END", "연내": None,
       "경": "APPROX", "께": "APPROX", "쯤": "APPROX"}
AMPM = {"오전": "am", "새벽": "am", "아침": "am", "오후": "pm", "낮": "pm", "저녁": "pm", "밤": "pm"}
NOON = {"정오": 12}
UNIT = {"년": "Y", "해": "Y", "개월": "M", "월": "M", "달": "M", "주": "W", "주일": "W", "일": "D",
        "시간": "H", "분": "MIN", "초": "S"}
DURWORD = {"하루": (1, "D"), "이틀": (2, "D"), "사흘": (3, "D"), "나흘": (4, "D"),
           "닷새": (5, "D"), "엿새": (6, "D"), "열흘": (10, "D"), "보름": (15, "D"),
           "반년": (6, "M"), "반세기": (50, "Y"), "일주일": (1, "W"), "일년": (1, "Y")}
NUM = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7,
       "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12, "스무": 20, "스물네": 24, "서른": 30}
# Sino-Korean numerals written out (이천십구 2019, 삼십일 31): digits, and place words (values of
# 10 and more) that multiply the digit before them; the engine reads them (`_sino_number`)
SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
        "십": 10, "백": 100, "천": 1000}
# Months written out; 유월 and 시월 drop the final consonant of 육 and 십
MONTH_WORD = {"일월": 1, "이월": 2, "삼월": 3, "사월": 4, "오월": 5, "유월": 6, "육월": 6, "칠월": 7, "팔월": 8,
              "구월": 9, "시월": 10, "십월": 10, "십일월": 11, "십이월": 12}
# 이월 (a balance carried over) and 일월 (the sun and moon) name a month only beside a year or a day
MONTH_WORD_ALONE = [w for w in MONTH_WORD if w not in ("이월", "일월")]
SINO_QUARTER = {"일": 1, "이": 2, "삼": 3, "사": 4}
# Ordinals: the n-th weekday or week of a month (`둘째 목요일`, `세 번째 주`), `마지막` the last;
# `첫` the first (`4월 첫날`)
NTH = {"첫째": 1, "첫번째": 1, "첫": 1, "둘째": 2, "두번째": 2, "셋째": 3, "세번째": 3, "넷째": 4, "네번째": 4,
       "다섯째": 5, "다섯번째": 5, "마지막": -1}
NTH.update({f"{n}번째": n for n in range(1, 6)})
# An amount left open: 몇 년, 수개월, 여러 해 (DURATION PXY, PXM)
VAGUE = ("몇", "수", "여러")
AGO = {"전": -1, "후": 1, "뒤": 1, "이전": -1, "이후": 1}
SETW = {"매년": "Y", "해마다": "Y", "매월": "M", "매달": "M", "달마다": "M", "매주": "W",
        "매일": "D", "날마다": "D"}
PRES = {"현재": "PRESENT_REF", "지금": "PRESENT_REF", "오늘날": "PRESENT_REF"}
# Holidays: a fixed day (month, day), or a movable one as (country, its name in the `holidays`
# package's Korean calendar).
HOLIDAY = {"삼일절": (3, 1), "3·1절": (3, 1), "3.1절": (3, 1), "어린이날": (5, 5),
           "현충일": (6, 6), "제헌절": (7, 17), "광복절": (8, 15), "개천절": (10, 3), "한글날": (10, 9),
           "성탄절": (12, 25), "크리스마스": (12, 25), "크리스마스이브": (12, 24),
           "신정": (1, 1), "새해 첫날": (1, 1), "근로자의 날": (5, 1), "근로자의날": (5, 1), "노동절": (5, 1),
           "어버이날": (5, 8), "스승의 날": (5, 15), "스승의날": (5, 15), "국군의 날": (10, 1), "국군의날": (10, 1),
           "식목일": (4, 5), "만우절": (4, 1), "밸런타인데이": (2, 14), "발렌타인데이": (2, 14), "화이트데이": (3, 14),
           "제야": (12, 31),
           "설날": ("KR", "설날"), "구정": ("KR", "설날"), "추석": ("KR", "추석"), "한가위": ("KR", "추석"),
           "석가탄신일": ("KR", "부처님오신날"), "부처님오신날": ("KR", "부처님오신날"),
           "부처님 오신 날": ("KR", "부처님오신날")}

# Years and months named by reference to a date the text gave before (`1991년 … 같은 해 9월`).
ANA_YEAR = {"같은 해": 0, "같은해": 0, "그해": 0, "그 해": 0, "동년": 0, "이듬해": 1, "다음 해": 1, "다음해": 1,
            "그 이듬해": 1, "익년": 1}
ANA_MONTH = {"같은 달": 0, "같은달": 0, "그달": 0, "그 달": 0, "동월": 0}

# The n-th day of the happening told (rule "first_day"; the engine's FD)
FIRST_DAY = {"첫날": 1, "첫째 날": 1, "둘째 날": 2, "셋째 날": 3}
LEXICON = {"FD": FIRST_DAY, "AY": ANA_YEAR, "AM": ANA_MONTH, "AD": ANA_DAY, "WD": WEEKDAY, "RY": REL_YEAR, "RM": REL_MONTH,
           "RW": REL_WEEK | REL_WEEK_BEFORE_DAY, "RD": REL_DAY, "RQ": REL_QUARTER, "RH": REL_HALF, "SINO": SINO,
           "MN": MONTH_WORD, "Q": SINO_QUARTER, "NTH": NTH,
           "DIR": DIR, "H": HALF, "SEASON": SEASON, "MOD": MOD, "AP": AMPM, "NOON": NOON,
           "UNIT": UNIT, "DURW": DURWORD, "NUM": NUM, "AGO": AGO, "SET": SETW, "PRES": PRES, "HOL": HOLIDAY}

# ---------------------------------------------------------------- pattern pieces
NB = r"(?<![\d.,\-/:])"               # a number starts here, not inside another number
Y4 = r"(?:1[89]|2[01])\d\d"           # a year 1800-2199 written in full
N2 = r"\d{1,2}"
N3 = r"\d{1,3}"
HANGUL_NB = r"(?<![가-힣])"          # a word starts here
# A date word ends here: what follows is not Hangul, or is a particle, an ending or a word that
# goes with dates (`오늘부터`, `하루만에`, `모레쯤`), not the rest of a name (`하루나`, `모레츠`).
WORD_END = (r"(?![가-힣])|(?=은|는|이|가|을|를|에|의|도|만|부터|까지|로|와|과|엔|보다|처럼|께|쯤|경|밤|오전|오후|아침"
            r"|저녁|새벽|낮|중|내|전|후|뒤|였|인|간|동안|오늘|하루|이틀|사흘|째|치|씩|짜리|새|사이|만큼)")


def year():
    # `년` not followed by 대 (decade), 간/동안 (duration), 차/째 (nth year), 된 (years old)
    return NB + grp("Y", Y4 + "|1[5-7]\\d\\d") + r"년(?!대|간|차|째|\s?동안|\s?된|\s?만에)"


# The rest of a list of days whose last day has the 일 (`, 26일`, `·4·5일`)
LIST_DAYS_AFTER = r"(?=(?:" + SP + r"[,·ㆍ]" + SP + r"(?:3[01]|[12]\d|0?[1-9]))+" + SP + r"일(?!간|동안|째|분|치))"


def month():
    return NB + grp("M", N2) + r"월(?!요일|간|급|세|드)"


def day(alone=False):
    # After a month any two digits are read (`2월 30일` is then refused as a whole); a day alone
    # is 1-31, since `33일` is an amount of days (rule dur_days_long), not a day of the month.
    # A day alone with a bound or a pay after it counts days (`2일 이상`, `3일 미만`, `최초 2일 유급`).
    # ... and so does one in brackets before 동안/간 (`최장기간(16일) 동안`: how long, not which day).
    counted = r"|\s?(?:이상(?!기후)|이하|미만|초과|유급|무급)|[)）]\s?(?:동안|간)" if alone else ""
    return NB + grp("D", r"3[01]|[12]\d|0?[1-9]" if alone else N2) + r"(?!\d)일(?!간|째|차|치|씩|자리|본|반|\s?동안" + counted + ")"


def weekday_brackets():
    return SP + r"[(（]" + grp("WD", alt(WEEKDAY)) + r"[)）]"


def weekday_after():
    """`(목)` after a day, or the weekday's name after a space (`2월 18일 월요일`)."""
    return "(?:" + weekday_brackets() + "|" + SP1 + grp("WD", alt(DAY_NAMES)) + ")"


def mod_after():
    """`말`, `초`, `중순` after a month or year; the look-aheads refuse 말하다, 초청, 경기..."""
    return ("(?:" + SP + grp("MOD", r"초순|상순|중순|하순|초반|중반|후반|말경|말(?!하|했|씀|한|할|이)"
                                     r"|초(?!청|대|과|기|등|점|고|음|속|록|안)")
            + "|" + grp("MOD", r"경|께|쯤") + r"(?!기|제|영|우|찰|쟁|북|남|주|향|로|험|력|계|비|매|과|유))")


def rel_year(with_ol=False):
    words = dict(REL_YEAR)
    if not with_ol:
        words.pop("올")
    return HANGUL_NB + grp("RY", alt(words))


def dir_word():
    return "(?:" + HANGUL_NB + grp("DIR", alt(DIR)) + SP1 + ")?"


def time_of_day():
    return ("(?:" + grp("AP", alt(AMPM)) + SP + ")?" + NB + grp("HR", N2) + r"시(?!간|대|장|민|청|작|점|기|즌|설|행|험|각|스|리|도|계)"
            + "(?:" + SP + grp("MIN", N2) + r"분(?!기|야|석|할|의|담|쟁|포|류|양|위)|" + SP + grp("HALFHR", "반") + ")?")


# Sino-Korean numerals written out: a year (이천십구, 천구백팔십일), a day 1-39 (구, 십일, 삼십일),
# an amount 1-99 (이, 삼십); each place at most once, so every match is short
SINO_D = "[일이삼사오육칠팔구]"
SINO_YEAR = r"(?:이천|천구백|일천구백)(?:" + SINO_D + r"?백)?(?:[이삼사오육칠팔구]?십)?" + SINO_D + "?"
SINO_DAY = "(?:[이삼]?십" + SINO_D + "?|" + SINO_D + ")"
SINO_AMOUNT = "(?:[이삼사오육칠팔구]?십" + SINO_D + "?|" + SINO_D + ")"
# An ordinal before a weekday or 주 (`둘째`, `세 번째`, `마지막`)
ORDINAL = r"(?:첫|두|세|네|다섯|[1-5])\s?번째|첫째|둘째|셋째|넷째|다섯째|마지막|첫"
# What may follow a date word written with Hangul alone: not Hangul, or a particle
PARTICLE_END = r"(?:(?![가-힣])|(?=은|는|이|가|을|를|에|의|도|만|와|과|부터|까지|로|엔|께|쯤|경|중|내내|동안|사이))"


# Units of an amount left open; not 수주 (an order won)
VAGUE_UNIT = "년|개월|달|해|주일|(?<!수)주|일|시간"


def year_named():
    """A year before a month written out: 2019년, 이천십구년, 올해, 작년."""
    return "(?:" + year() + "|" + HANGUL_NB + grp("Y", SINO_YEAR) + SP + "년" + "|" + rel_year(with_ol=True) + ")"


def dir_before():
    """`지난 `, `이번 ` or nothing before a word: the word starts here either way."""
    return HANGUL_NB + "(?:" + grp("DIR", alt(DIR)) + SP1 + ")?"


def month_ref():
    """A month named in any way a nth-weekday, nth-week or last-day rule can follow: 2019년 6월,
    올해 6월, 6월, 이번 달, 이천십구년 유월."""
    return ("(?:" + "(?:" + year() + SP + "|" + rel_year(with_ol=True) + SP + ")?" + month()
            + "|" + HANGUL_NB + grp("RM", alt(REL_MONTH))
            + "|" + HANGUL_NB + "(?:" + grp("Y", SINO_YEAR) + "년" + SP + ")?" + grp("MN", alt(MONTH_WORD)) + ")")


def amount():
    """An amount written in digits, native words (두, 세) or Sino-Korean words (이, 삼십)."""
    return "(?:" + NB + grp("N", N3) + "|" + HANGUL_NB + grp("N", alt(NUM)) + ")"


DASH = r"[~∼～〜\-–—]"
# 전, 후, 뒤, 이전, 이후 (AGO), written so that the frequent syllable 이 does not become the
# rule's anchor (anchors.py)
AGO_WORD = r"이?[전후]|뒤"
# Words before `N일 후` that do not name a happening it counts from (`약 3일 후`, `오늘부터 …`); a
# word with a particle (`그는 2주 후에`) is none either
AGO_NOT_EVENTS = ("약", "대략", "최소", "최대", "불과", "단", "겨우", "오늘", "내일", "어제", "이날", "당일", "현재",
                  "지금", "그", "이", "올해", "내년", "작년", "지난해", "그로부터", "오늘부터", "지금부터", "이로부터",
                  "및", "또는", "혹은", "그리고", "다시", "또", "앞으로", "향후", "이후", "그리고")

# Nouns after 연말 / 연초 that make it any year's year-end, a season (연말 시즌, 연말 선물, 연말 분위기를,
# 연말 정산): no date; the component also gives them to the rules after a span the model proposes
YEAR_END_NOUNS = r"(?:정산|시즌|선물|분위기|특수|모임|인사|감성|성수기|대목|풍경|보너스|이웃돕기|송년)"

RULES = [
    # Within N units (이년안에, 2주일내, 3일 이내, 한 달 안에): the DURATION, as TimeML marks `within
    # two weeks` (the timex is the amount; 이내, 안에 only signal it). First in the table so that
    # `3일` here wins over the day of the month that rule `d` reads in the same two characters.
    ("within", grp("T", "(?:" + amount() + SP + grp("UNIT", "년|개월|달|해|주일|주|일|시간|분|초")
     + "|" + HANGUL_NB + grp("N", SINO_AMOUNT) + grp("UNIT", "년|개월|주일|주|일|분|초")
     + "|" + HANGUL_NB + grp("DURW", alt(DURWORD)) + ")") + SP
     + r"(?:이내|안|내)(?:에|로|으로)?(?:(?![가-힣])|(?=는|도|만|서))"),
    # 2025년 2월 20일(목), 2025년 2월, 2025년 2월 말, 2025년 — the seed's dates
    ("ymd", "(?:" + HANGUL_NB + r"(?:지난|오는)" + SP1 + ")?" + year() + "(?:" + SP + month() + "(?:" + SP + day() + "(?:" + weekday_after() + ")?|" + mod_after() + ")?|" + mod_after() + ")?"),
    # 2월 20일, 지난 3월, 오는 3월 5일(수), 6월 말
    # (5월 19(일): the day's 일 left out before its weekday in brackets, or put after it, 23(목)일)
    ("md", dir_word() + month() + "(?:" + SP + "(?:" + day() + "(?:" + weekday_after() + ")?|"
     + grp("D", r"3[01]|[12]\d|0?[1-9]") + weekday_brackets() + "(?:일(?![가-힣]))?)|" + mod_after() + ")?"),
    # 3월 25, 26일, 11월 3·4·5일, 이달 25, 26일: the first day of a list whose last day has the 일,
    # with the month written before it; the days after share its month (rule d_list)
    ("md_list", "(?:" + "(?:" + HANGUL_NB + r"(?:지난|오는)" + SP1 + ")?" + year_named() + SP + month() + "|" + dir_word() + month() + "|" + HANGUL_NB + grp("RM", alt(REL_MONTH)) + ")" + SP
     + grp("D", r"3[01]|[12]\d|0?[1-9]") + LIST_DAYS_AFTER),
    ("d_list", r"(?<=[,·ㆍ] )" + grp("D", r"3[01]|[12]\d|0?[1-9]") + LIST_DAYS_AFTER + "|"
     + r"(?<=[,·ㆍ])" + grp("D", r"3[01]|[12]\d|0?[1-9]") + LIST_DAYS_AFTER),
    # 1일 평균 이용자, 1일 최대 처리량: a rate per day, no date
    ("per_day", grp("NOTDATE", NB + "1일" + SP + "(?:평균|최대|최소)")),
    # 20일(목), 지난 3일, 오는 20일
    # (not after `주` alone: `주 5일` is five days a week)
    ("d", r"(?<![\s(（]주 )(?<!^주 )(?<![\s(（]주)" + dir_word() + day(alone=True) + "(?:" + weekday_after() + ")?" + "(?:" + grp("MOD", "경|께|쯤") + ")?"),
    # 2025.2.20, 2025. 2. 20.(목), 2025-02-20, 2025/2/20
    ("dotted", r"(?<![\d.,\-/:A-Za-z])" + grp("Y", Y4) + r"(?P<sep>\.|-|/)" + SP + grp("M", N2) + r"(?P=sep)" + SP
     + grp("D", N2) + r"(?!\d|\.\d)\.?" + "(?:" + weekday_brackets() + ")?"),
    # ’23.3.16.
    ("yy", r"[’'‘`]" + grp("YY", r"\d\d") + r"\." + SP + grp("M", N2) + r"\." + SP + grp("D", N2) + r"(?!\d|\.\d)\.?"
     + "(?:" + weekday_brackets() + ")?"),
    # 23.11.24.(金), 23.11.24.: the same with no apostrophe, known for a date by its closing stop or
    # its weekday (a bare `10.5.3` is a version or a section)
    ("yy_bare", r"(?<![\d.,\-/:’'‘`′A-Za-z])" + grp("YY", r"[0-4]\d|[6-9]\d") + r"\." + SP + grp("M", r"1[0-2]|0?[1-9]") + r"\." + SP
     + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"(?!\d|\.\d)" + "(?:" + r"\.?" + weekday_brackets() + r"|\.(?=[\s,)）]|$))"),
    # Government releases (보도자료) write dates the short way: ’19년, ‘21.11월, '22~'23,
    # 12.2(수), 9.20(월)~22(수), 2.26일(수), 2.29.~3.25., 5.7~5.9, 2023.08, 2013.9월
    # 23년 4월 24일, 19.7월, 25.12월: a two-digit year followed by its month
    ("yy_month", r"(?<![\d.,\-/:’'‘`′])" + grp("YY", r"[0-4]\d|[6-9]\d") + "(?:" + r"년" + SP + month()
     + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?)?" + r"|\." + SP + grp("M", r"1[0-2]|0?[1-9]") + r"월"
     # (26년 상반기, 25년 4분기: its half or quarter, as after ’26년)
     # (not a count of years: 최근 10년 상반기, 지난 20년)
     + "|" + r"(?<!최근 \d\d)(?<!지난 \d\d)(?<!향후 \d\d)(?<!과거 \d\d)(?<!동안 \d\d)년" + SP + "(?:" + grp("Q", "[1-4]") + r"\s?분기|" + grp("H", alt(HALF)) + "))"),
    # (an apostrophe makes it a year: ’22~’24년 동안 is during those years, not 24 years; ’20. 조사)
    ("quoted_year", r"[’'‘`′]" + grp("YY", r"\d\d") + "(?:" + r"년(?!대|차|째)" + "(?:" + SP + month()
     + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + mod_after() + ")?|" + SP + "(?:" + grp("Q", "[1-4]")
     + r"\s?분기|" + grp("H", alt(HALF)) + ")|" + mod_after() + ")?"
     + r"|\." + SP + grp("M", r"1[0-2]|0?[1-9]") + r"(?:월|\.?(?=" + SP + "(?:" + DASH + r"|[)）,]|$|\s)))"
     + r"|(?![가-힣\d,A-Za-z%])(?!\.(?!\s[가-힣])))"),
    ("md_dot", NB + grp("M", r"1[0-2]|0?[1-9]") + r"\." + SP + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"(?!\d|\.\d)"
     + "(?:" + r"\.?" + weekday_brackets() + r"|일(?!간|째|차|치|씩)(?:" + weekday_brackets() + ")?"
     + r"|\.(?=" + SP + "(?:" + DASH + r"|부터|까지|기준|현재|[)）,]))|\.?" + grp("WD", alt([w for w in WEEKDAY if len(w) == 1]))
     + r"(?![가-힣]))"),
    # (11.17), 개영식(8.2), ‘23.8.1∼8.12: a bare month.day inside brackets or ending a range
    ("md_dot_bracket", r"(?:(?<=[(（])|(?<=[~∼～〜]))" + grp("M", r"1[0-2]|0?[1-9]") + r"\." + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + r"\.?(?=[)）,~∼～〜]|\s|$)"),
    # 2023.6.5.(월)-6.15.(목): a month.day with its weekday ending a range after a bracket
    ("md_wd_range_end", r"(?<=[)）])" + SP + DASH + SP + grp("T", grp("M", r"1[0-2]|0?[1-9]") + r"\." + SP
     + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"\.?" + weekday_brackets())),
    # 5.12.(화)-13.(수): a day with its weekday ending a range
    ("d_wd_range_end", r"(?<=[~∼～〜\-–])" + SP + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"\.?" + weekday_brackets()),
    ("md_dot_range", NB + grp("M", r"1[0-2]|0?[1-9]") + r"\." + SP + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"\.?" + SP + DASH + SP
     + grp("E_M", r"1[0-2]|0?[1-9]") + r"\." + SP + grp("E_D", r"3[01]|[12]\d|0?[1-9]") + r"(?!\d|\.\d)\.?"),
    ("d_wd", NB + grp("D", r"3[01]|[12]\d|0?[1-9]") + weekday_brackets()),
    ("ym_dot", r"(?<![\d.,\-/:A-Za-z])" + grp("Y", Y4) + r"\." + SP + "(?:" + grp("M", r"1[0-2]|0[1-9]") + r"(?!\d|\.\d)(?:월)?"
     + "|" + grp("M", r"[1-9]") + r"(?:월|\.(?![\d]))" + ")"),
    # 지난해, 올해 3월 5일, 내년 상반기, 올 1분기, 지난해 말, 올봄
    ("rel_year", rel_year() + r"(?!(?<=올해)의)" + "(?:" + SP + month() + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + mod_after() + ")?|"
     + SP + grp("MOD", r"초|말(?!하|했|씀|한|할|이)|중반|연말|연초") + ")?"),
    ("rel_year_period", rel_year(with_ol=True) + SP + "(?:" + NB + grp("Q", "[1-4]") + r"(?:\s?[·/]\s?4)?\s?분기|" + grp("H", alt(HALF))
     + "|" + grp("SEASON", alt(SEASON)) + "|" + grp("MOD", "연말|연초") + ")"),
    # 같은 해 9월, 이듬해 11월, 같은 달 20일, 그해 말
    ("ana_year", HANGUL_NB + grp("AY", alt(ANA_YEAR)) + "(?:" + SP + month() + "(?:" + SP + day() + "|" + mod_after() + ")?|"
     + SP + "(?:" + grp("H", alt(HALF)) + "|" + NB + grp("Q", "[1-4]") + r"\s?분기)|" + SP + grp("MOD", r"초|말(?!하|했|씀|한|할|이)") + ")?"),
    ("ana_month", HANGUL_NB + grp("AM", alt(ANA_MONTH)) + "(?:" + SP + day() + "|" + mod_after() + ")?"),
    ("ol_season", HANGUL_NB + grp("RY", "올") + grp("SEASON", alt(SEASON))),
    # 올 3월, 올 3월 24일 (`올` alone is too often something else)
    # 올 초, 올 말, 올 중반 (this year's start, end, middle)
    ("ol_part", HANGUL_NB + grp("RY", "올") + SP + grp("MOD", "초|말|중반") + r"(?:(?![가-힣])|(?=에|부터|까지|께|쯤|경|의|엔))"),
    ("ol_month", HANGUL_NB + grp("RY", "올") + SP1 + month() + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + mod_after() + ")?"),
    # 1990년대, 90년대 초반, 21세기, 21세기 말
    ("decade", NB + grp("DEC", r"(?:1[89]|20)\d0|\d0") + r"년대" + "(?:" + SP + grp("MOD", r"초반|중반|후반|초|말(?!하|했|씀|한|할|이)") + ")?"),
    ("century", NB + grp("CEN", r"\d{1,2}") + r"세기" + "(?:" + SP + grp("MOD", r"초반|중반|후반|초|말(?!하|했|씀|한|할|이)") + ")?"),
    # 광복절, 올해 추석, 2025년 설날, 지난 어린이날
    ("holiday", "(?:" + rel_year() + SP1 + "|" + year() + SP + "|" + HANGUL_NB + grp("DIR", "지난|오는|이번|다음") + SP1 + ")?"
     + HANGUL_NB + grp("HOL", alt(HOLIDAY)) + "(?!부(?!터)|동|역|사거리|네거리)"),   # not 신정부 (a new government), 신정동
    # 2025 서울모터쇼, 2014 소치 동계올림픽: a bare year naming an edition (the year alone is reported)
    ("edition_year", NB + grp("T", grp("Y", Y4)) + SP1 + r"(?:[가-힣A-Za-z]{1,12}" + SP1 + "){0,2}[가-힣A-Za-z]{0,12}"
     + r"(?:올림픽|월드컵|아시안게임|엑스포|박람회|모터쇼|전시회|축제|페스티벌|영화제|비엔날레|컬렉션|시즌|대회)"),
    # 2025 드론쇼코리아, 컴업 2024, (2018): a year standing alone as a word, not an amount
    ("bare_year", r"(?<![\d.,\-/:A-Za-z제])" + grp("Y", Y4)
     + r"(?![\d.,%]|\s?\d|\s?(?:세대|원|명|개|건|톤|대|억|만|천|호|번|회|가구|곳|점|위|등|차|세|배|달러|년|월|일|시|분|초|주|평|석|마리|편|권|장|부|개월|명분"
     + r"|k?m\b|kg|ha\b|[kMG]W|TEU|t\b|㎡|㎞|호선|[-~∼～〜]\d))"),
    # 2011~2020 전략계획, (2019~2022): two bare years make a range
    ("range_bare_years", r"(?<![\d.,\-/:A-Za-z])" + grp("Y", Y4) + SP + DASH + SP + grp("E_Y", Y4) + r"(?![\d.,%년]|\s?년)"),
    # 2015학년도, 2013회계연도, 2025사업연도
    ("school_year", NB + grp("Y", Y4) + r"(?:학년도|회계연도|사업연도)"),
    # 2025년 1분기, 2025년 상반기, 2025년 봄
    ("year_period", year() + SP + "(?:" + grp("Q", "[1-4]") + r"(?:\s?[·/]\s?4)?\s?분기|" + grp("H", alt(HALF)) + "|"
     + grp("SEASON", alt(SEASON)) + ")"),
    # 1분기, 1·4분기, 상반기, 연말, 봄
    ("quarter", NB + grp("Q", "[1-4]") + r"(?:\s?[·/]\s?4)?\s?분기"),
    ("half", HANGUL_NB + grp("H", alt(HALF))),
    # (연말정산 is the year-end tax return, 연중무휴 open all year round: no date; 연내체결 is)
    # (연말 시즌, 연말 선물, 연말 분위기, 연말연시: the year-end of any year, a season's name, no date)
    ("year_part", HANGUL_NB + grp("MOD", "연말|연초|연중|연내") + "(?:께|경)?(?!정산|무휴|연시|" + SP + YEAR_END_NOUNS + ")"),
    ("season", HANGUL_NB + grp("SEASON", alt(SEASON)) + "(?!날|비|꽃|옷|잠|방학)"),
    # 이달 20일, 지난달 말, 다음 달 중순
    ("rel_month", HANGUL_NB + grp("RM", alt(REL_MONTH)) + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + mod_after() + ")?"),
    # 지난주, 다음 주 화요일
    ("rel_week", HANGUL_NB + grp("RW", alt(REL_WEEK)) + "(?:" + SP + grp("WD", alt(DAY_NAMES)) + ")?" + "(?!주|말|간|차|말)"),
    ("rel_week_day", HANGUL_NB + grp("RW", alt(REL_WEEK_BEFORE_DAY)) + SP + grp("WD", alt(DAY_NAMES))),
    # 이번 주말, 지난주말, 오는 주말, 주말 (TIMEX3 2025-W08-WE); not 주말농장, 주말드라마
    ("weekend", "(?:" + HANGUL_NB + grp("DIR", "오는") + SP1 + grp("WE", "주말") + "|" + HANGUL_NB
     + grp("RW", alt([w for w in REL_WEEK if not w.startswith("오는")])) + grp("WE", "말")
     + "|" + HANGUL_NB + grp("WE", "주말") + ")" + PARTICLE_END),
    # 이번 분기, 지난분기, 다음 분기, 이번 반기
    ("rel_quarter", HANGUL_NB + "(?:" + grp("RQ", alt(REL_QUARTER)) + "|" + grp("RH", alt(REL_HALF)) + ")"
     + "(?:" + mod_after() + ")?" + PARTICLE_END),
    # 일분기 .. 사분기 (Sino-Korean quarters), 2018년 사분기, 올해 삼분기
    ("sino_quarter", "(?:" + year() + SP + "|" + rel_year(with_ol=True) + SP + ")?" + HANGUL_NB
     + grp("Q", alt(SINO_QUARTER)) + "분기" + PARTICLE_END),
    # 이번 가을, 지난 여름, 다음 봄, 이번 상반기, 지난 하반기
    ("dir_period", HANGUL_NB + grp("DIR", alt(DIR)) + SP + "(?:" + grp("SEASON", alt(SEASON)) + "(?!날|비|꽃|옷|잠|방학)|"
     + grp("H", alt(HALF)) + ")"),
    # 4월 둘째 목요일, 6월 마지막 금요일, 이번 달 첫째 월요일 (the n-th weekday of a month)
    ("nth_weekday", month_ref() + SP + grp("NTH", ORDINAL) + SP + grp("WD", alt(DAY_NAMES))),
    # 2019년 6월 세번째주, 10월 첫째 주, 9월 마지막주, 6월 3주차, 6월 2주 (the n-th week of a month, counted
    # as Korean calendars and weekly reports count it: week 1 holds the month's first Thursday,
    # so `6월 2주('25.6.9~6.13)` when 1 June 2025 is a Sunday; THU marks it)
    ("nth_week", month_ref() + SP + "(?:" + grp("WOM", ORDINAL) + SP + grp("THU", "주") + r"(?!년|간|차|말|기|주|요|일)|" + grp("WOM", "[1-5]")
     + r"\s?" + grp("THU", "주") + r"(?:차|(?![가-힣\d])(?!\s?(?:동안|만에|이상|이내|간)))" + ")" + "(?:" + SP1 + grp("WD", alt(DAY_NAMES)) + ")?"),
    # 2019년 4월 마지막날, 2월 말일, 이달 말일 (the last day of a month); 4월 첫날
    ("month_last_day", month_ref() + SP + "(?:" + grp("LASTD", r"마지막\s?날|말일") + "|" + grp("DW", "첫") + r"\s?날)"),
    # 이천십구년 사월 구일, 십이월 삼십일일, 유월, 시월 말: years, months and days written out
    # (a year, a direction word or nothing before) 사월 구일, 사월 9일; a year and 유월 (말); 유월, 시월 초
    # (three rules, one per form, so that each is looked for only around a written-out month: anchors.py)
    ("sino_date", "(?:" + year_named() + SP + "|" + dir_before() + ")" + grp("MN", alt(MONTH_WORD)) + SP
     + "(?:" + grp("D", SINO_DAY) + "일" + "|" + day() + ")" + r"(?!간|급|세|드|요일)" + PARTICLE_END),
    ("sino_year_month_word", year_named() + SP + grp("MN", alt(MONTH_WORD)) + "(?:" + mod_after() + ")?"
     + r"(?!간|급|세|드|요일)" + PARTICLE_END),
    ("sino_month_word", dir_before() + grp("MN", alt(MONTH_WORD_ALONE)) + "(?:" + mod_after() + ")?"
     + r"(?!간|급|세|드|요일)" + PARTICLE_END),
    # 이천십구년 4월 9일: a year written out before a month in digits
    ("sino_year_month", HANGUL_NB + grp("Y", SINO_YEAR) + SP + "년" + SP + month()
     + "(?:" + SP + day() + "(?:" + weekday_after() + ")?|" + mod_after() + ")?"),
    ("sino_year", HANGUL_NB + grp("Y", SINO_YEAR) + r"년(?!대|간|차|째|\s?동안|\s?된|\s?만에)" + "(?:" + mod_after() + ")?" + PARTICLE_END),
    # 81/11/30 (yy/mm/dd), 4/9(수), 4/9일, 4/9부터: a month and day written with a slash, where
    # they cannot be a fraction (1/3 수준)
    ("yy_slash", r"(?<![\d.,\-/:])" + grp("YY", r"\d\d") + "/" + grp("M", r"1[0-2]|0?[1-9]") + "/" + grp("D", N2)
     + r"(?![\d/%.,])"),
    ("md_slash", r"(?<![\d.,\-/:])" + grp("M", r"1[0-2]|0?[1-9]") + "/" + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + r"(?:" + weekday_brackets() + r"|일(?!간|째|차)|(?=부터|까지|" + SP + DASH + r")|\Z)"),
    ("rel_day", HANGUL_NB + grp("RD", alt(REL_DAY)) + "(?!날)(?:" + WORD_END + ")"),
    ("ana_day", HANGUL_NB + grp("AD", alt(ANA_DAY)) + "(?!날|치기)(?:" + WORD_END + ")"),
    # 첫날, 둘째 날: the first or n-th day of the happening told (the engine's FD), not where its
    # date follows in apposition (`첫날인 11월 1일`, `첫날 15일에는`)
    ("first_day", HANGUL_NB + grp("FD", r"첫\s?날|(?:첫째|둘째|셋째)\s?날") + r"(?!인|\s?\d)(?:" + WORD_END + ")"),
    # 화요일, 지난 화요일, 오는 금요일
    # (a weekday a place closes or that is left out, `월요일 휴관`, `월요일 제외`, is every such day)
    ("weekday", dir_word() + HANGUL_NB + grp("WD", alt(DAY_NAMES)) + r"(?!\s?(?:제외|휴관|휴무|휴장|정기\s?휴))"),
    # ranges written as one expression: 2024~2026년, 20~22일, 3~4월
    ("range_years", NB + grp("Y", Y4) + SP + DASH + SP + grp("E_Y", Y4) + r"년(?!대|간)"),
    ("range_days", "(?:(?:" + year() + SP + ")?(?:" + month() + SP + ")?|" + HANGUL_NB + grp("DIR", "지난|오는") + SP1 + "|" + HANGUL_NB + grp("RM", alt(REL_MONTH)) + SP + ")" + NB + grp("D", N2) + SP + DASH + SP
     + grp("E_D", N2) + r"일(?!간|째|차)"),
    ("range_months", "(?:" + year() + SP + "|" + rel_year() + SP1 + "|" + HANGUL_NB + grp("DIR", "지난|오는") + SP1 + ")?" + NB + grp("M", N2) + SP + DASH + SP + grp("E_M", N2) + r"월(?!간)"),
    # durations: 3년간, 6개월, 2주간, 10일간, 3시간, 30분, 1년 6개월, 한 달, 하루, 지난 3년간
    ("dur", "(?:" + HANGUL_NB + r"(?:지난|최근|향후|앞으로|과거)" + SP1 + ")?" + r"(?<![’'‘`′])" + NB + grp("N", N3) + SP + grp("UNIT", "년|개월") + r"(?!대|차|째|제|생|도)"
     + "(?:" + SP + grp("N2", N2) + SP + grp("UNIT2", "개월") + "|" + SP1 + grp("HALFY", "반") + r"(?![가-힣])" + ")?"
     + r"(?:간|\s간(?![가-힣])|\s?동안)?"),
    # a prison term: 징역 1년6월 (월 = months here)
    ("sentence", r"(?:징역|금고)" + SP + grp("T", grp("N", N2) + SP + grp("UNIT", "년") + SP
     + grp("N2", N2) + SP + grp("UNIT2", "개월|월"))),
    # a trip: 1박 2일, 3박4일
    ("nights", NB + r"\d{1,2}박" + SP + grp("N", N2) + grp("UNIT", "일") + r"(?:간|\s?동안)?"),
    ("dur_week", "(?:" + HANGUL_NB + r"(?:지난|최근|향후|앞으로)" + SP1 + ")?" + NB + grp("N", N2) + SP + grp("UNIT", "주일|주") + r"(?:간|\s?동안)"),
    ("dur_week2", NB + grp("N", N2) + SP + grp("UNIT", "주일") + r"(?![가-힣])"),
    # 100일, 45일: more days than a month has, so an amount of days
    ("dur_days_long", NB + grp("N", r"[1-9]\d\d|3[2-9]|[4-9]\d") + SP + grp("UNIT", "일") + r"(?!째|차)"),
    ("dur_day", "(?:" + HANGUL_NB + r"(?:지난|최근|향후|앞으로)" + SP1 + ")?" + NB + grp("N", N3) + SP + grp("UNIT", "일") + r"(?:간|\s?동안)"),
    ("dur_hour", NB + grp("N", N3) + SP + grp("UNIT", "시간") + r"(?:\s?동안)?"),
    ("dur_min", NB + grp("N", N3) + SP + grp("UNIT", "분|초") + r"(?!기|야|석|할|의|담|쟁|포|류|양|위|과|청|대|반|등|점|당)(?:간|\s?동안)?"),
    ("dur_native", HANGUL_NB + grp("N", alt(NUM)) + SP + grp("UNIT", "달|해") + r"(?:간|\s?동안)?(?![가-힣])"),
    ("dur_word", HANGUL_NB + grp("DURW", alt(DURWORD)) + r"(?:간|째|\s?동안)?(?:" + WORD_END + ")"),
    # the last or next N units (지난 3주, 다음 두달, 최근 2주, 향후 3년): the DURATION, as for `지난 3년간`
    # (the timex says how long; 지난/다음 say it ends or starts at the release, and stay in the span)
    ("last_next", HANGUL_NB + r"(?:지난|최근|향후|앞으로|다음|과거|저번|앞선)" + SP1 + "(?:" + amount() + SP
     + grp("UNIT", "년|개월|달|해|주일|주|시간|분|초") + "|" + HANGUL_NB + grp("N", SINO_AMOUNT)
     + grp("UNIT", "년|개월|주일|주|분|초") + ")" + r"(?!기|대|차|째|제|생|도|\s?(?:이?전|이?후|뒤))(?:간|\s?동안)?" + PARTICLE_END),
    # 몇 년, 수개월간, 여러 해 동안, 최근 몇 주: an amount left open (DURATION PXY, PXM, PXW)
    ("vague", HANGUL_NB + "(?:" + r"(?:지난|최근|향후|앞으로|과거)" + SP1 + grp("VAGUE", alt(VAGUE)) + SP
     + grp("UNIT", VAGUE_UNIT) + r"(?:간|\s?동안)?" + "|" + grp("VAGUE", alt(VAGUE)) + SP + grp("UNIT", VAGUE_UNIT)
     + r"(?:간|\s?동안|\s?내|\s?안|째)" + ")" + PARTICLE_END),
    # 25년째, 3개월째, 열흘째: how long something has lasted
    ("dur_nth", NB + grp("N", N3) + SP + grp("UNIT", "년|개월|주|일") + r"째"),
    # 접종 9일 후, 만기 2개월 전: counted from the happening the noun before names, not from the
    # release's date, so it cannot be resolved here; the rule blocks the other readings (`9일`)
    ("ago_event", HANGUL_NB + grp("NOTDATE", r"(?!(?:" + "|".join(AGO_NOT_EVENTS) + r")\s)[가-힣]{0,5}[가-힣](?<![는은을를에와과로도서게])") + r"\s"
     + NB + N3 + SP + "(?:년|개월|주일|주|일)" + SP + "(?:" + AGO_WORD + ")" + r"(?:(?![가-힣])|(?=에|부터|까지|보다|의|인|만))"),
    # 3년 전, 2주 후, 한 달 뒤
    # (not after an apostrophe: `’25년 이후` is after 2025, rule quoted_year)
    ("ago", NB + r"(?<![’'‘`′])" + grp("N", N3) + SP + grp("UNIT", "년|개월|주일|주|일") + SP + grp("AGO", AGO_WORD)
     + r"(?:(?![가-힣])|(?=에|부터|까지|보다|의|인|만))"),
    ("ago_word", HANGUL_NB + grp("DURW", alt(DURWORD)) + SP + grp("AGO", AGO_WORD)
     + r"(?:(?![가-힣])|(?=에|부터|까지|보다|의|인|만))"),
    ("ago_native", HANGUL_NB + "(?:" + grp("N", alt(NUM)) + SP + grp("UNIT", "달|해|주") + "|" + grp("N", SINO_AMOUNT)
     + grp("UNIT", "년") + ")" + SP + grp("AGO", AGO_WORD)
     + r"(?:(?![가-힣])|(?=에|부터|까지|보다|의|인|만))"),
    # 오후 3시 30분, 15시, 정오
    ("time", time_of_day()),
    ("noon", HANGUL_NB + grp("NOON", alt(NOON))),
    # 매년, 매주 화요일
    ("set", HANGUL_NB + grp("SET", alt(SETW)) + "(?:" + SP1 + grp("WD", alt([w for w in WEEKDAY if w.endswith("요일")])) + ")?"),
    ("present", HANGUL_NB + grp("PRES", alt(PRES))),
]

# Rules whose year belongs to the name of an edition, an event or a notice (`in_name` on the timex):
# the year dates the name, not a happening.
NAME_RULES = ("edition_year", "bare_year")

# Rules that read a day without its month: after a day with its month in the same sentence,
# the day is of that month (`4月5日開幕，6日閉幕`)
BARE_DAY_RULES = ("d", "d_list")
LIST_DAY_RULES = ("md_list", "d_list")

# ---------------------------------------------------------------- joining neighbours
RANGE_PREFIX = None                                   # Korean marks the end, not the start
RANGE_GAP = SP + DASH + SP
RANGE_GAP_SUFFIXED = r"(?:부터|에서)" + SP              # `X부터 Y까지`, `X에서 Y까지`: joined only with 까지 after Y
RANGE_SUFFIX = r"까지"
DATETIME_GAP = SP
# ---------------------------------------------------------------- tense of the sentence
# Past contracted into the stem's last syllable (펼쳤다, 왔다, 냈다, 둘러봤다, 세웠다, 나섰다): a
# syllable ending in ㅆ, but for 있 (is) and 겠 (will)
_SS_FINAL = "".join(c for c in (chr(0xAC00 + 28 * i + 20) for i in range(399)) if c not in "있겠")
TENSE_PAST = (r"었다|았다|였다|했다|됐다|되었다|었으며|았으며|였으며|했으며|됐으며|었고|았고|였고|했고|됐고"
              r"|었으나|았으나|였으나|했으나|됐으나|었지만|았지만|였지만|했지만|됐지만|었는데|았는데|였는데|했는데"
              r"|었던|았던|했던|밝혔|전했|열렸|가졌|(?:개최된|열린|발표한|출시한|진행된|체결한)(?!다)|한 바 있"
              r"|[" + _SS_FINAL + r"](?:다|으며|고|으나|지만|는데|던)")
# The plain present of a verb, `연다`, `갖는다`, `연다고 밝혔다`: what a release announces (not the
# names 우간다, 르완다, 판다); `계획` only as the verb's `할 계획이다`, not a plan's name
# (`시행계획을 수립했다`)
_N_FINAL = "".join(chr(0xAC00 + 28 * i + 4) for i in range(399))   # syllables ending in ㄴ: 연, 간, 한
TENSE_FUTURE = (r"(?P<decided>기로\s?했|기로\s?하였|기로\s?결정|기로\s?합의)|예정(?!대로)|계획(?=이다|이며|입니다|이라|인|임|으로|[.,]|\s*$)"
                r"|할 것|될 것|날 것|겠다|겠으며|겠습니다|한다|된다|열린다|개최한다|진행한다|출시한다"
                r"|시작한다|앞두고|목표로|할 방침"
                r"|(?<!우간)(?<!르완)(?<!판)(?:[" + _N_FINAL + r"]|는)다(?:고|며|는|(?![가-힣]))")
TENSE_SCOPE = "after"          # the verb follows the date in Korean
SENTENCE_END = r"[.!?。](?=\s|$)|\n"
# After the date of a report (`…했다고 4일 밝혔다`): that day is not the day of the happening.
REPORTED = r"[ \t]{0,2}(?:밝혔|발표했|전했|말했|알렸|설명했|강조했|공개했|덧붙였|공시했)"
# A gathering named right before `당일` (`행사 당일`): the day of the gathering the text dated last, however far back.
NAMED_DAY = r"(?:포럼|회의|박람회|축제|행사|개막식|기념식)\s?$"
