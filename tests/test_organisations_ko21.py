"""Korean organisations: initials in capitals that a Korean sentence opens on as its topic (`NTSB는 …`)
are a body the entity model reads, not a term or a unit (organisations/exclude.py
`_KO_ACTING_INITIALS`); a term's acronym so placed stays none. Trade words end company names
(`…실업`, `…양행`, `…건설`, `…해운`, `…화학`: nlp/data/organisation_endings.tsv), not common-noun compounds. The sentences are written for these
tests."""
from pipeline import extract


def orgs(text):
    return [o.name for o in extract(text, lang="ko", anchor="2026-06-12")["organisations.jsonl"]]


def test_initials_a_sentence_is_about_are_a_body():
    assert orgs("NTSB는 내년 7월께 사고 조사를 마칠 계획이다.") == ["NTSB"]


def test_a_terms_acronym_as_the_topic_is_no_body():
    assert orgs("AI는 산업 전반을 바꾸고 있다.") == []
    assert orgs("회사는 PIPL을 준수한다.") == []


def test_company_name_endings_of_trade_make_a_company():
    assert orgs("가람실업은 지난해 상표를 등록했다.") == ["가람실업"]
    assert orgs("세림양행은 메달을 제작했다.") == ["세림양행"]
    assert orgs("다솜해운이 선박 두 척을 인수했다.") == ["다솜해운"]


def test_a_common_noun_compound_with_a_trade_ending_is_no_company():
    assert orgs("청년실업 문제가 심각하다.") == []
    assert orgs("정부는 주택건설 물량을 늘린다.") == []
    assert orgs("석유화학 업황이 나빠졌다.") == []


def test_an_outlet_or_an_agency_named_after_its_kind_is_described_as_a_body():
    from pipeline.nlp.build import get_nlp
    from pipeline.stages.organisations.exclude import _described_as_a_company
    for text, name in (("해외 인터넷 매체 슬레이트는 이날 보도했다.", "슬레이트"), ("소속사 다온미디어는 계약을 연장했다.", "다온미디어"),
                       ("구단 다온FC는 감독을 선임했다.", "다온FC")):
        doc = get_nlp("ko")(text)
        assert _described_as_a_company(doc, text.index(name)), text
    doc = get_nlp("ko")("회의 참석자 김하늘 씨가 말했다.")
    assert not _described_as_a_company(doc, doc.text.index("김하늘"))


def test_a_province_by_its_short_name_acts_as_a_body():
    assert orgs("충남도는 이날 도로 정비 계획을 발표했다.") == ["충남도"]
    assert "경북도" in orgs("다솜군은 경북도와 업무협약을 맺었다.")
    assert orgs("경북도의 인구는 줄었다.") == []


def test_a_body_under_or_related_to_another_is_no_name():
    found = orgs("통계청은 다솜기구 산하기구와 협력한다고 밝혔다. 정부 유관기관 관계자들도 참석했다.")
    assert not any(n.endswith(("산하기구", "유관기관")) for n in found)
    assert "한빛인터넷진흥원" in orgs("방통위 산하기관인 한빛인터넷진흥원은 계획을 밝혔다.")


def test_a_kind_of_body_in_common_nouns_after_a_word_of_scope_is_no_name():
    assert orgs("정부는 국제금융기구와 협력을 늘린다고 밝혔다.") == []
    assert orgs("국제노동기구는 보고서를 냈다.") == ["국제노동기구"]
    assert "국제청렴기구" in orgs("국제청렴기구(ICO)는 지수를 발표했다.")
