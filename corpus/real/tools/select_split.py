#!/usr/bin/env python3
"""Choose the real releases to annotate and split them, once, into a tuning part and a test part.

Run once (2026-12-05) before any tuning; its output is recorded in corpus/real/split.tsv and must
not be regenerated with other numbers. Stratified by source: from each source a fixed number of
releases is drawn at random (seeded), then two thirds of each source's draw go to `tune` and one
third to `test`.

usage: select_split.py [SHARED_DIR]   (default: ../shared beside the project)
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SEED = 20261205
# source repository -> how many of its releases are annotated
DRAW = {
    "hosungseo/gov-press-md": 28,           # ko, central government (60 available)
    "ainaju618-blip/koreanewskorea": 8,     # ko, local government (15)
    "Newsworthyai/press-release-archive": 24,  # en, wire releases (50)
    "kiang/www.president.gov.tw": 2,        # zh, President's Office (4)
    "kiang/www.tainan.gov.tw": 13,          # zh, Tainan City (36)
}


def main(argv):
    shared = argv[1] if len(argv) > 1 else os.path.join(PROJECT, "..", "shared")
    with open(os.path.join(shared, "data", "real-releases", "index.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    rng = random.Random(SEED)
    out = []
    for source, n in DRAW.items():
        files = sorted(r["file"] for r in rows if r["source_repo"] == source)
        drawn = sorted(rng.sample(files, n))
        order = drawn[:]
        rng.shuffle(order)
        n_test = round(n / 3)
        test = set(order[:n_test])
        for f in drawn:
            lang = next(r["lang"] for r in rows if r["file"] == f)
            out.append((f, lang, source, "test" if f in test else "tune"))
    out.sort()
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["file", "lang", "source", "part"])
    w.writerows(out)


if __name__ == "__main__":
    main(sys.argv)
