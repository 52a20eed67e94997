"""A run folder read for a page: documents in their order, every other record by document."""
from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ...records import RECORD_FILES

KINDS = tuple(name.removesuffix(".jsonl") for name in RECORD_FILES if name != "documents.jsonl")


def read_jsonl(path: str) -> list[dict]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class Run:
    path: str
    documents: list[dict]
    records: dict[str, dict[str, list[dict]]] = field(default_factory=dict)  # kind -> doc_id -> records
    errors: list[dict] = field(default_factory=list)
    manifest: dict | None = None

    def of(self, kind: str, doc_id: str) -> list[dict]:
        return self.records.get(kind, {}).get(doc_id, [])

    @property
    def texts(self) -> dict[str, str]:
        return {d["id"]: d["text"] for d in self.documents}


def load(outdir: str) -> Run:
    """The run in `outdir`; a folder without `documents.jsonl` is no run."""
    if not os.path.exists(os.path.join(outdir, "documents.jsonl")):
        raise ValueError(f"{outdir} is not a run folder (no documents.jsonl); make one with `presspipe run`")
    run = Run(outdir, read_jsonl(os.path.join(outdir, "documents.jsonl")))
    for kind in KINDS:
        grouped: defaultdict[Any, list[dict]] = defaultdict(list)
        for r in read_jsonl(os.path.join(outdir, kind + ".jsonl")):
            grouped[r.get("doc_id")].append(r)
        run.records[kind] = dict(grouped)
    run.errors = read_jsonl(os.path.join(outdir, "errors.jsonl"))
    mpath = os.path.join(outdir, "manifest.json")
    if os.path.exists(mpath):
        with open(mpath, encoding="utf-8") as f:
            run.manifest = json.load(f)
    return run
