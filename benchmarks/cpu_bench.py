"""CPU time of the whole pipeline per language, and of each stage: prints figures, asserts nothing.

    python benchmarks/cpu_bench.py [--repeat 3] [--lang ko en zh] [--stages]

Runs `api.process` over the real releases of each language (../shared/data/real-releases, or
$PRESSPIPE_SHARED) in one process, after a warm-up pass, and prints characters per CPU second
(`time.process_time`, which other jobs on a shared machine disturb far less than wall time) for
each pass. With --stages, the CPU seconds of the tokenizer and of each pipeline component.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from pipeline.api import process  # noqa: E402
from pipeline.config import PipelineOptions  # noqa: E402
from pipeline.ingest.sources import SourceDoc  # noqa: E402
from pipeline.nlp.build import get_nlp  # noqa: E402

SHARED = os.environ.get("PRESSPIPE_SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
REAL = os.path.join(SHARED, "data", "real-releases", "docs.jsonl")


def releases(lang: str) -> list[SourceDoc]:
    with open(REAL, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [SourceDoc(source=r["id"], text=r["text"], format="jsonl", encoding="utf-8", path=REAL, lang=lang,
                      date=r.get("date")) for r in rows if r.get("lang") == lang]


def stage_seconds(docs: list[SourceDoc], options: PipelineOptions) -> dict[str, float]:
    nlp = get_nlp(docs[0].lang or "", options)
    spent: dict[str, float] = {"tokenizer": 0.0}
    for d in docs:
        s = time.process_time()
        doc = nlp.make_doc(d.text)
        spent["tokenizer"] += time.process_time() - s
        for name, proc in nlp.pipeline:
            s = time.process_time()
            doc = proc(doc)
            spent[name] = spent.get(name, 0.0) + time.process_time() - s
    return spent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--lang", nargs="+", default=["ko", "en", "zh"])
    ap.add_argument("--stages", action="store_true", help="CPU seconds per pipeline component too")
    args = ap.parse_args()
    options = PipelineOptions()
    for lang in args.lang:
        docs = releases(lang)
        chars = sum(len(d.text) for d in docs)
        for d in docs:
            process(d, options)   # warm-up: loads Kiwi, jieba, the models
        rates = []
        for _ in range(args.repeat):
            s = time.process_time()
            for d in docs:
                process(d, options)
            rates.append(chars / (time.process_time() - s))
        print(f"{lang}: {len(docs)} releases, {chars:,} characters: "
              f"{' / '.join(f'{r:,.0f}' for r in rates)} characters per CPU second")
        if args.stages:
            spent = stage_seconds(docs, options)
            total = sum(spent.values())
            print("  " + ", ".join(f"{k.removeprefix('presspipe_')} {v:.2f} s ({v / total:.0%})" for k, v in spent.items()))


if __name__ == "__main__":
    main()
