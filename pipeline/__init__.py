"""presspipe: press releases in Korean, English and Chinese to validated JSON-lines records.

    from pipeline import extract, run
    records = extract("서울, 2025년 3월 4일 /PRNewswire/ -- ...")
    result = run(["corpus/"], "outputs/")
"""
__version__ = "0.1.0"


def extract(*args, **kwargs):
    from .api import extract as _extract
    return _extract(*args, **kwargs)


def run(*args, **kwargs):
    from .batch.runner import run as _run
    return _run(*args, **kwargs)


__all__ = ["extract", "run", "__version__"]
