"""What a name read leftwards from its last word cannot contain: one public home for the stages
that read Korean names (aliases, organisations).

A name before a bracket or an organisation word runs leftwards until a word that cannot be part
of it: a bound noun, determiner, adverb or conjunction (`중`, `및`), a noun that places or times
what follows (`산하`, `인근`), a word saying what kind of body follows (`소속사`), or a person's
title (`위원장`, `대표`).
"""
from __future__ import annotations

import functools
import re

from .lexicon import TERM_ACRONYMS, data_lines, word_set, word_tuple
from .places import is_country

# Titles of people, also matched inside words (`사업총괄부장`).
PERSON_TITLES: tuple[str, ...] = word_tuple("person_titles.txt")

# Parts of speech that never sit inside a name read leftwards: bound nouns (`후`, `차`),
# determiners (`한`), adverbs and conjunctions (`및`, `하지만`, `실제`).
NOT_IN_NAME_TAGS = ("NNB", "MM", "MAG", "MAJ")


def not_a_name_word(word) -> bool:
    """A word before an organisation word that cannot be part of its name: a bound noun,
    determiner, adverb or conjunction (`전역 후`, `조사 차`, `한`, `및`), a common noun that only
    places or times it (`인근`, `관할`, `후`), or a person's role (`사업총괄부장`, `사진 전문가`)."""
    tags = [t.split("+")[-1] for t in word.tags]
    if any(t.startswith(NOT_IN_NAME_TAGS) for t in tags):
        return True
    if word.text.endswith(PERSON_TITLES + ("전문가", "관계자", "재학생", "졸업생")):
        return True
    if word.text.endswith(KINDS_OF_BODY):
        return True   # what the name is, said before it (`소속사 IOK컴퍼니`, `아동복지전문기관 초록우산재단`)
    return word.text in PLACE_TIME_NOUNS


# Words that say what kind of body the following name is, never part of it.
KINDS_OF_BODY = ("소속사", "전문기관", "운영사", "제조사", "시행사", "배급사", "협력사", "고객사", "수탁기관", "주관기관")


# Common nouns that place or time what follows (`김포공항 인근 국토부`, `유엔 관할 학교`).
PLACE_TIME_NOUNS: set[str] = word_set("place_time_nouns.txt")


# Job titles after an organisation, beside PERSON_TITLES (kept apart: those are also matched
# inside words, where `감독` would find 금융감독원).
MORE_TITLES: tuple[str, ...] = word_tuple("more_titles.txt")




# Words that make a capitalised Latin name something other than a person's: organisation words
# and places (`China Medico Corporation`, `HealthCare Denmark` are not people).
NOT_PERSONAL: frozenset[str] = frozenset(word_set("not_personal.txt"))


# Letters of Latin-script names, Latin-1 and Latin Extended-A (`Šefčovič`, `Krpšta`, `Thiékoro`).
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_WORD = rf"(?:[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)?|[{_UP}][{_LOW}]{{1,2}}[{_UP}][{_LOW}]+|[{_UP}][{_LOW}'’\-]+|[{_UP}]['’][{_UP}][{_LOW}]+|[{_UP}][{_UP}'’\-]+|[{_UP}]\.|bin|al|van|von|de|da|dos|del|la|le)"
# An honorific before the name (`Mr. Thiékoro DOUMBIA`, `Dr.Jenny Harries`, `Lord Ahmad`).
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Sir|Lord|Dame|Baroness)\.?\s?)"
_PERSON = re.compile(_HONORIFIC + "?" + _WORD + r"(?:\s" + _WORD + r"){1,4}")
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|H\.E)\.\s?[A-Z]|(?:Sir|Lord|Dame|Baroness)\s[A-Z]")
# An abbreviated honorific before a name (`Mr. `, `Dr. `, `H.E. `): no part of the name itself.
_ABBREVIATED = r"(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\."
HONORIFIC_BEFORE = re.compile(_ABBREVIATED + r"\s+(?=[A-Z])")   # at a rendering's start
HONORIFIC_ENDS = re.compile(_ABBREVIATED + r"\s*$")             # ending the text before a name


