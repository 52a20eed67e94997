"""How well one written form of a name renders another: transliteration, translation, acronym.

- `transliteration_score(hangul, latin)`: Hangul is romanised (Revised Romanization, through
  korean-romanizer), then both sides are reduced to a phonetic key that forgets what loanword
  spelling and Mandarin pinyin change (`eu` inserted between consonants, `r`/`l`, `f`/`p`,
  `c`/`k`, `v`/`b`, `ye`/`ie`/`e`), and compared by normalised edit similarity (rapidfuzz).
  `클라우드 어카운트` ~ `Cloudaccount`, `킬린소프트` ~ `Kylinsoft`, `톈진` ~ `Tianjin`.
- `translation_hits(words, latin)`: organisation words whose English rendering appears
  (`연구소` Institute, `그룹` Group).
- `acronym_score(acronym, words)`: the share of the acronym's letters that start the long
  form's words in order, after Schwartz & Hearst (2003): the first letter must start the first
  word, and letters are matched right to left to the nearest word start.
"""
from __future__ import annotations

import functools
import re

from korean_romanizer.romanizer import Romanizer
from rapidfuzz.distance import Levenshtein

from ...nlp.lexicon import TRANSLATIONS

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@functools.lru_cache(maxsize=4096)
def romanise(hangul: str) -> str:
    """Revised Romanization of the Hangul in `hangul`; other characters kept.

    korean-romanizer's sound-change rules fail on some rare pairs of syllables (a final ㅀ before
    certain onsets raises KeyError); such text is romanised one syllable at a time instead, which
    loses only the sound change between those two syllables.
    """
    try:
        return Romanizer(hangul).romanize()
    except (KeyError, IndexError, ValueError):
        return "".join(_romanise_alone(ch) for ch in hangul)


def _romanise_alone(ch: str) -> str:
    try:
        return Romanizer(ch).romanize()
    except (KeyError, IndexError, ValueError):
        return ch


# Rewrites applied in order to both sides, so that spellings of one sound meet.
_LATIN_KEYS = [
    (r"ph", "p"), (r"f", "p"), (r"v", "b"), (r"ck", "k"), (r"q", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"),
    (r"x", "ks"), (r"th", "t"), (r"z", "j"), (r"ts", "ch"), (r"dg", "j"), (r"sh", "sy"), (r"w", "u"),
    (r"y", "i"), (r"r", "l"), (r"ll", "l"), (r"([a-z])\1", r"\1"),
]
_HANGUL_KEYS = [
    (r"eu(?=[^aeiou]|$)", ""), (r"eu", ""), (r"eo", "o"), (r"ae", "e"), (r"ui", "i"), (r"ye", "ie"),
    (r"yu", "iu"), (r"yeo", "io"), (r"wi", "ui"), (r"rl", "l"), (r"r", "l"), (r"ll", "l"), (r"ss", "s"),
    (r"kk", "k"), (r"tt", "t"), (r"pp", "p"), (r"jj", "j"), (r"g", "k"), (r"d", "t"), (r"b", "p"), (r"w", "u"),
    (r"y", "i"), (r"([a-z])\1", r"\1"),
]
_VOICING = [(r"g", "k"), (r"d", "t"), (r"b", "p")]
_NOT_LETTER = re.compile(r"[^a-z]")


def _compiled(rules: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pat), rep) for pat, rep in rules]


# Compiled once: a release asks for thousands of keys, and `re.sub` with a pattern string looks
# the pattern up in re's cache every time.
_LATIN_RULES, _HANGUL_RULES, _VOICING_RULES = _compiled(_LATIN_KEYS), _compiled(_HANGUL_KEYS), _compiled(_VOICING)


def _apply(s: str, rules: list[tuple[re.Pattern, str]]) -> str:
    for pat, rep in rules:
        s = pat.sub(rep, s)
    return s


# The keys are pure functions of their string, and the same words come back in every release.
@functools.lru_cache(maxsize=8192)
def phonetic_key_latin(latin: str) -> str:
    s = _NOT_LETTER.sub("", latin.lower())
    return _apply(_apply(s, _LATIN_RULES), _VOICING_RULES)


@functools.lru_cache(maxsize=8192)
def phonetic_key_hangul(hangul: str) -> str:
    s = _NOT_LETTER.sub("", romanise(hangul).lower())
    return _apply(s, _HANGUL_RULES)


