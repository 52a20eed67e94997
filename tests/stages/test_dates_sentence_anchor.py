"""Days counted from a happening the sentence dates, and the sentence's tense for dates without
a year (or month): own-written releases, the anchor named on every case."""
import pytest

from pipeline.stages.dates import find_timexes

# (lang, text, anchor, the expression, its value)
COUNTED = [
    ("ko", "군은 15일 서울에서 협약을 맺었다. 16일 부산으로 이동한 대표단은 하루 전 맺은 협약에 따라 공장을 둘러봤다.",
     "2025-12-19", "하루 전", "2025-12-15"),
    ("ko", "대표단은 16일 부산에 도착해, 이틀 전 발표한 계획을 설명했다.", "2025-12-19", "이틀 전", "2025-12-14"),
    ("ko", "협약식은 20일 열리며, 하루 뒤 현장 점검이 이어진다.", "2025-12-19", "하루 뒤", "2025-12-21"),
    ("zh", "市長15日抵達東京，三天後前往大阪。", "2025-04-02", "三天後", "2025-04-18"),
    ("en", "On December 11 the team toured the plant; two days later it signed the contract.", "2025-12-19",
     "two days later", "2025-12-13"),
    # with no day in the sentence, or `ago`: from the release's date
    ("ko", "시는 3일 전 발생한 화재에 대해 대책을 발표했다.", "2025-12-19", "3일 전", "2025-12-16"),
    ("en", "On December 11 the firm said it had filed the claim three days ago.", "2025-12-19",
     "three days ago", "2025-12-16"),
]

TENSE: list = []


@pytest.mark.parametrize("lang, text, anchor, expr, value", COUNTED + TENSE)
def test_value_of_expression(lang, text, anchor, expr, value):
    got = {t["text"]: t["value"] for t in find_timexes(text, lang, anchor=anchor)}
    assert got.get(expr) == value, got
