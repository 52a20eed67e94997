"""Words of Korean text as Kiwi sees them: space-separated runs of morphemes with their tags.

Korean names end where a particle, an ending or a verb begins; the stages that look for names
(aliases, organisations, events) walk these words leftwards from a point and stop at one that
closes a phrase.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .layout import is_mark

_STOP_TAG = re.compile(r"^(J|E|VV|VA|VX|VC|XSV|XSA|SF|SP|SS|SE|SO)")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    tags: tuple[str, ...]


def words_before(doc: Doc, pos: int, limit: int = 12) -> list[Word]:
    """Space-separated words ending at or before character `pos`, nearest first."""
    words: list[Word] = []
    text = doc_text(doc)
    toks = tokens_before(doc, pos, limit * 8)
    cur: list = []
    for t in reversed(toks):
        if cur and (t.whitespace_ or t.idx + len(t.text) != cur[0].idx):
            words.append(_word(doc, cur))
            cur = []
            if len(words) >= limit:
                break
        if "\n" in text[t.idx + len(t.text):(cur[0].idx if cur else pos)] or is_mark(t.text):
            break   # a line break or a layout mark (`□`, `△`, `“`) ends every name before it
        cur.insert(0, t)
    if cur and len(words) < limit:
        words.append(_word(doc, cur))
    return words


def _word(doc: Doc, toks: list) -> Word:
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Word(s, e, doc_text(doc)[s:e], tuple(t.tag_ for t in toks))


def ends_phrase(word: Word) -> bool:
    """True when a word cannot sit inside a name: it closes with a particle, ending, verb or
    mark, or it is a number with a counter (`1988년`, `3개`)."""
    last = word.tags[-1].split("+")[-1] if word.tags else ""
    if bool(_STOP_TAG.match(last)) or word.text[-1] in ",.;:!?\"'“”‘’「」":
        return True
    # Kiwi may tag a particle after a symbol or Latin letters as a noun (`보험㈜은`, `SK는`).
    if len(word.tags) >= 2 and word.tags[-2].split("+")[-1] in ("SW", "SL", "SN", "SH") and \
            re.search(r"[^가-힣](?:은|는|이|가|을|를|와|과|의|에|도|로|으로|에서|에게)$", word.text):
        return True
    return len(word.tags) >= 2 and word.tags[0] == "SN" and word.tags[1].startswith("NNB")




# ---------------------------------------------------------------- fast access for the stages
# `Doc.text` is rebuilt from the tokens at every access, and scanning every token to find those
# in a stretch of text is linear in the document: both made the stages quadratic. These cache the
# text and the token start offsets on the Doc once and look tokens up by bisection.

# Where `doc_text` keeps the text; a tokenizer that has the text at hand may put it there.
TEXT_KEY = "presspipe.text"


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


def _starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("presspipe.starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["presspipe.starts"] = doc.to_array(IDX).tolist()   # not a Token per token
    return starts


def tokens_in(doc: Doc, start: int, end: int) -> list:
    """Tokens that begin at or after `start` and before `end`."""
    starts = _starts(doc)
    i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [doc[k] for k in range(i, j)]


def tokens_before(doc: Doc, pos: int, limit: int) -> list:
    """Up to `limit` non-space tokens that end at or before `pos`, nearest last."""
    starts = _starts(doc)
    k = bisect.bisect_left(starts, pos) - 1
    out: list[Token] = []
    while k >= 0 and len(out) < limit:
        t = doc[k]
        if t.idx + len(t.text) <= pos and not t.is_space:
            out.append(t)
        k -= 1
    out.reverse()
    return out


def token_at(doc: Doc, start: int):
    """The token that begins exactly at `start`, or None."""
    starts = _starts(doc)
    i = bisect.bisect_left(starts, start)
    return doc[i] if i < len(starts) and starts[i] == start else None


def in_timex(doc: Doc, pos: int) -> bool:
    """Character `pos` is inside a temporal expression the dates stage found (`doc._.timexes`)."""
    return any(t["start"] <= pos < t["end"] for t in doc._.timexes or [])


def letters_in_order(short: str, long_: str) -> bool:
    """Every character of `short` appears in `long_`, in order (`中小新创署` of `中小及新创企业署`,
    `마리텔` of `마이 리틀 텔레비전`): a contraction may be made so."""
    rest = iter(long_)
    return all(ch in rest for ch in short)
