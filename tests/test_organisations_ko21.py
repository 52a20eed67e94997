"""Korean organisations: initials in capitals that a Korean sentence opens on as its topic (`NTSB는 …`)
are a body the entity model reads, not a term or a unit (organisations/exclude.py
`_KO_ACTING_INITIALS`); a term's acronym so placed stays none. The sentences are written for these
tests."""
from pipeline import extract


def orgs(text):
    return [o.name for o in extract(text, lang="ko", anchor="2026-06-12")["organisations.jsonl"]]


def test_initials_a_sentence_is_about_are_a_body():
    assert orgs("NTSB는 내년 7월께 사고 조사를 마칠 계획이다.") == ["NTSB"]


def test_a_terms_acronym_as_the_topic_is_no_body():
    assert orgs("AI는 산업 전반을 바꾸고 있다.") == []
    assert orgs("회사는 PIPL을 준수한다.") == []
