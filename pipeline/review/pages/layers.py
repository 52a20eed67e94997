"""Which stretches of text each kind of record marks, and in which colour: displaCy's palette
(spacy/displacy/render.py's DEFAULT_LABEL_COLORS) where it has the label."""
from __future__ import annotations

COLORS = {
    "ORG": "#7aecec",       # displaCy ORG
    "NAME": "#f0d0ff",      # displaCy WORK_OF_ART
    "ALIAS": "#c887fb",     # displaCy NORP
    "DATE": "#bfe1d9",      # displaCy DATE
    "TIME": "#bfe1d9",      # displaCy TIME
    "DURATION": "#e4e7d2",  # displaCy QUANTITY
    "SET": "#e4e7d2",
    "EVENT": "#ffeb80",     # displaCy EVENT
    "TERM": "#9cc9cc",      # displaCy FAC
}
# What each layer means, for the legends.
MEANING = {
    "ORG": "organisation mention", "NAME": "name of an alias pair", "ALIAS": "its alias",
    "DATE": "date (normalised value)", "DURATION": "duration or set", "EVENT": "event trigger (type, date)",
    "TERM": "term and its rendering",
}


def spans(kind: str, rec: dict) -> list[tuple[int, int, str]]:
    """(start, end, layer) of every stretch a record marks; `kind` is its file's name without
    `.jsonl`. Documents and errors mark nothing."""
    if kind == "organisations":
        return [(m["start"], m["end"], "ORG") for m in rec.get("mentions", [])]
    if kind == "aliases":
        return [(rec["name"]["start"], rec["name"]["end"], "NAME"), (rec["alias"]["start"], rec["alias"]["end"], "ALIAS")]
    if kind == "terms":
        return [(rec["term"]["start"], rec["term"]["end"], "TERM"), (rec["rendering"]["start"], rec["rendering"]["end"], "TERM")]
    if kind == "timexes":
        return [(rec["start"], rec["end"], rec.get("type", "DATE"))]
    if kind == "events":
        return [(rec["trigger"]["start"], rec["trigger"]["end"], "EVENT")]
    return []
