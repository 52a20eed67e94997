"""Properties of the dates engine that the example tables do not show row by row."""
import json
from pathlib import Path

import pytest
from conftest import SEED as _SEED
from conftest import SEED_GOLD as _SEED_GOLD
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.dates import LANGS, find_timexes
from pipeline.stages.dates.engine import example_rows

# The acceptance seed as the corpus keeps it (a byte-identical copy; its gold dates are the
# acceptance gold's, corpus/tools/check_gold.py checks both).
SEED = Path(_SEED)
SEED_GOLD = Path(_SEED_GOLD)
ANCHOR = "2025-02-20"
KEYS = {"text", "start", "end", "type", "value", "grain", "anchor", "range", "mod", "relative", "in_name"}

# Text that mixes random Unicode with pieces of dates, so that the property test reaches the rules.
_PIECES = ["2025년 ", "2월 ", "20일", "(목)", "~", "부터 ", "까지", "지난 ", "오는 ", "오후 3시", "1분기",
           "February ", "20, ", "2025", " to ", "from ", "in ", "last ", "Tuesday", "3 p.m.", "-",
           "2025年", "2月", "20日", "至", "下午3点", "去年", "上半年", "’23.3.16.", "2025.2.20", " ", "\n"]
TEXT = st.lists(st.one_of(st.text(max_size=8), st.sampled_from(_PIECES)), max_size=30).map("".join)


def _check_offsets(text, found):
    last_end = -1
    for d in found:
        assert set(d) == KEYS
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert text[d["start"]:d["end"]] == d["text"]
        assert d["start"] >= last_end, "sorted and non-overlapping"
        last_end = d["end"]
        assert d["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert d["grain"] in {None, "year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"}


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150, deadline=None)
@given(text=TEXT, anchor=st.sampled_from([None, ANCHOR, "2024-12-31T23:30"]),
       prefer=st.sampled_from(["past", "future", "nearest"]))
def test_offsets_invariant(lang, text, anchor, prefer):
    _check_offsets(text, find_timexes(text, lang, anchor=anchor, prefer=prefer))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_offsets_invariant_plain_unicode(text):
    for lang in LANGS:
        _check_offsets(text, find_timexes(text, lang, anchor=ANCHOR))


def test_seed_release_has_exactly_the_gold_dates():
    text = SEED.read_text(encoding="utf-8")
    found = find_timexes(text, "ko", anchor=ANCHOR)
    got = [(d["text"], d["value"], d["start"], d["end"]) for d in found if d["value"] != "PRESENT_REF"]
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["dates"]
    assert got == [(g["text"], g["value"], g["start"], g["end"]) for g in gold]
    assert [d["grain"] for d in found if d["value"] != "PRESENT_REF"] == ["day", "year", "year", "year"]
    others = [d for d in found if d["value"] == "PRESENT_REF"]
    assert [d["text"] for d in others] in ([], ["현재"])


def test_seed_release_without_anchor_is_the_same():
    text = SEED.read_text(encoding="utf-8")
    assert find_timexes(text, "ko") == find_timexes(text, "ko", anchor=ANCHOR)


@pytest.mark.parametrize("lang,text", [("ko", "지난해 3월"), ("ko", "지난 3일"), ("ko", "20일"),
                                       ("en", "last Tuesday"), ("en", "next year"), ("en", "in October"),
                                       ("zh", "去年"), ("zh", "明年"), ("zh", "本月")])
def test_relative_without_anchor_has_no_value(lang, text):
    (d,) = find_timexes(text, lang)
    assert d["value"] is None and d["relative"] is True and d["anchor"] is None and d["range"] is None
    (d,) = find_timexes(text, lang, anchor=ANCHOR)
    assert d["value"] is not None and d["relative"] is True and d["anchor"] == ANCHOR


def test_deterministic_and_pure():
    text = SEED.read_text(encoding="utf-8") + "\n지난 3일 오후 3시 발표했다. 2월 20일~22일."
    first = find_timexes(text, "ko", anchor=ANCHOR)
    find_timexes("last Tuesday, 3 p.m.", "en", anchor="2020-01-01", prefer="future")
    assert find_timexes(text, "ko", anchor=ANCHOR) == first
    assert json.dumps(first, ensure_ascii=False) == json.dumps(find_timexes(text, "ko", anchor=ANCHOR),
                                                               ensure_ascii=False)


def test_range_record():
    (d,) = find_timexes("2월 20일~22일", "ko", anchor=ANCHOR)
    assert d["range"] == {"start": "2025-02-20", "end": "2025-02-22"}
    assert d["value"] == "2025-02-20/2025-02-22"


