"""Korean name boundaries: which words before a bracket its Latin or Han content renders.

Words (space-separated, each a run of Kiwi morphemes) are taken leftwards from the bracket
until a word that ends a clause or a phrase (its last morpheme is a particle, an ending or a
verb, or it ends in punctuation): `대표 기업으로는 밍양(Mingyang)` stops at `기업으로는`. Then
leading words that only describe (`대표`, `새로운`, common nouns the rendering does not account
for) are dropped: the name is the longest run of words that the rendering explains. Words that
say what the name is rather than being part of it (`일간`, `걸그룹`, `서울 소재`, `국책연구기관`) are
told apart in `boundary_ko_words.py`.
"""
from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from ...nlp.lexicon import DESCRIPTORS, PLACES, TERM_ACRONYMS, TITLES, TRANSLATIONS, org_endings
from ...nlp.names import KINDS_OF_BODY, NOT_IN_NAME_TAGS, PERSON_TITLES, PLACE_TIME_NOUNS, title_follows
from ...nlp.places import is_country, is_place
from ...nlp.words import Word, doc_text, ends_phrase, in_timex, tokens_in, words_before
from .boundary_common import CONNECTORS as _CONNECTORS
from .boundary_common import MAX_NAME_WORDS
from .boundary_common import renders_a_person as _personal_name
from .boundary_ko_words import EXPLAINED, before_a_name, kind_of_body_before, takes_complement
from .boundary_ko_words import morphemes as _morphemes
from .boundary_ko_words import noun_parts as _noun_parts
from .brackets import is_acronym as _is_acronym
from .similarity import romanise, sounds_like, spells_letters, translation_hits, transliteration_score, word_rendered


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
        if re.fullmatch(r"[=|:：→/]+", w.text):
            break   # a byline's or a label's mark (`김민지 기자 = 바이오의약품 …(CDMO)`, `주관 : …`): no name runs through it
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
                or w.text in TIMES_OF_DAY or (_is_acronym(rendering) and _person_before(doc, w, taken[-1].start)) \
                or before_a_name(w.text, taken, rendering) or kind_of_body_before(w, taken, rendering):
            break
        taken.append(w)
    while len(taken) > 1 and takes_complement(taken[-1]):
        taken.pop()   # a postposition verb without its complement (`기초한 …` for `조건에 기초한 …`) opens no name
    taken.reverse()  # left to right
    if _is_acronym(rendering) and len(taken) > 1 and re.search(r"[AEIOUY]", rendering[1:]) \
            and not spells_letters(taken[-1].text, rendering) and transliteration_score(taken[-1].text, rendering) >= 0.75:
        taken = taken[-1:]   # a word written in capitals that the last word sounds out (`현대차 넥쏘(NEXO)`)
    if _is_acronym(rendering) and len(taken) > 1 and spells_letters(taken[-1].text, rendering):
        taken = taken[-1:]   # the last word reads out the acronym's letters, all of it (`해운사 에이치엠엠(HMM)`)
    if _is_acronym(rendering):
        taken = _acronym_words(doc, taken, rendering)
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
    if re.fullmatch(r"[\u4e00-\u9fff]+", rendering):
        taken = _as_long_as_han(words, taken, len(rendering))
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


def _as_long_as_han(words: list[Word], taken: list[Word], han: int) -> list[Word]:
    """The name's words for a rendering of `han` Han characters. Korean reads a character as one
    syllable (`고(故)`, `대미(對美)`), a Chinese or Japanese name's sounds in at most two
    (`후쿠시마(福島)`): words past twice as many syllables are no part of what it renders, and a word
    dropped before (a country) is put back while the syllables are fewer than the characters
    (`한국 정부(韓國政府)`, 韓國 read 한국)."""
    taken = list(taken)
    while len(taken) > 1 and _syllables(taken) > 2 * han:
        taken.pop(0)
    at = next((k for k, w in enumerate(words) if w.start == taken[0].start), len(words))
    while at + 1 < len(words) and _syllables(taken) + len(words[at + 1].text) <= han \
            and re.fullmatch(r"[가-힣]+", words[at + 1].text) and not ends_phrase(words[at + 1]):
        at += 1
        taken.insert(0, words[at])
    return taken


def _syllables(words: list[Word]) -> int:
    return sum(len(re.findall(r"[가-힣]", w.text)) for w in words)


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


def _acronym_words(doc: Doc, taken: list[Word], acronym: str) -> list[Word]:
    """The words of a Korean name an acronym renders (`글로벌 프라이버시 총회(GPA)`, `필리핀
    경쟁위원회(PCC)`, `제15차 … 당사국총회(COP15)`). An acronym does not spell Korean words, so the
    count decides: a name has no more words than its acronym has letters, a leading ordinal
    (`제25차`) belongs to it only when the acronym carries a number, and a leading country only
    when the acronym has its letter; descriptors (`주요`, `기업`) never."""
    letters = len(re.findall(r"[A-Z]|\d+", acronym)) or len(acronym)
    letters += sum(w.text == "및" for w in taken)   # (`및` inside a name stands for no letter)
    keep = taken[-letters:] if letters < len(taken) else list(taken)
    if any(takes_complement(w) for w in taken[1:]):
        # a postposition verb's complement is part of the name however many words it has
        # (`이동성 야생종 보호에 관한 협약`: an acronym of a title leaves words out)
        keep = list(taken)
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
                and not _initial_in_acronym(first, acronym) and not any(_same_sound(romanise(first)[:1], letter)
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
        elif len(keep) > 1 and _org_word_end(first) and not _one_at_the_end(doc, keep[0], acronym, keep[1:]):
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


def _one_at_the_end(doc: Doc, first: Word, acronym: str, rest: list[Word]) -> bool:
    """A foreign name that only ends like a body's word, its `원` the English `One` (`포뮬러원
    매니지먼트(FOM)`): the analyser reads that `원` as a morpheme of its own (a body's `연구원`,
    `진흥원` is one), the name starts with the acronym's first sound, and the words after it have
    fewer nouns than the acronym has letters, so the acronym spells it too."""
    toks = tokens_in(doc, first.start, first.end)
    letters = len(re.findall(r"[A-Z]|\d+", acronym)) or len(acronym)
    return len(toks) > 1 and toks[-1].text == "원" and _same_sound(romanise(first.text)[:1], acronym[:1]) \
        and _noun_parts(rest) < letters


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


def _spoils_transliteration(doc: Doc, taken: list[Word], rendering: str) -> bool:
    """The first word is not in the rendering while the rest transliterates it well
    (`선주사 아틀라스 마리타임(Atlas Maritime)`): it describes the name."""
    if word_rendered(taken[0].text, rendering) >= EXPLAINED:
        return False
    end = taken[-1].end
    whole = sounds_like(doc_text(doc)[taken[0].start:end], rendering)
    best_rest = max(sounds_like(doc_text(doc)[w.start:end], rendering) for w in taken[1:])
    return best_rest >= 0.6 and best_rest >= whole + 0.1


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
    folded = "".join(c for c in unicodedata.normalize("NFKD", rendering) if not unicodedata.combining(c))
    words = re.findall(r"[A-Za-z][A-Za-z’']*", folded)   # (`L’viv` is one word; `São` reads as `Sao`)
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
