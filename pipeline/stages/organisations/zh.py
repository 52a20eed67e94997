"""Chinese organisation rule data and patterns: names ending in 公司, 集团, 研究院, 政府 …

A name is read leftwards from its organisation word over the nouns jieba's part-of-speech tagger
finds (names of places and bodies, common nouns), up to anything else: a verb, preposition,
adverb, pronoun, time word or particle (`表达对`, `将配合`, `至`, `当天`), punctuation, a date, or
20 characters. Organisation words in a row (`招商局集团`, `集团有限公司`, `台南市政府工务局`) extend one
name, and a bracket inside a name (`中海石油（中国）有限公司`) is part of it. Traditional text
(Taiwan, Hong Kong) is read through a character fold to Simplified, with offsets unchanged.

Here are the organisation words and the reader itself; the questions it asks of the segmenter's
words are in `zh_segments.py`, and the small finders and checks for local bodies and units
(village offices, community associations, districts, a city's own bodies, a university's units,
venues, kinds counted or pointed at, cut-off repeat mentions) in `zh_local.py`.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from ...nlp.lexicon import ZH_NAME_VERBS, org_endings, word_tuple
from ...nlp.places import is_country, is_place, registration_mark_end
from ...nlp.script import fold_han
from ...nlp.zh_words import pos_words
from .zh_local import (
    CLASSIFIERS,
    COUNTED,
    NUMERAL,
    SHORT_GOVERNMENTS,
    begins_a_district,
    community_name_start,
    counted_kind,
    cut_from_a_longer_mention,
    district_start,
    each_of_a_kind,
    is_venue,
    item_start,
    run_by_a_place,
    school_unit_end,
    short_government,
    village_offices,
)
from .zh_segments import (
    BREAKS,
    GENERIC_HEADS,
    HAN,
    PLACE_ENDS,
    common_words_only,
    in_name,
    industries_only,
    inside_a_verb,
    inside_a_word,
    starts_a_noun,
    verb_from,
    word_holding,
    word_of_one,
    words_from,
)

DATA = Path(__file__).with_name("data")   # this stage's word lists

SUFFIX_KIND: dict[str, str] = org_endings("zh", "suffix_finder")   # nlp/data/organisation_endings.tsv
WEAK = {"中心", "局", "部", "署", "联盟", "处", "办公室"}
# Investors named by their capital (`高瓴资本`, `达晨创投`), unless the word before says what kind of
# capital it is.
CAPITAL = {"资本", "创投"}
CAPITAL_GENERIC = {"社会", "风险", "国有", "民间", "外国", "私人", "产业", "金融", "国际", "境外", "外资", "工商",
                   "两国", "国家", "政府", "人力", "自有", "长期", "短期", "海外", "中国", "美国", "韩国"}
# Stems a ministry (…部) or bureau (…局) name ends in before its organisation word.
MINISTRY_STEMS: tuple[str, ...] = word_tuple(DATA / "zh_ministry_stems.txt")
# After a government, the bureau it runs: 台南市政府 + 工务局, 卫生福利部 + 长期照顾司 is one name; not after a word that
# joins two bodies (`工业和信息化部与国家发展和改革委员会`: two).
# Words that join two names in a list (`经济部及卫生福利部`, `A、B与C`), in the Simplified fold.
CONJUNCTIONS = ("与", "和", "及", "、")
_JOINERS = CONJUNCTIONS + ("同", "跟", "向", "对", "在", "由", "为")
# A body's branch (`嘉義分署`, `永康分局`), which jieba may tag as a verb (`分署`/v): a unit, named with its body.
_BRANCHES = ("分署", "分局", "分处")
BUREAU_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:局|处|署|委员会|办公室|(?<!公)司)")
# An agency after the Japanese ministry it belongs to (`国土交通省` + `观光厅`), not its head's title (`厅长`).
_AGENCY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?厅(?!长(?!官))")
# A research institute or station after the ministry or agency that runs it (`农业部` + `农业试验所`).
_INSTITUTE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:试验所|研究所|改良场|试验场|试验中心|研究中心)")
_MINISTRY_ENDS = ("部", "署", "委员会")
# A ministry right after the cabinet (`行政院` + `农业部`): its stem, then 部.
_MINISTRY_AFTER = re.compile(r"([\u4e00-\u9fff]{1,6}?)部")
# Organisation words that alone name one body where a release stands (`国会`, `议会`, `总统府`),
# unless a member of it follows (`国会议员`, `议会议长`).
_FOUNDATION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?基金会")
SELF_NAMED = {"国会", "议会", "总统府", "立法院", "行政院", "国务院", "众议院", "参议院"}
MEMBER_AFTER = ("议员", "议长", "副议长", "员")
# 联合 (jointly, a break) right before the organisation word is part of the name: 台北市立联合医院, 国立联合大学.
JOINT = ("联合",)
# Words in 会 for a gathering (`音乐会`, `奥运会`, `说明会`): no committee's contraction.
GATHERINGS: tuple[str, ...] = word_tuple(DATA / "zh_gatherings.txt")
# Words in 会 for a kind of body that belongs to another (`家长会`, `董事会`): no committee's contraction.
KIND_COMMITTEES = frozenset(word_tuple(DATA / "zh_kind_committees.txt"))
# What follows 党 where the party was named before it (`民进党党团`) or it is no party's name.
PARTY_PARTS = ("团", "部", "员", "籍", "务", "纲", "派", "性", "内", "外", "史", "产")
# Schools, whose division follows as a word in 部 (`长荣高中国中部`).
SCHOOLS = ("国中", "国小", "高中", "中学", "小学")

_ENDINGS = "|".join(sorted(SUFFIX_KIND, key=len, reverse=True))
_ENDING = re.compile(rf"(?:{_ENDINGS})")
_ENDINGS_LONGEST_FIRST = sorted(SUFFIX_KIND, key=len, reverse=True)
MAX_CHARS = 20
# The head of a body named right after it (`经发局局长`, `工务局局长`): the second organisation
# word begins a title, it does not extend the name.
TITLE_AFTER = ("长", "主任")


def kind_by_ending(name: str) -> str | None:
    """The kind of body a Chinese name's organisation word says (`…局` government, `…大学`
    education), by its longest ending; None where no organisation word ends it."""
    folded = fold_han(name)
    ending = next((e for e in _ENDINGS_LONGEST_FIRST if folded.endswith(e)), None)
    if ending:
        return SUFFIX_KIND[ending]
    # the endings the rules do not read names by still say a kind (`世界卫生组织`, `…医院`, `…法院`)
    ending = next((e for e in _KIND_ENDINGS_LONGEST_FIRST if folded.endswith(e)), None)
    return _KIND_ENDINGS[ending] if ending else None


_KIND_ENDINGS: dict[str, str] = org_endings("zh", "ner_clean")
_KIND_ENDINGS_LONGEST_FIRST = sorted(_KIND_ENDINGS, key=len, reverse=True)


def find(original: str):
    """(span, kind) of each organisation name in Chinese text (Simplified or Traditional)."""
    text = fold_han(original)
    words = pos_words(original)
    # a firm's country before its name, as Taiwanese text writes it (`德商默克集團`, `荷蘭商恩智浦`): what the
    # firm is, no part of its name (places.registration_mark_end)
    found = [((m, e), kind) if (m := registration_mark_end(text, s)) > s and e - m > 2 else ((s, e), kind)
             for (s, e), kind in _by_endings(text, words)]
    found += [(span, "government") for span in village_offices(text)
              if not any(s < span[1] and span[0] < e for (s, e), _ in found)]
    commissions = [m.span() for m in _STATE_COMMISSION.finditer(text)]
    found += [((cs, ce), "government") for cs, ce in commissions
              if not any(s < ce and cs < e and not (s == cs and e < ce) for (s, e), _ in found)]
    found = [(span, kind) for span, kind in found if not any(cs == span[0] and span[1] < ce for cs, ce in commissions)]
    found += [(span, "other") for span in _after_a_legal_form(text)
              if not any(s < span[1] and span[0] < e for (s, e), _ in found)]
    names = {text[s:e] for (s, e), _ in found}
    found = [(span, kind) for span, kind in found if not cut_from_a_longer_mention(text, span, names)
             and not _describes_a_latin_name(text, words, span)]
    yield from found
    for span in _committees(text, words):
        if not any(s < span[1] and span[0] < e for (s, e), _ in found):
            yield span, "government"


# A state commission by its short form (folded to Simplified): `国家发改委`, `国家发展改革委`, `国家卫健委`,
# `国务院国资委`; 委 ends it (not 委员会, a title after it, nor a verb: `委托`).
_STATE_COMMISSION = re.compile(r"(?:国家|国务院)[\u4e00-\u9fff]{1,6}?委(?![员会托任屈派身])")


# A foundation's, an association's or an administrative body's legal form, then its name up to the bracket
# of its short form (`財團法人資訊工業策進會（資策會）`, folded to Simplified): a body, whatever its last word.
_LEGAL_FORM_THEN_NAME = re.compile(r"(?:财团法人|社团法人|行政法人)([\u4e00-\u9fff]{3,16})(?=[（(][\u4e00-\u9fffA-Za-z]{2,12}[)）])")


# … or, no bracket after it, up to an organisation word that a break follows (`財團法人資訊工業策進會合作`,
# `財團法人中華民國會計研究發展基金會今日`: not the `會` inside `會計`).
_LEGAL_FORM = re.compile(r"(?:财团法人|社团法人|行政法人)(?=[\u4e00-\u9fff])")
_LEGAL_NAME_END = re.compile(r"(?:会|院|中心|所)(?![长员])")
_AFTER_A_NAME = ("今", "昨", "明", "于", "在", "将", "共同", "合作", "主办", "举办", "协办", "的", "等", "已", "也", "亦", "为",
                 "对", "针对", "日前", "近日", "副", "董事", "理事", "执行长", "秘书长")


def _after_a_legal_form(text: str):
    for m in _LEGAL_FORM_THEN_NAME.finditer(text):
        yield m.start(), m.end(1)
    for m in _LEGAL_FORM.finditer(text):
        if _LEGAL_FORM_THEN_NAME.match(text, m.start()):
            continue
        window = re.match(r"[\u4e00-\u9fff]{2,18}", text[m.end():])
        if not window:
            continue
        stop = m.end() + window.end()
        for end in (e.end() for e in _LEGAL_NAME_END.finditer(text, m.end() + 2, stop)):
            if end == stop or text.startswith(BREAKS + _AFTER_A_NAME, end):
                yield m.start(), end
                break


def _committees(text: str, words):
    """A committee by its contraction in three characters (`研考会`, `国发会`, `客委会`): a word in
    会 the segmenter knows as an organisation's name or an abbreviation, or two characters before
    委会; not a member or head of it (`陆委会主委` still names it), nor a meeting (`记者会`, `说明会`
    are common nouns)."""
    starts, ws = words
    for i, (s, e, w, flag) in enumerate(ws):
        if fold_han(w).endswith(GATHERINGS) or fold_han(w) in _KIND_ENDINGS or fold_han(w) in SUFFIX_KIND \
                or fold_han(w) in KIND_COMMITTEES:
            continue   # a gathering (`音乐会`, `奥运会`), or a kind of body alone (`联合会`, `家长会`): no contraction
        if e - s == 3 and w.endswith("会") and flag in ("nt", "j") and HAN.match(w[0]) and not (
                i > 0 and ws[i - 1][1] == s and ws[i - 1][3] in ("n", "vn") and ws[i - 1][2] not in BREAKS):
            yield (s, e)   # (not the end of a longer name, glued to a common noun: `艺术团体` + `联合会`)
        elif w == "委会" and i > 0 and ws[i - 1][1] == s and ws[i - 1][1] - ws[i - 1][0] == 1 \
                and HAN.match(ws[i - 1][2]) and ws[i - 1][2] not in BREAKS:
            yield (s - 1, e)


# A police or fire bureau's precinct, brigade or squad, named after it.
_UNIT_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?分局|第?[一二三四五六七八九十0-9]{1,3}(?:大队|中队|分队))")
# A university's or college's own hospital or school, named after it: (its medical college and) 附设/附属 …
# 医院 (`成功大學附設高中`, `臺大醫學院附設醫院`).
_HOSPITAL_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?学院)?附(?:设|属)[\u4e00-\u9fff]{0,6}?"
                             r"(?:医院|高级中学|高中|中学|国中|国小|小学|实验学校|幼儿园)")


def _nouns_of_a_field(words, start: int, end: int) -> bool:
    """`text[start:end]`, a bureau's or office's name, is three or more characters of nouns the
    segmenter cuts there, none a verb, a time or a function word: the field a unit of the body before
    it is named for (`經濟部` + `標準檢驗局`, `臺北市政府` + `觀光傳播局`)."""
    inside = words_from(words, start, end)
    return end - start >= 3 and bool(inside) and inside[0][0] == start and inside[-1][1] == end \
        and all(w[3] in ("n", "nz", "vn", "nt", "ng") for w in inside)


def _field_then_unit(words, start: int, end: int) -> bool:
    """`text[start:end]` is nouns the segmenter cuts there, the last word alone allowed to be the unit's
    one character it reads otherwise (`农业试验`/n + `所`/u): a research unit's name after its ministry."""
    inside = words_from(words, start, end)
    if len(inside) > 1 and inside[-1][1] == end and inside[-1][1] - inside[-1][0] == 1:
        return _nouns_of_a_field(words, start, inside[-1][0])
    return _nouns_of_a_field(words, start, end)


