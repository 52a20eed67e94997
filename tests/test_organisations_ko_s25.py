"""Korean organisations (twenty-fifth session): a central agency's regional office is named with
its region glued before the agency's stem (`…중소벤처기업청`, `…유역환경청`, `…지방고용노동청`).
Sentences written here; the offices' regions are real, what they do is invented."""
import pytest

from pipeline.api import extract


def _names(text: str) -> set[str]:
    return {o.name for o in extract(text, lang="ko", anchor="2025-03-04")["organisations.jsonl"]}


@pytest.mark.parametrize("office", ["대구경북중소벤처기업청", "한강유역환경청", "서울지방고용노동청", "부산지방해양수산청"])
def test_a_regional_office_of_an_agency_is_a_body(office):
    assert office in _names(f"한빛시는 지난 10월 {office}과 청년 창업 지원 업무협약을 체결했다.")


def test_the_stem_alone_in_a_common_phrase_is_none():
    assert not any(n.endswith("청") for n in _names("시민들은 생활환경 개선을 요청했다."))


def test_the_letters_of_a_products_code_are_no_body():
    names = _names("바이오벤처 한빛바이오는 미국 식품의약국(FDA)으로부터 'HB-301'의 임상 2상 시험계획을 승인받았다고 3일 "
                   "밝혔다. 한빛바이오는 지난 7월 가람제약과 HB-301의 공동개발 계약을 체결했다.")
    assert "HB" not in names
