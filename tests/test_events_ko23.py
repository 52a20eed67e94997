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


def test_a_prize_taken_is_an_award():
    assert ("award", "2026-11-03") in events("해솔시청 양궁팀은 3일 전국체전에서 금메달을 획득했다.", "2026-11-05")
    assert ("award", "2026-11-03") in events("해솔 축구단은 3일 리그 우승을 차지했다.", "2026-11-05")
    assert ("award", "2026-11-03") in events("해솔군은 3일 공모전에서 2년 연속 대상의 영예를 안았다.", "2026-11-05")
    assert ("award", "2026-11-03") in events("해솔군은 3일 시상식에서 종합대상을 거머쥐었다.", "2026-11-05")


def test_a_rank_or_a_share_taken_is_no_award():
    assert not events("해솔전자는 지난해 국내 시장 점유율 1위를 차지했다.", "2026-11-05")
    assert not events("수출이 지난 3일 전체의 40%를 차지했다.", "2026-11-05")


def test_what_happens_at_a_gathering_a_relative_clause_dates_happens_on_its_day():
    got = events("19일부터 20일까지 성수동에서 개최된 ‘새싹 챔피언십’ 최종발표 대회에서는 바다랩 등 5개 팀이 "
                 "1등을 차지했다.", "2020-11-22")
    assert ("award", "2020-11-19/2020-11-20") in got
    assert ("meeting", "2020-11-19/2020-11-20") in got


def test_a_choice_made_in_results_a_relative_clause_dates_is_made_on_their_day():
    got = events("해솔군이 3일 발표된 정부혁신 평가에서 우수기관으로 선정됐다.", "2026-11-05")
    assert ("designation", "2026-11-03") in got


def test_results_made_public_are_announced_a_product_shown_is_not():
    assert ("announcement", "2020-06-24") in events("올해 청렴도 평가 결과가 6월 24일 공개되었으며, 해솔군은 1등급을 받았다.",
                                                  "2020-06-26")
    assert ("announcement", "2027") in events("2027년 공개될 외부평가 일정을 회원국과 공유했다.", "2026-11-05")
    assert not [e for e in events("해솔전자는 24일 신제품 시제품을 공개했다.", "2026-11-26") if e[0] == "announcement"]


def subjects(text, anchor="2025-12-04"):
    return [(e.type, next((p.name for p in e.participants if p.role == "subject"), None))
            for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"]]


def test_a_note_that_defines_a_body_tells_of_it_before_any_topic_of_its_description():
    text = ("산업부는 내년 상반기 중 ‘한-캐나다 수소 공동위원회’를 서울에서 개최할 계획이다.\n"
            " ※ 한-캐나다 수소 공동위원회 : 양국 정부와 기업이 참여하는 수소 분야 협의체로 2024년 10월 출범")
    assert ("founding", "한-캐나다 수소 공동위원회") in subjects(text)


def test_a_foreign_ministry_after_its_country_and_its_rendering_is_a_partner():
    got = extract("산업통상자원부는 3일 아부다비에서 아랍에미리트(UAE) 에너지인프라부와 양해각서를 체결했다.",
                  lang="ko", anchor="2025-12-04")
    assert "에너지인프라부" in [o.name for o in got["organisations.jsonl"]]
    deal = next(e for e in got["events.jsonl"] if e.type == "agreement")
    assert ("에너지인프라부", "partner") in [(p.name, p.role) for p in deal.participants]


def test_a_resolution_is_an_approval_told_beside_the_meeting_that_made_it():
    got = events("정부는 3월 3일(금) 정부서울청사에서 제2차 지원위원회를 개최하여 추진상황을 점검하고 중점과제 등을 "
                 "심의·의결하였다.", "2023-03-05")
    assert ("approval", "2023-03-03") in got and ("meeting", "2023-03-03") in got
    assert ("approval", "2026-10-03") in events("이사회는 3일 안건을 의결했다.")


def test_a_month_or_a_year_in_what_is_resolved_dates_no_resolution():
    got = events("이번 회의에서는 고위관리회의를 오는 12월 중순 서울에서 개최하는 방안을 의결하였다.", "2026-10-02")
    assert not [e for e in got if e[0] == "approval"]


def test_a_programme_put_in_place_is_launched_a_law_comes_into_force():
    assert ("launch", "2019-05-08") in events("정부는 2019.5.8. 통합인증 제도를 본격시행했다.", "2020-05-08")
    assert ("launch", "2020-04") in events("이 조치는 2020년 4월 처음 시행된 이후 연장되었다.", "2021-03-02")
    assert ("other", "2026-11-03") in events("개정 법률은 3일부터 시행된다.", "2026-11-01")
    assert ("other", "2026-11-03") in events("방역 지침은 3일부터 시행 중이다.", "2026-11-05")


def test_a_service_started_is_launched():
    assert ("launch", "2026-11-03") in events("해솔은행은 3일 모바일 대출 서비스를 시작했다.", "2026-11-05")
