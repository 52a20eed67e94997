"""The `presspipe_ner` stage: entity spans from the trained Korean model (KLUE labels).

Reads: the Doc's Kiwi tokens and `token.tag_` (so the pipeline's tokenizer must be
`presspipe.KiwiTokenizer.v1`, as in `pipeline.nlp.build.blank("ko")`).
Writes: `doc.spans["ner"]` labelled OG, DT, PS, LC, QT, TI; nothing else (no `doc.ents`, no
tensor). Later stages (organisations, dates) read the group beside their rules.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..spans import set_span_group
from .model import BATCH_SIZE, DEFAULT_MODEL, load_ko_ner, ner_spans_batch

SPAN_GROUP = "ner"


class NerStage:
    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.model = model
        load_ko_ner(model)  # load now, once per process, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            for doc, found in zip(batch, ner_spans_batch(batch, self.model, batch_size)):
                set_span_group(doc, SPAN_GROUP, found)
                yield doc


@Language.factory("presspipe_ner", default_config={"model": DEFAULT_MODEL})
def make_ner(nlp: Language, name: str, model: str) -> NerStage:
    """`model`: a model folder name under pipeline/models, or a path to a trained model."""
    return NerStage(nlp, name, model)
