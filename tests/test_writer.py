"""A run is written atomically: no half-written file, nothing left behind, nothing lost."""
import json
import os

import pytest
from conftest import SEED

from pipeline.batch import work
from pipeline.batch.runner import RunInterrupted, run
from pipeline.batch.writer import RunWriter


def test_no_temporary_files_remain(tmp_path):
    run([SEED], str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["aliases.jsonl", "documents.jsonl", "errors.jsonl", "events.jsonl",
                                            "manifest.json", "organisations.jsonl", "terms.jsonl", "timexes.jsonl"]


def test_interrupted_run_leaves_the_previous_run_intact(tmp_path, monkeypatch):
    run([SEED], str(tmp_path))
    before = (tmp_path / "documents.jsonl").read_bytes()

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(work, "process", boom)
    with pytest.raises(RunInterrupted) as exc:
        run([SEED], str(tmp_path))
    assert exc.value.result.exit_code == 130 and not exc.value.result.committed
    assert (tmp_path / "documents.jsonl").read_bytes() == before
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".presspipe-")]


def test_a_crash_inside_a_stage_becomes_an_error_record(tmp_path, monkeypatch):
    from pipeline.stages.events import component

    def broken(doc):
        raise RuntimeError("stage fell over")

    monkeypatch.setattr(component, "find_events", broken)
    other = tmp_path / "ok.txt"
    other.write_text("Acme Inc. opened a lab.\n", encoding="utf-8")
    result = run([SEED, str(other)], str(tmp_path / "out"))
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert result.exit_code == 1 and len(errors) == 2
    assert errors[0]["code"] == "internal" and "stage fell over" in errors[0]["message"]


def test_duplicate_jsonl_ids_are_refused(tmp_path):
    src = tmp_path / "b.jsonl"
    src.write_text('{"id": "x", "text": "one"}\n{"id": "x", "text": "two"}\n', encoding="utf-8")
    result = run([str(src)], str(tmp_path / "o"))
    assert result.counts["documents"] == 1 and result.counts["errors"] == 1
    err = json.loads((tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8"))
    assert err["code"] == "duplicate_id" and "line 1" in err["message"]


def test_writer_counts(tmp_path):
    w = RunWriter(str(tmp_path))
    assert w.counts == {"documents": 0, "timexes": 0, "organisations": 0, "aliases": 0, "events": 0, "terms": 0,
                        "errors": 0}
    w.abort()
    assert os.listdir(tmp_path) == []
