"""Organisations: names from brackets, organisation words, lists and registries, merged per
organisation with all mentions, and keys that hold across releases and scripts."""
from pathlib import Path

from pipeline import extract
from pipeline.config import PipelineOptions
from pipeline.stages.organisations.keys import org_key

RULES_ONLY = PipelineOptions(use_model=False)


def orgs(text, lang="ko", options=PipelineOptions()):
    return {o.name: o for o in extract(text, lang=lang, anchor="2025-02-20", options=options)["organisations.jsonl"]}


def test_company_name_read_in_context_after_a_dateline_on_the_same_line():
    assert "한빛전자" in orgs("서울, 2025년 3월 4일 /PRNewswire/ -- 한빛전자가 설립되었다.")


def test_kinds_of_bodies_and_people_are_not_organisations():
    found = orgs("저축은행이 늘었고 걸그룹이 공연했다. 칼리드 하마디(Khalid Hammadi) 디엠씨씨 최고경영자는 말했다.",
                 options=RULES_ONLY)
    assert "저축은행" not in found and "걸그룹" not in found and "칼리드 하마디" not in found


def test_provinces_count_when_they_act():
    assert "전라남도" in orgs("전라남도는 풍력 기업과 협약을 맺었다.", "ko")
    assert "경기도" not in orgs("경기도 용인시에 공장을 지었다.", "ko")


def test_short_forms_and_former_names_are_mentions_of_one_organisation():
    text = ("Corvane Robotics, Inc. raised $75 million. Corvane said it will hire. "
            "Hanwha Ocean, formerly Daewoo Shipbuilding & Marine Engineering, signed a deal.")
    found = orgs(text, "en")
    corvane = found["Corvane Robotics, Inc."]
    assert [m.text for m in corvane.mentions] == ["Corvane Robotics, Inc.", "Corvane"]
    assert "Daewoo Shipbuilding & Marine Engineering" in found["Hanwha Ocean"].aliases


def test_org_key_holds_across_scripts_and_releases():
    ko = orgs("한화오션(Hanwha Ocean)은 배를 지었다.")["한화오션"].org_key
    en = orgs("Hanwha Ocean built ships.", "en")["Hanwha Ocean"].org_key
    zh = orgs("韩华海洋（Hanwha Ocean）今日宣布。", "zh")["韩华海洋"].org_key
    only_ko = orgs("한화오션은 배를 지었다.")["한화오션"].org_key   # no English given: the registry knows it
    assert ko == en == zh == only_ko == "hanwha-ocean"
    assert org_key("X", "Corvane Robotics, Inc.") == org_key("Y", "Corvane Robotics")


def test_an_organisation_whose_own_name_is_known_keeps_its_key():
    """`Bain Capital` and `Ford Foundation` have registry keys of their own: their first words
    (`Bain`, `Ford`, other organisations' names) must not give them another key."""
    found = orgs("The Ford Foundation and Bain Capital funded it.", "en", RULES_ONLY)
    assert found["Ford Foundation"].org_key == "ford-foundation"
    assert found["Bain Capital"].org_key == "bain-capital"
    assert orgs("Ford Motor Company said so.", "en", RULES_ONLY)["Ford Motor Company"].org_key == "ford"


def test_sources_say_who_found_it():
    found = orgs("수곤(Sugon), 파이티움(Phytium), 360과 같은 기업이 있다.")
    assert found["수곤"].sources == ["alias", "list"] and found["360"].sources == ["list"]


def test_a_known_name_must_end_its_word():
    """`국회` (a registry name) inside `국회의원`, `카카오` inside `카카오스토리`: no mention."""
    found = orgs("여야 국회의원 152명이 카카오스토리에 글을 올렸고 국회는 개헌특위를 구성했다.", options=RULES_ONLY)
    assert "카카오" not in found
    assert [m.text for m in found["국회"].mentions] == ["국회"]
    assert found["국회"].mentions[0].start == "여야 국회의원 152명이 카카오스토리에 글을 올렸고 ".__len__()


def test_names_read_leftwards_stop_at_words_that_cannot_be_in_a_name():
    found = orgs("전역 후 삼성전자에서 일했고, 김태수 기상청 통보관은 조사 차 김포공항 인근 국토교통부를 찾았다.",
                 options=RULES_ONLY)
    assert {"삼성전자", "기상청", "국토교통부"} <= set(found)
    assert not any(n.startswith(("전역", "김태수", "조사", "김포공항 인근")) for n in found)


def test_people_whose_names_end_like_cities_are_not_governments():
    found = orgs("무르시는 현재 구금됐고 창원시는 대책을 발표했다.", options=RULES_ONLY)
    assert "창원시" in found and "무르시" not in found


def test_a_short_name_is_not_a_mention_inside_a_longer_name():
    text = "한빛과학재단은 한빛(Hanbit) 관계자들과 청소년 캠프를 열었다. 한빛정밀의 창업주가 세웠다."
    found = orgs(text, options=RULES_ONLY)
    hanbit = next(o for o in found.values() if "Hanbit" in o.aliases or o.english_name == "Hanbit")
    assert all(not text[m.end:].startswith(("과학재단", "정밀")) for m in hanbit.mentions)


def test_items_of_a_list_joined_by_middle_dots_are_separate_and_trimmed():
    text = "업계에서는 새론전자·KX 등 기업이 먼저 움직였다. 또한 클라우드 어카운트 등의 기업이 있다."
    found = orgs(text, options=RULES_ONLY)
    assert "새론전자" in found and "KX" in found and "새론전자·KX" not in found
    for o in found.values():
        for m in o.mentions:
            assert m.text == m.text.strip() and text[m.start:m.end] == m.text


def test_a_word_saying_what_kind_of_body_follows_is_not_part_of_the_name():
    found = orgs("가수 한별의 소속사 누리봄컴퍼니는 25일 입장을 냈다. 아동복지전문기관 HN나눔재단은 후원금을 모았다.",
                 options=RULES_ONLY)
    assert "누리봄컴퍼니" in found and "HN나눔재단" in found
    assert not any(name.startswith(("소속사", "아동복지")) for name in found)


def test_districts_and_territories_are_places_but_development_zones_are_bodies():
    found = orgs("사건은 경기 용인시 수지구 아파트에서 일어났다. 톈진 빈하이 첨단산업개발지구는 기업을 모은다.",
                 options=RULES_ONLY)
    assert "경기 용인시 수지구" not in found and "수지구" not in found
    assert "톈진 빈하이 첨단산업개발지구" in found


# Real releases: what is not an organisation, and where names begin. Sentences written here.
import pytest  # noqa: E402


@pytest.mark.parametrize("text, lang, not_orgs", [
    # countries acting, a country's government, one syllable of a country pair
    ("정부는 칠레와 협력하고 사우디 정부와 논의했다. 한-필 협의회도 열렸다.", "ko", ["칠레", "사우디 정부", "한"]),
    # a titled person with a rendering, an initial in a name
    ("마리아 한센(Maria Hansen) 대표는 말했다. 아그네타 C. 쿤달(Agneta C. Kundal) 국장도 참석했다.", "ko",
     ["마리아 한센", "아그네타 C. 쿤달"]),
    # meetings, programmes and indices with acronyms
    ("정부는 제3차 고위관리회의(SOM3)를 열고 해외농업협력사업(KOAP)과 한빛경쟁력지수(HCI)를 소개했다.", "ko",
     ["제3차 고위관리회의", "해외농업협력사업", "한빛경쟁력지수"]),
    ("Hanbit signed the Digital Trade Act and attended the Hanbit Future Summit.", "en",
     ["Digital Trade Act", "Hanbit Future Summit"]),
    # people and titles in English
    ("Mr. Lee is the CEO of Hanbit Robotics Inc. and Chairman of the Supervisory Board of the Company.", "en",
     ["CEO of Hanbit Robotics Inc", "Chairman of the Supervisory Board of the Company"]),
])
def test_not_organisations(text, lang, not_orgs):
    found = orgs(text, lang)
    assert not any(n in found for n in not_orgs), sorted(found)


@pytest.mark.parametrize("text, lang, expected", [
    ("□ 강민수 외교부 다자외교조정관은 회의에 참석했다.", "ko", "외교부"),
    ("기존 산업통상자원부의 역할을 넘겨받았다.", "ko", "산업통상자원부"),
    ("이번 방문에는 저출산고령사회위원회가 참여했다.", "ko", "저출산고령사회위원회"),
    ("當天臺南市政府也表達感謝。", "zh", "臺南市政府"),
    ("將配合臺南市政府工務局辦理。", "zh", "臺南市政府工務局"),
    ("行政院公共工程委員會表示。", "zh", "行政院公共工程委員會"),
    ("即與設計單位黎明工程顧問公司協助。", "zh", "黎明工程顧問公司"),
    # a foreign prefecture the segmenter tags as a person: its `本縣` is no `this county`
    ("市府將與熊本縣觀光聯盟合作推廣。", "zh", "熊本縣觀光聯盟"),
    ("熊本縣政府、九州經濟產業局均表達願意協助。", "zh", "熊本縣政府"),
    ("成員包括臺南市議會及臺南市商業會等單位。", "zh", "臺南市商業會"),
    ("美方與國家科學及技術委員會將共同資助研究。", "zh", "國家科學及技術委員會"),
    ("The deal brings Linklogis and Hubei United Investment Group together.", "en", "Hubei United Investment Group"),
    ("About Hanbit Robotics Inc.\nHanbit Robotics Inc. makes robots.", "en", "Hanbit Robotics Inc"),
])
def test_where_names_begin(text, lang, expected):
    found = orgs(text, lang)
    assert any(n.rstrip(".") == expected for n in found), sorted(found)


def test_a_ministry_is_one_word_with_its_country_at_most():
    found = orgs("이어 사우디 마지드 카사비(Majid A. Kassabi) 상무부 장관과 덴마크 고령부를 만났다.", "ko")
    assert "상무부" in found and "덴마크 고령부" in found
    assert not any("카사비" in n for n in found)


def test_a_country_before_a_one_word_body_is_its_short_form():
    found = orgs("덴마크 고령사회보장부는 밝혔다. 고령사회보장부는 또 말했다.", "ko")
    assert "덴마크 고령사회보장부" in found and "고령사회보장부" not in found


def test_a_bureau_named_without_its_government_is_the_same_body():
    found = orgs("臺南市政府工務局表示，工務局將於明年完工。", "zh")
    assert "臺南市政府工務局" in found and "工務局" not in found


