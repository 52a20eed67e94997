"""Anchored windows are an optimisation only: the rules find exactly what a scan of the whole
text finds, whatever the text."""
import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.stages.dates.engine as engine
from pipeline.stages.dates.anchors import rule_anchor

FRAGMENTS = ["2025년", " 2월", " 20일", "~22일", "지난 ", "오는 ", "올해 ", "상반기", "1분기", " 3년간", "이날", "같은 해",
             "March 4, 2025", " in 2019", " the first half of", " next year", " 3 p.m.", " six months", "-", "/",
             "2025年", "2月", "20日", "去年", "上半年", "至", " ", ".", ",", "회사는 ", "signed ", "公司", "(목)", "İ",
             "년대", "세기", " 추석", "징역 ", "1박", "째", " 이후", "올 ", "하루", "90", "0s", " century", "Christmas",
             "春节", "年代", "~", "∼", "가을", "정오", "the "]
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)


def _unanchored(lang):
    L = engine._LANG_DATA[lang]
    return dataclasses.replace(L, anchor_of=tuple(-1 for _ in L.anchor_of))


@settings(max_examples=600, deadline=None)
@given(TEXTS, st.sampled_from(["ko", "en", "zh"]))
def test_windows_find_what_a_full_scan_finds(text, lang):
    anchored = engine._LANG_DATA[lang]
    assert engine._candidates(text, anchored) == engine._candidates(text, _unanchored(lang))


def test_anchor_is_read_off_the_pattern():
    a = rule_anchor(r"(?<![\d])(?P<D>\d{1,2})일(?!간)")
    assert a.chars.pattern == "일" and a.before == 2
    assert rule_anchor(r"(?:\d+|x)*y") is None   # unbounded: no window can be sure to hold a match


def _plain(lang):
    """Every rule compiled whole (its look-behind in place) and run over the whole text."""
    import re
    mod = engine._MODULES[lang]
    L = _unanchored(lang)
    return dataclasses.replace(L, rules=tuple((name, re.compile(p, mod.FLAGS), None) for name, p in mod.RULES))


@settings(max_examples=600, deadline=None)
@given(TEXTS, st.sampled_from(["ko", "en", "zh"]))
def test_split_look_behind_finds_what_the_whole_rule_finds(text, lang):
    assert engine._candidates(text, engine._LANG_DATA[lang]) == engine._candidates(text, _plain(lang))


def test_split_look_behind_reads_classes_and_escapes():
    body, behind = engine._split_lookbehind(r"(?<![\d)(\]])(?P<D>\d{1,2})일", 0)
    assert behind.pattern == r"(?<![\d)(\]])" and body.pattern == r"(?P<D>\d{1,2})일"
    matches = [m.group() for m in engine._scan(body, behind, "1)12일 x12일 312일", 0, 14)]
    assert matches == ["12일"]       # after `x` only: `)` and a digit before refuse
    body, behind = engine._split_lookbehind(r"\bnext year", 0)
    assert [m.start() for m in engine._scan(body, behind, "annext year next year", 0, 21)] == [12]


def test_word_lists_are_found_in_one_scan_overlaps_included():
    import re

    from pipeline.stages.dates.anchors import Anchor, word_scans
    lists = [Anchor(re.compile("(?:다음|지난)"), 0, 5), Anchor(re.compile("(?:다다음|다음 달)"), 0, 5),
             Anchor(re.compile("(?:next|nex)"), 0, 5, lower=True)]
    (kept, kept_lower, owners), (ignored, ignored_lower, owners_lower) = word_scans(lists)
    assert not kept_lower and ignored_lower
    text = "다다음 달과 다음 달, 지난"
    places = []
    m = kept.search(text)
    while m is not None:
        places += [(m.start(), k) for k in owners[m.group()]]
        m = kept.search(text, m.start() + 1)
    # `다음` and `다음 달` inside `다다음 달`; `다음 달` where `다음` begins it (both lists)
    assert places == [(0, 1), (1, 0), (1, 1), (7, 0), (7, 1), (13, 0)]
    assert ignored.search("the NEXT day".lower()).group() == "next" and owners_lower["next"] == (2,)


