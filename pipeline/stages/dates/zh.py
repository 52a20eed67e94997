"""Chinese rule data for the dates stage: word tables and patterns, no logic.

Chinese writes no spaces, so rules are bounded by what cannot precede a number (another digit,
a decimal point) and by look-aheads that refuse the characters turning a unit into something
else (`1990年代` a decade, `3周年` an anniversary, `一年级` a school year). Chinese numerals
(`二〇二五年`, `三月二十日`) are read by the engine's numeral parser.

The words are written and spoken Mandarin and Cantonese (`礼拜三`, `琴日`, `听日`, `今个星期`,
`三月头`, `月尾`), in Simplified characters: Traditional text is folded to Simplified before the
rules run. Short relative words are also the ends and starts of other words (`提前天数`,
`之后日本`, `目前年轻人`), so the rules that find them refuse those neighbours (`REL_BEHIND`,
`DAY_AHEAD`); the example table (`examples/zh.tsv`) has a negative row for each.
"""
from __future__ import annotations

from .grammar import alt, grp

FLAGS = 0

# ---------------------------------------------------------------- lexicon (word -> meaning)
# Weekdays as 星期三, 周三 (週三 folds to it), 礼拜三 (禮拜三), Sunday also as 星期天/周天/礼拜天.
_WD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
WEEKDAY = dict(_WD)
for _p in ("星期", "周", "礼拜"):
    WEEKDAY.update({_p + k: v for k, v in _WD.items()})
REL_YEAR = {"今年": 0, "本年": 0, "这一年": 0, "去年": -1, "上年": -1, "上一年": -1, "明年": 1, "来年": 1, "下年": 1,
            "下一年": 1, "前年": -2, "后年": 2, "大前年": -3, "大后年": 3, "今": 0, "本年度": 0, "今年度": 0, "上年度": -1,
            "下年度": 1}
# `""`: the bare 月底/月初 of the current month (see rule "month_part"); 今个月 is Cantonese
REL_MONTH = {"本月": 0, "这个月": 0, "这月": 0, "今个月": 0, "当月": 0, "本月份": 0, "上月": -1, "上个月": -1,
             "上一个月": -1, "上月份": -1, "上上个月": -2, "上上月": -2, "下月": 1, "下个月": 1, "下一个月": 1,
             "下月份": 1, "下下个月": 2, "下下月": 2, "": 0}
# 这周 / 这星期 / 这礼拜 (Cantonese 今个星期), 上上周 the week before last, 下下周 the week after next
REL_WEEK = {}
for _w in ("周", "星期", "礼拜"):
    for _k, _v in (("本", 0), ("这", 0), ("这个", 0), ("这一", 0), ("今个", 0), ("上", -1), ("上个", -1), ("上一", -1),
                   ("上一个", -1), ("上上", -2), ("上上个", -2), ("下", 1), ("下个", 1), ("下一", 1), ("下一个", 1),
                   ("下下", 2), ("下下个", 2)):
        REL_WEEK[_k + _w] = _v
REL_WEEK.update({"今星期": 0, "今礼拜": 0})
# 琴日 / 寻日 (尋日) and 听日 (聽日) are Cantonese; 今儿 / 明儿 / 昨儿 Beijing speech
REL_DAY = {"今天": 0, "今日": 0, "即日": 0, "本日": 0, "今儿": 0, "今儿个": 0, "昨天": -1, "昨日": -1, "琴日": -1,
           "寻日": -1, "昨儿": -1, "昨儿个": -1, "前天": -2, "前日": -2, "大前天": -3, "明天": 1, "明日": 1, "听日": 1,
           "明儿": 1, "明儿个": 1, "后天": 2, "后日": 2, "大后天": 3}
# Days named by reference to the happening the text describes (`同日`, `次日`), not the release date.
ANA_DAY = {"当天": 0, "当日": 0, "同日": 0, "同一天": 0, "前一天": -1, "前一日": -1, "次日": 1, "翌日": 1, "隔天": 1,
           "隔日": 1, "第二天": 1}
QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "首": 1, "前": 1}   # (首季: the first quarter, as Taiwan writes it; 前三季 from the first)
# This, last and next quarter, counted from the anchor's (本季度 0, 上季度 -1, 下个季度 1)
REL_QUARTER = {}
for _k, _v in (("本", 0), ("这", 0), ("这个", 0), ("这一", 0), ("今个", 0), ("上", -1), ("上个", -1), ("上一", -1),
               ("上一个", -1), ("上上", -2), ("上上个", -2), ("下", 1), ("下个", 1), ("下一", 1), ("下一个", 1),
               ("下下", 2), ("下下个", 2)):
    REL_QUARTER[_k + "季度"] = _v
REL_QUARTER.update({"本季": 0, "上季": -1, "下季": 1})
HALF = {"上半年": 1, "下半年": 2}
SEASON = {"春季": "SP", "春天": "SP", "夏季": "SU", "夏天": "SU", "秋季": "FA", "秋天": "FA",
          "冬季": "WI", "冬天": "WI"}
# 头 / 尾 are Cantonese for early / late (三月头, 月尾, 年尾)
MOD = {"底": "END", "末": "END", "初": "START", "尾": "END", "头": "START", "中": "MID", "年底": "END",
       "年末": "END", "岁末": "END", "年尾": "END", "年初": "START", "年中": "MID", "年内": None, "月底": "END",
       "月末": "END", "月尾": "END", "月中": "MID", "月初": "START", "月头": "START", "中旬": "MID", "上旬": "START",
       "下旬": "END", "左右": "APPROX", "前后": "APPROX", "中期": "MID", "中叶": "MID"}
AMPM = {"上午": "am", "早上": "am", "凌晨": "am", "早晨": "am", "下午": "pm", "晚上": "pm", "傍晚": "pm",
        "中午": "pm", "晚间": "pm", "夜间": "pm", "晚": "pm"}
NOON = {"正午": 12}
# Parts of a day (TIMEX3 MO morning, MI midday, AF afternoon, EV evening, NI night): 明天上午, 周一晚上,
# 今晚; before a clock time the same words are its am / pm (上午10点, AMPM)
POD = {"上午": "MO", "早上": "MO", "早晨": "MO", "清晨": "MO", "凌晨": "MO", "中午": "MI", "下午": "AF", "午后": "AF",
       "傍晚": "EV", "黄昏": "EV", "晚上": "NI", "晚间": "NI", "夜里": "NI", "夜间": "NI", "深夜": "NI", "夜晚": "NI",
       "晚": "NI", "早": "MO", "晨": "MO", "夜": "NI"}
# 今晚, 明早, 昨夜: a relative day and a part of it in one word
POD_DAY = {"今晚": 0, "今早": 0, "今晨": 0, "今夜": 0, "明早": 1, "明晨": 1, "明晚": 1, "昨晚": -1, "昨夜": -1}
REL_DAY.update(POD_DAY)
UNIT = {"年": "Y", "个月": "M", "月": "M", "周": "W", "个周": "W", "个星期": "W", "星期": "W", "礼拜": "W",
        "个礼拜": "W", "天": "D", "日": "D", "小时": "H", "个小时": "H", "个钟": "H", "个钟头": "H", "钟头": "H",
        "分钟": "MIN", "秒钟": "S", "秒": "S"}
DURWORD = {"半年": (6, "M"), "半个月": (15, "D")}
AGO = {"前": -1, "后": 1, "以前": -1, "以后": 1, "之前": -1, "之后": 1}
SETW = {"每年": "Y", "每月": "M", "每个月": "M", "每周": "W", "每星期": "W", "每天": "D", "每日": "D"}
# 每周一, 每个星期五, 每逢周六, 逢周六: every such weekday (rule "set_weekday"; SET XXXX-WXX-n)
SET_WEEKDAY = {"每": "W", "每个": "W", "每逢": "W", "逢": "W"}
# 而家 / 依家 are Cantonese for now
PRES = dict.fromkeys(("目前", "现在", "当前", "如今", "现今", "此时", "此刻", "此时此刻", "眼下"), "PRESENT_REF")
# Cantonese `now`, but also the end and start of two words (然而家庭, 依家人): see rule "present_yue"
PRES_YUE = dict.fromkeys(("而家", "依家"), "PRESENT_REF")
PRES.update(PRES_YUE)
# An amount left open: 几天, 数年, 多年, 好几个月 (DURATION PXD, PXY, PXM)
VAGUE = ("几", "好几", "数", "多", "若干")
# Ordinals: the n-th weekday of a month (三月的第一个星期一), its n-th week (第二周), a day (第一天)
NTH = {}
for _i, _c in enumerate("一二三四五", 1):
    NTH.update({f"第{_c}个": _i, f"第{_i}个": _i, f"第{_c}": _i, f"第{_i}": _i})
