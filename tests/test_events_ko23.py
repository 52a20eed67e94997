"""Korean events: the public counted at a place (`관광객 12만 명이 방문했다`) is attendance, no one's
visit; a delegation counted (`대표단 10명이`) still visits. The sentences are written for these tests."""
from pipeline import extract


def events(text, anchor="2026-10-21"):
    return [(e.type, e.date.value) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_the_public_counted_at_a_festival_makes_no_visit():
    assert not [e for e in events("지난 17일 갯벌공원에는 관광객 3만여 명이 방문했다.") if e[0] == "visit"]
    assert not [e for e in events("18일 하루에만 시민 5천 명이 방문했다.") if e[0] == "visit"]


def test_a_delegation_counted_still_visits():
    assert ("visit", "2026-10-20") in events("다솜국 대표단 10명이 20일 해솔군을 방문했다.")
