"""presspipe: press releases in Korean, English and Chinese to validated JSON-lines records.

    from pipeline import extract, run
    records = extract("서울, 2025년 3월 4일 /PRNewswire/ -- ...")
    result = run(["corpus/"], "outputs/")
"""
from __future__ import annotations

from typing import Any

# The one place the version is written: pyproject.toml reads it (`[tool.setuptools.dynamic]`).
__version__ = "0.1.0"

__all__ = ["extract", "run", "__version__"]


def __getattr__(name: str) -> Any:
    # `extract` and `run` are the library's own functions (so `help(pipeline.extract)` shows their
    # signature and docstring), imported on first use: `import pipeline` alone, as the command
    # line's start does, loads no spaCy.
    if name == "extract":
        from .api import extract
        return extract
    if name == "run":
        from .batch.runner import run
        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "extract", "run"])
