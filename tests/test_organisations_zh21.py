"""Chinese organisations: a government body's units named after it are one name with it
(`內政部警政署刑事警察局`, a commission's bureau, an agency's branch `…分署` that jieba tags as a
verb); acting together with a body (`會同`, `偕同`) is no part of its name (organisations/zh.py,
data/zh_name_breaks.txt); each body of a kind in a place (`…縣各鄉鎮市公所`) is no name. The sentences are
written for these tests."""
from pipeline import extract


def orgs(text):
    return [o.name for o in extract(text, lang="zh", anchor="2026-06-12")["organisations.jsonl"]]


def test_an_agencys_bureau_is_named_with_the_agency():
    assert orgs("內政部警政署航空警察局今日表示，將加強巡查。") == ["內政部警政署航空警察局"]


def test_a_commissions_administration_is_named_with_the_commission():
    assert orgs("國家科學及技術委員會中部科學園區管理局今日表示。") == ["國家科學及技術委員會中部科學園區管理局"]


def test_an_agencys_branch_is_named_with_the_agency():
    assert orgs("農業部林業及自然保育署花蓮分署今日表示。") == ["農業部林業及自然保育署花蓮分署"]


def test_a_clause_running_on_after_a_body_names_no_unit():
    assert orgs("本署將分署辦理相關業務。") == []


def test_acting_together_with_a_body_is_no_part_of_its_name():
    found = orgs("竹北分局日前會同法務部調查局破獲詐騙機房。")
    assert "法務部調查局" in found and not any(n.startswith("會同") for n in found)


def test_each_body_of_a_kind_in_a_place_is_no_name():
    assert orgs("縣府將於下月與青山縣各鄉鎮市公所合作舉辦宣導活動。") == []
    assert orgs("青山縣竹北市公所今日表示。") == ["青山縣竹北市公所"]
