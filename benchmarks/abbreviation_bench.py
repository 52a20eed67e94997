"""Acronym long forms: presspipe's Schwartz-Hearst finder (the aliases stage) against scispaCy's
`AbbreviationDetector` (Schwartz & Hearst 2003 as well), on the English real releases' gold
(a script that prints figures, not a test).

scispaCy is a peer here, not a dependency: it pins numpy below 2, which the project's spaCy
models do not, so it lives in a virtual environment of its own:

    python3 -m venv /tmp/scivenv && /tmp/scivenv/bin/pip install scispacy
    python benchmarks/abbreviation_bench.py --scispacy-python /tmp/scivenv/bin/python

The script runs itself under that Python with `--detect` to get scispaCy's pairs (a blank
English pipeline with `abbreviation_detector`; its tokenizer is spaCy's English rules, as
presspipe's), then runs presspipe on the same English releases, and scores both against
corpus/real/gold, part `tune` and part `test` separately, by the evaluator's rule (name and
alias text equal after NFKC, case and space folding; pairs the gold marks `"named": false`,
common nouns such as `artificial intelligence (AI)`, are optional: neither found nor missed).
Only pairs whose name and alias are both in Latin letters count, on both sides (an acronym and
its long form, either order); presspipe's pairs across scripts (`Hanbit Energy (한빛에너지)`)
are left out of this table, since scispaCy does not look for them.

A scispaCy pair is each short form that stands in brackets right after its long form
(`Korea Trade-Investment Promotion Agency (KOTRA)`), or a long form in brackets right after
its short form (`KOTRA (Korea Trade-Investment Promotion Agency)`): the detector's definition
and every later bracket that repeats it.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT.parent / "shared" / "data" / "real-releases" / "docs.jsonl"
GOLD = ROOT / "corpus" / "real" / "gold"
SPLIT = ROOT / "corpus" / "real" / "split.tsv"
LATIN = re.compile(r"[A-Za-z]")
NON_LATIN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u9fff\uf900-\ufaff]")


def detect(docs_path: str) -> dict[str, list[dict]]:
    """scispaCy's pairs per English document (run under the scispaCy environment)."""
    import spacy
    from scispacy.abbreviation import AbbreviationDetector  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("abbreviation_detector")
    out: dict[str, list[dict]] = {}
    for line in open(docs_path, encoding="utf-8"):
        d = json.loads(line)
        if d.get("lang") != "en":
            continue
        doc = nlp(d["text"])
        pairs = []
        for short in doc._.abbreviations:
            long = short._.long_form
            before, after = doc[short.start - 1] if short.start else None, doc[short.end] if short.end < len(doc) else None
            if not (before is not None and before.text == "(" and after is not None and after.text == ")"):
                continue
            # `LONG (SHORT)`: the words before the bracket spell the long form
            start = short.start - 1 - len(long)
            if start >= 0 and doc[start:short.start - 1].text == long.text:
                pairs.append({"name": long.text, "alias": short.text})
        # `SHORT (LONG)`: a long form in brackets after its short form
        for short in doc._.abbreviations:
            long = short._.long_form
            if long.start == short.end + 1 and long.end < len(doc) and doc[short.end].text == "(" \
                    and doc[long.end].text == ")":
                pairs.append({"name": short.text, "alias": long.text})
        out[d["id"]] = pairs
    return out


def _latin_pair(name: str, alias: str) -> bool:
    return all(LATIN.search(s) and not NON_LATIN.search(s) for s in (name, alias))


def score(pred: dict[str, list[tuple[str, str]]], part: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.review.evaluate import fold
    parts = dict(line.split("\t")[0:4:3] for line in SPLIT.read_text(encoding="utf-8").splitlines()[1:])
    tp = fp = fn = 0
    for doc_id, p in sorted(parts.items()):
        if p.strip() != part or not doc_id.startswith("en-"):
            continue
        g = json.loads((GOLD / (doc_id.rsplit(".", 1)[0] + ".gold.json")).read_text(encoding="utf-8"))
        gold = [a for a in g.get("aliases", []) if _latin_pair(a["name"]["text"], a["alias"]["text"])]
        named = [(fold(a["name"]["text"]), fold(a["alias"]["text"])) for a in gold if a.get("named", True)]
        optional = {(fold(a["name"]["text"]), fold(a["alias"]["text"])) for a in gold if not a.get("named", True)}
        found = [(fold(n), fold(a)) for n, a in pred.get(doc_id, []) if _latin_pair(n, a)]
        found = [x for x in found if x in named or x not in optional]
        left = list(named)
        for x in found:
            if x in left:
                left.remove(x)
                tp += 1
            else:
                fp += 1
        fn += len(left)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": prec, "r": rec, "f1": f1}


def ours(docs_path: str) -> dict[str, list[tuple[str, str]]]:
    sys.path.insert(0, str(ROOT))
    from pipeline.batch.runner import run
    with tempfile.TemporaryDirectory() as tmp:
        en = os.path.join(tmp, "en.jsonl")
        with open(en, "w", encoding="utf-8") as f:
            for line in open(docs_path, encoding="utf-8"):
                if json.loads(line).get("lang") == "en":
                    f.write(line)
        run([en], os.path.join(tmp, "out"), workers=0, time_limit=None)
        docs = {}
        for line in open(os.path.join(tmp, "out", "documents.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            docs[d["id"]] = d["source"]
        out: dict[str, list[tuple[str, str]]] = {}
        for line in open(os.path.join(tmp, "out", "aliases.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            out.setdefault(docs[r["doc_id"]], []).append((r["name"]["text"], r["alias"]["text"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--detect", action="store_true", help="print scispaCy's pairs as JSON (scispaCy's Python)")
    ap.add_argument("--scispacy-python", help="the Python of an environment with scispaCy installed")
    ap.add_argument("--docs", default=str(DOCS))
    args = ap.parse_args()
    if args.detect:
        json.dump(detect(args.docs), sys.stdout, ensure_ascii=False)
        return
    systems = {"presspipe (aliases stage)": ours(args.docs)}
    if args.scispacy_python:
        got = subprocess.run([args.scispacy_python, __file__, "--detect", "--docs", args.docs],
                             check=True, capture_output=True, text=True)
        systems["scispaCy AbbreviationDetector"] = {k: [(p["name"], p["alias"]) for p in v]
                                                    for k, v in json.loads(got.stdout).items()}
    else:
        print("(no --scispacy-python: scispaCy left out)")
    print("| system | part | P | R | F1 | tp | fp | fn |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name, pred in systems.items():
        for part in ("tune", "test"):
            s = score(pred, part)
            print(f"| {name} | {part} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {s['tp']} | {s['fp']} | {s['fn']} |")


if __name__ == "__main__":
    main()
