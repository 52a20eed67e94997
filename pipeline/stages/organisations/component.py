"""The `presspipe_organisations` stage.

Reads: `doc.text`, tokens (Kiwi tags for Korean), `doc._.aliases`, `doc._.short_names`, `doc._.timexes`, and, with
`ner_model`, the ORG entities of a spaCy pipeline the user has installed; `doc.spans["ner"]`
(the shipped Korean model's OG spans) under `model_policy`.
Writes: `doc._.orgs` (one dict per organisation: name, names per script, kind, org_key,
mentions, sources) and `doc.spans["orgs"]` (every mention, labelled ORG).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401
from ...nlp.layout import trim_span
from ...nlp.words import doc_text
from ..spans import set_span_group
from .exclude import exclude
from .find import find_candidates, korean_listed_with, merge
from .gazetteer import load_gazetteer
from .policy import POLICIES, apply_model_spans
from .user_model import model_candidates


class OrganisationsStage:
    def __init__(self, nlp: Language, name: str, gazetteer: str | None, ner_model: str | None, model_policy: str):
        if model_policy not in POLICIES:
            raise ValueError(f"model_policy must be one of {', '.join(POLICIES)}, not {model_policy!r}")
        self.name = name
        self.gazetteer = load_gazetteer(gazetteer)
        self.ner_model = ner_model
        self.model_policy = model_policy

    def __call__(self, doc: Doc) -> Doc:
        cands = find_candidates(doc, (doc._.aliases or []) + (doc._.short_names or []), self.gazetteer)
        if "ner" in doc.spans:
            cands = apply_model_spans(doc, cands, self.model_policy)
        if doc.lang_ == "ko":
            cands += korean_listed_with(doc, cands)
        if self.ner_model:
            cands += model_candidates(doc, self.ner_model)
        text = doc_text(doc)
        for c in cands:   # a name never begins or ends with a bullet, a quote or a separator
            nl = text.rfind("\n", c.start, c.end)
            if nl >= 0:
                c.start = nl + 1   # nor runs over a line break: the name is the line its end is on
            c.start, c.end = trim_span(text, c.start, c.end)
        cands = exclude(doc, [c for c in cands if c.end > c.start])
        orgs = merge(doc, cands, self.gazetteer)
        doc._.orgs = orgs
        set_span_group(doc, "orgs", [(m["start"], m["end"], "ORG") for o in orgs for m in o["mentions"]])
        return doc


@Language.factory("presspipe_organisations",
                  default_config={"gazetteer": None, "ner_model": None, "model_policy": "rules_first"})
def make_organisations(nlp: Language, name: str, gazetteer: str | None, ner_model: str | None,
                       model_policy: str) -> OrganisationsStage:
    return OrganisationsStage(nlp, name, gazetteer, ner_model, model_policy)
