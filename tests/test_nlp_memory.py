"""What a worker holds (issue 15): shared data is held once, the same answers as before."""
import jieba
from jieba.posseg import POSTokenizer

from pipeline.nlp import places, zh_words


def test_the_tagger_has_jiebas_own_tags_on_the_segmenters_strings():
    table = zh_words._tagger().word_tag_tab
    assert table == POSTokenizer(jieba.dt).word_tag_tab     # what jieba.posseg reads from its dictionary
    segmenter_words = {id(w) for w in jieba.dt.FREQ}
    words = list(table)
    assert sum(id(w) in segmenter_words for w in words) == len(words)
    assert len({id(t) for t in table.values()}) == len(set(table.values()))   # each tag one object


def test_words_and_parts_of_speech_through_the_shared_table():
    starts, words = zh_words.pos_words("北京经济技术开发区今天宣布")
    assert [(w, f) for _, _, w, f in words] == [("北京经济技术开发区", "nt"), ("今天", "t"), ("宣布", "v")]
    assert starts == [w[0] for w in words]


def test_city_names_made_after_geonames_table_is_freed_are_the_same_names():
    names = places.city_names()
    assert {"bonn", "브뤼셀", "昆明"} <= names and "liberal" not in names
    assert all("\n" not in n for n in places._city_names_raw())    # the names are joined on line breaks