def test_one_korean_body_with_its_country_in_other_forms_or_other_spacing_is_one_record():
    found = orgs("미합중국 재무부는 발표했다. 미 재무부 관계자는 밝혔다. 미국 재무부도 확인했다.", "ko")
    named = [n for n in found if n.endswith("재무부")]
    assert len(named) == 1, sorted(found)
    assert {"미 재무부", "미국 재무부"} <= set(found[named[0]].aliases) | {named[0]}, found[named[0]].aliases
    found = orgs("노르웨이 한솔바이오그룹은 설명했다. 한솔바이오 그룹은 지난해 설립됐다.", "ko")
    assert len([n for n in found if "한솔바이오" in n]) == 1, sorted(found)


def test_a_bare_korean_name_stays_apart_where_two_countries_have_one_so_named():
    found = orgs("핀란드 사회보건부와 스웨덴 사회보건부가 만났다. 사회보건부는 밝혔다.", "ko")
    assert {"핀란드 사회보건부", "스웨덴 사회보건부"} <= set(found), sorted(found)


def test_a_chinese_contraction_or_a_name_without_who_runs_it_is_the_same_body():
    found = orgs("新竹市政府環境保護局今天說明，環保局將加強稽查；國立清華大學的團隊也參與，清華大學表示支持。", "zh")
    assert "新竹市政府環境保護局" in found and "環保局" in found["新竹市政府環境保護局"].aliases, sorted(found)
    assert "國立清華大學" in found and "清華大學" not in found, sorted(found)
    # a ministry that shares only the first character and the organisation word is another body
    found = orgs("新竹市政府環境保護局與環境部合作。", "zh")
    assert "環境部" in found, sorted(found)
    # a subsidiary whose name leaves out a word of its parent's is another company
    found = orgs("華新電子集團有限公司旗下的華新電子有限公司今天上市。", "zh")
    assert {"華新電子集團有限公司", "華新電子有限公司"} <= set(found), sorted(found)


def test_a_title_after_a_chinese_body_does_not_extend_its_name():
    found = orgs("經發局局長王大明說，經發局將持續推動。", "zh")
    assert "經發局" in found and not any(n.endswith("局局") for n in found), sorted(found)


def test_a_place_name_the_segmenter_cuts_into_odd_pieces_stays_in_the_name():
    found = orgs("大港寮社區發展協會表示，活動將於週末舉行。", "zh")
    assert "大港寮社區發展協會" in found, sorted(found)


def test_names_with_latin_forms_in_chinese_need_an_organisation_word_or_a_company_form():
    found = orgs("展出卡拉瓦喬（Caravaggio）的作品，並與希杰第一製糖（CJ CheilJedang）合作。", "zh")
    assert "卡拉瓦喬" not in found and "希杰第一製糖" in found


def test_people_rendered_in_latin_and_described_by_a_title_are_not_bodies():
    text = ("이날 회의에는 △소피아 린드벡(Sofia Lindbeck) 노르웨이 해양·수산 담당 대사, △에밀 노바크(Mr. Emil "
            "Novák) 체코 통계청 부청장, 마르타 실바(Marta Silva) 세계식량계획(WFP) 지역사무소장과 "
            "토마시 크르지크(Tomáš Křížek) 유럽투자은행 부총재가 참석했다. 한편 그리스 선주사 "
            "오리온 마리타임(Orion Maritime)과 새 계약을 맺었다.")
    found = orgs(text)
    for person in ("소피아 린드벡", "에밀 노바크", "마르타 실바", "토마시 크르지크"):
        assert not any(person in n for n in found), person
    # the body the person speaks for is still read, without the person's name before it
    assert "유럽투자은행" in found and "세계식량계획" in found
    assert "오리온 마리타임" in found


def test_people_with_a_camel_case_surname_listed_after_a_titled_person_or_named_by_surname_and_title():
    text = ("장관은 이어 엘레나 맥그리거(Elena McGregor) 뉴질랜드 기후변화부 차관을 만났다. 같은 날 "
            "토비아스 렌츠(Tobias Lenz) 교수 및 아나 로샤(Ana Rocha)와도 면담했다. 상원의 "
            "바르가스(Vargas) 산업위원장, 몬테로(Montero) 외교위원장 등 주요 인사도 만났다. "
            "한편 누리해운(Nuri Shipping)과 새 계약을 맺었다.")
    found = orgs(text)
    for person in ("엘레나 맥그리거", "토비아스 렌츠", "아나 로샤", "바르가스", "몬테로"):
        assert person not in found, sorted(found)
    assert "누리해운" in found


def test_a_term_spelt_in_common_nouns_with_its_acronym_is_no_body():
    text = ("새 제도는 품질관리체계(QMS) 인증을 받은 기업에 혜택을 준다. QMS 인증은 3년마다 갱신된다. "
            "한편 한국품질재단(KQF)은 심사를 맡는다.")
    found = orgs(text)
    assert "품질관리체계" not in found and "QMS" not in found
    assert "한국품질재단" in found


def test_a_rendered_person_named_again_by_surname_or_with_a_hyphenated_name_is_no_body():
    text = ("장관은 에밀리아 바르가스-론도(Emilia Vargas-Rondo) 칠레 경제부 장관과는 협정을 논의했고, "
            "파울 니더마이어(Paul Niedermayer) 독일 연방카르텔청 국장과도 만났다. 니더마이어 국장은 협력을 약속했다.")
    found = orgs(text)
    assert not any(p in n for n in found for p in ("바르가스", "니더마이어")), found


def test_chinese_short_names_of_schools_offices_and_associations():
    found = orgs("永康國中與新化高中學生參加比賽，由鹽水區公所、臺南市攝影學會及東山區農會協辦，"
                 "市府並爭取經濟部補助。", "zh")
    for name in ("永康國中", "新化高中", "鹽水區公所", "臺南市攝影學會", "東山區農會", "經濟部"):
        assert name in found, (name, sorted(found))


def test_chinese_verbs_and_generic_words_are_not_organisation_words():
    found = orgs("本公司與首爾藥業簽署協議，並將設立中國分公司，部署新系統。", "zh")
    assert not any(n.endswith(("簽署", "分公司", "部署")) for n in found), sorted(found)


def test_section_heads_in_title_case_name_no_bodies_the_text_does_not_repeat():
    text = ("Corvane Robotics Wins Approval\n\nBOSTON, March 3, 2025 -- Corvane Robotics Inc. said on Monday "
            "that its new plant will open in June.  • Violation of Global Investor Trust  Investors were unhappy.  "
            "• Union Plans Escalating Actions Including Strike  Corvane Robotics will meet the Workers Council "
            "next week.")
    found = orgs(text, "en")
    assert not any("Violation" in n or "Union Plans" in n for n in found), sorted(found)
    assert "Corvane Robotics Inc." in found and "Workers Council" in found


def test_english_names_listed_after_a_kind_of_organisation():
    text = ("SEOUL, May 2, 2025 -- The fair drew global companies like Norvik, Tessaly Motors, ABX, and KLT. "
            "The firm works with platforms including Zentro, Quillon, and Baymart. Analysts said the firm grew.")
    found = orgs(text, "en")
    for name in ("Norvik", "Tessaly Motors", "ABX", "KLT", "Zentro", "Quillon", "Baymart"):
        assert name in found, (name, sorted(found))
    assert "Analysts" not in found


def test_a_known_company_with_a_country_after_it_is_its_arm_there_and_the_same_organisation():
    found = orgs("SEOUL, May 2, 2025 -- Samsung Electronics said on Friday that it will invest. "
                 "The head of Samsung Electronics Vietnam said the plant will grow.", "en")
    assert "Samsung Electronics Vietnam" in found or "Samsung Electronics" in found
    names = [n for n in found if n.startswith("Samsung Electronics")]
    assert len(names) == 1, names
    assert any(m.text == "Samsung Electronics Vietnam" for m in found[names[0]].mentions)


@pytest.mark.parametrize("text, lang, city", [
    ("한빛전자는 다음 달 마드리드와 브뤼셀에서 투자설명회를 연다.", "ko", "마드리드"),
    ("한빛전자 대표단은 본(Bonn)에서 열린 회의에 참석한 뒤 리스본(Lisbon)으로 이동했다.", "ko", "본"),
    ("The partnership between Mesa and Hanbit Robotics Inc. covers cooling systems.", "en", "Mesa"),
])
def test_a_city_the_model_or_a_rendering_alone_offers_is_a_place(text, lang, city):
    found = orgs(text, lang)
    assert city not in found and any(n.startswith(("한빛전자", "Hanbit")) for n in found), sorted(found)


def test_city_names_come_from_geonames_in_each_script():
    from pipeline.nlp.places import is_city, is_place

    assert is_city("브뤼셀") and is_city("샤름 엘 셰이크") and is_city("Bonn") and is_city("臺南")
    # small towns' Latin names and firms' names are not read as cities
    assert not is_city("Honda") and not is_city("Google") and not is_city("한빛전자")
    assert is_place("중국") and is_place("독일 본") and not is_place("한빛전자 본사")


def test_a_kind_of_body_described_word_by_word_in_common_nouns_is_no_name():
    text = ("한빛전자는 국내 데이터 보호 감독기구 및 지역 창업 지원 센터와 함께 누리연구재단이 주관하는 사업에 "
            "참여한다.")
    found = orgs(text)
    assert not any("감독기구" in n or "지원 센터" in n for n in found), sorted(found)
    assert "누리연구재단" in found and "한빛전자" in found


def test_a_person_before_a_body_and_the_persons_title_after_it_are_not_in_the_name():
    text = "올해 공로상은 최나래 한빛소프트 팀장, 윤서진 솔밭초등학교 교사, 박준혁 새빛연구원 선임에게 돌아갔다."
    found = orgs(text)
    assert {"한빛소프트", "솔밭초등학교", "새빛연구원"} <= set(found), sorted(found)
    assert not any(n.startswith(("최나래", "윤서진", "박준혁")) for n in found)


def test_korean_personal_names_by_family_name():
    from pipeline.nlp.names import korean_personal_name

    assert korean_personal_name("윤서진") and korean_personal_name("남궁민")
    assert not korean_personal_name("김") and not korean_personal_name("브뤼셀") and not korean_personal_name("Kim")


def test_games_and_plural_acronyms_name_no_body_in_english():
    text = ("Hanbit Games Co. will sponsor the Busan Summer Olympic Games. The company also supports NGOs and "
            "SMEs across the region through the Nuri Foundation.")
    found = orgs(text, "en")
    assert {"Hanbit Games Co.", "Nuri Foundation"} <= set(found), sorted(found)
    assert not any(n.endswith(("Olympic Games", "NGOs", "SMEs")) for n in found)


