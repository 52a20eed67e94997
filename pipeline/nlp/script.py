"""Traditional Chinese read with the same rules as Simplified: a fold, character for character.

Taiwanese and Hong Kong releases write `週`, `當`, `後`, `國`, `銀行`, `委員會`; the rule data of the
stages is written in Simplified characters. `fold_han(text)` returns a string of the same length
in which every Traditional character that has a one-character Simplified form is replaced by it
(OpenCC's `t2s` dictionary, applied per character so that no offset moves). Stages match their
rules on the fold and report spans of the original text.
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


def fold_han(text: str) -> str:
    """`text` with Traditional Han characters folded to Simplified; same length, same offsets."""
    chars = {c for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"}
    table = {ord(c): f for c in chars if (f := _fold_char(c)) != c}
    return text.translate(table) if table else text
