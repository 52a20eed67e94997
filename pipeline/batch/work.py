"""The per-document function every engine runs, and its result as the bytes the run writes.

`work(src, options, time_limit)` is what a worker process, a Dask task or the runner itself calls
for one document: `api.process` under a time limit, its records rendered as JSON lines there
and then (so a record that cannot be written, or a document that will not finish, is that
document's error record, not the run's end), and the time it took.
"""
from __future__ import annotations

import signal
import threading
import time
from dataclasses import dataclass, field

from .. import records as R
from ..api import TimeLimitExceeded, error_bundle, process, timeout_bundle
from ..config import PipelineOptions
from ..ingest.sources import SourceDoc

# Seconds one document may take by default. A 1 MB Korean release (about 350,000 characters)
# takes about 25 s with the entity model on this 2-core machine; 10 MB of Korean about 250 s.
DEFAULT_TIME_LIMIT = 600.0


@dataclass
class Result:
    """One document's (or input's) lines per output file, ready to append."""
    lines: dict[str, bytes] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0

    @property
    def errors(self) -> int:
        return self.counts.get("errors.jsonl", 0)

    @property
    def documents(self) -> int:
        return self.counts.get("documents.jsonl", 0)


def render(bundle: dict[str, list[R.Record]], seconds: float = 0.0, chars: int = 0) -> Result:
    """Records to the bytes of their JSON lines, per file."""
    out = Result(seconds=seconds, chars=chars)
    for name, recs in bundle.items():
        if recs:
            out.lines[name] = "".join(r.to_json() + "\n" for r in recs).encode("utf-8")
            out.counts[name] = len(recs)
    return out


class _Alarm:
    """A soft time limit: SIGALRM raises TimeLimitExceeded in the main thread when the limit
    passes (Python code stops at its next instruction; a long call into C stops when it
    returns, which is why the process engine also kills a worker that does not answer)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and threading.current_thread() is threading.main_thread() else None
        self.previous = None

    def __enter__(self):
        if self.seconds:
            self.previous = signal.signal(signal.SIGALRM, self._ring)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    @staticmethod
    def _ring(_signum, _frame):
        raise TimeLimitExceeded

    def __exit__(self, *exc):
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous or signal.SIG_DFL)
        return False


def work(src: SourceDoc, options: PipelineOptions, time_limit: float | None = DEFAULT_TIME_LIMIT) -> Result:
    """Process one document within `time_limit` seconds: its rendered lines (or its error's)."""
    started = time.monotonic()
    deadline = started + time_limit if time_limit else None
    try:
        with _Alarm(time_limit):
            bundle = process(src, options, deadline=deadline)
            result = render(bundle)
    except TimeLimitExceeded:
        result = render(timeout_bundle(src, time_limit))
    except Exception as exc:  # a record that cannot be rendered (process catches the rest)
        result = render(error_bundle(src, "write", "internal",
                                     f"presspipe could not write this document's records ({type(exc).__name__}: "
                                     f"{exc}); the rest of the run is fine. Please report it with this input attached."))
    result.seconds = time.monotonic() - started
    result.chars = len(src.text)
    return result


# One short release per language, made up for the purpose: running it loads what the pipelines
# only load on their first text (Kiwi's model and analyser, jieba's dictionary, the stages' word
# lists and caches), so that no document's time, nor its time limit, includes the loading.
SAMPLES = {
    "ko": "서울, 2025년 3월 4일 – 가나다전자(주)(이하 가나다)는 4일 라마바연구원과 업무협약을 맺었다고 밝혔다.",
    "en": "SEOUL, March 4, 2025 -- Acme Robotics Inc. (\"Acme\") said on Tuesday it had signed an agreement "
          "with the Korea Institute of Testing.",
    "zh": "北京，2025年3月4日——甲乙科技有限公司（以下简称\u201c甲乙科技\u201d）今日宣布与丙丁研究院签署合作协议。",
}


def warm_up(options: PipelineOptions) -> None:
    """Build every language's pipeline now and run a sample text through it, so that no
    document's time includes loading what the pipelines load on first use."""
    from ..nlp.build import get_nlp
    for lang, text in SAMPLES.items():
        get_nlp(lang, options)
        process(SourceDoc(source=f"<warm-up {lang}>", text=text, format="txt", encoding="utf-8",
                          path=f"<warm-up {lang}>", lang=lang), options)
