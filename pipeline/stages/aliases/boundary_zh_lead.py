"""Chinese words at the start of a rendered name: what leads into it, which the rendering does not
render, and what the run of nouns cut off, which it does.

- Words that lead into a name (`仅次于`, `取名为`, `到`, `至`: data/zh_lead_words.txt), a kind of
  place before a place's name the rendering leaves out (`首都巴黎（Paris）`: data/zh_place_kinds.txt),
  and a function word's character the segmenter glued to a transliterated name (`如` + `柏森`).
- A noun for a person's role, kin or profession (`女兒`, `成員`, `樂師`, `中校`, `考古學家`)
  before a transliterated name (`女兒莎莉娜（Selena Walker）`): the rendering spells the name's
  sounds, none of the noun's, so the name is the part after it. The segmenter says where a
  proper noun starts (a person's, or another it knows); the Mandarin reading
  (`han_reading.transliteration_score`) says that the words left out spell nothing of the
  rendering and that the name left spells it at least as well as the whole run did.
- A word the segmenter reads as no noun (`現代` t, `考察` v) that the rendering renders
  (`現代爵士四重奏（Modern Jazz Quartet）`: data/zh_rendered_words.tsv) is the name's, and the
  run of nouns goes on over it (`boundary_zh._over_rendered_words`).
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from ...nlp.lexicon import word_set, word_table
from ...nlp.script import fold_han, script_of
from ...nlp.zh_words import pos_words
from .brackets import is_acronym
from .han_reading import transliteration_score

# Words that lead into a name: data/zh_lead_words.txt.
ZH_LEAD_WORDS = frozenset(word_set(Path(__file__).with_name("data") / "zh_lead_words.txt"))

# Words for a kind of place written before a place's name (`城市`, `首都`, `小鎮`): data/zh_place_kinds.txt;
# and the English words that render such a kind, where the rendering keeps it.
ZH_PLACE_KINDS = frozenset(word_set(Path(__file__).with_name("data") / "zh_place_kinds.txt"))
_KIND_LATIN = re.compile(r"\b(?:City|Cities|Capital|Metropolis|Town|Township|Village|Hamlet|Port|Harbou?r|Island|Isle"
                         r"|River|Mountains?|Range|Lake)\b", re.I)

# A function word's character the segmenter may glue to the transliterated name after it.
_GLUED_LEAD = frozenset("如到至往于和与及同跟向对把被将让给从在")

# The segmenter's tags of words that say what a person or place is (a common noun, an abbreviation,
# an idiom, a locative, a verb or a function word), as against a proper noun's.
_ROLE_FLAGS = frozenset({"n", "j", "i", "l", "vn", "f", "v", "p", "c", "u", "d", "r", "q", "ng", "zg"})
# One character that ends what leads into a name: a preposition, a conjunction, a particle, a
# locative (`故事中`) or a pronoun (`他` + `和瑪麗`).
_ONE_CHARACTER_LEADS = frozenset({"p", "c", "u", "f", "r"})
# Tags of a proper noun the segmenter knows: a person's or another's. (No place's: the segmenter
# tags a place's kind so, `海峽` ns of `宗谷海峽`, and the word before it is the place's own.)
_PROPER_FLAGS = frozenset({"nr", "nrt", "nrfg", "nz"})
# English words opening a rendering that render a Chinese title or word before the name
# (`海軍上將尼米茲（Admiral Nimitz）`, `教宗方濟各（Pope Francis）`, `聖荷西（San Jose）`): the words before the
# name are rendered, whatever the segmenter makes of them (`聖荷` + `西市`).
_RENDERED_TITLE = re.compile(r"(?:Admiral|General|Colonel|Captain|Commander|Lieutenant|Major|Sergeant|Doctor|Dr"
                             r"|Pope|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Crown|Grand|President|Vice"
                             r"|Prime|Premier|Speaker|Governor|Mayor|Minister|Ambassador|Director|Secretary|Chair"
                             r"|Bishop|Cardinal|Archbishop|Reverend|Rev|Professor|Prof|Judge|Justice"
                             r"|Saint|St|Sainte|Ste|San|Santa|Santo|S[ãa]o|Sir|Lord|Lady|Dame|Father|Brother|Sister"
                             r"|Uncle|Aunt|Master|Mount|Lake|River|Cape|Fort|Port|New|Old|Great|Little|Upper|Lower"
                             r"|North|South|East|West|Central)\b\.?")
# A word for a point of the compass, which a place's rendering may render (`南卡羅來納`).
_DIRECTION = re.compile(r"[东南西北]")
# Below this reading score, words spell nothing of a rendering (`女兒` 0.2 against `Selena Walker`).
_SPELLS_NOTHING = 0.35


def lead_in_end(text: str, start: int, end: int, rendering: str) -> int:
    """Where the name in `text[start:end]` starts once the words that lead into it, or name a
    person's role before a transliterated name, are left out (`start` when none are)."""
    if script_of(rendering) != "latin" or is_acronym(rendering) or end - start < 3:
        return start
    starts, ws = pos_words(text)
    words = [w for w in ws[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if w[1] <= end]
    if not words or words[0][0] != start:
        return start   # (a word of the segmenter runs over the name's start: its reading is no guide)
    best = start
    head_score: float | None = None
    for i, (_s, e, word, flag) in enumerate(words[:-1]):
        if end - e < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            break   # (a middle dot or a hyphen: the words before it are a foreign name's part)
        if word in ZH_LEAD_WORDS or (word in ZH_PLACE_KINDS and not _KIND_LATIN.search(rendering)):
            best = e   # everything before a word that leads into the name goes with it
            continue
        if flag not in _ROLE_FLAGS or _DIRECTION.search(word) or _RENDERED_TITLE.match(rendering) \
                or (e - best == 1 and flag not in _ONE_CHARACTER_LEADS):
            continue   # (one character of another kind may be the name's first sound: `懷` + `恩斯坦`;
            # one that ends a longer noun is the noun's: `太空` + `人`)
        after = words[i + 1]
        if after[3] not in _PROPER_FLAGS and not (after[3] == "ns" and "·" in text[e:end]):
            continue   # (a foreign person's name with a middle dot whose first part reads as a place: `安東` ns)
        if head_score is None:
            head_score = transliteration_score(text[best:end], rendering)
        rest = transliteration_score(text[e:end], rendering)
        if transliteration_score(text[best:e], rendering) < _SPELLS_NOTHING and rest >= head_score:
            best, head_score = e, rest
    return _glued_lead(text, best, end, rendering)


def _glued_lead(text: str, start: int, end: int, rendering: str) -> int:
    """A function word's character that the segmenter glued to the transliterated name after it
    (`如柏森` read as one person's name, for `Orvar Bergson`; `和瑪麗` is even a word of its
    dictionary): no part of the name where the character spells nothing of the rendering and the
    rest spells it at least as well without it (`于大寶（Yu Da-bao）` keeps its surname)."""
    if end - start < 3 or fold_han(text[start]) not in _GLUED_LEAD:
        return start
    _, ws = pos_words(text)
    w = next((w for w in ws if w[0] == start), None)
    if w is None or w[1] - w[0] < 3 or not w[3].startswith("nr"):
        return start
    name = text[start:end]
    if transliteration_score(name[1:], rendering) >= transliteration_score(name, rendering) \
            and transliteration_score(name[:1], rendering) < _SPELLS_NOTHING:
        return start + 1
    return start


# Words the run of nouns stops at that a rendering may render: data/zh_rendered_words.tsv.
ZH_RENDERED_WORDS = word_table(Path(__file__).with_name("data") / "zh_rendered_words.tsv")


def rendered_word(word: str, rendering: str, name: str) -> bool:
    """`word` (Simplified), which stands before the name `name`, is one the rendering renders
    (`现代` for `Modern Jazz Quartet`) and no word of the name already does."""
    forms = ZH_RENDERED_WORDS.get(word)
    if not forms or script_of(rendering) != "latin":
        return False
    said = re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", re.I)
    return bool(said.search(rendering)) and not any(said.search(" ".join(ZH_RENDERED_WORDS.get(w, ())))
                                                    for w in ZH_RENDERED_WORDS if w in fold_han(name))
