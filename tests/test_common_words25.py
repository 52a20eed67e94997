"""A word frequent in text that no dictionary lists in lower case (`Samsung`, `Hamas`) is a name,
not a common word: the English model's one-word organisations of that kind stay, while common
words it reads as a name (`Labor`) and a word capitalised only by a title's case (`Bridging
Academia and Industry`) do not. The sentences are written for these tests."""
from pipeline import extract
from pipeline.nlp.common_words import holds_a_coined_word, is_dictionary_word


def names(text):
    return {o.name for o in extract(text, lang="en", anchor="2025-12-05")["organisations.jsonl"]}


def test_dictionary_words_and_coined_ones():
    assert is_dictionary_word("labor") and is_dictionary_word("Solutions") and is_dictionary_word("Pentagon")
    assert not is_dictionary_word("Walmart") and not is_dictionary_word("Google")
    assert holds_a_coined_word("Google") and holds_a_coined_word("Walmart")
    assert not holds_a_coined_word("Official Ice Cream") and not holds_a_coined_word("Labor")


def test_a_coined_word_the_model_reads_stays_a_name():
    assert "Samsung" in names("Samsung will sell the kettles in Europe next year.")
    assert "Hamas" in names("Hamas said on Monday that the talks had ended.")


def test_a_title_case_word_is_no_name():
    assert "Academia" not in names("Hanbit Labs: Bridging Academia and Industry in a New Lab")


def test_a_name_opening_on_a_peoples_adjective_is_no_run_of_common_words():
    # (`Asian`, `Iraqi`: capitalised wherever they stand, so the capitals say a name)
    assert "Asian Times" in names("The deal was reported on Monday by the Asian Times.")
    assert "Iraqi Islamic Party" in names("The Iraqi Islamic Party left the talks on Monday.")


def test_a_name_ending_in_a_bodys_word_is_no_run_of_common_words():
    # (`Party`, `League`, `Board` end bodies' names and other things': the model's reading decides)
    assert "Liberal Party" in names("The Liberal Party left the coalition on Monday.")
    assert "National Hockey League" in names("The kettle's advert ran during a National Hockey League game last week.")
    assert "Federal Reserve Board" in names("Members of the Federal Reserve Board met on Monday.")
    assert not names("The advisory board met on Monday.")
