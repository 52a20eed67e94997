"""Dates: a list of days whose last day alone has its 일/日, after a month written out or counted
from the release (`3월 25, 26일`, `이달 25·26일`, `本月25、26日`): every day of the list is a day of
that month (pipeline/stages/dates/ko.py `md_list`/`d_list`, zh.py `rel_month_list`). The sentences
are written for these tests."""
from pipeline import extract


def dates(text, lang, anchor="2026-03-04"):
    return [(t.text, t.value) for t in extract(text, lang=lang, anchor=anchor)["timexes.jsonl"]]


def test_korean_days_listed_after_a_month_share_it():
    assert dates("3월 25, 26일 설명회를 연다.", "ko") == [("3월 25", "2026-03-25"), ("26일", "2026-03-26")]
    assert [v for _, v in dates("11월 3, 4, 5일 행사를 연다.", "ko")] == ["2026-11-03", "2026-11-04", "2026-11-05"]
    assert [v for _, v in dates("11월 25·26일 행사를 연다.", "ko")] == ["2026-11-25", "2026-11-26"]


def test_korean_days_listed_after_a_month_counted_from_the_release():
    assert [v for _, v in dates("이달 25, 26일 설명회를 연다.", "ko")] == ["2026-03-25", "2026-03-26"]


def test_korean_listed_numbers_that_are_no_days_stay_out():
    assert dates("참가자는 3, 4명이다.", "ko") == []
    assert [v for _, v in dates("행사는 1, 2일간 진행된다.", "ko")] == ["P2D"]


def test_chinese_days_listed_after_a_month_counted_from_the_release():
    assert [v for _, v in dates("於本月25、26日舉辦兩場說明會。", "zh")] == ["2026-03-25", "2026-03-26"]
    assert [v for _, v in dates("於下月3、4日舉辦兩場說明會。", "zh")] == ["2026-04-03", "2026-04-04"]


def test_korean_days_listed_after_a_year_and_month_share_both():
    assert [v for _, v in dates("2024년 5월 3, 4일 행사가 열렸다.", "ko")] == ["2024-05-03", "2024-05-04"]
    assert [v for _, v in dates("작년 5월 3, 4일 행사가 열렸다.", "ko")] == ["2025-05-03", "2025-05-04"]


def test_a_day_told_before_what_is_decided_takes_the_decidings_tense():
    text = "이어 10일에는 차관과 면담하고, 공동연구 프로그램을 2027년부터 신설하기로 합의했다."
    assert dates(text, "ko", anchor="2026-09-14") == [("10일", "2026-09-10"), ("2027년", "2027")]
    assert [v for _, v in dates("양측은 내년 3월 10일 포럼을 열기로 합의했다.", "ko", anchor="2026-09-14")] == ["2027-03-10"]
