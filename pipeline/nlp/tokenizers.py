"""Tokenizers: Kiwi morphemes as spaCy tokens for Korean; Chinese uses spaCy's own with jieba,
which reads Traditional text folded to Simplified (`FoldedSegmenter`).

Kiwi's morphemes are finer than spaCy's space-split tokens, so a name glued to its particle
(`밍양과`) splits into `밍양` + `과` and every name boundary falls on a token boundary.
Three things make the morphemes safe as spaCy words (see shared/design/kiwi-spacy-notes.md):
- morphemes that share surface characters (`해` = 하 + 어) merge into one token, tags joined
  with `+`, so that `doc.text == text` always holds;
- zero-length morphemes (a dropped copula) fold their tag into the token before them;
- whatever Kiwi skips (runs of spaces, line breaks, odd symbols) becomes spaCy whitespace or a
  token of its own, so nothing in the text is lost.
Kiwi loads once per process (`get_kiwi`), never per document. Its analysis also marks where each
sentence starts (`sent_position`); the tokenizer keeps those offsets on the Doc
(`doc.user_data[SENTENCE_STARTS]`) for the sentence stage, which would otherwise run the whole
analysis again (`split_into_sents` is `tokenize(split_sents=True)` grouped by that mark).
"""
from __future__ import annotations

import functools
import threading
import warnings
from collections.abc import Iterable

import spacy
from spacy.tokens import Doc
from spacy.util import DummyTokenizer

from .script import fold_han
from .words import TEXT_KEY

_KIWI_LOCK = threading.Lock()
# Where the tokenizer leaves the character offsets at which Kiwi starts a sentence inside a line
# (each line's first sentence left out: a line break starts one anyway); `nlp/sentences.py` reads it.
SENTENCE_STARTS = "presspipe.kiwi_sentence_starts"
# Kiwi's threads, read when it loads: None, one per core (the lines of a text are analysed side
# by side); 0, Kiwi's single-threaded mode, which starts no thread at all, for a process that
# loads Kiwi and then forks (batch/preload.py): a forked child has no thread but the forking one.
KIWI_THREADS: int | None = None


def get_kiwi():
    """The process's one Kiwi. `load_multi_dict=False` loads in about 1 s and 330 MB instead of
    3 s and 520 MB, and avoids multi-word dictionary entries with a space inside."""
    return _kiwi()[0]


@functools.cache
def _kiwi():
    """(the Kiwi, whether it has threads)."""
    from kiwipiepy import Kiwi
    with _KIWI_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)   # num_workers=0 changed meaning in Kiwi 0.21
        return Kiwi(num_workers=KIWI_THREADS, load_multi_dict=False), KIWI_THREADS != 0


def kiwi_lines(method: str, lines: list[str]) -> Iterable:
    """Kiwi's `tokenize` or `split_into_sents` of each of LINES, as they come: all in one call,
    over Kiwi's threads, or one line a call when it has none (its single-threaded mode takes no
    list)."""
    kiwi, threaded = _kiwi()
    call = getattr(kiwi, method)
    if not lines:
        return ()
    return call(lines) if threaded else (call(line) for line in lines)


def kiwi_pieces(text: str, sentence_starts: list[int] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, tag, lemma) per token of `text`: non-empty, sorted, non-overlapping.

    Lines are tokenised one by one: Kiwi is slower on one very long string, and its sentence
    splitter would otherwise merge a dateline into the first sentence. With `sentence_starts`,
    the offset of every sentence Kiwi starts within a line after the line's first is appended to
    it: the starts of `kiwi.split_into_sents(line)[1:]`, read off the same analysis.
    """
    line_starts, lines = nonempty_lines(text)
    pieces: list[list] = []
    for offset, tokens in zip(line_starts, kiwi_lines("tokenize", lines)):
        if sentence_starts is not None and tokens:
            sentence = tokens[0].sent_position
            for tok in tokens:
                if tok.sent_position != sentence:
                    sentence = tok.sent_position
                    sentence_starts.append(offset + tok.start)
        for tok in tokens:
            start = offset + tok.start
            end = start + tok.len
            lemma = tok.lemma if tok.tag.startswith(("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA")) else tok.form
            if pieces and start < pieces[-1][1]:
                # Overlaps the token before: one surface, several morphemes.
                last = pieces[-1]
                last[1] = max(last[1], end)
                last[2] += "+" + tok.tag
                last[3] += "+" + lemma
            elif end == start:
                if pieces:
                    pieces[-1][2] += "+" + tok.tag
                    pieces[-1][3] += "+" + lemma
            else:
                pieces.append([start, end, tok.tag, lemma])
    return [tuple(p) for p in pieces]


def words_from_pieces(text: str, pieces: list[tuple[int, int, str, str]]):
    """spaCy words, spaces, tags and lemmas that cover `text` exactly."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    lemmas: list[str] = []

    def add_gap(gap: str) -> None:
        # A single space after a word is that word's trailing space; any other gap is kept as a
        # token: whitespace runs become spaCy whitespace tokens, anything else a symbol token.
        if not gap:
            return
        if gap[0] == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            tags.append("_SP" if gap.isspace() else "SW")
            lemmas.append(gap)

    pos = 0
    for start, end, tag, lemma in pieces:
        add_gap(text[pos:start])
        words.append(text[start:end])
        spaces.append(False)
        tags.append(tag)
        lemmas.append(lemma)
        pos = end
    add_gap(text[pos:])
    return words, spaces, tags, lemmas


class KiwiTokenizer(DummyTokenizer):
    """Korean tokenizer for spaCy on Kiwi: `token.tag_` is Kiwi's tag, `token.lemma_` its lemma."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        sentence_starts: list[int] = []
        words, spaces, tags, lemmas = words_from_pieces(text, kiwi_pieces(text, sentence_starts))
        if not words:
            return Doc(self.vocab, words=[], spaces=[])
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas)
        doc.user_data[SENTENCE_STARTS] = sentence_starts
        doc.user_data[TEXT_KEY] = text   # the words and spaces are `text` cut up: `doc.text == text`
        return doc


@spacy.registry.tokenizers("presspipe.KiwiTokenizer.v1")
def create_kiwi_tokenizer():
    def make(nlp):
        return KiwiTokenizer(nlp.vocab)
    return make


def nonempty_lines(text: str) -> tuple[list[int], list[str]]:
    """(offsets, lines) of the lines of `text` that hold more than white space."""
    offsets, lines = [], []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            offsets.append(pos)
            lines.append(line)
        pos += len(line) + 1
    return offsets, lines


class FoldedSegmenter:
    """jieba for spaCy's Chinese tokenizer, reading Traditional characters as Simplified: its
    dictionary and statistics are Simplified, so `並委託勤業眾信聯合會計師事務所` falls apart
    (`並委` + `託`, `聯合會` + `計師`) where `并委托勤业众信联合会计师事务所` does not. The text is
    folded (`fold_han`: one character for one, offsets kept), cut, and each word is taken from the
    text as written. Simplified text cuts as before."""

    def __init__(self, segmenter) -> None:
        self.segmenter = segmenter

    def cut(self, text: str, cut_all: bool = False) -> Iterable[str]:
        at = 0
        for word in self.segmenter.cut(fold_han(text), cut_all=cut_all):
            yield text[at:at + len(word)]
            at += len(word)
