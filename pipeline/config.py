"""Options of a run that change what the pipeline extracts (and so belong in the manifest)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class PipelineOptions:
    prefer: str = "nearest"          # direction for dates the text leaves open: past, future, nearest
    gazetteer: str | None = None     # a user file of organisation names (one per line, or TSV)
    ner_model: str | None = None     # an installed spaCy pipeline (name or path) whose ORG entities are added
    use_model: bool = True           # run the shipped entity model of the language (ko, en, zh) beside the rules
    model_policy: str = "rules_first"  # where rules and model disagree on a span: rules_first, model_first
    anchor: str | None = None        # ISO date for documents that give none (no input date, no dateline)

    def __post_init__(self) -> None:
        if self.anchor is not None and not is_iso_date(self.anchor):
            raise ValueError(f"anchor {self.anchor!r} is not an ISO date (YYYY-MM-DD, e.g. 2025-03-04)")

    def as_dict(self) -> dict:
        return asdict(self)


def is_iso_date(text: str) -> bool:
    """`text` is a calendar date written YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
