"""Organisations (twenty-seventh session): a firm named after its founders' surnames joined by `&`, where
the entity model reads the first surname as a person; a Korean school named by the short form of its name
(`…대` of `…대학교`); a province's agricultural research and extension service (`…농업기술원`). Sentences
written here; the bodies are invented but for the province's service, which every province has."""
from pipeline.api import extract


def _orgs(text: str, lang: str) -> dict[str, list[str]]:
    return {o.name: [m.text for m in o.mentions]
            for o in extract(text, lang=lang, anchor="2025-03-04")["organisations.jsonl"]}


def test_a_firm_named_after_founders_joined_by_an_ampersand_keeps_the_first_name():
    orgs = _orgs("Tessaly Partners is serving as financial advisor to Corvane, and Morrison & Blake LLP is acting "
                 "as its legal counsel.", "en")
    assert "Morrison & Blake LLP" in orgs
    assert "Blake LLP" not in orgs


def test_a_korean_school_by_its_short_form_is_the_school():
    orgs = _orgs("한빛시는 2일 핀란드 오울루대학교와 협약을 맺었다. 협약식에는 오울루대 관계자와 누리고등학교 학생들이 참석했으며, "
                 "누리고 학생 10명은 내년 교류에 참여한다.", "ko")
    full = next(n for n in orgs if n.endswith("오울루대학교"))
    assert "오울루대" in orgs[full] and "오울루대" not in orgs
    assert "누리고" not in orgs or "누리고등학교" not in orgs


def test_a_provinces_agricultural_research_service_is_a_body():
    orgs = _orgs("협약식에는 김영희 지사와 충북농업기술원 관계자 등 20여 명이 참석했다.", "ko")
    assert "충북농업기술원" in orgs


def test_a_council_ends_a_chinese_bodys_name():
    orgs = _orgs("此外，青山商会与南洋工商理事会当天还签署了合作谅解备忘录。", "zh")
    assert "南洋工商理事会" in orgs


def test_a_department_named_after_its_ministry_is_named_by_its_own_name_too():
    orgs = _orgs("海濱部投資審議司今（4）日公布統計。投資審議司指出，明年將推動流程數位化。", "zh")
    assert orgs.get("海濱部投資審議司") == ["海濱部投資審議司", "投資審議司"]


def test_a_peoples_adjective_before_a_partner_is_no_body():
    orgs = _orgs("In October, Kestrel Labs signed an agreement with Japanese drugmaker Harbor Cells Co., Ltd. and "
                 "a second one with the South Korean firm Dalmun Bio Inc.", "en")
    assert "Japanese" not in orgs and "South Korean" not in orgs
    assert "Harbor Cells Co., Ltd." in orgs


def test_a_first_word_written_in_an_email_address_is_still_a_short_form():
    orgs = _orgs("BOSTON, Dec. 1, 2026 -- Calvane Therapeutics, Inc., a biotechnology company, today announced a "
                 "deal. Calvane will present data on December 12, 2026.\n\nInvestor Contact: ir@calvane.example", "en")
    assert "Calvane" in orgs["Calvane Therapeutics, Inc."]


def test_a_body_located_in_a_place_is_named_after_the_place():
    orgs = _orgs("한빛부 장관은 1일에는 마닐라 소재 누리종합병원을 방문했다.", "ko")
    assert "누리종합병원" in orgs
    assert not any(n.startswith("마닐라") for n in orgs)


def test_a_title_and_a_name_ending_in_an_organisation_word_is_no_body():
    orgs = _orgs("青山市政府昨（2）日與海濱縣政府簽署備忘錄，由市長王大明與海濱縣知事服部一郎共同見證。", "zh")
    assert not any("服部" in n for n in orgs)


def test_a_looked_up_trade_name_that_opens_a_full_company_name_is_that_company():
    # (a real company's looked-up trade name; the sentences are written here)
    orgs = _orgs("宁德时代新能源科技股份有限公司2日与青山市政府签署协议。青山市长表示，宁德时代工厂已于今年6月投产。", "zh")
    assert "宁德时代" not in orgs
    assert "宁德时代" in orgs["宁德时代新能源科技股份有限公司"]


def test_the_first_words_of_a_quoted_gatherings_name_are_no_firm():
    orgs = _orgs("행사 첫날인 8일에는 개막식과 함께 '아시아 벤처투자 포럼'이 열린다. 가람벤처투자 대표도 참석한다.", "ko")
    assert "아시아 벤처투자" not in orgs
    assert "가람벤처투자" in orgs


def test_a_group_named_after_a_trade_name_is_a_body_of_its_own():
    # (real companies' looked-up names; the sentences are written here)
    orgs = _orgs("腾讯音乐娱乐集团2日与青山市政府签署协议。腾讯也派员出席。", "zh")
    assert "腾讯" in orgs and "腾讯音乐娱乐集团" in orgs
