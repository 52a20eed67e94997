#!/usr/bin/env python3
"""Choose the real releases to annotate and split them, once, into a tuning part and a test part.

Batch 1 (2026-12-05, before any tuning): from each source a fixed number of releases is drawn at
random (seed 20261205), then two thirds of each source's draw go to `tune` and one third to `test`.
Batch 2 (the same day, before any rule was changed with it in view): every release batch 1 left,
split the same way per source (seed 20261207). The output is recorded in corpus/real/split.tsv
(column `batch`) and must not be regenerated with other numbers.

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
    lang_of = {r["file"]: r["lang"] for r in rows}
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
            out.append((f, lang_of[f], source, "test" if f in test else "tune", "1"))
    out.sort()
    # batch 2: every release batch 1 left, split per source the same way
    taken = {r[0] for r in out}
    rng2 = random.Random(SEED + 2)
    second = []
    for source in sorted({r["source_repo"] for r in rows}):
        files = sorted(r["file"] for r in rows if r["source_repo"] == source and r["file"] not in taken)
        order = files[:]
        rng2.shuffle(order)
        test = set(order[:round(len(files) / 3)])
        second += [(f, lang_of[f], source, "test" if f in test else "tune", "2") for f in files]
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["file", "lang", "source", "part", "batch"])
    w.writerows(out + sorted(second))


if __name__ == "__main__":
    main(sys.argv)
