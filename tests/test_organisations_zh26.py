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
