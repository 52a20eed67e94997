"""Organisations (twenty-eighth session): letters before a hyphen and a number are a product's code, not the
company the registry knows by those letters; researchers counted are people, not an institute; a Chinese
ministry before its deputy's title (`…部副部长`), a subsidiary named by its place only, a body of "both
sides"; foreign agencies in Korean (`…에너지청`, `…의약품청`); a Korean pair of sides joined by a hyphen
(`경남도-…`); an academy's institute the segmenter reads as one word; English: a US bank's `N.A.`, a description
whose kind noun sits in a phrase of its own, a region of places with its initials, an abbreviated month after
`on`; Chinese: a verb of one character before a body's name and its rendering (`獲國立…大學（…）`). Sentences
written here; the bodies
are invented but for one academy's institute."""
from pipeline.api import extract


def _orgs(text: str, lang: str) -> dict[str, dict]:
    return {o.name: {"mentions": [m.text for m in o.mentions], "kind": o.kind}
            for o in extract(text, lang=lang, anchor="2025-03-04")["organisations.jsonl"]}


def test_letters_before_a_hyphen_and_a_number_are_a_code_not_a_company():
    orgs = _orgs("Proceeds will fund a Phase 2 trial of KT-310 in patients with kidney disease, expected to start "
                 "next year.", "en")
    assert "KT" not in orgs


def test_researchers_counted_are_people_not_an_institute():
    orgs = _orgs("해양원은 내년 상반기 칠레 발파라이소에 연구원 2명을 보낸다.", "ko")
    assert not any(n.endswith("연구원") for n in orgs)


def test_a_chinese_ministry_before_its_deputys_title_is_named_without_the_title():
    orgs = _orgs("會議由海濱部次長林志遠與越南農業與環境部副部長共同主持。", "zh")
    assert "越南農業與環境部" in orgs
    assert not any(n.endswith("副部") for n in orgs)


def test_a_subsidiary_named_by_its_place_only_and_a_body_of_both_sides_are_no_names():
    orgs = _orgs("星河能源今年10月在匈牙利設立歐洲子公司。明年上半年由雙方農業試驗所啟動共同研究。", "zh")
    assert not any(n.endswith("子公司") for n in orgs)
    assert not any(n.startswith("雙方") for n in orgs)


def test_a_foreign_agency_in_korean_is_a_government_body():
    orgs = _orgs("누리바이오는 유럽 의약품청(EMA)으로부터 희귀의약품 지정을 받았고, 미국 연방항공청은 드론 시험을 승인했다.", "ko")
    assert orgs["유럽 의약품청"]["kind"] == "government"
    assert "미국 연방항공청" in orgs


def test_a_korean_pair_of_sides_joined_by_a_hyphen_names_the_second_side():
    orgs = _orgs("- 전남도-카탈루냐 주정부, 해상풍력 분야 업무협약 체결\n전라남도는 3일 카탈루냐 주정부와 협약을 맺었다.", "ko")
    assert "카탈루냐 주정부" in orgs
    assert not any(n.startswith("전남도-") for n in orgs)


def test_an_academys_institute_the_segmenter_reads_as_one_word_is_one_body():
    # (a real academy's institute, which the segmenter's dictionary holds as one word; the firm is invented)
    orgs = _orgs("11月28日，中国科学院计算技术研究所与星河科技有限公司在青岛签署合作协议。", "zh")
    assert "中国科学院计算技术研究所" in orgs
    assert "计算技术研究所" not in orgs


def test_a_us_banks_national_association_form_closes_its_name():
    orgs = _orgs("Harborline Bank N.A. and Kestrel Pay Co., Ltd. today announced a partnership.", "en")
    assert "Harborline Bank N.A." in orgs


def test_a_kind_noun_inside_a_phrase_of_the_description_makes_no_company():
    orgs = _orgs("With Quick Find, a security team at a large retail company can trace a shopper in minutes.", "en")
    assert "Quick Find" not in orgs


def test_a_region_of_places_with_its_initials_is_no_body():
    orgs = _orgs("The platform will reach Europe, the Middle East and Africa (EMEA) later in the year.", "en")
    assert not orgs


def test_an_abbreviated_month_after_on_is_no_part_of_a_name():
    orgs = _orgs("The county will hold an open house at the Lakeside Community Center on Jan. 20.", "en")
    assert "Lakeside Community Center" in orgs


def test_a_verb_of_one_character_before_a_bodys_name_and_its_rendering_ends_the_name():
    orgs = _orgs("此次合作亦獲國立青山科技大學（QSTU）支持，將提供實作場域。", "zh")
    assert "國立青山科技大學" in orgs
    assert not any(n.startswith("合作") for n in orgs)
