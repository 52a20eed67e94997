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

import re

from spacy.tokens import Doc

from ...nlp.words import Word, ends_phrase, words_before

from .lexicon import DESCRIPTORS, TRANSLATIONS
from .similarity import acronym_score, word_explained

# Most words a name before a bracket may have; longer runs pick up clause text, not names.
MAX_NAME_WORDS = 8
# A leading common-noun word is kept when the rendering explains it at least this well.
EXPLAINED = 0.5

_CONTENT_TAGS = ("NNP", "NNG", "NNB", "SL", "SN", "SH", "XR", "XPN", "XSN", "SW", "NR", "MM")
_CONNECTORS = {"of", "and", "&", "for", "the", "de", "la", "du", "und", "on", "in"}
_ZH_STOP = set("的和与及在由为是将了对向从同跟以并等或被把让给着过也都就还又而其该此本")


def korean_name_before(doc: Doc, pos: int, rendering: str) -> tuple[int, int] | None:
    """(start, end) of the Korean name that `rendering` (Latin or Han) renders, or None."""
    words = words_before(doc, pos)
    if not words or doc.text[words[0].end:pos].strip():
        return None
    if ends_phrase(words[0]) and not words[0].text[-1].isalnum():
        return None
    taken: list[Word] = [words[0]]
    for w in words[1:MAX_NAME_WORDS]:
        # A word that looks like it closes a phrase may be a name Kiwi misread (`페이유에`
        # as 페이+유+에): kept when the rendering spells it.
        if ends_phrase(w) and not (w.text[-1].isalnum() and word_explained(w.text, rendering) >= 0.75):
            break
        taken.append(w)
    taken.reverse()  # left to right
    while len(taken) > 1 and _describes(taken[0], rendering):
        taken.pop(0)
    return taken[0].start, taken[-1].end


def _describes(word: Word, rendering: str) -> bool:
    """A leading word that describes the name rather than being part of it."""
    if word.text in DESCRIPTORS:
        return True
    if any(t.startswith("NNP") or t.startswith("SL") or t.startswith("SN") or t.startswith("SH") for t in word.tags):
        return False
    if word.text in TRANSLATIONS or any(word.text.endswith(k) and len(k) >= 2 for k in TRANSLATIONS):
        return word_explained(word.text, rendering) < EXPLAINED and word.text in DESCRIPTORS
    return word_explained(word.text, rendering) < EXPLAINED


def latin_name_before(doc: Doc, pos: int, rendering: str) -> tuple[int, int] | None:
    """(start, end) of a Latin-script name before the bracket: an acronym's long form, or the
    run of capitalised words (with connectors inside) that ends at the bracket."""
    text = doc.text
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9&'.\-]*", text[max(0, pos - 300):pos])]
    base = max(0, pos - 300)
    words = [(s + base, e + base) for s, e in words]
    if not words or text[words[-1][1]:pos].strip(" \t"):
        return None
    # Only words of the same line and clause as the bracket.
    cut = max(text.rfind(c, 0, pos) for c in ".,;:!?\n()（）")
    words = [w for w in words if w[0] > cut]
    if not words:
        return None
    from .brackets import is_acronym
    if is_acronym(rendering):
        n = len([c for c in rendering if c.isalnum()])
        for k in range(1, min(len(words), n + 5) + 1):
            s = words[-k][0]
            if acronym_score(rendering, text[s:pos]) == 1.0 and text[s].isupper():
                return s, words[-1][1]
        return None
    run: list[tuple[int, int]] = []
    for s, e in reversed(words):
        w = text[s:e]
        if w[0].isupper() or w[0].isdigit():
            run.insert(0, (s, e))
        elif w.lower() in _CONNECTORS and run:
            run.insert(0, (s, e))
        else:
            break
        if len(run) >= MAX_NAME_WORDS:
            break
    while run and text[run[0][0]:run[0][1]].lower() in _CONNECTORS:
        run.pop(0)
    if not run:
        return None
    return run[0][0], run[-1][1]


def chinese_name_before(doc: Doc, pos: int) -> tuple[int, int] | None:
    """(start, end) of the run of Han words before the bracket, back to punctuation or a
    function word (的, 与, 和 …)."""
    toks = [t for t in doc if t.idx + len(t.text) <= pos]
    start = None
    for t in reversed(toks):
        if t.idx + len(t.text) != (start if start is not None else pos) and start is None:
            return None
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", t.text) or t.text in _ZH_STOP or \
                (len(t.text) == 1 and t.text in _ZH_STOP):
            break
        if t.text[0] in _ZH_STOP and len(t.text) <= 2 and start is not None:
            break
        start = t.idx
    return (start, pos) if start is not None and start < pos else None
