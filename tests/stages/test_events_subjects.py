"""Who acts in an event, beyond the example tables: rules that need more than one line of text."""
from pipeline.stages.events import run_example


def _subjects(lang, text, orgs, anchor="2025-03-05"):
    return [(e["type"], e["date"]["value"], [p["name"] for p in e["participants"] if p["role"] == "subject"])
            for e in run_example(lang, text, anchor, orgs)]


def test_a_korean_note_line_takes_no_subject_from_the_sentences_before():
    text = "한빛부는 3일 새빛은행과 협약을 체결했다.\n※ 누리협의회: 2019년 5월 출범한 민간 협의체로 회원사 정보를 공유"
    got = _subjects("ko", text, [("한빛부", "government"), ("새빛은행", "company")])
    assert got == [("agreement", "2025-03-03", ["한빛부"]), ("launch", "2019-05", [])]


def test_a_korean_line_without_a_note_mark_carries_the_subject_on():
    text = "한빛부는 3일 새빛은행과 협약을 체결했다.\n지난해 4월부터 온라인 상담 창구를 운영하고 있다."
    got = _subjects("ko", text, [("한빛부", "government"), ("새빛은행", "company")])
    assert got == [("agreement", "2025-03-03", ["한빛부"]), ("launch", "2024-04", ["한빛부"])]


def test_a_korean_gathering_named_without_its_verb_or_a_topic_has_no_subject():
    text = "한빛부는 3일 새빛은행과 협약을 체결했다. 이는 지난 12월 한-누리 고위급 회담에서 확인한 협력 방향에 따른 것이다."
    got = _subjects("ko", text, [("한빛부", "government"), ("새빛은행", "company")])
    assert got == [("agreement", "2025-03-03", ["한빛부"]), ("meeting", "2024-12", [])]


def test_a_sentence_repeated_word_for_word_tells_one_meeting():
    orgs = [("가람전자", "company"), ("새빛은행", "company")]
    text = "가람전자는 3일 서울에서 신제품 설명회를 개최했다.\n▶ 가람전자는 3일 서울에서 신제품 설명회를 개최했다."
    assert _subjects("ko", text, orgs) == [("meeting", "2025-03-03", ["가람전자"])]
    # two meetings told in two different sentences of one day stay two
    text = "가람전자는 3일 서울에서 신제품 설명회를 개최했다. 가람전자는 3일 부산에서 투자 설명회를 개최했다."
    assert len(_subjects("ko", text, orgs)) == 2
