"""The release's own department in a Korean contact block; Chinese names: a short form by sound in
brackets, verbs of entrusting and list verbs before a name, a Japanese ministry's agency, an office
abroad (twenty-fourth session). Sentences written here; the bodies are invented."""
import pytest

from pipeline.api import extract


def _orgs(text: str, lang: str) -> dict[str, list[str]]:
    return {o.name: sorted(o.aliases) for o in extract(text, lang=lang, anchor="2025-03-04")["organisations.jsonl"]}


@pytest.mark.parametrize("field", ["담당 부서 해운물류국 연안해운과", "담당부서 해운물류국 연안해운과 책임자 과장 이누리",
                                   "담당 부서\n해운물류국 연안해운과"])
def test_the_department_field_of_a_contact_block_names_no_organisation(field):
    orgs = _orgs("한빛해양부는 4일 연안물류 지원 계획을 발표했다.\n\n" + field, "ko")
    assert list(orgs) == ["한빛해양부"]


def test_a_body_named_in_the_text_body_stays():
    orgs = _orgs("한빛해양부는 4일 가람항만공사와 협약을 맺었다.\n\n담당 부서 물류정책국", "ko")
    assert "가람항만공사" in orgs


def test_a_bracketed_short_form_that_opens_as_the_name_is_the_same_body():
    text = "新華社北京3月3日電 青嵐能源集團有限公司與瓦迪國家石油公司（瓦迪阿科）簽署協議。瓦迪阿科總裁出席簽約儀式。"
    orgs = _orgs(text, "zh")
    assert "瓦迪阿科" not in orgs
    assert orgs.get("瓦迪國家石油公司") == ["瓦迪阿科"]


@pytest.mark.parametrize("text, name", [
    ("本計畫並委由國家太空研究院衛星設計中心負責建置平臺。", "國家太空研究院衛星設計中心"),
    ("本計畫委由國家海洋研究院負責執行。", "國家海洋研究院"),
    ("本案交由嘉禾港務股份有限公司辦理。", "嘉禾港務股份有限公司"),
])
def test_a_verb_of_entrusting_is_no_part_of_the_name_after_it(text, name):
    assert name in _orgs(text, "zh")


def test_a_list_item_starts_after_the_verb_before_it():
    text = "該計畫執行以來，已促成國立嘉禾大學、國立青嵐大學等8所大學與企業合作。"
    assert set(_orgs(text, "zh")) >= {"國立嘉禾大學", "國立青嵐大學"}
    assert not any(n.startswith("促成") for n in _orgs(text, "zh"))


def test_a_japanese_ministrys_agency_is_named_with_its_ministry():
    orgs = _orgs("觀光署署長昨日與日本國土交通省觀光廳長官會面。", "zh")
    assert "日本國土交通省觀光廳" in orgs


def test_an_office_abroad_of_no_place_is_no_organisation():
    assert "駐外辦事處" not in _orgs("觀光署將於明年3月在大阪設立駐外辦事處。", "zh")


@pytest.mark.parametrize("text, body, status", [
    ("한빛보건부는 지난 2023년 WHO 디지털 헬스 협력센터로 지정된 바 있다.", "한빛보건부", "협력센터"),
    ("가람중학교는 2023년 IB 관심학교로 지정됐다.", "가람중학교", "관심학교"),
])
def test_the_status_a_body_is_designated_as_is_no_second_body(text, body, status):
    orgs = _orgs(text, "ko")
    assert not any(n.endswith(status) for n in orgs)
    assert body in orgs
