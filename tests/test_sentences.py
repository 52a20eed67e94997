"""Sentence boundaries: line breaks always, full stops unless they end an abbreviation."""
from pipeline.nlp.build import blank
from pipeline.nlp.sentences import split_sentences


def sents(lang, text):
    return [s.text.strip() for s in split_sentences(blank(lang)(text)).sents]


def test_english_abbreviations_do_not_end_sentences():
    text = "Corvane Robotics, Inc. said it hired Dr. Lim as CTO. She starts in May."
    assert sents("en", text) == ["Corvane Robotics, Inc. said it hired Dr. Lim as CTO.", "She starts in May."]


def test_korean_and_chinese_sentences_and_lines():
    assert sents("ko", "회사는 설립되었다. 이후 상장했다.\n둘째 줄") == ["회사는 설립되었다.", "이후 상장했다.", "둘째 줄"]
    assert sents("zh", "公司成立。随后上市！") == ["公司成立。", "随后上市！"]


def test_no_sentence_starts_at_a_bracket_after_a_legal_form():
    text = "Kestrel Retail Group N.V. (Euronext Amsterdam: KRG) and E-Mart signed a deal. It closes in May."
    assert sents("en", text) == ["Kestrel Retail Group N.V. (Euronext Amsterdam: KRG) and E-Mart signed a deal.",
                                 "It closes in May."]
