"""nlp.common_words: whether Latin words hold a name of their own or only frequent words."""
from pipeline.nlp.common_words import is_common_word, only_common_words


def test_frequent_words_are_common_and_names_are_not():
    assert is_common_word("capsule") and is_common_word("Health")
    assert not is_common_word("Evondos") and not is_common_word("Swecare")


def test_places_and_countries_name_something():
    assert not is_common_word("Denmark") and not is_common_word("Santiago")
    assert not only_common_words("HealthCare Denmark")


def test_a_run_of_words_is_common_only_when_every_word_is():
    assert only_common_words("Lift Capsule") and only_common_words("Contingency Fund for Emergency")
    assert not only_common_words("Norvale Lift Capsule")
    # capitals are how names and acronyms are written, not common words
    assert not only_common_words("SLUSH") and not only_common_words("")


def test_the_list_read_directly_is_wordfreqs_own():
    # the list is read from wordfreq's data file without importing wordfreq: the same words as
    # its own reader gives at the bound
    from wordfreq import get_frequency_dict

    from pipeline.nlp.common_words import MIN_FREQUENCY, _common
    assert _common() == {w for w, f in get_frequency_dict("en", "small").items() if f >= MIN_FREQUENCY}


def test_korean_words_in_common_use_are_told_from_coined_names():
    from pipeline.nlp.common_words import MIN_FREQUENCY, _common_korean, is_common_korean_word
    assert is_common_korean_word("자동차") and is_common_korean_word("의료")
    assert not is_common_korean_word("가온텍") and not is_common_korean_word("누리랩바이오")
    from wordfreq import get_frequency_dict
    assert _common_korean() == {w for w, f in get_frequency_dict("ko", "small").items() if f >= MIN_FREQUENCY}


def test_a_word_with_letters_english_does_not_write_is_no_common_english_word():
    from pipeline.nlp.common_words import only_common_words
    # (`Musée` used to be read as `Mus`, which left the rest all common)
    assert not only_common_words("Musée du Louvre")
    assert not only_common_words("Boo Gårds Förskola")
    assert only_common_words("Lift Capsule")
