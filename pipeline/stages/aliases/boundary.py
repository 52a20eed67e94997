"""Which words before a bracket its content renders: the name's exact boundaries.

Korean: words (space-separated, each a run of Kiwi morphemes) are taken leftwards from the
bracket until a word that ends a clause or a phrase (its last morpheme is a particle, an ending
or a verb, or it ends in punctuation): `대표 기업으로는 밍양(Mingyang)` stops at `기업으로는`. Then
leading words that only describe (`대표`, `새로운`, common nouns the rendering does not account
for) are dropped: the name is the longest run of words that the rendering explains.
Latin: capitalised words and connectors (`of`, `and`, `&`) leftwards; an acronym takes the
shortest long form its letters spell (Schwartz & Hearst 2003). Chinese: jieba words leftwards
until punctuation or a function word.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from spacy.tokens import Doc, Token

from ...nlp.lexicon import (
    DESCRIPTORS,
    LATIN_PLACES,
    PLACES,
    TERM_ACRONYMS,
    TITLES,
    TRANSLATIONS,
    ZH_BREAKS,
    org_endings,
    word_set,
)
from ...nlp.names import KINDS_OF_BODY, NOT_IN_NAME_TAGS, PERSON_TITLES, PLACE_TIME_NOUNS, personal_name, title_follows
from ...nlp.places import country_code, is_country, is_place
from ...nlp.script import fold_han, script_of
from ...nlp.words import Word, doc_text, ends_phrase, in_timex, tokens_before, words_before
from ...nlp.zh_words import in_dictionary, name_word, pos_words
from .brackets import is_short_form
from .similarity import (
    acronym_score,
    capitals_score,
    loose_acronym_score,
    portmanteau_match,
    romanise,
    schwartz_hearst_match,
    sounds_like,
    spells_letters,
    translation_hits,
    transliteration_score,
    word_rendered,
)

# Most words a name before a bracket may have; longer runs pick up clause text, not names.
MAX_NAME_WORDS = 8
# A leading common-noun word is kept when the rendering explains it at least this well.
EXPLAINED = 0.5

_CONNECTORS = {"of", "and", "&", "for", "the", "de", "la", "du", "und", "on", "in"}


def korean_name_before(doc: Doc, pos: int, rendering: str) -> tuple[int, int] | None:
    """(start, end) of the Korean name that `rendering` (Latin or Han) renders, or None."""
    words = words_before(doc, pos)
    if not words or doc_text(doc)[words[0].end:pos].strip():
        return None
    if ends_phrase(words[0]) and not words[0].text[-1].isalnum():
        return None
    person = _personal_name(rendering) and not _translates_words(words, rendering)
    if person and len(words) > 1 and (words[0].text in TITLES or words[0].text.endswith(PERSON_TITLES)):
        words = words[1:]   # `카트리느 다우고 위원장(Katrine Dauggard)`: the bracket renders the person
        while len(words) > 1 and (words[0].text in PLACES or is_place(words[0].text) or _org_word_end(words[0].text)
                                  or re.fullmatch(r"주[한미중일영독불러]", words[0].text)):
            words = words[1:]   # where the post is (`… 주한 칠레 대사(Carlos …)`, `… 한빛부 장관(Kim …)`) qualifies the title
    if person:
        # a person's name has as many words as its rendering (`아그네타 C. 쿤두리(Agneta C. Kundoori)`)
        # (a hyphenated part may be written as a word of its own: `디오네 클라크 해리스(Dionne Clarke-Harris)`)
        n = min(len(re.split(r"[\s\-]+", rendering.strip())), len(words))
        ok = 0
        while ok < n and re.fullmatch(r"ㅇ?[가-힣]+(?:-[가-힣]+)*|[A-Z]\.", words[ok].text) \
                and not (ok and _morphemes(words[ok])[-1].startswith("J") and word_rendered(words[ok].text, rendering) < 0.75):
            # (a word with a particle, `정부는`, ends the clause before the name)   # (a glued jamo bullet is trimmed later)
            ok += 1
        if ok:
            text = doc_text(doc)
            best = max(range(1, ok + 1), key=lambda k: (transliteration_score(text[words[k - 1].start:words[0].end], rendering), -k))
            return words[best - 1].start, words[0].end
    taken: list[Word] = [words[0]]
    # (a general term's acronym, `MOU`, names no phrase: `구축을 위한 업무협약(MOU)` is 업무협약)
    letters = len(re.findall(r"[A-Z]|\d+", rendering)) if _is_acronym(rendering) and rendering not in TERM_ACRONYMS else 0
    modifier = False   # the last word taken is a verb's modifying form: its object may come before
    for i, w in enumerate(words[1:MAX_NAME_WORDS], start=1):
        if w.text == "및" and i + 1 < len(words) and _and_inside_name(taken, words[i + 1], rendering, letters):
            taken.append(w)   # `과학 및 기술 자문을 위한 부속기구(SBSTA)`: two nouns joined inside the name
            continue
        # A word that looks like it closes a phrase may be a name Kiwi misread (`페이유에`
        # as 페이+유+에): kept when the rendering spells it.
        if ends_phrase(w) and not (w.text[-1].isalnum() and word_rendered(w.text, rendering) >= 0.75):
            # An acronym with more letters than the nouns taken names a phrase with a modifying
            # clause (`이행을 위한 부속기구(SBI)`, `정의로운 전환 작업프로그램(JTWP)`): the modifier and
            # its object or complement belong to the name.
            if _noun_parts(taken) < letters and _modifies(w):
                taken.append(w)
                modifier = takes_complement(w)
                continue
            if modifier and _noun_parts(taken) < letters and _morphemes(w)[-1] in ("JKO", "JKB") \
                    and _morphemes(w)[0].startswith("NN") and re.fullmatch(r"[가-힣]+", w.text):
                taken.append(w)
                modifier = False
                continue
            break
        modifier = False
        if re.search(r"[()（）]", w.text):
            break   # a name runs through no bracket: `핵태세검토보고서(NPR)및 미사일방어검토보고서(MDR)`
        if in_timex(doc, w.start) and re.fullmatch(r"(?:19|20)\d\d", w.text) and re.search(rf"\b{w.text}\b", rendering):
            taken.append(w)   # the year of a named event the rendering carries too (`2025 누리 박람회(Nuri Expo 2025)`)
            break
        if in_timex(doc, w.start) or w.text in TITLES or _stops_name(w) or _places_by_bound_noun(w) \
                or w.text in TIMES_OF_DAY or (_is_acronym(rendering) and _person_before(doc, w, taken[-1].start)):
            break
        taken.append(w)
    while len(taken) > 1 and takes_complement(taken[-1]):
        taken.pop()   # a postposition verb without its complement (`기초한 …` for `조건에 기초한 …`) opens no name
    taken.reverse()  # left to right
    if _is_acronym(rendering) and len(taken) > 1 and re.search(r"[AEIOUY]", rendering[1:]) \
            and not spells_letters(taken[-1].text, rendering) and transliteration_score(taken[-1].text, rendering) >= 0.75:
        taken = taken[-1:]   # a word written in capitals that the last word sounds out (`현대차 넥쏘(NEXO)`)
    if _is_acronym(rendering):
        taken = _acronym_words(taken, rendering)
        taken = _past_a_person(doc, taken, pos, rendering)
    else:
        # an ordinal the rendering does not carry (`제25차 국제경쟁네트워크(International Competition Network)`)
        while len(taken) > 1 and re.fullmatch(r"제?\d+(?:차|회|기)", taken[0].text) and not re.search(r"\d", rendering):
            taken.pop(0)
        # a place said twice, once before the name (`덴마크 헬스케어 덴마크(HealthCare Denmark)`)
        while len(taken) > 1 and taken[0].text in PLACES and any(taken[0].text in w.text for w in taken[1:]):
            taken.pop(0)
    # the rank of a meeting or a group (`장관급`, `실무급`) the rendering leaves out qualifies it
    while len(taken) > 1 and re.fullmatch(r"[가-힣]+급", taken[0].text) and "level" not in rendering.lower() \
            and not _is_acronym(rendering):
        taken.pop(0)
    while not _is_acronym(rendering) and len(taken) > 1 and _trailing_unrendered(taken, rendering):
        taken.pop()
    if not _is_acronym(rendering) and _translated(taken, rendering):
        # a translation of common words renders word for word: as many Korean words as it has
        # (`고위급 회의(High-Level Segment)`, `회의 결과문서(Joint Communique)`), past a country the
        # rendering leaves out (`라오스 외교부(Ministry of Foreign Affairs)`)
        while len(taken) > 1 and (taken[0].text in PLACES or is_place(taken[0].text)) and _describes(taken[0], rendering):
            taken.pop(0)
        n = len(rendering.split())
        return taken[-min(n, len(taken))].start, taken[-1].end
    while not _is_acronym(rendering) and len(taken) > 1 and not _group_of_countries(taken, rendering) and (
            _describes(taken[0], rendering) or _spoils_transliteration(doc, taken, rendering)
            or _owner_body(taken[0].text, taken[-1].text, rendering)):
        taken.pop(0)
    start = taken[0].start
    comma = max(doc_text(doc).rfind(c, start, taken[-1].end) for c in ",，、)）")
    if comma >= 0:
        start = comma + 1   # a list item glued to the one before (`바탄,바탄주립대학교`, `국제통화기금(IMF)·세계은행`)
        while start < taken[-1].end - 1 and doc_text(doc)[start] in "·ㆍ・/":
            start += 1
    country = _HANJA_COUNTRY.match(doc_text(doc), start)
    if country and not (_is_acronym(rendering) and rendering[0] in _HANJA_COUNTRY_INITIALS[country.group(1)]):
        start = country.end()   # `美국방혁신단(DIU)`: a country in one Hanja qualifies the name
    return start, taken[-1].end


# Korean press writes a country as one Hanja before a name; the letters its English name starts with.
_HANJA_COUNTRY_INITIALS = {"美": "UA", "中": "C", "日": "J", "英": "UBE", "獨": "G", "佛": "F", "露": "R", "濠": "A",
                           "印": "I", "越": "V", "泰": "T", "比": "P", "伊": "I", "加": "C", "北": "N", "韓": "K"}
_HANJA_COUNTRY = re.compile(r"([" + "".join(_HANJA_COUNTRY_INITIALS) + r"])\s?(?=[가-힣])")
# Times of day before a name say when (`오전 리투아니아 중앙은행(BOL)`): the analyser may misread them.
TIMES_OF_DAY = frozenset({"오전", "오후", "새벽", "아침", "저녁", "정오", "자정", "당일", "이날", "전날", "다음날", "같은날"})


def _places_by_bound_noun(w: Word) -> bool:
    """A word that ends in a bound noun after a name or a noun (`EU내`, `국경간`): it places what
    follows (within the EU, between borders) and is no part of its name."""
    tags = [t.split("+")[-1] for t in w.tags]
    return len(tags) >= 2 and tags[-1] == "NNB" and not tags[0].startswith(("SN", "MM")) \
        and not re.fullmatch(r"제?\d+(?:차|회|기)", w.text)


def _owner_body(first: str, last: str, rendering: str) -> bool:
    """A body named before what it owns (`세계보건기구 담배규제기본협약(Framework Convention on
    Tobacco Control)`): the first word is a body's name the rendering does not account for, the
    last word is no body's."""
    return _org_word_end(first) and not last.endswith(_BODY_ENDINGS) and word_rendered(first, rendering) < EXPLAINED


