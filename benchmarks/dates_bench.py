"""Benchmark of the dates stage against dateparser (a script that prints figures, not a test).

    python benchmarks/dates_bench.py [--quick]

Prints three Markdown tables:

1. Accuracy on the example tables (pipeline/stages/dates/examples/*.tsv), ours vs
   `dateparser.parse` on the whole row text and `dateparser.search.search_dates` (settings
   RELATIVE_BASE = the row's anchor, PREFER_DATES_FROM = the row's prefer (`nearest` ->
   `current_period`), languages = [lang]). How a row is scored:
   - ours: the row's test (exactly one timex with the expected value, grain, type and mod;
     none for a negative row);
   - dateparser returns a datetime, not a TIMEX3 value, so its datetime is printed at the row's
     grain (`%Y` for year, `%Y-%m` for month, `%Y-%m-%d` for day, `%Y-%m-%dT%H:%M` for hour or
     minute) and compared with the expected value; `search_dates` must find exactly one date.
     A negative row is right when nothing is found.
   - "all rows" counts every row; rows dateparser cannot express (quarters, halves, weeks,
     seasons, ranges, durations, sets, PRESENT_REF, relative rows without an anchor) count as
     wrong for it. "comparable rows" keeps only the rows whose expected value is a plain
     year/month/day/time with an anchor, plus the negative rows: the fair column.
2. Time per document of `find_timexes` vs `search_dates` over corpus/*.txt (the seed
   release when the corpus is empty), anchored at each document's gold dateline date, and, where
   corpus/gold has the document, how many gold dates each finds (the acceptance scorer's rule:
   same value, overlapping span; dateparser's datetime is printed at the gold value's grain).
3. Time per KB of `find_timexes` on 1 KB .. 1 MB of repeated release text: flat = linear.
4. Time per character on hostile inputs at two sizes (a super-linear rule would show).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.stages.dates import LANGS, example_rows, find_timexes  # noqa: E402

warnings.filterwarnings("ignore")
import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402

SEED = ROOT / "corpus" / "tianjin-binhai.ko.txt"   # the acceptance seed, as the corpus keeps it
CORPUS = ROOT / "corpus"
FORMAT = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "hour": "%Y-%m-%dT%H:%M", "minute": "%Y-%m-%dT%H:%M"}
PREFER = {"past": "past", "future": "future", "nearest": "current_period"}


def _settings(row):
    s = {"PREFER_DATES_FROM": PREFER[row["prefer"]]}
    if row["anchor"]:
        s["RELATIVE_BASE"] = dt.datetime.fromisoformat(row["anchor"])
    return s


def _comparable(row) -> bool:
    if row["negative"]:
        return True
    return (row["anchor"] is not None and row["value"] is not None and row["grain"] in FORMAT
            and row["type"] in ("DATE", "TIME") and "/" not in row["value"] and row["mod"] is None)


def _dp_ok(row, got) -> bool:
    """`got`: list of datetimes dateparser found."""
    if row["negative"]:
        return not got
    if len(got) != 1 or not _comparable(row):
        return False
    return got[0].strftime(FORMAT[row["grain"]]) == row["value"]


def _ours_ok(row, lang) -> bool:
    got = find_timexes(row["text"], lang, anchor=row["anchor"], prefer=row["prefer"])
    if row["negative"]:
        return not got
    return len(got) == 1 and (got[0]["value"], got[0]["grain"], got[0]["type"], got[0]["mod"]) == \
        (row["value"], row["grain"], row["type"], row["mod"])


def _english_peers():
    """ctparse and datefinder, English-only date libraries, when installed (`pip install -e .[bench]`)."""
    peers = {}
    try:
        import logging

        import ctparse
        logging.getLogger("ctparse").setLevel(logging.CRITICAL)

        def ct(row):
            ts = dt.datetime.fromisoformat(row["anchor"]) if row["anchor"] else dt.datetime(2025, 2, 20)
            r = ctparse.ctparse(row["text"], ts=ts, timeout=1.0)
            res = getattr(r, "resolution", None) if r else None
            if res is None or not hasattr(res, "year") or res.year is None:
                return []
            try:
                return [dt.datetime(res.year, res.month or 1, res.day or 1, res.hour or 0, res.minute or 0)]
            except (TypeError, ValueError):
                return []
        peers["ctparse"] = ct
    except ImportError:
        pass
    try:
        import datefinder

        def df(row):
            base = dt.datetime.fromisoformat(row["anchor"]) if row["anchor"] else None
            try:
                return list(datefinder.find_dates(row["text"], base_date=base))
            except Exception:
                return []
        peers["datefinder"] = df
    except ImportError:
        pass
    return peers


def peer_accuracy(lang, peers):
    """Rows right for each peer (all rows, comparable rows), scored like dateparser."""
    rows = example_rows(lang)
    score = {k: [0, 0] for k in peers}
    for r in rows:
        comp = _comparable(r)
        for k, fn in peers.items():
            ok = _dp_ok(r, fn(r))
            score[k][0] += ok
            score[k][1] += ok and comp
    return score


def accuracy(lang):
    rows = example_rows(lang)
    score = {k: [0, 0, 0] for k in ("ours", "parse", "search")}   # right (all), right (comparable), n comparable
    n_comp = sum(_comparable(r) for r in rows)
    for r in rows:
        comp = _comparable(r)
        res = {"ours": _ours_ok(r, lang)}
        try:
            p = dateparser.parse(r["text"], languages=[lang], settings=_settings(r))
        except Exception:
            p = None
        res["parse"] = _dp_ok(r, [p] if p else [])
        try:
            found = search_dates(r["text"], languages=[lang], settings=_settings(r)) or []
        except Exception:
            found = []
        res["search"] = _dp_ok(r, [d for _, d in found])
        for k, ok in res.items():
            score[k][0] += ok
            score[k][1] += ok and comp
    return len(rows), n_comp, score


def _lang_of(path: Path, text: str) -> str:
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] in LANGS:
        return parts[-2]
    if any("\uac00" <= c <= "\ud7a3" for c in text[:2000]):
        return "ko"
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in text[:2000]) else "en"


def _gold_of(path: Path):
    g = CORPUS / "gold" / path.name.replace(".txt", ".gold.json")
    if not g.exists() and path == SEED:
        g = SEED.with_name("tianjin-binhai.gold.json")
    return json.loads(g.read_text(encoding="utf-8")) if g.exists() else None


def _spans(text, found):
    """search_dates gives (substring, datetime): place each substring in order in the text."""
    out, pos = [], 0
    for sub, d in found:
        i = text.find(sub, pos)
        if i < 0:
            i = text.find(sub)
        if i >= 0:
            out.append((i, i + len(sub), d))
            pos = i + len(sub)
    return out


def _dp_value_ok(gold_value: str, d) -> bool:
    """A dateparser datetime matches a gold value written at year, month or day grain."""
    fmt = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(gold_value))
    return fmt is not None and gold_value[:4].isdigit() and d.strftime(fmt) == gold_value


def _match(gold, found, same) -> int:
    """Gold dates matched one to one by a found (start, end, value) that overlaps and agrees."""
    used, tp = set(), 0
    for g in gold:
        for i, (s, e, v) in enumerate(found):
            if i not in used and s < g["end"] and g["start"] < e and same(g, v):
                used.add(i)
                tp += 1
                break
    return tp


def _time(fn, repeat):
    best = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t)
    return min(best)


def pct(a, b):
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repetitions, no 1 MB dateparser run")
    args = ap.parse_args()
    rep = 1 if args.quick else 3

    print("### Accuracy on the example tables\n")
    print("| table | rows | ours (all rows) | dateparser.parse (all) | search_dates (all) "
          "| comparable rows | ours (comparable) | dateparser.parse (comparable) | search_dates (comparable) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang in LANGS:
        n, nc, s = accuracy(lang)
        print(f"| {lang} | {n} | {pct(s['ours'][0], n)} | {pct(s['parse'][0], n)} | {pct(s['search'][0], n)} "
              f"| {nc} | {pct(s['ours'][1], nc)} | {pct(s['parse'][1], nc)} | {pct(s['search'][1], nc)} |")

    peers = _english_peers()
    if peers:
        print("\nEnglish-only peers on the English table (same scoring as dateparser):\n")
        print("| table | rows | comparable | " + " | ".join(f"{k} (all) | {k} (comparable)" for k in peers) + " |")
        print("|---|---:|---:|" + "---:|---:|" * len(peers))
        n, nc, _ = accuracy("en")
        ps = peer_accuracy("en", peers)
        print(f"| en | {n} | {nc} | " + " | ".join(f"{pct(ps[k][0], n)} | {pct(ps[k][1], nc)}" for k in peers) + " |")

    docs = sorted(CORPUS.glob("*.txt"))
    source = "corpus/*.txt"
    if not docs:
        docs, source = [SEED], "seed release (corpus/ is empty)"
    print(f"\n### Time per document ({len(docs)} document(s): {source})\n")
    print("Anchor: the gold dateline date when corpus/gold has one, else 2025-02-20. "
          "Gold columns: the scorer's rule (same value, overlapping span) against corpus/gold dates.\n")
    print("| document | chars | find_timexes ms | timexes | gold match / gold / found "
          "| search_dates ms | dates found | gold match (value at gold grain) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    ours_all, dp_all = [], []
    tot = {"tp": 0, "gold": 0, "found": 0, "dp_tp": 0, "dp_found": 0}
    for p in docs:
        t = p.read_text(encoding="utf-8")
        lang = _lang_of(p, t)
        gold = _gold_of(p)
        anchor = ((gold or {}).get("dateline") or {}).get("date") or "2025-02-20"
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(anchor), "PREFER_DATES_FROM": "current_period"}
        a = _time(lambda: find_timexes(t, lang, anchor=anchor), rep * 5)
        ours = find_timexes(t, lang, anchor=anchor)
        b = _time(lambda: search_dates(t, languages=[lang], settings=settings), rep)
        dps = search_dates(t, languages=[lang], settings=settings) or []
        ours_all.append(a)
        dp_all.append(b)
        g_cell = dp_cell = "-"
        if gold is not None:
            gd = gold.get("dates", [])
            tp = _match(gd, [(x["start"], x["end"], x["value"]) for x in ours], lambda g, v: v == g["value"])
            dp_spans = _spans(t, dps)
            dtp = _match(gd, dp_spans, lambda g, v: _dp_value_ok(g["value"], v))
            tot["tp"] += tp
            tot["gold"] += len(gd)
            tot["found"] += len(ours)
            tot["dp_tp"] += dtp
            tot["dp_found"] += len(dps)
            g_cell = f"{tp} / {len(gd)} / {len(ours)}"
            dp_cell = f"{dtp} / {len(gd)} / {len(dps)}"
        print(f"| {p.name} | {len(t)} | {a * 1000:.2f} | {len(ours)} | {g_cell} | {b * 1000:.1f} | {len(dps)} | {dp_cell} |")
    print(f"| **median / total** | | {statistics.median(ours_all) * 1000:.2f} | | "
          f"{tot['tp']} / {tot['gold']} / {tot['found']} | {statistics.median(dp_all) * 1000:.1f} | | "
          f"{tot['dp_tp']} / {tot['gold']} / {tot['dp_found']} |")
    if tot["gold"]:
        def prf(tp, found):
            pr = tp / found if found else 0.0
            rc = tp / tot["gold"]
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            return f"P {pr:.3f} R {rc:.3f} F1 {f1:.3f}"
        print(f"\nGold dates over the corpus: find_timexes {prf(tot['tp'], tot['found'])}; "
              f"search_dates {prf(tot['dp_tp'], tot['dp_found'])}")

    seed = SEED.read_text(encoding="utf-8")
    print("\n### Time per KB on growing input (repeated seed release, ko)\n")
    print("| input | find_timexes total ms | find_timexes ms/KB | search_dates ms/KB |")
    print("|---|---:|---:|---:|")
    for kb in (1, 10, 100, 1000):
        text = (seed * (kb * 1024 // len(seed) + 1))[: kb * 1024]
        a = _time(lambda: find_timexes(text, "ko", anchor="2025-02-20"), rep)
        dp = "-"
        if kb <= (10 if args.quick else 100):
            b = _time(lambda: search_dates(text, languages=["ko"]), 1)
            dp = f"{b * 1000 / kb:.1f}"
        print(f"| {kb} KB | {a * 1000:.1f} | {a * 1000 / kb:.3f} | {dp} |")

    print("\n### Hostile inputs: time per character at 1/10 size and at full size (flat = linear)\n")
    print("| input | chars | ko µs/char small / full | en | zh |")
    print("|---|---:|---|---|---|")
    for label, hostile in (("'1' x 200k", "1" * 200_000), ("'2025년 ' x 30k", "2025년 " * 30_000),
                           ("'20일 ' x 40k", "20일 " * 40_000), ("'2024-' x 40k", "2024-" * 40_000),
                           ("'1', 200k spaces, '년'", "1" + " " * 200_000 + "년")):
        small = hostile[: len(hostile) // 10]
        cells = []
        for lang in ("ko", "en", "zh"):
            a = _time(lambda: find_timexes(small, lang, anchor="2025-02-20"), 1) / len(small) * 1e6
            b = _time(lambda: find_timexes(hostile, lang, anchor="2025-02-20"), 1) / len(hostile) * 1e6
            cells.append(f"{a:.2f} / {b:.2f}")
        print(f"| {label} | {len(hostile):,} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
