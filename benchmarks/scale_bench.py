"""Batch runs at scale (issue 15): prints figures, asserts nothing but byte-identical outputs.

    python benchmarks/scale_bench.py [--docs 5000] [--workers 1 2] [--no-model] [--skip ...]

Builds a batch of --docs releases from corpus/ and ../shared/data/real-releases/ (cycled, each
copy its own id, as JSON-lines files of 500), then measures, as a user runs it:

- `presspipe run BATCH -o OUT -w N` for each N: documents and characters per second (wall
  time of the whole command, and without the start-up measured on one document), peak memory
  of the whole run (all its processes), as the sum of their RSS and the sum of their PSS (see
  procmem.py: workers forked from one loaded process share its pages, which RSS counts once per
  process), and the load average during the run; the outputs of every N compared byte for byte;
- the ceiling: kiwipiepy tokenising the same texts with nothing else (the Kiwi the pipeline
  uses, one `tokenize` per document) in N processes;
- memory flatness: peak memory for batches of --flat-docs documents (2 workers), beside the main batch's;
- one 1 MB Korean document (Korean real releases joined), 1 worker: time and peak memory.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from procmem import Measured, run_measured  # noqa: E402

SHARED = os.environ.get("PRESSPIPE_SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
REAL = os.path.join(SHARED, "data", "real-releases", "docs.jsonl")


def releases() -> list[dict]:
    out = []
    for folder, _, files in os.walk(os.path.join(ROOT, "corpus")):
        if "gold" in folder or "tools" in folder or "real" in folder:
            continue
        for f in sorted(files):
            if f.endswith(".txt"):
                out.append({"id": f, "text": open(os.path.join(folder, f), encoding="utf-8").read()})
    if os.path.exists(REAL):
        with open(REAL, encoding="utf-8") as f:
            out += [{k: v for k, v in json.loads(line).items() if k in ("id", "text", "lang", "date")} for line in f]
    else:
        print(f"note: {REAL} is absent; the batch is built from corpus/ alone")
    return out


def build_batch(folder: str, n: int) -> tuple[int, int, list[str]]:
    """N releases as JSON-lines files of 500: (documents, characters, texts)."""
    base = releases()
    os.makedirs(folder, exist_ok=True)
    texts, chars = [], 0
    for start in range(0, n, 500):
        with open(os.path.join(folder, f"batch-{start // 500:04d}.jsonl"), "w", encoding="utf-8") as f:
            for k in range(start, min(n, start + 500)):
                d = dict(base[k % len(base)])
                d["id"] = f"{k // len(base)}-{d['id']}"
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
                texts.append(d["text"])
                chars += len(d["text"])
    return n, chars, texts


def presspipe(*args: str) -> Measured:
    """`presspipe run ARGS -q` with this checkout's code (`python -m pipeline`, as the console script runs)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")])))
    return run_measured([sys.executable, "-m", "pipeline", "run", *args, "-q"], env=env)


def memory(m: Measured) -> str:
    return f"peak memory {m.peak_rss:,.0f} MB (sum of RSS), {m.peak_pss:,.0f} MB (sum of PSS); load {m.load:.1f}"


def _kiwi_init():
    from pipeline.nlp.tokenizers import get_kiwi
    get_kiwi().tokenize("준비")


def _kiwi_tokenize(text: str) -> int:
    from pipeline.nlp.tokenizers import get_kiwi
    return len(get_kiwi().tokenize(text))


def kiwi_ceiling(texts: list[str], workers: int) -> float:
    """Seconds for Kiwi alone to tokenise TEXTS in WORKERS processes (Kiwi loaded beforehand)."""
    ctx = multiprocessing.get_context("spawn")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with ctx.Pool(workers, initializer=_kiwi_init) as pool:
        pool.map(_kiwi_tokenize, ["준비"] * workers * 4, chunksize=1)   # every process has loaded Kiwi
        started = time.monotonic()
        pool.map(_kiwi_tokenize, texts, chunksize=8)
        return time.monotonic() - started


