"""The `presspipe_dateline` stage.

Reads: `doc.text`, `doc.lang_`.
Writes: `doc._.dateline` ({location, date, agency, text, start, end} or None), and, when the
dateline has a date, `doc._.anchor` (that date) and `doc._.anchor_source` ("dateline"); else
the anchor the caller set (the date given with the input, or the run's anchor) stays.
"""
from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401  (declares doc._ attributes)
from ...nlp.words import doc_text
from .parse import find_dateline


class DatelineStage:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lang: str = nlp.lang or ""   # spaCy types it Optional; a pipeline has one

    def __call__(self, doc: Doc) -> Doc:
        found = find_dateline(doc_text(doc), self.lang)
        doc._.dateline = found
        if found and found["date"]:
            doc._.anchor, doc._.anchor_source = found["date"], "dateline"
        return doc


@Language.factory("presspipe_dateline")
def make_dateline(nlp: Language, name: str) -> DatelineStage:
    return DatelineStage(nlp, name)
