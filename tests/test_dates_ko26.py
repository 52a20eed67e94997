"""Korean dates written the short way without an apostrophe, and weekdays in Hanja (twenty-fourth session)."""
from pipeline.api import extract


def _timexes(text: str, anchor: str = "2025-02-20") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract(text, lang="ko", anchor=anchor)["timexes.jsonl"]]


def test_a_hanja_weekday_in_brackets_belongs_to_the_date():
    assert _timexes("한빛부 차관은 3.16.(木) 포럼에 참석했다.", anchor="2025-03-20") == [("3.16.(木)", "2025-03-16")]


def test_a_two_digit_year_with_no_apostrophe_is_read_by_its_stop_or_weekday():
    assert _timexes("한빛부 차관은 23.3.16.(木), 포럼에 참석했다.") == [("23.3.16.(木)", "2023-03-16")]
    assert _timexes("일시 : 23.3.16(목) 10:00") == [("23.3.16(목)", "2023-03-16")]


def test_three_numbers_with_no_stop_or_weekday_are_no_date():
    assert _timexes("누리소프트는 버전 10.5.3을 배포했다.") == []
