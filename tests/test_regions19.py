"""World regions are places (pipeline/nlp/places.py, nlp/data/regions.txt): never an organisation,
never the short form of one, and a region word an acronym spells stays in the name it renders
(`유럽 …(E…)`). Ordinals (`제3차`) are no short form either. The sentences are written for these
tests."""
from pipeline import extract
from pipeline.nlp.places import is_place, is_region


def result(text, lang="ko"):
    return extract(text, lang=lang, anchor="2026-12-06")


def test_region_names_in_three_languages_are_places():
    for name in ("유럽", "동남아시아", "라틴 아메리카", "중남미", "아태지역", "Southeast Asia", "Latin America",
                 "東南亞", "欧洲", "중동"):
        assert is_region(name) and is_place(name), name


def test_the_world_and_bodies_named_after_regions_are_not_regions():
    for name in ("세계", "world", "유럽연합", "아세안", "Asia Pacific Partners", "중남미협력재단"):
        assert not is_region(name), name


def test_places_paired_by_a_hyphen_or_a_middle_dot_are_a_place():
    for name in ("한-중남미", "한·아프리카", "한-미"):
        assert is_place(name), name
    for name in ("교육부-한빛전자", "한-다솜재단"):
        assert not is_place(name), name


def test_a_pair_of_places_opening_a_name_is_not_its_short_form():
    text = ("농촌진흥청은 6일 한-아프리카 다솜농업협의체(KADAC) 총회를 열었다. "
            "이번 총회에서는 한-아프리카 간 농업 협력 방안을 논의했다. "
            "한-아프리카 다솜농업협의체는 2015년 출범했다.")
    r = result(text)
    org = next(o for o in r["organisations.jsonl"] if o.english_name == "KADAC")
    assert "한-아프리카" not in (org.aliases or [])
    # the relation `한-아프리카 간` is not a mention of the body
    assert all(m.text != "한-아프리카" for m in org.mentions)


def test_an_ordinal_opening_a_name_is_not_its_short_form():
    # (the acronym carries the number, so the ordinal stays in the name it renders)
    text = ("해수부는 6일 제5기 누리해양위원회(NOC5)와 협약을 맺었다. 해수부는 제5기 출범을 축하했다.")
    org = next(o for o in result(text)["organisations.jsonl"] if o.english_name == "NOC5")
    assert org.name == "제5기 누리해양위원회"
    assert "제5기" not in (org.aliases or [])
    assert all(m.text != "제5기" for m in org.mentions)


def test_a_region_word_the_acronym_spells_stays_in_the_name():
    text = "개인정보위는 6일 유럽 다솜감독기관(EDSA)과 협력 방안을 논의했다."
    pairs = {(a.name.text, a.alias.text) for a in result(text)["aliases.jsonl"]}
    assert ("유럽 다솜감독기관", "EDSA") in pairs


def test_a_region_word_the_acronym_does_not_spell_is_where_the_body_is():
    text = "개인정보위는 6일 유럽 다솜감독기관(DSA)과 협력 방안을 논의했다."
    pairs = {(a.name.text, a.alias.text) for a in result(text)["aliases.jsonl"]}
    assert ("다솜감독기관", "DSA") in pairs