def test_tense_beats_prefer():
    past = find_timexes("10월에 출시했다", "ko", anchor=ANCHOR, prefer="future")
    future = find_timexes("10월에 출시할 예정이다", "ko", anchor=ANCHOR, prefer="past")
    assert past[0]["value"] == "2024-10" and future[0]["value"] == "2025-10"


def test_granularity_is_kept():
    (d,) = find_timexes("2025년 2월", "ko", anchor=ANCHOR)
    assert (d["value"], d["grain"]) == ("2025-02", "month")


def test_bad_arguments():
    with pytest.raises(ValueError):
        find_timexes("x", "fr")
    with pytest.raises(ValueError):
        find_timexes("x", "ko", anchor="20 Feb 2025")
    with pytest.raises(ValueError):
        find_timexes("x", "ko", prefer="soon")


@pytest.mark.parametrize("lang", LANGS)
def test_example_tables_name_their_anchor(lang):
    for row in example_rows(lang):
        assert row["anchor"] is None or row["anchor"][:4].isdigit()


@pytest.mark.parametrize("hostile", ["1" * 20_000, "2025년 " * 3_000, "20일 " * 4_000, "2024-" * 4_000,
                                     "1" + " " * 20_000 + "년"])
def test_hostile_input_is_handled(hostile):
    # Correctness on hostile input; its speed (linear) is measured by benchmarks/dates_bench.py,
    # not by a timed test.
    for lang in LANGS:
        found = find_timexes(hostile, lang, anchor=ANCHOR)
        assert all(hostile[t["start"]:t["end"]] == t["text"] for t in found)



def test_korean_from_joins_only_with_until():
    """`X부터 Y까지` is one range; `X부터 Y` (no 까지) is two dates: `2013년부터 한글날은` says since
    when the holiday applies, not a range from 2013 to October."""
    both = find_timexes("2013년부터 한글날은 공휴일이다", "ko", anchor="2025-02-20")
    assert [(t["text"], t["value"]) for t in both] == [("2013년", "2013"), ("한글날", "2024-10-09")]
    one = find_timexes("2013년부터 2015년까지 운영했다", "ko", anchor="2025-02-20")
    assert [(t["text"], t["value"]) for t in one] == [("2013년부터 2015년까지", "2013/2015")]


# -- Chinese numerals (cn2an) ----------------------------------------------------------------------
_DIGITS = "〇一二三四五六七八九"


