"""Batch runs at scale (issue 15): workers, resume, interrupts, time limits, long documents."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT

from pipeline.batch import work
from pipeline.batch.engines import Job, ProcessEngine
from pipeline.batch.progress import Reporter, summary_line
from pipeline.batch.resume import ResumeError
from pipeline.batch.runner import RunInterrupted, run
from pipeline.config import PipelineOptions
from pipeline.ingest.sources import SourceDoc
from pipeline.review.validate import validate_run

CORPUS = os.path.join(ROOT, "corpus")
RECORD_FILES = ("documents", "timexes", "organisations", "aliases", "events", "terms", "errors")


def jsonl_bytes(out):
    return {n: open(os.path.join(out, n + ".jsonl"), "rb").read() for n in RECORD_FILES}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture
def inbox(tmp_path, mixed_inputs):
    """A few releases of each language beside the mixed good and bad inputs."""
    for name in ("tianjin-binhai.ko.txt", "aurelis-cepi.en.txt", "cnooc-hanwha.zh.txt", "payline-ipo.ko.txt"):
        shutil.copy(os.path.join(CORPUS, name), mixed_inputs / name)
    return mixed_inputs


def test_workers_write_the_same_bytes_as_one_process(inbox, tmp_path):
    outs = {}
    for n in (0, 1, 2):
        out = str(tmp_path / f"w{n}")
        result = run([str(inbox)], out, workers=n)
        assert result.exit_code == 1 and result.counts["documents"] == 11
        outs[n] = jsonl_bytes(out)
    assert outs[0] == outs[1] == outs[2]
    assert validate_run(str(tmp_path / "w2")) == []


def test_the_runners_own_process_loads_no_pipeline():
    """`presspipe run --workers N`'s own process reads inputs and writes records: spaCy, the
    models and BeautifulSoup (for HTML inputs only) are loaded by its workers, or on the first
    page. Importing them cost the parent 60 MB of a two-worker run's memory (issue 15)."""
    code = ("import sys; from pipeline import cli; from pipeline.batch import engines, progress, runner, work; "
            "print(sorted(m for m in ('spacy', 'thinc', 'numpy', 'kiwipiepy', 'jieba', 'bs4') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_resume_processes_only_what_is_new_and_equals_one_run(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("aurelis-cepi.en.txt", "tianjin-binhai.ko.txt"):
        shutil.copy(os.path.join(CORPUS, name), src / name)
    out = tmp_path / "out"
    run([str(src)], str(out))
    # a new input between the two, and one changed
    shutil.copy(os.path.join(CORPUS, "cnooc-hanwha.zh.txt"), src / "b-new.zh.txt")
    (src / "tianjin-binhai.ko.txt").write_text("한빛전자는 2020년 설립되었다.\n", encoding="utf-8")
    processed = []
    real = work.process
    monkeypatch.setattr(work, "process", lambda s, o, **k: processed.append(s.source) or real(s, o, **k))
    result = run([str(src)], str(out), resume=True)
    assert sorted(p.rsplit("/", 1)[-1] for p in processed) == ["b-new.zh.txt", "tianjin-binhai.ko.txt"]
    assert result.copied == 1
    full = tmp_path / "full"
    run([str(src)], str(full))
    assert jsonl_bytes(out) == jsonl_bytes(full)
    assert validate_run(str(out)) == []


def test_resume_refuses_a_run_made_another_way(tmp_path):
    src = os.path.join(CORPUS, "aurelis-cepi.en.txt")
    run([src], str(tmp_path / "o"), options=PipelineOptions(prefer="past"))
    with pytest.raises(ResumeError, match="prefer"):
        run([src], str(tmp_path / "o"), resume=True)
    with pytest.raises(ResumeError, match="no earlier run"):
        run([src], str(tmp_path / "empty"), resume=True)


def test_a_document_past_the_time_limit_is_an_error_record(tmp_path, monkeypatch):
    real = work.process

    def slow(src, options, **kw):
        if src.text.startswith("SLOW"):
            while True:
                time.sleep(0.01)
        return real(src, options, **kw)

    monkeypatch.setattr(work, "process", slow)
    (tmp_path / "a.txt").write_text("SLOW Acme Inc.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Acme Inc. opened a lab in 2020.", encoding="utf-8")
    result = run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], str(tmp_path / "o"), time_limit=0.5)
    errors = read_jsonl(tmp_path / "o" / "errors.jsonl")
    assert [e["code"] for e in errors] == ["timeout"] and "--time-limit" in errors[0]["message"]
    assert result.counts["documents"] == 1


def test_a_worker_stuck_past_the_time_limit_is_killed_and_replaced():
    engine = ProcessEngine(PipelineOptions(use_model=False), workers=1, time_limit=0.5,
                           fn=_stuck_fn(), kill_grace=0.5)
    docs = [SourceDoc(f"d{i}", text, "txt", "utf-8", f"d{i}.txt", lang="en")
            for i, text in enumerate(["Acme Inc. opened.", "SLOW and stuck", "Acme Inc. was founded in 2019."])]
    try:
        got = [res for _, res in engine.ordered(Job(src=d) for d in docs)]
    finally:
        engine.close()
    assert [(r.documents, r.errors) for r in got] == [(1, 0), (0, 1), (1, 0)]
    assert b'"code":"timeout"' in got[1].lines["errors.jsonl"]
    assert engine.replaced == 1