NTH.update({"首个": 1, "头一个": 1, "首": 1, "最后一个": -1, "最后1个": -1, "最后": -1, "最后一": -1,
            "倒数第一个": -1})
ANA_YEAR = {"同年": 0, "当年": 0, "该年": 0, "次年": 1, "翌年": 1, "隔年": 1, "第二年": 1, "前一年": -1}
ANA_MONTH = {"同月": 0, "当月": 0, "该月": 0, "次月": 1}

# Holidays: a fixed day (month, day), or a movable one as (country, its name in the `holidays`
# package's calendar), or (country, name, days after it): the first days of the lunar year and
# 元宵节 (the fifteenth) counted from 春节.
HOLIDAY = {"元旦": (1, 1), "元旦节": (1, 1), "阳历新年": (1, 1), "情人节": (2, 14), "西洋情人节": (2, 14),
           "和平纪念日": (2, 28), "妇女节": (3, 8), "三八妇女节": (3, 8), "国际妇女节": (3, 8), "植树节": (3, 12),
           "白色情人节": (3, 14), "消费者权益日": (3, 15), "国际消费者权益日": (3, 15), "愚人节": (4, 1),
           "劳动节": (5, 1), "五一劳动节": (5, 1), "国际劳动节": (5, 1), "五一国际劳动节": (5, 1), "青年节": (5, 4),
           "五四青年节": (5, 4), "儿童节": (6, 1), "国际儿童节": (6, 1), "六一儿童节": (6, 1), "建党节": (7, 1),
           "建军节": (8, 1), "八一建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1), "国庆日": (10, 1), "国庆": (10, 1),
           "双十节": (10, 10), "万圣节": (10, 31), "光棍节": (11, 11), "平安夜": (12, 24), "圣诞节": (12, 25),
           "耶诞节": (12, 25), "感恩节": ("US", "Thanksgiving Day"),
           "春节": ("CN", "春节"), "农历新年": ("CN", "春节"), "中秋节": ("CN", "中秋节"), "端午节": ("CN", "端午节"),
           "清明节": ("CN", "清明节"), "除夕": ("CN", "农历除夕"), "大年三十": ("CN", "农历除夕"),
           "元宵节": ("CN", "春节", 14)}
for _i, _c in enumerate("一二三四五"):
    for _p in ("大年初", "正月初"):
        HOLIDAY[_p + _c] = ("CN", "春节", _i)
# Short names that are also words (中秋月饼, 圣诞老人, 元宵 the dumpling, 政治清明): a holiday only
# where the word ends or a word for the day follows (see rule "holiday_short"); 中秋连假, 端午假期
# name the days off around it, a period and no date.
HOLIDAY_SHORT = {"中秋": ("CN", "中秋节"), "端午": ("CN", "端午节"), "清明": ("CN", "清明节"),
                 "元宵": ("CN", "春节", 14), "圣诞": (12, 25), "耶诞": (12, 25), "年三十": ("CN", "农历除夕")}
for _i, _c in enumerate("一二三四五"):
    HOLIDAY_SHORT["年初" + _c] = ("CN", "春节", _i)
HOLIDAY.update(HOLIDAY_SHORT)
# 初一 .. 初九 alone: the first days of the lunar year where a release writes them bare (rule
# "lunar_ny_day"; not in the holiday rules' alternation, since 初一 is also a school year)
LUNAR_NY_DAY = {"初" + _c: ("CN", "春节", _i) for _i, _c in enumerate("一二三四五六七八九")}
# Days of the lunar calendar (农历 / 阴历 / 旧历 before them) that fall on a feast the holiday
# calendars know: 农历正月初一 .. 初九, 正月十五 (元宵), 五月初五 (端午), 八月十五 (中秋). Other lunar
# days and months (农历7月, 农历七月十五) name no Gregorian day this stage can count: rule
# "lunar_other" refuses them, so that 7月 is not read as July.
LUNAR_DATE: dict[str, tuple] = {"正月" + k: v for k, v in LUNAR_NY_DAY.items()}
LUNAR_DATE.update({"正月十五": ("CN", "春节", 14), "五月初五": ("CN", "端午节"), "五月五": ("CN", "端午节"),
                   "八月十五": ("CN", "中秋节")})
HOLIDAY["正月十五"] = ("CN", "春节", 14)   # 正月 is the first lunar month only
HOLIDAY_FOLLOWS = r"(?=[^\u4e00-\u9fff]|$|节|前夕|快乐|当天|当日|那天|这天|佳节|晚会|夜|的)"

# Holidays as Taiwan keeps them, for text in Traditional characters (the engine's choice): National
# Day is 10 October (國慶), Children's Day 4 April, Youth Day 29 March, Teachers' Day 28 September.
HOLIDAY_TAIWAN = {"国庆": (10, 10), "国庆节": (10, 10), "国庆日": (10, 10), "儿童节": (4, 4), "青年节": (3, 29),
                  "教师节": (9, 28)}
# A bare two-digit year (98年) in Taiwan's text is one of the Republic (2009); in the mainland's it
# may be 1998 or a count of years, so the rule "roc_year2_tw" reads it only here.
TRADITIONAL_LEXICON = {"HOL": HOLIDAY_TAIWAN, "TWY": {str(n): n + 1911 for n in range(40, 100)}}

# 元月: January, as Taiwan writes it (114年元月, 元月1日)
MONTH_WORD = {"元月": 1}

# The n-th day of the happening told (rule "first_day"; the engine's FD)
FIRST_DAY = {"首日": 1, "开幕当天": 1, "开幕当日": 1, "开展当天": 1}
# Earthquakes Taiwan names by their month and day, whose year every reader knows (rule
# "named_quake"; a year written before one, 105年0206地震, is read by rule "mmdd_event")
NAMED_QUAKE = {"921": (1999, 9, 21), "九二一": (1999, 9, 21), "0206": (2016, 2, 6), "0403": (2024, 4, 3),
               "0121": (2025, 1, 21)}
LEXICON = {"ND": NAMED_QUAKE, "TWY": {}, "FD": FIRST_DAY, "MN": MONTH_WORD, "AY": ANA_YEAR, "AM": ANA_MONTH, "AD": ANA_DAY, "WD": WEEKDAY, "RY": REL_YEAR, "RM": REL_MONTH, "RW": REL_WEEK, "RD": REL_DAY,
           "RQ": REL_QUARTER, "Q": QUARTER, "H": HALF, "SEASON": SEASON, "MOD": MOD, "AP": AMPM, "NOON": NOON,
           "UNIT": UNIT, "DURW": DURWORD, "AGO": AGO, "SET": {**SETW, **SET_WEEKDAY}, "PRES": PRES, "HOL": {**HOLIDAY, **LUNAR_NY_DAY, **LUNAR_DATE},
           "NTH": NTH, "POD": POD}

# Relative days that also end or start other words (目前天数, 之后日本, 钢琴日): see rule rel_day_guarded
GUARDED_DAYS = ("前天", "前日", "后天", "后日", "琴日", "寻日", "听日")

