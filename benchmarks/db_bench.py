"""Load times into SQLite (and PostgreSQL, given a URL): prints figures, asserts nothing.

    python benchmarks/db_bench.py [--copies N] [--run OUTDIR] [--pg postgresql://...]

Makes a run of N copies of OUTDIR (default: outputs/, the corpus run), each copy's sources and
record ids made unique, and times three loads into an empty database: the first load, the same
run again (every source unchanged), and a newer run in which every document changed (every
source's rows deleted and written again). The PostgreSQL database should be empty or throw-away.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from pipeline import records as R  # noqa: E402
from pipeline.db import load_run  # noqa: E402

ID = re.compile(r'"((?:doc|tx|org|al|ev|tm|err)-[0-9a-f]{16})"')


def make_run(src: str, dst: str, copies: int, confidence: float = 0.9, minutes: int = 0) -> int:
    """DST: COPIES copies of the run SRC, ids and sources suffixed per copy; returns the rows."""
    os.makedirs(dst, exist_ok=True)
    rows = 0
    for name in R.RECORD_FILES:
        with open(os.path.join(src, name), encoding="utf-8") as f:
            lines = [line for line in f if line.strip()]
        with open(os.path.join(dst, name), "w", encoding="utf-8") as out:
            for c in range(copies):
                for line in lines:
                    rec = json.loads(ID.sub(lambda m: f'"{m.group(1)}-{c}"', line))
                    if "source" in rec:
                        rec["source"] = f"{rec['source']}#{c}"
                    if "confidence" in rec:
                        rec["confidence"] = confidence
                    out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
                    rows += 1
    with open(os.path.join(src, "manifest.json"), encoding="utf-8") as f:
        m = json.load(f)
    m["started"] = (dt.datetime.fromisoformat(m["started"]) + dt.timedelta(minutes=minutes)).isoformat()
    m["finished"] = m["started"]
    with open(os.path.join(dst, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False)
    return rows


def bench(url: str, first: str, newer: str, rows: int) -> None:
    for label, run in (("first load", first), ("same run again", first), ("newer run, all changed", newer)):
        t0 = time.perf_counter()
        result = load_run(run, url)
        took = time.perf_counter() - t0
        written = sum(result.rows.values())
        print(f"  {label:24s} {took:6.2f} s  ({dict(result.sources)}; {written:,} rows written"
              + (f", {written / took:,.0f} rows/s" if written else "") + ")")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--run", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "outputs"))
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL of an empty, throw-away database")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        first, newer = os.path.join(tmp, "first"), os.path.join(tmp, "newer")
        rows = make_run(args.run, first, args.copies)
        make_run(args.run, newer, args.copies, confidence=0.5, minutes=60)
        docs = sum(1 for _ in open(os.path.join(first, "documents.jsonl"), encoding="utf-8"))
        print(f"{args.copies} copies of {args.run}: {docs:,} documents, {rows:,} records "
              "(load time includes `presspipe validate` and reading the files twice)")
        print("SQLite (a new file):")
        bench(f"sqlite:///{os.path.join(tmp, 'bench.db')}", first, newer, rows)
        if args.pg:
            print("PostgreSQL:")
            bench(args.pg, first, newer, rows)


if __name__ == "__main__":
    main()