def test_a_bracket_naming_the_head_makes_a_body_and_no_alias():
    from pipeline.stages.organisations.en_context import headed_names

    text = ("The fair opened at Nuriplex (President Mina Park) on Monday. Hanbit Business Agency (HBA, CEO Joon Lee) "
            "runs the Korea pavilion.")
    assert [text[s:e] for s, e in headed_names(text)] == ["Nuriplex", "Hanbit Business Agency"]
    r = extract(text, lang="en", anchor="2025-02-20")
    assert {"Nuriplex", "Hanbit Business Agency"} <= {o.name for o in r["organisations.jsonl"]}
    pairs = {(a.name.text, a.alias.text) for a in r["aliases.jsonl"]}
    assert ("Hanbit Business Agency", "HBA") in pairs
    assert not any(al.startswith(("CEO", "President")) for _, al in pairs), pairs


def test_a_foreign_ministry_keeps_its_country_also_by_its_short_korean_name():
    # `호주` is what Korean releases write for Australia (CLDR has 오스트레일리아); a country is
    # never a person's name before a title, though its first syllable is a family name
    found = orgs("한 장관은 호주 기후변화에너지부 차관을 만났다. 이어 태국 보건부 장관과 면담했다.")
    assert "호주 기후변화에너지부" in found and "태국 보건부" in found, sorted(found)


def test_another_countrys_ministry_is_read_whatever_its_stem():
    # foreign ministries are translated freely (무역, 개발, 연구청): a country before a compound
    # ending in 부/청/처 says it is one; a common noun after a country is not (남부, 연락처, 지역본부)
    found = orgs("니제르 국제무역부 장관과 케냐 농업연구청 관계자가 왔다. 부룬디 보건부 장관도 참석했다.")
    assert {"니제르 국제무역부", "케냐 농업연구청", "부룬디 보건부"} <= set(found), sorted(found)
    found = orgs("행사는 미국 남부 지역에서 열렸고 문의는 한국 지역본부 연락처로 받는다.")
    assert not any(n.endswith(("남부", "지역본부", "연락처")) for n in found), sorted(found)


def test_single_names_listed_with_organisations_are_organisations():
    found = orgs("참여 기업은 다음과 같다.\n* 누리솔, 삼성전자, 가온드림, 현대자동차, 반도체, 베트남")
    assert "누리솔" in found and found["누리솔"].sources == ["list"], sorted(found)
    assert "반도체" not in found and "베트남" not in found
    # without two organisations found otherwise, a list of words is no list of organisations
    assert "누리솔" not in orgs("참여 분야는 다음과 같다.\n* 누리솔, 반도체, 베트남, 가온드림")


def test_a_second_list_on_one_line_begins_after_the_first_closes():
    found = orgs("간담회에는 베트남 산업무역부 등 정부 관계자와 삼성전자, 현대자동차, 누리솔 등 기업 대표가 참석했다.")
    assert "누리솔" in found, sorted(found)
    # two words between commas with no list word in them are a name, not the start of a list
    found = orgs("간담회에는 누리솔, 가온 드림, 삼성전자, 현대자동차 등 기업 대표가 참석했다.")
    assert "드림" not in found, sorted(found)


def test_a_hall_or_centre_named_only_as_where_something_happens_is_a_place():
    found = orgs("한빛시는 다음 달 3일 한빛호수 국제회의센터에서 발대식을 연다. 행사는 한빛창업센터가 주관한다.")
    assert "한빛창업센터" in found and not any("국제회의센터" in n for n in found), sorted(found)


def test_a_body_with_its_own_rendering_before_its_committee_is_a_body_of_its_own():
    found = orgs("한빛부는 국제협력개발기구(ICDO) 디지털정책위원회(DPC) 부의장국이다.")
    assert {"국제협력개발기구", "디지털정책위원회"} <= set(found), sorted(found)


def test_the_fullest_name_names_the_body_though_its_short_name_comes_first():
    # (both names in the registry, one key: the record first met in the title keeps the full name)
    found = orgs("중기부, 수출 지원 강화\n\n□ 중소벤처기업부(장관 한가람, 이하 중기부)는 창업진흥원과 지원한다고 밝혔다. 중기부는 또 발표했다.")
    assert "중소벤처기업부" in found and "중기부" not in found, sorted(found)
    assert "중기부" in found["중소벤처기업부"].aliases


def test_korean_company_names_end_in_english_company_words_written_in_hangul():
    found = orgs("한빛로보틱스와 누리테라퓨틱스, 가온케미칼이 참여했다. 국내 제약 업계와 바이오 제약 분야가 성장했다.")
    assert {"한빛로보틱스", "누리테라퓨틱스", "가온케미칼"} <= set(found), sorted(found)
    assert not any("제약" in n for n in found), sorted(found)   # the word alone is an industry


def test_a_list_counted_roughly_before_its_kind_names_organisations():
    found = orgs("박람회에는 누리퓨처엠, 한빛항만공사 등 30여 개 기업·기관이 참여한다.")
    assert {"누리퓨처엠", "한빛항만공사"} <= set(found), sorted(found)


def test_a_city_the_model_and_its_rendering_both_offer_is_still_a_place():
    # (the model reads the city as a body in a whole release's context, not in a sentence alone)
    release = (Path(__file__).parent / "data" / "ko_city_in_release.txt").read_text(encoding="utf-8")
    found = orgs(release)
    assert "한국국제협력단" in found and "타슈켄트" not in found, sorted(found)


def test_the_members_of_a_consortium_joined_by_middle_dots_are_organisations():
    found = orgs("실증에는 가온전자·누리소프트·한빛공사 컨소시엄과 대학·연구기관 컨소시엄이 참여한다.")
    assert {"가온전자", "누리소프트", "한빛공사"} <= set(found), sorted(found)
    assert not {"대학", "연구기관"} & set(found), sorted(found)


def test_a_university_by_its_short_name():
    found = orgs("듀크대와 스탠포드대 연구진이 참여했고 원광대 교수가 발표했다.", options=RULES_ONLY)
    assert {"듀크대", "스탠포드대", "원광대"} <= set(found), sorted(found)
    assert found["원광대"].kind == "education"
    # without universities in view, a word ending in 대 is a place or a word
    assert not orgs("해운대 해변에서 현대 미술 축제가 열렸다.", options=RULES_ONLY)


def test_an_organisations_name_before_words_without_an_organisation_word_names_its_thing():
    found = orgs("세계보건기구(WHO)는 이날 세계보건기구 담배규제기본협약(Framework Convention on Tobacco "
                 "Control) 이행을 점검했다. 유럽연합(EU)과 EU 집행위원회(European Commission)도 참여했다.")
    assert "세계보건기구" in found and not any("협약" in n for n in found), sorted(found)
    assert "EU 집행위원회" in found   # a body of it, by its own organisation word


def test_english_terms_spelled_out_and_bodies_by_a_reference_are_not_names():
    found = orgs("The Supervisory Board of the Company approved the plan. Norvale Robotics Inc. uses AI "
                 "(Artificial Intelligence) and LiDAR (Light Detection and Ranging). Light Momentum "
                 "Technology (LMT) supplies the sensors.", "en")
    assert "Norvale Robotics Inc." in found and "Light Momentum Technology" in found, sorted(found)
    assert not {"AI", "LiDAR", "Supervisory Board of the Company"} & set(found), sorted(found)


def test_chinese_governments_are_named_by_their_place_and_counted_names_start_after_the_count():
    found = orgs("他代表高雄市政府出席。將籌組新內閣政府。由他代表政府致詞。", "zh")
    assert "高雄市政府" in found and not any(n.endswith("內閣政府") or n == "代表政府" for n in found), sorted(found)
    # a country's government is a reference, as in Korean (`사우디 정부`), also after the state's full name
    found = orgs("他代表中華民國（臺灣）政府出席，感謝中華民國臺灣政府與美國政府，新竹縣政府也到場。", "zh")
    assert not any(n.endswith(("臺灣）政府", "臺灣政府", "美國政府")) for n in found), sorted(found)
    assert "新竹縣政府" in found, sorted(found)
    found = orgs("共有28所國立大學參加，假國立成功大學舉辦，數位文化中心協辦。", "zh")
    assert "國立成功大學" in found and "數位文化中心" in found, sorted(found)
    assert not any(n.startswith(("所", "假")) for n in found), sorted(found)


def test_treaties_vaccines_and_trials_rendered_in_latin_are_not_bodies():
    found = orgs("締約方依《生物多樣性公約（CBD）》推動合作，並完成麻疹混合疫苗（MMR）與路面衝擊試驗（CIT）。", "zh")
    assert not any(n.endswith(("公約", "疫苗", "試驗")) for n in found), sorted(found)


def test_a_term_rendered_in_common_english_words_is_not_a_body():
    found = orgs("한빛항공은 리프트캡슐(Lift Capsule)과 원헬스(One Health) 접근을 소개했고, 핀란드 기업 에본도스(Evondos)와 "
                 "산티아고 네트워크(Santiago Network)도 참여했다.")
    assert "에본도스" in found and "산티아고 네트워크" in found, sorted(found)
    assert "리프트캡슐" not in found and "원헬스" not in found, sorted(found)
    # a company named in common words, which the text calls a company or lists with companies
    found = orgs("한빛중공업은 노르웨이 선주사 노스 스타(North Star)와 계약했다. 오닉스에너지, 퓨얼(Fuel), "
                 "카라에너지스(KaraEnergies) 등 기존 공급사와 경쟁한다.")
    assert "노스 스타" in found and "퓨얼" in found, sorted(found)


def test_common_words_before_a_product_or_place_word_describe_and_do_not_name():
    found = orgs("The company showed its Medical Imaging Software at the Data Center. Keltrano Software "
                 "and Keltrano Software's partners joined.", "en")
    assert "Medical Imaging Software" not in found and "Data Center" not in found, sorted(found)


def test_field_labels_and_events_in_capitals_are_not_organisations():
    found = orgs("ㅇ (행사명) HANBIT STARTUP FESTIVAL 2025\nㅇ (주최) 중소벤처기업부\nㅇ (행사장소) 코엑스")
    assert "중소벤처기업부" in found, sorted(found)
    assert not {"행사명", "행사장소", "HANBIT STARTUP FESTIVAL"} & set(found), sorted(found)


