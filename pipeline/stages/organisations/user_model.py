"""Organisation mentions from a trained spaCy pipeline the user has installed (`--ner-model`).

The pipeline is loaded once per process by name or path and runs on the document text with its
own tokenizer; its entities labelled as organisations become candidates with source `model:NAME`,
merged with the rule-based ones like any other evidence.
"""
from __future__ import annotations

import functools

import spacy
from spacy.tokens import Doc

from .find import Candidate

ORG_LABELS = {"ORG", "OG", "ORGANIZATION", "ORGANISATION"}


class ModelError(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load_user_model(name: str):
    try:
        return spacy.load(name)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the spaCy pipeline {name!r}: {exc}; install it (pip) or give the path of a "
                         "saved pipeline folder") from exc


def model_candidates(doc: Doc, name: str) -> list[Candidate]:
    nlp = load_user_model(name)
    ents = nlp(doc.text).ents
    return [Candidate(e.start_char, e.end_char, "company", f"model:{name.rstrip('/').rsplit('/', 1)[-1]}")
            for e in ents if e.label_.upper() in ORG_LABELS and e.text.strip()]
