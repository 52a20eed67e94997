"""Korean words before a bracket, one at a time: the morphemes and nouns a word is made of, the
verbs that work as postpositions inside a name (`이행을 위한 부속기구`), and the words written before
a name to say what it is rather than being part of it: a kind of newspaper, band, person or
company (`미국 일간 …`, `걸그룹 …`, `제약사 …`), where or when (`서울 소재 …`, `다음 시즌 …`), a
link to the clause before (`반면 …`), a nationality (`미국인 …`) or a kind of body
(`국책연구기관 한국개발연구원(KDI)`). `boundary_ko.py` reads them to find where a name starts.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...nlp.lexicon import word_table
from ...nlp.places import is_country
from ...nlp.words import Word
from .brackets import is_acronym as _is_acronym
from .similarity import sounds_like, word_rendered

# A leading common-noun word is kept when the rendering explains it at least this well.
EXPLAINED = 0.5


def morphemes(w: Word) -> list[str]:
    """The word's morpheme tags, one a morpheme (`위한`: VV, ETM; `정의로운`: NNG, XSA, ETM)."""
    return [m.split("-")[0] for t in w.tags for m in t.split("+")]


def noun_parts(words: list[Word]) -> int:
    """How many nouns the words are made of (`디지털서열정보`: 3), each of which an acronym's letter
    may stand for; a verb that works as a postposition (`기초한`, based on) stands for none."""
    return sum(1 for w in words if not takes_complement(w) for t in morphemes(w) if t.startswith(("NNG", "NNP", "SL", "SH", "XR")))


# Verbs in their modifying form that work as postpositions inside names (`이행을 위한 부속기구`).
_POSTPOSITION_VERBS = ("위한", "관한", "대한", "의한", "기초한", "따른", "향한", "통한", "함께하는")


def takes_complement(w: Word) -> bool:
    return w.text.endswith(_POSTPOSITION_VERBS)


# Words written before a name to say what kind of thing it is, where or when, or to link the clause
# (`일간`, `걸그룹`, `소재`, `시즌`, `반면`), each with the English words it gives where it is part of a
# name (`관련`: related): data/ko_words_before_names.tsv.
WORDS_BEFORE_NAMES: dict[str, tuple[str, ...]] = word_table(Path(__file__).with_name("data") / "ko_words_before_names.tsv")


def before_a_name(word: str, after: list[Word], rendering: str) -> bool:
    """A word before the name that says what kind of thing or person it is, where it is or comes
    from, when, or how the clause links (`미국 일간 …`, `걸그룹 …`, `서울 소재 …`, `다음 시즌 …`,
    `반면 …`), or a person's nationality (`미국인 …`, `한국계 …`): the name starts after it, unless
    the rendering gives it: sounds it out or has an English word it may mean inside a name
    (`다음 세대 …(Next Generation …)`), or, an acronym, a letter such a word starts (`무역 관련
    지식재산권 협정(TRIPS)`: related) among the letters the words after it leave."""
    if word not in WORDS_BEFORE_NAMES:
        return len(word) >= 3 and word[-1] in "인계" and is_country(word[:-1])
    meanings = WORDS_BEFORE_NAMES[word]
    if _is_acronym(rendering):
        # (only inside a name of common nouns, no proper one, and among the letters left before those the words
        # after it take: `TR` of TRIPS before 지식재산권 협정; `미국 소재 마이크로소프트(MS)` is no material)
        if any(t in ("NNP", "SL", "SH") for a in after for t in morphemes(a)):
            return True
        letters = re.findall(r"[A-Z]|\d+", rendering)
        left = letters[:max(0, len(letters) - noun_parts(after))]
        return not any(m[0].upper() in left for m in meanings)
    if not re.search(r"[A-Za-z]", rendering):
        return True
    # (a meaning the words after it sound out is theirs: `일간 데일리메일(Daily Mail)`)
    return word_rendered(word, rendering) < 0.75 and not any(
        re.search(rf"\b{m}", rendering, re.I) and not any(word_rendered(a.text, m) >= 0.75 for a in after) for m in meanings)


# Last parts of common nouns that say what kind of body a name is (`국책연구기관`, `국부펀드`, `환경단체`).
KIND_HEADS = ("기관", "기업", "단체", "업체", "회사", "펀드", "대학", "은행", "평가사", "싱크탱크")


def kind_of_body_before(w: Word, taken: list[Word], rendering: str) -> bool:
    """A common noun for a kind of body before a body's own name (`국책연구기관 한국개발연구원(KDI)`,
    `국부펀드 공공투자펀드(PIF)`, `환경단체 그린피스(Greenpeace)`): the name starts after it when
    what follows is a name of its own, a proper noun or, for an acronym, as many nouns as it has
    letters (`중소기업 진흥공단(SBC)` is one name: 진흥공단 spells two of three letters)."""
    if not (re.fullmatch(r"[가-힣]{3,}", w.text) and w.text.endswith(KIND_HEADS)) \
            or not (w.text.endswith("싱크탱크") or all(t in ("NNG", "XPN", "XSN") for t in morphemes(w))):
        return False
    after = taken[-1]   # the word right after it
    proper = morphemes(after)[0] in ("NNP", "SL")
    if _is_acronym(rendering):
        letters = len(re.findall(r"[A-Z]|\d+", rendering))
        return proper or noun_parts(taken) >= letters
    if not re.search(r"[A-Za-z]", rendering) or word_rendered(w.text, rendering) >= EXPLAINED:
        return False
    return proper or sounds_like(after.text, rendering) >= 0.6
