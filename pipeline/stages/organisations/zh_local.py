"""Chinese local bodies and units, and the small checks the name reader asks of them.

Taiwan's city and county releases name the bodies of local life in forms the main reader (`zh.py`:
a name read leftwards from its organisation word over the segmenter's nouns) does not see alone:
a village's office (`显宫里办公处`), a community development association whose community the
segmenter reads as a verb (`显宫` + `社区发展协会`), a district it cuts apart (`后` + `壁区`), a
city's own body (`台南市` + `立` + `交响乐团`) or government by its short form (`南市府`), a
university's college or centre (`中央研究院` + `数位文化中心`). And some names in the form of a
body are none: a venue (`…艺文中心`, `新营文化中心`), a kind counted or pointed at (`3所大学`,
`这些协会`, `各` + `区公所`), a later mention whose reading stopped inside a longer name
(`中小及` + `新创企业署`). Each function here answers one such question, on the Simplified fold
of the text and the segmenter's words (`zh_segments.py`).
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from ...nlp.lexicon import word_tuple
from ...nlp.places import is_place
from ...nlp.script import fold_han
from .zh_segments import (
    BREAKS,
    GENERIC_HEADS,
    HAN,
    common_words_only,
    in_name,
    places_only,
    word_holding,
    word_of_one,
    words_between,
)

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Names in 中心 of buildings and venues (`艺文中心`, `游客中心`).
FACILITY_CENTRES: tuple[str, ...] = word_tuple(DATA / "zh_facility_centres.txt")


# --- villages and communities

# A village's office (`显宫里办公处`, `大里区健民里办公处`): two characters of the village's name before 里.
_VILLAGE_OFFICE = re.compile(r"(?:[\u4e00-\u9fff]{2}区)?[\u4e00-\u9fff]{2}里办公处")
_NOT_IN_VILLAGE = set("各每该本其或及与和跟同、的在向至由洽于及等")


def village_offices(text: str):
    """Spans of the village offices named in (folded) Chinese text."""
    for m in _VILLAGE_OFFICE.finditer(text):
        start = m.start()
        if m.group(0).find("区") == 2 and any(ch in _NOT_IN_VILLAGE for ch in text[start:start + 2]):
            start += 3   # (the district's two characters are no name: `洽各区` …)
        if not any(ch in _NOT_IN_VILLAGE for ch in text[start:m.end() - 4]):
            yield (start, m.end())


def community_name_start(text: str, words, start: int) -> int:
    """Where the name of the community whose development association begins at `start` begins
    (`显宫` + `社区发展协会`): the one word of one to three characters right before it, whatever
    its part of speech (the segmenter reads unknown place names as verbs), where a clause, list
    item or district begins before that word (`，`, `、`, `与`, `…区`, `…里`); else `start`."""
    prev = word_holding(words, start - 1)
    if prev is None or prev[1] != start or not 1 <= prev[1] - prev[0] <= 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in prev[2]) \
            or prev[2] in BREAKS or fold_han(prev[2]).startswith(GENERIC_HEADS) or prev[3] in ("r", "p", "c", "uj", "m"):
        return start
    before = text[max(0, prev[0] - 1):prev[0]]
    if prev[0] == 0 or before in "\n，。、；：「『（(与和及跟同 " or fold_han(before) in ("区", "里", "乡", "镇", "村"):
        return prev[0]
    return start


# --- districts, townships and towns

# Common words in 区 for an area, not the end of a district's name (`该社区`, `各地区`, `本园区`).
_AREA_WORDS = {"社区", "地区", "园区", "校区", "小区", "辖区", "灾区", "郊区", "景区", "街区", "专区", "特区", "厂区"}


def begins_a_district(words, at: int) -> bool:
    """The character at `at` is the first of a district's, township's or town's name that the
    segmenter cut after it (新 + 营区, 新 + 市区): a word of two characters in 区, 乡 or 镇 follows."""
    w = word_holding(words, at + 1)
    return w is not None and w[0] == at + 1 and w[1] - w[0] == 2 and fold_han(w[2]).endswith(("区", "乡", "镇")) \
        and fold_han(w[2]) not in _AREA_WORDS


def district_start(text: str, start: int, words) -> int:
    """Where a name that begins with a district's, township's or town's word begins: the
    segmenter cuts Taiwan's district names it does not know (`后` + `壁区`, `七股` + `区`), and a
    district is named by two characters or more before its word."""
    w = word_holding(words, start)
    if w is None or w[0] != start or not fold_han(w[2]).endswith(("区", "乡", "镇")) or w[1] - w[0] > 2:
        return start
    if _COUNTED_BEFORE.search(text, max(0, start - 6), start):
        return start   # 3所 + 社区大学: a count, not a district's first character
    prev = word_holding(words, start - 1)
    need = 3 - (w[1] - w[0])   # characters the district's name still lacks
    if prev is None or prev[1] != start or prev[1] - prev[0] > need or not all(HAN.match(ch) for ch in prev[2]) \
            or prev[2] in BREAKS or prev[2] in ("、", "，"):
        return start
    return prev[0]


def item_start(text: str, start: int, words) -> int:
    """Where a name that is an item of a list begins (`佳作：崁头山咖啡馆`, `、东之选咖啡园`): right
    after the colon or the enumeration comma, where at most three characters lie between it and
    the name read so far, all words of one character or names (rare characters the segmenter cuts
    apart: 崁/yg, 锄/v, 选/v), none a break word (`、由`, `：在`)."""
    starts, ws = words
    k = bisect.bisect_right(starts, start - 1) - 1
    at = start
    while k >= 0 and start - ws[k][0] <= 3 and ws[k][1] == at and ws[k][2] not in BREAKS and (
            ws[k][1] - ws[k][0] == 1 and HAN.match(ws[k][2]) or ws[k][3] in ("nr", "ns", "nz", "n")):
        at = ws[k][0]
        k -= 1
    return at if at < start and text[at - 1:at] in ("：", "、") else start


# --- a city's or county's own bodies

def run_by_a_place(ws, k: int) -> bool:
    """The segmenter's word `k` is the 立 of a city's or county's own body (台南市 + 立 + 交响乐团,
    高雄市 + 立 + 凯旋医院, 新北 + 市立 + 板桥国中: municipal), which it reads as a verb."""
    if k == 0 or ws[k - 1][1] != ws[k][0]:
        return False
    word, before = fold_han(ws[k][2]), fold_han(ws[k - 1][2])
    return word == "立" and before.endswith(("市", "县", "省")) and len(before) >= 2 \
        or word in ("市立", "县立") and (is_place(before) or ws[k - 1][3] == "ns")   # 新北 + 市立 + 板桥国中


# A city's or county's government by its short form (`台南市政府` -> `南市府`, `嘉义县政府` -> `嘉县府`).
SHORT_GOVERNMENTS = ("市府", "县府")


def short_government(text: str, end: int) -> bool:
    """`南市府`, `高市府`, `嘉县府` ending at `end` of the (folded) text: a city's or county's government
    by one character of its place, where the release names the place in full (`台南市`); not a
    bare `市府` or a verb before it (`代表市府`), and not where the release gives the full
    `…市政府` whose place holds the character (`台南市政府`), which stands for it (unless the full
    name is only part of a bureau's, `台南市政府都发局`)."""
    start = end - 3
    if start < 0:
        return False
    mark, unit = text[start], text[start + 1]
    if not HAN.match(mark) or mark in BREAKS:
        return False
    full = re.compile(rf"([\u4e00-\u9fff]{{1,3}}){unit}政府(?![\u4e00-\u9fff]{{0,4}}(?:局|处|署|委员会))")
    if any(mark in m.group(1) for m in full.finditer(text)):
        return False
    place = re.compile(rf"[\u4e00-\u9fff]{{0,2}}{mark}[\u4e00-\u9fff]{{0,2}}?{unit}(?!府)")
    return bool(place.search(text, 0, start) or place.search(text, end))


# --- a university's or academy's units

# Universities and academies, and the units named right after them: colleges, institutes, centres,
# laboratories, departments, its orchestras and choirs (`国立中兴大学` + `农业暨自然资源学院`).
SCHOOL_PARENTS = ("大学", "研究院", "科学院")
_SCHOOL_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:研究中心|研究所|学院|中心|实验室|学系|医学部|乐团|合唱团)")