# ---------------------------------------------------------------- pattern pieces
NB = r"(?<![\d.,\-/:〇○零一二三四五六七八九十两百千])"
Y4 = r"(?:(?:1[89]|2[01])\d\d|[〇○零一二三四五六七八九]{4})"
CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
CN_DAY = r"(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
CN_N = r"(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
# Counts with hundreds and thousands (一百, 一百二十, 两千零五, 三千五百): the pattern finds their
# shape, cn2an reads them and refuses the ill-formed (一百十十), which then block their parts.
CN_BIG = r"[一二两三四五六七八九][百千](?:[零〇]?[一二两三四五六七八九]?[百十]?){0,3}"
CN_COUNT = r"(?:" + CN_BIG + "|" + CN_N + ")"
# Years of the Republic of China in words: 一百一十四 / 一百十四 / 一一四 (114), 九十八 (98).
CN_ROC = r"一百(?:[零〇][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?|一[〇零一二三四][〇零一二三四五六七八九]|[四五六七八九]十[一二三四五六七八九]?"
CN_ROC3 = r"一百(?:[零〇][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?|一[〇零一二三四][〇零一二三四五六七八九]"
SP = r"[ \u3000]?"


def year():
    return NB + grp("Y", Y4) + SP + r"年(?!代|级|度\d)"


def month():
    return NB + grp("M", r"\d{1,2}|" + CN_MONTH) + SP + r"月(?:份)?"


def day(marker="[日号]"):
    return NB + grp("D", r"\d{1,2}|" + CN_DAY) + SP + marker


def weekday_brackets():
    """The weekday a date is followed by: 20日（周四）, 20日(四), or written on: 20日星期四, 20日 周四."""
    return "(?:" + r"[(（]" + grp("WD", alt(WEEKDAY)) + r"[)）]" + "|" + SP + "[,，]?" + SP + weekday_word() + ")"


def month_mod():
    # 头 / 尾 / 中 as Cantonese writes them (三月头, 六月尾, 五月中): 中 only where the phrase ends
    # (5月中国 is May, China)
    return grp("MOD", "中旬|上旬|下旬|底|末|初(?!步|期|次|心|衷|始|中|级)|尾(?!声|款|数|盘)|头(?!条|脑|发|号)"
               + "|中" + PHRASE_ENDS)


def year_mod():
    return grp("MOD", "底|末|尾(?!声|款|数|盘)|初(?!步|期|次|心|衷|始|中|级)|中" + PHRASE_ENDS)


DASH = r"[-~～—－–至到]"
# Where a phrase ends: 中 after a year or month is its middle there (五月中, 年中), not 5月中国
PHRASE_ENDS = r"(?=$|[，。、；,;.\s)）至到])"

# Words that end in 前 / 后 and so make 前天, 后日, 前年 out of the next word's first character
# (目前年轻人, 之后日本, 提前天数, 以前年份), and 当今年代: no relative day or year starts there.
# Likewise words that end in 上 (线上 online, 网上, 晚上, 马上, 以上) make no 上年, 上月 (线上年终活动).
REL_BEHIND = (r"(?<!当)(?!(?<=[目提此然随最先空史眼跟向往超事战会赛饭课婚产术午背身死售幕滞延稍善皇太王落今过以之其门面])"
              r"[前后])(?!(?<=[线网晚早马以加向之身世路])上)")
# ... nor does one end where the text goes on with a word (日本, 日益, 天津, 天数, 年轻, 年级)
DAY_AHEAD = r"(?!本|益|渐|常|元|报|期|均|志|韩|产|系|语|军|方|美|前|后|内|里|子|光|照|晒|津|数|线|下|堂|空|然|真|性|窗|井|记|剧|文)"
YEAR_AHEAD = r"(?!轻|龄|纪|级|代)"
# 天 as Sunday (星期天, 周天), unless it starts 天气 (本周天气), 天然, 天数
SUNDAY_TIAN = r"天(?!气|然|数|津|堂|空|下|地|际|文|使|真|才|性)"
# 周 is also a family name: 周一鸣教授, 周五郎表示 are people, 周五将举行 a day
NOT_A_NAME = r"(?![^\W\d_早晚上下午中凌夜当前后起至到的和与及、]{1,2}(?:先生|女士|教授|博士|表示|指出|院士|主任|经理|书记|局长|部长|市长|董事长|总裁|同志|委员|老师))"


def weekday_word():
    """星期三, 礼拜天, 周日 (not 周天气): the long forms of WEEKDAY."""
    return grp("WD", alt([k for k in WEEKDAY if len(k) > 1 and not k.endswith("天")]) + "|"
               + alt({k[:-1] for k in WEEKDAY if len(k) > 1 and k.endswith("天")}) + SUNDAY_TIAN)


def pod():
    """A part of the day after a day (明天上午, 周一晚上, 2月15号早上), not the am / pm of a clock time
    (明天上午10点: the date and the time are joined) nor 晚会, 晚宴."""
    return ("(?:" + SP + grp("POD", alt(k for k in POD if len(k) > 1) + "|晚(?![会宴餐报饭安年期霞辈场间点])")
            + r"(?![\d〇零一二三四五六七八九十两]|点|时))?")


def in_month():
    """What a month can be followed by to name a day or week in it: 的第一个星期一, 最后一个周五,
    第二周, 最后一天, 第一天."""
    return ("的?(?:" + grp("NTH", alt(k for k in NTH if k.endswith("个") or k in ("首个",))) + SP + weekday_word()
            + "|" + grp("WOM", "第[一二三四五1-5]|最后一?|首") + r"个?(?:周|星期|礼拜)(?![一二三四五六日天])"
            + "|" + grp("LASTD", "最后一天|最后一日|最末一天") + "|" + grp("DW", "第[一二三四五1-5]|首") + "(?:天|日)(?![本元报])"
            + ")")

