"""Chinese and Korean organisations: a foundation's or an association's legal form before its name
(`財團法人`, `사단법인`) is a legal form, one body with or without it, and its org_key ignores it; verbs of
approving, honouring and penalising that the segmenter reads as nouns (`核准`) start no name; a count
and its classifier before a name make it a kind (`28所偏鄉國小`); a ministry's department (`…司`) is
a government body. The sentences are written for these tests."""
from pipeline import extract
from pipeline.stages.organisations.keys import org_key


def orgs(text, lang="zh"):
    return {o.name: o for o in extract(text, lang=lang, anchor="2026-12-04")["organisations.jsonl"]}


def test_a_foundation_named_with_and_without_its_legal_form_is_one_body():
    found = orgs("花蓮縣政府與財團法人青松文教基金會今（3）日簽署合作備忘錄。青松文教基金會將派遣志工進駐各校。")
    assert "財團法人青松文教基金會" in found
    assert "青松文教基金會" not in found
    found = orgs("사단법인 한울공공연구원은 3일 순천시를 우수 지자체로 선정했다. 한울공공연구원은 내년 2월 시상식을 연다.", "ko")
    assert "사단법인 한울공공연구원" in found
    assert "한울공공연구원" not in found


def test_the_org_key_ignores_a_legal_form_before_the_name():
    assert org_key("財團法人青松文教基金會") == org_key("青松文教基金會")
    assert org_key("사단법인 한울공공연구원") == org_key("한울공공연구원")
    assert org_key("(사)한울요트협회") == org_key("㈔한울요트협회") == org_key("한울요트협회")
    assert org_key("한울법인연구원") == "한울법인연구원"   # (not inside a name)


def test_a_verb_of_approving_starts_no_name():
    found = orgs("經濟部今（4）日核准金鼎精密工業股份有限公司赴海外投資，並核准日商北辰電機股份有限公司（Hokushin Denki）來臺增資。")
    assert "金鼎精密工業股份有限公司" in found
    assert not any(n.startswith("核准") for n in found)


def test_a_count_before_a_name_makes_it_a_kind():
    found = orgs("計畫將為縣內28所偏鄉國小添購平板電腦，並由青松國小率先試辦。")
    assert not any(n.endswith("偏鄉國小") for n in found)


def test_a_ministrys_department_is_government():
    found = orgs("經濟部產業合作司（以下簡稱合作司）今日召開會議。")
    assert found["經濟部產業合作司"].kind == "government"


def test_a_ministrys_research_institute_and_the_cabinets_ministry_are_named_by_both():
    assert "農業部農業試驗所" in orgs("農業部農業試驗所今日公布新品種試驗結果。")
    assert "行政院農業部農業試驗所" in orgs("由行政院農業部農業試驗所與青松大學共同執行三項研究計畫。")
    found = orgs("經濟部今日與工業技術研究院簽署合作備忘錄。")
    assert {"經濟部", "工業技術研究院"} <= set(found)
