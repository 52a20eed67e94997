"""Korean organisations: a rendering's Korean name read inside a longer mention that ends where it ends
(`아세안+3 거시경제조사기구(AMRO)` read as 거시경제조사기구) is the same body, one record with its rendering.
The sentences are written for these tests."""
from pipeline import extract


def records(text):
    return {o.name: o for o in extract(text, lang="ko", anchor="2026-12-05")["organisations.jsonl"]}


def test_a_renderings_name_cut_from_a_longer_mention_is_the_same_body():
    found = records("아세안+3 거시경제조사기구(AMRO)는 3일 보고서를 냈다. AMRO는 성장률을 낮췄다.")
    assert list(found) == ["아세안+3 거시경제조사기구"]
    assert found["아세안+3 거시경제조사기구"].english_name == "AMRO"
    assert "AMRO" in [m.text for m in found["아세안+3 거시경제조사기구"].mentions]
    assert list(records("유엔개발계획(UNDP) 청해정책센터(USPC)와 3일 공동 개최했다.")) == ["유엔개발계획 청해정책센터"]
