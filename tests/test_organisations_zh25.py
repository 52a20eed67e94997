"""Chinese organisations: a part of a place named by its direction (`阿拉斯加州南部`, `臺灣中部`) ends in
部 like a ministry but is no body; a commission's short form the entity model reads (`國家發改委`) ends in 委 and
is one. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="zh", anchor="2025-12-05")["organisations.jsonl"]}


def test_a_part_of_a_place_is_no_body():
    found = orgs("該河流經美國阿拉斯加州南部，經濟部今天說明了水權案。")
    assert "經濟部" in found
    assert not any(n.endswith("南部") for n in found), found


def test_a_commissions_short_form_the_model_reads_is_a_body():
    # (`發改委`, `國資委`: a commission's short form ends in 委, the last of 委員會)
    assert "國家發改委" in orgs("2025年11月，該公司獲國家發改委批准設立新的實驗室。")


def test_a_zones_administrative_committee_is_the_body():
    # (`管委会`: the committee that runs a development zone, the zone's authority)
    found = orgs("北京经济技术开发区管委会12月3日与华芯半导体签署协议。")
    assert "北京经济技术开发区管委会" in found, found
