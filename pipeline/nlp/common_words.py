"""Common English words: whether a run of Latin words is made only of words that general English
text uses often (`Lift Capsule`, `One Health`, `Working Group`) or holds a name of its own
(`Evondos`, `Swecare`, `Santiago Network`).

The frequencies are wordfreq's small English list (about 29,000 words, 4 MB, loaded once per
process on first use; code Apache-2.0, data CC BY-SA 4.0, see LICENSES/). A word is common from a
Zipf frequency of 3 (once per million words). Frequent proper nouns count as common too (`Apple`,
`Tesla`): callers use this only where a name must show more than frequent words, and places and
countries are never common here, since they name something.
"""
from __future__ import annotations

import functools
import re

from .places import is_country, is_place

# Zipf 3: once in a million words of general text
MIN_FREQUENCY = 1e-6
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"})


@functools.lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict
    return get_frequency_dict("en", "small")


def is_common_word(word: str) -> bool:
    """`capsule`, `Health`: a common English word (case aside); not a place or a country."""
    return _frequencies().get(word.lower(), 0.0) >= MIN_FREQUENCY and not is_place(word) and not is_country(word)


def only_common_words(text: str) -> bool:
    """Every word of `text` (function words aside) is a common English word, and `text` is not
    written in capitals (`AI SAFETY`, `SLUSH`) nor with capitals inside a word (`MoMo`): those
    are written as names are."""
    if not text or not re.search(r"[a-z]", text):
        return False
    if re.search(r"[a-z][A-Z]", text):
        return False   # capitals inside a word are a name's (`MoMo`, `HealthCare`)
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _FUNCTION_WORDS]
    return bool(words) and all(is_common_word(w) for w in words)
