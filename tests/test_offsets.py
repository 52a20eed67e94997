"""The offsets invariant: `doc.text == text` for every tokenizer, and `text[start:end] == span
text` for every span of every record, whatever Unicode comes in."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.nlp.build import blank
from pipeline.review.validate import _spans

# Text mixing the scripts releases use, brackets, digits, whitespace runs and anything else.
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(list("가나다라마바사아자차카타파하톈진수곤밍양()（）,. \n\t0123456789년월일ABCxyz公司中国·&-~")),
)
TEXTS = st.text(ALPHABET, max_size=120)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_kiwi_tokenizer_keeps_every_character(text):
    doc = blank("ko")(text)
    assert doc.text == text


@SETTINGS
@given(TEXTS, st.sampled_from(["ko", "en", "zh"]))
def test_every_record_span_matches_the_text(text, lang):
    records = extract(text, lang=lang, anchor="2025-02-20")
    assert "errors.jsonl" not in records, records.get("errors.jsonl")
    doc = records["documents.jsonl"][0]
    for name, recs in records.items():
        for rec in recs:
            for label, span in _spans(rec):
                assert doc.text[span.start:span.end] == span.text, (name, label, span)


def test_hostile_korean_morphology():
    for text in ["영화지만", "해봤다", "  \n\n  ", "ㄱㄴㄷ", "가\u0301나", "〔가〕（나）", "A" * 3000, "가 " * 2000]:
        assert blank("ko")(text).text == text
