"""Chinese organisations: a contraction of a body's full name (`南科管理局` of `南部科學園區管理局`) is
the same body, one record (organisations/find.py `_join_contractions`); a firm's country before its
name (`德商`) is no part of it; a programme's title in quotes (`「半導體學院」計畫`) is no body. The
sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name: o for o in extract(text, lang="zh", anchor="2026-06-12")["organisations.jsonl"]}


def test_a_contraction_of_a_full_name_is_the_same_body():
    text = ("經濟部攜手南科管理局推動人才培育\n\n"
            "經濟部今（12）日與南部科學園區管理局共同舉辦論壇。")
    found = orgs(text)
    assert "南科管理局" not in found and "南科管理局" in found["南部科學園區管理局"].aliases


def test_two_bodies_with_one_contraction_each_stay_apart():
    found = orgs("市府與臺南市政府觀光旅遊局及市府交通局合作。")
    assert "臺南市政府觀光旅遊局" in found


def test_a_firms_country_before_its_name_is_no_part_of_it():
    assert "默克集團" in orgs("德商默克集團將於下月在南科設立研發中心。")


def test_a_programmes_title_in_quotes_is_no_body():
    assert "半導體學院" not in orgs("經濟部將自明年起投入5億元辦理「半導體學院」計畫。")


def test_a_subsidiarys_full_name_is_no_contraction_of_its_parents():
    found = orgs("中国海洋石油集团有限公司旗下的中国海洋石油有限公司今日在香港联合交易所上市。")
    assert {"中国海洋石油集团有限公司", "中国海洋石油有限公司"} <= set(found)
