"""Dates: a day written without its month, inside the stretch of days the release told of earlier
(`1월 15일부터 18일까지` … `16일에는`), is a day of that stretch however far on in the text; a day
outside it is left to the release date. The sentences are written for these tests."""
from pipeline import extract


def values(text, lang="ko", anchor="2026-12-05"):
    return {t.text: t.value for t in extract(text, lang=lang, anchor=anchor)["timexes.jsonl"]}


STRETCH = ("□ 한빛시는 내년 1월 15일부터 18일까지 나흘간 해변 일원에서 해양주간 행사를 개최한다고 5일 밝혔다.\n\n"
           "□ 이번 행사는 한빛시가 주최하고 한빛관광공사가 주관한다.\n\n")


def test_a_bare_day_inside_an_earlier_stretch_is_of_its_month():
    found = values(STRETCH + "  ㅇ 특히 16일에는 컨벤션센터에서 해양산업 포럼이 열린다.\n")
    assert found["16일"] == "2027-01-16"


def test_a_bare_day_outside_the_stretch_keeps_the_release_month():
    found = values(STRETCH + "  ㅇ 한편 시는 22일 준비회의를 열었다.\n")
    assert found["22일"] == "2026-11-22"


def test_a_bare_day_inside_a_chinese_stretch():
    text = ("臺南市政府將於明年1月15日至18日舉辦海洋週活動。\n\n市府表示，活動內容豐富。\n\n其中16日將於會展中心舉辦產業論壇。\n")
    found = values(text, "zh")
    assert found["16日"] == "2027-01-16"