def test_no_name_is_glued_to_a_number_before_it():
    # a schedule's dates run into the venues (`3/22員林藝術中心`), a number into its unit (`16테슬라급`)
    assert not orgs("巡演場次：3/15新營文化中心、3/22員林藝術中心、3/29屏東藝術中心。", "zh")


def test_a_city_government_by_its_short_form():
    found = orgs("台南市仁德區的開發案由南市府推動，代表市府的人說要節省市府經費。", "zh")
    assert "南市府" in found and found["南市府"].kind == "government", sorted(found)
    assert not any(n.endswith("市府") and n != "南市府" for n in found), sorted(found)
    # the full name stands for it where the release gives it, not where only a bureau has it
    assert set(orgs("臺南市政府表示，南市府將持續推動。", "zh")) == {"臺南市政府"}
    assert "南市府" in orgs("臺南市政府都發局表示，南市府將持續推動。", "zh")


def test_a_hangul_rendering_with_no_proper_noun_in_it_needs_the_text_to_call_it_a_company():
    found = orgs("이 제도는 후오비키 라르텐(Huobiki Larten) 방식을 따른다. 로멘사(Lomensa Group), 노르데바(Nordeva "
                 "Labs) 등 글로벌 기업 2개사도 참석했다.")
    assert "후오비키 라르텐" not in found, sorted(found)
    assert {"로멘사", "노르데바"} <= set(found), sorted(found)
    # one capitalised word that is no English word is how companies are named (`수곤(Sugon)`)
    assert "타르벨로" in orgs("타르벨로(Tarbello)는 1988년 설립되었다.")


def test_a_chinese_name_with_its_country_or_kind_written_on_is_one_body():
    found = orgs("他在美國咖啡品質協會受訓，後來咖啡品質協會發給證書。他觀看樂天巨人棒球隊的比賽，樂天巨人獲勝。"
                 "美國財政部與財政部也表示意見，國際少年運動會同日開幕。", "zh")
    assert "咖啡品質協會" not in found and "樂天巨人" not in found, sorted(found)
    assert {"美國咖啡品質協會", "樂天巨人棒球隊", "財政部"} <= set(found), sorted(found)
    assert "國際少年運動會" not in found   # a games, though 會 ends associations' names


def test_a_stock_symbol_in_brackets_again_is_no_name():
    from pipeline.stages.organisations.find import ticker_symbols
    text = "Norvale Quantum Inc. (NYSE: NVQT) signed a deal. Norvale (NVQT) shares rose. (KRX: 042660)"
    assert ticker_symbols(text) == {"NVQT", "042660"}
    assert "NVQT" not in orgs(text, "en")


def test_and_after_a_place_in_an_of_name_starts_a_second_name():
    found = orgs("Researchers from the University of Heidelberg and Yale joined. The Ministry of Trade and "
                 "Industry agreed.", "en", options=RULES_ONLY)
    assert {"University of Heidelberg", "Yale", "Ministry of Trade and Industry"} <= set(found), sorted(found)


def test_chinese_state_names_zones_and_ministries_joined_by_and_are_read_whole():
    names = set(orgs("明远科技与工业和信息化部、中华人民共和国商务部合作，在北京经济技术开发区设厂。", "zh"))
    assert "工业和信息化部" in names and "信息化部" not in names
    assert "中华人民共和国商务部" in names and "国商务部" not in names
    assert not any(n.startswith("济") for n in names)
    # a conjunction between two companies still parts them
    names = set(orgs("明远科技和蓝海生物公司签署协议。", "zh"))
    assert "明远科技和蓝海生物公司" not in names


def test_a_chinese_company_keeps_the_place_in_its_registered_name_and_investors_are_bodies():
    names = set(orgs("明远半导体（苏州）有限公司获得高瓴资本投资，社会资本也将参与。", "zh"))
    assert "明远半导体（苏州）有限公司" in names
    assert "高瓴资本" in names and "社会资本" not in names


def test_english_names_with_commas_legal_forms_a_few_words_on_and_country_prefixes():
    names = set(orgs("The U.S. Department of Energy and the Ministry of Trade, Industry & Energy backed Hanbit "
                     "Energy Storage Ltd. on the project.", "en"))
    assert "U.S. Department of Energy" in names
    assert "Ministry of Trade, Industry & Energy" in names and "Industry & Energy" not in names
    assert "Hanbit Energy Storage Ltd." in names and "Storage Ltd." not in names
    # a list of a ministry's fields ends where the name does
    names = set(orgs("The Ministry of Science and ICT, Busan and Daegu agreed.", "en"))
    assert "Ministry of Science and ICT" in names


def test_names_listed_with_organisations_are_organisations_but_places_are_not():
    names = set(orgs("Kestrel Motors Co., Ltd. supplies Korean Air, Dasol Nex2, KT and Microsoft Korea.", "en"))
    assert {"Dasol Nex2", "KT"} <= names
    names = set(orgs("Kestrel Motors Co., Ltd. and Korean Air opened desks in Seoul, Busan, Tokyo and Daegu.", "en"))
    assert not names & {"Seoul", "Busan", "Tokyo", "Daegu"}
    # the first word of an organisation word's name is no short form of it
    o = orgs("The Agency for Science, Technology and Research (A*STAR) funds Kestrel Motors Co., Ltd.", "en")
    assert not {"Agency", "Agency for"} & set(o["Agency for Science, Technology and Research"].aliases)


def test_a_stock_symbol_and_a_talk_are_not_organisations():
    names = set(orgs("Kestrel Quantum Inc. (NYSE: KQTM) and Hanbit Robotics (Nasdaq: HNBT) held the Busan Tech "
                     "Talk on March 3.", "en"))
    assert not names & {"KQTM", "HNBT", "Busan Tech Talk"}
    assert "Kestrel Quantum Inc." in names


def test_a_rendered_person_before_a_body_whose_deputy_or_office_head_speaks_is_not_in_its_name():
    found = orgs("양측은 루이스 페레이라(Luis Pereira) 카리브보건기구 부주임과 면담했다. "
                 "안나 소우자(Anna Souza) 남미보건기구 지역사무처장도 참석했다.", "ko")
    assert "카리브보건기구" in found and "남미보건기구" in found, sorted(found)
    assert not any("페레이라" in n or "소우자" in n for n in found), sorted(found)


def test_a_compound_of_common_nouns_with_its_acronym_is_a_term_not_a_body():
    found = orgs("당사국은 전지구적 감축점검(GRC)을 실시한다. 전지구적 감축점검 결과가 나왔다.", "ko")
    assert not any("감축점검" in n for n in found) and "GRC" not in found, sorted(found)
    # a body's word ends the name (a foreign ministry, an agency): a body
    found = orgs("우리는 볼리비아 농업목축부(MDRyT)와 협력했다.", "ko")
    assert any(n.endswith("농업목축부") for n in found), sorted(found)


def test_a_rendering_with_a_capital_inside_or_a_company_word_before_makes_a_loanword_name_a_firm():
    assert "하이퍼렌즈" in orgs("하이퍼렌즈(HyperLens)는 투자를 받았다.", "ko")
    assert "누리렌즈" in orgs("국내 대표 광학 기업인 누리렌즈(Nurilens)와 협력한다.", "ko")
    assert "렌즈" not in orgs("렌즈(Lens)는 투자를 받았다.", "ko")


def test_a_korean_list_counted_before_its_kind_names_organisations_but_not_fields():
    found = orgs("대회에서는 누리랩, 한빛소프트, 가온텍 등 총 6개 스타트업이 상을 받았다.", "ko")
    assert {"누리랩", "가온텍"} <= set(found), sorted(found)
    found = orgs("행사에는 나래바이오, 다온텍 등 12개 기관이 참여했다.", "ko")
    assert {"나래바이오", "다온텍"} <= set(found), sorted(found)
    # words Korean text uses often are fields of business; common nouns Kiwi splits are kinds
    assert not orgs("특히 자동차, 배터리, 철강 등의 기업이 요청했다.", "ko")
    found = orgs("재외공관, 나래바이오 등의 기관이 참여했다.", "ko")
    assert "재외공관" not in found and "나래바이오" in found, sorted(found)


def test_a_county_before_a_kind_of_office_is_part_of_its_name_but_an_address_is_not():
    found = orgs("행사에는 해남군 도시재생지원센터 김철수 센터장이 참석했다.", "ko")
    assert "해남군 도시재생지원센터" in found, sorted(found)
    assert "대검찰청" in orgs("서울 서초동 대검찰청에서 회의가 열렸다.", "ko")
    assert not any("본부" in n for n in orgs("누리재단은 이날 대전 서구 본부에서 이사회를 열었다.", "ko"))


def test_goals_named_by_an_acronym_are_no_body_in_chinese():
    found = orgs("為響應聯合國永續發展目標（SDGs），市府推動減碳。", "zh")
    assert not any(n.endswith("目標") for n in found), sorted(found)


def test_a_legal_persons_mark_before_a_name_makes_it_a_body():
    assert "누리진흥원" in orgs("(재)누리진흥원은 올해 사업을 공고했다.", "ko")


def test_education_offices_of_a_province_or_district_are_bodies_but_the_bare_word_is_not():
    found = orgs("부산광역시교육청과 해운대교육지원청은 협약했다. 교육청은 밝혔다.", "ko")
    assert {"부산광역시교육청", "해운대교육지원청"} <= set(found) and "교육청" not in found, sorted(found)


def test_a_korean_name_whose_bracket_names_its_head_is_a_body():
    found = orgs("누리바이오(대표 김영희)는 신제품을 내놓았다. 한빛대학교(총장 이한빛)와 협약했다.", "ko")
    assert {"누리바이오", "한빛대학교"} <= set(found), sorted(found)
    assert not orgs("김민수(대표 이영희)와 만났다.", "ko")
    assert "누리시" in orgs("누리시(시장 김철수)는 협약을 맺었다.", "ko")


def test_chinese_bodies_named_by_their_organisation_word_alone_parties_and_school_divisions():
    found = orgs("市長前往總統府，並在議會報告；國會議員也出席。北港民眾黨表示支持，民眾黨黨團另有意見，"
                 "執政黨與在野黨將協商。得獎學校：光華高中國中部、崇明國小。", "zh")
    for name in ("總統府", "議會", "北港民眾黨", "光華高中", "崇明國小"):
        assert name in found, (name, sorted(found))
    assert not any(n.endswith(("議員", "黨黨", "執政黨", "在野黨", "國中部")) or n == "國會議" for n in found), sorted(found)