def transliteration_score(hangul: str, latin: str) -> float:
    """0..1: how closely `latin` spells the sound of `hangul` (1 = same phonetic key). Hangul
    that spells out letters (`디엠씨씨` for DMCC, `케이티` for KT) scores 1."""
    if spells_letters(hangul, latin):
        return 1.0
    a, b = phonetic_key_hangul(hangul), phonetic_key_latin(latin)
    if not a or not b:
        return 0.0
    return Levenshtein.normalized_similarity(a, b)


# How Korean writes the names of Latin letters.
LETTER_NAMES = {
    "a": ("에이",), "b": ("비",), "c": ("씨", "시"), "d": ("디",), "e": ("이",), "f": ("에프",), "g": ("지", "쥐"),
    "h": ("에이치", "에치"), "i": ("아이",), "j": ("제이",), "k": ("케이",), "l": ("엘",), "m": ("엠",), "n": ("엔",),
    "o": ("오",), "p": ("피",), "q": ("큐",), "r": ("알",), "s": ("에스",), "t": ("티",), "u": ("유",), "v": ("브이",),
    "w": ("더블유",), "x": ("엑스",), "y": ("와이",), "z": ("지", "제트"),
}


def spells_letters(hangul: str, latin: str) -> bool:
    """True when `hangul` is the letter names of `latin` read out (`디엠씨씨` = DMCC)."""
    letters = [c.lower() for c in latin if c.isalpha()]
    if not letters or len(letters) > 8 or not latin.replace(" ", "").isupper():
        return False
    rest = hangul.replace(" ", "")
    for ch in letters:
        name = next((n for n in LETTER_NAMES.get(ch, ()) if rest.startswith(n)), None)
        if name is None:
            return False
        rest = rest[len(name):]
    return rest == ""


def translation_hits(word: str, latin: str) -> bool:
    """True when `word` (Korean) has an English rendering that stands in `latin`."""
    low = latin.lower()
    return any(t in low for t in TRANSLATIONS.get(word, ()))


def word_explained(word: str, latin: str) -> float:
    """How well one Korean word of a name is accounted for by the Latin rendering, 0..1:
    it appears itself (Latin letters), is translated, or sounds like one of its words."""
    low = latin.lower()
    if not _HANGUL.search(word):
        return 1.0 if re.sub(r"\W", "", word.lower()) in re.sub(r"\W", "", low) else 0.0
    if translation_hits(word, latin):
        return 1.0
    best = 0.0
    latin_words = re.findall(r"[A-Za-z]+", latin)
    for i in range(len(latin_words)):
        for j in range(i + 1, min(len(latin_words), i + 3) + 1):
            best = max(best, transliteration_score(word, "".join(latin_words[i:j])))
    return best


def sounds_like(hangul: str, latin: str) -> float:
    """`transliteration_score`, also reading the Latin as Korean loanwords write it."""
    return max(transliteration_score(hangul, latin), _loanword_score(hangul, latin))


def word_rendered(word: str, latin: str) -> float:
    """`word_explained`, also reading the Latin as Korean loanwords write it (`헬스케어` for
    `HealthCare`): for the name's boundaries (the pair's score keeps `word_explained`)."""
    best = word_explained(word, latin)
    if best >= 1.0 or not _HANGUL.search(word):
        return best
    latin_words = re.findall(r"[A-Za-z]+", latin)
    for i in range(len(latin_words)):
        for j in range(i + 1, min(len(latin_words), i + 3) + 1):
            best = max(best, _loanword_score(word, "".join(latin_words[i:j])))
    return best


# How Korean loanwords write some English spellings, beside the key's general rewrites: `th` as ㅅ
# (health 헬스), an `r` that closes a syllable as 어 (care 케어, center 센터).
_LOANWORD = [(re.compile(r"th"), "s"), (re.compile(r"(?<=[aeiou])re?(?![aeiouy])"), "o")]


def _loanword_score(hangul: str, latin: str) -> float:
    low = latin.lower()
    for pat, rep in _LOANWORD:
        low = pat.sub(rep, low)
    a, b = phonetic_key_hangul(hangul), phonetic_key_latin(low)
    return Levenshtein.normalized_similarity(a, b) if a and b else 0.0


