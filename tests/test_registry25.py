"""The registry knows Korea's large companies by their English and Korean names, so names with no
organisation word and no bracket (`LIG Nex1`, `Hyundai Rotem`, `현대로템`) are found and meet under one
key across languages; English firm names end in `Bio`, `Pharm`, `Telecom`, `Chemical` as they do in
`Labs`; and large Chinese firms are known by their short names (`中国商飞`). The sentences are written for
these tests."""
from pipeline import extract


def orgs(text, lang):
    return {o.name: o for o in extract(text, lang=lang, anchor="2025-12-05")["organisations.jsonl"]}


def test_korean_companies_without_a_marker_are_found_in_english():
    found = orgs("Korean Air and LIG Nex1 will build the drone with parts from Hyundai Rotem and SK Telecom.", "en")
    assert {"LIG Nex1", "Hyundai Rotem", "SK Telecom"} <= set(found), sorted(found)


def test_the_same_company_in_korean_meets_under_the_english_names_key():
    en = orgs("Hyundai Rotem will supply the trains from next year.", "en")
    ko = orgs("현대로템은 내년부터 열차를 공급한다.", "ko")
    assert en["Hyundai Rotem"].org_key == ko["현대로템"].org_key


def test_firm_endings_of_korean_companies_english_names():
    # (`Bio`, `Pharm`, `Telecom`, `Chemical`: the last word of many firms' English names)
    found = orgs("Hanbit Bio signed a licensing deal with Nuri Pharm and Daehan Telecom on Monday.", "en")
    assert {"Hanbit Bio", "Nuri Pharm", "Daehan Telecom"} <= set(found), sorted(found)


def test_large_chinese_firms_without_a_marker_are_found():
    found = orgs("12月2日，中国商飞与一家机器人企业在上海签约，中国平安和招商银行参与投资。", "zh")
    assert {"中国商飞", "中国平安", "招商银行"} <= set(found), sorted(found)
