"""What a run tells the person who started it: a progress bar on a terminal, a summary line.

The bar (tqdm) shows documents done of the total, the rate and the time left; it is drawn only
when standard error is a terminal, so logs and pipes get no control characters. The summary
line is one line at the end: documents, errors, records per type, documents per second.
"""
from __future__ import annotations

import sys

from .runner import RunResult
from .work import Result


class Reporter:
    def __init__(self, bar: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.want_bar = bar and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = None
        self.processed = 0      # documents and errors this run made (not copied by --resume)
        self.chars = 0

    def start(self, total: int) -> None:
        if self.want_bar:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True, smoothing=0.05,
                            desc="presspipe", leave=False)

    def advance(self, result: Result) -> None:
        if result.seconds or result.chars:
            self.processed += 1
            self.chars += result.chars
        if self.bar is not None:
            self.bar.update(max(1, result.documents + result.errors))

    def finish(self, result: RunResult) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def summary_line(result: RunResult, reporter: Reporter | None = None) -> str:
    """`25 documents, 0 errors; 298 timexes, ... ; 8.1 documents/s -> OUTDIR`."""
    c = result.counts
    records = ", ".join(f"{c.get(k, 0)} {k}" for k in ("timexes", "organisations", "aliases", "events", "terms"))
    rate = ""
    if reporter is not None and result.seconds > 0:
        rate = f"; {reporter.processed / result.seconds:.1f} documents/s, {reporter.chars / result.seconds:,.0f} characters/s"
    copied = f" ({result.copied} input(s) kept from the run before)" if result.copied else ""
    return (f"{c.get('documents', 0)} documents, {c.get('errors', 0)} errors; {records}{rate} "
            f"in {result.seconds:.1f} s{copied} -> {result.outdir}")
