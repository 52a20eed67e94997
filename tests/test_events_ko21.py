"""Korean events: what a time is ahead of is still to come (`개장을 앞두고`: planned; events/find.py
`_ko_cues`); a legal-form mark glued after a name (`…㈜은`) leaves it the subject (`_KO_PARTICLE`); a verb joined before a decision
(`체결하고, …하기로 했다`) takes the deciding verb's tense, not the decided one's; a day already past
joined to a plan stays done; a prospective adnominal (`개최될`) tells what is to come (`_ko_after_decided`,
`_ko_cues`, `_ko_status`). The sentences are written for these tests."""
from pipeline import extract


def statuses(text, anchor="2027-06-18"):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_a_happening_a_time_is_ahead_of_is_planned():
    text = "다솜시는 다음 달 1일 해수욕장 개장을 앞두고 17일 합동 점검을 벌였다고 18일 밝혔다."
    assert ("opening", "2027-07-01", "planned") in statuses(text)


def test_a_happening_done_stays_occurred():
    assert statuses("다솜시는 지난 1일 해수욕장을 개장했다.") == [("opening", "2027-06-01", "occurred")]


def parties(text, anchor="2027-06-22"):
    return [(e.type, [(p.name, p.role) for p in e.participants]) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_a_legal_form_mark_after_the_name_keeps_it_the_subject():
    text = "다솜군은 22일 착공식을 가졌다. 다솜해상풍력㈜은 지난해 10월 베스타스(Vestas)와 터빈 공급 계약을 체결했다."
    found = dict(parties(text))
    assert found["agreement"][0] == ("다솜해상풍력", "subject")


def test_a_signing_joined_to_a_decision_is_done_and_the_decision_to_come():
    found = statuses("양측은 3일 양해각서를 체결하고, 내년에 포럼을 열기로 했다.", anchor="2027-11-04")
    assert ("agreement", "2027-11-03", "occurred") in found and ("meeting", "2028", "planned") in found


def test_a_past_day_joined_to_a_plan_stays_occurred():
    found = statuses("양측은 3일 양해각서를 체결하고, 내년에 포럼을 열 예정이다.", anchor="2027-11-04")
    assert ("agreement", "2027-11-03", "occurred") in found


def test_a_gathering_told_by_the_prospective_adnominal_is_planned():
    found = statuses("양측은 2027년 말 다솜시에서 개최될 회의에서 진전을 거두기 위해 노력해 나가기로 하였다.", anchor="2027-03-04")
    assert found == [("meeting", "2027", "planned")]
