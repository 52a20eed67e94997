"""The corpus folder the tools work on: corpus/ itself, or another one named by `--root DIR`
(e.g. corpus/heldout: its texts, gold/ and tools/specs/). The flag is taken out of sys.argv."""
import os
import sys

MAIN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # corpus/ (the tuning corpus)


def corpus_root() -> str:
    if "--root" in sys.argv:
        i = sys.argv.index("--root")
        root = os.path.abspath(sys.argv[i + 1])
        del sys.argv[i:i + 2]
        return root
    return MAIN
