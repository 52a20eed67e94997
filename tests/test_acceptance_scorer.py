"""Our scorer (`presspipe eval`) and the acceptance scorer (shared/acceptance/score.py) agree to
the count on the committed corpus run, as `review/evaluate.py` promises. Needs the shared folder;
without it the test is skipped and says so."""
import json
import os
import subprocess
import sys

from conftest import ROOT, shared_path

from pipeline.review.evaluate import evaluate


def test_acceptance_scorer_agrees_with_ours():
    scorer = shared_path("acceptance", "score.py")
    outputs, gold = os.path.join(ROOT, "outputs"), os.path.join(ROOT, "corpus", "gold")
    theirs = json.loads(subprocess.run([sys.executable, scorer, outputs, gold, "--json"], capture_output=True,
                                       text=True, check=True).stdout)
    ours = evaluate(outputs, gold)
    assert set(theirs) == {"aliases", "organisations", "dates", "events", "dateline"}
    for kind, score in theirs.items():
        mine = ours["datelines" if kind == "dateline" else kind]
        assert {k: mine[k] for k in ("tp", "fp", "fn")} == {k: score[k] for k in ("tp", "fp", "fn")}, kind
        assert score["tp"] > 0
