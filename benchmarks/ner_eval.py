"""The trained Korean entity model alone on the KLUE news half: OG and DT, exact and overlap.

    python benchmarks/ner_eval.py [--data ../shared/data/klue-ner-news-half] [--model ko_klue_ner]
                                  [--json OUT.json] [--errors N]

Reads `docs.jsonl` and `gold.jsonl` (KLUE-NER dev, news half: data for measuring, never for
training), tokenises each sentence with presspipe's Kiwi tokenizer, runs the model's trained
components on those Docs (`pipeline.stages.ner.model.ner_spans_batch`) and scores the model's
OG and DT spans with the project's scorer (`pipeline.review.evaluate.Score`: greedy one-to-one
matching in gold order), on exact spans and on overlapping spans. Prints a Markdown table, then
the inference speed: Kiwi tokenisation and the model timed apart, one thread, sentence by
sentence in batches as the pipeline does. Rules and combined numbers are another script's job.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

# The shared folder: $PRESSPIPE_SHARED, else `shared` beside the repository.
SHARED = os.environ.get("PRESSPIPE_SHARED") or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                            "..", "shared")
DEFAULT_DATA = os.path.normpath(os.path.join(SHARED, "data", "klue-ner-news-half"))


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(data_dir: str = DEFAULT_DATA, model: str = "ko_klue_ner") -> dict:
    """Scores and timings of `model` on the news half in `data_dir`."""
    from pipeline.nlp.build import blank
    from pipeline.review.evaluate import Score
    from pipeline.stages.ner.model import load_ko_ner, ner_spans_batch

    docs = read_jsonl(os.path.join(data_dir, "docs.jsonl"))
    gold = {g["id"]: g for g in read_jsonl(os.path.join(data_dir, "gold.jsonl"))}
    texts = [d["text"] for d in docs]
    n_chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    load_ko_ner(model)
    t_load = time.perf_counter() - t0

    nlp = blank("ko")
    nlp.make_doc("워밍업")  # load Kiwi outside the timed part
    t0 = time.perf_counter()
    spacy_docs = [nlp.make_doc(t) for t in texts]
    t_tok = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = ner_spans_batch(spacy_docs, model)
    t_model = time.perf_counter() - t0

    scores = {f"{label}_{mode}": Score() for label in ("OG", "DT") for mode in ("exact", "overlap")}
    for d, pred_all in zip(docs, found):
        g = gold.get(d["id"], {})
        for label in ("OG", "DT"):
            spans = [tuple(x) for x in g.get(label, [])]
            pred = sorted((a, b) for a, b, lab in pred_all if lab == label)
            show = lambda s, text=d["text"]: f"{d['id']}: {text[s[0]:s[1]]}"  # noqa: E731
            scores[f"{label}_exact"].match(spans, pred, lambda a, b: a == b, show)
            scores[f"{label}_overlap"].match(spans, pred, lambda a, b: a[0] < b[1] and b[0] < a[1], show)
    n = len(texts)
    return {
        "model": model,
        "data": f"shared/data/{os.path.basename(os.path.normpath(data_dir))}",
        "sentences": n,
        "chars": n_chars,
        "scores": {k: v.as_dict() for k, v in scores.items()},
        "errors": {k: {"missed": v.misses, "extra": v.extras} for k, v in scores.items() if k.endswith("exact")},
        "speed": {
            "load_seconds": round(t_load, 2),
            "kiwi_ms_per_sentence": round(1000 * t_tok / n, 3),
            "model_ms_per_sentence": round(1000 * t_model / n, 3),
            "model_chars_per_second": round(n_chars / t_model),
            "kiwi_plus_model_chars_per_second": round(n_chars / (t_tok + t_model)),
        },
    }


def markdown(result: dict) -> str:
    lines = [f"Model `{result['model']}` alone on {result['sentences']} KLUE news-half sentences.", "",
             "| label | spans | precision | recall | F1 | tp | fp | fn |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for key, s in result["scores"].items():
        label, mode = key.split("_")
        lines.append(f"| {label} | {mode} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
                     f"| {s['tp']} | {s['fp']} | {s['fn']} |")
    sp = result["speed"]
    lines += ["", "| inference (one process) | value |", "|---|---:|",
              f"| model load (s) | {sp['load_seconds']} |",
              f"| Kiwi tokenisation, ms per sentence | {sp['kiwi_ms_per_sentence']} |",
              f"| model (tok2vec + ner), ms per sentence | {sp['model_ms_per_sentence']} |",
              f"| model alone, chars/s | {sp['model_chars_per_second']:,} |",
              f"| Kiwi + model, chars/s | {sp['kiwi_plus_model_chars_per_second']:,} |"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="folder with docs.jsonl and gold.jsonl")
    ap.add_argument("--model", default="ko_klue_ner", help="model folder name under pipeline/models, or a path")
    ap.add_argument("--json", help="also write the full result (with error lists) here")
    ap.add_argument("--errors", type=int, default=0, help="print this many OG misses and extras")
    args = ap.parse_args(argv)
    result = evaluate(args.data, args.model)
    print(markdown(result))
    if args.errors:
        e = result["errors"]["OG_exact"]
        print("\nOG missed:", *e["missed"][:args.errors], sep="\n  ")
        print("\nOG extra:", *e["extra"][:args.errors], sep="\n  ")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
