"""The real releases of ../shared/data/real-releases: every one becomes a document (none an error
record), the run validates, and `presspipe eval` scores their gold exactly as the shared
acceptance scorer does, on the tune and test parts of corpus/real/split.tsv.

The texts stay in ../shared (their licences vary); these tests skip, saying so, where it is absent.
"""
import csv
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, SHARED

from pipeline.cli import main

REAL = os.path.join(SHARED, "data", "real-releases")
DOCS = os.path.join(REAL, "docs.jsonl")
SCORE = os.path.join(SHARED, "acceptance", "score.py")
GOLD = os.path.join(ROOT, "corpus", "real", "gold")
SPLIT = os.path.join(ROOT, "corpus", "real", "split.tsv")

needs_real = pytest.mark.skipif(not os.path.exists(DOCS),
                                reason=f"real releases not found at {DOCS} (../shared beside the project)")
needs_scorer = pytest.mark.skipif(not os.path.exists(SCORE), reason=f"shared scorer not found at {SCORE}")


@pytest.fixture(scope="module")
def real_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("real") / "out"
    result = CliRunner().invoke(main, ["run", DOCS, "-o", str(out), "-q"])
    return out, result


@needs_real
def test_every_real_release_becomes_a_document(real_run):
    out, result = real_run
    with open(DOCS, encoding="utf-8") as f:
        n = sum(1 for line in f if line.strip())
    with open(out / "documents.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    errors = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert result.exit_code == 0, errors[:3]
    assert len(docs) == n and not errors
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0


@needs_real
@needs_scorer
def test_eval_scores_real_gold_as_the_shared_scorer_does(real_run, tmp_path):
    out, _ = real_run
    ours = json.loads(CliRunner().invoke(main, ["eval", str(out), "--gold", GOLD, "--json"]).output)
    theirs = json.loads(subprocess.run([sys.executable, SCORE, str(out), GOLD, "--json"], check=True,
                                       capture_output=True, text=True).stdout)
    for kind in ("aliases", "organisations", "dates", "events"):
        for k in ("tp", "fp", "fn"):
            assert ours[kind][k] == theirs[kind][k], (kind, k)


@needs_real
def test_eval_part_scores_only_the_documents_of_that_part(real_run):
    out, _ = real_run
    with open(SPLIT, encoding="utf-8") as f:
        parts = {r["file"]: r["part"] for r in csv.DictReader(f, delimiter="\t")}
    runs = {part: json.loads(CliRunner().invoke(main, ["eval", str(out), "--gold", GOLD, "--json", "--part", part]).output)
            for part in ("tune", "test")}
    whole = json.loads(CliRunner().invoke(main, ["eval", str(out), "--gold", GOLD, "--json"]).output)
    assert set(parts.values()) == {"tune", "test"}
    for kind in ("aliases", "organisations", "dates"):
        # the two parts are disjoint and together the whole
        for k in ("tp", "fp", "fn"):
            assert runs["tune"][kind][k] + runs["test"][kind][k] == whole[kind][k], (kind, k)
    bad = CliRunner().invoke(main, ["eval", str(out), "--gold", GOLD, "--part", "nosuchpart"])
    assert bad.exit_code != 0