RULES = [
    # 同年12月, 次年上半年, 同月20日
    # (隔年 the following year, but 隔年舉辦 every other year)
    ("ana_year", grp("AY", alt(ANA_YEAR)) + "(?!(?<=隔年)(?:举|办|一次|轮))(?:" + month() + "(?:" + day() + "|" + month_mod() + ")?|" + grp("H", alt(HALF)) + ")?"),
    ("ana_month", grp("AM", alt(ANA_MONTH)) + "(?:" + day() + ")?"),
    # 2025年2月20日（星期四）, 2025年2月, 2025年底, 二〇二五年三月
    ("ymd", year() + "(?:" + grp("MOD", r"头(?![\u4e00-\u9fff])") + "|" + SP + month() + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?" + pod() + "|" + month_mod() + ")?|" + year_mod()
     + "|第?" + grp("Q", "[一二三四1-4]") + r"季度|第" + grp("Q", "[一二三四1-4]") + r"季(?!节|赛|风)|Q" + grp("Q", "[1-4]") + r"(?!\d)|" + grp("H", alt(HALF))
     + "|" + grp("Q", "首") + r"季(?!节|赛|风)|H" + grp("H", "[12]") + r"(?![\dA-Za-z])"
     + "|" + grp("SEASON", alt(SEASON)) + ")?"),
    # 2月20日, 三月二十日, 3月底
    ("md", month() + "(?:" + day() + "(?:" + weekday_brackets() + ")?" + pod() + "|" + month_mod() + ")?"),
    # 二零一五年三月三, 三月一: a day in Chinese numerals without 日 / 号, where the phrase ends
    ("md_bare", "(?:" + year() + SP + ")?" + month() + grp("D", CN_DAY) + r"(?=$|[，。、；,.;\s)）~～\-—到至])"),
    # 19年4月9日: a two-digit year before a month (40 to 149 are years of the Republic: roc_ymd)
    ("yy_md", r"(?<![\d.,\-/:A-Za-z])" + grp("YY", r"[0-3]\d") + SP + r"年" + SP + month() + "(?:" + SP + day() + "|" + month_mod() + ")?"),
    # 2019-04, 2019/04: a year and a month (2005-06 reads as two years and is refused)
    ("ym_dash", r"(?<![\d.,\-/:A-Za-z])" + grp("Y", r"(?:1[89]|2[01])\d\d") + "[-/]" + grp("MX", r"0[1-9]|1[0-2]")
     + r"(?![\d\-/.])"),
    # 20日（周四）
    # (27日前入境: before the 27th, as a deadline or a cut-off is written; 约3日前 counts days)
    # (5月2日-3日, 2日(六)-3日(日): a day after a dash that ends a day is the end of a range)
    ("d", r"(?<!约|近|数|几)" + r"(?<![\d.,/:〇○零一二三四五六七八九十两百千])(?:(?<!-)|(?<=[日号)）]-))" + grp("D", r"\d{1,2}") + r"日(?!元|本|报|均|电|讯)" + "(?:" + weekday_brackets() + ")?" + pod()),
    # 2025-02-20, 2025/2/20, 2025.2.20
    ("dotted", r"(?<![\d.,\-/:A-Za-z])" + grp("Y", r"(?:1[89]|2[01])\d\d") + r"(?P<sep>[-/.])" + grp("M", r"\d{1,2}")
     + r"(?P=sep)" + grp("D", r"\d{1,2}") + r"(?![\d]|\.\d)" + "(?:" + weekday_brackets() + ")?"),   # 2025/3/15（六）
    # 2025.3.15-2025.3.17, 114/3/15-114/3/17, 2025.3.15-3.17: a range of two dates written with dots or
    # slashes, as schedules and tables give them (the end's year may be left out)
    ("dotted_range", r"(?<![\d.,\-/:A-Za-z])(?:" + grp("Y", r"(?:1[89]|2[01])\d\d") + "|" + grp("ROC", r"1[0-4]\d") + r")(?P<sep>[./])"
     + grp("M", r"1[0-2]|0?[1-9]") + r"(?P=sep)" + grp("D", r"3[01]|[12]\d|0?[1-9]") + "(?:" + weekday_brackets() + ")?" + SP
     + r"[-~～－–—至到]" + SP + "(?:(?:" + grp("E_Y", r"(?:1[89]|2[01])\d\d") + "|" + grp("E_ROC", r"1[0-4]\d") + r")(?P=sep))?"
     + grp("E_M", r"1[0-2]|0?[1-9]") + r"(?P=sep)" + grp("E_D", r"3[01]|[12]\d|0?[1-9]") + r"(?![\d./\-])"
     + "(?:" + SP + r"[(（]" + grp("E_WD", alt(WEEKDAY)) + r"[)）])?"),
    # 去年, 今年3月, 明年一季度, 今年上半年, 去年底, 今年年底
    # (过去这一年来, 这一年间: a year's span, no date)
    ("rel_year", REL_BEHIND + r"(?<!过去)(?<!过去的)" + grp("RY", alt([k for k in REL_YEAR if k != "今"])) + YEAR_AHEAD
     + r"(?!(?<=这一年)(?:来|间|里|多|以来))" + "(?:" + month() + "(?:" + day() + "|" + month_mod() + ")?|"
     + "年?" + year_mod() + "|年?" + grp("MOD", "尾|头(?!脑|发)") + "|" + "第?" + grp("Q", "[一二三四1-4]") + r"季(?:度)?(?!节|赛|风)|" + grp("H", alt(HALF))
     + "|" + grp("Q", "首") + r"季(?!节|赛|风)|" + grp("SEASON", alt(SEASON)) + ")?"),
    # 本月20日, 上月底, 下个月初
    ("rel_month", grp("RM", alt([k for k in REL_MONTH if k])) + "(?:" + day() + "|" + month_mod() + ")?"),
    # (每月月底, 每個月月初: every month's end, no date)
    ("month_part", r"(?<![\d一二三四五六七八九十个每])(?<!每月)(?<!每个月)" + grp("RM", "") + grp("MOD", "月底|月末|月初|月尾|月头|月中" + PHRASE_ENDS + "|月中(?=前|起)|(?<=[于在至到])月中(?=[\u4e00-\u9fff])(?!国)")),   # (于月中公布, 月中前: mid-month)
    # 这周三, 上礼拜天, 下下周, 今个星期一 (Cantonese)
    # 本周末, 上个周末, 下周末: the weekend of a week (TIMEX3 2025-W08-WE); 周末 alone: the tense picks
    ("weekend", grp("RW", alt(k for k in REL_WEEK if k.endswith("周"))) + grp("WE", "末")),
    ("weekend_ge", grp("RW", alt(k[:-1] for k in REL_WEEK if k.endswith("个周"))) + grp("WE", "周末")),
    ("weekend_bare", grp("WE", "周末")),
    ("rel_week", grp("RW", alt(REL_WEEK)) + "(?:" + grp("WD", "[一二三四五六日]|" + SUNDAY_TIAN) + pod() + ")?(?!期|年|岁|刊|边)"),
    # 本季度, 上个季度, 下季度末
    ("rel_quarter", grp("RQ", alt(REL_QUARTER)) + "(?:" + grp("MOD", "末|初|底") + ")?(?!节|风|赛|军|候|相)"),
    # (not the figurative future and present: 更好的明天, 臺灣的今天, 明天會更好)
    ("rel_day", r"(?<!的)" + grp("RD", alt(k for k in REL_DAY if k[-2:] not in GUARDED_DAYS and k not in POD_DAY and k != "本日"))
     + r"(?!会更好|会更美好)" + pod()),
    # 本日 (today), not the end of 日本 and the start of 日立 (日本日立)
    ("rel_day_ben", r"(?<!日)" + grp("RD", "本日") + DAY_AHEAD + pod()),
    # 今晚, 明早 (not 今晚8点: 晚8点 is a clock time)
    ("pod_day", grp("RD", alt(POD_DAY)) + "(?<=" + grp("POD", "[晚早晨夜]") + r")(?![\d〇零一二三四五六七八九十两]|点|时|会|宴|餐|报|年|期|日|些|熟|晚)"),
    # 前天, 后日 (後日), 琴日: refused where they are the end of one word and the start of the next
    ("rel_day_guarded", REL_BEHIND + r"(?<![钢提古扬竖口胡找追探搜聆倾收旁试监])"
     + grp("RD", alt(k for k in REL_DAY if k[-2:] in GUARDED_DAYS)) + DAY_AHEAD + pod()),
    ("ana_day", grp("AD", alt(ANA_DAY)) + pod()),
    # 活動首日, 開幕首日: the first day of the happening told (the engine's FD); not 首日封 (a first-day
    # cover), 首日票房, nor where its date follows in brackets (首日（22日）)
    # (開幕當天, the opening day, is the first day too: `展期12月12日至3月14日…開幕當天下午2時`)
    ("first_day", grp("FD", alt(FIRST_DAY)) + r"(?!封|票房|[(（]\s?\d)" + pod()),
    # Taiwanese releases: 今（6）日 (today, the 6th), 昨（5）日, 同（7）日 (the same day), 本周五(18日)
    # (後（22）日: the day after tomorrow, not 之後（22日）, 隨後（22日）)
    ("day_bracket", r"(?:[今昨明隔前次翌同本当]|(?<![之以然随其而最落背])后)[ ]?[(（][ ]?" + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"[ ]?[日号]?[)）][ ]?[日号]?"
     + "(?:" + weekday_brackets() + ")?"),   # 今（12日）表示; 今(12)日(星期三)
    # 本(3)月, 上（2）月底, 下(4)月5日: this, last or next month, its number in brackets
    ("month_bracket", r"[本上下][ ]?[(（][ ]?" + grp("M", r"1[0-2]|0?[1-9]") + r"[ ]?[)）][ ]?月(?:份)?"
     + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + month_mod() + ")?"),
    ("wd_day", r"(?:本周|这周|上周|下周)?" + grp("WD", alt([k for k in WEEKDAY if len(k) > 1])) + SP + r"[(（]"
     + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"[日号]?[)）]"),
    # years of the Republic of China calendar (year + 1911): 110年12月, 民国110年, 111年度
    ("roc_ymd", NB + grp("ROC", r"[4-9]\d|1[0-4]\d") + SP + r"年" + SP + month() + "(?:" + SP + day() + "(?:" + weekday_brackets()
     + ")?|" + month_mod() + ")?"),
    ("roc_year", r"民国" + SP + grp("ROC", r"[4-9]\d|1[0-4]\d") + SP + r"年(?:度)?(?!代)"),   # (民国60年代: a decade)
    # 民国38年, 民国34年10月25日: after 民国 any year of the Republic (from 1912), with its month and day
    ("roc_early", r"民国" + SP + grp("ROC", r"[1-3]?\d|元") + SP + r"年(?!代)" + "(?:" + SP + month() + "(?:" + SP + day() + ")?)?"),
    # 民國一百一十四年三月五日: the ROC year in words, after 民國 only (一百年 alone is a century)
    ("roc_words", r"民国" + SP + grp("ROC", CN_ROC) + SP + r"年" + "(?:" + SP + month() + "(?:" + SP + day() + ")?)?"),
    # 一一五年五月十八日, 一百十五年三月: without 民國, a year of the Republic in words of three digits
    # where its month follows (一百年 alone is a century, a count)
    # 一百一十四年度, 一一五學年度: a fiscal or school year of the Republic in words (年度 names a year, no count)
    ("roc_words_fiscal", r"(?<![\d〇○零一二三四五六七八九十两百千第近逾约满])" + grp("ROC", CN_ROC3) + SP + r"(?:学)?年度"),
    ("roc_words_md", r"(?<![\u4e00-\u9fff\d])" + grp("ROC", CN_ROC3) + SP + r"年" + SP + month() + "(?:" + SP + day() + ")?"),
    # 110年, 114年底, 115年第4季, 今（110）年: a three-digit year from 100 is the ROC calendar's
    # (2011 on) unless it counts years (建校110年, 110年来)
    # (超过108年全运会的纪录: after 超过 a year still, where a name follows 年, not a count of years)
    ("roc_year3", r"(?<![\d.,\-/:近逾第])(?<!建校)(?<!成立)(?<!创立)(?<!创校)(?<!历史)(?<!已有)(?<!长达)"
     + r"(?:(?<!超过)|(?=1[0-4]\d年(?![的之来间多余以历前后])[\u4e00-\u9fff]))(?<!满)(?<!历经)(?<!经过)(?<!走过)"
     + grp("ROC", r"1[0-4]\d") + SP + r"年(?!代|来|间|之久|历史|前|后)"
     + "(?:" + year_mod() + "|第?" + grp("Q", "[一二三四1-4]") + r"季(?:度)?|Q" + grp("Q", "[1-4]") + r"(?!\d)|" + grp("H", alt(HALF))
     + "|" + grp("Q", "首") + r"季(?!节|赛|风)" + ")?"),
    # 去（113）年, 本(114)年度, 今（114）年1月: the year in brackets, with its month and day
    ("roc_this_year", r"[今去明本上下前][ ]?[（(][ ]?" + grp("ROC", r"1[0-4]\d|[4-9]\d") + r"[ ]?[）)][ ]?年(?:度)?"
     + "(?:" + SP + month() + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + month_mod() + ")?|" + year_mod()
     + "|第?" + grp("Q", "[一二三四1-4]") + r"季(?:度)?|" + grp("H", alt(HALF)) + ")?"),
    # 112年至114年間, 112-114年: a range of ROC years (114年間 alone would count years)
    ("roc_range", NB + grp("ROC", r"1[0-4]\d|[4-9]\d") + SP + r"年?" + SP + r"(?:至|到|~|～|－|-)" + SP
     + grp("E_ROC", r"1[0-4]\d|[4-9]\d") + SP + r"年(?:间)?"),
    # 108课纲, 99课纲: Taiwan's curriculum guidelines, named by the ROC year they take effect
    ("roc_curriculum", NB + grp("ROC", r"1[0-4]\d|[89]\d") + r"(?=课纲|课程纲要|新课纲)"),
    # 初一起, 初一至初五, 初二（週六）: the first days of the lunar year, as releases around the
    # New Year write them bare (not 国中初一 a school year, 每月初一、十五 every lunar month)
    ("lunar_ny_day", r"(?<![年月每国高中逢和])" + grp("HOL", alt(LUNAR_NY_DAY))
     + "(?:" + weekday_brackets() + r"|(?=起|至|到|当天|当日|开始|" + SP + r"[~～\-－]" + SP + r"初|、初[一二三四五六七八九]))"),
    ("lunar_date", r"(?:农历|阴历|旧历)" + SP + grp("HOL", alt(LUNAR_DATE)) + "日?" + "(?:" + weekday_brackets() + ")?"),
    ("lunar_other", grp("NOTDATE", r"(?:农历|阴历|旧历)" + SP + r"(?:[正腊冬]|十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])" + SP
                        + r"月(?:份)?(?:" + SP + r"(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]|[12]\d|3[01]|0?[1-9])日?)?")),
    # 民国60年代: a decade of the ROC calendar (1971 to 1980), no decade of TIMEX3
    ("roc_decade", grp("NOTDATE", r"民国" + SP + r"\d0" + SP + "年代")),
    # 自98年起, 于99年: a two-digit ROC year where 自 / 于 / 从 says it is a point in time
    ("roc_year2", r"(?<=[自于从迄])" + SP + grp("ROC", r"[4-9]\d") + SP + r"年(?!代|来|间|之久|历史|前|后|以来|多|余|级)"),
    # 98年莫拉克風災, 99年縣市合併後, 於民國…在95年: a two-digit year at a clause's start or after a word
    # of time (在, 至, 到, 及) is a year of the Republic in Taiwan's text (TWY), not a count of years
    # (成立98年, 已有98年歷史, 98年來, 40年老店)
    ("roc_year2_tw", r"(?:(?<=[在至到及和与、，。；：\n（(「])|(?<=^))" + grp("TWY", r"[4-9]\d")
     + r"年(?!代|来|间|之久|历史|前|后|以来|多|余|级|老|资|经验|的|内|以上|左右|半|生|次|期|轮|制|份|龄|纪|如|光阴|岁月|时间|时光)"),   # (50年的努力 counts)
    # 該館89年啟用, 本會87年成立: a two-digit year right before the verb of a founding or an opening is
    # the year it happened (in Taiwan's text: TWY), not a count of years (成立98年 stays one)
    ("roc_year2_verb", r"(?<![\d.,\-/:年第近逾约满达有过])" + grp("TWY", r"[4-9]\d") + r"年(?=" + SP
     + r"(?:成立|启用|开馆|落成|兴建|完工|竣工|通车|开办|设立|创立|创办|开幕|动工|开工|升格|合并|改制|开园|开业)(?!以来|至今|迄今))"),
    ("lunar_ny_day_end", r"(?<=初[一二三四五六七八九][至到、~～\-－])" + grp("HOL", alt(LUNAR_NY_DAY))
     + "(?:" + weekday_brackets() + ")?"),   # (初一至初五: the range's end)
    # 105年0206地震, 0121震灾: a day named by its month and day, as Taiwan names disasters
    # 921地震, 九二一大地震, 0206美濃地震: a quake Taiwan names by its day, in the year it struck
    ("named_quake", r"(?<![\d年〇零一二三四五六七八九十])" + grp("ND", alt(NAMED_QUAKE)) + r"(?![\d])(?=[\u4e00-\u9fff]{0,3}?(?:地震|强震|震灾))"),
    ("mmdd_event", "(?:" + grp("ROC", r"1[0-4]\d|[4-9]\d") + r"年)?(?<!\d)" + grp("M", r"0[1-9]|1[0-2]") + grp("D", r"[0-2]\d|3[01]")
     + r"(?=" + grp("PAST", r"地震|震灾|震灾区|事件|水灾|风灾|气爆|空难|大火|震灾区|地震灾|强震|大地震") + "|"
     # (0403花蓮地震, 0121大埔強震: the place the quake struck may stand between)
     + r"[\u4e00-\u9fff]{2,3}?" + grp("PAST", r"地震|强震|大地震|震灾") + ")"),   # (named: it happened)
    # 3/4（二）, 12/25(四): a month and day by a slash, as Taiwanese releases write them, with the
    # weekday in brackets (a bare 3/4 may be a fraction)
    # 114.3.4, 114/3/4: an ROC date written with dots or slashes
    ("roc_dotted", r"(?<![\d.,\-/:A-Za-z])" + grp("ROC", r"1[0-4]\d") + r"(?P<sep>[./]|-(?=\d\d-\d\d))" + grp("M", r"1[0-2]|0?[1-9]")
     + r"(?P=sep)" + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"(?![\d./\-])"),   # (114-03-12 with both parts in two digits)
    # 3.15（六）, 12.2(二): a month and day written with a dot, which the weekday in brackets after
    # it tells from a decimal (3.15%)
    ("md_dot_wd", r"(?<![\d.,/:A-Za-z])(?<!\d-)" + grp("M", r"1[0-2]|0?[1-9]") + r"\." + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + SP + r"[(（]" + grp("WD", alt(WEEKDAY)) + r"[)）]"),
    # 12/13(六)-14(日), 12月13日(六)至14日(日): a day with its weekday in brackets ending a range after
    # a day's weekday (the 日 of 14(日) is Sunday, no day marker; not after a list's (一))
    ("d_wd_range_end", r"(?:(?<=[\d日号][(（][一二三四五六日天][)）])|(?<=[(（]周[一二三四五六日天][)）])"
     + r"|(?<=[(（](?:星期|礼拜)[一二三四五六日天][)）]))" + SP + r"[-~～－–至到]" + SP + grp("T", grp("D", r"3[01]|[12]\d|0?[1-9]") + SP + r"[(（]"
     + grp("WD", alt(WEEKDAY)) + r"[)）]")),
    ("md_slash_wd", r"(?<![\d.,/:A-Za-z])(?<!\d-)" + grp("M", r"1[0-2]|0?[1-9]") + "/" + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + SP + r"[(（]" + grp("WD", alt(WEEKDAY)) + r"[)）]"),
    ("roc_fiscal", NB + grp("ROC", r"[4-9]\d|1[0-4]\d") + SP + r"(?:学)?年度"   # 114年度, 114學年度 (a school year)
     + "(?:第?" + grp("Q", "[一二三四1-4]") + r"季(?:度)?(?!节|赛|风)|" + grp("H", alt(HALF)) + ")?"),   # 112年度第2季
    # 108、109年, 110及111年, 2023、2024年: the years of a list that the last one's 年 marks
    ("roc_list", NB + grp("ROC", r"1[0-4]\d|[4-9]\d") + r"(?=(?:" + SP + r"[、，,及和与或]" + SP + r"(?:1[0-4]\d|[4-9]\d))+" + SP + "年)"),
    ("year_list", NB + grp("Y", r"(?:1[89]|20)\d\d") + r"(?=(?:" + SP + r"[、，,及和与或]" + SP + r"(?:1[89]|20)\d\d)+" + SP + "年)"),
    # 3月5、6日: a day of a list whose last day has the 日
    ("md_list", "(?:" + year() + SP + "|" + NB + grp("ROC", r"1[0-4]\d|[4-9]\d") + SP + "年" + SP + ")?" + month() + SP
     + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"(?=(?:" + SP + r"[、，,及和与]" + SP + r"(?:3[01]|[12]\d|0?[1-9]))+" + SP + "[日号])"),   # (12月13、14、20、21日)
    # 本月25、26日: the same with a month counted from the release's (下月3、4日)
    ("rel_month_list", grp("RM", alt([k for k in REL_MONTH if k])) + SP + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + r"(?=(?:" + SP + r"[、，,及和与]" + SP + r"(?:3[01]|[12]\d|0?[1-9]))+" + SP + "[日号])"),
    # 3/15開幕, 至4/30止, 於3/20上午, 3/22 14:00: a month and day by a slash in Chinese text (not the
    # fractions 1/3的民眾, 2/3以上, 3/4票)
    ("md_slash", r"(?<![\d.,/:A-Za-z])(?<!\d-)" + grp("M", r"1[0-2]|0?[1-9]") + "/" + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + r"(?![\d/.%]|\s?[的以之左强弱票人成倍个份名位次分])(?=[\u4e00-\u9fff，。、；）)~～\-－\s|]|$)"),   # (a table's cell: 3/22 before a tab, a line's end)
    # 今（2025）年, 去(2024)年3月5日, 今（2025）年上半年: with the month, day or part of the year after it
    ("roc_this_year_western", r"[今去明本上下前][ ]?[（(][ ]?" + grp("Y", r"(?:19|20)\d\d") + r"[ ]?[）)][ ]?年(?:度)?"
     + "(?:" + SP + month() + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + month_mod() + ")?|" + year_mod()
     + "|第?" + grp("Q", "[一二三四1-4]") + r"季(?:度)?|" + grp("H", alt(HALF)) + ")?"),
    # 3/5-3/7, 3/5至3/7: a range of days written with slashes
    ("md_slash_range", r"(?<![\d.,\-/:A-Za-z])" + grp("M", r"1[0-2]|0?[1-9]") + "/" + grp("D", r"3[01]|[12]\d|0?[1-9]")
     + SP + r"[-~～－–至到]" + SP + "(?:" + grp("E_M", r"1[0-2]|0?[1-9]") + "/)?" + grp("E_D", r"3[01]|[12]\d|0?[1-9]") + r"(?![\d/.%])(?:日(?!本|元|报))?"),   # (3/15~16: the end's month left out)
    # 元月, 114年元月, 元月1日: January (not 单元 + 月)
    ("yuan_month", "(?:" + year() + SP + "|" + NB + grp("ROC", r"1[0-4]\d|[4-9]\d") + SP + "年" + SP + "|" + REL_BEHIND
     + grp("RY", alt([k for k in REL_YEAR if k != "今"])) + ")?" + r"(?<!单)" + grp("MN", "元月")
     + "(?:" + SP + day() + "(?:" + weekday_brackets() + ")?|" + month_mod() + ")?"),
    # 1999市民當家熱線, 撥打1922: the numbers of hotlines, which Taiwanese releases give, no years
    ("hotline", grp("NOTDATE", r"(?<![\d.,\-/:A-Za-z])(?:1[89]|20)\d\d(?![\d年])(?=[^\d\s，。、；]{0,8}?(?:专线|热线|服务线))")),
    ("hotline_call", r"(?:拨打|拨|来电|致电|电话)" + SP + "[:：]?" + SP + grp("NOTDATE", r"(?:1[89]|20)\d\d(?![\d年])")),
    # 2021台南市耶诞跨年系列活动: a year standing before a name (an edition), not an amount
    ("bare_year", r"(?<![\d.,\-/:A-Za-z])" + grp("Y", r"(?:19|20)\d\d") + r"(?=[\u4e00-\u9fffA-Za-z「『《“])"
     + r"(?!年|月|日|号|万|亿|元|个|名|人|家|件|次|届|多|余|位|辆|公|千|百|张|场|笔|户|座|所|间|条|项|份|支|只|吨|套|部|本|篇|首"
     + r"|株|棵|平|坪|米|亩|分|秒|点|级|岁|周年|台(?![南北中东湾]))"),
    # 第一季度, 一季度, Q1, 上半年, 年底, 春季
    ("quarter", r"(?<![\d年])(?:第?" + grp("Q", "[一二三四]") + r"季度|第" + grp("Q", "[1-4]") + r"季(?:度)?|第"
     + grp("Q", "[一二三四]") + r"季(?!度))"),   # 第一季度, 一季度, 第1季, 第一季 (Taiwan)
    ("quarter_q", r"(?<![A-Za-z])Q" + grp("Q", "[1-4]") + r"(?![\d])"),
    # 前三季, 今年前3季度: the first quarters of a year, Q1 to the n-th; 第一至三季, 第1-3季: quarters
    # from one to another (a range, whose ends are two dates)
    ("quarters_first", "(?:" + year() + "|" + NB + grp("ROC", r"1[0-4]\d") + SP + "年|" + REL_BEHIND + grp("RY", alt([k for k in REL_YEAR if k != "今"]))
     + r"|(?<![\u4e00-\u9fff])|(?<=[在于至到及和与、，。；：（(「]))" + grp("Q", "前") + grp("E_Q", "[二两三2-3]") + r"(?:个)?季(?:度)?(?!节|赛|风)"),
    ("quarters_range", "(?:" + year() + "|" + NB + grp("ROC", r"1[0-4]\d") + SP + "年|" + REL_BEHIND + grp("RY", alt([k for k in REL_YEAR if k != "今"]))
     + ")?" + r"第" + grp("Q", "[一二三1-3]") + SP + r"(?:至|到|-|~|～|－)" + SP + r"第?" + grp("E_Q", "[二三四2-4]") + r"季(?:度)?(?!节|赛|风)"),
    ("half", r"(?<![年今去明])" + grp("H", alt(HALF))),
    # (年初六: the sixth day of the lunar year, a feast day, no part of a year)
    ("year_part", r"(?<![\d今去明本])(?<!每年)(?<!每一年)" + grp("MOD", "年底|年末|年尾|年初(?![一二三四五六七八九十])|岁末|年内|年中" + PHRASE_ENDS)),
    ("season", grp("SEASON", alt(SEASON))),
    # 本週六、日, 下週二及四: the second weekday of a list after a week word is a day of that week
    ("weekday_list_week", grp("RW", alt(REL_WEEK)) + r"[一二三四五六日天]" + SP + r"[、及和与]" + SP + grp("T", grp("WD", "[一二三四五六日]"))
     + r"(?!本|期|间|夜|常|益|渐|子|记|文|语|元|报)"),
    # 週六、日: the second weekday of a list, written with its number only (not 週六、日本)
    ("weekday_list", r"(?<=[周期拜][一二三四五六日天][、及和与])(?<!每周..)(?<!每星期..)(?<!每礼拜..)" + grp("WD", "[一二三四五六日]") + r"(?!本|期|间|夜|常|益|渐|子|记|文|语|元|报)"),
    # (週一休園, 星期一公休: the day of every week a place is closed, no date)
    ("closed_day", grp("NOTDATE", weekday_word() + r"(?:" + SP + r"[、及和与]" + SP + r"(?:[一二三四五六日]|" + weekday_word() + "))?" + SP
                       + r"(?=休园|休馆|公休|休息|闭馆|休市|不开放|暂停开放|例行休)")),
    # 星期四, 周四（a weekday alone）
    ("weekday", "(?:" + grp("WD", alt([k for k in WEEKDAY if len(k) > 1 and not k.startswith("周") and not k.endswith("天")]))
     + "|" + grp("WD", "(?:星期|礼拜)" + SUNDAY_TIAN) + "|"
     + r"(?<![每上下本这个一二两三四五六七八九十\d今])" + grp("WD", r"周[一二三四五六日]|周" + SUNDAY_TIAN) + r"(?![年期边末刊])" + NOT_A_NAME
     + ")" + pod()),
    # 三月的第一个星期一, 2025年5月第二个周日, 下个月最后一个周五, 三月第二周, 四月最后一天
    ("in_month", "(?:(?:" + year() + "|" + REL_BEHIND + grp("RY", alt([k for k in REL_YEAR if k != "今"])) + ")" + SP + ")?"
     + month() + in_month() + "|" + grp("RM", alt([k for k in REL_MONTH if k])) + in_month()),
    # ranges written as one expression: 2024-2026年, 2月20-22日
    ("range_years", NB + grp("Y", r"(?:1[89]|2[01])\d\d") + "年?" + SP + DASH + SP + grp("E_Y", r"(?:1[89]|2[01])\d\d") + r"年"),
    ("range_months", "(?:" + year() + "|" + NB + grp("ROC", r"1[0-4]\d|[4-9]\d") + SP + "年|"
     + r"[今去明本上前][ ]?[（(][ ]?" + grp("ROC", r"1[0-4]\d|[4-9]\d") + r"[ ]?[）)][ ]?年|" + REL_BEHIND + grp("RY", alt([k for k in REL_YEAR if k != "今"])) + ")?" + SP
     + NB + grp("M", r"1[0-2]|[1-9]") + SP + DASH + SP + grp("E_M", r"1[0-2]|[1-9]") + r"月(?:份)?"),   # 今年1至2月
    ("range_days", "(?:" + year() + ")?" + month() + NB + grp("D", r"\d{1,2}") + SP + DASH + SP + grp("E_D", r"\d{1,2}") + r"日"),
    # 5至7日, 15-17日: days of the month the sentence tells of (not 需1至2日, a count of days)
    ("range_days_bare", r"(?<!需)(?<!约)(?<!为期)(?<!历时)(?<!费时)(?<!花)" + NB + grp("D", r"3[01]|[12]\d|0?[1-9]") + SP + r"[-~～－–至到]" + SP
     + grp("E_D", r"3[01]|[12]\d|0?[1-9]") + r"日(?!内|后|前|以内|之内|左右)"),
    ("range_days_count", grp("NOTDATE", r"(?:需|约|为期|历时|费时|花)" + SP + r"\d{1,2}" + SP + r"[-~～－–至到]" + SP + r"\d{1,2}" + SP + "日")),
    # 5、6日, 3、4月: a day or month of a list whose last one has the 日 or 月
    # (日 only, as the rule "d" reads a day: 1、2號 are numbers of exits, lines and houses)
    ("d_list", NB + grp("D", r"3[01]|[12]\d|0?[1-9]") + r"(?=(?:" + SP + r"[、，,及和与]" + SP + r"(?:3[01]|[12]\d|0?[1-9]))+" + SP + "日)"),
    # 114年5、6月, 2025年3、4月: the list's first month with the year written before it
    ("ym_list", "(?:" + year() + "|" + NB + grp("ROC", r"1[0-4]\d|[4-9]\d") + SP + "年)" + SP + grp("M", r"1[0-2]|0?[1-9]")
     + r"(?=(?:" + SP + r"[、，,及和与]" + SP + r"(?:1[0-2]|0?[1-9]))+" + SP + "月)"),
    ("month_list", NB + grp("M", r"1[0-2]|0?[1-9]") + r"(?=(?:" + SP + r"[、，,及和与]" + SP + r"(?:1[0-2]|0?[1-9]))+" + SP + "月)"),
    # 一、二月, 三、四月間, 十一、十二月: the same in Chinese numerals, after what a month follows
    ("month_list_cn", r"(?:(?<![\u4e00-\u9fff])|(?<=[年于在至及和与从自]))" + grp("M", CN_MONTH)
     + r"(?=(?:" + SP + r"、" + SP + CN_MONTH + r")+" + SP + "月)"),
    # 3年, 三年, 六个月, 两周, 10天, 24小时, 近三年, 半年
    ("dur", r"(?:近|过去|未来|最近)?" + NB + grp("N", r"\d{1,3}|" + CN_COUNT) + SP
     + grp("UNIT", r"年(?!代|级|前|后|以前|以后|\d)|个月|周(?!年|岁)|个星期|个礼拜|天(?!前|后)|小时|个小时|个钟头|钟头"
           + r"|个钟(?!表|楼|声)|分钟|秒钟")
     + r"(?:来|间|内|里)?"),
    # 几天, 数年, 多年来, 最近几个月, 这几周: an amount left open (DURATION PXD, PXY, PXM, PXW)
    ("vague", r"(?:近|过去|未来|最近|这|近)?(?<![\d〇零一二三四五六七八九十两百千])" + grp("VAGUE", alt(VAGUE)) + SP
     + grp("UNIT", r"年(?!级|代|生|轻|龄|纪)|个月|个星期|个礼拜|周(?!年|岁|边)|天|日(?!本|元|报|期|益|渐|常)|小时|个小时")
     + r"(?:来|间|内|里)?"),
    ("dur_word", grp("DURW", alt(DURWORD))),
    # 三年前, 3天后, 两个月前
    ("ago", NB + grp("N", r"\d{1,2}|" + CN_COUNT) + SP + grp("UNIT", "年|个月|个周|周|个星期|星期|个礼拜|礼拜|天") + SP
     + grp("AGO", alt(AGO))),
    # 两日前, 三日之后: 日 counts days only before 之前 / 之后 or after 两 (3日前 is "before the 3rd")
    ("ago_days", NB + "(?:" + grp("N", "两") + grp("UNIT", "日") + grp("AGO", alt(AGO)) + "|" + grp("N", r"\d{1,2}|" + CN_COUNT)
     + SP + grp("UNIT", "日") + grp("AGO", "之前|之后|以前|以后") + ")"),
    # 半年后, 半个月前
    ("ago_half", grp("DURW", alt(DURWORD)) + SP + grp("AGO", alt(AGO))),
    # 下午3点, 上午10点30分, 15时30分, 15:30, 下午三点半
    ("time", "(?:" + grp("AP", alt(AMPM)) + ")?" + NB + grp("HR", r"\d{1,2}") + r"(?:点|时)(?!期|代|间|候|尚|装|钟)"
     + "(?:" + grp("MIN", r"\d{1,2}") + "分|" + grp("HALFHR", "半") + ")?"),
    ("time_cn", grp("AP", alt(AMPM)) + grp("HR", CN_N) + r"点" + "(?:" + grp("MIN", CN_N) + "分|" + grp("HALFHR", "半") + ")?"),
    ("time_24", NB + grp("HR", r"[01]?\d|2[0-3]") + "[:：]" + grp("MIN", r"[0-5]\d") + r"(?![\d:])"),
    ("noon", grp("NOON", alt(NOON))),
    ("set", grp("SET", alt(SETW))),
    # (每周一至周五: every weekday, read as a set from its first day, not a range of dates; 逢週六、日:
    # every Saturday and Sunday, the list's second day with it)
    ("set_weekday", grp("SET", alt(SET_WEEKDAY)) + weekday_word() + r"(?!次|回|遍|趟|天|日|个|期)"
     + "(?:" + SP + r"[至到~～－\-、及和与]" + SP + "(?:周|星期|礼拜)?(?:[一二三四五六日]|" + SUNDAY_TIAN + ")(?!本|期|间|常|益|渐|子|记|文|语|元|报))?"),
    # 星期三至五, 周一到周五 (the end's 周 may be left out)
    # 服務時間為週一至週五上午9時至下午5時, 上班時間（週一至五）: the days of every week an office
    # keeps (opening hours, a clock time after them or 時間 before), no dates
    ("office_days", r"(?<![本上下这个一])" + grp("NOTDATE", weekday_word() + SP + "[至到~～－-]" + SP + "(?:周|星期|礼拜)?"
                                               + "(?:[一二三四五六日]|" + SUNDAY_TIAN + ")")
     + r"(?=" + SP + r"[,，、]?" + SP + r"(?:上午|下午|早上|晚上|\d{1,2}[:：]\d\d|\d{1,2}[时点]))"),
    ("office_days_after", r"(?:时间|时段)" + SP + r"[:：为是(（]?" + SP + grp("NOTDATE", weekday_word() + SP + "[至到~～－-]" + SP
                                                                       + "(?:周|星期|礼拜)?(?:[一二三四五六日]|" + SUNDAY_TIAN + ")")),
    # (after 本 / 上 / 下 the week word reads first and the two days are joined: 下週一至週三)
    ("range_weekdays", r"(?<![本上下这个一])" + weekday_word() + SP + "[至到~～－-]" + SP + "(?:周|星期|礼拜)?" + grp("E_WD", "[一二三四五六日]|" + SUNDAY_TIAN)),
    ("present", grp("PRES", alt(k for k in PRES if k not in PRES_YUE))),
    ("present_yue", r"(?<![然因从反故进继皈归])" + grp("PRES", alt(PRES_YUE)) + r"(?!庭|人|长|具|乡|属|族|中|里|园|居|电|用|务|政|事|业|门|家)"),
    # 1990年代, 上世纪90年代, 九十年代末, 21世纪, 21世纪初
    ("decade", "(?:上世纪|上个世纪)?" + NB + grp("DEC", r"(?:1[89]|20)\d0|\d0|[一二三四五六七八九]十") + r"年代"
     + "(?:" + grp("MOD", "初|中期|末") + ")?"),
    ("century", NB + grp("CEN", r"\d{1,2}") + r"世纪" + "(?:" + grp("MOD", "初|中叶|末") + ")?"),
    # 春节, 今年春节, 2024年国庆节, 去年中秋节
    # 114年春節: with an ROC year too
    ("holiday", "(?:" + year() + "|" + NB + grp("ROC", r"1[0-4]\d") + SP + "年" + SP + "|" + grp("RY", alt([k for k in REL_YEAR if k != "今"])) + ")?"
     + grp("HOL", alt(k for k in HOLIDAY if k not in HOLIDAY_SHORT)) + pod()),
    ("holiday_short", "(?:" + year() + "|" + NB + grp("ROC", r"1[0-4]\d") + SP + "年" + SP + "|" + grp("RY", alt([k for k in REL_YEAR if k != "今"])) + ")?"
     + r"(?<![政吏廉洁治吃煮包做卖买碗颗])" + grp("HOL", alt(HOLIDAY_SHORT)) + HOLIDAY_FOLLOWS),
]

