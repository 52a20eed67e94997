"""Organisations (twenty-sixth session), in each language: a foreign city's government named by a
transliteration the tagger reads as a person's; a Taiwanese `策進會`; an agency standing under a body
(`산하`); a company's first word used alone when a body named after it shares that word. Sentences
written here; the bodies are invented."""
from pipeline.api import extract


def _orgs(text: str, lang: str) -> dict[str, list[str]]:
    return {o.name: [m.text for m in o.mentions]
            for o in extract(text, lang=lang, anchor="2025-03-04")["organisations.jsonl"]}


def test_a_foreign_citys_government_keeps_its_transliterated_name():
    orgs = _orgs("远星汽车股份有限公司3日与波兰卡托维兹市政府签署合作协议，双方将在物流领域开展合作。", "zh")
    assert "卡托维兹市政府" in orgs
    assert "市政府" not in orgs


def test_a_taiwanese_policy_institute_ends_in_its_own_word():
    orgs = _orgs("經濟部今（4）日表示，將與青山產業策進會合作成立輔導團，協助企業導入數位工具。", "zh")
    assert "青山產業策進會" in orgs


def test_an_agency_under_a_foreign_ministry_is_a_body():
    orgs = _orgs("ㅇ 이날 한빛기술원과 말레이시아 과학부 산하 기술표준개발청은 표준 협력 양해각서를 체결하였다.", "ko")
    assert "기술표준개발청" in orgs


def test_a_companys_first_word_is_the_company_beside_a_centre_named_after_it():
    orgs = _orgs("Corvane Energy Corp. and Tessaly University today launched the Corvane Center for Battery Research. "
                 "Corvane will contribute $10 million. Corvane also said it would host a workshop on April 2.", "en")
    assert orgs["Corvane Energy Corp."].count("Corvane") == 2
    assert orgs["Corvane Center for Battery Research"] == ["Corvane Center for Battery Research"]


def test_a_citys_firm_named_by_a_line_of_business_the_tagger_reads_as_a_verb():
    orgs = _orgs("青山市政府上月20日與德國紐倫堡展覽公司簽署合作意向書。", "zh")
    assert any(n.endswith("紐倫堡展覽公司") for n in orgs)
    assert "展覽公司" not in orgs and "公司" not in orgs


def test_an_exhibition_centre_is_a_venue():
    orgs = _orgs("青山機車展 5月10日至13日水湳會展中心登場", "zh")
    assert not any(n.endswith("會展中心") for n in orgs)


def test_a_legal_form_glued_after_a_name_opens_no_name_after_it():
    orgs = _orgs("착공식에는 한빛부 장관, 사업시행자인 가람레일(주) 관계자 등 300여 명이 참석했다.", "ko")
    assert not any("관계자" in n for n in orgs)


def test_two_countries_local_governments_are_no_body():
    orgs = _orgs("양 지역은 내년 7월 한빛시에서 ‘한일 지방정부 청소년 포럼’을 공동 개최할 예정이다.", "ko")
    assert not any(n.endswith("지방정부") for n in orgs)


def test_a_province_named_with_its_governor_and_the_counties_listed_after_it_are_parties():
    orgs = _orgs("□ 한빛부는 3월 3일(월) 가람시청에서 경상북도(도지사 김하늘), 의성군, 군위군과 시범사업 협약을 체결했다.", "ko")
    assert any(n.startswith("경상북도") for n in orgs)
    assert {"의성군", "군위군"} <= set(orgs)


def test_a_universitys_contraction_in_da_is_its_mention():
    orgs = _orgs("青山縣政府今（2）日與國立青山科技大學簽署合作協議。\n\n青科大表示，該校將於明年3月舉辦研討會。", "zh")
    assert orgs["國立青山科技大學"].count("青科大") == 1


def test_an_offices_head_word_before_the_long_form_an_acronym_spells_is_the_names():
    orgs = _orgs("The projects were selected through the Office of Grid Security, Energy Resilience, and "
                 "Emergency Response (GSERER) of the Harbor Department of Energy.", "en")
    assert "Office of Grid Security, Energy Resilience, and Emergency Response" in orgs
    assert "Office of Grid Security" not in orgs


def test_a_european_legal_form_is_left_out_of_the_short_form():
    orgs = _orgs("Corvane Aerospace Completes First Flight\n\nTOULOUSE, France, Dec. 4, 2026 /PRNewswire/ -- Corvane "
                 "Aerospace SAS today announced that its drone completed its maiden flight.", "en")
    assert list(orgs) == ["Corvane Aerospace SAS"]


def test_a_city_the_segmenter_cuts_in_two_stays_in_the_branchs_name():
    orgs = _orgs("臺灣港務股份有限公司臺中港務分公司今（3）日與青山科學園區管理局簽署合作備忘錄。", "zh")
    assert any(n.endswith("臺中港務分公司") for n in orgs)
    assert "港務分公司" not in orgs


def test_a_citys_government_named_by_its_hall_too_is_named_as_the_city():
    orgs = _orgs("가람화학 등 5개사는 지난 2일 여수시청 대회의실에서 여수시와 함께 공동선언식을 가졌다. 여수시는 지난해 지정된 바 있다.", "ko")
    assert "여수시" in orgs and "여수시청" not in orgs
    assert "여수시청" in orgs["여수시"]


def test_a_field_listed_with_a_field_by_a_middle_dot_is_no_body():
    orgs = _orgs("양국 장관은 방산·원전 협력 방안 등에 대해 의견을 교환하였다.", "ko")
    assert "방산" not in orgs


def test_a_county_whose_governor_signs_a_deal_is_its_government():
    orgs = _orgs("青山市政府今（1）日表示，市長率團訪問日本千葉縣，並與千葉縣知事熊谷俊人共同簽訂友好交流協議。", "zh")
    assert "千葉縣" in orgs


def test_a_hall_named_after_its_owners_short_name_is_a_venue():
    orgs = _orgs("青山市政府經濟發展局今（4）日宣布，與國立成功大學共同主辦的「2026智慧城市論壇」將於12月9日在成大國際會議廳舉行，邀請專家分享經驗。", "zh")
    assert not any(n.endswith("會議廳") for n in orgs)
