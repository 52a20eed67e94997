"""Korean organisations: a county's office of a kind that Kiwi knows as one proper noun (`농업기술센터`)
keeps its county before it, as one whose words Kiwi reads as common nouns does (`강진군
도시재생지원센터`). The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="ko", anchor="2026-11-05")["organisations.jsonl"]}


def test_a_countys_office_of_a_kind_keeps_its_county():
    assert "담양군 농업기술센터" in orgs("담양군 농업기술센터는 3일 귀농인 교육을 열었다.")
    assert "해솔군 농업기술센터" in orgs("해솔군 농업기술센터는 3일 귀농인 교육을 열었다.")
