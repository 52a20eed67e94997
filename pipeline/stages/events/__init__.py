"""The events stage: dated events with their participants and status (see `find.py`)."""
from .find import find_events
from .table import LANGS, example_rows, run_example

__all__ = ["LANGS", "example_rows", "find_events", "run_example"]
