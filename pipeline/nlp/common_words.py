"""Common English and Korean words: whether a run of Latin words is made only of words that
general English text uses often (`Lift Capsule`, `One Health`, `Working Group`) or holds a name
of its own (`Evondos`, `Swecare`, `Santiago Network`), and whether a Korean word is one Korean
text uses often (`자동차`, `의료`) or a coined name (`딩브로`, `가온텍`).

The words are wordfreq's small English and Korean lists (about 29,000 and 30,000 words, 5 and 3
MB as sets, each read once per process on first use; wordfreq's code Apache-2.0, its data CC
BY-SA 4.0, installed, not shipped). A word is common from a Zipf frequency of 3 (once per million
words). Frequent proper nouns count as common too (`Apple`, `Tesla`, `삼성`): callers use this
only where a name must show more than frequent words, and places and countries are never common
in English here, since they name something.
"""
from __future__ import annotations

import functools
import re

from .places import is_country, is_place

# Zipf 3: once in a million words of general text
MIN_FREQUENCY = 1e-6  # (the bound _MAX_BUCKET reads the list by)
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"})


# wordfreq stores a list as "cBpack": a header, then the words in buckets by frequency in
# centibels (bucket i holds the words of frequency 10 ** (-i / 100)), gzipped msgpack. It is read
# here directly: importing wordfreq's own reader brings its text-cleaning dependencies (ftfy,
# langcodes, regex: about 25 MB in every batch worker) for a list that takes 5 MB.
_MAX_BUCKET = 600   # 10 ** (-600 / 100) = MIN_FREQUENCY


@functools.lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return _read_list("en")


@functools.lru_cache(maxsize=1)
def _common_korean() -> frozenset[str]:
    return _read_list("ko")


def _read_list(lang: str) -> frozenset[str]:
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("wordfreq is not installed: pip install 'wordfreq>=3.1' (a presspipe dependency)")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / f"small_{lang}.msgpack.gz"
    with gzip.open(path, "rb") as f:
        data = msgpack.load(f, raw=False)
    if not data or data[0] != {"format": "cB", "version": 1}:
        raise RuntimeError(f"{path}: not a wordfreq cBpack list of version 1")
    return frozenset(w for i, bucket in enumerate(data[1:]) if i <= _MAX_BUCKET for w in bucket)


def is_common_word(word: str) -> bool:
    """`capsule`, `Health`: a common English word (case aside); not a place or a country."""
    return word.lower() in _common() and not is_place(word) and not is_country(word)


def only_common_words(text: str) -> bool:
    """Every word of `text` (function words aside) is a common English word, and `text` is not
    written in capitals (`AI SAFETY`, `SLUSH`) nor with capitals inside a word (`MoMo`): those
    are written as names are."""
    if not text or not re.search(r"[a-z]", text):
        return False
    if re.search(r"[a-z][A-Z]", text):
        return False   # capitals inside a word are a name's (`MoMo`, `HealthCare`)
    # (a word with letters English does not write is no common English word: `Musée` was read as
    # `Mus`, leaving `Musée du Louvre` all common)
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in _FUNCTION_WORDS]
    return bool(words) and all(w.isascii() and is_common_word(w) for w in words)


@functools.lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The lower-case entries of Webster's Second International (1934, public domain: the `web2`
    list the english-words package installs), where only proper nouns are capitalised; only those
    the common list holds (or holds in the plural), the words this module is asked about (15,804 of
    210,768: a few MB kept per process rather than about 30)."""
    import importlib.util
    import pickle
    from pathlib import Path

    spec = importlib.util.find_spec("english_words")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("english-words is not installed: pip install 'english-words>=2.0.2' (a presspipe dependency)")
    with open(Path(list(spec.submodule_search_locations)[0]) / "data" / "web2.pickle", "rb") as f:
        words = pickle.load(f)   # (a set of str, from the installed package)
    common = _common()
    return frozenset(w for w in words if w.islower() and (w in common or w + "s" in common or w + "es" in common
                                                           or (w.endswith("y") and w[:-1] + "ies" in common)))


def is_dictionary_word(word: str) -> bool:
    """`labor`, `Solutions`, `Pentagon`: a common word (`is_common_word`'s list) a dictionary lists in
    lower case (a plural by its singular). `Google`, `Hamas`, `Walmart` are frequent in text but no
    dictionary word: names; a rare word is no common dictionary word either."""
    w = word.lower()
    words = _dictionary()
    return w in words or any(w.endswith(end) and w[: len(w) - len(end)] + add in words
                             for end, add in (("ies", "y"), ("es", ""), ("s", "")))


def holds_a_coined_word(text: str) -> bool:
    """Some word of `text` (function words aside) is frequent in text but in no dictionary: a
    name coined for a body or a brand (`Hamas`, `Google`), which frequency alone takes for a
    common word."""
    return any(w.isascii() and is_common_word(w) and not is_dictionary_word(w)
               for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in _FUNCTION_WORDS)


def is_common_korean_word(word: str) -> bool:
    """`자동차`, `철강`, `의료`: a word Korean text uses often (wordfreq's small Korean list, about
    30,000 words, from a Zipf frequency of 3); a coined name (`딩브로`, `가온텍`) is not one."""
    return word in _common_korean()