# Rules whose year belongs to the name of an edition, an event or a notice (`in_name` on the timex):
# the year dates the name, not a happening.
NAME_RULES = ("bare_year",)

# Words that refer back to a year the text gave (當年 that year): with none before, 當年 is
# "back then" (當年的老街), no year
ANAPHORA_NEED_REF = ("当年", "该年")

# A bracketed date right after a word dates it (連假首日（3日）, 清明連假（4月3日至6日）, 除夕（2月16日）):
# the day of a happening that 次日, 當天 after it count from, not an aside
APPOSED = r"[\u4e00-\u9fff]"

# The end of a span of days the sentence opened (即日起至10月31日止, 自3月1日起展至10月31日): 至 / 到,
# not 截至 (as of, 截至4月19日止累計)
SPAN_END = r"(?<!截)(?:至|到)[ \u3000]?\Z"

# Rules that read a day without its month: after a day with its month in the same sentence,
# the day is of that month (`4月5日開幕，6日閉幕`)
BARE_DAY_RULES = ("d", "d_list", "range_days_bare")
# Rules that read a day of a list (`13、14、20、21日`): the days after it in the list are of its month
LIST_DAY_RULES = ("d_list",)

# ---------------------------------------------------------------- joining neighbours
RANGE_PREFIX = r"(?:从|自|由)"
RANGE_GAP = SP + r"(?:至|到|~|～|-|—|－|–)" + SP
RANGE_SUFFIX = None
DATETIME_GAP = SP
# ---------------------------------------------------------------- tense of the sentence
TENSE_FUTURE = r"订于|定于|将于|将要|将|计划|拟|预计|即将|准备|有望|预定|前完成|前完工|之前完成"   # (10月底前完成: a deadline)
# 了 also ends 为了 (so that), 除了 (besides) and starts 了解 (understand), none of them past; 日前
# (lately) is no past where 日 ends a day (12月1日前, 截止日前: before that day, a deadline), nor
# where the report itself is dated (市府日前公告，新制自5月1日起實施: what is announced lies ahead)
_REPORT_VERB = r"公告|公布|宣布|发布|表示|指出|说明|强调|提醒|通知"
TENSE_PAST = (r"已经|已于|已|曾经|曾|(?<![为除])了(?!解)|此前|(?<![\d０-９〇○零一二三四五六七八九十止当该本同次节假期生])日前(?!"
              + _REPORT_VERB + ")")
