"""Chinese organisations: a city's government the segmenter writes as one word (`深圳市政府`) is a body
like one it cuts in two (`合肥市` + `政府`); a company the registry knows stands in running text after a
preposition or a conjunction (`华为与腾讯签署`, `由鴻海與台積電`), not inside a longer word (`腾讯会议`, a
product) nor as a person's given name (`王強生`). The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="zh", anchor="2025-12-05")["organisations.jsonl"]}


def test_a_city_government_written_as_one_word_is_a_body():
    # jieba keeps `深圳市政府` and `广州市政府` whole; `合肥市政府` is `合肥市` + `政府`
    assert "深圳市政府" in orgs("深圳市政府今天发布了新的产业扶持办法。")
    assert "广州市政府" in orgs("会上，广州市政府介绍了投资环境。")
    assert "合肥市政府" in orgs("合肥市政府今天发布了新的产业扶持办法。")


def test_a_government_needs_its_place():
    # (`新内阁政府`: no place before it, no body's name)
    assert not any(n.endswith("政府") for n in orgs("新内阁政府今天宣布了预算。"))


def test_a_known_company_after_a_preposition_or_a_conjunction():
    assert {"华为", "腾讯"} <= orgs("华为与腾讯今天签署了云计算合作协议。")
    assert {"鴻海", "台積電"} <= orgs("該計畫由鴻海與台積電共同出資。")


def test_a_known_name_inside_a_longer_word_or_a_persons_name_is_none():
    assert "腾讯" not in orgs("本次发布会通过腾讯会议在线举行。")
    assert "強生" not in orgs("里長王強生今天出席了活動。")


def test_who_followed_are_listed_after_who_led():
    # (`由A领投、B跟投`: the followers' list begins after the leader's verb, not at the clause's start)
    found = orgs("公司去年完成了由青峰资本领投、远山创投跟投的B轮融资。")
    assert {"青峰资本", "远山创投"} <= found, found
    assert not any("公司去年" in n for n in found), found


def test_a_state_bodys_name_begins_at_its_country_or_at_guojia():
    found = orgs("此次合作是落实国家发展和改革委员会有关要求的具体举措。")
    assert "国家发展和改革委员会" in found, found
    assert "中华人民共和国国家发展和改革委员会" in orgs("中华人民共和国国家发展和改革委员会今天发布通知。")
    # (a field before 国家 names the national laboratory: `高速列车系统集成国家工程实验室`)
    assert "高速列车系统集成国家工程实验室" in orgs("该公司获批设立高速列车系统集成国家工程实验室。")


def test_the_name_without_its_legal_form_is_the_same_body():
    # (`碧湾港务集团` found on its own, after `碧湾港务集团有限公司`: one record, not two)
    found = extract("2026年5月18日，青峰储能与碧湾港务集团有限公司在宁波签署协议。\n\n碧湾港务集团总经理表示，此次合作意义重大。",
                    lang="zh", anchor="2026-05-18")["organisations.jsonl"]
    bodies = [o for o in found if "碧湾港务集团" in o.name]
    assert len(bodies) == 1, [o.name for o in found]
    assert bodies[0].name == "碧湾港务集团有限公司"


def test_words_of_an_earnings_report_name_no_body():
    # (`归属于上市公司股东的净利润`: the listed company's shareholders; `全资子公司`: a wholly owned subsidiary)
    found = orgs("第三季度，归属于上市公司股东的净利润为2.1亿元。公司全资子公司碧湾（香港）有限公司完成了收购。")
    assert not any("上市公司" in n or n.endswith("子公司") for n in found), found
    assert "碧湾（香港）有限公司" in found, found


def test_a_latin_name_with_its_legal_form_in_chinese_and_korean_text():
    found = orgs("公司已完成对德国芯片设计公司Kestrel Halbleiter GmbH的收购，并与Lumen Systems Inc.签约。")
    assert {"Kestrel Halbleiter GmbH", "Lumen Systems Inc."} <= found, found
    # (the kind of company before the Latin name describes it and names none)
    assert "德国芯片设计公司" not in found, found
    ko = {o.name for o in extract("한빛전자는 독일 Kestrel Halbleiter GmbH를 인수했으며, Lumen Systems Inc.와 계약을 맺었다.",
                                  lang="ko", anchor="2025-12-05")["organisations.jsonl"]}
    assert {"Kestrel Halbleiter GmbH", "Lumen Systems Inc."} <= ko, ko


def test_a_company_of_common_words_with_no_latin_name_after_it_stays():
    assert "中国石油天然气集团公司" in orgs("中国石油天然气集团公司今天发布了年度报告。")


def test_a_state_commission_by_its_short_form():
    found = orgs("国家发展改革委、财政部有关负责同志参加会议。国务院国资委今天召开会议。")
    assert {"国家发展改革委", "财政部", "国务院国资委"} <= found, found
    assert "国务院" not in found, found
    assert "国家卫健委" in orgs("国家卫健委今天发布了新的指引。")


def test_a_list_item_after_a_comma_begins_after_the_clauses_verb():
    # (`…创立，先后获得阿里巴巴、…等机构投资`: the first item after the comma runs on from a clause)
    found = orgs("青峰智能于2017年在杭州创立，先后获得远山资本、高瓴资本、IDG资本等机构投资。")
    assert "远山资本" in found, found
    assert not any(n.startswith("先后") for n in found), found


def test_a_universitys_attached_hospital_is_named_by_both():
    # (`附設` is a verb to the segmenter; it opens the attached hospital's word, no verb after the name)
    assert "青山大學附設醫院" in orgs("衛生局並與青山醫院、青山大學附設醫院合作辦理接種。")
    assert "藍海師範大學附屬高級中學" in orgs("藍海師範大學附屬高級中學今天舉辦校慶活動。")


def test_a_foundations_legal_form_opens_its_name_without_a_short_form_after_it():
    from pipeline import extract
    text = "經濟部今（12）日表示，明年將與財團法人青山產業推廣協進會合作，於北區開設數位課程。"
    found = {o.name for o in extract(text, lang="zh", anchor="2026-12-12")["organisations.jsonl"]}
    assert "財團法人青山產業推廣協進會" in found
