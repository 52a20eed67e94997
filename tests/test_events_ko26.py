"""Korean events: a fact dated by its telling (`…선정됐다고 2일 밝혔다`) is dropped for a telling
that dates it elsewhere only when that date may be the same happening's, in the two months before
the telling; a selection of last year told as past experience (`지난해 … 선정된 바 있다`) is
another happening. The sentences are written for these tests."""
from pipeline import extract


def events(text, anchor="2026-12-03"):
    return sorted((e.type, e.date.value) for e in extract(text, lang="ko", anchor=anchor)["events.jsonl"])


def test_a_selection_told_today_beside_last_years_is_two_happenings():
    text = ("한솔군은 환경부가 주관한 '2026년 녹색도시 공모'에서 최종 선정됐다고 2일 밝혔다.\n\n"
            "한편, 한솔군은 지난해 행정안전부 주관 평가에서도 우수기관으로 선정된 바 있다.\n")
    found = events(text)
    assert ("designation", "2026-12-02") in found
    assert ("designation", "2025") in found


def test_a_deal_told_today_and_dated_days_before_is_one_happening():
    text = ("한솔군은 누리전력과 업무협약을 체결했다고 2일 밝혔다.\n\n"
            "군은 지난달 27일 군청에서 체결한 이번 협약으로 태양광 사업을 함께 추진한다.\n")
    found = [e for e in events(text) if e[0] == "agreement"]
    assert found == [("agreement", "2026-11-27")]


def test_both_sides_agreeing_after_talks_do_not_list_the_subject_as_its_own_partner():
    text = ("□ 한빛부는 11월 25일(화) 오타와에서 캐나다 누리개발부와 공동위원회를 개최했다고 밝혔다.\n\n"
            "□ 양측은 인공지능 분야의 공동연구를 확대하기로 합의했다.\n")
    deal = next(e for e in extract(text, lang="ko", anchor="2026-11-26")["events.jsonl"] if e.type == "agreement")
    roles = [(p.name, p.role) for p in deal.participants]
    names = [n for n, _ in roles]
    assert len(names) == len(set(names)), roles
