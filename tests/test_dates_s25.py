"""Dates (twenty-fifth session): a day written without its month is of the month the paragraph is
telling of, in the next sentence too; inside a stretch of days that crosses two months, of the month
that holds it. Sentences written here."""
from pipeline.api import extract


def _values(text: str, lang: str, anchor: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract(text, lang=lang, anchor=anchor)["timexes.jsonl"]]


def test_a_bare_day_in_the_next_sentence_of_the_paragraph_is_of_its_month():
    values = _values("공사는 8월 25일 개막한 박람회에서 특별 세션을 주관했다. 이어 27일에는 한빛연구소와 업무협약을 체결했다.",
                     "ko", "2025-12-01")
    assert ("27일", "2025-08-27") in values


def test_a_bare_day_of_a_stretch_across_two_months_is_of_the_month_that_holds_it():
    values = _values("한빛시는 9월 29일부터 10월 1일까지 박람회를 개최했다. 사진은 29일 내빈들이 부스를 둘러보는 모습이다.",
                     "ko", "2025-10-05")
    assert ("29일", "2025-09-29") in values


def test_a_bare_day_in_another_paragraph_stays_the_nearest():
    values = _values("한빛시는 8월 25일 박람회를 열었다.\n\n한편 한빛시는 27일 업무협약을 체결한다.", "ko", "2025-12-01")
    assert ("27일", "2025-12-27") in values   # (the tense's: the nearest to come)