def personal_name(latin: str) -> bool:
    """A Latin name that reads as a person's: two to five capitalised words, initials allowed,
    none of them a word organisations, places or events are named with, and not a country."""
    s = latin.strip()
    if any(w.lower().strip(".,") in NOT_PERSONAL for w in s.split()) or is_country(s):
        return False
    if any(w in TERM_ACRONYMS for w in s.split()):
        return False   # `Hiroshima AI Process`: a term's acronym is no one's name
    # a surname may be written in capitals (`Thiékoro DOUMBIA`), but not every word
    return bool(_PERSON.fullmatch(s)) and bool(re.search(rf"[{_LOW}]", s))


_CLAUSE_END = re.compile(r"[,，、;；。\n(（]|\.\s")
# What follows a title in the same word: a deputy's or acting holder's mark (`차관보`, `장관대행`).
_TITLE_TAIL = re.compile(r"(?:보|대행|직무대행|내정자|당선인|당선자)$")
_PARTICLE = re.compile(r"(?:께서|에게|과|와|은|는|이|가|을|를|의|도|으로|로)$")


def title_follows(text: str, pos: int) -> bool:
    """A person's title heads the words from `pos` to the end of the clause (at most six words):
    in `재클린 오닐(Jacqueline O’Neill) 캐나다 여성·평화·안보 대사` or `후앙 파블로 유리베(Juan Pablo
    Uribe) 세계은행 보건국장과` the words after the bracket describe a person, and their title
    closes them."""
    # renderings inside the description are stepped over (`피파(FIFA) 회장`, `범미보건기구(PAHO) 지역사무처장`)
    after = re.sub(r"[(（][^()（）\n]{1,30}[)）]", "", text[pos:pos + 80])
    m = _CLAUSE_END.search(after)
    words = (after[:m.start()] if m else after).split()[:6]
    titles = PERSON_TITLES + MORE_TITLES
    return any(w.endswith(titles) or _TITLE_TAIL.sub("", _PARTICLE.sub("", _PARTICLE.sub("", w))).endswith(titles)
               for w in words)   # (particles may stack: `장관과는`, `사무총장과의`)


def person_described(text: str, start: int, close: int) -> bool:
    """The name at `start`, whose bracket closes before `close`, is described as a person: a
    title stands right before it (past quotes: `혁신전문가 ‘알베르토 사보이아(…)’`) or heads the
    clause after the bracket (see `title_follows`)."""
    from .script import fold_han
    before = fold_han(text[max(0, start - 12):start]).rstrip().rstrip("‘’“”'\"「『").rstrip()
    # a list of people: the name after a titled person and `및`, `과`, a comma (`무퀘게(…) 박사 및 …`)
    listed = _AND.sub("", before)
    return before.endswith(PERSON_TITLES + MORE_TITLES) or (listed != before and listed.endswith(PERSON_TITLES + MORE_TITLES)) \
        or title_follows(fold_han(text[close:close + 60]), 0)


_AND = re.compile(r"\s*(?:및|와|과|그리고|,|，|、|·)\s*$")


def surname_with_title(text: str, close: int) -> bool:
    """Right after a bracket that closes at `close`, one word ends in a title and ends the phrase
    there (`레예스(Reyes) 경제위원장 등`, `…(Polievnesky) 아태외교위원장,`): a person named by the
    surname alone. A title followed by a name (`한빛(Hanbit) 대표 김한빛`) is a body's head."""
    after = text[close:close + 20]
    m = re.match(r"[ \t]?([가-힣·]{2,12})(?=(등|[,，、)]|\s+등\b|\s+및\b|\s*$))", after) \
        or re.match(r"[ \t]?([가-힣·]{2,12}?)(?:께서|과|와|은|는|이|가|을|를|의)(?=[\s,])", after)
    return m is not None and m.group(1).endswith(PERSON_TITLES + MORE_TITLES)


@functools.lru_cache(maxsize=1)
def korean_surnames() -> frozenset[str]:
    """Korean family names (`data/korean_surnames.txt`)."""
    return frozenset(w for line in data_lines("korean_surnames.txt") for w in line.split())


def korean_personal_name(name: str) -> bool:
    """`윤한빛`, `남궁민`: a family name and one or two syllables."""
    if not re.fullmatch(r"[가-힣]{2,4}", name):
        return False
    surnames = korean_surnames()
    return any(name[:k] in surnames and 1 <= len(name) - k <= 2 for k in (1, 2))
