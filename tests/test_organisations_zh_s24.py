"""Chinese and English organisation names (twenty-fourth session): short forms of one body (a
shorter legal form, the name's first words in its bracket, a headline's clipped name), a ministry
whose name holds 與, a town's government the gazetteer does not know. Sentences written here; the
bodies are invented."""
import pytest

from pipeline.api import extract


def _orgs(text: str, lang: str) -> dict[str, list[str]]:
    return {o.name: sorted(o.aliases) for o in extract(text, lang=lang, anchor="2025-03-04")["organisations.jsonl"]}


@pytest.mark.parametrize("text, short, full", [
    # a shorter legal form
    ("嘉禾市政府與青嵐電力公司合作 推動綠電\n\n嘉禾市政府今（4）日與青嵐電力股份有限公司簽署備忘錄。", "青嵐電力公司", "青嵐電力股份有限公司"),
    # the first words of the name in its bracket
    ("嘉禾市政府今（4）日與青嵐精密工業股份有限公司（青嵐）簽署意向書。市府將協助青嵐取得用地。", "青嵐", "青嵐精密工業股份有限公司"),
    # a headline's name with its middle left out
    ("嘉禾部攜手法國國家影像中心 推動合製\n\n嘉禾部今（4）日宣布，與法國國家影像及動畫中心（CNIA）簽署合作協議。", "法國國家影像中心",
     "法國國家影像及動畫中心"),
])
def test_a_short_form_names_the_same_body(text, short, full):
    orgs = _orgs(text, "zh")
    assert short not in orgs
    assert short in orgs[full]


def test_a_group_and_its_listed_company_stay_two():
    orgs = _orgs("青嵐石油集團有限公司與青嵐石油股份有限公司今日簽署協議。", "zh")
    assert {"青嵐石油集團有限公司", "青嵐石油股份有限公司"} <= set(orgs)


def test_a_ministry_whose_name_holds_yu():
    orgs = _orgs("青嵐能源公司3日在布達佩斯與匈牙利外交與對外經濟部簽署協議。", "zh")
    assert "匈牙利外交與對外經濟部" in orgs


def test_yu_between_a_title_and_a_bureau_joins_no_name():
    orgs = _orgs("嘉禾市李大同市長與南區管理局局長共同主持開幕。", "zh")
    assert not any("市長與" in n for n in orgs)


def test_the_city_of_a_town_the_gazetteer_does_not_know_acts_as_a_government():
    orgs = _orgs("The City of Maple Hollow has selected Brightwell Energy LLC to build a solar farm.", "en")
    assert "City of Maple Hollow" in orgs


def test_a_city_lived_in_is_a_place():
    assert "City of Maple Hollow" not in _orgs("Brightwell Energy LLC moved its office to the City of Maple Hollow.", "en")


def test_a_japanese_physicians_association_is_a_body():
    assert "日本醫師會" in _orgs("部長此行也與日本醫師會會長會面。", "zh")


def test_a_group_and_its_company_with_the_group_word_left_out_stay_two():
    orgs = _orgs("青岚海洋石油集团有限公司与青岚海洋石油有限公司今日签署协议。", "zh")
    assert {"青岚海洋石油集团有限公司", "青岚海洋石油有限公司"} <= set(orgs)
