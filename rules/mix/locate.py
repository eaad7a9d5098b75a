"""Locating offsets in rows without building ``document.lines`` for every row.

The MIX rules usually touch a handful of rows of a long document; building all ``Line``
objects for them would cost more than the scan that found those rows.
"""
from __future__ import annotations

import bisect
from typing import Iterable, TypeVar

from doclint.document import Document, Line

T = TypeVar("T")


def row_index(document: Document, offset: int) -> int:
    """0-based row holding ``offset``."""
    return bisect.bisect_right(document.line_starts, offset) - 1


def line_at(document: Document, index: int) -> Line:
    """The ``Line`` of 0-based row ``index``."""
    starts = document.line_starts
    start = starts[index]
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(document.text)
    return Line(index + 1, start, end, document.text[start:end])


def group_by_row(document: Document, items: Iterable[T], offset_of) -> dict[int, list[T]]:
    """``items`` grouped by the 0-based row of ``offset_of(item)``, in order."""
    starts = document.line_starts
    grouped: dict[int, list[T]] = {}
    for item in items:
        grouped.setdefault(bisect.bisect_right(starts, offset_of(item)) - 1, []).append(item)
    return grouped