def _office_of_a_place(words, start: int, head_end: int) -> bool:
    """The head of a …局/…处 name is a city or county and the field it serves, in nouns or a body's
    verbs (`臺中市` + `就業服務`, `高雄市` + `勞工`): a local government's bureau or office, named by
    its place (not `臺中市` + `停車處`, one word of the segmenter's: a place to park)."""
    place, *rest = words_from(words, start, head_end) or [(0, 0, "", "")]   # (the last may hold the office word: 服务处)
    if place[0] != start or place[3] != "ns" or not is_place(place[2]) or head_end - place[1] < 2:
        return False
    # (two words or more: one dictionary word after the place is a kind of spot, `停车处`)
    return len(rest) >= 2 and rest[-1][1] >= head_end and all(w[3] in ("n", "vn", "nz", "l") or w[2] in ZH_NAME_VERBS for w in rest)


def _time_or_preposition_in(words, start: int, end: int) -> bool:
    """A time word or a preposition among the segmenter's words in `text[start:end]` (`今日`, `在`):
    a clause, no unit's name."""
    return any(w[3] in ("t", "p") for w in words_from(words, start, end))


def _by_endings(text: str, words):
    last_end = -1
    for m in _ENDING.finditer(text):
        if m.start() < last_end:
            continue
        if text[m.start() - 1:m.start()] == "副" and text.startswith("长", m.end()):
            continue   # a deputy's title (越南农业与环境部 + 副部长, 副局长): the body's word ended before it
        if m.group(0) == "省" and not text[:m.start()].endswith(MINISTRY_STEMS):
            continue   # a province (广东省), part of a name that goes on; Japan's ministries are named by their stem (厚生劳动省)
        w = word_holding(words, m.end() - 1)
        if w is not None and m.start() < w[0] < m.end() < w[1] and text[w[0]:w[1]].endswith(tuple(SUFFIX_KIND)):
            continue   # 史国 + 中央银行: a word of another organisation begins inside this organisation word
        end = m.end()
        precinct = False
        of_a_government = False   # a bureau or office named with the government body before it
        # Organisation words in a row, or a bracket then more name, make one name.
        while True:
            nxt = _ENDING.match(text, end)
            if nxt and nxt.group(0) in SCHOOLS and text.startswith("部", nxt.end()):
                break   # 长荣高中 + 国中部: the school and its division, named by the school
            if nxt and nxt.group(0) == "党" and text[:end].endswith("党"):
                break   # 民进党 + 党团: the party, then its caucus
            if nxt and verb_from(words, end) and not nxt.group(0).startswith(("附设", "附属")):
                break   # 行政院 + 部署, 经济部 + 签署: a verb follows the name, no organisation word
                # (附设医院, 附属中学: the segmenter's verb opens the attached hospital's or school's word)
            if nxt and not text.startswith(TITLE_AFTER, nxt.end()):   # 经发局 + 局长: a title, not a unit
                end = nxt.end()
                continue
            mid = word_holding(words, end) if _company_ending(text, end) else None
            after_mid = _ENDING.match(text, mid[1]) if mid is not None and mid[0] == end and mid[1] - mid[0] == 2 \
                and mid[3] in ("n", "vn") and mid[2] not in _INVESTING_WORDS else None
            if mid is not None and after_mid and _company_ending(text, after_mid.end()) and not verb_from(words, mid[1]):
                end = after_mid.end()   # 星海资本 + 管理 + 公司: a firm's field between two company words, one name
                continue
            agency = _AGENCY_AFTER.match(text, end) if text[:end].endswith("省") else None
            if agency and not _time_or_preposition_in(words, end, agency.end()):
                end = agency.end()   # a Japanese ministry's agency (国土交通省 + 观光厅) is named by both
                continue
            bureau = BUREAU_AFTER.match(text, end) if text[:end].endswith(("政府", "院", "部", "会", "署")) else None
            first = word_holding(words, end) if bureau else None
            if first is not None and first[0] == end and first[2] in BREAKS:
                bureau = None   # 本署 + 将 + 分署办理: a clause runs on, no unit named
            if bureau and verb_from(words, bureau.end() - 1) and not bureau.group(0).endswith(_BRANCHES):
                bureau = None   # 台南市政府 + 签署, 医院 + 签署: the unit word ends a verb, no bureau
            foundation = _FOUNDATION_AFTER.match(text, end) if text[:end].endswith(("银行", "公司", "集团", "企业")) else None
            if foundation:
                end = foundation.end()   # a company's foundation (台新银行 + 文化艺术基金会) is named by both
                continue
            brigade = _UNIT_AFTER.match(text, end) if text[:end].endswith("局") else None
            if brigade:
                end, precinct = brigade.end(), True   # a bureau's precinct or brigade (警察局 + 永康分局, 消防局 + 第三大队)
                continue
            hospital = _HOSPITAL_AFTER.match(text, end) if text[:end].endswith(("大学", "学院")) else None
            if hospital:
                end = hospital.end()   # a university's hospital or school (台湾大学 + 医学院附设医院) is named by both
                continue
            unit_end = school_unit_end(text, words, end)
            if unit_end is not None:
                end = unit_end   # a university's college or centre (剑桥大学 + 三一学院, 中央研究院 + 数位文化中心) is a unit of it
                continue
            if bureau and text[:end].endswith("会") and not bureau.group(0).endswith("委员会") \
                    and not (text[:end].endswith("委员会") and bureau.group(0).endswith(("局", "署", "处"))):
                bureau = None   # an association's committee (体育总会 + 龙舟委员会) is named by both; nothing else of it
            if bureau and _time_or_preposition_in(words, end, bureau.end()):
                bureau = None   # 台南市政府 + 今日宣布成立新闻局: a clause runs on to another body
            if bureau:
                unit = bureau.group(0)
                stem = re.sub(r"(?:局|处|署|委员会|办公室|司)$", "", unit)
                if stem and not stem.startswith(_JOINERS) and (stem in MINISTRY_STEMS or stem.endswith(MINISTRY_STEMS)
                                                               or unit.endswith(("委员会", "署", "管理局", "管理处") + _BRANCHES)
                                                               or unit.endswith("司") and len(stem) >= 2
                                                               or _nouns_of_a_field(words, end, bureau.end())):
                    end, of_a_government = bureau.end(), True   # 台南市政府 + 工务局, 行政院 + 公共工程委员会, 内政部 + 消防署
                    continue
            institute = _INSTITUTE_AFTER.match(text, end) if text[:end].endswith(_MINISTRY_ENDS) else None
            if institute and not verb_from(words, end) and _field_then_unit(words, end, institute.end()):
                end = institute.end()   # a ministry's research institute (农业部 + 农业试验所) is named by both
                continue
            ministry = _MINISTRY_AFTER.match(text, end) if text[:end].endswith(("行政院", "国务院")) else None
            if ministry and ministry.group(1) in MINISTRY_STEMS:
                end = ministry.end()   # the cabinet's ministry (行政院 + 农业部) is named by both
                continue
            br = re.match(r"[（(][\u4e00-\u9fff]{1,6}[）)](?=[\u4e00-\u9fff]{0,6}(?:" + _ENDINGS + "))", text[end:])
            if br:
                tail = _ENDING.search(text, end + br.end())
                between = text[end + br.end():tail.start()] if tail else ""
                if tail and len(between) <= 6 and not any(j in between for j in CONJUNCTIONS) \
                        and (not between or is_place(br.group()[1:-1])):
                    # (中海石油（中国）有限公司, 华芯半导体（北京）科技有限公司: a place in brackets inside the
                    # name; never a short form then another name: 中华邮政公司（中华邮政）与台湾中油公司)
                    end = tail.end()
                    continue
            break
        if _ending_inside_a_word(words, m.start(), end):
            continue   # the organisation word begins a longer common noun: 公安部门, 客运站, 大学生, 公司法
        last_start_floor = last_end
        start = max(_name_start(text, m.start(), words), last_end)  # a name starts after the last organisation word
        inside = re.search(r"[（(]([\u4e00-\u9fff]{2,6})[）)]$", text[max(0, start - 8):start])
        if inside and is_place(inside.group(1)) and start - len(inside.group()) > last_end:
            before = _name_start(text, start - len(inside.group()), words)
            if before < start - len(inside.group()):
                start = max(before, last_end)   # 华芯半导体（北京）+ 科技有限公司: the place in brackets sits inside the name
        start = max(item_start(text, start, words), last_end)
        start = max(district_start(text, start, words), last_end)
        start = max(_bound_start(text, start, words), last_end)
        while start < end - 2 and start == last_end and text[start] in "与和及、":
            start += 1   # (消防局第三大队 + 及 + 永康区卫生所: a name starts after the word joining it to the last)
        name = text[start:end]
        last_end = end
        if start >= end - 1:
            continue   # 12局, 107处: a count of bodies or places, no name left before the organisation word
        if each_of_a_kind(text, words, start, end):
            continue   # 各 + 区公所, 各 + 区长照管理中心: each body of a kind, no one body's name
        if counted_kind(text, words, start, m.start()):
            continue   # 3所大学, 一些旅游公司, 这些协会: a kind of body counted or pointed at, no one body's name
            # (not a name of its own: 许多国民党人, 大部分安德烈学院的学生)
        ending = next((e for e in sorted(SUFFIX_KIND, key=len, reverse=True) if name.endswith(e)), None)
        if ending is None:   # a government and its bureau or agency (内政部消防署): named by both
            yield (start, end), "government"
            continue
        head = name[: len(name) - len(ending)]
        if not head and name in SELF_NAMED:
            if not text.startswith(MEMBER_AFTER, end):
                yield (start, end), SUFFIX_KIND[ending]   # 国会, 总统府: the one body so named
            continue
        if ending == "党" and text.startswith(PARTY_PARTS, end):
            continue   # 党团, 党部, 党员: a caucus, branch or member of a party named before
        if len(head) == 1 and start > max(last_start_floor, 0) and HAN.match(text[start - 1]) \
                and text[start - 1] not in BREAKS and text[start - 1] not in "年月日号届次期第" \
                and not re.match(r"[0-9〇一二三四五六七八九十百]", text[start - 2:start - 1] or "x") \
                and word_of_one(words, start - 1):
            # the segmenter took the first character of a short name for a word (建 + 兴国 + 中 of 建兴国中)
            start -= 1
            name = text[start:end]
            head = name[: len(name) - len(ending)]
        bare = re.sub(r"^(?:中国|韩国|美国|日本|德国|英国|法国)", "", head)
        head_end = start + len(head)
        if ending in SHORT_GOVERNMENTS:
            if short_government(text, end):
                yield (end - 3, end), "government"
            continue
        if head.startswith("社区") and ending == "协会":
            named = community_name_start(text, words, start)
            if named < start:   # 显宫/v + 社区发展协会: the community's name the segmenter took for a verb
                start, head = named, text[named:head_end]
                bare = head
        if head in JOINT:
            continue   # 联合 + 实验室: a joint laboratory, no name (台北市立 + 联合医院 has one)
        if not head or len(head) < 2 or _generic_head(head, start, words, head_end) or \
                (bare != head and _generic_head(bare, head_end - len(bare), words, head_end)):
            continue
        if industries_only(fold_han(head)) and _company_ending(fold_han(name), len(name)):
            continue   # `铁路公司`, `保险公司与科技公司`: a kind of company, named by its trade alone
        if ending == "中心" and is_venue(name, words, start, end):
            continue   # 吴园艺文中心, 新营文化中心: a venue, where things are held
        if len(ending) == 1 and inside_a_verb(words, end - 1) and not name.endswith(_BRANCHES):
            continue   # `签署`, `部署` are verbs, not an agency (署) or a ministry (部)
        if ending == "医院" and end == m.end() and common_words_only(words, start, head_end):
            continue   # 狀況 + 醫院, 相关医院: a hospital is named by its place, founder or own name
        if ending in CAPITAL and (head in CAPITAL_GENERIC or len(head) < 2):
            continue   # 社会资本, 风险资本: capital, not a fund (高瓴资本, 红杉资本)
        if ending in WEAK and not head.endswith(MINISTRY_STEMS) and len(head) < 4:
            continue
        if len(ending) == 1 and _TITLE_THEN_NAME.search(text, max(0, end - 8), end):
            continue   # `福岡縣知事服部`: a title and a person's name that ends in an organisation word (服部)
        if ending in ("部", "局", "处") and not precinct and not of_a_government and not head.endswith(MINISTRY_STEMS) \
                and not head.startswith("国家") and not _office_of_a_place(words, start, head_end) \
                and not re.search(r"[A-Za-z]", head) and not (ending == "部" and _foreign_ministry(head)):
            continue
        if ending == "政府" and end == m.end():
            place = _place_start(words, start, head_end)
            if place is None:
                continue   # 新内阁政府, 代表政府: a government is named by its place only
            last = re.sub(r"[（(]([^（()）]+)[）)]$", r"\1", head)   # 中华民国（台湾）: 台湾
            if any(is_country(last[i:]) for i in range(max(0, len(last) - 6), len(last) - 1)):
                continue   # 中华民国台湾政府, 美国政府: a country's government, a reference, not a body's name
            start = place
        yield (start, end), SUFFIX_KIND[ending]


