"""Engines: where `work` runs. Each takes jobs in order and gives their results back in order.

- `InlineEngine` (`--workers 0`): in this process, one document at a time (the library's
  default, and what tests that patch the pipeline use).
- `ProcessEngine` (`--workers N`, the command's default: one per core): N worker processes
  taking one document at a time. With two or more, where the system has it (Linux, macOS),
  the workers are forked from multiprocessing's fork server, which has loaded the pipelines
  once (`preload.py`): they share its read-only pages (Kiwi's model, jieba's dictionary, the
  entity models), and a replaced worker starts at once. Otherwise (`start_method="spawn"`)
  each worker loads its own. Results come back in the order the jobs were given, so the
  files are byte-identical to `--workers 1`. At most a few jobs per worker are read ahead
  (WINDOW_PER_WORKER), so memory does not grow with the batch. A worker that runs past the
  time limit is killed and replaced, its document a `timeout` error; a worker that dies is
  replaced, its document an `internal` error; a worker whose memory has grown past
  WORKER_MAX_RSS_MB finishes its document and is replaced.
- `DaskEngine` (`--engine dask`, `dask_engine.py`): the same `work` as tasks on a Dask cluster.

A job is a document to process, or a result that is already known (an input's error, or the
lines a resumed run copies from the run before), which keeps its place in the order.
"""
from __future__ import annotations

import collections
import multiprocessing
import os
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from ..api import error_bundle, timeout_bundle
from ..config import PipelineOptions
from ..ingest.sources import SourceDoc
from . import preload
from .work import DEFAULT_TIME_LIMIT, Result, render, warm_up, work

# Jobs read ahead per worker: enough to keep every worker busy while results wait for their
# turn, few enough that memory stays flat however long the batch is.
WINDOW_PER_WORKER = 8
# A worker whose resident memory has grown past this (spaCy's string store and caches grow a
# little with every new word) is replaced after its current document.
WORKER_MAX_RSS_MB = 1200
# Seconds past the time limit before a worker that does not answer is killed: the soft limit
# inside the worker (an alarm) normally answers first.
KILL_GRACE = 10.0
# Each worker is one process doing one document at a time: numerical libraries must not start a
# thread per core in each of them (OpenBLAS's threads spin while they wait, and N workers with N
# threads each ran the corpus 2.2x slower on 2 cores than with one thread each).
WORKER_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def default_start_method(workers: int) -> str:
    """'forkserver' for two workers or more where the system has it (the workers share the
    pipelines it loaded), else 'spawn': one worker shares with no one, and the server would be
    one more process holding the pipelines."""
    return "forkserver" if workers > 1 and "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


# The options the running fork server has loaded the pipelines for (None: no server of ours),
# and the engines whose workers it forks (the last to close stops it).
_server_options: PipelineOptions | None = None
_server_users: set[int] = set()


def _prepare_fork_server(engine: object, options: PipelineOptions) -> dict[str, str]:
    """Make the fork server load the pipelines for OPTIONS when it next starts, stopping one
    that runs with other options unless another engine uses it (its workers then load their
    own); the environment variables to start it with."""
    global _server_options
    from multiprocessing import forkserver
    others = _server_users - {id(engine)}
    _server_users.add(id(engine))
    if _server_pid() is not None and (_server_options == options or others):
        return {}
    stop_fork_server()
    forkserver.set_forkserver_preload([preload.__name__])
    _server_options = options
    return {preload.PRELOAD_ENV: preload.encode(options)}


def _server_pid() -> int | None:
    from multiprocessing import forkserver
    return getattr(forkserver._forkserver, "_forkserver_pid", None)


def stop_fork_server(kill: bool = False) -> None:
    """Stop the fork server (and the pipelines it holds) if one is running; `kill`: at once,
    even in the middle of loading them (it stops by itself only once loaded)."""
    global _server_options
    from multiprocessing import forkserver
    stop = getattr(forkserver._forkserver, "_stop", None)
    pid = _server_pid()
    if stop is not None and pid is not None:
        if kill:
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        stop()
    _server_options = None


@dataclass
class Job:
    src: SourceDoc | None = None      # a document to process, or
    ready: Result | None = None       # a result already known
    tag: object = None                # the caller's, given back with the result


class WorkerError(RuntimeError):
    """The worker processes could not start (the pipelines failed to load)."""


class InlineEngine:
    name = "inline"

    def __init__(self, options: PipelineOptions, time_limit: float | None = DEFAULT_TIME_LIMIT):
        self.options, self.time_limit = options, time_limit

    def ordered(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Result]]:
        for job in jobs:
            if job.src is not None:
                yield job, work(job.src, self.options, self.time_limit)
            else:
                assert job.ready is not None   # a job carries a document or its finished result
                yield job, job.ready

    def close(self, kill: bool = False) -> None:
        pass


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _worker_main(conn, options: PipelineOptions, time_limit: float | None, max_rss_mb: float, fn=work) -> None:
    """A worker process: load the pipelines, then process what the parent sends until None."""
    # Ctrl-C goes to the whole process group: the parent decides what an interrupt means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        warm_up(options)
    except Exception as exc:  # reported to the parent, which stops the run with it
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, src = msg
        result = fn(src, options, time_limit)
        retire = max_rss_mb and _current_rss_mb() > max_rss_mb
        conn.send((seq, result, bool(retire)))
        if retire:
            return