def same_files(a: str, b: str) -> bool:
    return all(open(os.path.join(a, n), "rb").read() == open(os.path.join(b, n), "rb").read()
               for n in os.listdir(a) if n.endswith(".jsonl"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--first", type=int, default=0, metavar="N",
                    help="run 1 worker on the first N documents of the batch only (the same mix; saves time)")
    ap.add_argument("--flat-docs", type=int, nargs="*", default=[1000, 20000],
                    help="batch sizes whose peak memory (2 workers) is compared with the main batch's")
    ap.add_argument("--skip", nargs="*", default=[], choices=["pipeline", "kiwi", "flat", "long"])
    args = ap.parse_args()
    model = ["--no-model"] if args.no_model else []
    work = tempfile.mkdtemp(prefix="presspipe-scale-")
    try:
        batch = os.path.join(work, "batch")
        n, chars, texts = build_batch(batch, args.docs)
        print(f"batch: {n:,} releases, {chars:,} characters ({chars / n:,.0f} per release), "
              f"model {'off' if args.no_model else 'on'}, {os.cpu_count()} cores")
        one = os.path.join(work, "one")
        build_batch(one, 1)
        rates = {}
        if "pipeline" not in args.skip:
            outs = []
            first = None
            if args.first:
                first = os.path.join(work, "first")
                k, first_chars, _ = build_batch(first, args.first)
            for w in args.workers:
                startup = presspipe(one, "-o", os.path.join(work, f"one-{w}"), "-w", str(w), *model).seconds
                out = os.path.join(work, f"out-{w}")
                src, docs, size = (first, k, first_chars) if first and w == 1 else (batch, n, chars)
                m = presspipe(src, "-o", out, "-w", str(w), *model)
                code, secs = m.code, m.seconds
                if src == batch:
                    outs.append(out)
                rates[w] = size / (secs - startup)
                print(f"pipeline, {w} worker(s), {docs:,} documents: exit {code}, {secs:.1f} s wall ({startup:.1f} s "
                      f"start-up): {docs / secs:.1f} documents/s, {size / secs:,.0f} characters/s; without start-up "
                      f"{docs / (secs - startup):.1f} documents/s, {rates[w]:,.0f} characters/s; {memory(m)}")
            if len(outs) > 1:
                print(f"outputs byte-identical across {args.workers} workers: "
                      f"{all(same_files(outs[0], o) for o in outs[1:])}")
                w0, w1 = args.workers[0], args.workers[-1]
                print(f"speed-up {w0} -> {w1} workers: {rates[w1] / rates[w0]:.2f}x")
        if "kiwi" not in args.skip:
            for w in args.workers:
                secs = kiwi_ceiling(texts, w)
                line = f"ceiling, bare Kiwi tokenisation, {w} process(es): {chars / secs:,.0f} characters/s"
                if w in rates:
                    line += f"; the pipeline reaches {rates[w] / (chars / secs):.2f} of it"
                print(line)
        if "flat" not in args.skip:
            for k in args.flat_docs:
                folder = os.path.join(work, f"flat-{k}")
                build_batch(folder, k)
                m = presspipe(folder, "-o", folder + "-out", "-w", "2", *model)
                print(f"memory flatness, {k:,} documents, 2 workers: exit {m.code}, {m.seconds:.0f} s, {memory(m)}")
                shutil.rmtree(folder, ignore_errors=True)
                shutil.rmtree(folder + "-out", ignore_errors=True)
        if "long" not in args.skip:
            ko = [d["text"] for d in releases() if d.get("lang") == "ko" or d["id"].endswith(".ko.txt")]
            text, k = "", 0
            while len(text.encode("utf-8")) < 1_000_000:
                text += ko[k % len(ko)] + "\n\n"
                k += 1
            path = os.path.join(work, "long.ko.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            m = presspipe(path, "-o", os.path.join(work, "long-out"), "-w", "1", *model)
            print(f"one Korean document of {len(text.encode('utf-8')):,} bytes ({len(text):,} characters), 1 worker: "
                  f"exit {m.code}, {m.seconds:.1f} s, {memory(m)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