_BODY_ENDINGS: tuple[str, ...] = tuple(org_endings(None, "alias_name"))
# Chinese organisation words that are no name alone (`联盟`, `协会`, `组织`).
# (with the words for an institution in general, which end names but alone are no organisation
# word: 日本贸易振兴机构, 国际劳工组织)
_BARE_BODY_WORDS = frozenset(org_endings("zh", "suffix_finder")) | {"机构", "组织"}


def _morphemes(w: Word) -> list[str]:
    """The word's morpheme tags, one a morpheme (`위한`: VV, ETM; `정의로운`: NNG, XSA, ETM)."""
    return [m.split("-")[0] for t in w.tags for m in t.split("+")]


def _noun_parts(words: list[Word]) -> int:
    """How many nouns the words are made of (`디지털서열정보`: 3), each of which an acronym's letter
    may stand for."""
    return sum(1 for w in words for t in _morphemes(w) if t.startswith(("NNG", "NNP", "SL", "SH", "XR")))


def _and_inside_name(taken: list[Word], before: Word, rendering: str, letters: int) -> bool:
    """`및` joins two common nouns inside the name the bracket renders, not two names: the word
    before it is a common noun, and the rendering has letters for it past the nouns taken (an
    acronym) or an `and` of its own (a long form)."""
    if not re.fullmatch(r"[가-힣]+", before.text) or not all(t in ("NNG", "XSN") for t in _morphemes(before)) \
            or before.text in PLACE_TIME_NOUNS or any(_org_word_end(w) for w in (before.text, taken[-1].text)):
        return False   # (`관세청 및 무역협회(KITA)`: two bodies)
    if letters:
        return _noun_parts(taken) < letters and _noun_parts(taken + [before]) <= letters
    return bool(re.search(r"\s(?:and|&)\s", rendering))


def _modifies(w: Word) -> bool:
    """A modifying form a name may hold: an adjective's (`정의로운`, `새로운`) or one of the verbs
    that work as postpositions (`위한` for, `관한` on, `기초한` based on)."""
    tags = _morphemes(w)
    if len(tags) < 2 or tags[-1] != "ETM" or any(t.startswith("J") for t in tags) or not re.fullmatch(r"[가-힣]+", w.text):
        return False
    return tags[-2] in ("VA", "XSA") or takes_complement(w)


# Verbs in their modifying form that work as postpositions inside names (`이행을 위한 부속기구`).
_POSTPOSITION_VERBS = ("위한", "관한", "대한", "의한", "기초한", "따른", "향한", "통한", "함께하는")


def takes_complement(w: Word) -> bool:
    return w.text.endswith(_POSTPOSITION_VERBS)


