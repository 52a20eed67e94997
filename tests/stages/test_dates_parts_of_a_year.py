"""A quarter or a half written without its year after one written with it, in the same sentence,
is of that year (`2027년 상반기 착공, 하반기 준공`), in each language, as a month already was. The
sentences are written for these tests."""
import pytest

from pipeline import extract


def values(text, lang, anchor="2025-12-06"):
    return [(t.text, t.value) for t in extract(text, lang=lang, anchor=anchor)["timexes.jsonl"]]


@pytest.mark.parametrize("lang, text, expected", [
    ("ko", "시는 2027년 1분기 착공해 3분기 준공할 계획이다.", ("3분기", "2027-Q3")),
    ("ko", "2027년 상반기 착공, 하반기 준공 예정이다.", ("하반기", "2027-H2")),
    ("zh", "市府預計於116年第一季動工，第三季完工。", ("第三季", "2027-Q3")),
    ("zh", "预计2027年第一季度开工，第三季度完工。", ("第三季度", "2027-Q3")),
    ("zh", "市府預計於115年上半年招標，下半年動工。", ("下半年", "2026-H2")),
    ("en", "Construction will start in the first half of 2027 and finish in the second half.", ("second half", "2027-H2")),
    ("en", "The plant will open in Q1 2027, with full output in Q3.", ("Q3", "2027-Q3")),
])
def test_a_part_of_a_year_after_one_with_its_year_is_of_that_year(lang, text, expected):
    assert expected in values(text, lang), values(text, lang)


def test_a_part_of_a_year_in_the_next_sentence_is_left_to_the_tense():
    got = values("시는 2027년 1분기 착공할 계획이다. 하반기에는 설계 공모를 마쳤다.", "ko")
    assert ("하반기", "2025-H2") in got, got