# A person's title, then one or two characters of a name and the one-character organisation word that ends it
# (folded to Simplified): the end of a person's name (`知事服部`), not a body.
_TITLE_THEN_NAME = re.compile(r"(?:知事|市长|县长|省长|镇长|乡长|区长|部长|局长|署长|处长|主席|总统|总理|议员|议长|大使|董事长|总经理|"
                              r"执行长|主委|院长|校长|理事长|会长|社长)[\u4e00-\u9fff]{1,2}$")


# One character that stands before a name as a word of its own: a preposition or a conjunction (`與鴻海`,
# `由騰訊`, `和阿里巴巴`), folded to Simplified.
_BEFORE_A_NAME = frozenset("与和及跟同由向对在将把被为从经获、")


def known_company_bounded(original: str, start: int, end: int) -> bool:
    """A company's name the registry knows stands in running Chinese as a word (`华为与腾讯签署`,
    `由鴻海`), not as the part of another word (`华为云`, `腾讯会议`): a preposition or conjunction stands
    right before it, or (for a name of three characters or more) the segmenter begins a word at its
    first character; a name of two could be a person's given name (`王強生`). The segmenter ends a
    word at its last character and no noun follows, or no Chinese character follows."""
    text = fold_han(original)
    starts, ws = pos_words(original)
    k = bisect.bisect_right(starts, start) - 1
    begins = k >= 0 and ws[k][0] == start and end - start >= 3 or text[start - 1] in _BEFORE_A_NAME
    if not begins:
        return False
    if end >= len(text) or not HAN.match(text[end]):
        return True
    j = bisect.bisect_right(starts, end - 1) - 1
    if not (j >= 0 and ws[j][1] == end):
        return False
    # (a noun after it goes on with the name or makes it a modifier: `阿里巴巴集团`, `腾讯会议`)
    return j + 1 >= len(ws) or not ws[j + 1][3].startswith("n")