def school_unit_end(text: str, words, end: int) -> int | None:
    """Where a unit named right after the university or academy ending at `end` ends (`剑桥大学` +
    `三一学院`, `中央研究院` + `数位文化中心`), or None where no unit's name follows."""
    school_unit = _SCHOOL_UNIT_AFTER.match(text, end) if text[:end].endswith(SCHOOL_PARENTS) else None
    if school_unit and _unit_words_only(words, end, school_unit.end()):
        return school_unit.end()
    whole = word_holding(words, end - 1) if school_unit is not None else None
    if whole is not None and school_unit is not None and whole[3] == "nt" and whole[0] < end and whole[1] == school_unit.end():
        return whole[1]   # (`中国科学院自动化研究所`: the segmenter reads the academy and its institute as one body's name)
    return None


def _unit_words_only(words, start: int, end: int) -> bool:
    """The segmenter's words from `start` to `end` all begin and end inside it and may stand in a
    name (nouns; 暨 joining two fields), none a break word: a unit's name, not a clause."""
    starts, ws = words
    k = bisect.bisect_left(starts, start)
    if k >= len(ws) or ws[k][0] != start:
        return False
    for w in ws[k:]:
        if w[0] >= end:
            return True
        if w[1] > end or w[2] in BREAKS or not (in_name(w) or w[2] == "暨"):
            return False
    return True


# --- names in the form of a body that are none

