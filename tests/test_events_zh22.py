"""Chinese events: a name listed after one a preposition governs (`與甲公司、乙基金會簽署`) is governed
too, so the subject is the name before the preposition. The sentences are written for these tests."""
from pipeline import extract


def subject(text):
    ev = extract(text, lang="zh", anchor="2026-12-04")["events.jsonl"]
    return [next((p.name for p in e.participants if p.role == "subject"), None) for e in ev]


def test_names_listed_after_a_governed_one_are_no_subject():
    assert subject("花蓮縣政府教育處與金鼎精密工業股份有限公司、財團法人青松文教基金會今（3）日在縣府簽署合作備忘錄。") \
        == ["花蓮縣政府教育處"]


def test_names_coordinated_before_the_verb_still_give_the_first():
    assert subject("金鼎精密工業股份有限公司、北辰電機股份有限公司今（3）日共同簽署合作備忘錄。") == ["金鼎精密工業股份有限公司"]


def events(text):
    return [(e.type, e.date.value) for e in extract(text, lang="zh", anchor="2026-12-04")["events.jsonl"]]


def test_a_clause_that_opens_on_its_verb_happens_on_the_day_before():
    # the meeting held to approve is the approval's setting: one happening (annotation.md)
    assert ("approval", "2026-12-04") in events("審議會於今（4）日召開委員會議，核准金鼎精密工業股份有限公司赴海外投資案。")


def test_a_clause_with_its_own_date_keeps_it():
    found = events("審議會於今（4）日召開委員會議，明年3月將核准金鼎精密工業股份有限公司赴海外投資案。")
    assert ("approval", "2026-12-04") not in found


def test_a_figure_compared_with_another_period_is_no_happening():
    found = events("經濟部表示，今年1月至11月核准對外投資金額較去年同期成長12.3%，並將於明年3月公布全年統計。")
    assert not [e for e in found if e[0] in ("approval", "investment")]
    assert ("announcement", "2027-03") in found


def test_a_training_session_or_a_hearing_held_is_a_meeting():
    assert ("meeting", "2027-01-10") in events("衛生局並將於明年1月10日舉辦「食品業者衛生講習會」，邀請轄內業者參加。")
    assert ("meeting", "2027-01-12") in events("都發局訂明年1月12日召開都市計畫公聽會。")