def _translated(taken: list[Word], rendering: str) -> bool:
    """A Latin rendering of Korean common nouns: no word of the name sounds like it, none is a
    proper noun, and the rendering has no capitals inside a word (not a brand: `HealthCare`)."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z\- ]*", rendering) or re.search(r"[a-z][A-Z]", rendering):
        return False
    if any(t.startswith(("NNP", "SL", "SH")) for w in taken for t in w.tags):
        return False
    return all(transliteration_score(w.text, rendering) < 0.5 for w in taken)


def _explains(word: str, latin_word: str) -> bool:
    """One Korean word accounts for one Latin word: it sounds like it or translates it, whole
    or by its last part (`누리재단` for `Foundation` by 재단)."""
    if word_rendered(word, latin_word) >= EXPLAINED:
        return True
    # (a compound: its first part sounds out the word, `누리재단` for `Nuri`, or its last part translates it)
    return any(translation_hits(word[i:], latin_word) or word_rendered(word[:i], latin_word) >= 0.75
               for i in range(2, len(word) - 1))


def _trailing_unrendered(taken: list[Word], rendering: str) -> bool:
    """The last word before the bracket is a common noun or a place the rendering leaves out, and
    the words before it account for every word of the rendering: it says what of the named thing is
    meant or where it is (`누리재단 본사(Nuri Foundation)`, `… 센터 운영(… Center)`, `타지 호텔
    뉴델리(Taj Hotel)`), no part of the name."""
    last = taken[-1]
    if not re.fullmatch(r"[가-힣]{2,}", last.text) or not (all(t == "NNG" for t in last.tags) or is_place(last.text)):
        return False
    latin = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", rendering) if w.lower() not in _CONNECTORS]
    if last.text.endswith(_BODY_ENDINGS):
        return False   # the kind of body Korean adds to a foreign name is part of it (`우니시노스 대학(Unisinos)`)
    if not latin or any(_explains(last.text, x) for x in latin) or sounds_like(last.text, rendering.replace(" ", "")) >= EXPLAINED:
        return False
    if last.text in _ACTION_NOUNS:
        return True   # what is done to the named thing (`… 센터 운영`, `… 센터 설립`) ends no name
    return all(any(_explains(w.text, x) for w in taken[:-1]) for x in latin)


# Verbal nouns Korean writes after the thing they act on (`센터 운영`, running the centre): no
# name ends in one the rendering leaves out.
_ACTION_NOUNS = frozenset({"운영", "설립", "개최", "구축", "추진", "개설", "출범", "개소", "유치", "건립", "조성", "신설",
                           "확대", "강화", "지원", "참여", "참석", "방문", "가입"})


def _group_of_countries(taken: list[Word], rendering: str) -> bool:
    """`주요 20개국(G20)`: the group named by the count of its countries, which its rendering carries;
    `주요` belongs to the name, no descriptor."""
    count = re.fullmatch(r"(\d+)개국", taken[1].text) if len(taken) > 1 and taken[0].text == "주요" else None
    return count is not None and count.group(1) in re.findall(r"\d+", rendering)


def _acronym_words(taken: list[Word], acronym: str) -> list[Word]:
    """The words of a Korean name an acronym renders (`글로벌 프라이버시 총회(GPA)`, `필리핀
    경쟁위원회(PCC)`, `제15차 … 당사국총회(COP15)`). An acronym does not spell Korean words, so the
    count decides: a name has no more words than its acronym has letters, a leading ordinal
    (`제25차`) belongs to it only when the acronym carries a number, and a leading country only
    when the acronym has its letter; descriptors (`주요`, `기업`) never."""
    letters = len(re.findall(r"[A-Z]|\d+", acronym)) or len(acronym)
    letters += sum(w.text == "및" for w in taken)   # (`및` inside a name stands for no letter)
    keep = taken[-letters:] if letters < len(taken) else list(taken)
    if len(keep) < len(taken) and _place_pair(taken[-len(keep) - 1]):
        # places joined by a hyphen name what was agreed there (`쿤밍-몬트리올 글로벌 생물다양성
        # 프레임워크(GBF)`): part of the name, though the acronym has no letter for them
        return taken[-len(keep) - 1:]
    while len(keep) > 1:
        first = keep[0].text
        if re.fullmatch(r"제?\d+(?:차|회|기)", first) and not re.search(r"\d", acronym):
            keep.pop(0)
        elif re.search(r"\d", first) and not re.search(r"\d", acronym) and len(keep) > 1:
            keep.pop(0)   # a word with a number the acronym does not carry (`코로나19 국제공중보건위기상황(PHEIC)`)
        elif _group_of_countries(keep, acronym):
            break
        elif (first in DESCRIPTORS or first in PLACES) and not _initial_in_acronym(first, acronym):
            keep.pop(0)
        elif first not in PLACES and is_place(first) and re.fullmatch(r"[가-힣]{2,}", first) \
                and not any(_same_sound(romanise(first)[:1], letter)
                            for letter in (acronym if is_country(first) else acronym[:1] + acronym.rstrip("s")[-1:])):
            # a country or city without English names listed whose first sound the acronym does not
            # spell (a country anywhere, `… of Kenya`: 케냐 경쟁당국(CAK), 라트비아 중앙은행(BOLV); a city
            # first or last): where the body is (`케냐 나이로비 유엔환경계획(UNEP)`)
            keep.pop(0)
        elif re.fullmatch(r"[A-Za-z]{2,}", first) and first[0].lower() != acronym[0].lower() and len(keep) > 1:
            keep.pop(0)   # a Latin word the acronym does not start with (`EU 경쟁총국(DG COMP)`)
        elif re.fullmatch(r"[남북한미일중러영독불호인베태필]·?[남북한미일중러영독불호인베태필]", first) and len(keep) > 1 \
                and acronym[0] not in _COUNTRY_INITIALS.get(first[0], ""):
            keep.pop(0)   # the countries of a pair (`한미 억제전략위원회(DSC)`), unless the acronym
                          # starts with the first one's letter (`한미 통합국방협의체(KIDD)`)
        elif len(keep) > 1 and _org_word_end(first):
            keep.pop(0)   # a body before its programme (`건강보험심사평가원 의약품안전사용서비스(DUR)`) or
                          # before its own office or agency (`산업통상자원부 무역위원회(KTC)`: the parent)
        elif _modifies(keep[0]) and _initial_in_acronym(first, acronym):
            break   # an adjective the acronym starts with (`새로운 기후재원 목표(NCQG)`)
        elif not any(t.startswith(("NN", "SL", "SN", "SH", "XR", "XPN", "MM")) for t in keep[0].tags) \
                or all(t.split("+")[-1].startswith(("NNB", "XSN")) for t in keep[0].tags):
            keep.pop(0)   # (a bound noun opens no name: `번째 혈소판감소성 혈전증(TTS)`)
        else:
            break
    return keep


def _past_a_person(doc: Doc, taken: list[Word], pos: int, acronym: str) -> list[Word]:
    """`마르코 펠리니 범미보건기구(PAHO) 사무총장`: where a title follows the bracket, two or more
    proper nouns before the body (no places, each one morpheme) whose first does not start the
    acronym's letters name its head, not the body."""
    run = 0
    while run < len(taken) - 1 and _morphemes(taken[run]) == ["NNP"] and re.fullmatch(r"[가-힣]{2,5}", taken[run].text) \
            and not is_place(taken[run].text):
        run += 1
    if run < 2 or romanise(taken[0].text)[:1].upper() == acronym[:1].upper():
        return taken
    close = doc_text(doc).find(")", pos)
    return taken[run:] if close > 0 and title_follows(doc_text(doc), close + 1) else taken


# The letters a country's one-syllable Korean abbreviation starts its English name with.
_COUNTRY_INITIALS = {"한": "K", "남": "SK", "북": "N", "미": "UA", "일": "J", "중": "C", "러": "R", "영": "UBE",
                     "독": "G", "불": "F", "호": "A", "인": "I", "베": "V", "태": "T", "필": "P"}
_ORG_WORD_END = ("원", "부", "청", "처", "공사", "공단", "위원회", "협회", "재단", "은행", "대학교", "연구소", "센터", "기구")


def _place_pair(w: Word) -> bool:
    """Two places joined by a hyphen: proper nouns (`쿤밍-몬트리올`) or known places."""
    parts = w.text.split("-")
    return len(parts) == 2 and all(re.fullmatch(r"[가-힣]{2,}", p) for p in parts) and (
        _morphemes(w) == ["NNP", "SO", "NNP"] or all(is_place(p) for p in parts))


_SOUND_CLASSES = ("ckgq", "bpfv", "dt", "jzc", "lr", "sx")


def _same_sound(a: str, b: str) -> bool:
    """Two letters that Korean writes with one consonant (`ㄹ` for l and r, `ㅋ` for k and c)."""
    a, b = a.lower(), b.lower()
    return bool(a) and (a == b or any(a in c and b in c for c in _SOUND_CLASSES))


def _org_word_end(word: str) -> bool:
    return len(word) >= 3 and word.endswith(_ORG_WORD_END) and not word.endswith(_COMMON_NOUNS_LIKE_BODIES)


# Common nouns that end like a body's word (`원`, `부`, `처`): `기후재원` (funds) or `기술지원` (support)
# is no body before its programme.
_COMMON_NOUNS_LIKE_BODIES = ("재원", "지원", "자원", "인원", "회원", "민원", "차원", "기원", "복원", "일부", "내부", "외부",
                             "전부", "대처", "출처")


def _initial_in_acronym(word: str, acronym: str) -> bool:
    """A leading word an acronym spells: a place or a word whose English rendering starts with the
    acronym's first letter (`글로벌 프라이버시 총회(GPA)`, `필리핀 경쟁위원회(PCC)`)."""
    first = acronym[:1].lower()
    names = PLACES.get(word, ()) + TRANSLATIONS.get(word, ())
    return any(n[:1] == first for n in names)


def _translates_words(words: list[Word], rendering: str) -> bool:
    """Korean words right before the bracket that the rendering translates, none of them
    sounded out: capitalised English words, no person's name (`탄소중립 산업 전환(Net-Zero Industrial
    Transition)`); a person's name is sounded out, never translated."""
    near = [w.text for w in words[:len(rendering.split())] if re.fullmatch(r"[가-힣]{2,}", w.text)]
    latin = re.findall(r"[A-Za-z]+", rendering)
    return any(translation_hits(w, rendering) for w in near) \
        and not any(sounds_like(w, x) >= 0.5 for w in near for x in latin)   # (`기후 스트레스 테스트` is sounded out in part)


def _personal_name(s: str) -> bool:
    s = re.sub(r",?\s(?:Jr|Sr)\.?$", "", s)   # (`Surangel S. Whipps, Jr.`)
    s = re.sub(r"(?<=\s)(?:der|den|ter|du|des|di|do|della)(?=\s)", "de", s)   # (`Jan van der Berg`)
    return personal_name(s) and s.lower() not in LATIN_PLACES


def _spoils_transliteration(doc: Doc, taken: list[Word], rendering: str) -> bool:
    """The first word is not in the rendering while the rest transliterates it well
    (`선주사 아틀라스 마리타임(Atlas Maritime)`): it describes the name."""
    if word_rendered(taken[0].text, rendering) >= EXPLAINED:
        return False
    end = taken[-1].end
    whole = sounds_like(doc_text(doc)[taken[0].start:end], rendering)
    best_rest = max(sounds_like(doc_text(doc)[w.start:end], rendering) for w in taken[1:])
    return best_rest >= 0.6 and best_rest >= whole + 0.1


def _is_acronym(s: str) -> bool:
    from .brackets import is_acronym
    return is_acronym(s)


def _person_before(doc: Doc, w: Word, name_start: int) -> bool:
    """The entity model (where it ran) reads the word `w` as (part of) a person who ends before
    the name: `드니스 웅 싱가포르 개인정보보호위원회(PDPC)`."""
    return "ner" in doc.spans and any(s.label_ == "PS" and s.start_char <= w.start and w.end <= s.end_char <= name_start
                                      for s in doc.spans["ner"])