def test_chinese_names_whose_stem_the_segmenter_reads_as_a_verb_or_a_distinguishing_word():
    # 防救 is tagged a verb, 新營 a distinguishing word; an agency's stem and a place stay in the name
    found = orgs("市府災害防救辦公室今天說明，新營客運也派車支援，水產試驗所與動植物防疫檢疫署協助。", "zh")
    for name in ("災害防救辦公室", "新營客運", "水產試驗所", "動植物防疫檢疫署"):
        assert any(n.endswith(name) for n in found), (name, sorted(found))


def test_chinese_kinds_of_facility_named_like_centres_are_no_bodies():
    found = orgs("嘉義縣政府表示，朴子國民運動中心與北港國際會議中心將於下月啟用，東石棒球訓練中心也完工。"
                 "縣府青年發展中心協辦。", "zh")
    assert not any(n.endswith(("運動中心", "會議中心", "訓練中心")) for n in found), sorted(found)
    assert "嘉義縣政府" in found and any(n.endswith("青年發展中心") for n in found), sorted(found)


def test_chinese_committees_by_their_three_character_contraction():
    found = orgs("研考會今天表示，將與客委會及國發會合作；記者會與說明會下週舉行。", "zh")
    for name in ("研考會", "客委會", "國發會"):
        assert name in found, (name, sorted(found))
    assert not any(n.endswith(("記者會", "說明會")) for n in found), sorted(found)


def test_taiwans_railways_by_their_short_names_but_not_the_mainlands_rail_network():
    found = orgs("連假期間，高鐵、臺鐵加開班次，客運業者也配合。", "zh")
    assert {"高鐵", "臺鐵"} <= set(found) and found["高鐵"].org_key != found["臺鐵"].org_key, sorted(found)
    assert not orgs("游客可乘坐高铁前往会场。", "zh")


def test_an_organisation_word_is_not_read_across_the_start_of_another_bodys_name():
    # 國中 (a junior high school) spans 史國 + 中央銀行: the bank is the name, with its country
    found = orgs("上週，史國中央銀行總裁來訪，建興國中與復興國中學生也參加。", "zh")
    assert {"史國中央銀行", "建興國中", "復興國中"} <= set(found), sorted(found)


def test_chinese_command_and_emergency_centres_are_bodies_and_a_name_starts_after_in_response_to():
    # 指揮/應變 are verbs to the segmenter; 因應 ('in response to') begins no name
    found = orgs("因應中央流行疫情指揮中心公告，縣府災害應變中心今天開設。", "zh")
    assert any(n.endswith("中央流行疫情指揮中心") and not n.startswith("因應") for n in found), sorted(found)
    assert any(n.endswith("災害應變中心") for n in found), sorted(found)


def test_chinese_farms_and_cafes_listed_after_a_colon_or_enumeration_comma():
    # rare characters the segmenter cuts into one-character words or verbs (嵙, 鋤, 選) stay in the name
    found = orgs("優等獎：嵙頂山咖啡館、小鋤田園生態農場、南之選咖啡園；活動由東山區農會協辦。", "zh")
    for name in ("嵙頂山咖啡館", "小鋤田園生態農場", "南之選咖啡園", "東山區農會"):
        assert name in found, (name, sorted(found))
    found = orgs("本次活動、由臺南市政府主辦。", "zh")
    assert "臺南市政府" in found and not any(n.startswith("由") for n in found), sorted(found)


def test_a_chinese_ball_club_described_as_one_before_its_name():
    found = orgs("春訓場地優先保留給在地球團中華職棒台鋼雄鷹棒球隊使用。", "zh")
    assert "中華職棒台鋼雄鷹棒球隊" in found, sorted(found)


def test_bodies_a_taiwanese_release_names_without_an_organisation_word():
    found = orgs("國防部表示，解放軍戰機昨日再度逼近；國家安全會議秘書長也出席記者會。", "zh")
    assert {"解放軍", "國家安全會議"} <= set(found), sorted(found)
    assert found["解放軍"].kind == "government", found["解放軍"].kind


def test_a_chinese_hall_named_only_as_where_something_is_held_is_a_place():
    found = orgs("經發局今日於永安市政中心舉辦成果發表會，並與南區產業服務中心簽署備忘錄。", "zh")
    assert "南區產業服務中心" in found and "永安市政中心" not in found, sorted(found)


def test_a_chinese_body_and_its_rendering_cut_from_the_same_mention_are_one_record():
    found = orgs("總統感謝日本國家旅遊局（JNTO）與美國商務部（Department of Commerce）的協助。", "zh")
    assert "美國商務部" in found and "商務部" not in found, sorted(found)
    assert found["美國商務部"].english_name == "Department of Commerce" and found["美國商務部"].kind == "government"
    assert found["日本國家旅遊局"].kind == "government"   # a Chinese name says its kind by its word


def test_a_chinese_office_in_chu_by_its_stem_but_not_any_word_in_chu():
    found = orgs("秘書處表示，嘉義市市場處也將配合；各處室與服務處、好處多多。", "zh")
    assert {"秘書處", "嘉義市市場處"} <= set(found), sorted(found)
    assert not any(n.endswith(("服務處", "好處", "處室")) for n in found), sorted(found)


@pytest.mark.parametrize("text, thing", [
    # laws, plans, measures and initiatives given a short name are things, not bodies
    ("한빛부는 '누리 자원의 순환 촉진에 관한 법률(이하 자원순환법)' 설명회를 열었다.", "법률"),
    ("한빛부는 「중소기업 수출 회복 지원방안」(이하 ‘수출 지원방안’)을 발표했다.", "지원방안"),
    ("한빛부는 ‘탄소중립 도시 구상(Net-Zero City Initiative)’을 내놓았다.", "구상"),
    ("한빛부는 ‘오사카 AI 프로세스(Osaka AI Process)’ 보고 체계에 참여한다.", "프로세스"),
    # a general term's acronym made a country's (`K-UAM`): the term, no body
    ("한빛부는 한국형 도심항공교통(K-UAM) 실증을 시작했다.", "도심항공교통"),
])
def test_a_named_law_plan_or_initiative_is_no_organisation(text, thing):
    names = [o.name for o in extract(text, lang="ko", anchor="2025-03-04")["organisations.jsonl"]]
    assert not any(n.endswith(thing) for n in names), names


@pytest.mark.parametrize("text, expected, absent", [
    # items listed before 等 and a kind of firm, two of them known: the rest are firms too, a
    # known name inside running text included
    ("台積電、聯發科與鴻海等科技大廠均表示支持。", {"台積電", "聯發科", "鴻海"}, set()),
    ("南科管理局、成功大學與永豐餘等單位共同參與。", {"南科管理局", "成功大學", "永豐餘"}, set()),
    # a kind of firm is no firm; places listed before 城市 are places
    ("南科管理局、成功大學與在地業者等單位共同參與。", {"南科管理局", "成功大學"}, {"在地業者"}),
    ("邀請台北、台中與高雄等城市參加。", set(), {"台北", "台中", "高雄"}),
    # a list counted before its kind names firms with one of them known
    ("頒發標章予明遠精密股份有限公司、南光實業、永興食品等10家業者。", {"南光實業", "永興食品"}, set()),
])
def test_chinese_names_listed_with_known_bodies(text, expected, absent):
    names = {o.name for o in extract(text, lang="zh", anchor="2025-03-04")["organisations.jsonl"]}
    assert expected <= names and not absent & names, names


def test_a_korean_term_rendered_by_its_acronym_is_not_a_body():
    # in its sentence Kiwi takes the compound before the bracket for a proper noun; read alone it
    # is common nouns, and the acronym is a translation, not its sound
    found = orgs("참석자들은 차세대 원자층 식각(ALE), 고대역폭메모리(HBM) 등 핵심 기술을 공유했다.")
    assert "고대역폭메모리" not in found and "차세대 원자층 식각" not in found, sorted(found)
    # a loanword brand rendered by its sound, and one long unknown name, stay bodies
    found = orgs("한빛반도체는 메타(META)와 두산모빌리티이노베이션(DMI)에 부품을 공급한다.")
    assert "메타" in found and "두산모빌리티이노베이션" in found, sorted(found)


def test_a_name_where_something_is_held_at_every_mention_is_the_venue():
    text = ("누리시는 12일 부산 벡스코(BEXCO)에서 해양산업 박람회를 개최했다. 박람회는 사흘간 "
            "벡스코에서 열리며 한빛해운(Hanbit Shipping)과 가온로지스(Gaon Logis)가 참가한다.")
    found = orgs(text)
    assert "벡스코" not in found, sorted(found)
    assert "한빛해운" in found and "가온로지스" in found, sorted(found)
    # the same name that also acts elsewhere in the release is a body
    found = orgs("누리시는 벡스코(BEXCO)에서 박람회를 열었다. 벡스코는 내년 전시장을 넓힌다.")
    assert "벡스코" in found, sorted(found)


def test_english_gatherings_and_award_categories_are_not_bodies():
    text = ("Velora Inc. won an innovation award in the Wearable Technologies category and will demonstrate "
            "its glasses at Mobile World Congress in Barcelona, the Nordic Robotics Symposium and the "
            "Pacific Design Convention. Velora also sponsors the Harbor City Marathon.")
    found = orgs(text, "en")
    for thing in ("Wearable Technologies", "Mobile World Congress", "Nordic Robotics Symposium",
                  "Pacific Design Convention", "Harbor City Marathon"):
        assert thing not in found, sorted(found)
    assert "Velora Inc." in found and "Nordic Robotics" not in found, sorted(found)


def test_a_plan_rendered_in_english_with_a_body_word_inside_is_a_plan():
    found = orgs("누리부는 지난해 발표한 녹색 정부 구상(Green Government Initiative)에 따라 한빛전자(Hanbit Electronics)와 "
                 "협력한다.")
    assert "녹색 정부 구상" not in found, sorted(found)
    assert "한빛전자" in found, sorted(found)


def test_chinese_bodies_joined_by_a_conjunction_stay_two():
    found = orgs("本署與經濟部及衛生福利部、各縣市政府及臺北市政府衛生局共同推動，並邀請各縣市衛生局參與。", "zh")
    assert {"經濟部", "衛生福利部", "臺北市政府衛生局"} <= set(found), sorted(found)
    assert not any(n.startswith(("及", "與")) or n.startswith("各") for n in found), sorted(found)
    found = orgs("住房和城乡建设部与自然资源和规划局召开会议，人力资源和社会保障部也派员出席。", "zh")
    assert {"住房和城乡建设部", "自然资源和规划局", "人力资源和社会保障部"} <= set(found), sorted(found)


