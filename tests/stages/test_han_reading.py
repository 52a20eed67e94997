"""Han-Latin alias pairs scored by the Chinese name's reading (pypinyin): transliteration,
initialism, or the translation constant they all had before."""
import pytest

from pipeline import extract
from pipeline.stages.aliases.han_reading import han_latin_relation, initialism_score, reading, transliteration_score


def relations(text):
    recs = extract(text, lang="zh", anchor="2025-02-20")
    return {(a.name.text, a.alias.text): (a.relation, a.score) for a in recs["aliases.jsonl"]}


def test_reading_is_toneless_pinyin_for_both_scripts_with_latin_kept():
    assert reading("星河") == ("xing", "he")
    assert reading("銀河") == reading("银河") == ("yin", "he")
    assert reading("QX星河") == ("qx", "xing", "he")


@pytest.mark.parametrize("han, latin", [
    ("卡罗斯", "Karos"),        # 斯 carries a bare s
    ("维诺克", "Vinok"),        # 克 a bare k, v spelt w
    ("莫拉塔", "Morata"),        # r written l
    ("瓦伦", "Martin Valen"),   # a person named by the surname alone
])
def test_transliterations_meet(han, latin):
    assert transliteration_score(han, latin) >= 0.6
    assert han_latin_relation(han, latin, False)[0] == "transliteration"


@pytest.mark.parametrize("han, latin", [
    ("蓝海能源", "Blue Ocean Energy"),
    ("智慧农业联盟", "Smart Farming Alliance"),
    ("北方电网", "Northern Grid"),
])
def test_translations_keep_the_old_constant(han, latin):
    assert transliteration_score(han, latin) < 0.6
    assert han_latin_relation(han, latin, False) == ("translation", 0.7)


def test_initialisms_of_the_reading_and_of_an_english_name():
    assert initialism_score("华联达", "HLD") == 1.0
    assert han_latin_relation("华联达", "HLD", True) == ("acronym", 1.0)
    # an acronym of the English name (Star River Energy) is still an acronym, at the floor
    assert han_latin_relation("星河能源", "SRE", True) == ("acronym", 0.6)


def test_pipeline_scores_han_latin_pairs_by_reading():
    got = relations("卡罗斯（Karos）与华联达（HLD）以及蓝海能源（Blue Ocean Energy）今日签约。")
    assert got[("卡罗斯", "Karos")][0] == "transliteration"
    assert got[("华联达", "HLD")] == ("acronym", 1.0)
    assert got[("蓝海能源", "Blue Ocean Energy")] == ("translation", 0.7)