class _Worker:
    def __init__(self, ctx, options, time_limit, max_rss_mb, fn, env):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, options, time_limit, max_rss_mb, fn),
                                name="presspipe-worker", daemon=True)
        env = {**{k: os.environ.get(k) or v for k, v in WORKER_ENV.items()}, **env}
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            # a spawned process, or the fork server as it starts, takes the environment as it is now
            self.proc.start()
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        child.close()
        self.ready = False
        self.busy: int | None = None   # the job's sequence number
        self.since = 0.0

    def send(self, seq: int, src: SourceDoc) -> None:
        self.conn.send((seq, src))
        self.busy, self.since = seq, time.monotonic()

    def stop(self, kill: bool = False) -> None:
        if self.proc.is_alive() and not kill:
            try:
                self.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
            self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


class ProcessEngine:
    name = "local"

    def __init__(self, options: PipelineOptions, workers: int, time_limit: float | None = DEFAULT_TIME_LIMIT,
                 max_rss_mb: float = WORKER_MAX_RSS_MB, start_method: str | None = None, fn=work,
                 kill_grace: float = KILL_GRACE):
        """`fn(src, options, time_limit) -> Result` is what workers run (`work`; tests give others).
        `start_method`: 'forkserver' or 'spawn' (None: `default_start_method(workers)`)."""
        if workers < 1:
            raise ValueError("a process engine needs at least one worker")
        self.options, self.n, self.time_limit, self.max_rss_mb = options, workers, time_limit, max_rss_mb
        self.fn, self.kill_grace = fn, kill_grace
        self.start_method = start_method or default_start_method(workers)
        self.ctx = multiprocessing.get_context(self.start_method)
        self.workers: list[_Worker] = []
        self.failed_starts = 0
        self.replaced = 0

    def _spawn(self) -> _Worker:
        env = _prepare_fork_server(self, self.options) if self.start_method == "forkserver" else {}
        w = _Worker(self.ctx, self.options, self.time_limit, self.max_rss_mb, self.fn, env)
        self.workers.append(w)
        return w

    def _replace(self, w: _Worker, kill: bool) -> None:
        w.stop(kill=kill)
        self.workers.remove(w)
        self.replaced += 1
        self._spawn()

    def ordered(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Result]]:
        if not self.workers:
            for _ in range(self.n):
                self._spawn()
        window = WINDOW_PER_WORKER * self.n
        pending: collections.OrderedDict[int, list] = collections.OrderedDict()  # seq -> [job, result]
        queue: collections.deque[int] = collections.deque()                       # seqs not yet sent
        source = iter(jobs)
        seq = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                try:
                    job = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending[seq] = [job, job.ready if job.src is None else None]
                if job.src is not None:
                    queue.append(seq)
                seq += 1
            while pending:
                head = next(iter(pending))
                if pending[head][1] is None:
                    break
                job, result = pending.pop(head)
                yield job, result
            if exhausted and not pending:
                return
            if len(pending) < window and not exhausted:
                continue
            for w in self.workers:
                if w.ready and w.busy is None and queue:
                    s = queue.popleft()
                    w.send(s, pending[s][0].src)
            self._collect(pending, queue)

    def _collect(self, pending, queue) -> None:
        """Wait for a message from any worker (or a time limit to pass) and act on it."""
        timeout = None
        if self.time_limit:
            now = time.monotonic()
            due = [w.since + self.time_limit + self.kill_grace - now for w in self.workers if w.busy is not None]
            timeout = max(0.05, min(due)) if due else None
        conns = {w.conn: w for w in self.workers}
        for conn in wait(list(conns), timeout=timeout if timeout is not None else 5.0):
            w = conns[conn]
            try:
                msg = w.conn.recv()
            except (EOFError, OSError):
                self._died(w, pending, queue)
                continue
            if msg[0] == "ready":
                w.ready = True
            elif msg[0] == "failed":
                self.close(kill=True)
                raise WorkerError(f"a worker could not load the pipelines: {msg[1]}")
            else:
                s, result, retire = msg
                pending[s][1] = result
                w.busy = None
                if retire:
                    self._replace(w, kill=False)
        if self.time_limit:
            now = time.monotonic()
            for w in list(self.workers):
                if w.busy is not None and now - w.since > self.time_limit + self.kill_grace:
                    job = pending[w.busy][0]
                    result = render(timeout_bundle(job.src, self.time_limit), chars=len(job.src.text))
                    result.seconds = now - w.since
                    pending[w.busy][1] = result
                    self._replace(w, kill=True)

    def _died(self, w: _Worker, pending, queue) -> None:
        code = w.proc.exitcode
        if w.busy is not None:
            job = pending[w.busy][0]
            pending[w.busy][1] = render(error_bundle(
                job.src, "process", "internal",
                f"the worker processing this document died (exit code {code}; out of memory?); the rest of "
                "the run is fine. Try it alone with --workers 1, and report it with this input attached"),
                chars=len(job.src.text))
        elif not w.ready:
            self.failed_starts += 1
            if self.failed_starts > 2 * self.n:
                self.close(kill=True)
                raise WorkerError(f"worker processes keep dying as they start (exit code {code})")
        self._replace(w, kill=True)

    def close(self, kill: bool = False) -> None:
        for w in self.workers:
            w.stop(kill=kill)
        self.workers = []
        if self.start_method == "forkserver" and id(self) in _server_users:
            _server_users.discard(id(self))
            if not _server_users:
                stop_fork_server(kill=kill)   # its pipelines are no use once the runs are over


def make_engine(options: PipelineOptions, workers: int = 0, engine: str = "local", scheduler: str | None = None,
                time_limit: float | None = DEFAULT_TIME_LIMIT):
    """The engine for `--engine` and `--workers`: local with 0 workers runs in this process."""
    if engine == "dask":
        from .dask_engine import DaskEngine
        return DaskEngine(options, scheduler=scheduler, workers=workers, time_limit=time_limit)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: local or dask")
    if workers <= 0:
        return InlineEngine(options, time_limit)
    return ProcessEngine(options, workers, time_limit)
