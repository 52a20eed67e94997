"""Korean events: what a time is ahead of is still to come (`개장을 앞두고`: planned; events/find.py
`_ko_cues`). The sentences are written for these tests."""
from pipeline import extract


def statuses(text, anchor="2027-06-18"):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_a_happening_a_time_is_ahead_of_is_planned():
    text = "다솜시는 다음 달 1일 해수욕장 개장을 앞두고 17일 합동 점검을 벌였다고 18일 밝혔다."
    assert ("opening", "2027-07-01", "planned") in statuses(text)


def test_a_happening_done_stays_occurred():
    assert statuses("다솜시는 지난 1일 해수욕장을 개장했다.") == [("opening", "2027-06-01", "occurred")]
