#!/usr/bin/env python3
"""Write a pipeline-shaped output folder that says exactly what the gold says (an "oracle"),
so that ../shared/acceptance/score.py can be checked against the corpus: every score of the
oracle must be 1.0. Only the fields the scorer reads are filled in.

usage: oracle_output.py OUTDIR [GOLD_DIR]
"""
import json
import os
import sys

from corpus_root import corpus_root

CORPUS = corpus_root()


def main(argv):
    outdir = argv[1]
    gold_dir = argv[2] if len(argv) > 2 else os.path.join(CORPUS, "gold")
    os.makedirs(outdir, exist_ok=True)
    rows = {k: [] for k in ("documents", "organisations", "aliases", "timexes", "events")}
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".gold.json"):
            continue
        g = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        did = g["document"]
        text = open(os.path.join(CORPUS, did), encoding="utf-8").read()
        dl = g["dateline"]
        rows["documents"].append({"id": did, "source": did, "lang": g["lang"], "text": text,
                                  "dateline": ({"location": dl["location"], "date": dl["date"], "agency": None}
                                               if dl else None)})
        for o in g["organisations"]:
            rows["organisations"].append({"doc_id": did, "name": o["name"], "english_name": o["english_name"],
                                          "aliases": o["also_accept"]})
        for a in g["aliases"]:
            rows["aliases"].append({"doc_id": did, "name": a["name"], "alias": a["alias"]})
        for d in g["dates"]:
            rows["timexes"].append({"doc_id": did, **d})
        for e in g["events"]:
            rows["events"].append({"doc_id": did, "type": e["type"], "date": {"value": e["date"]}})
    for k, v in rows.items():
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as f:
            for r in v:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