def _describes_a_latin_name(text: str, words, span: tuple[int, int]) -> bool:
    """`德国芯片设计公司MikroTek GmbH`: a kind of company (its country, then common words only) right
    before a Latin name says what the named firm is; it names none itself."""
    s, e = span
    if not re.match(r"\s?[A-Z]", text[e:e + 2]) or not text[:e].endswith(("公司", "企业", "集团", "厂商", "机构")):
        return False
    head_end = e - 2   # (each of those kinds is two characters)
    starts, ws = words
    k = bisect.bisect_left(starts, s)
    while k < len(ws) and ws[k][0] < head_end and (is_country(ws[k][2]) or is_place(ws[k][2]) or ws[k][3] == "ns"):
        k += 1
    return k < len(ws) and ws[k][0] < head_end and common_words_only(words, ws[k][0], head_end)


def _foreign_ministry(head: str) -> bool:
    """`荷兰经济事务及气候政策部`, `法国高等教育及研究部`, `德国联邦经济及气候保护部`: a country's name, then the
    ministry's field of four characters or more (its own words, no stem of ours): another country's ministry."""
    return any(is_country(head[:i]) and len(head) - i >= 4 for i in range(2, min(len(head) - 3, 7)))


def _bound_start(text: str, start: int, words) -> int:
    """Where a name begins whose first word is a character that never stands alone (`症`/zg of
    `感染症医学会`, after `感染`/v): with the word it is bound to, and the name words before that."""
    w = word_holding(words, start)
    if w is None or w[0] != start or w[1] - w[0] != 1 or w[3] not in ("zg", "ng", "g"):
        return start
    prev = word_holding(words, start - 1)
    if prev is None or prev[1] != start or prev[1] - prev[0] > 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in prev[2]) \
            or prev[2] in BREAKS or prev[3] in ("r", "p", "c", "uj", "m", "d"):
        return start
    return _name_start(text, prev[0], words) if prev[0] > 0 else prev[0]