def is_venue(name: str, words, start: int, end: int) -> bool:
    """The name in 中心 at `start`..`end` is a building's or venue's, where things are held (`吴园艺文中心`),
    or a place's cultural centre (`新营文化中心`; not `中央研究院数位文化中心`)."""
    return name.endswith(FACILITY_CENTRES) or name.endswith("文化中心") and places_only(words, start, end - len("文化中心"))


NUMERAL = r"[0-9〇一二两三四五六七八九十百千]"
CLASSIFIERS = "所家个间位名座支"
# A number and its classifier (`28所`, `3家`), which count the names after them.
COUNTED = rf"{NUMERAL}+[{CLASSIFIERS}]"
# Words that count or point at the bodies of a kind (`一些旅游公司`, `这些协会`, `3家银行`): what follows
# them is a kind, not one body's name.
_COUNTED_BEFORE = re.compile(rf"(?:{NUMERAL.replace(']', '几数多')}+[所家间座]|一些|许多|不少|部分|这些|那些|其他|其它|众多|若干|所有|诸多|多数|少数)$")


def counted_kind(text: str, words, start: int, ending_start: int) -> bool:
    """The name read from `start` is a kind of body counted or pointed at (`3所大学`, `一些旅游公司`,
    `这些协会`, `28所偏乡国小`): a count or pointer stands right before it, and only common words lie
    between it and the organisation word at `ending_start`, or at least no word the segmenter tags as
    a person's, a place's or a body's name (not a name of its own: `许多国民党人`)."""
    return bool(_COUNTED_BEFORE.search(text, max(0, start - 6), start)) and (
        ending_start <= start or common_words_only(words, start, ending_start)
        or not any(w[3].startswith(("nr", "ns", "nt", "nz", "eng")) for w in words_between(words, start, ending_start)))


def each_of_a_kind(text: str, words, start: int, end: int | None = None) -> bool:
    """`各` or `每` stands as a word right before the name read from `start` (`各` + `区公所`,
    `各` + `区长照管理中心`), or inside it after a place (`新竹县` + `各` + `乡镇市公所`): each body of a
    kind, no one body's name."""
    if text[start - 1:start] in ("各", "每") and word_of_one(words, start - 1):
        return True
    return end is not None and any(text[p] in ("各", "每") and (word_holding(words, p) or (-1,))[0] == p
                                   for p in range(start + 1, end - 1))   # (jieba may glue it on: `各乡镇`)


def cut_from_a_longer_mention(text: str, span: tuple[int, int], names: set[str]) -> bool:
    """The name at `span` is the end of a longer name found elsewhere in the text, and the
    characters right before it are that longer name's (`中小及` + `新创企业署` of `经济部中小及新创企业署`):
    a mention of the longer body whose reading stopped early (at 及), not a body of its own."""
    s, e = span
    short = text[s:e]
    for name in names:
        if len(name) > len(short) + 1 and name.endswith(short):
            rest = name[:-len(short)]
            if s >= 2 and rest.endswith(text[s - 2:s]):
                return True
    return False


# Countries a foreign city is named after in Taiwanese releases (`日本熊本市`), folded to Simplified.
_ABROAD = "日本|韩国|美国|德国|法国|泰国|越南|菲律宾|印尼|马来西亚"
# A city or a county at a clause's head, then a word of acting (folded to Simplified): `台南市亦摘下…`,
# `台南市将从10月28日起试办…`, `熊本县更在台南设立办事处`. The place acts as its government, a body;
# elsewhere it is a place (`在台南市举办`, `台南市17件作品`).
_ACTING_PLACE = re.compile(r"(?:^|(?<=[\n，。；、！？\s「“]))([\u4e00-\u9fff]{2,3}[市县])"
                           r"(?=将|亦|也|更|已|共|再|今年|去年|荣获|勇夺|摘下|获得|获颁|成立|设立|签署|签订|举办|与|和)"
                           # … or the party a deal is made with (`與日本熊本市締結友好城市`, `和高雄市簽署`)
                           rf"|(?<=与|和|同|跟)((?:{_ABROAD})?[\u4e00-\u9fff]{{2,3}}[市县])"
                           # (its head and the head's name between: `與千葉縣知事熊谷俊人共同簽訂`)
                           r"(?=(?:(?:知事|市长|县长|州长|省长|议长)[\u4e00-\u9fff]{2,5}?)?(?:[^，。；]{0,4})(?:签署|签订|缔结|结盟|结为|共同|合作|交流))")


def acting_places(original: str):
    """Spans of cities and counties that act at the head of their clause."""
    text = fold_han(original)
    for m in _ACTING_PLACE.finditer(text):
        g = 1 if m.group(1) else 2
        name = re.sub(rf"^(?:{_ABROAD})", "", m.group(g))
        if is_place(name) or is_place(name[:-1]) or name.endswith("县"):   # (Taiwan's counties are no cities of the list)
            yield m.start(g), m.end(g)
