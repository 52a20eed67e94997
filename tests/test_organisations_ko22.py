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