# The tagger's tags for proper nouns: people's, places', institutions' and other names.
_PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})


def _place_start(words, start: int, head_end: int) -> int | None:
    """Where the places before `政府` begin (`代表中华民国台湾政府` -> 中华民国台湾), or None where the
    word right before it is no place."""
    starts, ws = words
    k = bisect.bisect_right(starts, head_end - 1) - 1
    if k >= 0 and ws[k][0] >= start and ws[k][0] < head_end < ws[k][1]:
        # the segmenter's one word for the place and its government (`深圳市政府`, `广州市政府`)
        place = ws[k][2][: head_end - ws[k][0]]
        if not (is_place(place) or is_country(place) or place.endswith(PLACE_ENDS)):
            return None
        if place in PLACE_ENDS and k > 0 and ws[k - 1][1] == ws[k][0] and ws[k - 1][0] >= start \
                and ws[k - 1][3] in _PROPER_TAGS and len(ws[k - 1][2]) >= 2 and ws[k - 1][2] not in BREAKS:
            return ws[k - 1][0]   # 塞格德/nr + 市政府: a foreign city's transliterated name, which the tagger
            # reads as a person's, before its own `市`
        return ws[k][0] if k == 0 or ws[k - 1][1] <= start else _place_start(words, start, ws[k][0]) or ws[k][0]
    found = None
    while k >= 0 and ws[k][0] >= start and ws[k][1] <= head_end:
        w = ws[k]
        k -= 1
        if w[2] in ("(", ")", "（", "）"):
            continue   # 中华民国（台湾）政府
        if not (is_place(w[2]) or is_country(w[2]) or w[2].endswith(PLACE_ENDS)):
            break
        found = w[0]
    return found


