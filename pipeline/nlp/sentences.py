"""Sentence boundaries for press text: after sentence-final punctuation and at every line break.

A dateline or headline stands on its own line, and releases put one paragraph per line, so a line
break always ends a sentence. Within a line, `.`, `!`, `?` and `。！？` end one when the next
token starts a new word (so `2.5` or `Co.,` do not).
"""
from collections.abc import Callable

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "。", "！", "？", "…"}
# Abbreviations after which an English full stop does not end the sentence.
ABBREVIATIONS = {"co", "corp", "inc", "ltd", "mr", "ms", "mrs", "dr", "prof", "no", "vs", "jan", "feb", "mar",
                 "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "u.s", "e.g", "i.e",
                 "n.v", "b.v", "s.a", "plc", "bros", "jr", "sr", "u.k", "etc", "approx", "gov", "sen", "rep",
                 "dept"}


def split_sentences(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    starts = [1] + [-1] * (len(doc) - 1)
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            continue   # whitespace belongs to the sentence before it
        if "\n" in prev.text or "\n" in prev.whitespace_:
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
    # One array write instead of a property write per token (each of which checks the Doc).
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


@Language.factory("presspipe_sentences")
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The sentence stage: `split_sentences`. Found by name through the `spacy_factories` entry
    point, so `nlp.add_pipe("presspipe_sentences")` works in a fresh process."""
    return split_sentences