def test_a_chinese_name_with_its_latin_form_beside_a_company_is_a_firm():
    found = orgs("本季疫苗由國光生物科技股份有限公司及賽諾菲（Sanofi）供應，另有畫家莫內（Monet）的畫作展出。", "zh")
    assert "賽諾菲" in found and "莫內" not in found, sorted(found)


def test_a_foreign_person_written_in_two_words_on_both_sides_is_no_body():
    text = ("국립누리미술관은 12월 10일부터 '빌헬름 하메르쇠이(Vilhelm Hammershøi)와 그의 시대' 특별전을 연다. "
            "대표작으로는 에드바르 뭉크(Edvard Munch)의 판화와 페더 세베린 크뢰이어(Peder Severin Krøyer)의 "
            "풍경화가 있다. 전시장은 힐튼 상파울루 모룸비(Hilton São Paulo Morumbi) 호텔 옆이다.")
    found = orgs(text)
    for person in ("빌헬름 하메르쇠이", "에드바르 뭉크", "페더 세베린 크뢰이어"):
        assert person not in found, sorted(found)


def test_churches_palaces_and_temples_are_sites_not_bodies():
    found = orgs("영상관은 로스킬레 대성당(Roskilde Cathedral)과 누리 궁전(Nuri Palace)을 소개한다.")
    assert "로스킬레 대성당" not in found and "누리 궁전" not in found, sorted(found)
    found = orgs("Visitors toured Roskilde Cathedral and the Hanbit Palace with Velora Inc. staff.", "en")
    assert "Roskilde Cathedral" not in found and "Hanbit Palace" not in found, sorted(found)


def test_a_kind_of_body_after_the_indefinite_article_is_no_name():
    text = ("Velora Inc., a leading Contract Development and Manufacturing Organization (CDMO), plans to merge "
            "with a Special Purpose Acquisition Company (SPAC). Velora is a Hanbit Group company and holds an "
            "exemption from the Monetary Authority of Singapore.")
    found = orgs(text, "en")
    assert "Contract Development and Manufacturing Organization" not in found, sorted(found)
    assert "Special Purpose Acquisition Company" not in found, sorted(found)
    assert {"Velora Inc.", "Hanbit Group", "Monetary Authority of Singapore"} <= set(found), sorted(found)


def test_a_country_with_a_possessive_is_no_body():
    # (the entity model offers `Taiwan's` where a country owns something)
    from pipeline.nlp.build import get_nlp
    from pipeline.stages.organisations.exclude import exclude
    from pipeline.stages.organisations.find import Candidate
    text = "Taiwan's makers lead the market, and McDonald's and Hanbit Electronics Co., Ltd. follow."
    doc = get_nlp("en", PipelineOptions())(text)
    assert exclude(doc, [Candidate(0, len("Taiwan's"), "company", "model")]) == []
    mcd = text.index("McDonald's")
    assert exclude(doc, [Candidate(mcd, mcd + len("McDonald's"), "company", "model")]) != []


def test_an_academic_degree_the_model_offers_is_no_body():
    from pipeline.nlp.build import get_nlp
    from pipeline.stages.organisations.exclude import exclude
    from pipeline.stages.organisations.find import Candidate
    text = '"The results are strong," said Elena Voss, M.D., Chief Medical Officer of Corvexa Bio, Inc.'
    doc = get_nlp("en", PipelineOptions())(text)
    md = text.index("M.D.")
    assert exclude(doc, [Candidate(md, md + 4, "company", "model")]) == []


def test_a_kind_of_government_is_no_body():
    found = orgs("김 차관은 \"한국의 디지털정부(Digital Government) 경험과 신정부의 정책을 공유하겠다\"고 말했다. "
                 "워싱턴 DC정부와 서울시도 참여했다.")
    assert "디지털정부" not in found and "신정부" not in found, sorted(found)
    assert "워싱턴 DC정부" in found, sorted(found)


def test_a_chinese_company_name_goes_on_over_a_trade_verb():
    found = orgs("此外，台灣積體電路製造股份有限公司與華城開發有限公司將參與，公司將開發新產品。", "zh")
    assert {"台灣積體電路製造股份有限公司", "華城開發有限公司"} <= set(found), sorted(found)


def test_japanese_ministries_in_chinese_end_in_sheng_and_provinces_do_not():
    found = orgs("勞動部勞工保險局將簡化流程，日本厚生勞動省及經濟產業省也參與，廣東省代表亦出席。浙江省农业投资发展集团宣布投资。", "zh")
    assert {"勞動部勞工保險局", "日本厚生勞動省", "經濟產業省", "浙江省农业投资发展集团"} <= set(found), sorted(found)
    assert "廣東省" not in found, sorted(found)


def test_a_chinese_list_of_firms_with_long_names_and_a_word_holding_a_conjunction():
    found = orgs("勞動部也與台灣積體電路製造股份有限公司、聯華電子股份有限公司、統一超商及全聯福利中心等企業合作。", "zh")
    assert {"統一超商", "全聯福利中心"} <= set(found), sorted(found)
    # `参与` holds 与, which parts no list
    found = orgs("参与该项目的还有中国船舶集团有限公司、招商局集团和中远海运集团等企业。", "zh")
    assert "中国船舶集团有限公司" in found and not any(n.startswith("该项目") for n in found), sorted(found)


def test_a_korean_company_named_by_a_proper_noun_and_its_line_of_business():
    found = orgs("이번 사업은 한빛해운과 한화에어로스페이스가 맡고, 미국반도체 시장과 푸드테크 분야도 살핀다.", options=RULES_ONLY)
    assert {"한빛해운", "한화에어로스페이스"} <= set(found), sorted(found)
    assert "미국반도체" not in found and "푸드테크" not in found, sorted(found)


def test_a_city_bureau_with_or_without_its_government_is_one_body():
    assert org_key("新北市政府社會局") == org_key("新北市社會局")
    assert org_key("臺南市政府") != org_key("臺南市")
    found = orgs("新北市政府社會局今日表示，將擴大服務。新北市社會局長也出席說明。", "zh")
    assert [n for n in found if "社會局" in n] == ["新北市政府社會局"], sorted(found)


def test_a_chinese_ministry_and_its_department_are_one_name():
    found = orgs("市府將與衛生福利部長期照顧司合作，外交部條約法律司亦參與。", "zh")
    assert {"衛生福利部長期照顧司", "外交部條約法律司"} <= set(found), sorted(found)


def test_an_english_body_at_a_campus_is_one_name_and_at_another_body_two():
    found = orgs("The Hanbit Center at Songdo Global Campus and the Brain Research Institute at Nuri National "
                 "University signed a deal. Velora Labs at CES showed robots.", "en")
    assert "Hanbit Center at Songdo Global Campus" in found, sorted(found)
    # an institute at a university is a unit of it (the gold's convention: units are not bodies of their own)
    assert {"Nuri National University", "Velora Labs"} <= set(found), sorted(found)
    assert "Brain Research Institute" not in found, sorted(found)


def test_english_fields_joined_by_and_inside_a_name_and_asian_legal_forms_in_keys():
    found = orgs("Meridian Freight Solutions to be acquired\n\nMeridian Freight Solutions Pte. Ltd. needs clearance from "
                 "the Competition and Consumer Commission of Singapore and the Ministry of Land and Housing.", "en")
    assert {"Competition and Consumer Commission of Singapore", "Ministry of Land and Housing"} <= set(found), sorted(found)
    assert [n for n in found if n.startswith("Meridian")] == ["Meridian Freight Solutions Pte. Ltd."], sorted(found)
    # the English name of an English release's body is its fullest name, as its name is
    assert found["Meridian Freight Solutions Pte. Ltd."].english_name == "Meridian Freight Solutions Pte. Ltd."
    assert org_key("Hanbit Trading Sdn. Bhd.") == org_key("Hanbit Trading")


def test_the_advisors_a_deal_release_names_are_firms():
    text = ("Hanbit Logistics Corp. will acquire Orvane Freight Pte. Ltd. Kestrel Partners is serving as financial "
            "advisor and Wachtell, Lipton, Rosen & Katz as legal counsel to Hanbit. Brightmoor & Sable acted as "
            "exclusive financial adviser to Orvane.")
    found = orgs(text, "en")
    assert {"Kestrel Partners", "Wachtell, Lipton, Rosen & Katz", "Brightmoor & Sable"} <= set(found), sorted(found)


def test_the_bodies_in_brackets_after_a_run_of_things_done_are_organisations():
    found = orgs("규제 샌드박스에서는 반도체 검사(삼성전자), 드론 엔터테인먼트(누리드론), 자동 비행 드론시스템(가온시스) "
                 "등이 실증 중이다. 회의는 서울(3월), 부산(4월), 대전(5월)에서 열린다.")
    assert {"누리드론", "가온시스"} <= set(found), sorted(found)
    assert not {"3월", "4월"} & set(found), sorted(found)


def test_a_list_of_firms_after_a_capitalised_kind_at_a_sentence_start():
    found = orgs("Partners include Kestrel Labs, Orvane and Hanbit. Customers such as Velmo Motors and Brightmoor "
                 "use the platform.", "en")
    assert {"Orvane", "Hanbit", "Brightmoor"} <= set(found), sorted(found)


def test_a_traditional_chinese_gathering_with_its_rendering_is_no_body():
    found = orgs("外交部舉辦「2024年國際青年論壇」（International Youth Forum）。", "zh")
    assert "國際青年論壇" not in found and "外交部" in found, sorted(found)


def test_a_chinese_name_opening_with_a_district_the_segmenter_cuts():
    found = orgs("頒獎給後壁區土溝社區發展協會、安南區公所及七股區農會等單位。", "zh")
    assert {"後壁區土溝社區發展協會", "七股區農會"} <= set(found), sorted(found)


def test_a_japanese_federation_written_in_chinese_is_a_body():
    found = orgs("得獎社區將赴日本參訪，並與岡山縣觀光連盟簽署交流備忘錄。", "zh")
    assert "岡山縣觀光連盟" in found, sorted(found)


def test_an_edition_named_with_its_year_or_places_together_the_model_offers_are_no_bodies():
    from pipeline.nlp.build import get_nlp
    from pipeline.stages.organisations.exclude import exclude
    from pipeline.stages.organisations.find import Candidate
    text = "중기부는 누리업2024 행사에서 한-미 협력 방안을 논의했다."
    doc = get_nlp("ko", PipelineOptions())(text)
    for name in ("누리업2024", "한-미"):
        s = text.index(name)
        assert exclude(doc, [Candidate(s, s + len(name), "company", "model")]) == [], name


