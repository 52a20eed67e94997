#!/usr/bin/env python3
"""Print a release with its gold spans marked, for reviewing a gold file by eye:
dates as [[text|value]], alias names as {{name}} and aliases as <<alias>> (<<alias>>~ when
"named": false); then organisations and events.  usage: show_gold.py GOLD_FILE"""
import json
import os
import sys

from corpus_root import corpus_root

CORPUS = corpus_root()


def main(path):
    g = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(CORPUS, g["document"]), encoding="utf-8").read()
    marks = []
    for d in g["dates"]:
        marks.append((d["start"], 0, "[["))
        marks.append((d["end"], 1, f"|{d['value']}]]"))
    for a in g["aliases"]:
        marks.append((a["name"]["start"], 0, "{{"))
        marks.append((a["name"]["end"], 1, "}}"))
        marks.append((a["alias"]["start"], 0, "<<"))
        marks.append((a["alias"]["end"], 1, ">>" + ("" if a.get("named", True) else "~")))
    out, last = [], 0
    for pos, _, m in sorted(set(marks), key=lambda x: (x[0], -x[1])):
        out.append(text[last:pos])
        out.append(m)
        last = pos
    out.append(text[last:])
    print("".join(out))
    print("dateline:", g["dateline"])
    for o in g["organisations"]:
        print("ORG", o["name"], "|", o["english_name"], "|", o["also_accept"])
    for e in g["events"]:
        print("EVT", e["type"], e["date"], e["trigger"], e["subject"], e["participants"], e["status"])


if __name__ == "__main__":
    main(sys.argv[1])
