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
