"""Compare two runs: records added, removed and changed per type, by id, with changed fields.

This is the regression check between versions: the same input under two versions of presspipe
should differ only where extraction changed on purpose.
"""
from __future__ import annotations

import json
import os

from .. import records as R


def _load(outdir: str, name: str) -> dict[str, dict]:
    path = os.path.join(outdir, name)
    out: dict[str, dict] = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec
    return out


def diff_runs(old: str, new: str) -> dict:
    """{type: {added: [...], removed: [...], changed: [{id, fields: {field: [old, new]}}]}}."""
    result = {}
    for name in R.RECORD_FILES:
        a, b = _load(old, name), _load(new, name)
        added = sorted(set(b) - set(a))
        removed = sorted(set(a) - set(b))
        changed = []
        for rid in sorted(set(a) & set(b)):
            if a[rid] != b[rid]:
                fields = {k: [a[rid].get(k), b[rid].get(k)] for k in sorted(set(a[rid]) | set(b[rid]))
                          if a[rid].get(k) != b[rid].get(k)}
                changed.append({"id": rid, "fields": fields})
        result[name.removesuffix(".jsonl")] = {
            "added": [_summary(b[i]) for i in added],
            "removed": [_summary(a[i]) for i in removed],
            "changed": changed,
        }
    return result


def _summary(rec: dict) -> dict:
    keep = {"id": rec["id"]}
    for k in ("source", "text", "name", "type", "value", "code"):
        if k in rec and not (k == "text" and "source" in rec):
            keep[k] = rec[k]
    if "alias" in rec:
        keep["pair"] = f"{rec['name']['text']} ({rec['alias']['text']})"
        keep.pop("name", None)
    return keep


def has_differences(d: dict) -> bool:
    return any(v["added"] or v["removed"] or v["changed"] for v in d.values())


def format_diff(d: dict) -> str:
    lines = []
    for kind, v in d.items():
        if not (v["added"] or v["removed"] or v["changed"]):
            continue
        lines.append(f"{kind}: +{len(v['added'])} -{len(v['removed'])} ~{len(v['changed'])}")
        for r in v["added"]:
            lines.append(f"  + {json.dumps(r, ensure_ascii=False)}")
        for r in v["removed"]:
            lines.append(f"  - {json.dumps(r, ensure_ascii=False)}")
        for c in v["changed"]:
            for field, (o, n) in c["fields"].items():
                lines.append(f"  ~ {c['id']} {field}: {_short(o)} -> {_short(n)}")
    return "\n".join(lines) if lines else "no differences"


def _short(v) -> str:
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 160 else s[:157] + "..."
