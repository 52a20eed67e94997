"""Functions a test hands to worker processes (they must be importable by name there)."""
import signal
import time

from pipeline.batch.work import work


def stuck_on_slow(src, options, time_limit):
    """Like `work`, but a document whose text starts with SLOW hangs where no alarm reaches it
    (as a long call into C code would)."""
    if src.text.startswith("SLOW"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    return work(src, options, time_limit)