def test_chinese_numerals_read_as_before_and_with_hundreds():
    from itertools import product

    from pipeline.stages.dates.engine import _Invalid, _zh_number
    # every four-digit year written digit by digit (二〇二五, 一九九〇, with 零 or ○ for zero)
    for digits in product(range(10), repeat=4):
        s = "".join(_DIGITS[d] for d in digits)
        assert _zh_number(s) == int("".join(map(str, digits)))
    assert _zh_number("二零二五") == _zh_number("二○二五") == 2025
    # 1 to 99 with 十 (十, 十二, 二十, 二十三, 两) as the old reader took them
    words = {n: ("" if n // 10 in (0, 1) else _DIGITS[n // 10]) + ("十" if n >= 10 else "")
             + (_DIGITS[n % 10] if n % 10 else "") for n in range(1, 100)}
    assert all(_zh_number(w) == n for n, w in words.items()) and _zh_number("两") == 2
    # what the old reader could not read
    assert [_zh_number(s) for s in ("一百", "一百十四", "一百一十四", "两千零五", "三千五百", "一千零五")] == \
        [100, 114, 114, 2005, 3500, 1005]
    for bad in ("一百十十", "三点五", "百", "十十"):
        with pytest.raises(_Invalid):
            _zh_number(bad)


def test_a_count_in_hundreds_does_not_leave_its_tens_as_a_date():
    # 十四年 inside 一百十四年 is no duration of its own
    found = find_timexes("建校一百十四年", "zh", "2025-03-05")
    assert [(t["text"], t["value"]) for t in found] == [("一百十四年", "P114Y")]


def test_chinese_weekday_list_after_a_week_word_takes_that_week():
    # 2025-03-12 is a Wednesday: 本週日 is the 16th (not the 9th, the Sunday nearest)
    found = find_timexes("本週六、日於公園舉辦市集", "zh", "2025-03-12")
    assert [(t["text"], t["value"]) for t in found] == [("本週六", "2025-03-15"), ("日", "2025-03-16")]
    found = find_timexes("下週二及四開放預約", "zh", "2025-03-12")
    assert [t["value"] for t in found] == ["2025-03-18", "2025-03-20"]


@pytest.mark.parametrize("text, lang, anchor, expected", [
    ("한빛총회는 12월 11일부터 12일까지 서울에서 열린다.\n\n 이번 총회는 혁신을 주제로 한다.\n\n 장관은 총회 첫날 기조연설을 한다.",
     "ko", "2024-12-10", "2024-12-11"),
    ("장관은 5일 개막한 박람회 첫날 부스를 둘러봤다.", "ko", "2024-12-10", "2024-12-05"),
    ("府城燈會將於2月8日至2月23日舉行。\n\n市府表示，燈會首日將實施交通管制。", "zh", "2025-01-20", "2025-02-08"),
    ("展覽於3月22日開幕，首日即吸引上千人次參觀。", "zh", "2025-03-24", "2025-03-22"),
    ("한빛총회는 12월 11일부터 13일까지 열린다. 장관은 총회 둘째 날 기조연설을 한다.", "ko", "2024-12-10", "2024-12-12"),
    ("Hanbit Expo runs from October 23 to 25 in Seoul.\n\nKeynote speakers on Day 1 include the minister.", "en", "2024-10-20",
     "2024-10-23"),
    ("Hanbit Expo runs from October 23 to 25. The forum, held on the second day of Hanbit Expo, drew 300 firms.", "en",
     "2024-10-20", "2024-10-24"),
])
def test_the_first_day_of_a_happening_is_the_start_of_its_stretch(text, lang, anchor, expected):
    found = find_timexes(text, lang, anchor)
    first = [t for t in found if t["text"] in ("첫날", "둘째 날", "首日", "Day 1", "the second day")]
    assert [t["value"] for t in first] == [expected], found


def test_chinese_months_of_a_list_in_numerals():
    found = find_timexes("今年三、四月間將辦理說明會", "zh", "2025-01-10")
    assert [(t["text"], t["value"]) for t in found] == [("今年", "2025"), ("三", "2025-03"), ("四月", "2025-04")]
    assert [t["value"] for t in find_timexes("一、二月營收成長", "zh", "2025-03-12")] == ["2025-01", "2025-02"]
    assert [t["text"] for t in find_timexes("統一、二月", "zh", "2025-03-12")] == ["二月"]   # (統一 a word)


@pytest.mark.parametrize("text, lang, words, expected", [
    ("한빛교는 2023년 8월 20일 착공하여 10월 5일 준공했다.", "ko", "10월 5일", "2023-10-05"),
    ("本案112年8月20日動工，10月5日完工。", "zh", "10月5日", "2023-10-05"),
    ("新館2023年8月啟動興建，12月完工。", "zh", "12月", "2023-12"),
    ("Construction began in August 2023 and ended on October 5.", "en", "October 5", "2023-10-05"),
    # a month before the year's month, or on the other side of the release by the tense, is left to the tense
    ("新館2023年12月啟動興建，將於6月完工。", "zh", "6月", "2025-06"),
    ("本案2023年8月啟動，10月將開放申請。", "zh", "10月", "2025-10"),
])
def test_a_month_without_its_year_takes_the_year_of_the_month_before_it_in_its_sentence(text, lang, words, expected):
    found = {t["text"]: t["value"] for t in find_timexes(text, lang, "2025-03-12")}
    assert found[words] == expected, found


def test_a_month_after_a_relative_year_in_its_sentence_is_of_that_year():
    # in a release of June 18, with 預計 ahead in the sentence: this year's March, not next year's
    found = {t["text"]: t["value"] for t in find_timexes("今年受3月低溫影響，產期略為延後，預計7月為盛產期。", "zh", "2025-06-18")}
    assert found["3月"] == "2025-03", found
    found = {t["text"]: t["value"] for t in find_timexes("올해는 3월 한파로 출하가 늦어졌으나 8월에는 회복될 전망이다.", "ko", "2025-06-18")}
    assert found["3월"] == "2025-03", found


def test_the_first_day_of_two_listed_days_and_its_clock_time():
    # 7月5日（六）、6日（日）: a stretch from the 5th, whose first day 首日 is; its clock time joins it
    found = find_timexes("芒果節將於7月5日（六）、6日（日）登場。活動首日上午10時舉行開幕典禮。", "zh", "2025-06-18")
    assert [(t["text"], t["value"]) for t in found][-1] == ("首日上午10時", "2025-07-05T10:00")