def acronym_score(acronym: str, long_form: str) -> float:
    """Share of the acronym's letters matched to word starts of `long_form`, in order."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    # (a name written in camel case has a word at each capital: InvestorBrandNetwork -> IBN)
    words = [p for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-]*", long_form) for p in _camel_parts(w)]
    if len(letters) < 2 or not words:
        return 0.0
    if words[0][0].lower() != letters[0]:
        return 0.0
    # Greedy right-to-left: each letter takes the nearest earlier word that starts with it.
    wi = len(words) - 1
    matched = 0
    for ch in reversed(letters):
        while wi >= 0 and words[wi][0].lower() != ch:
            wi -= 1
        if wi < 0:
            break
        matched += 1
        wi -= 1
    return matched / len(letters)


def parts_score(acronym: str, long_form: str) -> float:
    """An acronym of hyphenated parts, each a word's initial or a whole word of `long_form`
    (`K-BATTERY`: Korea Battery Industry Association), scored by the share of its letters so met,
    in order."""
    parts = [p for p in acronym.split("-") if p]
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", long_form)]
    if len(parts) < 2 or not words:
        return 0.0
    met, wi = 0, 0
    for part in parts:
        low = part.lower()
        k = next((j for j in range(wi, len(words)) if words[j] == low or (len(low) == 1 and words[j][0] == low)), None)
        if k is None:
            continue
        met += len(low)
        wi = k + 1
    return met / sum(len(p) for p in parts)


def capitals_score(short: str, long_form: str) -> float:
    """`acronym_score` of a short form by its capitals alone (`RoMeLa` as RML, `HDBank` as HDB)."""
    return acronym_score("".join(c for c in short if c.isupper()), long_form)


def _camel_parts(word: str) -> list[str]:
    """`InvestorBrandNetwork` -> Investor, Brand, Network; other words whole (`iPhone`, `KOTRA`)."""
    parts = re.findall(r"[A-Z][a-z0-9'\-]+", word)
    return parts if len(parts) >= 2 and "".join(parts) == word else [word]


def loose_acronym_score(acronym: str, long_form: str) -> float:
    """Share of the acronym's letters that start a word or a hyphenated part of `long_form`, in
    order, without requiring the first word to take the first letter (`KOTRA`: Korea
    Trade-Investment Promotion Agency, 3 of 5)."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    starts = [p[0].lower() for p in re.findall(r"[A-Za-z0-9]+", long_form)]
    if not letters or not starts:
        return 0.0
    i = matched = 0
    for ch in letters:
        j = i
        while j < len(starts) and starts[j] != ch:
            j += 1
        if j < len(starts):
            matched += 1
            i = j + 1
    return matched / len(letters)


def initials_overlap(acronym: str, long_form: str) -> float:
    """Share of the acronym's letters that are initials of the long form's capitalised words, in
    any order, each initial used once: an acronym of the name in its own language, whose words
    the English name orders and words differently (`Worldwide Olympic Partner (TOP)`, `Basque
    Nationalist Party (PNV)`, Partido Nacionalista Vasco)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    initials = [w[0].lower() for w in re.findall(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'\-]*", long_form) if w[0].isupper()]
    if not letters:
        return 0.0
    met = 0
    for ch in letters:
        if ch in initials:
            initials.remove(ch)
            met += 1
    return met / len(letters)


def schwartz_hearst_match(acronym: str, long_form: str) -> bool:
    """Schwartz & Hearst (2003): every letter of the acronym occurs in the long form, right to
    left, in order, and the first one starts a word (`SGX`: Singapore Exchange)."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    lf = long_form.lower()
    li = len(lf) - 1
    for k in range(len(letters) - 1, -1, -1):
        ch = letters[k]
        while li >= 0 and (lf[li] != ch or (k == 0 and li > 0 and lf[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return bool(letters)


# Latin combining forms that stand for a country's name in a portmanteau (`Sinopec`: China …).
_COMBINING_FORMS = {"sino": "china", "indo": "india", "euro": "europe", "afro": "africa", "anglo": "england"}


def portmanteau_match(short: str, long_form: str) -> bool:
    """A one-word short name made of the starts of two or more of the long form's words, in order,
    the first starting the first word (`Sinomach`: China National Machinery Industry Corporation,
    `Interpol`: International Criminal Police Organization). A combining form stands for its
    country (sino: China). Each part has two letters at least (the last may have one: `Sinopec`);
    words may be skipped."""
    s = short.lower()
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", long_form)]
    if not re.fullmatch(r"[a-z]{5,15}", s) or len(words) < 2:
        return False

    def split(i: int, wi: int, n: int) -> bool:
        if i == len(s):
            return n >= 2
        for w in range(wi, wi + 1 if n == 0 else len(words)):
            word = words[w]
            sizes = [k for k in range(len(word), 0, -1) if s.startswith(word[:k], i) and (k >= 2 or i + k == len(s))]
            sizes += [len(f) for f, c in _COMBINING_FORMS.items() if c == word and s.startswith(f, i)]
            if any(split(i + k, w + 1, n + 1) for k in sizes):
                return True
        return False

    return split(0, 0, 0)