def _ending_inside_a_word(words, start: int, end: int) -> bool:
    """The segmenter's word holding the whole organisation word goes on past it as a common noun
    (`部门`, a department; `客运站`, a bus station; `大学生`, students): no name ends there (a word
    that begins on its last character does not hold it: `复兴国中` + `中学生`)."""
    w = word_holding(words, end - 1)
    return w is not None and w[0] <= start and end < w[1] and w[3] in ("n", "vn", "nz", "l") \
        and not (w[2][end - w[0]:].startswith(TITLE_AFTER + MEMBER_AFTER) or w[2].endswith(("长", "主任", "主委"))
                 or w[2][end - w[0]:] == "副")
    # (`经济部长`, `议会议员`, `大学校长`: its head, its member; `环境部` + `副部长` cut as `部副`: its deputy)


def _generic_head(head: str, at: int, words, head_end: int) -> bool:
    """The name is a generic word plus an organisation word (`子公司`, `该公司`, `新公司`); a
    one-character generic word counts only where it stands as a word (`新化高中` is a school)."""
    if criminal_ring(head):
        return True
    if len(head) == 2 and head[0] in _PLACE_INITIALS and head[1] in "子分母总":
        return True   # `在臺子公司`, `駐美分公司`: a company's subsidiary or branch in a place named by its initial
    if len(head) >= 3 and head[-1] in "子分" and is_place(head[:-1]):
        return True   # `欧洲子公司`, `越南分公司`: a subsidiary or branch named by its place only
    g = next((g for g in GENERIC_HEADS if head.startswith(g)), None)
    return g is not None and not (len(g) == 1 and (starts_a_noun(words, at, head_end) or begins_a_district(words, at)))


# Places named by one character before a subsidiary or a branch (folded): Taiwan, the mainland, Hong
# Kong, Macao, America, Japan, Korea, China, Singapore, Europe.
_PLACE_INITIALS = frozenset("台陆港澳美日韩中星欧")


# What an investor does to a company after its name (`高瓴资本投资公司…`): no field of a firm's name.
_INVESTING_WORDS = frozenset({"投资", "入股", "收购", "持有", "参股", "控股"})


def _company_ending(text: str, end: int) -> bool:
    """The text before `end` ends in a company's organisation word (`资本`, `公司`, `集团`)."""
    return kind_by_ending(text[max(0, end - len(_ENDINGS_LONGEST_FIRST[0])):end]) == "company"


# The crimes a gang is named by (Simplified; the text is folded): `詐騙集團`, `犯罪組織`.
_CRIMINAL = re.compile(r"(?:诈骗|犯罪|走私|贩毒|洗钱|黑道)(?:集团|组织|集团公司)?$")


def criminal_ring(name: str) -> bool:
    """A ring of crime (`跨境詐騙集團`, `走私集团`): no body, whatever words lead into it, whoever
    reads it (the suffix finder, the entity model)."""
    return _CRIMINAL.search(fold_han(name)) is not None


def _and_in_ministry(text: str, words, at: int, pos: int) -> bool:
    """`和` or `及` joins the two halves of a government body's name (`工业和信息化部`, `国家发展和改革委员会`,
    `自然资源和规划局`, `国家科学及技术委员会`): a noun of two to four characters before it, at most six after it up to a
    government word."""
    w = word_holding(words, at - 1)
    before_ok = w is not None and w[1] == at and 2 <= w[1] - w[0] <= 4 and w[3] in ("n", "vn", "nz", "ns", "nt", "l") \
        and not text[:at].endswith(tuple(SUFFIX_KIND))   # (`经济部及卫生福利部`: two ministries)
    ending = _ENDING.match(text, pos)
    return before_ok and ending is not None and SUFFIX_KIND.get(ending.group(0)) == "government" and pos - at - 1 <= 6


def _yu_in_ministry(text: str, words, at: int, pos: int) -> bool:
    """`与` joins the halves of a ministry's name that its country opens (`匈牙利` + `外交与对外经济部`),
    not a company and a ministry (`明远科技与工业和信息化部`)."""
    if not text.startswith("部", pos) or "和" in text[at:pos] or not _and_in_ministry(text, words, at, pos):
        return False
    left = word_holding(words, at - 1)
    country = word_holding(words, left[0] - 1) if left is not None and left[0] > 0 else None
    return country is not None and (country[3] == "ns" or is_country(country[2]))


def _opens_a_longer_word(words, at: int, length: int) -> bool:
    """The segmenter reads a longer word starting at `at`, no noun nor name (`对外`/s of `外交与对外经济部`: no
    `对` alone; `由永信`/nr is a name it misread, and `由` still ends the name before it)."""
    w = word_holding(words, at)
    return w is not None and w[0] == at and w[1] - w[0] > length and not w[3].startswith("n")


# Words a name follows that end the clause's verb phrase before it: a preposition of partners, a
# list's comma (folded to Simplified).
_NAME_OPENERS = frozenset(CONJUNCTIONS + ("同", "跟"))


