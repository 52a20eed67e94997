"""Sentence boundaries for press text: at every line break, and within a line by Kiwi (Korean) or
by rules on sentence-final punctuation (English, Chinese).

A dateline or headline stands on its own line, and releases put one paragraph per line, so a line
break always ends a sentence. Within a line:

- Korean: Kiwi's own sentences (trained on Korean text), which end at a final ending with or
  without a full stop and not at a list number (`1. 추진배경`) or inside a dotted date
  (`’19.5.8.부터`), as the rules did. They are read off the analysis the Kiwi tokenizer already
  made (`tokenizers.SENTENCE_STARTS`: what `split_into_sents` returns, without analysing the
  lines a second time); a Doc made otherwise asks `split_into_sents`;
- English and Chinese: `.`, `!`, `?` and `。！？…` end one when the next token starts a new word
  (so `2.5` or `Co.,` do not), unless the full stop ends an abbreviation (`Inc.`, `Dr.`).

Measured against the rules on the 165 real releases' gold (benchmarks/sentences_bench.py): Kiwi
for Korean equal or better on every figure of tune and test; pySBD and spaCy's `senter` for
English lose an event participant on tune, so English keeps the rules.
"""
import re
from collections.abc import Callable

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "。", "！", "？", "…"}
# Abbreviations after which an English full stop does not end the sentence.
ABBREVIATIONS = {"co", "corp", "inc", "ltd", "mr", "ms", "mrs", "dr", "prof", "no", "vs", "jan", "feb", "mar",
                 "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "u.s", "e.g", "i.e",
                 "n.v", "b.v", "s.a", "plc", "bros", "jr", "sr", "u.k", "etc", "approx", "gov", "sen", "rep",
                 "dept", "pte", "pty", "bhd", "tbk", "sdn", "llc", "l.p", "s.p.a", "k.k", "p.l.c", "intl", "mfg"}
# Legal forms among them, after which a closed-class word that opens sentences starts a new one
# (`… acquired Harlow Gold Ltd. The transaction is expected …`): no name goes on so.
LEGAL_FORMS = {"co", "corp", "inc", "ltd", "n.v", "b.v", "s.a", "plc", "pte", "pty", "bhd", "tbk", "llc", "l.p",
               "s.p.a", "k.k", "p.l.c"}
SENTENCE_OPENERS = {"The", "This", "These", "That", "Those", "It", "Its", "In", "On", "At", "A", "An", "As", "We",
                    "Our", "They", "Their", "He", "She", "His", "Her", "Under", "According", "Following", "With",
                    "After", "Before", "During", "Since", "Upon", "Once", "Such", "Both", "Each", "All", "Together",
                    "Additionally", "Moreover", "However", "Further", "Furthermore", "Meanwhile", "Today", "Yesterday"}
_LINE_BREAK = re.compile("\n")


def split_sentences(doc: Doc) -> Doc:
    """Sentence starts on `doc`: Kiwi's within a Korean document's lines, the rules' elsewhere."""
    if len(doc) == 0:
        return doc
    return _write(doc, _kiwi_starts(doc) if doc.lang_ == "ko" else _rule_starts(doc))


def rule_split(doc: Doc) -> Doc:
    """The rules alone, in every language (what Korean had before Kiwi; the benchmark's baseline)."""
    return _write(doc, _rule_starts(doc)) if len(doc) else doc


def _write(doc: Doc, starts: list[int]) -> Doc:
    # One array write instead of a property write per token (each of which checks the Doc).
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _line_start(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_


def _kiwi_starts(doc: Doc) -> list[int]:
    """1 at the first token of each line and of each sentence Kiwi finds within a line, else -1.

    Computed on arrays, not Token objects (a Korean release has thousands of tokens): a token
    starts a line when a line break lies between its start and the previous token's (the text
    between two token starts is the previous token and its trailing space).
    """
    from .tokenizers import SENTENCE_STARTS
    from .words import doc_text
    text = doc_text(doc)
    cols = doc.to_array([IDX, IS_SPACE])
    idx, space = cols[:, 0], cols[:, 1].astype(bool)
    breaks = numpy.searchsorted(numpy.array([m.start() for m in _LINE_BREAK.finditer(text)], dtype=idx.dtype), idx)
    line_start = numpy.empty(len(doc), dtype=bool)
    line_start[0] = True
    line_start[1:] = breaks[1:] > breaks[:-1]
    starts = numpy.where(line_start & ~space, 1, -1)
    starts[0] = 1
    within = doc.user_data.get(SENTENCE_STARTS)
    if within is None:   # a Doc not made by the Kiwi tokenizer: ask Kiwi for its sentences
        within = _kiwi_sentence_starts(text)
    for pos in within:
        i = int(numpy.searchsorted(idx, pos))   # the token that starts there, or the next
        while i < len(doc) and space[i]:
            i += 1
        if 0 < i < len(doc):
            starts[i] = 1
    return starts.tolist()


def _kiwi_sentence_starts(text: str) -> list[int]:
    """Offsets at which Kiwi starts a sentence within a line, after each line's first."""
    from .tokenizers import kiwi_lines, nonempty_lines
    offsets, lines = nonempty_lines(text)
    return [offset + sent.start for offset, sents in zip(offsets, kiwi_lines("split_into_sents", lines))
            for sent in sents[1:]]


def _rule_starts(doc: Doc) -> list[int]:
    starts = [1] + [-1] * (len(doc) - 1)
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            continue   # whitespace belongs to the sentence before it
        if _line_start(doc, i):
            starts[i] = 1
        elif prev.text and prev.text[-1] in FINAL and (prev.whitespace_ or tok.is_space or not tok.is_ascii
                                                       or prev.text[-1] not in ".!?"):
            # `Dr. Lim`, `Corvane Robotics, Inc. said`: an abbreviation's full stop, whether the
            # tokenizer keeps it on the word (`Inc.`) or splits it off (`Inc` `.`).
            if prev.text == ".":
                before = doc[i - 2].text.lower() if i >= 2 else ""
            else:
                before = prev.text[:-1].lower() if prev.text.endswith(".") else ""
            # nor does a full stop before a bracket or a lower-case word: `N.V. (Euronext: KRG)`
            if before not in ABBREVIATIONS and not tok.text[:1].islower() and tok.text[:1] not in "(（":
                starts[i] = 1
            elif before in LEGAL_FORMS and tok.text in SENTENCE_OPENERS:
                starts[i] = 1   # a name that ends a sentence in its legal form (`… Harlow Gold Ltd. The deal …`)
    return starts


@Language.factory("presspipe_sentences")
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The sentence stage: `split_sentences`. Found by name through the `spacy_factories` entry
    point, so `nlp.add_pipe("presspipe_sentences")` works in a fresh process."""
    return split_sentences
