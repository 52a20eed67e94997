"""The Dask engine (issue 15): the same records as the local engine, on a LocalCluster of two
worker processes."""
import os
import shutil

import pytest
from conftest import ROOT

from pipeline.batch.runner import run

distributed = pytest.importorskip("distributed", reason="Dask is the optional extra [dask] (in [test] too)")


def test_dask_engine_writes_the_same_bytes_as_the_local_engine(tmp_path, mixed_inputs):
    for name in ("tianjin-binhai.ko.txt", "aurelis-cepi.en.txt", "cnooc-hanwha.zh.txt"):
        shutil.copy(os.path.join(ROOT, "corpus", name), mixed_inputs / name)
    local, dask = tmp_path / "local", tmp_path / "dask"
    a = run([str(mixed_inputs)], str(local), workers=0)
    b = run([str(mixed_inputs)], str(dask), engine="dask", workers=2)
    assert a.counts == b.counts and a.counts["documents"] == 10
    for name in sorted(os.listdir(local)):
        if name.endswith(".jsonl"):
            assert (local / name).read_bytes() == (dask / name).read_bytes(), name


def test_dask_engine_on_a_cluster_by_address(tmp_path):
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        src = os.path.join(ROOT, "corpus", "aurelis-cepi.en.txt")
        result = run([src], str(tmp_path / "o"), engine="dask", scheduler=cluster.scheduler_address)
        assert result.counts["documents"] == 1
