"""Check a run folder: every line against its model, every span against its document's text.

Reports each violation with file and line number, so a broken run can be found and fixed.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

from pydantic import ValidationError

from .. import records as R


@dataclass
class Violation:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def not_a_run(folder: str) -> str:
    """What a folder that holds none of a run's files holds instead."""
    entries = sorted(e for e in os.listdir(folder) if not e.startswith("."))
    runs = [e + "/" for e in entries if os.path.isfile(os.path.join(folder, e, "manifest.json"))]
    files = [e for e in entries if os.path.isfile(os.path.join(folder, e))]
    folders = [e + "/" for e in entries if os.path.isdir(os.path.join(folder, e))]
    said = f"not a presspipe run: none of a run's files ({', '.join(R.RECORD_FILES)}) is here"

    def some(names: list[str]) -> str:
        return ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")

    if runs:
        return f"{said}; the runs inside it are {some(runs)}: validate one of them"
    if not entries:
        return f"{said}; the folder is empty"
    found = [f"{len(files)} file(s): {some(files)}" if files else "", f"{len(folders)} folder(s): {some(folders)}"
             if folders else ""]
    return f"{said}; it holds {'; '.join(f for f in found if f)}. Give the -o folder of `presspipe run`"


def _spans(rec: R.Record):
    """(label, TextSpan-like) pairs of a record whose text must equal the document slice."""
    if isinstance(rec, R.Timex):
        yield "span", rec
    elif isinstance(rec, R.Alias):
        yield "name", rec.name
        yield "alias", rec.alias
    elif isinstance(rec, R.Term):
        yield "term", rec.term
        yield "rendering", rec.rendering
    elif isinstance(rec, R.Organisation):
        for i, m in enumerate(rec.mentions):
            yield f"mentions[{i}]", m
    elif isinstance(rec, R.Event):
        yield "trigger", rec.trigger
        yield "sentence", rec.sentence
    elif isinstance(rec, R.Document) and rec.dateline:
        yield "dateline", rec.dateline


def validate_run(outdir: str) -> list[Violation]:
    found: list[Violation] = []
    texts: dict[str, str] = {}
    ids: dict[str, set[str]] = {}
    if not os.path.isdir(outdir):
        return [Violation(outdir, 0, "not a folder")]
    if not any(os.path.exists(os.path.join(outdir, name)) for name in R.RECORD_FILES):
        return [Violation(outdir, 0, not_a_run(outdir))]
    for name, model in R.RECORD_FILES.items():
        path = os.path.join(outdir, name)
        if not os.path.exists(path):
            found.append(Violation(name, 0, "missing file"))
            continue
        seen: set[str] = set()
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    found.append(Violation(name, n, "empty line"))
                    continue
                try:
                    rec = model.model_validate_json(line)
                except ValidationError as exc:
                    for err in exc.errors():
                        loc = ".".join(str(x) for x in err["loc"]) or "(record)"
                        found.append(Violation(name, n, f"{loc}: {err['msg']}"))
                    continue
                if rec.id in seen:
                    found.append(Violation(name, n, f"duplicate id {rec.id}"))
                seen.add(rec.id)
                if isinstance(rec, R.Document):
                    texts[rec.id] = rec.text
                    if rec.sha256 != hashlib.sha256(rec.text.encode("utf-8")).hexdigest():
                        found.append(Violation(name, n, "sha256 does not match text"))
                    if rec.dateline and rec.dateline.date:
                        _check_date(rec.dateline.date, name, n, found)
                elif getattr(rec, "doc_id", None) is not None and rec.doc_id not in texts:
                    found.append(Violation(name, n, f"doc_id {rec.doc_id} is not in documents.jsonl"))
                    continue
                text = texts.get(rec.id if isinstance(rec, R.Document) else rec.doc_id, "")
                for label, span in _spans(rec):
                    if not (0 <= span.start <= span.end <= len(text)):
                        found.append(Violation(name, n, f"{label}: offsets {span.start}..{span.end} outside the text"))
                    elif text[span.start:span.end] != span.text:
                        found.append(Violation(name, n, f"{label}: text[{span.start}:{span.end}] is "
                                               f"{text[span.start:span.end]!r}, not {span.text!r}"))
        ids[name] = seen
    _check_links(outdir, ids, found)
    mpath = os.path.join(outdir, "manifest.json")
    if not os.path.exists(mpath):
        found.append(Violation("manifest.json", 0, "missing file"))
    else:
        try:
            R.Manifest.model_validate_json(open(mpath, encoding="utf-8").read())
        except ValidationError as exc:
            found.extend(Violation("manifest.json", 0, f"{'.'.join(map(str, e['loc']))}: {e['msg']}") for e in exc.errors())
    return found


def _check_date(value: str, name: str, n: int, found: list[Violation]) -> None:
    import datetime as dt
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        found.append(Violation(name, n, f"dateline.date {value!r} is not an ISO date"))


def _check_links(outdir: str, ids: dict[str, set[str]], found: list[Violation]) -> None:
    """Events must point at timexes and organisations that exist."""
    path = os.path.join(outdir, "events.jsonl")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                continue
            tid = (ev.get("date") or {}).get("timex_id")
            if tid and tid not in ids.get("timexes.jsonl", set()):
                found.append(Violation("events.jsonl", n, f"date.timex_id {tid} is not in timexes.jsonl"))
            for p in ev.get("participants") or []:
                if p.get("org_id") and p["org_id"] not in ids.get("organisations.jsonl", set()):
                    found.append(Violation("events.jsonl", n, f"participant org_id {p['org_id']} is not in organisations.jsonl"))
