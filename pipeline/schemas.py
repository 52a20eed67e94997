"""JSON Schema of every record, generated from the pydantic models (the one source of truth)."""
from __future__ import annotations

import json
import os

from .records import SCHEMA_MODELS, SCHEMA_VERSION


def schema_texts() -> dict[str, str]:
    out = {}
    for name, model in SCHEMA_MODELS.items():
        schema = model.model_json_schema()
        schema["$id"] = f"presspipe/{SCHEMA_VERSION}/{name}.json"
        out[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return out


def write_schemas(outdir: str) -> list[str]:
    os.makedirs(outdir, exist_ok=True)
    paths = []
    for fname, text in schema_texts().items():
        path = os.path.join(outdir, fname)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        paths.append(path)
    return paths