def _stops_name(w: Word) -> bool:
    """A word no name runs through: a bound noun, determiner, adverb or conjunction (`중`, `및`),
    or a noun that places or times what follows (`산하`, `주최`); an ordinal (`제15차`) is not one."""
    if re.fullmatch(r"제?\d+(?:차|회|기)", w.text):
        return False
    # a word wholly of such parts (`및`, `중`); `세럼` read as 세 (a determiner) + 럼 is a foreign name
    tags = [t.split("+")[-1] for t in w.tags]
    return all(t.startswith(NOT_IN_NAME_TAGS) for t in tags) or w.text in PLACE_TIME_NOUNS or w.text.endswith(KINDS_OF_BODY)


def _word_runs(rendering: str) -> list[list[str]]:
    """Runs of one to three Latin words of a rendering (`New York` sounds out `뉴욕`)."""
    words = re.findall(r"[A-Za-z][A-Za-z’']*", rendering)   # (`L’viv` is one word)
    return [words[i:j] for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)]


def _describes(word: Word, rendering: str) -> bool:
    """A leading word that describes the name rather than being part of it: a descriptor
    (`대표`, `기업`), a country or province the rendering leaves out (`독일`), or a common noun
    the rendering does not account for (`선주사`, `전자지갑`)."""
    if word.text in DESCRIPTORS:
        return True
    if word.text in PLACES:
        low = rendering.lower()   # the adjective counts too: `필리핀` in `Philippine Competition Commission`
        return not any(re.search(rf"\b{re.escape(n[:-1] if len(n) > 5 else n)}", low) for n in PLACES[word.text] if len(n) > 1)
    if is_place(word.text) and re.fullmatch(r"[가-힣]+", word.text):
        # a place without its English names listed: left out unless the rendering sounds it out
        return not any(sounds_like(word.text, "".join(x)) >= 0.6 for x in _word_runs(rendering))
    if all(t.startswith("SL") for t in word.tags):
        return word_rendered(word.text, rendering) < EXPLAINED   # `EU 해운총국(DG MARE)`: EU is not in it
    if any(t.startswith(("NNP", "SL", "SN", "SH")) for t in word.tags):
        return False
    if word.text in TRANSLATIONS or any(word.text.endswith(k) and len(k) >= 2 for k in TRANSLATIONS):
        return word_rendered(word.text, rendering) < EXPLAINED and word.text in DESCRIPTORS
    return word_rendered(word.text, rendering) < EXPLAINED


def latin_name_before(doc: Doc, pos: int, rendering: str) -> tuple[int, int] | None:
    """(start, end) of a Latin-script name before the bracket.

    - Acronym rendering: the longest run of capitalised words (connectors and commas inside
      allowed) whose word starts spell the acronym's letters in order, allowing one leading word
      the acronym leaves out (`Singapore Economic Development Board (EDB)`), after Schwartz &
      Hearst (2003) but preferring the whole proper name to the shortest match.
    - Hangul or Han rendering: the run of words, up to five, that the rendering sounds most like
      (`SK bioscience (SK바이오사이언스)`), else the capitalised run.
    - Otherwise the run of capitalised words (with connectors inside) that ends at the bracket.
    """
    text = doc_text(doc)
    base = max(0, pos - 300)
    possessive = re.search(r"(?<=[A-Za-z])['’]s\s*$", text[base:pos])
    if possessive:
        pos = base + possessive.start()   # `the Hanbit Authority's (HRA) plan`: the name without its possessive
    cut = max(text.rfind(c, base, pos) for c in ";:!?\n()（）")
    # a full stop ends a sentence, not the capitals of an abbreviation (`Korea-U.S. Business Council`)
    # (nor a legal form's abbreviation right before the bracket: `Hanbit Energy Solutions Inc. ("HES")`)
    cut = max([cut] + [base + m.start() for m in re.finditer(r"\.", text[base:pos])
                       if not re.search(r"(?:^|[\s\-])(?:[A-Z]\.)+$", text[max(0, base + m.start() - 8):base + m.start() + 1])
                       and not (LEGAL_ABBREVIATION.search(text, max(0, base + m.start() - 6), base + m.start() + 1)
                                and re.fullmatch(r",?\s*(?:Ltd\.?|Inc\.?|LLC)?\s*", text[base + m.start() + 1:pos]))])
    # a slash cuts, unless it joins two names of one thing (`Pangcah/Amis`, `Demant/Oticon`)
    cut = max([cut] + [base + m.start() for m in re.finditer("/", text[base:pos])
                       if not _JOINING_SLASH.match(text, base + m.start() - 1)])
    dash = text.rfind("--", base, pos)
    cut = max(cut, dash + 1 if dash >= 0 else -1, text.rfind("—", base, pos))
    words = [(m.start() + cut + 1, m.end() + cut + 1)
             for m in re.finditer(r"[A-Za-z0-9À-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ&'.*\-]*,?", text[cut + 1:pos])]
    if not words or text[words[-1][1]:pos].strip(" \t"):
        return None
    words = [(s, e - 1) if text[e - 1] == "," else (s, e) for s, e in words]
    if text[words[-1][1]:pos].strip(" \t"):
        return None
    if _is_acronym(rendering) or is_short_form(rendering):
        return _acronym_long_form(text, words, rendering)
    last = text[words[-1][0]:words[-1][1]]
    if (_is_acronym(last) or is_short_form(last)) and len(rendering.split()) >= 2 and rendering[:1].isupper() \
            and capitals_score(last, rendering) == 1.0:
        return words[-1]  # `RoMeLa (Robotics & Mechanisms Laboratory)`: the short form first, its long form after
    if script_of_rendering(rendering) in ("hangul", "han"):
        best, best_score = None, 0.55
        latin_in_rendering = re.findall(r"[A-Za-z]{2,}", rendering)
        for k in range(1, min(len(words), 5) + 1):
            s = words[-k][0]
            cand = text[s:words[-1][1]]
            if re.search(r",\s(?!(?:Ltd|Inc|LLC)\b)", cand) or re.search(r"[^\sA-Za-z0-9&'.*\-]", cand):
                break  # a comma, or words of another script: the Latin name ended
            if any(w not in cand for w in latin_in_rendering):
                continue  # `CJ제일제당` renders `CJ CheilJedang`: its Latin letters must be in the name
            score = transliteration_score(rendering, cand) if script_of_rendering(rendering) == "hangul" else 0.0
            if score >= best_score:
                best, best_score = (s, words[-1][1]), score
        if best:
            return best
    run = _capitalised_run(text, words)
    if re.fullmatch(r"[A-Z][a-z]{4,14}", rendering):
        # `China National Machinery Industry Corporation (Sinomach)`: the words whose starts the one word runs together
        whole = next((k for k in range(len(run) - 1) if portmanteau_match(rendering, text[run[k][0]:run[-1][1]])), None)
        if whole is not None:
            return run[whole][0], run[-1][1]
    if not run and script_of_rendering(rendering) == "han" and re.search(r"(?:^|[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s?$",
                                                                      text[max(0, words[-1][0] - 2):words[-1][0]]):
        return words[-1]   # a brand written in lower case amid Chinese words (`外送平台foodpanda（富胖達）`)
    return (run[0][0], run[-1][1]) if run else None


# A company's legal form abbreviated with a full stop (`Inc.`, `Co., Ltd.`), which ends no sentence.
LEGAL_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Bhd|Pte|Pty|S\.A|N\.V|P\.L\.C)\.$")
_JOINING_SLASH = re.compile(r"[A-Za-z]/[A-Z][a-z]")


def _capitalised_run(text: str, words: list[tuple[int, int]], commas: bool = False) -> list[tuple[int, int]]:
    run: list[tuple[int, int]] = []
    for i in range(len(words) - 1, -1, -1):
        s, e = words[i]
        w = text[s:e]
        gap = text[e:run[0][0]] if run else ""
        legal = bool(run) and re.fullmatch(r"(?:Ltd|Inc|LLC)\.?", text[run[0][0]:run[0][1]]) is not None
        if ("," in gap and not commas and not legal) or re.search(r"[^\s,/&+·\-]", gap):   # (`Nuri Co., Ltd.`)
            break   # (a word of another script or a quote between: `「P. K.S.」為 Pangcah`)
        if w[0].isupper() or (w[0].isdigit() and run):
            run.insert(0, (s, e))
        elif w.lower() in _CONNECTORS and run:
            run.insert(0, (s, e))
        else:
            break
        if len(run) >= MAX_NAME_WORDS + 2:
            break
    # `A and the B`: two names, not one (`the US Department of Defense and the U.S. Department …`)
    joins = [k for k in range(len(run) - 1) if text[run[k][0]:run[k][1]].lower() == "and"
             and text[run[k + 1][0]:run[k + 1][1]].lower() == "the"]
    if joins:
        run = run[joins[-1] + 2:]
    # a possessive (`Thailand's Department of …`) owns the name, it is not part of it
    poss = [k for k, (s, e) in enumerate(run) if re.search(r"['’]s?$", text[s:e]) and k < len(run) - 1]
    if poss:
        run = run[poss[-1] + 1:]
    while run and (text[run[0][0]:run[0][1]].lower() in _CONNECTORS or text[run[0][0]:run[0][1]].isdigit()
                   or text[run[0][0]:run[0][1]] in _LEAD_WORDS):
        run.pop(0)
    return run


