"""Imported by multiprocessing's fork server before it forks any worker (engines.py): loads the
pipelines once, so that every worker forked from it shares their read-only pages (Kiwi's model,
jieba's dictionary, the entity models, the word lists) instead of loading its own copy.

The options come in PRELOAD_ENV (pickled, base64), set by the engine when it starts the server.
Nothing here may start a thread: a process forked from one with threads gets only the thread
that forked. Kiwi, whose first analysis would start a thread pool, is loaded in its
single-threaded mode (a worker has a core to itself anyway). Whatever fails is left for the
workers to meet again as they warm up, and report.
"""
from __future__ import annotations

import base64
import gc
import os
import pickle
import signal

PRELOAD_ENV = "PRESSPIPE_PRELOAD_OPTIONS"


def encode(options) -> str:
    return base64.b64encode(pickle.dumps(options)).decode("ascii")


def preload() -> bool:
    """Load the pipelines for the options in PRELOAD_ENV; whether it did."""
    data = os.environ.pop(PRELOAD_ENV, None)
    if not data:
        return False
    # Ctrl-C goes to the whole process group: the runner decides what it means (the fork server
    # ignores it too, once loaded, and so do the workers).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from ..nlp import tokenizers
        from .work import warm_up
        tokenizers.KIWI_THREADS = 0
        warm_up(pickle.loads(base64.b64decode(data)))
    except Exception:  # the workers load for themselves, and report the error
        return False
    # Objects loaded so far are never freed: out of the collector's sight, its passes do not
    # write to (and so copy) the pages that hold them in every worker.
    gc.collect()
    gc.freeze()
    return True


preload()
