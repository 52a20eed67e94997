"""Records to table rows: which record field lands in which column, and with what type.

One function per record type; each returns the row's columns in table order. Spans become
`*_start`/`*_end` columns (`start`/`end` are SQL words), TIMEX3 values keep their text and gain
a `date` where they name a whole day, and nested lists stay JSON.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from .. import records as R

FULL_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T|$)")


def full_date(value: str | None) -> str | None:
    """The ISO day a TIMEX3 value names (`2025-02-20`, `2025-02-20T15:30`), else None (`2025-02`,
    `2025-W08`, `P3Y`, ranges)."""
    m = FULL_DATE.match(value or "")
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def as_json(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    elif isinstance(value, list):
        value = [v.model_dump(mode="json") if hasattr(v, "model_dump") else v for v in value]
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def document_row(d: R.Document, run_id: str) -> dict:
    dl = d.dateline
    return {
        "id": d.id, "run_id": run_id, "source": d.source, "lang": d.lang, "title": d.title,
        "release_date": (dl.date if dl and dl.date else None) or full_date(d.anchor), "anchor": d.anchor,
        "anchor_source": d.anchor_source,
        "dateline_date": dl.date if dl else None, "dateline_location": dl.location if dl else None,
        "dateline_agency": dl.agency if dl else None, "dateline": as_json(dl), "sha256": d.sha256,
        "input_path": d.input.path, "input_line": d.input.line, "format": d.format, "encoding": d.encoding,
        "text": d.text,
    }


def timex_row(t: R.Timex) -> dict:
    rng = t.range
    return {
        "id": t.id, "doc_id": t.doc_id, "text": t.text, "start_char": t.start, "end_char": t.end, "type": t.type,
        "value": t.value, "date": full_date(t.value), "grain": t.grain,
        "range_start": rng.start if rng else None, "range_end": rng.end if rng else None,
        "range_start_date": full_date(rng.start) if rng else None, "range_end_date": full_date(rng.end) if rng else None,
        "anchor": t.anchor, "mod": t.mod, "relative": t.relative, "in_name": t.in_name,
    }


def organisation_row(o: R.Organisation) -> dict:
    return {
        "id": o.id, "doc_id": o.doc_id, "org_key": o.org_key, "name": o.name, "lang": o.lang,
        "english_name": o.english_name, "korean_name": o.korean_name, "chinese_name": o.chinese_name,
        "kind": o.kind, "aliases": as_json(o.aliases), "mentions": as_json(o.mentions), "sources": as_json(o.sources),
    }


def pair_row(rec: R.Alias | R.Term, first: str, second: str) -> dict:
    """An alias (name, alias) or a term (term, rendering): two language-tagged spans and a score."""
    row: dict[str, Any] = {"id": rec.id, "doc_id": rec.doc_id}
    for col in (first, second):
        span = getattr(rec, col)
        row.update({col: span.text, f"{col}_lang": span.lang, f"{col}_start": span.start, f"{col}_end": span.end})
    row.update({"relation": rec.relation, "score": rec.score})
    return row


def event_row(e: R.Event) -> dict:
    return {
        "id": e.id, "doc_id": e.doc_id, "type": e.type, "status": e.status, "date": full_date(e.date.value),
        "date_value": e.date.value, "date_grain": e.date.grain, "date_text": e.date.text, "timex_id": e.date.timex_id,
        "trigger_text": e.trigger.text, "trigger_lemma": e.trigger.lemma, "trigger_start": e.trigger.start,
        "trigger_end": e.trigger.end, "sentence": e.sentence.text, "sentence_start": e.sentence.start,
        "sentence_end": e.sentence.end, "confidence": e.confidence, "participants": as_json(e.participants),
    }


def participant_rows(e: R.Event) -> list[dict]:
    return [{"event_id": e.id, "position": i, "org_id": p.org_id, "name": p.name, "role": p.role}
            for i, p in enumerate(e.participants)]


def error_row(e: R.Error, run_id: str) -> dict:
    return {
        "id": e.id, "run_id": run_id, "source": e.source, "doc_id": e.doc_id, "stage": e.stage, "code": e.code,
        "message": e.message, "input_path": e.input.path if e.input else None,
        "input_line": e.input.line if e.input else None,
    }


def table_rows(name: str, rec: Any, run_id: str) -> list[tuple[str, dict]]:
    """(table, row) pairs for one record of the run file NAME (a record of that file's type),
    parents before children."""
    if name == "documents.jsonl":
        return [("documents", document_row(rec, run_id))]
    if name == "timexes.jsonl":
        return [("timexes", timex_row(rec))]
    if name == "organisations.jsonl":
        return [("document_organisations", organisation_row(rec))]
    if name == "aliases.jsonl":
        return [("aliases", pair_row(rec, "name", "alias"))]
    if name == "terms.jsonl":
        return [("terms", pair_row(rec, "term", "rendering"))]
    if name == "events.jsonl":
        return [("events", event_row(rec))] + [("event_participants", p) for p in participant_rows(rec)]
    if name == "errors.jsonl":
        return [("errors", error_row(rec, run_id))]
    raise ValueError(f"no table for {name}")


# Tables that hold records, in an order that respects their foreign keys.
RECORD_TABLES = ("documents", "timexes", "document_organisations", "aliases", "events", "event_participants",
                 "terms", "errors")


def run_row(run_id: str, manifest: dict, loaded_at: str) -> dict:
    return {
        "run_id": run_id, "tool": manifest["tool"], "version": manifest["version"],
        "schema_version": manifest["schema_version"], "options": as_json(manifest["options"]),
        "started": manifest["started"], "finished": manifest.get("finished"),
        "counts": as_json(manifest.get("counts")), "inputs": as_json(manifest.get("inputs")),
        "skipped": as_json(manifest.get("skipped")), "loaded_at": loaded_at,
    }


def run_id(manifest: dict) -> str:
    """A run's id from what is known when it starts (so `run --db` and a later `load` of the same
    folder agree): tool version, record schema, start time and options."""
    return R.stable_id("run", manifest["version"], manifest["schema_version"], manifest["started"],
                       json.dumps(manifest["options"], sort_keys=True, ensure_ascii=False))
