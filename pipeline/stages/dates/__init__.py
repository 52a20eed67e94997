"""The dates stage: temporal expressions found and normalised (see `engine.py`)."""
from .engine import LANGS, example_rows, find_timexes

__all__ = ["LANGS", "example_rows", "find_timexes"]
