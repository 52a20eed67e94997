"""Calendar arithmetic shared by the dates engine and the events stage (`dates/periods.py`)."""
import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from pipeline.stages.dates.periods import add_months, month_end, value_bounds


@given(y=st.integers(1800, 2200), m=st.integers(1, 12), k=st.integers(-1200, 1200))
def test_month_shifts_agree_with_relativedelta(y, m, k):
    d = dt.date(y, m, 1) + relativedelta(months=k)
    assert add_months(y, m, k) == (d.year, d.month)


@given(y=st.integers(1, 9999), m=st.integers(1, 12))
def test_month_ends_agree_with_relativedelta(y, m):
    assert month_end(y, m) == dt.date(y, m, 1) + relativedelta(day=31)


def test_month_shifts_across_year_ends():
    assert add_months(2025, 12, 1) == (2026, 1)
    assert add_months(2025, 1, -1) == (2024, 12)
    assert add_months(2025, 3, -15) == (2023, 12)
    assert month_end(2024, 2) == dt.date(2024, 2, 29) and month_end(2100, 2) == dt.date(2100, 2, 28)


@pytest.mark.parametrize("value,first,last", [
    ("2025", "2025-01-01", "2025-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025-Q4", "2025-10-01", "2025-12-31"),
    ("2025-H2", "2025-07-01", "2025-12-31"),
    ("2026-W01", "2025-12-29", "2026-01-04"),           # ISO week 1 starts in the year before
    ("2025-SU", "2025-06-01", "2025-08-31"),
    ("2025-WI", "2025-01-01", "2025-02-28"),            # winter: the one starting the year named
    ("199", "1990-01-01", "1999-12-31"),                # a decade
    ("20", "2000-01-01", "2099-12-31"),                 # a century (the 21st)
    ("2025-02-20T15:30", "2025-02-20", "2025-02-20"),
    ("2025-11/2026-Q1", "2025-11-01", "2026-03-31"),
    ("2025-02-20/2025-SP", "2025-02-20", "2025-05-31"),
])
def test_value_bounds(value, first, last):
    lo, hi = value_bounds(value)
    assert (lo.isoformat(), hi.isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["", "PRESENT_REF", "P3Y", "XXXX-WXX-2", "2025-13", "2025-02-30", "2025-Q5",
                                   "2025-H3", "2025-W54", "2025/P3Y"])
def test_no_bounds_for_what_is_no_period(value):
    assert value_bounds(value) == (None, None)
