"""KLUE-NER jsonl -> spaCy DocBin, tokenised by presspipe's own Korean tokenizer (Kiwi).

Each sentence goes through `pipeline.nlp.build.blank("ko")`, so the training tokens are exactly
the tokens the shipped model will see at run time, Kiwi tag in `token.tag_`. KLUE's character
spans are placed on those tokens:

- a span whose edges fall on token boundaries is kept as it is (`alignment_mode="strict"`);
- a span that does not (Kiwi glued part of it to a neighbouring morpheme) is counted as
  misaligned and widened to the covering tokens (`alignment_mode="expand"`), because a slightly
  wide span teaches more than a missing one;
- widened spans can collide with their neighbours: `filter_spans` keeps the longest, and the
  losers are counted as dropped.

A fixed-seed shuffle holds out part of the training file as dev (never the news-half set, which
is only for measuring). Usage:

    python training/convert.py ../shared/data/klue-ner-train/train.jsonl training/corpus \
        --dev-fraction 0.1 --seed 0

writes `train.spacy`, `dev.spacy` and `convert-report.json` (counts per label) to the output
folder and prints the counts.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin
from spacy.util import filter_spans

from pipeline.nlp.build import blank

LABELS = ("OG", "DT", "PS", "LC", "QT", "TI")


def read_klue(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def place_spans(doc, entities, counts: dict[str, Counter]):
    """Spans of `entities` ([start, end, label]) on `doc`'s tokens; updates `counts` per label."""
    spans = []
    for start, end, label in entities:
        counts["total"][label] += 1
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            counts["misaligned"][label] += 1
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:  # only whitespace or out of range: nothing to learn from
                counts["lost"][label] += 1
                continue
        spans.append(span)
    kept = filter_spans(spans)
    kept_ids = {id(s) for s in kept}
    for s in spans:
        if id(s) not in kept_ids:
            counts["dropped_overlap"][s.label_] += 1
    return kept


def is_news(rec: dict) -> bool:
    """KLUE-NER sentences come from news (WikiTree, id ending `wikitree`) or movie reviews (`nsmc`)."""
    return str(rec.get("klue_id", "")).endswith("wikitree")


def convert(records: list[dict], nlp, counts: dict[str, Counter], news_repeat: int = 1) -> DocBin:
    """Docs for `records`; each news sentence is added `news_repeat` times in a row (spans are
    counted once)."""
    db = DocBin(store_user_data=False)
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, nlp.pipe(texts, batch_size=256)):
        doc.ents = place_spans(doc, rec["entities"], counts)
        for _ in range(news_repeat if is_news(rec) else 1):
            db.add(doc)
    return db


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", type=Path, help="KLUE-NER train.jsonl")
    ap.add_argument("output", type=Path, help="folder for train.spacy, dev.spacy, convert-report.json")
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dev-in-train", action="store_true",
                    help="train on every sentence, dev ones included (use with a fixed step count)")
    ap.add_argument("--news-repeat", type=int, default=1,
                    help="times each news sentence goes into train.spacy (the press releases are news)")
    args = ap.parse_args(argv)

    records = read_klue(args.input)
    order = list(range(len(records)))
    random.Random(args.seed).shuffle(order)
    n_dev = round(len(records) * args.dev_fraction)
    dev = [records[i] for i in sorted(order[:n_dev])]
    train = [records[i] for i in sorted(order[n_dev:])]
    if args.dev_in_train:  # the final model learns from every sentence; dev only reports progress
        train = list(records)

    nlp = blank("ko")
    args.output.mkdir(parents=True, exist_ok=True)
    report = {"input": str(args.input), "seed": args.seed, "dev_fraction": args.dev_fraction,
              "sentences": {"train": len(train), "dev": len(dev),
                            "train_news": sum(map(is_news, train)), "dev_news": sum(map(is_news, dev))},
              "news_repeat": args.news_repeat, "dev_in_train": args.dev_in_train}
    for name, part in (("train", train), ("dev", dev)):
        counts = {k: Counter() for k in ("total", "misaligned", "dropped_overlap", "lost")}
        convert(part, nlp, counts, args.news_repeat if name == "train" else 1).to_disk(args.output / f"{name}.spacy")
        report[name] = {k: {lab: counts[k][lab] for lab in LABELS} for k in counts}
    (args.output / "convert-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    print(f"sentences: train {len(train)}, dev {len(dev)}; news sentences in train.spacy "
          f"x{args.news_repeat}")
    print("| part | label | spans | misaligned | % | dropped (overlap) | lost |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name in ("train", "dev"):
        r = report[name]
        for lab in LABELS + ("all",):
            tot = sum(r["total"].values()) if lab == "all" else r["total"][lab]
            mis = sum(r["misaligned"].values()) if lab == "all" else r["misaligned"][lab]
            drop = sum(r["dropped_overlap"].values()) if lab == "all" else r["dropped_overlap"][lab]
            lost = sum(r["lost"].values()) if lab == "all" else r["lost"][lab]
            print(f"| {name} | {lab} | {tot} | {mis} | {100 * mis / max(tot, 1):.2f} | {drop} | {lost} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
