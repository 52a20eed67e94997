"""`--resume`: reuse what an earlier run into OUTDIR already wrote.

An input is done when the earlier run's manifest lists it under the same name with the same
sha256 (its bytes are unchanged, and its name, from which its ids come, too). The run files
hold each input's lines together, in input order, and the manifest says how many lines each
input wrote to each file (`InputEntry.lines`), so a done input's lines are a byte range of each
file that the new run copies in its place in the order: the result equals one run over
everything. The earlier run must have been made by the same version with the same options that
change records; otherwise resuming would mix two kinds of records, and it is refused.
"""
from __future__ import annotations

import json
import os

from .. import __version__
from .. import records as R
from .work import Result

# Options that do not change any record: a resumed run may differ in them.
RUNTIME_OPTIONS = {"inputs", "exclude", "time_limit"}


class ResumeError(Exception):
    """OUTDIR holds nothing a run can resume from; the message says why and what to do."""


class Earlier:
    def __init__(self, outdir: str, options: dict):
        path = os.path.join(outdir, "manifest.json")
        if not os.path.exists(path):
            raise ResumeError(f"{outdir} holds no earlier run (no manifest.json) to resume; run without --resume")
        try:
            with open(path, encoding="utf-8") as f:
                self.manifest = R.Manifest.model_validate_json(f.read())
        except ValueError as exc:
            raise ResumeError(f"{path} is not a presspipe manifest ({exc}); run without --resume") from exc
        m = self.manifest
        if m.version != __version__ or m.schema_version != R.SCHEMA_VERSION:
            raise ResumeError(f"the run in {outdir} was made by presspipe {m.version} (schema {m.schema_version}), "
                              f"this is {__version__} (schema {R.SCHEMA_VERSION}); run without --resume")
        old = {k: v for k, v in m.options.items() if k not in RUNTIME_OPTIONS}
        new = {k: v for k, v in options.items() if k not in RUNTIME_OPTIONS}
        if old != new:
            changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
            raise ResumeError(f"the run in {outdir} used other options ({', '.join(changed)}); resuming would mix "
                              "records made two ways: run without --resume, or with the same options")
        if any(e.sha256 and not e.lines and (e.documents or e.errors) for e in m.inputs):
            raise ResumeError(f"the run in {outdir} does not say where each input's lines are (made before "
                              "--resume existed); run without --resume")
        self.outdir = outdir
        self.ranges: dict[str, dict[str, tuple[int, int]]] = {}
        self._index()

    def _index(self) -> None:
        """Byte range of each input's lines in each file, from the line counts in the manifest."""
        for name in R.RECORD_FILES:
            wanted = [(e.path, e.lines.get(name, 0)) for e in self.manifest.inputs]
            total = sum(n for _, n in wanted)
            path = os.path.join(self.outdir, name)
            ends = []
            if total:
                if not os.path.exists(path):
                    raise ResumeError(f"{path} is missing; run without --resume")
                with open(path, "rb") as f:
                    pos = 0
                    for line in f:
                        pos += len(line)
                        ends.append(pos)
            if len(ends) != total:
                raise ResumeError(f"{path} has {len(ends)} lines where its manifest says {total}: it was changed "
                                  "after the run; run without --resume")
            at = 0
            start = 0
            for key, n in wanted:
                end = ends[at + n - 1] if n else start
                self.ranges.setdefault(key, {})[name] = (start, end)
                at += n
                start = end

    def entry(self, name: str, sha256: str | None) -> R.InputEntry | None:
        """The earlier run's entry for this input if it is done (same name, same bytes)."""
        if sha256 is None:
            return None
        for e in self._by_name().get(name, []):
            if e.sha256 == sha256:
                return e
        return None

    def _by_name(self) -> dict[str, list[R.InputEntry]]:
        if not hasattr(self, "_names"):
            self._names: dict[str, list[R.InputEntry]] = {}
            for e in self.manifest.inputs:
                self._names.setdefault(e.path, []).append(e)
        return self._names

    def lines(self, entry: R.InputEntry) -> Result:
        """The earlier run's lines for this input, per file."""
        out = Result()
        for name, (start, end) in self.ranges[entry.path].items():
            if end > start:
                with open(os.path.join(self.outdir, name), "rb") as f:
                    f.seek(start)
                    out.lines[name] = f.read(end - start)
                out.counts[name] = entry.lines.get(name, 0)
        return out

    @staticmethod
    def documents(result: Result) -> list[tuple[str, str]]:
        """(document id, where) of each document among copied lines: the ids they hold."""
        out = []
        for line in result.lines.get("documents.jsonl", b"").splitlines():
            d = json.loads(line)
            here = d["input"]["path"] + (f" line {d['input']['line']}" if d["input"].get("line") else "")
            out.append((d["id"], here))
        return out

