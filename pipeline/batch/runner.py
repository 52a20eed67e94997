"""A batch run: inputs in, records out, every input accounted for.

Each input file becomes documents or error records (a JSON-lines file may give both); the run
goes on past any bad input. Inputs are read in sorted order as the engine asks for them, their
documents processed by the engine (in this process, in worker processes, or on a Dask cluster)
and written back in input order as they finish, so memory stays flat in the batch size and
runs with any number of workers write the same bytes.

An interrupt (Ctrl-C, SIGTERM) stops the run: the inputs it finished are committed with a
manifest marked incomplete, which `--resume` goes on from; except that a fresh run over an
earlier complete run leaves that run as it was. `RunInterrupted` says which happened.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import threading
import time
from dataclasses import dataclass, field

from .. import __version__
from .. import records as R
from ..config import PipelineOptions
from ..export import document_id, error_id
from ..ingest.sources import DEFAULT_MAX_BYTES, FORMATS, STDIN, Problem, expand, read_input
from .engines import Job, make_engine
from .resume import Earlier
from .work import DEFAULT_TIME_LIMIT, Result, render
from .writer import RunWriter, sweep_stale

log = logging.getLogger("presspipe")


@dataclass
class RunResult:
    outdir: str
    counts: dict[str, int]
    error_sources: list[str] = field(default_factory=list)   # the inputs that gave error records
    seconds: float = 0.0
    inputs: int = 0
    copied: int = 0                 # inputs a resumed run took from the run before
    complete: bool = True
    committed: bool = True          # an interrupted run: whether OUTDIR now holds its partial run
    unanchored: int = 0             # documents with no date to resolve relative dates against
    unresolved: int = 0             # their relative dates, left without a value

    @property
    def exit_code(self) -> int:
        """0 when every input became a document, 1 when some became errors, 130 interrupted."""
        if not self.complete:
            return 130
        return 1 if self.counts.get("errors") else 0


class RunInterrupted(Exception):
    """The run was stopped by Ctrl-C or SIGTERM; `result` says what OUTDIR holds now."""

    def __init__(self, result: RunResult):
        super().__init__("interrupted")
        self.result = result


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread like KeyboardInterrupt."""


def problem_record(p: Problem) -> R.Error:
    return R.Error(id=error_id(p.path, p.line, p.code), doc_id=None, source=p.source, stage=p.stage,
                   code=p.code, message=p.message, input=R.InputRef(path=p.path, line=p.line))


def count_items(paths) -> int:
    """About how many documents or errors the inputs will give (a line each for JSON-lines)."""
    total = 0
    for inp in paths:
        if inp.path != STDIN and FORMATS.get(os.path.splitext(inp.path)[1].lower()) == "jsonl":
            try:
                with open(inp.path, "rb") as f:
                    total += max(1, sum(1 for line in f if line.strip()))
                continue
            except OSError:
                pass
        total += 1
    return total


