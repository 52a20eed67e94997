"""Month arithmetic: the project's helpers (`pipeline/stages/dates/periods.py`) against
python-dateutil's `relativedelta` (a script that prints figures, not a test).

    python benchmarks/periods_bench.py

Checks first that both give the same answers on every month from 1900 to 2100 shifted by -60 to
+60 months, then times each way of doing the two operations the engine needs.
"""
from __future__ import annotations

import datetime as dt
import sys
import timeit
from pathlib import Path

from dateutil.relativedelta import relativedelta

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.stages.dates.periods import add_months, month_end  # noqa: E402


def rd_add_months(y: int, m: int, k: int) -> tuple[int, int]:
    d = dt.date(y, m, 1) + relativedelta(months=k)
    return d.year, d.month


def rd_month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, 1) + relativedelta(day=31)


def main() -> None:
    checked = 0
    for y in range(1900, 2101):
        for m in range(1, 13):
            assert month_end(y, m) == rd_month_end(y, m), (y, m)
            for k in range(-60, 61):
                assert add_months(y, m, k) == rd_add_months(y, m, k), (y, m, k)
                checked += 1
    print(f"same results on {checked:,} month shifts and {201 * 12:,} month ends")
    n = 200_000
    rows = [
        ("add_months", lambda: add_months(2025, 11, 3), lambda: rd_add_months(2025, 11, 3)),
        ("month_end", lambda: month_end(2024, 2), lambda: rd_month_end(2024, 2)),
    ]
    print("| operation | periods.py (µs) | relativedelta (µs) | ratio |")
    print("|---|---:|---:|---:|")
    for name, ours, theirs in rows:
        a = min(timeit.repeat(ours, number=n, repeat=5)) / n * 1e6
        b = min(timeit.repeat(theirs, number=n, repeat=5)) / n * 1e6
        print(f"| {name} | {a:.2f} | {b:.2f} | {b / a:.1f}x |")


if __name__ == "__main__":
    main()
