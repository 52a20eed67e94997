"""Writing a run: one JSON-lines file per record type, atomically, then the manifest.

Lines go to files in a hidden temporary folder inside OUTDIR as documents finish; only when the
run ends is each file moved into place with `os.replace`, which is atomic on one file system,
manifest last. A reader of OUTDIR sees the previous run's file or the new one, never half of one.

An interrupted run can instead commit what it finished (`rollback` to the last input that was
complete, then `commit` with a manifest marked incomplete), so that `--resume` goes on from
there: never a truncated line, never a record without its document. The temporary folder holds
the writer's process id; a folder left by a process that no longer runs (one killed outright)
is removed by the next run into OUTDIR (`sweep_stale`).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile

from .. import records as R
from .work import Result

TMP_PREFIX = ".presspipe-"
PID_FILE = "pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale(outdir: str) -> list[str]:
    """Remove temporary folders in OUTDIR whose run is no longer running; their names."""
    removed: list[str] = []
    if not os.path.isdir(outdir):
        return removed
    for name in os.listdir(outdir):
        path = os.path.join(outdir, name)
        if not (name.startswith(TMP_PREFIX) and os.path.isdir(path)):
            continue
        try:
            with open(os.path.join(path, PID_FILE), encoding="ascii") as f:
                pid = int(f.read().strip())
        except (OSError, ValueError):
            pid = None
        if pid is None or (pid != os.getpid() and not _alive(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(name)
    return removed


class RunWriter:
    def __init__(self, outdir: str):
        self.outdir = outdir
        os.makedirs(outdir, exist_ok=True)
        self.tmpdir = tempfile.mkdtemp(prefix=TMP_PREFIX, dir=outdir)
        with open(os.path.join(self.tmpdir, PID_FILE), "w", encoding="ascii") as f:
            f.write(str(os.getpid()))
        self.files = {name: open(os.path.join(self.tmpdir, name), "wb") for name in R.RECORD_FILES}
        self.counts = {name.removesuffix(".jsonl"): 0 for name in R.RECORD_FILES}

    def write(self, result: Result) -> None:
        """Append one document's (or input's) lines."""
        for name, data in result.lines.items():
            self.files[name].write(data)
            self.counts[name.removesuffix(".jsonl")] += result.counts.get(name, 0)

    def mark(self) -> tuple[dict[str, int], dict[str, int]]:
        """Where every file ends now, and the counts: a place to roll back to."""
        return {name: f.tell() for name, f in self.files.items()}, dict(self.counts)

    def rollback(self, mark: tuple[dict[str, int], dict[str, int]]) -> None:
        """Drop every line written after `mark`."""
        offsets, counts = mark
        for name, f in self.files.items():
            f.flush()
            f.truncate(offsets[name])
            f.seek(offsets[name])
        self.counts = dict(counts)

    def commit(self, manifest: R.Manifest) -> None:
        """Move every file into OUTDIR, manifest last (its presence marks a run)."""
        for f in self.files.values():
            f.flush()
            os.fsync(f.fileno())
            f.close()
        for name in self.files:
            os.replace(os.path.join(self.tmpdir, name), os.path.join(self.outdir, name))
        tmp = os.path.join(self.tmpdir, "manifest.json")
        with open(tmp, "w", encoding="utf-8", newline="\n") as mf:
            json.dump(manifest.model_dump(mode="json"), mf, ensure_ascii=False, indent=1)
            mf.write("\n")
        os.replace(tmp, os.path.join(self.outdir, "manifest.json"))
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def abort(self) -> None:
        for f in self.files.values():
            f.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)
