"""Workers that share the pipelines (issue 15): forked from a fork server that loaded them once,
with the same output as workers that each load their own, and as one process."""
import os
import subprocess
import sys

from conftest import ROOT

from pipeline.batch import engines
from pipeline.batch.engines import InlineEngine, Job, ProcessEngine
from pipeline.config import PipelineOptions
from pipeline.ingest.sources import SourceDoc

CORPUS = os.path.join(ROOT, "corpus")
NAMES = ("tianjin-binhai.ko.txt", "aurelis-cepi.en.txt", "cnooc-hanwha.zh.txt", "payline-ipo.ko.txt",
         "corvane-samsung.en.txt", "ruikang-seoulshinyak.zh.txt")


def _docs():
    out = []
    for name in NAMES:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            out.append(SourceDoc(name, f.read(), "txt", "utf-8", name))
    return out


def _lines(engine):
    try:
        return [res.lines for _, res in engine.ordered(Job(src=d) for d in _docs())]
    finally:
        engine.close()


def test_forked_and_spawned_workers_write_the_same_bytes_as_one_process():
    options = PipelineOptions()
    inline = _lines(InlineEngine(options))
    assert all(lines.get("documents.jsonl") for lines in inline)
    assert _lines(ProcessEngine(options, workers=2, start_method="forkserver")) == inline
    assert _lines(ProcessEngine(options, workers=2, start_method="spawn")) == inline


def test_the_fork_server_loads_everything_but_starts_no_thread():
    """A process forked from one with threads keeps only the forking thread: the server must
    have none but its main one, after Korean too (Kiwi in its single-threaded mode)."""
    code = ("import os, sys, gc, jieba; from pipeline.batch import preload; from pipeline.config import PipelineOptions; "
            "from pipeline.nlp import tokenizers; from pipeline.nlp.build import _build; "
            "os.environ[preload.PRELOAD_ENV] = preload.encode(PipelineOptions()); ok = preload.preload(); "
            "print(ok, len(os.listdir('/proc/self/task')), _build.cache_info().currsize, "
            "tokenizers._kiwi()[1], bool(jieba.dt.initialized), gc.get_freeze_count() > 0)")
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert out.stdout.split() == ["True", "1", "3", "False", "True", "True"]


def test_workers_and_their_replacements_are_forked_from_the_loaded_server():
    engine = ProcessEngine(PipelineOptions(use_model=False), workers=1, start_method="forkserver",
                           fn=_report_sharing())
    texts = ["a", "DIE", "b"]
    try:
        got = [res for _, res in engine.ordered(Job(src=SourceDoc(f"d{i}", t, "txt", "utf-8", f"d{i}.txt", lang="en"))
                                                for i, t in enumerate(texts))]
        assert engine.replaced == 1
        assert engines._server_pid() is not None
    finally:
        engine.close()
    assert engines._server_pid() is None       # closed with the engine: its memory is given back
    first, died, second = got
    assert first.counts["frozen"] > 10_000 and second.counts["frozen"] == first.counts["frozen"]
    assert second.counts["pid"] != first.counts["pid"]
    assert b'"code":"internal"' in died.lines["errors.jsonl"]


def test_spawned_workers_load_their_own():
    engine = ProcessEngine(PipelineOptions(use_model=False), workers=1, start_method="spawn", fn=_report_sharing())
    try:
        got = [res for _, res in engine.ordered([Job(src=SourceDoc("d", "a", "txt", "utf-8", "d.txt", lang="en"))])]
    finally:
        engine.close()
    assert got[0].counts["frozen"] == 0


def test_warm_up_loads_what_the_first_document_would():
    """Kiwi's model and jieba's dictionary are loaded by warm_up, not by the first Korean or
    Chinese document, whose time (and time limit) would include them."""
    code = ("import jieba; from pipeline.batch.work import warm_up; from pipeline.config import PipelineOptions; "
            "from pipeline.nlp.tokenizers import _kiwi; before = (_kiwi.cache_info().currsize, jieba.dt.initialized); "
            "warm_up(PipelineOptions(use_model=False)); "
            "print(before, (_kiwi.cache_info().currsize, jieba.dt.initialized))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "(0, False) (1, True)"


def _report_sharing():
    from batch_helpers import report_sharing
    return report_sharing


def test_two_workers_or_more_share_one_has_no_one_to_share_with():
    assert ProcessEngine(PipelineOptions(), workers=1).start_method == "spawn"
    assert ProcessEngine(PipelineOptions(), workers=2).start_method == "forkserver"


def test_kiwi_without_threads_reads_lines_as_kiwi_with_threads():
    from pipeline.nlp.sentences import _kiwi_sentence_starts
    from pipeline.nlp.tokenizers import kiwi_pieces
    text = ("가나다전자는 4일 서울에서 신제품을 공개했다. 회사는 내년에 공장을 짓는다.\n\n"
            "라마바연구원 관계자는 \"협력을 넓히겠다\"고 말했다. 행사는 5일까지 열린다.\n")
    code = ("import sys; from pipeline.nlp import tokenizers; tokenizers.KIWI_THREADS = 0; "
            "from pipeline.nlp.sentences import _kiwi_sentence_starts; starts = []; "
            "print(repr((tokenizers.kiwi_pieces(sys.argv[1], starts), starts, _kiwi_sentence_starts(sys.argv[1]), "
            "tokenizers._kiwi()[1])))")
    out = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, cwd=ROOT, check=True)
    starts: list[int] = []
    pieces = kiwi_pieces(text, starts)
    assert len(starts) == 2
    assert out.stdout.strip() == repr((pieces, starts, _kiwi_sentence_starts(text), False))


def test_an_engine_killed_while_the_server_loads_leaves_no_server():
    engine = ProcessEngine(PipelineOptions(use_model=False), workers=2, start_method="forkserver")
    engine._spawn()                     # starts the server, which starts loading the pipelines
    pid = engines._server_pid()
    assert pid is not None
    engine.close(kill=True)
    assert engines._server_pid() is None
    try:
        os.kill(pid, 0)
        alive = True
    except ProcessLookupError:
        alive = False
    assert not alive


def test_the_server_stops_when_the_last_engine_using_it_closes():
    options = PipelineOptions(use_model=False)
    first = ProcessEngine(options, workers=2, start_method="forkserver", fn=_report_sharing())
    second = ProcessEngine(PipelineOptions(use_model=False, prefer="past"), workers=2, start_method="forkserver",
                           fn=_report_sharing())
    job = [Job(src=SourceDoc("d", "a", "txt", "utf-8", "d.txt", lang="en"))]
    try:
        [(_, a)] = list(first.ordered(job))
        [(_, b)] = list(second.ordered(job))     # other options: the server stays, its workers load their own
        assert a.counts["frozen"] == b.counts["frozen"] > 10_000
        second.close()
        assert engines._server_pid() is not None
        [(_, c)] = list(first.ordered(job))
        assert c.counts["frozen"] == a.counts["frozen"]
    finally:
        first.close()
        second.close()
    assert engines._server_pid() is None
