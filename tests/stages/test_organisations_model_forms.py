"""Korean names only the entity model reads, kept by the form of the name (`pipeline/stages/
organisations/exclude.py`, `ko.STATE_FORCES`): a state's police, prosecution and coast guard by
their common nouns, companies by a line of business or a group's Latin initials, committees by
their short names (`…위`). The sentences
are written for these tests."""
import pytest

from pipeline import extract


def orgs(text):
    return {o.name: o for o in extract(text, lang="ko", anchor="2025-04-02")["organisations.jsonl"]}


@pytest.mark.parametrize("text, name, kind", [
    ("경찰은 화재 원인을 조사하고 있다고 밝혔다.", "경찰", "government"),
    ("검찰은 지난달 그를 불구속 기소했다.", "검찰", "government"),
    ("해경은 실종자 수색을 이어갔다.", "해경", "government"),
    ("미래제과가 다음 달 신제품을 출시한다고 밝혔다.", "미래제과", "company"),   # a line of business
    ("HN텔레콤은 올해 영업이익이 늘었다고 밝혔다.", "HN텔레콤", "company"),     # a group's initials
    ("혁신위는 다음 주 개편안을 내놓는다.", "혁신위", "government"),           # a committee's short name
    ("국회 예산정책처가 보고서를 냈다.", "국회 예산정책처", "government"),
    ("다온타임즈에 따르면 두 회사는 합병을 논의하고 있다.", "다온타임즈", "company"),   # a source
    ("한빛뉴스는 두 회사가 합병을 논의하고 있다고 전했다.", "한빛뉴스", "company"),     # that reports
    ("KDSA는 지난 5일 새 지침을 발표했다.", "KDSA", "company"),                  # or announces
    ("4일 하늘뉴스에 따르면 두 사람은 다음 달 결혼한다.", "하늘뉴스", "company"),   # common nouns, no term
])
def test_a_state_force_or_a_company_by_the_form_of_its_name(text, name, kind):
    found = orgs(text)
    assert name in found, sorted(found)
    assert found[name].kind == kind


@pytest.mark.parametrize("text, name", [
    ("경찰관 두 명이 현장에 도착했다.", "경찰관"),
    ("시위대가 경찰버스에 불을 지르려 했다.", "경찰"),    # the first noun of a compound
    ("AI반도체 기업들이 행사에 몰렸다.", "AI반도체"),
    ("서울건설 현장에서 사고가 났다.", "서울건설"),
    ("그 선수는 랭킹 3위에 올랐다.", "3위"),
    ("라틴아메리카 국가는 이번 결의안을 지지한다고 밝혔다.", "라틴아메리카 국가"),   # a region's countries
    ("ODA는 개발도상국의 성장을 돕는다고 밝혔다.", "ODA"),                     # a term's acronym
])
def test_an_officer_a_field_or_a_place_with_a_trade_is_no_body(text, name):
    assert name not in orgs(text)


@pytest.mark.parametrize("text, name", [
    ("대전 중부경찰서는 보이스피싱 조직원 2명을 붙잡았다고 밝혔다.", "대전 중부경찰서"),
    ("광주 한빛초등학교 학생들이 합창 대회에 나갔다.", "광주 한빛초등학교"),
])
def test_a_local_body_keeps_the_city_that_says_which_of_its_kind_it_is(text, name):
    assert name in orgs(text), sorted(orgs(text))


@pytest.mark.parametrize("text, name", [
    ("Trucks crossed into the West Bank on Monday, the agency said.", "West Bank"),   # a territory
    ("READ THE SCULPTURE GUIDE before you visit the gallery.", "SCULPTURE"),          # a word in capitals
    ("NOTICE", "NOTICE"),
])
def test_english_places_and_common_words_in_capitals_are_no_bodies(text, name):
    found = {o.name for o in extract(text, lang="en", anchor="2025-04-02")["organisations.jsonl"]}
    assert name not in found, sorted(found)


@pytest.mark.parametrize("text, name", [
    # Latin letters alone, which the model reads, kept where the word before calls them a company
    ("프랜차이즈 업체 KFC가 광고 문구로 비판을 받았다.", "KFC"),
    ("유통 기업 BGF가 새 매장을 열었다.", "BGF"),
    # a news agency by its Latin initials and `통신`
    ("AP통신과 dpa통신 등 외신도 보도했다.", "dpa통신"),
    ("교도통신과 EFE통신도 이를 전했다.", "EFE통신"),
])
def test_latin_initials_called_a_company_or_a_news_agency_are_bodies(text, name):
    assert name in orgs(text), sorted(orgs(text))


@pytest.mark.parametrize("text, name", [
    # a province or city that holds a gathering, carries out or starts a programme acts as a body
    ("경상북도는 지난달 28일 도청 강당에서 신년 인사회를 가졌다.", "경상북도"),
    ("충청남도는 다음 달 청년 창업 공모에 착수한다.", "충청남도"),
    ("울산시는 3일 시민 안전 캠페인을 펼쳤다.", "울산시"),
])
def test_a_local_government_that_holds_or_starts_something_is_a_body(text, name):
    assert name in orgs(text), sorted(orgs(text))


@pytest.mark.parametrize("text, name", [
    # a county or city whose bracket names its own head is that local government, however much
    # its name reads like a person's (한 + 빛군)
    ("한빛군(군수 김가람)은 16일 청년 창업 설명회를 열었다.", "한빛군"),
    ("가람시(시장 박한빛)는 16일 청년 창업 설명회를 열었다.", "가람시"),
])
def test_a_body_whose_bracket_names_its_own_head_is_a_government(text, name):
    found = orgs(text)
    assert name in found and found[name].kind == "government", sorted(found)


@pytest.mark.parametrize("text, name", [
    # a country's name glued to the stem of a ministry or agency: that country's body, whatever the stem
    ("마지막 일정으로 7일 카타르 도하를 찾아 카타르투자청(QIA)과 면담한다.", "카타르투자청"),
    ("이어 도하를 찾아 카타르투자청(QIA)과 면담했다.", "카타르투자청"),
])
def test_a_foreign_ministry_or_agency_glued_to_its_country(text, name):
    assert name in orgs(text), sorted(orgs(text))


@pytest.mark.parametrize("text, name", [
    # endings of Korean bodies' names: a promotion society, a study society, a mutual-aid
    # association, a public medical centre, a (foreign city's) police department
    ("최대 주주인 누리문화진흥회로부터 해임된 사장은 소송을 냈다.", "누리문화진흥회"),
    ("영국 방송은 런던 경찰국 대변인의 말을 인용했다.", "런던 경찰국"),
    ("한빛교직원공제회는 올해 배당률을 올렸다.", "한빛교직원공제회"),
])
def test_more_endings_of_korean_bodies(text, name):
    assert name in orgs(text), sorted(orgs(text))
