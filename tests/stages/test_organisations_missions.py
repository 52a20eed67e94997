"""Diplomatic missions are government bodies, named by host and sender in each language's order
(`pipeline/stages/organisations/missions.py`). The sentences are written for these tests."""
import pytest

from pipeline import extract
from pipeline.stages.organisations import missions


def orgs(text, lang):
    return {o.name: o for o in extract(text, lang=lang, anchor="2025-04-02")["organisations.jsonl"]}


@pytest.mark.parametrize("lang, text, name", [
    ("ko", "주한 미국대사관은 3일 여행 안전 공지를 냈다.", "주한 미국대사관"),
    ("ko", "외교부는 주미 한국대사관을 통해 피해 여부를 확인했다.", "주미 한국대사관"),
    ("ko", "주베트남 대한민국 대사관은 교민 간담회를 열었다.", "주베트남 대한민국 대사관"),
    ("ko", "주상하이 총영사관은 다음 달 채용 박람회를 연다.", "주상하이 총영사관"),
    ("ko", "주제네바 대표부와 함께 결의안을 준비했다.", "주제네바 대표부"),
    ("zh", "外交部表示，我駐美國代表處已協助旅客返台。", "駐美國代表處"),
    ("zh", "日本駐華大使館今日發布聲明，感謝各界協助。", "日本駐華大使館"),
    ("zh", "美國在台協會今日與市府共同舉辦座談會。", "美國在台協會"),
    ("en", "The U.S. Embassy in Seoul issued a travel advisory on Monday.", "U.S. Embassy in Seoul"),
    ("en", "The Embassy of the Republic of Korea in Hanoi hosted the reception.", "Embassy of the Republic of Korea in Hanoi"),
    ("en", "The Korean Consulate General in Los Angeles will open a center.", "Korean Consulate General in Los Angeles"),
])
def test_a_mission_named_by_its_host_or_sender_is_a_government_body(lang, text, name):
    found = orgs(text, lang)
    assert name in found, sorted(found)
    assert found[name].kind == "government" and "mission" in found[name].sources


@pytest.mark.parametrize("lang, text", [
    ("ko", "27개국 정부와 20개 대사관 대표들이 참석했다."),
    ("ko", "주요 대사관과 주한 외국대사관, 서울 주재 대사관에 안내문을 보냈다."),
    ("zh", "各駐外館處將協助宣傳。"),
    ("en", "Each embassy sent two officers, and the Embassy staff met them."),
])
def test_a_missions_word_with_no_host_or_sender_named_is_no_name(lang, text):
    assert missions.find(text, lang) == []
