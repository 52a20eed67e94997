"""Organisations (twenty-ninth session): an organisation word joined by a hyphen to the next word is
part of that word (`Co-Player`), not the end of a company's name; a verb in the past opening a line
of a release's list of what was done (`Joined …`, `Signed …`) is not part of the name after it.
Sentences written here; the bodies are invented."""
from pipeline.api import extract


def _orgs(text: str, lang: str) -> dict[str, dict]:
    return {o.name: {"mentions": [m.text for m in o.mentions], "kind": o.kind}
            for o in extract(text, lang=lang, anchor="2025-03-04")["organisations.jsonl"]}


def test_an_organisation_word_joined_by_a_hyphen_to_the_next_word_ends_no_name():
    orgs = _orgs("The league named him Northern Conference Co-Player of the Year in 2019.", "en")
    assert not any(n.endswith(" Co") for n in orgs)
    orgs = _orgs("Harbor Valley Food Co-op opened a second store on Monday, and Tessaly Group-wide sales rose.", "en")
    assert {"Harbor Valley Food Co-op", "Tessaly Group"} <= set(orgs)


def test_a_past_verb_opening_a_line_is_not_part_of_the_name_after_it():
    orgs = _orgs("Highlights of the year:\n- Signed Tessaly Labs as a distribution partner in March\n"
                 "- Joined Harrow Bridge Academy's industry panel in May", "en")
    assert "Tessaly Labs" in orgs
    assert "Harrow Bridge Academy" in orgs
    assert not any(n.startswith(("Signed", "Joined")) for n in orgs)


def test_a_company_named_by_its_trade_alone_is_a_kind_not_a_name():
    orgs = _orgs("星河能源公司表示，物流公司與電信公司都是主要客戶，另有三家保險公司明年加入。", "zh")
    assert "星河能源公司" in orgs
    assert not {"物流公司", "電信公司", "保險公司"} & set(orgs)
    assert "星河科技公司" in _orgs("中國建設銀行與星河科技公司簽約。", "zh")


def test_former_as_a_word_of_its_own_before_a_post_is_no_part_of_the_body():
    orgs = _orgs("會議由原星河大學校長林志遠主持。", "zh")
    assert "星河大學" in orgs
    assert "原星河大學" not in orgs
    assert "原子能委員會" in _orgs("原子能委員會今天發布新規定。", "zh")


def test_a_term_in_sentence_case_with_its_acronym_is_no_organisation():
    orgs = _orgs("Quellan Systems said Collaborative filtering (CF) and Machine translation (MT) will ship "
                 "in its next release, built with Doctors without Borders (DWB).", "en")
    assert "Quellan Systems" in orgs
    assert "Doctors without Borders" in orgs
    assert not {"Collaborative filtering", "Machine translation", "CF", "MT"} & set(orgs)


def test_letters_inside_a_web_or_mail_address_name_no_body():
    orgs = _orgs("Details are at https://www.quellan.com/EU/KDB and http://t.co/yWTAkD01EU today, Quellan Systems "
                 "said. Write to press@kdb.co.kr for the files.", "en")
    assert set(orgs) == {"Quellan Systems"}


def test_retired_before_a_body_is_no_part_of_it():
    orgs = _orgs("Retired Harrow Bridge Academy lecturer Ana Reyes joined Quellan Systems.", "en")
    assert "Harrow Bridge Academy" in orgs
    assert not any(n.startswith("Retired") for n in orgs)


def test_a_bodys_field_in_letters_with_accents_is_read_whole():
    orgs = _orgs("Ana Reyes studied at the University of Würzburg and the Academy of Münster before joining "
                 "Quellan Systems.", "en")
    assert {"University of Würzburg", "Academy of Münster"} <= set(orgs)


def test_what_a_body_is_for_and_what_that_is_of_are_one_name():
    orgs = _orgs("The Velmora Foundation for the Advancement of Teaching signed an agreement with the Institute "
                 "for the Study of Labor on Monday.", "en")
    assert {"Velmora Foundation for the Advancement of Teaching", "Institute for the Study of Labor"} <= set(orgs)


def test_a_chinese_assembly_held_and_a_term_in_common_words_are_no_bodies():
    orgs = _orgs("星河國去年在世界衛生大會（WHA）與國際刑警組織（INTERPOL）發言。市府提醒聰明(SMART)用電五招，"
                 "並以衝擊值(CIV)評估路面強度。NC恐龍隊(NC Dinos)下月抵達。", "zh")
    assert "國際刑警組織" in orgs
    assert "NC恐龍" in orgs
    assert not {"世界衛生大會", "聰明", "衝擊值"} & set(orgs)


def test_a_korean_releases_own_country_before_its_own_body_is_no_part_of_the_name():
    orgs = _orgs("해양청(청장 김한빛)은 12일 회의에 참여했다. 이 협의체는 한국 해양청이 주도하여 2015년에 구성되었다. "
                 "독일 재무부와 한국 통계청이 협약을 맺었다.", "ko")
    assert {"해양청", "독일 재무부", "통계청"} <= set(orgs)
    assert not any(n.startswith("한국 ") for n in orgs)


def test_a_works_title_in_its_brackets_with_a_rendering_is_no_body():
    orgs = _orgs("海濱劇團今年推出《北港之夜》（NorthHarborNight），場場爆滿。", "zh")
    assert "海濱劇團" in orgs
    assert "北港之夜" not in orgs
    assert "渡江兵藝文工作室" in _orgs("《渡江兵藝文工作室》也參與演出。", "zh")
