"""Chinese: a country told as an ally before its name (`友邦`, `邦交國`, `盟邦`) describes the
country and is no part of the body's name. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="zh", anchor="2026-11-05")["organisations.jsonl"]}


def test_an_ally_named_before_a_ministry_is_no_part_of_it():
    assert "嵐灣國外交部" in orgs("副總統今（5）日接見友邦嵐灣國外交部長一行。")
    assert "白山國農業部" in orgs("農業部長與邦交國白山國農業部長簽署合作協定。")
    assert not any(name.startswith(("友邦", "邦交", "盟邦")) for name in orgs("外交部今（5）日與盟邦藍灣國國防部會談。"))


def records(text):
    return {o.name: o for o in extract(text, lang="zh", anchor="2026-11-05")["organisations.jsonl"]}


def test_a_short_form_in_a_bracket_after_the_full_name_is_the_same_body():
    found = records("經濟部中小及新創企業署（中小新創署）今（5）日與青山銀行合作辦理論壇，中小新創署表示將持續推動。")
    assert "中小新創署" not in found
    assert "中小新創署" in found["經濟部中小及新創企業署"].aliases
    found = records("青山港務股份有限公司（青山港務公司）今（5）日宣布擴建碼頭。")
    assert list(found) == ["青山港務股份有限公司"]


def test_a_foundations_legal_form_opens_a_name_whatever_its_last_word():
    found = records("本計畫由財團法人青山產業策進會（青策會）執行。")
    assert "財團法人青山產業策進會" in found
    assert "青策會" in found["財團法人青山產業策進會"].aliases


def test_a_universitys_own_school_is_named_by_both():
    assert "青山大學附設高中" in records("青山大學附設高中今（5）日舉辦校慶。")


def test_a_city_or_county_that_acts_at_its_clauses_head_is_its_government():
    assert records("青禾國中榮獲團體第一名，臺南市亦摘下縣市團體獎全國第三名。")["臺南市"].kind == "government"
    assert "熊本縣" in records("熊本縣去年更在臺南設立辦事處。")
    assert "臺南市" not in records("青禾基金會今日在臺南市舉辦活動。")


def test_a_city_a_deal_is_made_with_is_its_government():
    text = "青禾市政府今（5）日與日本熊本市締結友好城市，並與高雄市簽署合作備忘錄。"
    found = records(text)
    assert found["日本熊本市"].kind == "government" and "高雄市" in found
    agreement = next(e for e in extract(text, lang="zh", anchor="2026-11-05")["events.jsonl"] if e.type == "agreement")
    assert ("日本熊本市", "partner") in {(p.name, p.role) for p in agreement.participants}
