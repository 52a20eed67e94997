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

TENSE = [
    # a plan's name (`시행계획`) is no future verb; the sentence's verb is past
    ("ko", "□ 시는 2월 27일 ‘2025년 청년정책 시행계획’을 수립·발표했다.", "2025-04-02", "2월 27일", "2025-02-27"),
    ("ko", "시는 2월 27일 계획을 확정했다.", "2025-04-02", "2월 27일", "2025-02-27"),
    ("ko", "시는 11월 27일 사업 계획을 발표할 계획이다.", "2025-04-02", "11월 27일", "2025-11-27"),
    # `진행된다`, `연다`, `연다고 밝혔다`: the plain present announces a coming day
    ("ko", "□ 24일에는 간담회가, 25일에는 토론회가 각각 진행된다.", "2024-10-02", "25일", "2024-10-25"),
    ("ko", "시는 24일 시청에서 간담회를 연다.", "2024-10-02", "24일", "2024-10-24"),
    ("ko", "시는 24일과 25일 박람회를 연다고 밝혔다.", "2024-10-02", "25일", "2024-10-25"),
    ("ko", "시는 24일 간담회를 열었다고 밝혔다.", "2024-10-02", "24일", "2024-09-24"),
    # the past contracted into the verb's last syllable (펼쳤다, 둘러봤다, 나섰다); not 있다, 겠다
    ("ko", "시는 1월 27일 시청 광장에서 캠페인을 펼쳤다.", "2025-11-01", "1월 27일", "2025-01-27"),
    ("ko", "장관은 1월 27일 현장을 둘러봤다.", "2025-11-01", "1월 27일", "2025-01-27"),
    ("ko", "시는 1월 27일 행사에 나섰다.", "2025-11-01", "1월 27일", "2025-01-27"),
    ("ko", "시는 1월 27일 행사를 열겠다.", "2025-11-01", "1월 27일", "2026-01-27"),
    # `예정대로` (as planned) says nothing of the side; the verb does
    ("ko", "박람회는 24일 예정대로 진행됐다.", "2024-10-02", "24일", "2024-09-24"),
    ("zh", "本府訂於24日舉行記者會。", "2025-04-02", "24日", "2025-04-24"),
    ("en", "Trading began on the 24th.", "2025-04-02", "on the 24th", "2025-03-24"),
]


@pytest.mark.parametrize("lang, text, anchor, expr, value", COUNTED + TENSE)
def test_value_of_expression(lang, text, anchor, expr, value):
    got = {t["text"]: t["value"] for t in find_timexes(text, lang, anchor=anchor)}
    assert got.get(expr) == value, got
