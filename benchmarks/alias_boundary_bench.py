"""Alias names on annotated sentences no alias rule was written from (a script that prints
figures, not a test).

The real releases' gold is small and the rules were read from its tune part, so this script
builds a second measure from the entity spans of the open data sets in `shared/data`: KLUE-NER
(Korean: `klue-ner-train` and the organisation spans of `klue-ner-news-half`), UNER Chinese
(`ner-zh`, train and dev) and `ner-en` (train and dev). A case is a gold entity span that ends
right before a bracket (or a space and a bracket) holding a rendering in another script, or, in
English and Chinese, an acronym of up to eight capitals: `미국 국립보건원(NIH)`, `约翰·史坦贝克（John
Steinbeck）`, `World Economic Forum (WEF)`. UNER Chinese glues Latin words together (`JohnSteinbeck`):
a space is put back inside brackets at each lower-to-upper step, offsets moved with it.

For each case: `exact` when an alias record whose rendering lies in that bracket has exactly the
gold span as its name, `wrong` when records are there but none has, `none` when there is none.
exact/found = exact / (exact + wrong): how right the name's boundary is where a pair is read.
The cases are split once by a hash of the sentence id into a `read` half (errors may be looked at:
`--show`) and a `check` half (figures only). The data sets' conventions are not the guide's
(KLUE keeps a country a rendering leaves out, `미국 국립보건원(NIH)`; ner-en tags `Member of
Parliament (MP)` as `Parliament`; `A(35·여)` is a person's code, no rendering): a `wrong` is not
always an error, so read the errors against `shared/design/annotation.md`.

    python benchmarks/alias_boundary_bench.py                 # both halves, all languages
    python benchmarks/alias_boundary_bench.py --lang zh --part read --show
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PRESSPIPE_SHARED") or ROOT.parent / "shared")
BRACKET = re.compile(r"[(（]([^()（）]{1,60})[)）]")


def _script(s: str) -> str | None:
    counts = [(sum("\uac00" <= c <= "\ud7a3" for c in s), "ko"), (sum(c.isascii() and c.isalpha() for c in s), "latin"),
              (sum("\u4e00" <= c <= "\u9fff" for c in s), "han")]
    n, best = max(counts)   # (a tie goes to the later name: latin, then ko, then han)
    return best if n else None


def _uncamel(text: str, spans: list) -> tuple[str, list]:
    out, moved, depth = [], [], 0
    for k, ch in enumerate(text):
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth > 0 and k and ch.isascii() and ch.isupper() and text[k - 1].isascii() and text[k - 1].islower():
            out.append(" ")
        moved.append(len(out))
        out.append(ch)
    moved.append(len(out))
    return "".join(out), [(moved[a], moved[b], label) for a, b, label in spans]


def _cases(doc_id: str, text: str, spans: list, lang: str) -> list[dict]:
    found = []
    for m in BRACKET.finditer(text):
        inner = m.group(1)
        for a, b, label in spans:
            if not (b == m.start() or (b == m.start() - 1 and text[b] == " ")):
                continue
            name = text[a:b]
            other = _script(name) != _script(inner)
            acronym = lang != "ko" and inner.strip().isupper() and len(inner.strip()) <= 8
            if _script(name) and _script(inner) and (other or acronym):
                found.append({"doc": doc_id, "start": a, "end": b, "name": name, "label": label,
                              "bracket": m.start(1), "inner": inner, "lang": lang})
    return found


def build() -> tuple[list[dict], list[dict]]:
    docs, cases = [], []

    def add(doc_id, text, spans, lang):
        if lang == "zh":
            text, spans = _uncamel(text, spans)
        hits = _cases(doc_id, text, spans, lang)
        if hits:
            docs.append({"id": doc_id, "text": text, "lang": lang})
            cases.extend(hits)

    with open(SHARED / "data" / "klue-ner-train" / "train.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            add(r["klue_id"], r["text"], r["entities"], "ko")
    half = SHARED / "data" / "klue-ner-news-half"
    with open(half / "gold.jsonl", encoding="utf-8") as f:
        gold = {r["id"]: r for r in map(json.loads, f)}
    with open(half / "docs.jsonl", encoding="utf-8") as f:
        for r in map(json.loads, f):
            add(r["id"], r["text"], [(a, b, "OG") for a, b in gold.get(r["id"], {}).get("OG", [])], "ko")
    for lang, folder in (("zh", "ner-zh"), ("en", "ner-en")):
        for split in ("train", "dev"):
            with open(SHARED / "data" / folder / f"{split}.jsonl", encoding="utf-8") as f:
                for r in map(json.loads, f):
                    add(r["id"], r["text"], [(s["start"], s["end"], s["label"]) for s in r["spans"]], lang)
    return docs, cases


def part_of(doc_id: str) -> str:
    return "read" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "check"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=("ko", "en", "zh"))
    ap.add_argument("--part", choices=("read", "check"))
    ap.add_argument("--show", action="store_true", help="list the cases not exact (read half only)")
    ap.add_argument("--outdir", help="score this run of the benchmark's sentences instead of running presspipe")
    args = ap.parse_args()
    if args.show and args.part != "read":
        ap.error("--show only with --part read")
    for need in ("klue-ner-train", "klue-ner-news-half", "ner-zh", "ner-en"):
        if not (SHARED / "data" / need).is_dir():
            print(f"missing {SHARED / 'data' / need}: set PRESSPIPE_SHARED to the shared folder", file=sys.stderr)
            return 2
    docs, cases = build()
    texts = {d["id"]: d["text"] for d in docs}
    outdir = args.outdir
    if outdir is None:
        work = tempfile.mkdtemp(prefix="alias-bench-")
        with open(os.path.join(work, "docs.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        outdir = os.path.join(work, "out")
        subprocess.run([sys.executable, "-m", "pipeline", "run", os.path.join(work, "docs.jsonl"), "-o", outdir, "-q"],
                       check=True, cwd=ROOT)
    with open(os.path.join(outdir, "documents.jsonl"), encoding="utf-8") as f:
        doc_of = {r["source"]: r["id"] for r in map(json.loads, f)}
    pairs = defaultdict(list)
    with open(os.path.join(outdir, "aliases.jsonl"), encoding="utf-8") as f:
        for r in map(json.loads, f):
            pairs[r["doc_id"]].append(r)
    tally: Counter = Counter()
    for c in cases:
        part = part_of(c["doc"])
        if (args.lang and c["lang"] != args.lang) or (args.part and part != args.part):
            continue
        recs = [r for r in pairs.get(doc_of.get(c["doc"]), [])
                if r["alias"]["start"] >= c["bracket"] and r["alias"]["end"] <= c["bracket"] + len(c["inner"])]
        kind = "none" if not recs else "exact" if any(
            (r["name"]["start"], r["name"]["end"]) == (c["start"], c["end"]) for r in recs) else "wrong"
        tally[(c["lang"], part, kind)] += 1
        if args.show and kind != "exact":
            t = texts[c["doc"]]
            print(f"{kind:5} gold {c['name']!r} {c['label']} | got {[r['name']['text'] for r in recs]} | "
                  f"{t[max(0, c['start'] - 25):c['bracket'] + len(c['inner']) + 1]}")
    print("lang  part   cases  exact  wrong  none  exact/found")
    for lang in ("ko", "en", "zh"):
        for part in ("read", "check"):
            n = {k: tally[(lang, part, k)] for k in ("exact", "wrong", "none")}
            if sum(n.values()):
                share = n["exact"] / max(1, n["exact"] + n["wrong"])
                print(f"{lang:5} {part:6} {sum(n.values()):5} {n['exact']:6} {n['wrong']:6} {n['none']:5}  {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
