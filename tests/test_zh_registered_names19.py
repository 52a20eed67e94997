"""Chinese firms: a registered name with its place in brackets (`星河储能科技（深圳）有限公司`) keeps
the short name its release defines (`以下简称“星河储能”`) (aliases/boundary_zh.py); a preposition
governs a name its kind of body describes (`与德国能源企业莱茵能源集团签署`) (events/find.py). The
text is written for these tests."""
from pipeline import extract

TEXT = ("深圳，2026年11月20日——储能系统供应商星河储能科技（深圳）有限公司（以下简称“星河储能”）今日宣布完成C轮融资。"
        "今年9月，星河储能与德国能源企业莱茵能源集团签署战略合作协议。星河储能成立于2019年。")


def result():
    return extract(TEXT, lang="zh", anchor="2026-11-20")


def test_the_short_name_of_a_registered_name_with_its_place():
    org = next(o for o in result()["organisations.jsonl"] if o.name.startswith("星河储能"))
    assert org.name == "星河储能科技（深圳）有限公司"
    assert "星河储能" in org.aliases
    assert sum(m.text == "星河储能" for m in org.mentions) >= 2


def test_the_name_after_a_preposition_and_a_kind_of_body_is_the_partner():
    deal = next(e for e in result()["events.jsonl"] if e.type == "agreement")
    roles = {p.name: p.role for p in deal.participants}
    assert roles.get("星河储能科技（深圳）有限公司") == "subject"
    assert roles.get("莱茵能源集团") == "partner"


def test_the_founding_is_the_firms():
    founding = next(e for e in result()["events.jsonl"] if e.type == "founding")
    assert [p.name for p in founding.participants if p.role == "subject"] == ["星河储能科技（深圳）有限公司"]
