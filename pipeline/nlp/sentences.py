"""Sentence boundaries for press text: after sentence-final punctuation and at every line break.

A dateline or headline stands on its own line, and releases put one paragraph per line, so a line
break always ends a sentence. Within a line, `.`, `!`, `?` and `。！？` end one when the next
token starts a new word (so `2.5` or `Co.,` do not).
"""
from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "。", "！", "？", "…"}
# Abbreviations after which an English full stop does not end the sentence.
ABBREVIATIONS = {"co", "corp", "inc", "ltd", "mr", "ms", "mrs", "dr", "no", "vs", "jan", "feb", "mar",
                 "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "u.s", "e.g", "i.e"}


def split_sentences(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    doc[0].is_sent_start = True
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            tok.is_sent_start = False   # whitespace belongs to the sentence before it
        elif "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif prev.text and prev.text[-1] in FINAL and (prev.whitespace_ or tok.is_space or not tok.is_ascii
                                                       or prev.text[-1] not in ".!?"):
            # `Dr. Lim`, `Corvane Robotics, Inc. said`: an abbreviation's full stop, whether the
            # tokenizer keeps it on the word (`Inc.`) or splits it off (`Inc` `.`).
            if prev.text == ".":
                before = doc[i - 2].text.lower() if i >= 2 else ""
            else:
                before = prev.text[:-1].lower() if prev.text.endswith(".") else ""
            tok.is_sent_start = before not in ABBREVIATIONS and not tok.text[:1].islower()
        else:
            tok.is_sent_start = False
    return doc


@Language.component("presspipe_sentences")
def presspipe_sentences(doc: Doc) -> Doc:
    return split_sentences(doc)
