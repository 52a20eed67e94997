"""Writing a run: one JSON-lines file per record type, atomically, then the manifest.

Lines go to files in a hidden temporary folder inside OUTDIR as documents finish; only when the
run ends is each file moved into place with `os.replace`, which is atomic on one file system. A
reader of OUTDIR sees the previous run's file or the new one, never half of one; an interrupted
run leaves the previous run's files as they were.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile

from .. import records as R


class RunWriter:
    def __init__(self, outdir: str):
        self.outdir = outdir
        os.makedirs(outdir, exist_ok=True)
        self.tmpdir = tempfile.mkdtemp(prefix=".presspipe-", dir=outdir)
        self.files = {name: open(os.path.join(self.tmpdir, name), "w", encoding="utf-8", newline="\n")
                      for name in R.RECORD_FILES}
        self.counts = {name.removesuffix(".jsonl"): 0 for name in R.RECORD_FILES}

    def write(self, bundle: dict[str, list[R.Record]]) -> None:
        for name, recs in bundle.items():
            f = self.files[name]
            for rec in recs:
                f.write(rec.to_json())
                f.write("\n")
            self.counts[name.removesuffix(".jsonl")] += len(recs)

    def commit(self, manifest: R.Manifest) -> None:
        """Move every file into OUTDIR, manifest last (its presence marks a finished run)."""
        for f in self.files.values():
            f.flush()
            os.fsync(f.fileno())
            f.close()
        for name in self.files:
            os.replace(os.path.join(self.tmpdir, name), os.path.join(self.outdir, name))
        tmp = os.path.join(self.tmpdir, "manifest.json")
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            json.dump(manifest.model_dump(mode="json"), f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(tmp, os.path.join(self.outdir, "manifest.json"))
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def abort(self) -> None:
        for f in self.files.values():
            f.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)
