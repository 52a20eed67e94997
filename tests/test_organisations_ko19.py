"""Korean organisations: a named body's unit whose every word Kiwi reads as a common noun
(`누리대학교 산학협력단`: `누리` is a common noun too) is a body, not a description of a kind of body
(pipeline/stages/organisations/exclude.py, `_unit_of_a_named_body`; data/organisation_endings.tsv).
The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="ko", anchor="2026-12-06")["organisations.jsonl"]}


def test_a_universitys_unit_named_with_a_common_noun_stem_is_a_body():
    assert "누리대학교 산학협력단" in orgs("다솜시는 6일 누리대학교 산학협력단과 협약을 맺었다.")
    assert "중앙대학교 산학협력단" in orgs("다솜시는 6일 중앙대학교 산학협력단과 협약을 맺었다.")


def test_a_description_of_a_kind_of_body_stays_out():
    assert not any("감독기구" in n for n in orgs("다솜시는 6일 국제 개인정보 감독기구와 협약을 맺었다."))
    assert not any("연구센터" in n for n in orgs("다솜시는 6일 지역 대학교 연구센터와 협약을 맺었다."))


def test_a_city_that_is_a_partner_of_a_deal_is_its_government():
    text = "해남군은 3일 목포시와 협약을 체결했다."
    r = extract(text, lang="ko", anchor="2026-12-08")
    assert {"해남군", "목포시"} <= {o.name for o in r["organisations.jsonl"]}
    deal = next(e for e in r["events.jsonl"] if e.type == "agreement")
    assert ("목포시", "partner") in [(p.name, p.role) for p in deal.participants]


def test_a_city_of_the_world_with_its_si_that_acts_is_its_government():
    assert "울란바토르시" in orgs("가람군은 3일 울란바토르시와 우호교류 협약을 체결했다.")


def test_a_city_visited_or_where_something_is_held_stays_a_place():
    assert "목포시" not in orgs("해남군은 3일 목포시에서 행사를 열었다.")
    assert not orgs("관광객은 목포시와 여수시를 찾았다.")
