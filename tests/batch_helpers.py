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


def report_sharing(src, options, time_limit):
    """What a worker process is: its pid and how many objects it inherited frozen (the fork
    server freezes what it loaded before it forks); a document whose text is DIE kills it."""
    import gc
    import os

    from pipeline.batch.work import Result
    if src.text == "DIE":
        os._exit(3)
    return Result(counts={"frozen": gc.get_freeze_count(), "pid": os.getpid()})