def test_a_kind_of_body_after_a_word_that_sorts_bodies_is_no_name():
    found = orgs("업비트·빗썸·코인원 등 주요 가상자산거래소의 의견을 반영했다. 각 지방은행과 한빛은행도 참여했다.")
    assert "가상자산거래소" not in found and "지방은행" not in found, sorted(found)
    assert "한빛은행" in found, sorted(found)


def test_a_clause_after_bodies_in_the_dative_is_no_list_of_names():
    found = orgs("□ 특히 협력기관에는 누리정보원 안내서비스를 통해 단장단에서 배포한 점검지침을 숙지해줄 것과 함께,\n"
                 " 참여 기업으로는 한빛소프트와 가온테크가 있다.")
    assert not [n for n in found if "배포한" in n or "숙지" in n], sorted(found)
    assert {"한빛소프트", "가온테크"} <= set(found), sorted(found)


def test_an_about_head_run_into_the_body_without_its_line_break_is_cut_off():
    found = orgs("Halden Capital led the round.\n\nABOUT HALDEN CAPITALHalden Capital is a venture firm in Oslo. "
                 "Its sensors sell well.  About ORA LABS ORA Sensor Systems is a maker of sensors.", "en")
    assert "Halden Capital" in found and not [n for n in found if "CAPITALHalden" in n], sorted(found)
    assert not [n for n in found if n.startswith("ORA LABS ORA")], sorted(found)


def test_an_about_head_and_the_full_name_its_section_opens_with_are_one_body():
    found = orgs("Norvik Tech launched a display line.\n\nAbout NVT Group\nNorvik Tech Solutions is a maker of "
                 "touch displays. NVT Group serves 40 countries.\n", "en")
    assert "NVT Group" in found["Norvik Tech Solutions"].aliases, sorted(found)


def test_chinese_plans_mechanisms_and_kinds_of_banks_are_no_bodies():
    found = orgs("經濟部將與公股銀行及民營銀行合作，推動數位轉型補助計畫（DTSP）及因應碳費徵收機制（CFM），"
                 "並委託臺灣銀行辦理。", "zh")
    assert "臺灣銀行" in found and "經濟部" in found, sorted(found)
    assert not [n for n in found if n.endswith(("計畫", "機制")) or n in ("公股銀行", "民營銀行")], sorted(found)


def test_councils_and_fishermens_associations_are_bodies():
    found = orgs("이날 행사에는 가온군의회 의원과 누리시의회 관계자 등 50여 명이 참석했다.")
    assert {"가온군의회", "누리시의회"} <= set(found), sorted(found)
    found = orgs("本活動由臺南市政府主辦，並獲七股區漁會及安南區農會協助。", "zh")
    assert {"七股區漁會", "安南區農會"} <= set(found), sorted(found)


def test_an_associations_committee_written_on_to_its_name_is_one_name():
    found = orgs("本賽事由臺南市政府主辦，臺南市體育總會划船委員會承辦。", "zh")
    assert "臺南市體育總會划船委員會" in found and "划船委員會" not in found, sorted(found)


def test_a_tainan_bureau_named_by_one_character_of_its_city_is_the_bureau():
    found = orgs("南市勞工局辦理就業博覽會\n\n臺南市政府勞工局今日舉辦就業博覽會。南市文觀局亦派員協助，"
                 "臺南市政府文化觀光局表示將持續合作。", "zh")
    assert "南市勞工局" not in found and "南市文觀局" not in found, sorted(found)
    assert "南市勞工局" in found["臺南市政府勞工局"].aliases, sorted(found)


def test_an_office_written_on_to_a_bodys_rendering_is_a_unit_of_it_and_chambers_of_commerce_are_bodies():
    found = orgs("本局與日本貿易振興機構（JETRO）臺北事務所交流，並邀請日本京都商工會議所訪團。", "zh")
    assert "臺北事務所" not in found and {"日本貿易振興機構", "日本京都商工會議所"} <= set(found), sorted(found)


def test_a_date_is_no_organisation_whatever_its_bracket_says():
    found = orgs("가온전자는 6일(이하 현지시간) 파리에서 신제품을 공개했다.")
    assert "6일" not in found and "가온전자" in found, sorted(found)


def test_a_place_or_a_word_the_release_uses_in_lower_case_is_no_short_form_of_a_name():
    found = orgs("The Ontario Department of Energy met Light Harbor Partners in Ontario on Monday. Light Harbor "
                 "Partners said light rail was discussed. Light will report later.", "en")
    assert "Ontario" not in found["Ontario Department of Energy"].aliases, found["Ontario Department of Energy"].aliases
    assert "Light" not in found["Light Harbor Partners"].aliases, found["Light Harbor Partners"].aliases
    found = orgs("Norvik Harbor Partners said Norvik will report later.", "en")
    assert "Norvik" in found["Norvik Harbor Partners"].aliases, sorted(found)


def test_an_organisation_word_with_no_name_before_it_is_a_field():
    found = orgs("가온시는 AI, 로보틱스, 바이오 등 첨단기술을 활용한 돌봄 사업을 한빛테라퓨틱스와 추진한다.")
    assert "로보틱스" not in found and "한빛테라퓨틱스" in found, sorted(found)


def test_places_written_before_a_national_body_say_where_it_is_but_a_countys_body_keeps_its_county():
    found = orgs("농촌진흥청은 6일 전북 전주 국립농업과학원에서 총회를 열었다. 강진군 도시재생지원센터도 참여했다.")
    assert "국립농업과학원" in found and "전북 전주 국립농업과학원" not in found, sorted(found)
    assert "강진군 도시재생지원센터" in found, sorted(found)


def test_a_bodys_branch_in_a_country_is_a_unit_of_the_body():
    found = orgs("농진청은 코피아(KOPIA) 가나센터와 케냐센터를 중심으로 종자 생산을 늘리고, 코트라 하노이 무역관과도 협력한다.")
    assert not [n for n in found if n.endswith(("가나센터", "케냐센터", "무역관"))], sorted(found)


def test_a_foreign_name_after_a_word_for_a_kind_of_company_is_a_company():
    found = orgs("질병청은 제약사 바바리안오로라(Bavarian Aurora)와 백신 도입을 협의 중이다.")
    assert "바바리안오로라" in found, sorted(found)


def test_a_kind_of_company_before_a_listed_name_and_a_voucher_are_no_part_of_a_name():
    found = orgs("선정 기업에는 반도체 장비 기업 누리세미텍, 화장품 기업 한결코스메틱, 소재 기업 가온머티리얼즈 등이 "
                 "포함되었다. 선정된 기업은 수출 바우처와 함께 누리진흥공단의 지원을 받는다.")
    assert {"누리세미텍", "한결코스메틱"} <= set(found), sorted(found)
    assert not [n for n in found if " 기업 " in n or n == "바우처"], sorted(found)


def test_a_bodys_regional_office_named_after_it_is_a_unit_of_it():
    found = orgs("이번 회의에는 세계보건기구 동남아시아 지역사무처(SEARO) 관계자와 한빛재단이 참석했다.")
    assert "세계보건기구" in found and not [n for n in found if n.endswith("지역사무처")], sorted(found)


def test_a_companys_foundation_is_one_name_and_the_end_of_a_longer_name_is_no_contraction():
    found = orgs("本劇由永信銀行公益慈善基金會贊助，並與台南市藝術團體聯合會共同製作。", "zh")
    assert "永信銀行公益慈善基金會" in found and "聯合會" not in found, sorted(found)


def test_fairs_shows_and_biennales_are_events_not_bodies():
    found = orgs("산업부는 독일 하노버 메세(Hannover Messe)와 스페인 바르셀로나 MWC, 뒤셀도르프 메디카(MEDICA)에 한국관을 "
                 "열었고, 베니스 비엔날레(Venice Biennale)에는 문화 기업이 함께했다. 한빛전자(Hanbit Electronics)도 참여했다.")
    assert not [n for n in found if n.endswith(("메세", "MWC", "메디카", "비엔날레"))], sorted(found)
    assert "한빛전자" in found, sorted(found)


def test_a_rendering_that_names_a_project_a_disease_or_a_heritage_site_is_no_body():
    found = orgs("보건부는 뎅기열(Dengue Fever) 예방을 위해 누리 프로젝트(Nuri Project)를 추진하고, 부하라 역사 지구"
                 "(Historic Centre of Bukhara) 보존도 돕는다. 한빛연구소(Hanbit Institute)가 참여한다.")
    assert not [n for n in found if n.startswith(("뎅기열", "누리", "부하라"))], sorted(found)
    assert "한빛연구소" in found, sorted(found)


def test_times_codes_kinds_and_conditions_in_brackets_are_no_bodies():
    found = orgs("현지 언론에 따르면 9일 오후(이하 한국시각) 누리 항공기(NR350)가 회항했다. 국제선 유류할증료(이하 왕복 기준)도 "
                 "올랐다. 한국형 탐사로봇(KPR-II)은 내년에 발사된다. 일간 베를리너차이퉁(BZ)은 이를 보도했다.")
    assert not [n for n in found if n.startswith(("오후", "누리 항공기", "국제선", "한국형"))], sorted(found)
    assert "베를리너차이퉁" in found, sorted(found)


def test_a_time_word_before_a_name_and_a_courts_bench_are_no_part_of_a_body():
    found = orgs("이는 전날 저녁 한빛신문 보도를 통해 알려졌다. 재판부가 판결 전까지 방어권을 보장했다는 평가가 나온다. "
                 "검찰은 재판부에 선고유예를 요청했다.")
    assert "한빛신문" in found and not [n for n in found if n == "재판부" or n.startswith("저녁")], sorted(found)


def test_choirs_orchestras_and_dance_companies_are_bodies():
    found = orgs("한빛시립합창단은 오는 5월 정기공연을 열고, 라온교향악단과 가람무용단이 함께 무대에 오른다.")
    assert {"한빛시립합창단", "라온교향악단", "가람무용단"} <= set(found), sorted(found)


def test_a_countrys_army_navy_and_air_force_are_bodies():
    found = orgs("이번 시연에는 국방부와 함께 대한민국 육군, 공군, 해군이 참여해 무인기 운용 능력을 점검했다.")
    assert {"공군", "해군"} <= set(found), sorted(found)


