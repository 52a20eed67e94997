"""Organisations known before reading: the built-in registry and the user's gazetteer.

Both map names (in any script) to a kind and, optionally, a key, so that the same organisation
meets under one `org_key` whatever script or release names it.

- Built-in: `registry.tsv` beside this file: `key<TAB>kind<TAB>name|name|...`.
- User (`--gazetteer FILE`): a name per line, optionally `<TAB>kind` and `<TAB>key`
  (kind: company, government, research, education, zone, other). `#` starts a comment. UTF-8.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

KINDS = {"company", "government", "research", "education", "zone", "other"}
REGISTRY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "registry.tsv")


class GazetteerError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    kind: str
    key: str | None
    source: str  # "registry" (built-in) or "gazetteer" (the user's)


@functools.lru_cache(maxsize=1)
def load_registry() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    with open(REGISTRY, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            key, kind, names = line.rstrip("\n").split("\t")
            if kind not in KINDS:
                raise GazetteerError(f"{REGISTRY} line {n}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
            for name in names.split("|"):
                out.setdefault(name.strip(), Entry(kind, key, "registry"))
    return out


@functools.lru_cache(maxsize=8)
def load_gazetteer(path: str | None) -> dict[str, Entry]:
    """The user's gazetteer as name -> Entry (empty without a path)."""
    if not path:
        return {}
    out: dict[str, Entry] = {}
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"gazetteer {path} is not UTF-8 text; re-save it as UTF-8") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        name, kind, key = parts[0], (parts[1] if len(parts) > 1 and parts[1] else "other"), (parts[2] if len(parts) > 2 and parts[2] else None)
        if kind not in KINDS:
            raise GazetteerError(f"{path} line {n}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
        out[name] = Entry(kind, key, "gazetteer")
    return out


def known_names(user: dict[str, Entry]) -> dict[str, Entry]:
    """Every name to look for: the user's entries override the built-in ones."""
    return {**load_registry(), **user}