_LEAD_WORDS = {"The", "A", "An", "In", "On", "At", "By", "With", "And", "Its", "Our", "Their", "From", "For", "Both",
               "Today", "Yesterday", "Led", "Including", "About", "ABOUT", "SOURCE", "Source", "Contact", "Media",
               "Via", "Through", "Under", "Between", "Among", "As", "Also", "While", "When", "After", "Before",
               "Dear", "Meanwhile", "However", "Furthermore", "Moreover", "Additionally", "Together", "Welcome"}


def _acronym_long_form(text: str, words, acronym: str) -> tuple[int, int] | None:
    run = _capitalised_run(text, words, commas=True)
    end = words[-1][1]
    best = None
    for i in range(len(run)):
        cand = text[run[i][0]:end]
        if cand[0].lower() != acronym[0].lower() or text[run[i][0]].islower():
            continue
        if re.search(r",\s[Tt]he\s", cand):
            continue   # `, the` starts the next item of a list of names (`… Group, the Global Green Growth Institute (GGGI)`)
        if loose_acronym_score(acronym, cand) >= 0.6 or schwartz_hearst_match(acronym, cand):
            best = i
            break
    if best is not None:
        # `A and B (ACR)`: where the words after the last `and` spell the acronym themselves, they
        # are its name and A is another (`KB Kookmin Bank and Korea Development Bank (KDB)`); a
        # name with an `and` of its own keeps it (`Ministry of Trade, Industry and Energy (MOTIE)`)
        ands = [k for k in range(best, len(run) - 1) if text[run[k][0]:run[k][1]].lower() in ("and", "&")]
        if ands and text[run[ands[-1] + 1][0]].lower() == acronym[0].lower() \
                and acronym_score(acronym, text[run[ands[-1] + 1][0]:end]) == 1.0:
            best = ands[-1] + 1
        # a place the acronym leaves out still opens the name: `Singapore Economic Development
        # Board (EDB)`, `Hong Kong Film Development Council (FDC)`
        i = best
        for k in (2, 1):
            if i - k >= 0 and text[run[i - k][0]:run[i - 1][1]].lower().rstrip(".") in LATIN_PLACES:   # (`U.S.`)
                i -= k
                break
        return run[i][0], end
    for k in range(1, min(len(words), len(acronym) + 5) + 1):
        s = words[-k][0]
        if acronym_score(acronym, text[s:end]) == 1.0 and text[s].isupper():
            return s, end
    return None


def script_of_rendering(s: str) -> str:
    from .brackets import script_of
    return script_of(s)


def _zh_noun_run_start(text: str, pos: int) -> int:
    """Where the run of nouns ending at `pos` begins, by jieba's parts of speech (a verb or a
    preposition before it ends it: `同时荐送美国咖啡品质协会`, `依据国际树艺协会`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    starts, ws = pos_words(text)
    k = bisect.bisect_right(starts, pos - 1) - 1
    start = pos
    while k >= 0 and ws[k][0] >= line_start and pos - ws[k][0] <= 30:
        s, e, word, flag = ws[k]
        # (jieba cuts transliterated names oddly, `怀` + `恩斯坦`: a single character stops the run
        # only when it is a function word)
        if word == "在" and k + 2 < len(ws) and ws[k + 2][0] < pos and fold_han(ws[k + 1][2]) in _POSTED_IN:
            start = s   # 美国在台协会: a foreign body posted in a place, one name
            k -= 1
            continue
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9À-ÖØ-öø-ɏ·‧・．•]+", word):
            break   # punctuation (jieba tags it `x`, a name's tag) ends the run
        if flag == "v" and len(word) == 1 and k + 1 < len(ws) and ws[k + 1][3] == "nt" and ws[k + 1][0] < pos:
            break   # a verb of one character before a body's whole name (`获` + `联合国教科文组织`)
        # (the word right before the bracket is the name's head, whatever the segmenter tags it:
        # 协定 v of `跨太平洋伙伴全面进步协定`, 组织 v of `国际民航组织`)
        if (not _zh_name_word(word, flag) and len(word) >= 2 and e < pos and not _name_verb_between_nouns(ws, k, pos)
                and not _special_city(ws, k)) \
                or word in ZH_BREAKS or fold_han(word) in _NOUN_TAGGED_VERBS:
            break
        if k > 0 and ws[k - 1][2] + word in ZH_BREAKS:
            break   # a verb the segmenter cut in two (`荐` + `送`): it ends the name with both halves
        start = s
        k -= 1
    if 0 <= k < len(ws) - 1 and start < pos and _surname_glued(ws[k], ws[k + 1], pos):
        start = ws[k][1] - 1   # `及全` + `东明`: the surname belongs to the name
    return start if start < pos else 0


# Verbs Chinese names of bodies hold between their nouns (`振兴`, `联合`, `开发`): data/zh_name_verbs.txt.
ZH_NAME_VERBS = frozenset(word_set(Path(__file__).with_name("data") / "zh_name_verbs.txt"))


def _name_verb_between_nouns(ws: list, k: int, pos: int) -> bool:
    """The segmenter's verb `ws[k]` is one that names a body's purpose (`韩国中小企业振兴公团`,
    `亚洲蔬菜研究发展中心`), with a noun of the name right after it and one before it: inside the
    name, no clause verb before it."""
    if ws[k][2] not in ZH_NAME_VERBS or k == 0 or k + 1 >= len(ws) or ws[k + 1][0] >= pos:
        return False
    before, after = ws[k - 1], ws[k + 1]
    return _zh_name_word(after[2], after[3]) and before[3] in _NOUN_FLAGS and before[2] not in ZH_BREAKS


def _name_verb_at(text: str, at: int) -> bool:
    """The segmenter's word at `at` starts there and is a verb of a body's purpose (`振兴`)."""
    w = _segmenter_word_at(text, at)
    return w is not None and w[0] == at and w[2] in ZH_NAME_VERBS


# Words that open examples of a kind (`such as`), which the segmenter leaves in the run of nouns.
_SUCH_AS = frozenset({"如", "例如", "诸如", "像是", "譬如"})


def _name_verb_before_a_stub(word: str, taken: list[Token]) -> bool:
    """A verb of a body's purpose that also ends clauses (`投资`) before what is no name alone (a
    body's word, or a verb and one: `审议司`, `公社`): inside the name (`經濟部投資審議司`, `韓國投資公社`)."""
    if word not in ZH_NAME_VERBS or not taken:
        return False
    rest = fold_han("".join(t.text for t in taken))
    if _bare_body_word(rest):
        return True
    lead = pos_words(rest[:2])[1]
    return len(rest) == 3 and _bare_body_word(rest[2]) and len(lead) == 1 and lead[0][3] == "v"


_HYPHENS = frozenset("-‐")


def _over_a_hyphen(doc: Doc, start: int, rendering: str) -> int:
    """A hyphen right before the name joins a foreign name's parts, as its rendering does
    (`尚-皮耶·居內（Jean-Pierre Jeunet）`): the name runs on over it to the Han words before."""
    text = doc_text(doc)
    if start < 2 or text[start - 1] not in _HYPHENS or not re.search(r"[A-Za-z]-[A-Za-z]", rendering) \
            or not re.match(r"[\u4e00-\u9fff]", text[start - 2]):
        return start
    before = chinese_name_before(doc, start - 1, rendering)
    return before[0] if before is not None and before[1] == start - 1 else start


def _over_a_rendered_number(text: str, start: int, rendering: str, lo: int) -> int:
    """A number right before the name that its rendering carries too (`國際扶輪3470地區（Rotary
    International District 3470）`): a district's or a chapter's number inside the name, which runs
    on over it to the nouns before."""
    at, end = start, start
    while at > lo and re.match(r"[0-9A-Za-z]", text[at - 1]):
        at -= 1
    while end < len(text) and re.match(r"[0-9A-Za-z]", text[end]):
        end += 1
    number = text[at:end]
    if at == start or not re.search(r"\d", number) or script_of(rendering) != "latin" \
            or not re.search(rf"(?<![\dA-Za-z]){re.escape(number)}(?![\dA-Za-z])", rendering):
        return start
    before = _zh_noun_run_start(text, at)
    return before if lo <= before < at else start


