"""Korean events: a prize told as the topic, its winner as the subject (`최우수상은 ㈜한빛정밀이 받았다`,
`대상은 ㈜한빛정밀이 차지했다`), is an award as much as one told as the object. The sentences are
written for these tests."""
from pipeline import extract


def awards(text):
    return [e for e in extract(text, lang="ko", anchor="2025-12-05")["events.jsonl"] if e.type == "award"]


def test_a_prize_told_as_the_topic_is_awarded():
    found = awards("최우수상(장관상)은 ㈜한빛정밀이 12월 4일 받았다.")
    assert found and found[0].date.value == "2025-12-04"
    assert ("㈜한빛정밀", "subject") in {(p.name, p.role) for p in found[0].participants}
    assert awards("대상은 ㈜한빛정밀이 12월 4일 차지했다.")


def test_a_topic_that_is_no_prize_makes_no_award():
    assert not awards("이번 사업은 ㈜한빛정밀이 12월 4일 차지했다.")
    assert not awards("보고서는 ㈜한빛정밀이 12월 4일 받았다.")
