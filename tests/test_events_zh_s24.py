"""Chinese events and names, from probe releases (twenty-fourth session): a place before a partner's
name, a title that ends in 展, a clause's own tense, a list item's kind, a province where something
is done. Sentences written here; the bodies are invented."""
from pipeline.api import extract


def _run(text: str, lang: str = "zh", anchor: str = "2025-03-04") -> dict:
    return extract(text, lang=lang, anchor=anchor)


def _events(text: str, anchor: str = "2025-03-04") -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(e.type, e.date.value, [(p.name, p.role) for p in e.participants]) for e in _run(text, anchor=anchor)["events.jsonl"]]


def test_a_place_before_the_name_a_preposition_governs_keeps_it_a_partner():
    events = _events("青嵐農業部今（4）日表示，部長於本月2日與新加坡嘉禾平價合作社（Jiahe FairMart）簽署採購協議。")
    deal = [e for e in events if e[0] == "agreement"]
    assert deal and ("青嵐農業部", "subject") in deal[0][2] and ("嘉禾平價合作社", "partner") in deal[0][2]


def test_a_title_ending_in_zhan_is_an_exhibition():
    events = _events("青嵐農業部規劃於明年4月在新加坡舉辦「臺灣水果展」。")
    assert [e[:2] for e in events] == [("meeting", "2026-04")]


def test_a_tense_marker_of_the_next_clause_does_not_move_a_day():
    text = "新华社利雅得10月28日电（记者王磊）青岚电网有限公司27日在利雅得与嘉禾电力公司签署合作协议，双方将在东部共建示范项目。"
    timexes = [(t.text, t.value) for t in _run(text, anchor="2026-12-03")["timexes.jsonl"]]
    assert ("27日", "2026-10-27") in timexes


def test_a_province_where_something_is_done_is_a_place():
    orgs = {o.name for o in _run("青岚电网有限公司与嘉禾电力公司签署协议，双方将在沙特东部省共建示范项目。")["organisations.jsonl"]}
    assert "沙特东部省" not in orgs and "青岚电网有限公司" in orgs


def test_a_korean_city_listed_with_a_company_is_its_government():
    text = "전라남도는 5일 도청에서 덴마크 풍력터빈 제조사 베스타스(Vestas), 목포시, 신안군과 투자협약을 체결했다."
    orgs = {o.name: o.kind for o in _run(text, lang="ko", anchor="2026-12-05")["organisations.jsonl"]}
    assert orgs["목포시"] == "government"


def test_a_head_named_after_the_title_acts_for_the_body_the_clause_is_about():
    events = _events("青嵐環境部今（4）日表示，部長林大同於3日與荷蘭嘉禾水務部簽署備忘錄。")
    deal = [e for e in events if e[0] == "agreement"]
    assert deal and ("青嵐環境部", "subject") in deal[0][2]


def test_a_korean_mayors_title_glued_to_the_city_is_no_second_body():
    orgs = {o.name for o in _run("포항시는 18일 협약을 체결했다. 김하늘 포항시장은 \"지원하겠다\"고 말했다.", lang="ko")["organisations.jsonl"]}
    assert "포항시장" not in orgs and "포항시" in orgs
