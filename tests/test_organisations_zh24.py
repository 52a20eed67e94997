"""Chinese: a country told as an ally before its name (`友邦`, `邦交國`, `盟邦`) describes the
country and is no part of the body's name. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="zh", anchor="2026-11-05")["organisations.jsonl"]}


def test_an_ally_named_before_a_ministry_is_no_part_of_it():
    assert "嵐灣國外交部" in orgs("副總統今（5）日接見友邦嵐灣國外交部長一行。")
    assert "白山國農業部" in orgs("農業部長與邦交國白山國農業部長簽署合作協定。")
    assert not any(name.startswith(("友邦", "邦交", "盟邦")) for name in orgs("外交部今（5）日與盟邦藍灣國國防部會談。"))
