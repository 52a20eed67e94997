"""Korean organisations: a name and its bracketed rendering that name a thing, a place or a person,
told by the noun the name modifies or by quotes around the pair (pipeline/stages/organisations/
exclude.py, data/ko_thing_heads.tsv). The sentences are written for these tests."""
from pathlib import Path

from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="ko", anchor="2025-11-20")["organisations.jsonl"]}


def test_a_name_that_modifies_a_noun_of_a_thing_names_the_thing():
    text = ("국방부는 20일 벨로리아(Veloria) 연합훈련에 참가했다고 밝혔다. "
            "양측은 카르멘타(Carmenta) 바이러스 대응을 논의했다.")
    found = orgs(text)
    assert "국방부" in found
    assert "벨로리아" not in found and "카르멘타" not in found


def test_a_name_before_a_ministers_title_is_a_person():
    found = orgs("장관은 20일 지오반(Giovan) 부총리와 회담을 가졌다고 국방부가 밝혔다.")
    assert "지오반" not in found


def test_a_name_before_a_place_noun_is_a_place():
    found = orgs("환경부 장관은 20일 오르다(Orda) 지구의 재활용 시설을 둘러봤다고 환경부가 밝혔다.")
    assert "오르다" not in found


def test_a_bodys_name_before_its_own_nouns_stays_a_body():
    text = "보건복지부 차관은 20일 핀란드의 에본도스(Evondos) 본사를 방문했다고 보건복지부가 밝혔다."
    assert "에본도스" in orgs(text)


def test_the_head_must_follow_at_every_mention():
    # once the name acts alone (`…와 협약을 맺었다`), the exercise reading of one mention does not decide
    text = ("해양수산부는 20일 벨로리아(Veloria) 시스템 도입을 검토했다. "
            "해양수산부는 이어 벨로리아와 업무협약을 체결했다고 밝혔다.")
    assert "벨로리아" in orgs(text)


def test_a_quoted_title_with_its_rendering_is_a_work_not_a_body():
    text = "문화체육관광부는 20일 특별전 ‘카르멘타(Carmenta)’를 국립해양박물관에서 연다고 밝혔다."
    found = orgs(text)
    assert "카르멘타" not in found
    assert "국립해양박물관" in found
    # the same pair unquoted, acting, is a body
    assert "카르멘타" in orgs("문화체육관광부는 20일 카르멘타(Carmenta)와 업무협약을 맺었다고 밝혔다.")


def test_a_terms_acronym_read_as_a_pairs_name_is_no_body():
    found = orgs("과학기술정보통신부는 20일 생성형 AI(Generative AI) 규범을 논의했다고 밝혔다.")
    assert "AI" not in found and "과학기술정보통신부" in found


def test_a_name_before_a_power_plant_names_the_plant():
    found = orgs("산업통상자원부는 20일 벨로리아(Veloria) 원전 운영 협력을 논의했다고 밝혔다.")
    assert "벨로리아" not in found


def test_a_museum_rendered_in_french_is_a_body():
    found = orgs("문화체육관광부 장관은 20일 루브르 박물관(Musée du Louvre) 관장과 만나 협력에 합의했다.")
    assert "루브르 박물관" in found


def test_a_rendering_with_a_word_in_lower_case_is_a_term_or_a_species():
    found = orgs("농촌진흥청은 20일 열대거세미나방(Spodoptera frugiperda) 방제 기술을 보급했다고 밝혔다.")
    assert "열대거세미나방" not in found and "농촌진흥청" in found
    # a body's rendering in another language keeps its particles in lower case
    assert "루브르 박물관" in orgs("문화체육관광부 장관은 20일 루브르 박물관(Musée du Louvre) 관장과 만났다.")


def test_a_crafts_name_marked_by_ho_is_no_body():
    assert "누리호" not in orgs("과학기술정보통신부는 20일 누리호(Nuri)를 발사했다고 밝혔다.")
    assert "대호" in orgs("산업통상자원부는 20일 대호(Daeho)와 업무협약을 체결했다고 밝혔다.")   # 호 spelled by the rendering


def test_a_korean_kind_of_thing_rendered_with_k_is_a_term():
    assert "케이푸드" not in orgs("농림축산식품부는 20일 케이푸드(K-Food)와 협력했다고 밝혔다.")


def test_the_place_of_a_county_the_release_names_is_no_second_body():
    # a county release written for this test: the model reads `한빛` of the title's `한빛군` and of `한빛 스마트팜 단지`
    text = (Path(__file__).parent / "data" / "hanbit_county.ko.txt").read_text(encoding="utf-8")
    found = orgs(text)
    assert "한빛군" in found and "한빛" not in found
