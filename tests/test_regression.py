"""The committed run in outputs/ is the regression baseline: rerunning corpus/ must give the same
records. When extraction changes on purpose, regenerate it (see README) and review the diff."""
import os

from conftest import ROOT

from pipeline.batch.runner import run
from pipeline.review.diff import diff_runs, format_diff, has_differences


def test_corpus_run_matches_the_committed_baseline(tmp_path):
    baseline = os.path.join(ROOT, "outputs")
    cwd = os.getcwd()
    os.chdir(ROOT)  # sources are recorded relative to the project, as the README's command runs it
    try:
        run(["corpus"], str(tmp_path))
    finally:
        os.chdir(cwd)
    d = diff_runs(baseline, str(tmp_path))
    assert not has_differences(d), ("extractions changed; if on purpose, run "
                                    "`presspipe run corpus -o outputs` and commit:\n" + format_diff(d))
    for name in sorted(os.listdir(baseline)):
        if name.endswith(".jsonl"):
            with open(os.path.join(baseline, name), "rb") as a, open(tmp_path / name, "rb") as b:
                assert a.read() == b.read(), f"{name} differs in bytes (order or formatting)"