def _split_place_before(words, start: int) -> bool:
    """The two characters before `start` are a city's name the segmenter read as two one-character
    words (台/q + 中/f of 台中), neither a noun."""
    starts, ws = words
    k = bisect.bisect_right(starts, start - 1) - 1
    return k >= 1 and ws[k][1] == start and len(ws[k][2]) == 1 and len(ws[k - 1][2]) == 1 \
        and ws[k - 1][1] == ws[k][0] and not ws[k][3].startswith("n") and not ws[k - 1][3].startswith("n") \
        and is_place(ws[k - 1][2] + ws[k][2])


def _city_then_field(ws, k: int, pos: int) -> bool:
    """The word `ws[k]` right before the organisation word at `pos` is a verb of two characters (a line
    of business: 展览, 投资, 发展) and a city's name (not a country's) stands right before it."""
    w = ws[k]
    return w[1] == pos and w[3] in ("v", "vn") and len(w[2]) == 2 and w[2] not in BREAKS and k > 0 \
        and ws[k - 1][1] == w[0] and ws[k - 1][3] == "ns" and not is_country(ws[k - 1][2])


def _name_start(text: str, pos: int, words=None) -> int:
    start = pos
    if words is not None:
        # leftwards over nouns: a verb, preposition, adverb, pronoun or time word ends the name
        starts, ws = words
        k = bisect.bisect_right(starts, pos - 1) - 1
        # the stem of a government body's name may hold a verb (灾害防救 + 办公室, 防救/v)
        stem = max((len(st) for st in MINISTRY_STEMS if text.endswith(st, 0, pos) and len(st) >= 3
                    and pos - len(st) in starts), default=0)
        if stem:
            start = pos - stem
            k = bisect.bisect_right(starts, start - 1) - 1
        elif k >= 0 and ws[k][0] < pos:
            start = ws[k][0] if (in_name(ws[k]) and HAN.match(ws[k][2][-1])) or ws[k][1] > pos \
                or (ws[k][2] in JOINT and ws[k][1] == pos) else pos
            if start == pos and _city_then_field(ws, k, pos):
                start = ws[k - 1][0]   # 纽伦堡/ns + 展览/v + 公司: a city's firm named by its line of business,
                k -= 1                 # which the tagger reads as a verb
            k -= 1
        if start < pos:   # then leftwards over the nouns before
            while start < pos and k >= 0 and pos - ws[k][0] <= MAX_CHARS and HAN.match(ws[k][2][-1]) and (
                    (in_name(ws[k]) and ws[k][2] not in BREAKS)
                    or (ws[k][2] in ("和", "及") and _and_in_ministry(text, words, ws[k][0], pos))
                    or (ws[k][2] == "与" and _yu_in_ministry(text, words, ws[k][0], pos))
                    or run_by_a_place(ws, k)):
                if text.startswith("国家", start) and not ws[k][3].startswith("n"):
                    break   # no noun before 国家 is part of the state body's name (落实/a + 国家发展和改革委员会;
                    # its country, 中华人民共和国/ns, and a field, 系统集成/n + 国家工程实验室, are)
                start = ws[k][0]
                k -= 1
            if 1 <= k and start < pos and ws[k][1] == start and ws[k][3] == "v" and len(ws[k][2]) == 2 \
                    and ws[k][2] not in BREAKS and ws[k - 1][2] in _NAME_OPENERS and ws[k - 1][1] == ws[k][0]:
                start = ws[k][0]   # 与 + 远航/v + 智联股份有限公司: a company's name opened by a word the
                # tagger reads as a verb, right after the word that lists or governs it
        if start < pos and _split_place_before(words, start):
            start -= 2   # 台/q + 中/f + 港务分公司: a city the segmenter cut in two (a classifier and a locative)
        br = re.search(r"[\u4e00-\u9fff]{2}[（(][\u4e00-\u9fff]{1,6}[）)]$", text[max(0, pos - 12):pos])
        if br and start == pos:   # a bracket right before the organisation word: 中海石油（中国）有限公司
            return _name_start(text, pos - len(br.group(0)) + 2, words)
    while words is None and start > 0 and pos - start < MAX_CHARS:
        if HAN.match(text[start - 1]):
            start -= 1
            continue
        br = re.search(r"[\u4e00-\u9fff]{2}[（(][\u4e00-\u9fff]{1,6}[）)]$", text[max(0, start - 12):start])
        if br and start == pos:  # a bracket right before the organisation word: 中海石油（中国）有限公司
            start -= len(br.group(0)) - 2
            continue
        break
    seg = text[start:pos]
    cut = 0
    for b in BREAKS:
        i = seg.rfind(b)
        if b in JOINT and start + i + len(b) == pos:
            continue   # (联合 + 医院: a joint hospital's name)
        if i >= 0 and not (len(b) == 1 and words is not None and starts_a_noun(words, start + i)) \
                and not (words is not None and inside_a_word(words, start + i, start + i + len(b))) \
                and not (words is not None and _opens_a_longer_word(words, start + i, len(b))):
            if b in ("和", "及") and words is not None and _and_in_ministry(text, words, start + i, pos) \
                    or b == "与" and words is not None and _yu_in_ministry(text, words, start + i, pos):
                continue          # 工业和信息化部, 住房和城乡建设部: one ministry
            cut = max(cut, i + len(b))
    for m in re.finditer(r"[0-9〇一二三四五六七八九十]+[年月日号]", seg):  # a date ends before the name
        cut = max(cut, m.end())
    for m in re.finditer(COUNTED, seg):
        cut = max(cut, m.end())   # a number and its classifier count the names after them (28所国高中)
    if cut == 0 and seg[:1] in CLASSIFIERS and re.match(NUMERAL, text[start - 1:start]):
        cut = 1
    # A kind of organisation before the name describes it (农业科技企业浙江绿禾…有限公司, 在地球团 + a club;
    # an investor's standing, 老股东高瓴资本).
    for m in re.finditer(r"(?:企业|机构|厂商|平台|开发商|发行商|运营商|制造商|供应商|单位|业者|团体|球团|股东|投资方|投资人)", seg):
        if len(seg) - m.end() >= 2:
            cut = max(cut, m.end())
    return start + cut


