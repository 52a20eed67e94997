"""Korean events: a day set as the sentence's topic (`10월 29일에는`) dates the gathering its clause
tells however long the list of counterparts before the gathering's word. The sentences are written
for these tests."""
from pipeline import extract


def events(text, anchor="2024-10-25"):
    return [(e.type, e.date.value) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_a_topic_day_dates_a_gathering_after_a_long_list():
    text = ("먼저, 10월 29일에는 프랑스 데이터위원회(CDN) 마리 드니 위원장, 영국 정보청(ICO) 존 에드워드 "
            "위원장과 면담에서는 인공지능 현안을 논의한다.")
    assert ("meeting", "2024-10-29") in events(text)


def test_a_day_that_is_no_topic_stays_within_reach():
    text = ("10월 29일 발표된 보고서에 따르면 프랑스 데이터위원회(CDN) 마리 드니 위원장, 영국 정보청(ICO) 존 에드워드 "
            "위원장은 지난해 면담에서 인공지능 현안을 논의했다.")
    assert ("meeting", "2024-10-29") not in events(text)


def test_talks_on_a_day_with_a_gathering_attended_are_a_meeting_of_their_own():
    text = ("한빛정보위원회는 10월 29일 세계 데이터 총회 공개 세션에 패널로 참석한다. "
            "10월 29일에는 프랑스 데이터위원회(CDN) 위원장과의 면담에서 인공지능 현안을 논의한다.")
    assert events(text).count(("meeting", "2024-10-29")) == 2


def test_a_second_gathering_on_the_day_that_is_no_talks_stays_one():
    text = ("한빛정보위원회는 10월 29일 세계 데이터 총회 공개 세션에 패널로 참석한다. "
            "10월 29일에는 총회 부대행사인 포럼에서 인공지능 현안을 논의한다.")
    assert events(text).count(("meeting", "2024-10-29")) == 1


def statuses(text, anchor):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_a_connective_with_a_comma_takes_the_final_verbs_tense():
    found = statuses("한빛위는 5월 8일 마닐라에서 간담회를 개최하여, 애로사항을 청취하고 지원 방안을 논의하였다.", "2026-05-08")
    assert ("meeting", "2026-05-08", "occurred") in found
    found = statuses("한빛위는 5월 8일 마닐라에서 간담회를 개최하여, 애로사항을 청취할 계획이다.", "2026-05-08")
    assert ("meeting", "2026-05-08", "planned") in found


def test_a_month_or_a_year_already_past_is_no_plan():
    found = statuses("이번 의향서는 2024년 6월 양 기관이 체결한 양해각서의 후속 조치로, 양측은 내년에 공동 연구를 추진할 계획이다.",
                     "2025-11-08")
    assert ("agreement", "2024-06", "occurred") in found


def test_days_under_way_or_starting_on_the_release_day_are_told_as_happening():
    found = statuses("한빛청장은 5월 21일부터 5월 30일까지 제네바에서 개최되는 세계보건총회에 참석한다.", "2023-05-25")
    assert ("meeting", "2023-05-21/2023-05-30", "occurred") in found
    found = statuses("한빛청장은 5월 28일부터 5월 30일까지 제네바에서 개최되는 세계보건총회에 참석한다.", "2023-05-25")
    assert ("meeting", "2023-05-28/2023-05-30", "planned") in found


def test_a_half_under_way_told_in_the_present_is_a_plan():
    found = statuses("한빛농기는 하반기 중 소형 자율주행 트랙터를 출시한다.", "2024-08-21")
    assert ("launch", "2024-H2", "planned") in found


def test_arrests_and_extraditions_are_happenings():
    found = events("한빛경찰청은 보이스피싱 조직원 43명을 검거했다고 5일 밝혔다.", anchor="2026-12-05")
    assert ("other", "2026-12-05") in found
    found = events("한빛경찰청은 현지 총책을 지난달 18일 국내로 송환했다.", anchor="2026-12-05")
    assert ("other", "2026-11-18") in found
