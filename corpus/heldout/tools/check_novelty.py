#!/usr/bin/env python3
"""Check that the held-out releases share no sentence and no long word sequence with the
tuning corpus (corpus/*.txt, including the seed). Exit 1 when a held-out sentence equals a
corpus sentence or when they share a run of N consecutive words (default 7).

usage: check_novelty.py [N]
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT = os.path.dirname(HERE)
MAIN = os.path.dirname(HELDOUT)


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?。])\s+|\n", text) if s.strip()]


def units(text, lang):
    # words for ko/en, characters for zh (no spaces there)
    return list(re.sub(r"\s+", "", text)) if lang == "zh" else text.split()


def grams(seq, n):
    return {tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    main_texts = {os.path.basename(p): open(p, encoding="utf-8").read()
                  for p in glob.glob(os.path.join(MAIN, "*.txt"))}
    main_sents = {s for t in main_texts.values() for s in sentences(t)}
    bad = 0
    for p in sorted(glob.glob(os.path.join(HELDOUT, "*.txt"))):
        name = os.path.basename(p)
        lang = name.split(".")[-2]
        k = n * 2 if lang == "zh" else n          # 14 characters for Chinese
        text = open(p, encoding="utf-8").read()
        same = [s for s in sentences(text) if s in main_sents]
        mine = grams(units(text, lang), k)
        shared = set()
        for t in main_texts.values():
            shared |= mine & grams(units(t, lang), k)
        for s in same:
            print(f"ERROR {name}: sentence also in the tuning corpus: {s!r}")
        for g in sorted(shared):
            print(f"ERROR {name}: {k}-gram also in the tuning corpus: {' '.join(g) if lang != 'zh' else ''.join(g)!r}")
        bad += len(same) + len(shared)
        print(f"{'OK ' if not same and not shared else 'ERR'} {name}: {len(sentences(text))} lines, "
              f"0 shared sentences, {len(shared)} shared {k}-grams" if not same else f"ERR {name}")
    print(f"{bad} overlaps with the tuning corpus")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