def _special_city(ws: list, k: int) -> bool:
    """`特别` (an adverb to the segmenter) before `市`: a special city's name (`首尔特别市`)."""
    return ws[k][2] == "特别" and k + 1 < len(ws) and ws[k + 1][2].startswith("市")


# The segmenter's noun tags (common, place, body, person, other proper noun, abbreviation).
_NOUN_FLAGS = frozenset({"n", "ns", "nt", "nr", "nz", "j", "nrt", "nrfg", "ng", "vn"})


# One-character places after 在 inside a name: a foreign body posted there (`美国在台协会`,
# `欧洲在台商务协会`, `日本在华商会`).
_POSTED_IN = frozenset("台华港澳韩日美中")


def _in_a_place_inside_name(taken: list[Token]) -> bool:
    """`在` before a one-character place and more of the name (`美国在台协会`): part of it (the
    tokenizer may glue the place to the next word: `欧洲在` + `台商` + `务协会`)."""
    return len(taken) >= 2 and fold_han(taken[0].text)[:1] in _POSTED_IN


# A conjunction or preposition the segmenter may glue to the surname after it (`及全` + `东明`).
_GLUE_CHARS = frozenset("及和与同跟向对为由被把将让请给")
ZH_SURNAMES = word_set(Path(__file__).with_name("data") / "zh_surnames.txt")
# Characters of a numeral or a quantity: a word the segmenter tags as a number without one of
# them is a name's part it misread (`少年` in `国际少年运动会`).
_QUANTITY = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两零〇第几多数每各半余]")


def _zh_name_word(word: str, flag: str) -> bool:
    """`zh_words.name_word`, and also words the segmenter gives a number's or a state's tag that
    hold no numeral (`少年` m, `恩彤` z: parts of names it does not know)."""
    return name_word(word, flag) or flag == "z" or (flag == "m" and not _QUANTITY.search(word))


def _surname_glued(glued: tuple[int, int, str, str], given: tuple[int, int, str, str], pos: int) -> bool:
    """The segmenter read a conjunction and the surname after it as one word, then the given name
    as a person's or as the whole name before the bracket (`及全` + `东明`): the surname's character
    opens the name."""
    word = glued[2]
    return len(word) == 2 and word[0] in _GLUE_CHARS and word[1] in ZH_SURNAMES and \
        (given[3].startswith("nr") or given[1] == pos) and len(given[2]) <= 2 and glued[1] == given[0]


def _timex_end(doc: Doc, pos: int) -> int:
    """End of the temporal expression that holds character `pos`."""
    return max((t["end"] for t in doc._.timexes or [] if t["start"] <= pos < t["end"]), default=pos)


# English titles a rendering opens with that Chinese writes after the name (恩史瓦帝三世國王 for
# `King Mswati III`, 隆寇凱拉親王 for `Prince …`): the Chinese title is then part of the name.
# (offices too: `惠普斯總統（President Surangel Whipps）` names the person with the title after)
_TITLE_FIRST = re.compile(r"(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Pope|Crown Prince|Grand Duke"
                          r"|President|Vice President|Prime Minister|Premier|Speaker|Governor|Mayor)\s")


def _titled(rendering: str) -> bool:
    return bool(_TITLE_FIRST.match(rendering))


def _opens_a_word(text: str, at: int) -> bool:
    """The character at `at` and the next make a word of the segmenter's dictionary (`商务` of
    `商务部`, `商会`): no foreign firm's registration mark (`美商`, `荷兰商恩智浦`). Where the
    segmenter, reading the whole text, cuts a word that ends with the character (`法商` + `道达尔`),
    it is the mark whatever the dictionary holds (商道)."""
    w = _segmenter_word_at(text, at)
    if w is not None and w[0] < at and w[1] == at + 1:
        return False
    return in_dictionary(fold_han(text[at:at + 2]))


def _foreign_mark(text: str, at: int, lo: int) -> bool:
    """The 商 at `at` closes a foreign firm's registration mark that starts at `lo` or after it: a
    country in one to three characters before it (`美商`, `荷蘭商`), and no dictionary word it opens
    (`商務`, `商會`)."""
    return any(at - n >= lo and _registered_in(text[at - n:at]) for n in (1, 2, 3)) and not _opens_a_word(text, at)


def _registered_in(place: str) -> bool:
    """A country or territory a foreign firm registers from, as its mark writes it (`美`, `荷蘭`, `香港`)."""
    folded = fold_han(place)
    return (len(folded) == 1 and folded in _ONE_CHARACTER_COUNTRIES) or folded in _TERRITORIES or bool(country_code(place))


# Territories, no countries, that foreign firms register from (`香港商雅虎資訊`).
_TERRITORIES = frozenset({"香港", "澳门"})


def _after_foreign_mark(text: str, lo: int, start: int, pos: int) -> int:
    """A foreign firm's registration mark (`美商`, `日商`) among the words taken before the run of
    nouns opens the firm's name: the segmenter's verb inside the name (`美商應用材料`: 应用 v,
    `美商超微半導體`: 超微 v) stopped the run short of it. The name starts after the mark."""
    for at in range(start - 1, lo, -1):
        if text[at] == "商" and at + 3 <= pos and re.fullmatch(r"[\u4e00-\u9fff]+", text[at + 1:start]) \
                and _foreign_mark(text, at, lo):
            return at + 1
    return start


def _segmenter_word_at(text: str, at: int) -> tuple | None:
    """The segmenter's word (start, end, word, flag) that begins at or before `at` in the text."""
    starts, ws = pos_words(text)
    k = bisect.bisect_right(starts, at) - 1
    return ws[k] if 0 <= k < len(ws) else None


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "a", "an", "de", "&"})


def _over_a_verb(text: str, start: int, pos: int, rendering: str, lo: int) -> int:
    """A verb the segmenter reads inside a name stopped the run of its nouns (`亚洲创新科技展`: 创新 v)
    where the English rendering has clearly more words than the run holds (`Asia Innovation Tech
    Expo`): the name runs on over the verb to the nouns before it."""
    if script_of(rendering) != "latin" or _is_acronym(rendering):
        return start
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", rendering) if w.lower() not in _SMALL_WORDS]
    starts, ws = pos_words(text)
    k = bisect.bisect_right(starts, start - 1) - 1
    held = bisect.bisect_left(starts, pos) - bisect.bisect_left(starts, start)
    if k < 0 or ws[k][1] != start or len(words) < held + 2:
        return start
    s, _e, word, flag = ws[k]
    if flag not in ("v", "vn") or len(word) < 2 or word in ZH_BREAKS or word in _NOUN_TAGGED_VERBS or s < lo:
        return start
    before = _zh_noun_run_start(text, s)
    return before if lo <= before < s else start


_DIRECTIONS = {"南": "south", "北": "north", "东": "east", "西": "west"}


def _direction_before(text: str, start: int, rendering: str) -> int:
    """A word of direction the segmenter keeps out of the name's nouns (`南方` f) opens the name
    where the rendering renders it (`南方农业发展基金会（Southern Agricultural Development Fund）`)."""
    m = re.search(r"([南北东西])(?:方|部)$|(?<![\u4e00-\u9fff])([南北东西])$", fold_han(text[max(0, start - 3):start]))
    if m is None or not re.search(rf"\b{_DIRECTIONS[m.group(1) or m.group(2)]}", rendering.lower()):
        return start   # (臺南 + a name: the 南 of a city is no direction)
    return start - (len(text[max(0, start - 3):start]) - m.start())


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in short)


def _across_and(doc: Doc, start: int, pos: int, rendering: str) -> int:
    """A short name in the bracket made of characters from both sides of a 及 / 与 / 和 / 暨 inside
    the name (`经济部中小及新创企业署（中小新创署）`, `影视及流行音乐产业局（影视局）`): the name runs
    back over the conjunction, to the start of the words before it."""
    text = doc_text(doc)
    short = fold_han(rendering)
    if start < 2 or fold_han(text[start - 1]) not in "及与和暨":
        return start
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", short) and not _subsequence(short, fold_han(text[start:pos])):
        before = _name_part_before_and(doc, start)
        if before is not None and _subsequence(short, fold_han(text[before:pos])) and short[0] in fold_han(text[before:start - 1]):
            return before
    elif re.search(r"\s(?:and|&)\s", rendering) and script_of(rendering) == "latin":
        # `聖克里斯多福及尼維斯（Saint Christopher and Nevis）`: the rendering's `and` is the name's 及
        # (the segmenter may have glued the 及 to the word before it: 福及)
        before = _name_part_before_and(doc, start)
        if before is not None:
            return before
    return start


