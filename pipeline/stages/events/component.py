"""The `presspipe_events` stage.

Reads: sentences, tokens (Kiwi lemmas for Korean), `doc._.timexes` (with the `bounds` the dates
stage gave them), `doc._.orgs`, `doc._.dateline`, `doc._.anchor`.
Writes: `doc._.events` (type, trigger, date, participants with roles, sentence, confidence,
status) and `doc.spans["event_triggers"]`.
"""
from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401
from ..spans import set_span_group
from .find import find_events


class EventsStage:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        events = find_events(doc)
        doc._.events = events
        set_span_group(doc, "event_triggers", [(e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in events])
        return doc


@Language.factory("presspipe_events")
def make_events(nlp: Language, name: str) -> EventsStage:
    return EventsStage(nlp, name)