def run(inputs: list[str], outdir: str, options: PipelineOptions = PipelineOptions(),
        max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None, stdin_format: str = "txt",
        exclude: tuple[str, ...] = (), progress=None, *, workers: int = 0, engine: str = "local",
        scheduler: str | None = None, resume: bool = False, time_limit: float | None = DEFAULT_TIME_LIMIT,
        reporter=None, sink=None) -> RunResult:
    """Run INPUTS into OUTDIR (see the module docstring).

    `workers`: 0 processes in this process; N > 0 in N worker processes. `engine="dask"` with
    `scheduler` (an address, or None for a local cluster) runs on Dask. `progress(name, docs,
    errors)` is called as each input is done; `reporter` (see `progress.py`) gets `start(total)`,
    `advance(result)` per document and `finish(run_result)`. `sink`, when given
    (`pipeline.db.DatabaseSink`), receives `begin(started, options)`, every document's records as
    they are written, and `commit(manifest)` once the files are in place (`abort()` on failure or
    interruption).
    """
    started, t0 = _now(), time.monotonic()
    run_options = {"inputs": list(inputs), **options.as_dict(), "max_bytes": max_bytes, "encoding": encoding,
                   "exclude": list(exclude), "time_limit": time_limit}
    earlier = Earlier(outdir, run_options) if resume else None
    for name in sweep_stale(outdir):
        log.info("removed %s, left in %s by a run that was killed", name, outdir)
    had_run = _holds_complete_run(outdir)
    skipped: list[str] = []
    paths = expand(inputs, exclude=exclude, skipped=skipped, outdir=outdir)
    for s in skipped:
        log.debug("skipped %s", s)
    if not paths:
        log.warning("%s", nothing_to_read(inputs, skipped))
    if reporter:
        reporter.start(count_items(paths))
    writer = RunWriter(outdir)
    eng = None
    entries: list[R.InputEntry] = []
    errors: list[str] = []
    seen_ids: dict[str, str] = {}
    state = {"copied": 0, "unanchored": 0, "unresolved": 0}

    def jobs():
        for inp in paths:
            infile = read_input(inp, max_bytes=max_bytes, encoding=encoding, stdin_format=stdin_format)
            old = earlier.entry(infile.path, infile.sha256) if earlier else None
            if old is not None:
                copied = earlier.lines(old)
                for doc_id, here in Earlier.documents(copied):
                    seen_ids.setdefault(doc_id, here)
                state["copied"] += 1
                yield Job(ready=copied, tag=(infile, True))
                continue
            for k, item in enumerate(infile.items):
                tag = (infile, k == len(infile.items) - 1)
                if isinstance(item, Problem):
                    yield Job(ready=render({"errors.jsonl": [problem_record(item)]}), tag=tag)
                    continue
                doc_id = document_id(item.source)
                here = item.path + (f" line {item.line}" if item.line else "")
                if doc_id in seen_ids:
                    dup = Problem(item.source, "duplicate_id", f"the id {item.source!r} of {here} was already used by "
                                  f"{seen_ids[doc_id]}; a document id names one document in the whole run, across "
                                  "files: give every document its own id", "parse", item.path, item.line)
                    yield Job(ready=render({"errors.jsonl": [problem_record(dup)]}), tag=tag)
                    continue
                seen_ids[doc_id] = here
                yield Job(src=item, tag=tag)

    def manifest(complete: bool) -> R.Manifest:
        return R.Manifest(version=__version__, options=run_options, started=started, finished=_now(),
                          counts=dict(writer.counts), inputs=entries, skipped=skipped, complete=complete)

    def result(complete: bool = True, committed: bool = True) -> RunResult:
        return RunResult(outdir, dict(writer.counts), errors, time.monotonic() - t0, len(entries), state["copied"],
                         complete, committed, state["unanchored"], state["unresolved"])

    previous_term = _on_sigterm()
    try:
        if sink:
            sink.begin(started, run_options)
        eng = make_engine(options, workers=workers, engine=engine, scheduler=scheduler, time_limit=time_limit)
        mark = writer.mark()
        docs = errs = 0
        lines: dict[str, int] = {}
        for job, res in eng.ordered(jobs()):
            writer.write(res)
            unanchored, unresolved = without_anchor(res)
            state["unanchored"] += unanchored
            state["unresolved"] += unresolved
            if sink:
                sink.write(_records(res))
            docs += res.documents
            errs += res.errors
            for name, n in res.counts.items():
                lines[name] = lines.get(name, 0) + n
            if res.errors:
                errors.extend(_sources(res))
            if reporter:
                reporter.advance(res)
            infile, last = job.tag
            if last:
                entries.append(R.InputEntry(path=infile.path, sha256=infile.sha256, bytes=infile.size,
                                            documents=docs, errors=errs, lines=lines))
                mark = writer.mark()
                log.info("%s: %d document(s)%s", infile.path, docs, f", {errs} error(s)" if errs else "")
                if progress:
                    progress(infile.path, docs, errs)
                docs = errs = 0
                lines = {}
        eng.close()
        final = manifest(True)
        _commit(writer, final)
        if sink:
            sink.commit(final)
        done = result()
        if reporter:
            reporter.finish(done)
        if done.unanchored:
            log.warning("%s", no_anchor_warning(done))
        return done
    except (KeyboardInterrupt, _Terminated):
        if sink:
            sink.abort()
        if eng is not None:
            eng.close(kill=True)
        if earlier is not None or not had_run:
            writer.rollback(mark if eng is not None else writer.mark())
            _commit(writer, manifest(False))
            stopped = result(complete=False, committed=True)
        else:
            writer.abort()
            stopped = result(complete=False, committed=False)
        if reporter:
            reporter.finish(stopped)
        raise RunInterrupted(stopped) from None
    except BaseException:
        if eng is not None:
            eng.close(kill=True)
        writer.abort()
        if sink:
            sink.abort()
        raise
    finally:
        _restore_sigterm(previous_term)