def _name_part_before_and(doc: Doc, start: int) -> int | None:
    """Where the words before the conjunction at `start - 1` begin: the name before it, else the
    run of nouns (the tokenizer may have glued the conjunction to the word before: `科學及`). None
    where they are a body's whole name or the issuer's own (`經濟部與韓國…公團`, `本市與…`: two
    bodies listed, not one name)."""
    text = doc_text(doc)
    before = chinese_name_before(doc, start - 1)
    if before is not None and before[1] == start - 1:
        b = before[0]
    else:
        run = _zh_noun_run_start(text, start - 1)
        if not (run < start - 1 and re.fullmatch(r"[\u4e00-\u9fff]{1,10}", text[run:start - 1])):
            return None
        b = run
    words = fold_han(text[b:start - 1])
    if words.endswith(_ZH_BODY_WORDS) or re.fullmatch(r"本[市府县部院署局会校所]", words):
        return None   # (`本市與日本商工會議所`: the issuing body, `this city`, and another)
    return b


# The words Chinese names of bodies end in (Simplified): a name that ends in one is a whole body's.
_ZH_BODY_WORDS: tuple[str, ...] = tuple(org_endings("zh", "suffix_finder"))


# Verbs of visiting that the segmenter tags as nouns (`参观` n, `游览` vn) and no name opens with:
# `遊客參觀安平古堡（Anping Old Fort）`.
_NOUN_TAGGED_VERBS = frozenset({"参观", "游览", "参访", "造访"})


def _bare_body_word(head: str) -> bool:
    """`公司`, `协会`, `总署`, `公社`: an organisation word alone, which no name is; the segmenter's
    verb inside the name (`美国国际开发总署`, `台湾积体电路制造公司`, `韩国贸易投资振兴公社`: 开发, 制造,
    振兴) cut the rest off."""
    return head in _BARE_BODY_WORDS or (1 <= len(head) <= 2 and head[-1] in "部署局处会院所司社团厅")


def _in_name_word(doc: Doc, t: Token) -> bool:
    """A function word's character that the segmenter, reading the whole text through the fold,
    puts inside a longer noun (`对` of `对外贸易` in `中华民国对外贸易发展协会`, `共和` of `共和国`):
    part of the name, no break."""
    w = _segmenter_word_at(doc_text(doc), t.idx)
    return w is not None and w[0] <= t.idx and t.idx + len(t.text) <= w[1] \
        and w[1] - w[0] > len(t.text) and _zh_name_word(w[2], w[3]) and w[3] not in ("p", "c", "i") \
        and (w[3] != "l" or _noun_tail(w[2]))


def _noun_tail(phrase: str) -> bool:
    """A set phrase (jieba's `l`) that ends in a noun (`对外贸易`: 贸易 vn), as names hold, not
    in a verb as clauses do."""
    tail = pos_words(phrase[-2:])[1]
    return len(tail) == 1 and tail[0][3] in _NOUN_FLAGS


def _part_of_longer_word(doc: Doc, t: Token) -> bool:
    """The segmenter, reading the whole text, puts the token into a longer word (`代表` of
    `代表处`, an office, not a representative)."""
    w = _segmenter_word_at(doc_text(doc), t.idx)
    return w is not None and w[0] <= t.idx and t.idx + len(t.text) < w[1]


# A form of address written after a person's name (`戴羅素閣下`, Excellency): a title the rendering leaves out.
_ADDRESS_AFTER = frozenset({"阁下"})


def chinese_name_before(doc: Doc, pos: int, rendering: str = "") -> tuple[int, int] | None:
    """(start, end) of the run of Han words before the bracket, back to punctuation, a verb or
    function word (获得, 与, 的 …), a date, or a job title; a leading country the rendering
    leaves out (`韩国首尔新药株式会社（Seoul Shinyak）`) is dropped."""
    toks = tokens_before(doc, pos, 40)
    if not toks or toks[-1].idx + len(toks[-1].text) != pos:
        return None
    taken: list[Token] = []
    floor = 0   # where a date ends inside the token that holds it (`年國際`: the name starts after 年)
    titled = _titled(rendering) or bool(_TITLE_WORD_FIRST.match(rendering))   # (`Minister David Levy` too)
    if not titled and len(toks) >= 2 and fold_han(toks[-1].text) in TITLES and _personal_name(rendering) \
            and toks[-2].idx + len(toks[-2].text) == toks[-1].idx and not _part_of_longer_word(doc, toks[-1]):
        # a title written after the person (`佩特森議員（Anders Petersen）`) that the rendering leaves out
        pos = toks[-1].idx
        toks = toks[:-1]
    person = _personal_name(rendering)
    given_and: Token | None = None   # the 和 of a given name (`郡和子`): the run of nouns stops at it, the name does not
    for t in reversed(toks):
        word = fold_han(t.text)   # Traditional text, Simplified word lists
        if t.text in _HYPHENS and taken and "-" in rendering and t.idx + 1 == taken[0].idx:
            taken.insert(0, t)   # `尚-皮耶·居內（Jean-Pierre Jeunet）`: the hyphen of a foreign name's part
            continue
        if in_timex(doc, t.idx) and taken and t.idx + len(t.text) == taken[0].idx:
            floor = _timex_end(doc, t.idx)
            if floor < t.idx + len(t.text):
                taken.insert(0, t)
            break
        if person and re.fullmatch(r"[\u4e00-\u9fff]", t.text) and not taken:
            taken.insert(0, t)   # a function word's character ending a person's given name (`達增拓也`: Takuya)
            continue
        if person and re.fullmatch(r"[\u4e00-\u9fff]?和", t.text) and len(taken) == 1 and len(taken[0].text) == 1:
            taken.insert(0, t)   # … or opening it (`郡和子`, `堀和` + `子`: Kazuko)
            given_and = t
            continue
        if word == "在" and _in_a_place_inside_name(taken):
            taken.insert(0, t)
            continue
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9À-ÖØ-öø-ɏ·‧・．•]+", t.text) \
                or (word in ZH_BREAKS and not _in_name_word(doc, t) and not _name_verb_before_a_stub(word, taken)) \
                or word in _NOUN_TAGGED_VERBS \
                or (word in TITLES and not (titled and not taken) and not _part_of_longer_word(doc, t)
                    and not (taken and _bare_body_word(fold_han(taken[0].text)))) \
                or in_timex(doc, t.idx) or (taken and t.idx + len(t.text) != taken[0].idx):
            break
        if taken and word[-1] in "的了在与和及" and len(word) <= 2 and not _in_name_word(doc, t):
            break   # (共和 of 瓜地馬拉共和國 is no 和)
        taken.insert(0, t)
        if len(taken) >= 12:
            break
    if not taken:
        return None
    start = max(taken[0].idx, _zh_noun_run_start(doc_text(doc), pos), floor)
    inside = next((t for t in taken if t.idx < start < t.idx + len(t.text)), None)
    if person and inside is not None and doc_text(doc)[start - 1] == "和" and len(inside.text) <= 4:
        start = inside.idx   # (the tokenizer read the given name whole: `堀和子`)
    if given_and is not None:
        k = taken.index(given_and)
        if len(given_and.text) == 2 or k >= 1:
            start = max(given_and.idx if len(given_and.text) == 2 else taken[k - 1].idx, floor)
    if _bare_body_word(fold_han(doc_text(doc)[start:pos])) and taken[0].idx < start \
            and (len(rendering) >= 3 or not _is_acronym(rendering)):
        # the segmenter's verb inside a name cut it down to its organisation word (`国际自然保育联盟（IUCN）`:
        # 保育 read as a verb): the words taken before the run stand
        start = max(taken[0].idx, floor)
        while start < pos - 2 and fold_han(doc_text(doc)[start]) in ZH_BREAKS:
            start += 1   # a preposition glued to the name's first word by the tokenizer (`由國際`)
    start = _after_foreign_mark(doc_text(doc), max(taken[0].idx, floor), start, pos)
    start = _over_a_hyphen(doc, start, rendering)
    start = _over_a_rendered_number(doc_text(doc), start, rendering, max(taken[0].idx, floor))
    start = _over_a_verb(doc_text(doc), start, pos, rendering, max(taken[0].idx, floor))
    start = _across_and(doc, start, pos, rendering)
    start = _direction_before(doc_text(doc), start, rendering)
    head = fold_han(doc_text(doc)[start:pos])
    if _personal_name(rendering):
        # a title before a person's name ends what comes before it: 美國副總統彭斯（Mike Pence）
        cut = max((head.rfind(t) + len(t) for t in TITLES if t in head and head.rfind(t) + len(t) < len(head)), default=0)
        if _bare_body_word(head[cut:]):
            cut = 0   # (无国界记者组织（Reporters Without Borders）: the title's word names the body's members)
        start += cut
        head = head[cut:]
    # A kind of organisation before the name describes it: 农业科技企业浙江绿禾…, 电影公司西海影业.
    m = None
    # (乐团落日飞车, 歌手…: a band, a troupe, a singer before its name likewise; 西拉雅族人…: a member of a people)
    for hit in re.finditer(r"(?:企业|机构|公司|集团|厂商|平台|开发商|发行商|运营商|制造商|供应商|品牌|姊妹市|姐妹市|友好城市|友邦|邦交国"
                           r"|大厂|车厂|乐团|乐队|剧团|舞团|团体|歌手|艺人|乐手|球星|网红|偶像|族人)(?!有限|股份)", head):
        if len(head) - hit.end() >= 2 and head[hit.end():] not in ("公司", "集团", "有限公司", "股份有限公司", "集团公司") \
                and (hit.group() != "品牌" or hit.start() >= 2) \
                and not _name_verb_at(doc_text(doc), start + hit.end()):   # (`知名品牌星巴克`, but `品牌顧問公司`)
            # (`中国电影集团公司`: the kind word is part of the name, no description; so is it before a
            # verb of a body's purpose: `中小企业振兴公团`)
            m = hit
    if m:
        start += m.end()
        head = head[m.end():]
    w = _segmenter_word_at(doc_text(doc), start)
    if w is not None and w[0] == start and w[2] in _SUCH_AS and len(head) - len(w[2]) >= 2:
        start += len(w[2])   # `知名企業如宏碁（Acer）`: `such as` opens the examples, no part of the name
        head = head[len(w[2]):]
    latin = re.match(r"[A-Za-z]+(?=[\u4e00-\u9fff]{2})", head)
    if latin and _personal_name(rendering) and latin.group().lower() not in rendering.lower():
        start += latin.end()   # `YouTuber阿滴（Ray Du）`: a kind of person in Latin letters before the name
        head = head[latin.end():]
    foreign = re.match(r"([\u4e00-\u9fff]{1,3})商(?=[\u4e00-\u9fff]{2})", head)
    if foreign and _registered_in(foreign.group(1)) \
            and not _opens_a_word(doc_text(doc), start + foreign.end() - 1):
        start += foreign.end()   # a foreign firm's registration before its name (`荷蘭商恩智浦半導體`, `美商…`)
        head = head[foreign.end():]
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if head.startswith(t) and len(head) > len(t)), None)
    if title:
        start += len(title)
        head = head[len(title):]
    if _is_acronym(rendering) and head.startswith("联合国") and len(head) > 4 and not rendering.upper().startswith("U"):
        start += 3   # the UN's goals or programme named by letters without its U (`联合国永续发展目标（SDGs）`);
        head = head[3:]   # its bodies keep it (`联合国开发计划署（UNDP）`)
    place = next((p for p in PLACES if head.startswith(p) and len(head) > len(p) + 1), None)
    if place and not _is_acronym(rendering) and not re.match(r"[在驻][台华港澳韩日美中]", head[len(place):]):
        # (a country's office posted in a place keeps it: `法國在台協會（Bureau Français de Taipei）`)
        # Chinese names of bodies keep their country (美国食品药品监督管理局（FDA）); a company
        # name rendered by sound does not (韩国首尔新药株式会社（Seoul Shinyak）).
        low = rendering.lower()
        # (nor a body's word alone, `美國商會（AmCham Taiwan）`: the country is what names it)
        if not any(len(n) > 1 and re.search(rf"\b{re.escape(n)}", low) for n in PLACES[place]) \
                and not _bare_body_word(head[len(place):]):
            start += len(place)
            head = head[len(place):]
    while (parent := _unrendered_parent(head, rendering)):
        start += parent   # `農業部農糧署（Agriculture and Food Agency）`: the ministry the rendering leaves out
        head = head[parent:]
    start += _post_body(head, rendering)
    state = _STATE_BEFORE.match(head)
    if state and _LOCAL_BODY_LATIN.fullmatch(rendering):
        start += state.end()   # `加州聖地牙哥郡（San Diego County）`: the state the county is in, not rendered
    end = pos
    address = next((a for a in _ADDRESS_AFTER if head.endswith(a) and len(head) > len(a) + 1), None)
    if address and _personal_name(rendering):
        end -= len(address)   # `戴羅素閣下（Russell Dlamini）`: the form of address is no part of the name
    team = _TEAM.search(head)
    if team and team.start() >= 2 and not _is_acronym(rendering) and not _TEAM_LATIN.search(rendering):
        # a sports team: Chinese adds 队 (`乐天巨人棒球队`), its English name is the nickname alone
        # (`Lotte Giants`), so the name is the part before it
        end = start + team.start()
    return start, end


