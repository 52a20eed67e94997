"""Traditional Chinese read with the same rules as Simplified: a fold, character for character.

Taiwanese and Hong Kong releases write `週`, `當`, `後`, `國`, `銀行`, `委員會`; the rule data of the
stages is written in Simplified characters. `fold_han(text)` returns a string of the same length
in which every Traditional character that has a one-character Simplified form is replaced by it
(OpenCC's `t2s` dictionary, applied per character so that no offset moves). Stages match their
rules on the fold and report spans of the original text.

`script_of(s)` says which script most of a string's letters are in (Hangul, Han, Latin).
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def _fold_char(c: str) -> str:
    s = _converter().convert(c)
    return s if len(s) == 1 else c


class _FoldTable(dict):
    """Code point -> the character it folds to (itself for all but Traditional Han characters),
    filled in as characters are first met: `str.translate` looks every character up in C, and a
    character it finds costs it far less than one it does not."""

    def __missing__(self, o: int) -> str:
        c = chr(o)
        f = _fold_char(c) if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" else c
        if len(self) < 1 << 17:           # (bounded, whatever the texts hold)
            self[o] = f
        return f


_FOLD = _FoldTable()


def fold_han(text: str) -> str:
    """`text` with Traditional Han characters folded to Simplified; same length, same offsets."""
    return text if text.isascii() else text.translate(_FOLD)


def script_of(s: str) -> str:
    """`hangul`, `han`, `latin` or `other`: the script most of `s`'s letters are in."""
    counts = {"hangul": 0, "han": 0, "latin": 0}
    for c in s:
        o = ord(c)
        if 0xAC00 <= o <= 0xD7A3:
            counts["hangul"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            counts["han"] += 1
        elif c.isascii() and c.isalpha():
            counts["latin"] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "other"
