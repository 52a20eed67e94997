"""ner-en / ner-zh JSON-lines -> spaCy DocBin on presspipe's own tokens, with coarse labels.

The shared sets (`../shared/data/ner-en`, `../shared/data/ner-zh`, one sentence a line:
`{"id", "text", "spans": [{"start", "end", "label"}]}`) go through `pipeline.nlp.build.blank(lang)`,
the tokenizer the pipeline runs (spaCy's English rules; spaCy's Chinese tokenizer over jieba), so
the model learns on the tokens it will see.

- Labels become the three the organisation policy reads (`policy.py`: ORG, PERSON, LOC); every
  other label (MISC, products, works, events, ...) is left unlabelled, i.e. taught as "not one of
  these". ner-en's CrossNER fine types are mapped by `EN_LABELS` (politicians and writers are
  people, countries are places, magazines and journals are organisations as in press-release gold);
  SEC-filings' defined parties (`Borrower`, `Lender`, `Bank` as a word) are dropped as entities.
- English text in the sets is the source's tokens joined by single spaces (`did n't`, `Inc .`,
  `( KOTRA )`); `detokenize` glues punctuation and clitics back the way running text writes them
  and moves the spans with it, so that spaCy's tokenizer and the SPACY feature see press-release-like
  text.
- Headlines: press releases write headings and titles in Title Case (`Strong Growth in Transaction
  Volume`), where every word looks like a name to a model trained on Wikipedia sentences.
  `--title-case F` adds, for a seeded draw of a fraction F of the English training sentences, a
  copy with every lower-case word capitalised (`of`, `and`, `the` ... left as headlines leave
  them) and the same spans, so that capitals alone stop meaning "name".
- Chinese text has no spaces; a span whose edges fall inside a jieba token is widened to the
  covering tokens (`alignment_mode="expand"`), collisions keep the longest (`filter_spans`), by
  training/convert.py's `place_spans`, as for Korean. The counts go to `convert-report.json`.

    python training/convert_spans.py en ../shared/data/ner-en training/corpus-en --title-case 0.2
    python training/convert_spans.py zh ../shared/data/ner-zh training/corpus-zh

writes `train.spacy`, `dev.spacy` (the sets' own dev files, never trained on) and
`convert-report.json`.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from convert import place_spans  # noqa: E402  (the Korean converter's span placing, same rules)

from pipeline.nlp.build import blank  # noqa: E402

LABELS = ("ORG", "PERSON", "LOC")

EN_LABELS = {
    "ORG": "ORG", "MAGAZINE": "ORG", "ACADEMICJOURNAL": "ORG",
    "PER": "PERSON", "PERSON": "PERSON", "POLITICIAN": "PERSON", "WRITER": "PERSON",
    "MUSICALARTIST": "PERSON", "SCIENTIST": "PERSON", "RESEARCHER": "PERSON",
    "LOC": "LOC", "LOCATION": "LOC", "COUNTRY": "LOC",
}
ZH_LABELS = {"ORG": "ORG", "PER": "PERSON", "LOC": "LOC"}
# SEC-filings marks the defined parties of loan agreements: words, not names.
EN_NOT_NAMES = {"borrower", "borrowers", "lender", "lenders", "bank", "the bank", "agent", "administrative agent"}

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll",
                    "'d", "'m", "’s"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def detokenize(text: str, spans: list[dict]) -> tuple[str, list[dict]]:
    """Space-joined tokens -> running text; spans moved to the new offsets."""
    toks = text.split(" ")
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t) + 1
    out, new_start = [], {}
    cur = 0
    for i, t in enumerate(toks):
        if i and not (t in _NO_SPACE_BEFORE or toks[i - 1] in _NO_SPACE_AFTER):
            out.append(" ")
            cur += 1
        new_start[starts[i]] = cur
        out.append(t)
        cur += len(t)
    ends = {starts[i] + len(t): new_start[starts[i]] + len(t) for i, t in enumerate(toks)}
    moved = []
    for s in spans:
        if s["start"] in new_start and s["end"] in ends:
            moved.append({**s, "start": new_start[s["start"]], "end": ends[s["end"]]})
    return "".join(out), moved


_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                "with", "vs", "via"}


def title_case(text: str) -> str:
    """Every lower-case word capitalised, as a headline writes it; same length, same offsets."""
    def cap(m: re.Match) -> str:
        w = m.group(0)
        return w if w in _SMALL_WORDS or not w.islower() else w[0].upper() + w[1:]
    return re.sub(r"[A-Za-z][A-Za-z'’-]*", cap, text)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prepare(rec: dict, lang: str, counts: dict[str, Counter]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans = rec["text"], rec["spans"]
    if lang == "en":
        text, spans = detokenize(text, spans)
    table = EN_LABELS if lang == "en" else ZH_LABELS
    out = []
    for s in spans:
        label = table.get(s["label"])
        if label is None:
            counts["unlabelled"][s["label"]] += 1
            continue
        if lang == "en" and text[s["start"]:s["end"]].casefold() in EN_NOT_NAMES:
            counts["unlabelled"]["defined_party"] += 1
            continue
        out.append((s["start"], s["end"], label))
    return text, out


def convert(records: list[dict], lang: str, nlp, counts: dict[str, Counter], title_fraction: float = 0.0,
            seed: int = 0) -> DocBin:
    db = DocBin(store_user_data=False)
    prepared = [prepare(r, lang, counts) for r in records]
    if title_fraction:
        rng = random.Random(seed)
        picked = sorted(rng.sample(range(len(prepared)), round(title_fraction * len(prepared))))
        prepared += [(title_case(prepared[i][0]), prepared[i][1]) for i in picked]
        counts["title_case_copies"]["sentences"] = len(picked)
    for (text, spans), doc in zip(prepared, nlp.pipe([t for t, _ in prepared], batch_size=256)):
        doc.ents = place_spans(doc, spans, counts)
        db.add(doc)
    return db


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=("en", "zh"))
    ap.add_argument("data", type=Path, help="folder with train.jsonl and dev.jsonl")
    ap.add_argument("output", type=Path)
    ap.add_argument("--title-case", type=float, default=0.0,
                    help="fraction of English training sentences added again in Title Case")
    ap.add_argument("--seed", type=int, default=0, help="seed of the Title Case draw")
    args = ap.parse_args(argv)
    nlp = blank(args.lang)
    args.output.mkdir(parents=True, exist_ok=True)
    report: dict = {"lang": args.lang, "data": args.data.name, "labels": list(LABELS),
                    "label_map": EN_LABELS if args.lang == "en" else ZH_LABELS,
                    "title_case": args.title_case, "seed": args.seed}
    for part in ("train", "dev"):
        records = read_jsonl(args.data / f"{part}.jsonl")
        counts = {k: Counter() for k in ("total", "misaligned", "dropped_overlap", "lost", "unlabelled",
                                         "title_case_copies")}
        title = args.title_case if part == "train" else 0.0
        convert(records, args.lang, nlp, counts, title, args.seed).to_disk(args.output / f"{part}.spacy")
        report[part] = {"sentences": len(records), **{k: dict(sorted(v.items())) for k, v in counts.items()}}
        print(part, json.dumps(report[part], ensure_ascii=False))
    (args.output / "convert-report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