# A state written short before a county or city in it (`加州`, `德州`, `紐約州`), and an English
# rendering that names the county or city alone.
# (Japan's prefectures likewise before a city, town or village: `熊本縣菊陽町（Kikuyo Town）`)
_STATE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,3}州(?=[\u4e00-\u9fff]{2,}(?:郡|市|县)$)"
                           r"|[\u4e00-\u9fff]{2,3}(?:县|府|道)(?=[\u4e00-\u9fff]{2,}(?:市|町|村)$)")
_LOCAL_BODY_LATIN = re.compile(r"(?:[A-Z][a-z]+ ){1,3}(?:County|City|Town|Village)|(?:City|County|Town|Village) of (?:[A-Z][a-z]+ ?){1,3}")


# A government body written before its own agency, bureau or department (Simplified; `经济部`,
# `行政院`, `台南市政府`, `农业委员会`), and the agency's last word.
_PARENT_THEN_UNIT = re.compile(r"([\u4e00-\u9fff]{1,6}(?:部|市政府|县政府|委员会)|行政院|立法院|司法院|考试院|监察院)"
                               r"(?=[\u4e00-\u9fff]{1,12}(?:署|局|处|司|中心|所|馆|委员会)$)")
# The English words that render each kind of parent (`Ministry of …`, `… City Government`, `Executive Yuan`).
_PARENT_IN_LATIN = {"部": r"Ministry", "政府": r"Government|City|County", "委员会": r"Council|Commission|Committee",
                    "院": r"Yuan"}
_NO_PARENT = re.compile(r"(?:总部|本部|俱乐部|[东南西北中]部)$")


def _unrendered_parent(head: str, rendering: str) -> int:
    """How many characters of `head` name a government body before its own agency that a Latin
    long form renders alone (`農業部農糧署（Agriculture and Food Agency）`, `行政院原住民族委員會
    （Council of Indigenous Peoples）`): the name is the part the bracket renders. An acronym keeps
    the parent (`文化部影視及流行音樂產業局（BAMID）`), and so does a rendering that names it
    (`Cultural Affairs Bureau, Tainan City Government`)."""
    if script_of(rendering) != "latin" or _is_acronym(rendering) or len(rendering.split()) < 2:
        return 0
    m = _PARENT_THEN_UNIT.match(head)
    if m is None or _NO_PARENT.search(m.group(1)):
        return 0
    kind = next(k for k in ("委员会", "政府", "部", "院") if m.group(1).endswith(k))
    return 0 if re.search(rf"\b(?:{_PARENT_IN_LATIN[kind]})\b", rendering) else m.end()


# Titles an English rendering of a person may open with (`Minister David Levy`).
_TITLE_WORD_FIRST = re.compile(r"(?:(?:Deputy|Vice) )?(?:Minister|Ambassador|Director(?:-General)?|Secretary(?:-General)?|Chair(?:man|woman|person)?"
                               r"|Commissioner|Senator|Representative|Mayor|Governor|President|Premier|Legislator|Councilor)\s[A-Z]")


def _post_body(head: str, rendering: str) -> int:
    """How many characters of `head` name the body where a person holds a post, before the
    person's name and title (`外交部李維部長（Minister David Levy）`): the rendering gives the
    title and the person, not the body (`Minister of Foreign Affairs …` would)."""
    if not _TITLE_WORD_FIRST.match(rendering) or re.search(r"\bof\b", rendering):
        return 0
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if len(t) >= 2 and head.endswith(t)), None)
    if not title:
        return 0
    rest = head[:-len(title)]
    for n in (2, 3, 4):   # the person's name: a surname and one to three characters
        if len(rest) > n and rest[-n] in ZH_SURNAMES and rest[:-n].endswith(tuple(_BARE_BODY_WORDS)):
            return len(rest) - n
    return 0


# Countries written in one character before 商 (a foreign firm registered in Taiwan: `美商`, `日商`).
_ONE_CHARACTER_COUNTRIES = frozenset("美日德英法韩港陆星荷瑞加澳义泰越印以")
_TEAM = re.compile(r"(?:棒球|足球|篮球|排球|冰球|橄榄球|手球|球)?队$")
_TEAM_LATIN = re.compile(r"\b(?:Team|Club|Squad|F\.?C|Nationals?)\b", re.I)
