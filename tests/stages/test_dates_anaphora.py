"""`같은 해`, `이듬해`, `the same month`, `同年`: resolved against the last date the text gave."""
import pytest

from pipeline.stages.dates import find_timexes

CASES = [
    ("ko", "2016년 설립됐고 같은 해 9월 상장했다.", "2025-04-08", ["2016", "2016-09"]),
    ("ko", "2019년 3월 출범했으며 이듬해 11월 흑자로 돌아섰고 같은 달 20일 증자했다.", "2025-04-08",
     ["2019-03", "2020-11", "2020-11-20"]),
    ("en", "It was founded in 2022 and listed the same year; the following year it grew.", "2025-03-04",
     ["2022", "2022", "2023"]),
    ("en", "The deal closed on May 2, 2023, and the plant opened the same month.", "2025-03-04",
     ["2023-05-02", "2023-05"]),
    ("zh", "公司成立于2024年，同年11月完成融资，次年上半年投产。", "2025-01-08", ["2024", "2024-11", "2025-H1"]),
    # the same month after a year alone: the month the text tells of, in that year (else the release's)
    ("ko", "3월 수출은 전년 동월 대비 3.2% 증가했다.", "2026-04-15", ["2026-03", "2025", "2025-03"]),
    ("zh", "3月營收較去年同月成長5%。", "2026-04-15", ["2026-03", "2025", "2025-03"]),
    ("ko", "전년 동월 대비 3.2% 증가했다.", "2026-04-15", ["2025", "2025-04"]),
]


@pytest.mark.parametrize("lang, text, anchor, values", CASES)
def test_anaphoric_dates_follow_the_text(lang, text, anchor, values):
    got = find_timexes(text, lang, anchor=anchor)
    assert [t["value"] for t in got] == values
    assert all(t["relative"] for t in got[1:])


def test_anaphoric_date_without_anchor_or_reference_has_no_value():
    assert find_timexes("같은 해 9월 상장했다.", "ko")[0]["value"] is None
