"""Korean events: a clinical trial or production started (`임상 2상에 돌입`, `양산에 착수`) is a
happening of its start (pipeline/stages/events/ko.py START_ONLY, LIGHT_NOUNS; triggers.py). The
sentences are written for these tests."""
from pipeline import extract


def events(text):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="ko", anchor="2026-12-06")["events.jsonl"]]


def test_a_trial_entered_next_half_is_planned():
    assert events("누리바이오는 내년 상반기 임상 2상에 돌입할 예정이다.") == [("other", "2027-H1", "planned")]
    assert events("누리바이오는 내년 상반기 임상 2상을 시작한다.") == [("other", "2027-H1", "planned")]


def test_production_entered_in_a_year():
    assert events("누리바이오는 2027년 양산에 돌입한다.") == [("other", "2027", "planned")]


def test_a_trial_only_named_is_no_happening():
    assert events("누리바이오는 2024년 임상 비용을 줄였다.") == []
