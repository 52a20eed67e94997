"""How a Latin name renders a Chinese one, read through its Mandarin sounds (pypinyin).

- `reading(han)`: the pinyin syllables of a name, without tones (pypinyin's `lazy_pinyin`, which
  reads Simplified and Traditional characters and picks a heteronym's reading from its phrase
  table: 重庆 `chong qing`); Latin letters in the name stay as they are (`NC恐龍隊`).
- `transliteration_score(han, latin)`: Mandarin gives a consonant that stands alone in the
  source a syllable of its own (斯 `si` for s, 夫 `fu` for f, 克 `ke` for k), so the reading is
  compared both as it is and with those vowels dropped, after pinyin's letters are written as
  English spells their sounds (`x` as s, `q` as ch, `zh` as j; the Latin side's `v` as w, which
  Mandarin writes it with: 维 `wei`), through the Hangul-Latin pairs'
  phonetic key (`similarity.phonetic_key_latin`), by normalised edit similarity. A Latin side
  of several words is scored on its best run of one to three words, since a person's Chinese
  name often renders only the surname (彭斯 for `Mike Pence`).
- `reading_similarity(han, latin)`: the same comparison of the whole Latin side, every word of
  it, with the whole reading: which words before a Chinese rendering it sounds out.
- `initialism_score(han, acronym)`: the share of the acronym's letters that start the name's
  syllables in order (比亚迪 `BYD`, 京东 `JD`).
- `han_latin_relation(han, latin)`: (relation, score) of a Han-Latin pair, as `_relation` gives
  them for Hangul-Latin pairs: `transliteration` when the sounds meet (score >= 0.6, `BASF`
  for 巴斯夫), `acronym` for an acronym whose sound does not meet the name's or whose initials
  meet it better (scored by initialism; an acronym of the English name, such as `CATL` for
  宁德时代, is still an acronym, at 0.6), otherwise `translation` at 0.7, the
  constant every Han-Latin pair had before.

pypinyin's dictionaries take a quarter of a second to import: they are imported on the first
Han-Latin pair, not with the pipeline.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Levenshtein

from .similarity import acronym_score, phonetic_key_latin

# Pinyin letters as English spells their sounds, before the shared phonetic key.
_PINYIN_SOUNDS = [(r"zh", "j"), (r"x", "s"), (r"q", "ch"), (r"c(?!h)", "ts"), (r"ü|v", "u")]
# Syllables whose vowel only carries a consonant of the source (斯 s, 茲 z, 夫 f, 克 k, 德 d, 特 t,
# 爾 r, 勒 l, 格 g, 布 b, 普 p): dropped in the second reading.
_CARRIER = re.compile(r"^(?:si|zi|ci|shi|zhi|chi|ri|fu|bu|pu|mu|ke|ge|de|te|le|er)$")
_CARRIED = {"er": "r", "shi": "sh", "zhi": "zh", "chi": "ch"}


@functools.lru_cache(maxsize=4096)
def reading(han: str) -> tuple[str, ...]:
    """The name's pinyin syllables, lower case, without tones; Latin letters kept as written."""
    from pypinyin import lazy_pinyin
    out: list[str] = []
    for part in lazy_pinyin(han, errors="default"):
        out += re.findall(r"[a-zü]+", part.lower())
    return tuple(out)


def _key(syllables) -> str:
    s = "".join(syllables)
    for pat, rep in _PINYIN_SOUNDS:
        s = re.sub(pat, rep, s)
    return phonetic_key_latin(s)


def _keys(han: str) -> set[str]:
    syl = reading(han)
    bare = [_CARRIED.get(x, x[:-1] if len(x) > 1 else x) if _CARRIER.match(x) and i > 0 else x
            for i, x in enumerate(syl)]
    return {k for k in (_key(syl), _key(bare)) if k}


def transliteration_score(han: str, latin: str) -> float:
    """0..1: how closely `latin` (or its best run of one to three words) spells the sound of `han`."""
    keys = _keys(han)
    words = re.findall(r"[A-Za-z]+", latin)
    if not keys or not words:
        return 0.0
    best = 0.0
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            b = phonetic_key_latin("".join(words[i:j]).lower().replace("v", "w"))   # Mandarin has no v: 维 wei
            if b:
                best = max(best, max(Levenshtein.normalized_similarity(a, b) for a in keys))
    return best


def reading_similarity(han: str, latin: str) -> float:
    """0..1: how closely the whole of `latin`, every word of it, spells the sound of the whole of
    `han` (`Shaobo` for 邵伯, not `Gaoyou and Shaobo`; `Lai Ching-te` for 賴清德, not `President
    Lai Ching-te`)."""
    keys = _keys(han)
    b = phonetic_key_latin("".join(re.findall(r"[A-Za-z]+", latin)).lower().replace("v", "w"))
    if not keys or not b:
        return 0.0
    return max(Levenshtein.normalized_similarity(a, b) for a in keys)


def initialism_score(han: str, acronym: str) -> float:
    """Share of the acronym's letters that start the syllables of `han`, in order."""
    return acronym_score(acronym, " ".join(reading(han)))


def han_latin_relation(han: str, latin: str, latin_is_acronym: bool) -> tuple[str, float]:
    translit = transliteration_score(han, latin)
    if latin_is_acronym:
        initials = initialism_score(han, latin)
        if translit < 0.6 or initials >= translit:   # 比亚迪 BYD: the initials, not the sound
            return "acronym", max(0.6, initials)
    if translit >= 0.6:
        return "transliteration", translit
    return "translation", 0.7
