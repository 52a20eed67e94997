"""HTML boilerplate: what each way of reading a page leaves for the pipeline (a script that prints
figures, not a test).

    python benchmarks/html_bench.py [--repeat N]

The pages are tests/data/html/*.html, releases written for the tests inside a site's header,
menus, side bars and footer; tests/data/html/gold.json says which organisations and dates the
release names (body) and which only the boilerplate names. Each reader's text goes through the
whole pipeline (`api.process`), and the table counts, over all pages: body organisations and
dates found, boilerplate organisations and dates found (bogus records), other organisations,
and the reader's time per page (median of --repeat runs, after one warm-up run).

Readers: BeautifulSoup's visible text (`visible_text`, what main read before), trafilatura's
main content as presspipe reads it (`page_text`), trafilatura with `fast=True` (no fallback
extractors), and readability-lxml's `Document.summary()` read by `visible_text` (a peer, not a
dependency: `pip install readability-lxml` to include it).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.api import process  # noqa: E402
from pipeline.ingest.html import page_text, visible_text  # noqa: E402
from pipeline.ingest.sources import SourceDoc  # noqa: E402

PAGES = ROOT / "tests" / "data" / "html"


def trafilatura_fast(markup: str) -> tuple[str, str | None]:
    import trafilatura
    text = trafilatura.extract(markup, include_tables=True, include_comments=False, fast=True, deduplicate=False)
    return text or "", None


def readability(markup: str) -> tuple[str, str | None]:
    from readability import Document
    return visible_text(Document(markup).summary(html_partial=True))[0], None


READERS = {"BeautifulSoup, whole page (main)": visible_text, "trafilatura (page_text)": page_text,
           "trafilatura fast=True": trafilatura_fast}
try:
    import readability as _r  # noqa: F401
    READERS["readability-lxml"] = readability
except ImportError:
    pass


def _matches(name: str, wanted: str) -> bool:
    """A record named `name` is the organisation `wanted` (`미국 식품의약국` is `식품의약국`)."""
    return wanted in name


def score(text: str, page: str, gold: dict) -> dict:
    src = SourceDoc(page, text, "html", "utf-8", page, date=gold["date"])
    recs = process(src)
    names = [n for r in recs.get("organisations.jsonl", []) for n in {r.name, r.english_name or r.name}]
    orgs = {r.name for r in recs.get("organisations.jsonl", [])}
    dates = [t.text for t in recs.get("timexes.jsonl", [])]
    body, boiler = gold["body"], gold["boilerplate"]
    known = body["orgs"] + boiler["orgs"]
    return {
        "body orgs": sum(any(_matches(n, o) for n in names) for o in body["orgs"]),
        "body dates": sum(d in dates for d in body["dates"]),
        "boilerplate orgs": sum(any(_matches(n, o) for n in names) for o in boiler["orgs"]),
        "boilerplate dates": sum(d in dates for d in boiler["dates"]),
        "other orgs": sum(not any(_matches(n, k) or n in k for k in known) for n in orgs),
        "errors": len(recs.get("errors.jsonl", [])),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    pages = [p for p in gold if not p.startswith("_")]
    totals = {"body orgs": sum(len(gold[p]["body"]["orgs"]) for p in pages),
              "body dates": sum(len(gold[p]["body"]["dates"]) for p in pages),
              "boilerplate orgs": sum(len(gold[p]["boilerplate"]["orgs"]) for p in pages),
              "boilerplate dates": sum(len(gold[p]["boilerplate"]["dates"]) for p in pages)}
    print(f"{len(pages)} pages; gold: {totals}")
    print("| reader | body orgs | body dates | boilerplate orgs (bogus) | boilerplate dates (bogus) | other orgs | ms per page |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, read in READERS.items():
        sums: dict[str, int] = {}
        times = []
        for page in pages:
            markup = (PAGES / page).read_text(encoding="utf-8")
            read(markup)                                   # warm-up: imports, stop lists
            ts = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                text, _ = read(markup)
                ts.append(time.perf_counter() - t)
            times.append(statistics.median(ts))
            for k, v in score(text, page, gold[page]).items():
                sums[k] = sums.get(k, 0) + v
        print(f"| {name} | {sums['body orgs']}/{totals['body orgs']} | {sums['body dates']}/{totals['body dates']} "
              f"| {sums['boilerplate orgs']}/{totals['boilerplate orgs']} "
              f"| {sums['boilerplate dates']}/{totals['boilerplate dates']} | {sums['other orgs']} "
              f"| {statistics.mean(times) * 1000:.1f} |")


if __name__ == "__main__":
    main()
