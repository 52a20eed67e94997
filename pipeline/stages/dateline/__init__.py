from .parse import find_dateline

__all__ = ["find_dateline"]
