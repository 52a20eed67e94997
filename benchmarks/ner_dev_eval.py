"""A shipped English or Chinese entity model alone on its development split: ORG, PERSON, LOC,
exact and overlapping spans.

    python benchmarks/ner_dev_eval.py en [--data ../shared/data/ner-en] [--model en_open_ner] [--errors N]
    python benchmarks/ner_dev_eval.py zh [--data ../shared/data/ner-zh] [--model zh_uner_ner]

Reads the set's `dev.jsonl` (never trained on), puts each sentence through the pipeline's own
tokenizer (`pipeline.nlp.build.blank(lang)`; English sentences are first detokenised and their
labels mapped exactly as training/convert_spans.py does for training), runs the model as the
`presspipe_ner` stage does (`pipeline.stages.ner.model.ner_spans_batch`) and scores its spans with
the project's scorer (`pipeline.review.evaluate.Score`, greedy one-to-one in gold order).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

SHARED = Path(os.environ.get("PRESSPIPE_SHARED") or ROOT.parent / "shared")   # or $PRESSPIPE_SHARED
DATA = {"en": str(SHARED / "data" / "ner-en"), "zh": str(SHARED / "data" / "ner-zh")}
LABELS = ("ORG", "PERSON", "LOC")


def evaluate(lang: str, data_dir: str | None = None, model: str | None = None) -> dict:
    from collections import Counter

    from convert_spans import prepare, read_jsonl

    from pipeline.nlp.build import blank
    from pipeline.review.evaluate import Score
    from pipeline.stages.ner.model import SHIPPED_MODELS, load_ner, ner_spans_batch

    model = model or SHIPPED_MODELS[lang]
    data_dir = data_dir or DATA[lang]
    records = read_jsonl(Path(data_dir) / "dev.jsonl")
    counts = {k: Counter() for k in ("unlabelled",)}
    prepared = [prepare(r, lang, counts) for r in records]
    t0 = time.perf_counter()
    load_ner(model)
    t_load = time.perf_counter() - t0
    nlp = blank(lang)
    docs = [nlp.make_doc(text) for text, _ in prepared]
    t0 = time.perf_counter()
    found = ner_spans_batch(docs, model)
    t_model = time.perf_counter() - t0
    scores = {f"{label}_{mode}": Score() for label in LABELS for mode in ("exact", "overlap")}
    for rec, (text, gold), pred_all in zip(records, prepared, found):
        for label in LABELS:
            g = [(a, b) for a, b, lab in gold if lab == label]
            p = sorted((a, b) for a, b, lab in pred_all if lab == label)
            show = lambda s, text=text, i=rec["id"]: f"{i}: {text[s[0]:s[1]]}"  # noqa: E731
            scores[f"{label}_exact"].match(g, p, lambda a, b: a == b, show)
            scores[f"{label}_overlap"].match(g, p, lambda a, b: a[0] < b[1] and b[0] < a[1], show)
    chars = sum(len(t) for t, _ in prepared)
    return {
        "model": model, "data": f"{Path(data_dir).name}/dev.jsonl", "sentences": len(records),
        "scores": {k: v.as_dict() for k, v in scores.items()},
        "errors": {k: {"missed": v.misses, "extra": v.extras} for k, v in scores.items() if k.endswith("exact")},
        "speed": {"load_seconds": round(t_load, 2), "model_ms_per_sentence": round(1000 * t_model / len(records), 3),
                  "model_chars_per_second": round(chars / t_model)},
    }


def markdown(result: dict) -> str:
    lines = [f"Model `{result['model']}` alone on {result['sentences']} sentences of {result['data']}.", "",
             "| label | spans | precision | recall | F1 | tp | fp | fn |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for key, s in result["scores"].items():
        label, mode = key.split("_")
        lines.append(f"| {label} | {mode} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
                     f"| {s['tp']} | {s['fp']} | {s['fn']} |")
    sp = result["speed"]
    lines += ["", f"load {sp['load_seconds']} s; {sp['model_ms_per_sentence']} ms a sentence; "
                  f"{sp['model_chars_per_second']:,} chars/s (model alone, one process)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=("en", "zh"))
    ap.add_argument("--data", default=None, help="folder with dev.jsonl (default: the shared set)")
    ap.add_argument("--model", default=None, help="model folder name under pipeline/models, or a path")
    ap.add_argument("--json", default=None, help="write the result (without errors) to this file")
    ap.add_argument("--errors", type=int, default=0, help="list this many ORG misses and extras")
    args = ap.parse_args(argv)
    if not os.path.isfile(os.path.join(args.data or DATA[args.lang], "dev.jsonl")):
        print(f"no dev.jsonl in {args.data or DATA[args.lang]}", file=sys.stderr)
        return 2
    result = evaluate(args.lang, args.data, args.model)
    print(markdown(result))
    if args.errors:
        e = result["errors"]["ORG_exact"]
        print("\nORG missed:", *e["missed"][:args.errors], sep="\n  ")
        print("\nORG extra:", *e["extra"][:args.errors], sep="\n  ")
    if args.json:
        out = {k: v for k, v in result.items() if k != "errors"}
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