# `A、B與C等科技大廠`: names listed before 等 and a word for a kind of firm or body (the first may
# be a long name with its legal form, or run on from the words before the list).
_LISTED = re.compile(r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,20}[、，,])(?:[\u4e00-\u9fffA-Za-z0-9]{2,14}[、，,])*[\u4e00-\u9fffA-Za-z0-9]{2,8}(?:[与和及暨][\u4e00-\u9fffA-Za-z0-9]{2,8})?)"
                     r"等(?P<count>(?:[0-9０-９]+|[一二三四五六七八九十百]+)[家所间个])?(?:[\u4e00-\u9fff]{0,3})(?:企业|公司|厂商|大厂|业者|机构|机关|单位|学校|大学|医院|团体|银行)")


def listed_with(original: str, found, known_spots=()) -> list[tuple[int, int]]:
    """Spans of the items of a list that ends in `等` and a kind of firm or body (`台積電、聯發科與鴻海
    等科技大廠`), when two or more of its items (one, where a count stands before the kind: `等10家
    業者`) are organisations found otherwise or names the registry knows (`known_spots`): the items after the first are organisations too (the first
    one's start is unsure: it runs on from the words before the list)."""
    text = fold_han(original)
    words = pos_words(original)
    made = {(c.start, c.end) for c in found}
    spans = made | {(c.start, c.end) for c in known_spots}   # (a known name inside running text, `與鴻海`)
    out = []
    for m in _LISTED.finditer(text):
        # items part at commas; a conjunction joins only the last two (`参与` holds 与 and parts nothing)
        parts = [(m.start(1) + x.start(), m.start(1) + x.end()) for x in re.finditer(r"[^、，,]+", m.group(1))]
        last_s, last_e = parts[-1]
        joined = re.match(r"(.{2,8})[与和及暨](.{2,8})$", text[last_s:last_e])
        items = parts[:-1] + ([(last_s, last_s + joined.end(1)), (last_s + joined.start(2), last_e)] if joined else [parts[-1]])
        # (the first item may begin before the name it ends: `此外台积电股份有限公司`)
        known = [it for it in items if it in spans or any(s <= it[0] and it[1] <= e and e - s <= it[1] - it[0] + 2 for s, e in spans)
                 or it is items[0] and any(it[0] <= s and it[1] == e for s, e in spans)]
        if len(known) < (1 if m.group("count") else 2):
            continue   # (a list counted before its kind, `等10家业者`, names firms with one of them known)
        items = [_after_a_break(text, words, it) for it in items[1:]]
        out += [it for it in items if it[1] - it[0] >= 2 and it not in made
                and not text[it[0]:it[1]].endswith(tuple(_GENERIC_ITEM_ENDS))]
    return out


def _after_a_break(text: str, words, item: tuple[int, int]) -> tuple[int, int]:
    """An item of a list after a comma may run on from a clause (`…创立，先后获得阿里巴巴、…`): it begins
    after the last verb, preposition or time word (data/zh_name_breaks.txt) the segmenter reads in it,
    or the last word of two characters or more it tags as a verb that names of bodies do not hold
    (`已促成國立臺灣大學`; `振興` of `中小企業振興公團` is held)."""
    s, e = item
    starts, ws = words
    k = bisect.bisect_left(starts, s)
    while k < len(ws) and ws[k][1] <= e:
        if (ws[k][2] in BREAKS or (ws[k][3] == "v" and len(ws[k][2]) >= 2 and ws[k][2] not in ZH_NAME_VERBS)) \
                and ws[k][1] < e:
            s = ws[k][1]
        k += 1
    return s, e


# Items that name kinds of firm, not firms (`在地业者`).
_GENERIC_ITEM_ENDS = ("业者", "厂商", "企业", "单位", "机关", "团体", "店家")


# Who put money in, as Chinese financing releases say it (folded to Simplified), clause by clause:
# `由红杉中国领投`, `国投创新、深创投跟投`, `老股东高瓴资本继续追加投资`, `其他参与方包括…和…等机构`.
_LED_BY = re.compile(r"由(?P<items>[^，,。；;由]{2,40}?)(?:联合)?(?:领投|牵头|独家投资)")
_FOLLOWED = re.compile(r"(?P<items>[^，,。；;]{2,40}?)(?:继续|持续|联合|共同|也)?(?:跟投|参投|追加投资|超额认购)")
_LISTED_AS = re.compile(r"(?:参与方|投资方|投资机构|投资人)(?:还|则|另)?(?:包括|有|为)(?P<items>[^，,。；;]{2,60}?)等")
# Words before a name in those phrases that describe it (`老股东`), and a parent before its arm (`…旗下的`).
_INVESTOR_LEAD = re.compile(r"(?:本轮融资|本轮|其他|老股东|新股东|股东|投资方|投资人|以及|还有|其中|包括)+")
_INVESTOR_NOT = ("机构", "投资人", "投资者", "股东", "企业", "资本方", "基金会员")


def investor_names(original: str) -> list[tuple[int, int]]:
    """Spans of the investors a Chinese financing release names (`本轮融资由红杉中国领投，国投创新、
    深创投跟投`): the items of the list before 领投/跟投 or after 参与方包括, parted at 、和及与, without
    the words that describe them (`老股东`) or a parent before its arm (`中国农业银行旗下的`); not
    places, not kinds of investor (`多家机构`)."""
    text = fold_han(original)
    out: list[tuple[int, int]] = []
    for c in re.finditer(r"[^，,。；;\n]+", text):
        led = _LED_BY.search(text, c.start(), c.end())
        # (who followed are listed after who led, `由红杉中国领投、深创投跟投`; with none, from the clause's start)
        after = c.start() if led is None else led.end() + int(led.end() < c.end() and text[led.end()] in "、和及与")
        for m in (led, _FOLLOWED.match(text, after, c.end()), _LISTED_AS.search(text, c.start(), c.end())):
            if m is None:
                continue
            for it in re.finditer(r"[^、和及与]+", m.group("items")):
                s, e = m.start("items") + it.start(), m.start("items") + it.end()
                lead = _INVESTOR_LEAD.match(text, s, e)
                s = lead.end() if lead else s
                arm = text.rfind("旗下的", s, e)
                s = arm + 3 if arm >= 0 else s
                name = text[s:e]
                if len(name) < 2 or name.endswith(_INVESTOR_NOT) or "多家" in name or is_place(name) or is_country(name):
                    continue
                out.append((s, e))
    return out