TENSE_SCOPE = "both"
REPORTED = r"(?:表示|指出|宣布|说明|强调)"
# Today told with its day of the month (`今（1）日`, `今(12)日`): the release's own day, the one nearest the
# anchor, whatever the tense of the sentence after it (`今（1）日簽署協定，雙方將…`).
TODAY_NUMBERED = r"今\s?[(（]"
# A gathering named right before `當天`/`當日` (`論壇當天`, `活動當日`; Simplified, as the text is folded): the day of
# the gathering the text dated last, however far back.
NAMED_DAY = r"(?:论坛|活动|会议|典礼|仪式|展览|大会|研讨会|说明会|记者会)\s?$"
SENTENCE_END = r"[。！？!?；]|\n"
# A headline's parts are set apart by spaces, each with its own tense (房屋稅已開徵完畢 地價稅11月開徵)
TENSE_END = SENTENCE_END + r"|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])"
# The clause a date opens, told up to its comma (no span's word, no time of day): a tense marker after
# that comma is the next clause's (`27日在利雅得與A簽署協議，雙方將…`, `於1月25日抵臺，B也將於2月8日抵達`);
# a date with only its span's word or its time of day goes on (`5月1日起，將實施…`, `3月5日上午，將…`).
CLAUSE_AFTER = r"(?![^，,。；]*?(?:起|至|止|前|后|上午|下午|中午|晚上|晚间|凌晨|早上|当天|当日|左右))[^，,。；\n]{2,}[，,]"