def test_a_required_character_anchors_with_the_reach_of_its_element():
    # `년` or `개월` stands after at most 7 characters (`지난 123 `) and before at most 1 (`간`)
    a = rule_anchor(r"(?:지난|최근)?\s?(?<![\d])\d{1,3}\s?(?:년|개월)(?:간)?")
    assert a.chars.pattern == "[개년]" and (a.before, a.after) == (8, 2)


def test_alternatives_are_anchored_on_the_characters_most_of_them_require():
    # Chinese weekdays (`星期三`, `礼拜天`, `周日`): not on their numbers, and not left unanchored
    L = engine._LANG_DATA["zh"]
    k = L.anchor_of[[name for name, _, _ in L.rules].index("weekday")]
    assert k >= 0 and L.anchors[k].chars.pattern == "[周天拜星]"


def test_gates_are_the_classes_every_match_needs_besides_its_anchor():
    from pipeline.stages.dates.anchors import rule_gates
    anchor = rule_anchor(r"(?<![\d])(?P<D>\d{1,2})일")
    assert rule_gates(r"(?<![\d])(?P<D>\d{1,2})일", 0, anchor) == (r"\d",)        # `일` is the anchor
    # a month named in any way (`6월`, `이번 달`) before `주`: `[달월]`; no digit (`이번 달`)
    pattern = r"(?:\d{1,2}월|이번 달|지난달)\s?(?:첫째|둘째) 주"
    assert rule_anchor(pattern).chars.pattern == "(?:\\ 주)"
    assert rule_gates(pattern, 0, rule_anchor(pattern)) == ("[째]", "[달월]")    # (not `주`: in the anchor)
    assert rule_gates(r"(?:[0-3]?\d|1[89]\d\d)-(?:next|last)") == (r"\d",)


def test_a_window_without_what_the_rule_needs_is_not_read():
    text = "일부 일정은 3일에" + " 일" * 30
    L = engine._LANG_DATA["ko"]
    assert [(a.start, a.end) for a in engine._candidates(text, L)] == \
        [(a.start, a.end) for a in engine._candidates(text, _unanchored("ko"))] == [(7, 9)]


def test_word_lists_anchor_on_their_first_eight_letters_and_letter_ranges_on_nothing():
    import re
    # `new year` and `christma`, not `new ` and `chri` (the one in `new products`, the other in `Christopher`)
    a = rule_anchor(r"\b(?:New Year's Day|Christmas)\b", re.IGNORECASE)
    assert a.chars.pattern == "(?:christma|new\\ year)"
    # a capitalised word before a year: the year's digits anchor it, not every letter of the text
    a = rule_anchor(r"(?-i:\b[A-Z][A-Za-z]{1,24})\s(?:1[89]|2[01])\d\d", re.IGNORECASE)
    assert a.chars.pattern == "[12]"


def test_a_year_of_four_digits_anchors_on_its_places_not_on_every_one_or_two():
    a = rule_anchor(r"(?<![\d])(?P<Y>(?:1[89]|2[01])\d\d)(?P<sep>[.\-/])")
    assert a.chars.pattern == r"(?:(?:1[89]|2[01])[\d][\d])" and (a.before, a.after) == (0, 4)
    assert [m.group() for m in a.chars.finditer("12 people in 2025, 1 in 3000")] == ["2025"]


def test_words_that_share_their_first_letters_anchor_on_their_words():
    import re
    # the parser writes `the same month|that month` as `th` and the alternatives after it: the
    # anchor is still the words, not the letter `t`, which is everywhere
    a = rule_anchor(r"\b(?P<AM>the same month|that month|the following month)\b", re.IGNORECASE)
    assert a.chars.pattern == "(?:that\\ mon|the\\ foll|the\\ same)"
