"""The Dask engine (`--engine dask`): the same `work` function, as tasks on a Dask cluster.

    pip install 'presspipe[dask]'
    presspipe run INPUTS -o OUTDIR --engine dask --scheduler tcp://scheduler-host:8786

The inputs are read and the files written here, by the process that runs the command; only
documents travel to the cluster and JSON lines come back, in input order, so the files are
byte-identical to the local engine's. Every worker of the cluster needs presspipe installed
(the same version) and, if used, the `--gazetteer` file at the same path. Without
`--scheduler` a LocalCluster of `--workers` single-threaded processes is started and stopped.

At most WINDOW_PER_WORKER documents per worker are on the cluster at once, so memory here stays
flat. Dask runs a task in a worker thread, where no alarm can stop it: the time limit is checked
between the sections of a long document (the local engine also stops a document in the middle).
"""
from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator

from ..config import PipelineOptions
from .engines import WINDOW_PER_WORKER, Job, WorkerError
from .work import DEFAULT_TIME_LIMIT, Result, warm_up, work


class DaskEngine:
    name = "dask"

    def __init__(self, options: PipelineOptions, scheduler: str | None = None, workers: int = 0,
                 time_limit: float | None = DEFAULT_TIME_LIMIT):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # the CLI says this before a run starts
            raise WorkerError("--engine dask needs Dask: pip install 'presspipe[dask]'") from exc
        self.options, self.time_limit = options, time_limit
        self.cluster = None
        self.client: Client | None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        # Load the pipelines once in every worker process, before any document is timed.
        self.client.run(warm_up, options)
        self.n = max(1, len(self.client.scheduler_info().get("workers", {})))

    def ordered(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Result]]:
        window = WINDOW_PER_WORKER * self.n
        client = self.client
        assert client is not None, "the engine is closed"
        pending: collections.deque[tuple[Job, object]] = collections.deque()
        for job in jobs:
            pending.append((job, job.ready if job.src is None else
                            client.submit(work, job.src, self.options, self.time_limit, pure=False)))
            while len(pending) >= window:
                yield self._take(pending)
        while pending:
            yield self._take(pending)

    @staticmethod
    def _take(pending) -> tuple[Job, Result]:
        job, slot = pending.popleft()
        return job, slot if isinstance(slot, Result) else slot.result()

    def close(self, kill: bool = False) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
