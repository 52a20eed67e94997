"""`--model-policy model_first`: the model's boundaries win, but never over a bracket."""
import pytest

from pipeline import extract
from pipeline.config import PipelineOptions
from pipeline.stages.organisations.policy import _cut_before_bracket

MODEL_FIRST = PipelineOptions(model_policy="model_first")


@pytest.mark.parametrize("text", [
    "서울, 2025년 3월 4일 -- 한국과학기술원(KAIST)은 4일 새 연구소를 열었다고 밝혔다.",  # model: 한국과학기술원(KAIST)
    "한국과학기술원(KAIST) 연구진은 1971년 설립되었다.",                                # model: 한국과학기술원(KAIST
])
def test_model_first_keeps_the_name_and_its_alias(text):
    records = extract(text, lang="ko", options=MODEL_FIRST)
    (org,) = records["organisations.jsonl"]
    assert org.name == "한국과학기술원" and org.english_name == "KAIST" and org.aliases == ["KAIST"]
    assert "model" in org.sources and "alias" in org.sources
    assert [(a.name.text, a.alias.text) for a in records["aliases.jsonl"]] == [("한국과학기술원", "KAIST")]


def test_model_first_writes_no_half_bracket():
    # no alias here (the bracket holds more than a rendering), and the model still ends inside it
    records = extract("한국과학기술원(KAIST·총장 이광형)은 협약을 맺었다.", lang="ko", options=MODEL_FIRST)
    assert [o.name for o in records["organisations.jsonl"]] == ["한국과학기술원"]


@pytest.mark.parametrize("span,renderings,cut", [
    ("한국과학기술원(KAIST)", {8}, "한국과학기술원"),       # the rendering of the name
    ("한국과학기술원 (KAIST)", {9}, "한국과학기술원"),
    ("한국과학기술원(KAIST", set(), "한국과학기술원"),      # opened, never closed
    ("한빛(주) 연구소", set(), "한빛(주) 연구소"),          # a bracket that closes inside stays
    ("Acme (Korea) Ltd.", set(), "Acme (Korea) Ltd."),
])
def test_cut_before_bracket(span, renderings, cut):
    text = "xx" + span + "은"
    end = _cut_before_bracket(text, 2, 2 + len(span), {r + 2 for r in renderings})
    assert text[2:end] == cut


@pytest.mark.parametrize("name,proper", [
    ("도심항공교통", False), ("회의시설", False), ("일일확진자", False),   # compounds of common nouns
    ("한국갤럽", True), ("도쿄전력", True), ("대한제국", True),           # names Kiwi knows
])
def test_a_model_span_must_hold_a_proper_noun_read_alone(name, proper):
    from pipeline.stages.organisations.exclude import _proper_read_alone
    assert _proper_read_alone(name) is proper


def test_a_model_span_ending_on_a_function_word_runs_on_to_the_name_or_stops_before_it():
    from pipeline.stages.organisations.policy import whole_latin_name
    text = "** Hanbit Institute for Asia and the Pacific: 연수기관. 또 Norvik Council of 회의를 열었다."
    s = text.index("Hanbit")
    assert text[slice(*whole_latin_name(text, s, text.index(" Pacific")))] == "Hanbit Institute for Asia and the Pacific"
    s = text.index("Norvik")
    assert text[slice(*whole_latin_name(text, s, text.index(" 회의")))] == "Norvik Council"
    assert whole_latin_name(text, 0, 2) == (0, 2)


def test_latin_letters_only_the_korean_model_reads_as_a_body_are_no_body():
    from pipeline import extract
    for text, term in (("산업부는 미국 측과 USMCA 원산지 규정 개정 동향을 점검하고 대응 방안을 논의했다.", "USMCA"),
                       ("한빛전자는 PIPL 시행에 맞춰 개인정보 처리 방침을 바꿨다고 밝혔다.", "PIPL")):
        found = {o.name for o in extract(text, lang="ko", anchor="2025-02-20")["organisations.jsonl"]}
        assert term not in found and found, sorted(found)
    # rendered, it is a body's name (`국제통화기금(IMF)`)
    found = {o.name for o in extract("한빛전자는 국제통화기금(IMF) 보고서를 인용했다. IMF는 성장률을 낮췄다.", lang="ko",
                                     anchor="2025-02-20")["organisations.jsonl"]}
    assert "국제통화기금" in found, sorted(found)


def test_korean_broadcasters_and_groups_known_by_their_latin_letters_stay_bodies():
    from pipeline import extract
    text = "한빛시는 MBC, JTBC와 함께 지역 홍보 방송을 제작하고, KT와 통신망 협약을 맺었다."
    found = {o.name for o in extract(text, lang="ko", anchor="2025-02-20")["organisations.jsonl"]}
    assert {"MBC", "JTBC", "KT"} <= found, sorted(found)


def test_a_city_that_makes_a_deal_with_others_acts_whatever_the_model_says():
    from pipeline import extract
    text = ("나주시, 에너지밸리 기업 투자유치 설명회 성료…12개 기업 1,200억 원 투자 협약\n\n[코리아뉴스] 나주시가 "
            "한국전력공사, 전남도와 함께 지난 24일 서울 여의도 한 호텔에서 '빛가람 에너지밸리 투자유치 설명회'를 열고 "
            "12개 기업과 총 1,200억 원 규모의 투자협약을 체결했다고 25일 밝혔다. 한전은 자회사와 함께 참여했다.")
    found = {o.name: o for o in extract(text, lang="ko", anchor="2025-02-25")["organisations.jsonl"]}
    assert "나주시" in found, sorted(found)
    assert "한전" not in found and "한전" in found["한국전력공사"].aliases, sorted(found)
