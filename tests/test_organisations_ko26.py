"""The release's own department in a Korean contact block, and a Chinese short form by sound in
brackets (twenty-fourth session). Sentences written here; the bodies are invented."""
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
