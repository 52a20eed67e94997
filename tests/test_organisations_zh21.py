"""Chinese organisations: a government body's units named after it are one name with it
(`內政部警政署刑事警察局`, a commission's bureau, an agency's branch `…分署` that jieba tags as a
verb); acting together with a body (`會同`, `偕同`) is no part of its name (organisations/zh.py,
data/zh_name_breaks.txt); each body of a kind in a place (`…縣各鄉鎮市公所`) is no name; a foreign firm's
registration mark (`荷蘭商`, `新加坡商`: nlp.places.registration_mark_end) is no part of its name or of its
pair's. The sentences are written for these tests."""
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


def test_a_foreign_firms_registration_mark_is_no_part_of_its_name():
    assert orgs("荷蘭商恩智浦半導體股份有限公司今日表示。") == ["恩智浦半導體股份有限公司"]
    assert orgs("香港商雅虎資訊股份有限公司今日表示。") == ["雅虎資訊股份有限公司"]


def test_a_registration_mark_before_a_bracketed_rendering_is_cut_from_the_pair():
    found = extract("市府與新加坡商星展銀行（DBS）簽約，由新加坡商星展銀行（DBS Bank）捐款。", lang="zh",
                    anchor="2026-06-12")["aliases.jsonl"]
    assert {(a.name.text, a.alias.text) for a in found} == {("星展銀行", "DBS"), ("星展銀行", "DBS Bank")}


def test_a_word_that_shang_opens_after_a_country_is_kept():
    assert orgs("中國商務部今日表示。") == ["中國商務部"]
