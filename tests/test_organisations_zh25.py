"""Chinese organisations: a part of a place named by its direction (`阿拉斯加州南部`, `臺灣中部`) ends in
部 like a ministry but is no body. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="zh", anchor="2025-12-05")["organisations.jsonl"]}


def test_a_part_of_a_place_is_no_body():
    found = orgs("該河流經美國阿拉斯加州南部，經濟部今天說明了水權案。")
    assert "經濟部" in found
    assert not any(n.endswith("南部") for n in found), found
