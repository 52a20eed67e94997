"""Batch throughput and memory of the whole pipeline: prints figures, asserts nothing.

    python benchmarks/batch_bench.py [--repeat N] [INPUT ...]

Runs the pipeline over the inputs (default: corpus/) N times in one process, after one warm-up
pass that loads Kiwi and builds the pipelines, and prints documents/s, characters/s, time per
document per language, the one-off start-up cost and the peak resident memory.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from pipeline.api import process  # noqa: E402
from pipeline.batch.runner import run  # noqa: E402
from pipeline.config import PipelineOptions  # noqa: E402
from pipeline.ingest.sources import SourceDoc, read_inputs  # noqa: E402


def recs_lang(doc: SourceDoc) -> str:
    from pipeline.ingest.language import detect_lang
    return detect_lang(doc.text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*", default=["corpus"])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-model", action="store_true", help="without the shipped entity models (ko, en, zh)")
    args = ap.parse_args()
    options = PipelineOptions(use_model=not args.no_model)

    docs = [i for f in read_inputs(args.inputs) for i in f.items if isinstance(i, SourceDoc)]
    t0 = time.perf_counter()
    for d in docs:
        process(d, options)
    startup = time.perf_counter() - t0
    per_lang: dict[str, list[float]] = {}
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            s = time.perf_counter()
            recs = process(d, options)
            per_lang.setdefault(recs["documents.jsonl"][0].lang, []).append(time.perf_counter() - s)
    total = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as out:
        s = time.perf_counter()
        run(args.inputs, out, options=options)
        batch = time.perf_counter() - s
    peak_batch = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Linear in length: one release per language repeated 1x, 16x and 64x, time per character.
    scaling = []
    from pipeline.api import extract
    for lang in ("ko", "en", "zh"):
        doc = next((d for d in docs if (d.lang or recs_lang(d)) == lang), None)
        if doc is None:
            continue
        cells = []
        for k in (1, 16, 64):
            text = doc.text * k
            s = time.perf_counter()
            extract(text, lang=lang, options=options)
            cells.append(f"{(time.perf_counter() - s) / len(text) * 1e6:.1f}")
        scaling.append(f"  {lang}: {' / '.join(cells)} µs per character at 1x / 16x / 64x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(docs) * args.repeat
    print(f"documents: {len(docs)} ({chars:,} characters), repeated {args.repeat}x, model {'off' if args.no_model else 'on'}")
    print(f"first pass (loads Kiwi, builds pipelines): {startup:.2f} s")
    print(f"throughput: {n / total:.1f} documents/s, {chars * args.repeat / total:,.0f} characters/s")
    for lang, times in sorted(per_lang.items()):
        print(f"  {lang}: median {statistics.median(times) * 1000:.1f} ms/document over {len(times)}")
    print(f"`presspipe run` over the inputs (warm, writing files): {batch:.2f} s")
    print("time per character as a release grows (flat = linear):")
    print("\n".join(scaling))
    print(f"peak resident memory: {peak_batch:.0f} MB for the batch, {peak:.0f} MB after the 64x texts")


if __name__ == "__main__":
    main()