def test_united_nations_offices_by_their_initials_are_bodies_and_its_conventions_are_not():
    found = orgs("외교부는 이번 회의에서 UNITAR, UNOPS와 재난 대응 협력을 논의하고 UNCLOS 이행 현황도 점검했다.")
    assert {"UNITAR", "UNOPS"} <= set(found) and "UNCLOS" not in found, sorted(found)


def test_a_chinese_organisation_word_that_begins_a_longer_common_noun_ends_no_name():
    found = orgs("違規者由警察機關及公安部門處理，轉運站已擴建為公路客運站，大學生可免費參觀。經濟部長今日表示支持。", "zh")
    assert not [n for n in found if n.endswith(("公安部", "客運", "大學"))], sorted(found)
    assert "經濟部" in found, sorted(found)


def test_chinese_games_are_events_not_associations():
    found = orgs("臺南市選手在2028年洛杉磯奧運會奪金，也參加亞運會與全運會。臺南市政府體育局表示祝賀。", "zh")
    assert "臺南市政府體育局" in found and not [n for n in found if n.endswith("運會")], sorted(found)


def test_police_stations_courts_tax_offices_and_confectioners_are_bodies():
    found = orgs("한빛경찰서는 5일 사건을 한빛지방법원에 넘겼다. 누리세무서와 가온보건소도 조사에 협조했고, 라온제과가 간식을 보냈다.")
    assert {"한빛경찰서", "한빛지방법원", "누리세무서", "가온보건소", "라온제과"} <= set(found), sorted(found)


def test_a_county_or_city_listed_with_a_body_is_its_government():
    found = orgs("장관은 고성군과 여주시, 행정안전부 등이 협조하도록 하겠다고 밝혔다. 고성군에는 비가 내렸다.")
    assert {"고성군", "여주시", "행정안전부"} <= set(found), sorted(found)
    assert not orgs("서울시, 경기도 등 수도권 지역에 비가 내린다."), "places listed with places stay places"


def test_a_trade_fair_with_its_city_or_edition_is_an_event():
    found = orgs("Corvane Robotics will exhibit at MWC Barcelona and IFA Berlin next year, and showed a prototype at "
                 "SEMICON West in July.", "en")
    assert not [n for n in found if n.startswith(("MWC", "IFA", "SEMICON"))], sorted(found)


def test_the_leader_who_names_an_administration_is_no_short_form_of_it():
    found = orgs("스미스 행정부에서 국방 수장을 지냈던 두 전 장관이 회고록에서 스미스 대통령의 외교 정책을 비판했다.")
    assert [m.text for m in found["스미스 행정부"].mentions] == ["스미스 행정부"]


def test_a_station_is_a_facility_not_a_body():
    found = orgs("누리교통공사는 신도림역 사이 구간의 선로를 점검했다.")
    assert "누리교통공사" in found and "신도림역" not in found, sorted(found)


def test_a_kind_of_body_counted_is_no_name_and_a_provincial_office_alone_is_a_reference():
    found = orgs("검찰은 저축은행 2곳에서 금품을 받은 혐의로 기소된 의원에게 징역 2년을 구형했다. 도교육청에 따르면 조사는 "
                 "끝났다. 한빛저축은행 한 곳도 포함됐다.")
    assert "한빛저축은행" in found and not [n for n in found if n in ("저축은행", "도교육청")], sorted(found)


def test_construction_works_are_no_corporations():
    assert not orgs("한빛시는 라온아트홀 리모델링공사를 마쳤다고 밝혔다.").keys() - {"한빛시"}
    assert "한국도로공사" in orgs("누리천 하천정비공사가 끝나 한빛시와 한국도로공사가 준공식을 열었다.")


def test_a_quoted_title_with_its_short_name_is_a_work_not_a_body():
    assert "푸른 바다의 노래" not in orgs("영화 ‘푸른 바다의 노래’(이하 푸른바다)는 다음 달 개봉한다.")
    assert "한빛 청년 동행" not in orgs("한빛시는 ‘한빛 청년 동행’(이하 동행) 참가자를 모집한다.")
    assert "한빛문화재단" in orgs("‘한빛문화재단’(이하 재단)도 함께한다. 한빛문화재단은 올해 처음 참여한다.")


def test_a_name_after_what_a_person_does_is_a_person_whatever_its_rendering():
    assert not orgs("호주 출신 래퍼 질란(Zilan)이 무대에 올랐다.")
    found = orgs("이번 전시에는 프랑스 사진작가 마르소(Marceau)와 한빛재단이 참여한다.")
    assert "한빛재단" in found and "마르소" not in found, sorted(found)


def test_a_venue_named_after_a_company_is_no_mention_of_it():
    assert not orgs("홈구장인 알리안츠 아레나에서 열린 경기에서 누리FC가 이겼다.").keys() - {"누리FC"}
    found = orgs("The final was played at Allianz Arena in Munich. Allianz sponsors the club.", "en")
    assert [m.text for m in found["Allianz"].mentions] == ["Allianz"]


def test_a_broadcast_is_no_broadcaster():
    found = orgs("어제 누리기어 방송을 보고 파이널 생방송 무대를 봤다. 한빛문화방송과 미국 HBN 방송은 이를 중계했다.")
    assert {"한빛문화방송", "HBN 방송"} <= set(found), sorted(found)
    assert not [n for n in found if n.endswith(("기어 방송", "생방송"))], sorted(found)


@pytest.mark.parametrize("text, name", [
    ("확진자는 지난 3일 A병원에서 진료를 받은 뒤 C보건소로 옮겨졌다.", "A병원"),
    ("확진자는 지난 3일 A병원에서 진료를 받은 뒤 C보건소로 옮겨졌다.", "C보건소"),
    ("○○병원 측은 환자 2명을 격리했다고 밝혔다.", "○○병원"),
])
def test_a_body_named_by_one_letter_or_marks_is_anonymised_no_name(text, name):
    assert name not in orgs(text)


def test_names_of_two_letters_or_more_before_a_body_word_stay():
    assert "KB손해보험" in orgs("KB손해보험은 3일 새 보험을 출시했다고 밝혔다.")


def test_a_national_body_is_one_body_whatever_its_institution_word():
    found = orgs("국립해양조사원과 국립환경과학원, 국립국어원은 3일 공동 조사 결과를 공개했다.")
    assert {"국립해양조사원", "국립환경과학원", "국립국어원"} <= set(found), sorted(found)
    assert found["국립해양조사원"].kind == "government"


def test_a_national_park_is_no_national_body():
    assert not orgs("국립공원에서 탐방로 정비 공사가 시작됐다.")


def test_chinese_hospitals_are_bodies_named_by_place_founder_or_university():
    found = orgs("高雄榮民總醫院與長庚紀念醫院、臺大醫院今日合作，國立臺灣大學醫學院附設醫院亦參與。", lang="zh")
    assert {"高雄榮民總醫院", "長庚紀念醫院", "國立臺灣大學醫學院附設醫院"} <= set(found), sorted(found)
    # (臺大醫院 is the contraction of the university hospital's name: one body, not two)
    assert "臺大醫院" in found["國立臺灣大學醫學院附設醫院"].aliases


def test_a_chinese_hospital_word_after_common_nouns_is_no_name():
    assert not orgs("若有相關狀況醫院社工將主動聯繫，患者亦可前往地區醫院就醫。", lang="zh")


@pytest.mark.parametrize("text, name", [
    ("星辰电子（上海）科技有限公司今日宣布扩产。", "星辰电子（上海）科技有限公司"),
    ("星辰電子（上海）有限公司今日宣布擴產。", "星辰電子（上海）有限公司"),
])
def test_a_place_in_brackets_inside_a_chinese_company_name_is_part_of_it(text, name):
    assert name in orgs(text, lang="zh")


def test_a_short_form_in_brackets_then_another_company_are_two_names():
    found = orgs("星河郵政股份有限公司（星河郵政）與台灣海灣股份有限公司今日簽約。", lang="zh")
    assert {"星河郵政股份有限公司", "台灣海灣股份有限公司"} <= set(found), sorted(found)


def test_a_foreign_body_named_by_its_kind_keeps_its_country():
    found = orgs("우간다 축산연구소와 베트남 수산연구원은 3일 공동연구 협약을 맺었다.")
    assert {"우간다 축산연구소", "베트남 수산연구원"} <= set(found), sorted(found)


def test_a_list_closed_by_deung_and_a_few_words_before_a_kind_of_body_names_bodies():
    found = orgs("간담회에는 한빛식품, 누리산업 등 현지에 진출한 국내 기업 10개사가 참석했다.")
    assert {"한빛식품", "누리산업"} <= set(found), sorted(found)


def test_a_list_closed_by_deung_before_another_noun_joined_to_the_kind_names_no_bodies():
    assert "누리산업" not in orgs("한빛식품, 누리산업 등 정부와 기업이 함께했다.")


def test_a_chinese_bureaus_precinct_or_brigade_and_a_health_station_are_bodies():
    found = orgs("臺南市政府警察局永康分局與消防局第三大隊及永康區衛生所今日聯合演練。", lang="zh")
    assert {"臺南市政府警察局永康分局", "消防局第三大隊", "永康區衛生所"} <= set(found), sorted(found)


def test_a_district_or_county_office_is_a_government_body():
    found = orgs("서울특별시 강남구청과 양평군청이 3일 협약을 맺었다.")
    assert found["양평군청"].kind == "government", sorted(found)
    assert [found[n].kind for n in found if n.endswith("강남구청")] == ["government"], sorted(found)


def test_the_word_for_a_district_office_alone_is_no_name():
    assert not orgs("각 구청과 군청에 안내문을 보냈다.")


def test_a_city_the_model_reads_as_a_place_acts_as_a_body_when_its_clause_says_what_a_body_does():
    assert "순천시" in orgs("순천시는 3일 시청에서 주민 설명회를 열었다.")
    assert "제주도" not in orgs("제주도는 오후부터 비가 내리겠다.")


def test_a_bracket_listing_the_bodies_a_kind_word_names_holds_names():
    found = orgs("관계기관(지자체, 한국농어촌공사, 한국수자원공사 등)과 협의한다.")
    assert {"한국농어촌공사", "한국수자원공사"} <= set(found), sorted(found)


def test_an_aside_in_brackets_after_a_name_holds_no_body():
    assert set(orgs("한빛전자(대표 김누리, 누리연구소장 이한빛)는 3일 신제품을 발표했다.")) == {"한빛전자"}