def without_anchor(res: Result) -> tuple[int, int]:
    """How many documents among a result's lines have no anchor, and how many relative dates in
    them have, for want of one, no value."""
    # the bytes are looked at first: a quote inside a JSON string is escaped, so only the field
    # itself reads `"anchor_source":null`, and the (long) document lines with an anchor are not parsed
    docs = {json.loads(line)["id"] for line in res.lines.get("documents.jsonl", b"").splitlines()
            if b'"anchor_source":null' in line}
    if not docs:
        return 0, 0
    unresolved = 0
    for line in res.lines.get("timexes.jsonl", b"").splitlines():
        t = json.loads(line)
        if t["doc_id"] in docs and t["relative"] and t["value"] is None:
            unresolved += 1
    return len(docs), unresolved


def no_anchor_warning(result: RunResult) -> str:
    """The warning a run gives when documents had no date to resolve relative dates against."""
    return (f"{result.unanchored} document(s) had no date to resolve relative dates against (no date given "
            f"with the input, no dated dateline, no --anchor): their {result.unresolved} relative date(s) "
            "(지난해, yesterday, 去年) have no value and date no event, and their document records say "
            "anchor_source null. Give each JSON-lines document a `date`, or the run --anchor DATE")


def _records(res: Result) -> dict[str, list[R.Record]]:
    """A result's lines as records again, for a database sink."""
    return {name: [R.RECORD_FILES[name].model_validate_json(line) for line in data.splitlines() if line.strip()]
            for name, data in res.lines.items() if name in R.RECORD_FILES}


def _sources(res: Result) -> list[str]:
    return [json.loads(line)["source"] for line in res.lines.get("errors.jsonl", b"").splitlines()]


def _holds_complete_run(outdir: str) -> bool:
    path = os.path.join(outdir, "manifest.json")
    try:
        with open(path, encoding="utf-8") as f:
            return R.Manifest.model_validate_json(f.read()).complete
    except (OSError, ValueError):
        return False


def _commit(writer: RunWriter, manifest: R.Manifest) -> None:
    """Commit with Ctrl-C and SIGTERM held back, so that the files and manifest move together."""
    main = threading.current_thread() is threading.main_thread()
    held = {signal.SIGINT, signal.SIGTERM}
    if main:
        signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        writer.commit(manifest)
    finally:
        if main:
            try:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, held)
            except (KeyboardInterrupt, _Terminated):
                pass  # the run is committed: an interrupt now changes nothing


def nothing_to_read(inputs: list[str], skipped: list[str]) -> str:
    """What a run whose inputs gave no file to read found instead."""
    kinds = ", ".join(sorted(FORMATS))
    said = f"no input to read in {', '.join(inputs)}: presspipe reads {kinds} files in a folder"
    if not skipped:
        return f"{said}, and there is no file there"
    shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
    return (f"{said}; passed over {len(skipped)} (by their ending, --exclude, .presspipeignore, or as a "
            f"presspipe run): {shown}. Name a file as an argument to read it whatever its ending")


def _on_sigterm():
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(_signum, _frame):
        raise _Terminated

    return signal.signal(signal.SIGTERM, handler)


def _restore_sigterm(previous) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

