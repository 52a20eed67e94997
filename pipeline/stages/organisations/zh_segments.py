"""What the segmenter's words say at a place in Chinese text, for the organisation finders.

The Chinese finders (`zh.py`, `zh_local.py`) read names over jieba's words with their parts of
speech (`nlp.zh_words.pos_words`: the sorted starts, and each word as (start, end, text, part of
speech) on the Simplified fold). Here are the questions they ask of those words (which word holds a
character, whether it is a verb, a common noun, a place) and the word lists that say which words
may stand in a name: the words a name read leftwards stops at, the trade verbs it goes on over,
and the generic words that make no name before an organisation word.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from ...nlp.lexicon import ZH_NAME_VERBS, word_tuple
from ...nlp.places import is_place
from ...nlp.script import fold_han
from ...nlp.zh_words import name_word

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Names that are only a generic word plus an organisation word.
GENERIC_HEADS: tuple[str, ...] = word_tuple(DATA / "zh_generic_heads.txt")   # tried in order
BREAKS: tuple[str, ...] = word_tuple(DATA / "zh_name_breaks.txt")
TRADE_VERBS: tuple[str, ...] = word_tuple(DATA / "zh_trade_verbs.txt")
# Words for a trade or an industry (`铁路`, `保险`): only they before a company's word make no name.
INDUSTRIES: frozenset[str] = frozenset(word_tuple(DATA / "zh_industries.txt"))
_INDUSTRY_LONGEST = max(map(len, INDUSTRIES))


def industries_only(head: str) -> bool:
    """`head` (folded) is one or more words for a trade and nothing else (`铁路`, `零售连锁`)."""
    i = 0
    while i < len(head):
        n = next((n for n in range(min(_INDUSTRY_LONGEST, len(head) - i), 1, -1) if head[i:i + n] in INDUSTRIES), 0)
        if not n:
            return False
        i += n
    return bool(head)


# A character that may stand in a name (Han, Latin letters, digits, `·`, `&`).
HAN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&]")
# The last characters of a place's name (`台南市`, `熊本县`, `七股乡`).
PLACE_ENDS = ("市", "县", "省", "国", "州", "区", "镇", "乡", "村")


# A country's parts by the compass, which open names of bodies that serve them (南部科学园区管理局).
_REGIONS = frozenset({"东部", "南部", "西部", "北部", "中部"})


def in_name(word) -> bool:
    """A segmenter's word (start, end, text, part of speech) that may stand inside a name: a noun,
    a trade's verb (`租赁`), a verb a body's name holds (`就业` of `就业服务处`, lexicon.ZH_NAME_VERBS), or a
    part of the country the segmenter tags as a locality (`中部` + `科学园区管理局`)."""
    return name_word(word[2], word[3]) or word[2] in TRADE_VERBS or fold_han(word[2]) in _REGIONS \
        or fold_han(word[2]) in ZH_NAME_VERBS


def word_holding(words, at: int):
    """The segmenter's word (start, end, text, part of speech) that starts at or last before `at`."""
    starts, ws = words
    k = bisect.bisect_right(starts, at) - 1
    return ws[k] if k >= 0 else None


def words_from(words, start: int, end: int) -> list:
    """The segmenter's words (start, end, text, part of speech) that start in `[start, end)`."""
    starts, ws = words
    return ws[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def word_of_one(words, at: int) -> bool:
    """The segmenter reads the character at `at` as a word of its own."""
    w = word_holding(words, at)
    return w is not None and w[0] == at and w[1] == at + 1


def verb_from(words, at: int) -> bool:
    """The character at `at` lies in a verb of two characters or more that the segmenter reads
    as starting at or after the name before it ends (`签署`, `部署`)."""
    w = word_holding(words, at)
    return w is not None and w[1] > at and w[1] - w[0] >= 2 and w[3].startswith("v")


def inside_a_verb(words, at: int) -> bool:
    """The character at `at` lies in a verb of two characters or more."""
    w = word_holding(words, at)
    return w is not None and w[1] - w[0] >= 2 and w[3].startswith("v")


def starts_a_noun(words, at: int, before: int | None = None) -> bool:
    """The segmenter reads the character at `at` as the first of a common or place noun of two
    or more characters (`经` of `经济部`), ending by `before` where given: a one-character break
    word there is no break, a one-character generic word no generic head."""
    w = word_holding(words, at)
    return w is not None and w[0] == at and w[1] - w[0] >= 2 \
        and (w[3] in ("n", "nt", "ns", "nz", "l") or is_place(w[2])) and (before is None or w[1] <= before)


def inside_a_word(words, at: int, end: int) -> bool:
    """The segmenter reads `text[at:end]` as part of a longer word (`和` of `中华人民共和国`, `经` of
    `北京经济技术开发区`): it breaks no name there."""
    w = word_holding(words, at)
    return w is not None and end <= w[1] and (w[0], w[1]) != (at, end) \
        and (w[3] in ("ns", "nt", "nz", "n", "l")     # a name or a noun; `获` of `荣获` still breaks
             or (w[3].startswith("nr") and len(w[2]) >= 3 and fold_han(w[2]).endswith(PLACE_ENDS)))
    # (a place the segmenter tags as a person's name: `熊本县`, whose `本县` is no `this county`)


def words_between(words, start: int, end: int):
    """The segmenter's words that overlap `text[start:end]`, in order."""
    starts, ws = words
    k = max(bisect.bisect_right(starts, start) - 1, 0)
    for w in ws[k:]:
        if w[0] >= end:
            break
        if w[1] > start:
            yield w


def common_words_only(words, start: int, end: int) -> bool:
    """Every word the segmenter reads between `start` and `end` is a common word of two or more
    characters (`状况`, `相关`): no proper noun, place, abbreviation or unknown name among them."""
    inside = list(words_between(words, start, end))
    return bool(inside) and all(len(w[2]) >= 2 and w[3] in ("n", "vn", "v", "a", "d", "l") and not is_place(w[2])
                                for w in inside)


def places_only(words, start: int, end: int) -> bool:
    """Every word of `text[start:end]` names a place, or is an attribute the segmenter gives
    a town's name (`新营`/b): no common noun (`数位文化中心` is a body)."""
    inside = list(words_between(words, start, end))
    return all(is_place(w[2]) or w[3] in ("ns", "b") or fold_han(w[2]).endswith(PLACE_ENDS) for w in inside) \
        and (bool(inside) or start == end)
