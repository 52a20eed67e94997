"""Memory of a process tree, read from /proc (Linux): for benchmarks, not the package.

Two sums over the processes of the tree, because they differ once workers share pages:
- RSS (resident set size): every page a process maps counts in full in each process that maps
  it, so pages the workers share with the process they were forked from count once per process;
- PSS (proportional set size, `Pss:` of /proc/PID/smaps_rollup): a page shared by k processes
  counts 1/k in each, so the sum is the memory the tree really occupies.
Without sharing the two agree (to a few MB of shared libraries).
"""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass


def _tree(pid: int) -> list[int]:
    """PID and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def _rss_pages(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (sum of RSS)."""
    return sum(_rss_pages(p) for p in _tree(pid)) * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Measured:
    code: int
    seconds: float
    peak_rss: float     # MB, the highest sum of RSS seen
    peak_pss: float     # MB, the highest sum of PSS seen
    load: float         # the 1-minute load average, the mean of the readings during the run

    def __iter__(self):   # (exit status, seconds, peak RSS) as before
        return iter((self.code, self.seconds, self.peak_rss))


def run_measured(cmd: list[str], **kw) -> Measured:
    """Run CMD to its end, reading its process tree's memory every 0.2 s."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, **kw)
    peak_rss = peak_pss = 0.0
    loads = []
    page = os.sysconf("SC_PAGE_SIZE") / 2**20
    while proc.poll() is None:
        pids = _tree(proc.pid)
        peak_rss = max(peak_rss, sum(_rss_pages(p) for p in pids) * page)
        peak_pss = max(peak_pss, sum(_pss_kb(p) for p in pids) / 1024)
        loads.append(os.getloadavg()[0])
        time.sleep(0.2)
    return Measured(proc.returncode, time.monotonic() - started, peak_rss, peak_pss,
                    sum(loads) / len(loads) if loads else os.getloadavg()[0])
