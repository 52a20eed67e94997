"""Options of a run that change what the pipeline extracts (and so belong in the manifest)."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class PipelineOptions:
    prefer: str = "nearest"          # direction for dates the text leaves open: past, future, nearest
    gazetteer: str | None = None     # a user file of organisation names (one per line, or TSV)
    ner_model: str | None = None     # an installed spaCy pipeline (name or path) whose ORG entities are added
    use_model: bool = True           # run the shipped entity model of the language (ko, en, zh) beside the rules
    model_policy: str = "rules_first"  # where rules and model disagree on a span: rules_first, model_first

    def as_dict(self) -> dict:
        return asdict(self)
