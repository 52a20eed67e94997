"""The user's gazetteer: organisations the user already knows, one per line.

Format: a name per line, optionally `<TAB>kind` (company, government, research, education, zone,
other). Lines starting with `#` are comments. UTF-8.
"""
from __future__ import annotations

import functools

KINDS = {"company", "government", "research", "education", "zone", "other"}


class GazetteerError(ValueError):
    pass


@functools.lru_cache(maxsize=8)
def load_gazetteer(path: str | None) -> dict[str, str]:
    if not path:
        return {}
    out: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc.strerror or exc}") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, kind = line.partition("\t")
        kind = kind.strip() or "other"
        if kind not in KINDS:
            raise GazetteerError(f"{path} line {n}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
        out[name.strip()] = kind
    return out
