"""spaCy pipelines per language, built once per process.

`nlp.pipe_names` tells the whole story: the tokenizer (Kiwi for Korean, spaCy's English rules,
spaCy's Chinese tokenizer with jieba), then sentences, the language's trained entity model
(`presspipe_ner`, unless `use_model` is off), dateline, dates, aliases, organisations, events. Aliases run before organisations because bracketed name pairs are the strongest evidence
that a stretch of text is an organisation's name.
"""
from __future__ import annotations

import dataclasses
import functools
import logging
from typing import cast

import spacy
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language

from ..config import PipelineOptions
from ..stages.ner.model import SHIPPED_MODELS

# Imported for what importing does: declare the Doc attributes, register presspipe_sentences and
# the Kiwi tokenizer.
from . import extensions, sentences, tokenizers  # noqa: F401

STAGES = ("presspipe_dateline", "presspipe_dates", "presspipe_aliases", "presspipe_organisations",
          "presspipe_events")


def blank(lang: str) -> Language:
    """A tokenizer-only pipeline for `lang`."""
    if lang == "ko":
        return spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "presspipe.KiwiTokenizer.v1"}}})
    if lang == "zh":
        import jieba
        jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not the user's business
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        # jieba's dictionary is Simplified: it segments Traditional text (Taiwan's releases) badly
        # (`並委` + `託`, `官員及`); it reads the text folded to Simplified, same length, and the
        # tokens are cut from the text as written (`委託`, `官員`, `及`)
        tokenizer = cast(ChineseTokenizer, nlp.tokenizer)
        tokenizer.jieba_seg = tokenizers.FoldedSegmenter(tokenizer.jieba_seg)
        return nlp
    return spacy.blank("en")


def get_nlp(lang: str, options: PipelineOptions = PipelineOptions()) -> Language:
    """The full pipeline for `lang` with `options`, made once per process and then reused."""
    # the run's anchor is set on each Doc (api.process), not in the pipeline: one pipeline serves all
    return _build(lang, dataclasses.replace(options, anchor=None))


def clear_pipelines() -> None:
    """Forget the pipelines made so far: the next `get_nlp` builds anew (for benchmarks that swap
    a stage's function)."""
    _build.cache_clear()


@functools.cache
def _build(lang: str, options: PipelineOptions) -> Language:
    _import_stages()
    nlp = blank(lang)
    nlp.add_pipe("presspipe_sentences")
    if options.use_model and lang in SHIPPED_MODELS:
        from ..stages.ner import component as _ner  # noqa: F401
        nlp.add_pipe("presspipe_ner", config={"model": SHIPPED_MODELS[lang]})
    nlp.add_pipe("presspipe_dateline")
    nlp.add_pipe("presspipe_dates", config={"prefer": options.prefer})
    nlp.add_pipe("presspipe_aliases")
    nlp.add_pipe("presspipe_organisations", config={"gazetteer": options.gazetteer, "ner_model": options.ner_model,
                                                    "model_policy": options.model_policy})
    nlp.add_pipe("presspipe_events")
    return nlp


def _import_stages() -> None:
    # Importing a stage's component module registers its factory with spaCy.
    from ..stages.aliases import component as _a  # noqa: F401
    from ..stages.dateline import component as _dl  # noqa: F401
    from ..stages.dates import component as _d  # noqa: F401
    from ..stages.events import component as _e  # noqa: F401
    from ..stages.organisations import component as _o  # noqa: F401
