"""Chinese words with their parts of speech, for the stages that read names leftwards.

jieba's part-of-speech tagger (`jieba.posseg`) on the Simplified fold of the text (`script.fold_han`:
same length, same offsets): a name runs over nouns of every kind and stops at a verb, a
preposition, an adverb, a pronoun, a time word or a particle (`表达对台南市政府`, `同时荐送美国…协会`).
One public home: the aliases and organisations stages both read names this way.
"""
from __future__ import annotations

import functools
import logging
import re
import sys
from typing import Any

from .script import fold_han

# Parts of speech a name is made of: nouns of every kind (places ns, bodies nt, persons nr, other
# proper nz), idioms and abbreviations (l, j), distinguishing words (b), Latin letters (eng),
# verbal nouns (vn) and a few more jieba gives name parts.
NAME_FLAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "l", "j", "b", "eng", "vn", "an", "ng", "x", "nx",
                        "s", "a", "i", "h", "k", "g", "zg"})
# jieba tags rare proper nouns oddly (`首尔` as an adverb): an adverb stops a name only when it is
# one of these short function adverbs.
FUNCTION_ADVERBS = frozenset({"也", "将", "即", "已", "并", "都", "还", "再", "又", "就", "才", "均", "皆", "亦", "仍", "更",
                              "最", "正", "已经", "正在", "将会", "也将", "共同", "一起", "特别", "首先", "随后", "同时",
                              "目前", "今后", "届时", "届期", "随即", "稍后", "亲自", "分别", "陆续", "率先", "再度", "再次",
                              "一同", "一并", "特此", "即将", "刚刚"})


# A text is one document's (or one section's): the aliases and organisations stages read it one
# after the other, so a few entries are all that is ever hit; 64 whole documents' words were
# held in every worker for nothing.
@functools.lru_cache(maxsize=4)
def pos_words(text: str) -> tuple[list[int], list[tuple[int, int, str, str]]]:
    """jieba's words of `text` (read through the Simplified fold) with their parts of speech:
    (starts, [(start, end, word, flag)]), offsets into `text`."""
    folded = fold_han(text)
    out, pos = [], 0
    for w in _tagger().cut(folded):
        out.append((pos, pos + len(w.word), w.word, w.flag))
        pos += len(w.word)
    return [w[0] for w in out], out


def in_dictionary(word: str) -> bool:
    """`word` (Simplified) is a word of the segmenter's dictionary with a frequency (`商务`, `商会`)."""
    import jieba
    _tagger()
    return bool(jieba.dt.FREQ.get(word))


@functools.cache
def _tagger() -> Any:
    """jieba's part-of-speech tagger, its table of 349,000 words' tags sharing its strings with
    the segmenter's dictionary (jieba reads the same words a second time from its dictionary file
    for the tags, and each tag anew on each line: 14 MB more in every process that reads Chinese).
    Same keys, same tags: only the objects are shared."""
    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    tags: dict[str, str] = pseg.dt.word_tag_tab
    tag_of = tags.get
    table = {w: sys.intern(t) for w in jieba.dt.FREQ if (t := tag_of(w)) is not None}   # 0.3 s, once
    if len(table) < len(tags):   # a tagged word the segmenter lacks (none in jieba's own dictionary)
        for w, t in tags.items():
            table.setdefault(w, sys.intern(t))
    pseg.dt.word_tag_tab = table
    return pseg.dt


def name_word(word: str, flag: str) -> bool:
    """A word that can be part of a name: a noun, an odd adverb that is a proper noun's part, or a
    Han numeral or ordinal (三慈国小, 希杰第一制糖)."""
    return flag in NAME_FLAGS or (flag == "d" and word not in FUNCTION_ADVERBS and len(word) >= 2) or \
        (flag == "m" and re.fullmatch(r"第?[一二三四五六七八九十百]{1,3}", word) is not None)
