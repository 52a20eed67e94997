"""The entity model's step timed side by side in one process: BLAS back-ends, batching, models.

    python benchmarks/ner_speed.py [--lang ko] [--docs ../shared/data/real-releases/docs.jsonl]
                                   [--repeats 5] [--model DIR ...] [--batching] [--json OUT.json]

The documents of one language are tokenised and split into sentences by the pipeline once; then
every variant runs the model step (`ner_spans_batch`, what the `presspipe_ner` stage runs) over
all of them, the variants taking turns in each of `--repeats` rounds, and the minimum over the
rounds is reported, as wall time and as this process's CPU time (the machine is shared: CPU time
is the steadier of the two, and ratios within one run are what to compare). Variants:

- `blis` and `numpy`: the shipped model with thinc's default BLAS (BLIS) and with numpy's
  (OpenBLAS, what `load_ner` sets); the spans must be the same;
- with `--batching`: documents through the model 8 or 64 at a time (`nlp.pipe` batches; spans
  must be the same as one at a time), and each sentence as a Doc of its own in batches of 64 and
  256 (other spans at sentence edges: reported as a count of documents that differ);
- each `--model DIR` (a trained model folder, e.g. a retrained variant), with numpy's BLAS.

Run it with one thread (OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1), as batch workers run.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable

SHARED = os.environ.get("PRESSPIPE_SHARED") or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                            "..", "shared")
DEFAULT_DOCS = os.path.normpath(os.path.join(SHARED, "data", "real-releases", "docs.jsonl"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="ko", choices=("ko", "en", "zh"))
    ap.add_argument("--docs", default=DEFAULT_DOCS, help="docs.jsonl with `text` and `lang`")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--model", action="append", default=[], help="another trained model folder to time")
    ap.add_argument("--batching", action="store_true", help="also batches of documents and of sentences")
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args(argv)

    from thinc.api import NumpyOps

    from pipeline.nlp.build import get_nlp
    from pipeline.stages.ner.model import SHIPPED_MODELS, load_ner, ner_spans_batch

    with open(args.docs, encoding="utf-8") as f:
        texts = [d["text"] for d in map(json.loads, f) if d.get("lang") == args.lang]
    nlp = get_nlp(args.lang)
    split = nlp.get_pipe("presspipe_sentences")
    docs = [split(nlp.make_doc(t)) for t in texts]
    chars = sum(map(len, texts))
    shipped = SHIPPED_MODELS[args.lang]
    load_ner(shipped)

    def set_ops(name: str, ops: object) -> None:
        for _, proc in load_ner(name).pipeline:
            for node in proc.model.walk():
                node.ops = ops

    def with_ops(name: str, ops: object) -> Callable[[], list]:
        def run() -> list:
            set_ops(name, ops)
            return [ner_spans_batch([d], name)[0] for d in docs]
        return run

    blis_ops = NumpyOps(use_blis=True)
    numpy_ops = NumpyOps(use_blis=False)
    variants: dict[str, Callable[[], list]] = {"blis": with_ops(shipped, blis_ops), "numpy": with_ops(shipped, numpy_ops)}
    if args.batching:
        def documents(size: int) -> Callable[[], list]:
            def run() -> list:
                set_ops(shipped, numpy_ops)
                return ner_spans_batch(docs, shipped, size)
            return run

        def sentences(size: int) -> Callable[[], list]:
            def run() -> list:
                set_ops(shipped, numpy_ops)
                out, flat = [], ner_spans_batch([s.as_doc() for d in docs for s in d.sents], shipped, size)
                i = 0
                for d in docs:
                    spans = []
                    for s in d.sents:
                        spans += [(a + s.start_char, b + s.start_char, lab) for a, b, lab in flat[i]]
                        i += 1
                    out.append(spans)
                return out
            return run
        for size in (8, 64):
            variants[f"documents x{size}"] = documents(size)
        for size in (64, 256):
            variants[f"sentences x{size}"] = sentences(size)
    for path in args.model:
        load_ner(path)
        variants[path] = with_ops(path, numpy_ops)

    print(f"{len(docs)} {args.lang} documents, {chars:,} characters, {sum(map(len, docs)):,} tokens; "
          f"{args.repeats} rounds, minimum per variant", file=sys.stderr)
    reference = variants["blis"]()
    wall = {k: float("inf") for k in variants}
    cpu = dict(wall)
    differ: dict[str, int] = {}
    for r in range(args.repeats):
        for name, run in variants.items():
            w0, c0 = time.perf_counter(), time.process_time()
            out = run()
            cpu[name] = min(cpu[name], time.process_time() - c0)
            wall[name] = min(wall[name], time.perf_counter() - w0)
            if r == 0:
                differ[name] = sum(a != b for a, b in zip(out, reference))
    base = cpu["blis"]
    print("| variant | CPU s | ratio to blis (CPU) | wall s | model chars/s (CPU) | documents whose spans differ |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in variants:
        print(f"| {name} | {cpu[name]:.3f} | {cpu[name] / base:.3f} | {wall[name]:.3f} | {chars / cpu[name]:,.0f} | "
              f"{differ[name]} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"docs": len(docs), "chars": chars, "repeats": args.repeats, "cpu": cpu, "wall": wall,
                       "differ": differ}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
