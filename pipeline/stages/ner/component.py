"""The `presspipe_ner` stage: entity spans from a shipped trained model (one per language).

Reads: the Doc's tokens (Korean: Kiwi tokens and `token.tag_`, so the pipeline's tokenizer must
be `presspipe.KiwiTokenizer.v1`, as in `pipeline.nlp.build.blank("ko")`; English: spaCy's
tokens; Chinese: the text, which the model folds to Simplified and cuts itself).
Writes: `doc.spans["ner"]`, labelled OG, DT, PS, LC, QT, TI by the Korean model and ORG, PERSON,
LOC by the English and Chinese ones, whose ORG spans are cleaned of titles, acronyms, places
and headline words first (`clean.py`; a span of the Chinese model that does not fall on the
Doc's tokens is left out); nothing else (no `doc.ents`, no tensor). Later stages (organisations, aliases, dates)
read the group beside their rules.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ...nlp.words import doc_text
from ..spans import set_span_group
from .clean import clean_spans
from .model import BATCH_SIZE, DEFAULT_MODEL, SHIPPED_MODELS, load_ner, ner_spans_batch

SPAN_GROUP = "ner"


class NerStage:
    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.model = model
        load_ner(model)  # load now, once per process, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            for doc, found in zip(batch, ner_spans_batch(batch, self.model, batch_size)):
                if doc.lang_ == "zh":
                    # The Chinese model cuts the Simplified fold itself; where its span does not
                    # fall on this Doc's tokens (jieba cuts Traditional text otherwise), widening
                    # it would take in the next word (`發展局` -> `發展局積極`): it is left out.
                    found = [s for s in found if doc.char_span(s[0], s[1]) is not None]
                set_span_group(doc, SPAN_GROUP, clean_spans(doc_text(doc), doc.lang_, found))
                yield doc


@Language.factory("presspipe_ner", default_config={"model": None})
def make_ner(nlp: Language, name: str, model: str | None) -> NerStage:
    """`model`: a model folder name under pipeline/models (`SHIPPED_MODELS` per language), or a
    path to a trained model; None (the default): the shipped model of the pipeline's language."""
    return NerStage(nlp, name, model or SHIPPED_MODELS.get(nlp.lang or "", DEFAULT_MODEL))
