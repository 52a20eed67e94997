"""Korean organisations: `기업에는`, `기관으로는` open a list of firms only where a verb of being among
them closes it (`있다`, `포함`); what the firms are given (`선정 기업에는 A의 자금, B의 보증이 지원된다`)
is no list of names. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="ko", anchor="2026-12-02")["organisations.jsonl"]}


def test_what_the_firms_are_given_is_no_list_of_firms():
    found = orgs("선정 기업에는 향후 3년간 최대 30억 원의 연구개발 자금과 함께 한빛진흥공단의 정책자금, "
                 "누리보증기금의 보증, 가온무역공사의 해외 마케팅이 연계 지원된다.")
    assert not any("자금" in n or "보증" == n[-2:] or "마케팅" in n for n in found)


def test_firms_listed_before_a_verb_of_being_among_them_are_names():
    found = orgs("참여 기업으로는 세진정밀, 다온메디칼, 빛고을로보틱스 등이 있다.")
    assert {"세진정밀", "다온메디칼", "빛고을로보틱스"} <= found


def test_a_numbers_comma_and_an_ellipsis_cut_no_list_item():
    # (bodies the registry knows: a list item of common nouns alone is read as a field, `_a_field_not_a_name`)
    found = orgs("이번 사업은 2030년까지 1,000큐비트급 부품을 국산화하며 서울대학교, 한국과학기술원, 포항공과대학교 등 "
                 "12개 기관이 참여한다.")
    assert {"서울대학교", "한국과학기술원", "포항공과대학교"} <= found
    assert not any(n[:1].isdigit() for n in found)
    found = orgs("- 한빛과학연구원(HSRI) 주관 연구단 출범…한빛대·누리대 등 12개 기관 참여 -\n\n과기부는 4일 출범식을 열었다.")
    assert not any("출범" in n for n in found)


def test_a_unit_named_after_its_parent_takes_the_parents_kind():
    found = {o.name: o.kind for o in extract("경찰청 국가수사본부(본부장 김철수)는 5일 조직원 43명을 검거했다.",
                                             lang="ko", anchor="2026-12-05")["organisations.jsonl"]}
    assert found.get("경찰청 국가수사본부") == "government"