def _stuck_fn():
    from batch_helpers import stuck_on_slow
    return stuck_on_slow


def test_a_document_over_a_million_characters_is_one_document():
    from pipeline.api import extract
    paragraph = "Acme Robotics Inc. opened a lab in Seoul on March 3, 2025, and hired 40 engineers.\n"
    text = paragraph * (1_050_000 // len(paragraph) + 1)
    records = extract(text, lang="en")
    assert "errors.jsonl" not in records
    doc = records["documents.jsonl"][0]
    assert len(doc.text) > 1_000_000
    last = records["timexes.jsonl"][-1]
    assert doc.text[last.start:last.end] == last.text and last.start > 1_000_000


def _presspipe(*args, **kw):
    """`presspipe ARGS` as its own process, taking Ctrl-C as a terminal would give it (a shell
    without job control starts background commands with SIGINT ignored, and Python keeps that)."""
    exe = os.path.join(os.path.dirname(sys.executable), "presspipe")
    return subprocess.Popen([exe, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw)


def _wait_for_inputs(proc, n, timeout=120):
    """Read the -v log until N inputs are done."""
    done, deadline = 0, time.monotonic() + timeout
    while done < n and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        done += "document(s)" in line
    return done


@pytest.fixture
def many(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    paragraph = open(os.path.join(CORPUS, "aurelis-cepi.en.txt"), encoding="utf-8").read()
    for i in range(40):
        (src / f"r{i:03d}.txt").write_text(paragraph.replace("Aurelis", f"Aurelis{i}"), encoding="utf-8")
    return src


@pytest.mark.parametrize("sig, workers", [(signal.SIGINT, "1"), (signal.SIGTERM, "0")])
def test_an_interrupted_run_exits_130_and_resumes_to_the_same_files(many, tmp_path, sig, workers):
    out = tmp_path / "out"
    proc = _presspipe("run", str(many), "-o", str(out), "-w", workers, "-v", "--no-model")
    assert _wait_for_inputs(proc, 3) == 3
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err
    assert not [n for n in os.listdir(out) if n.startswith(".presspipe-")]
    manifest = json.load(open(out / "manifest.json", encoding="utf-8"))
    assert manifest["complete"] is False and 3 <= len(manifest["inputs"]) < 40
    assert validate_run(str(out)) == []          # whole lines, every record with its document
    resumed = subprocess.run([os.path.join(os.path.dirname(sys.executable), "presspipe"), "run", str(many),
                              "-o", str(out), "--resume", "-w", "0", "-q", "--no-model"], capture_output=True)
    assert resumed.returncode == 0, resumed.stderr
    full = tmp_path / "full"
    run([str(many)], str(full), options=PipelineOptions(use_model=False))
    assert jsonl_bytes(out) == jsonl_bytes(full)
    assert json.load(open(out / "manifest.json", encoding="utf-8"))["complete"] is True


def test_a_killed_run_leaves_the_earlier_run_and_its_temporary_folder_is_swept(many, tmp_path):
    out = tmp_path / "out"
    run([str(many / "r000.txt")], str(out), options=PipelineOptions(use_model=False))
    before = jsonl_bytes(out)
    proc = _presspipe("run", str(many), "-o", str(out), "-w", "0", "-v", "--no-model")
    assert _wait_for_inputs(proc, 2) == 2
    proc.kill()
    proc.communicate(timeout=60)
    assert jsonl_bytes(out) == before
    assert [n for n in os.listdir(out) if n.startswith(".presspipe-")]      # left by the killed run
    run([str(many / "r000.txt")], str(out), options=PipelineOptions(use_model=False))
    assert not [n for n in os.listdir(out) if n.startswith(".presspipe-")]


def test_an_interrupt_over_an_earlier_complete_run_leaves_it_as_it_was(tmp_path, monkeypatch):
    src = os.path.join(CORPUS, "aurelis-cepi.en.txt")
    run([src], str(tmp_path))
    before = jsonl_bytes(tmp_path)

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(work, "process", boom)
    with pytest.raises(RunInterrupted) as exc:
        run([src], str(tmp_path))
    assert not exc.value.result.committed and jsonl_bytes(tmp_path) == before


class FakeTerminal:
    def __init__(self, tty):
        self.tty, self.text = tty, ""

    def isatty(self):
        return self.tty

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_progress_bar_only_on_a_terminal_and_one_summary_line(tmp_path):
    for tty in (True, False):
        stream = FakeTerminal(tty)
        reporter = Reporter(stream=stream)
        result = run([os.path.join(CORPUS, "aurelis-cepi.en.txt"), os.path.join(CORPUS, "cnooc-hanwha.zh.txt")],
                     str(tmp_path / f"o{tty}"), reporter=reporter)
        assert ("/2 [" in stream.text) == tty and ("doc/s" in stream.text) == tty
        line = summary_line(result, reporter)
        assert line.startswith("2 documents, 0 errors; ") and "documents/s" in line and "\n" not in line
