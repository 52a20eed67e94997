"""Helpers every stage uses to put its findings into `doc.spans` as well as `doc._`."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def token_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The smallest token span covering characters start..end (the record keeps exact offsets)."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def set_span_group(doc: Doc, group: str, items: list[tuple[int, int, str]]) -> None:
    spans = [s for s in (token_span(doc, a, b, label) for a, b, label in items) if s is not None]
    doc.spans[group] = spans
