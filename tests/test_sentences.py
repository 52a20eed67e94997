"""Sentence boundaries: line breaks always, full stops unless they end an abbreviation."""
from pipeline.nlp.build import blank
from pipeline.nlp.sentences import rule_split, split_sentences


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


def test_korean_sentences_are_kiwis_within_a_line():
    # a list number and a dotted date end no sentence (the rules ended one at each full stop)
    assert sents("ko", "붙임: 1. 행사 개요\n2. 참석자 명단") == ["붙임: 1. 행사 개요", "2. 참석자 명단"]
    assert sents("ko", "신청은 ’24.3.15.부터 받는다. 결과는 따로 알린다.") == ["신청은 ’24.3.15.부터 받는다.",
                                                                     "결과는 따로 알린다."]
    # a final ending ends a sentence without a full stop
    assert sents("ko", "공단은 사업을 시작했다 그리고 설명회도 열었다") == ["공단은 사업을 시작했다", "그리고 설명회도 열었다"]


def test_rule_split_keeps_the_rules_for_korean():
    doc = rule_split(blank("ko")("붙임: 1. 행사 개요"))
    assert [s.text.strip() for s in doc.sents] == ["붙임: 1.", "행사 개요"]


def test_english_and_chinese_keep_the_rules():
    for lang, text in (("en", "Shares rose 2.5% on Monday. Trading resumes at 9 a.m."),
                       ("zh", "公司成立。随后上市！第三句")):
        assert sents(lang, text) == [s.text.strip() for s in rule_split(blank(lang)(text)).sents]


def test_korean_sentences_come_from_the_tokenizers_analysis():
    # The Kiwi tokenizer keeps the sentence starts of its own analysis on the Doc; they are the
    # ones `split_into_sents` gives, so a Doc without them (not made by that tokenizer) gets
    # the same sentences by asking Kiwi again.
    from pipeline.nlp.tokenizers import SENTENCE_STARTS, get_kiwi, nonempty_lines
    text = ("[서울=뉴시스] 공단은 사업을 시작했다 그리고 설명회도 열었다. 신청은 ’24.3.15.부터 받는다.\n\n"
            "  붙임: 1. 행사 개요  결과는 따로 알린다!   다음 달에 다시 연다\n마지막 줄")
    doc = blank("ko")(text)
    offsets, lines = nonempty_lines(text)
    expected = [o + s.start for o, sents in zip(offsets, get_kiwi().split_into_sents(lines)) for s in sents[1:]]
    assert doc.user_data[SENTENCE_STARTS] == expected and expected
    with_starts = [s.text for s in split_sentences(doc).sents]
    bare = blank("ko")(text)
    del bare.user_data[SENTENCE_STARTS]
    assert [s.text for s in split_sentences(bare).sents] == with_starts


def test_singapore_and_malaysian_legal_forms_do_not_end_sentences():
    assert sents("en", "Orvane Dynamics Pte. Ltd. signed a deal.") == ["Orvane Dynamics Pte. Ltd. signed a deal."]
    assert sents("en", "Kenra Holdings Bhd. said so.") == ["Kenra Holdings Bhd. said so."]


def test_a_name_ending_a_sentence_in_its_legal_form_before_a_word_that_opens_sentences():
    text = "Terms were agreed with Harlow Gold Ltd. The transaction is expected to close in 2026."
    assert sents("en", text) == ["Terms were agreed with Harlow Gold Ltd.",
                                 "The transaction is expected to close in 2026."]
    # a capitalised name after the legal form stays in the sentence
    assert len(sents("en", "It bought Acme Co. Ltd. in 2020 and Beta Inc. Holdings in 2021.")) == 1
