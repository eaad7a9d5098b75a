"""Locating offsets in rows without building ``document.lines`` for every row.

The MIX rules usually touch a handful of rows of a long document; building all ``Line``
objects for them would cost more than the scan that found those rows.
"""
from __future__ import annotations

import bisect
import re

from doclint.document import Document


def row_index(document: Document, offset: int) -> int:
    """0-based row holding ``offset``."""
    return bisect.bisect_right(document.line_starts, offset) - 1


def group_by_row(document: Document, spans: list[tuple[int, int]]) -> list[tuple[int, list[tuple[int, int]]]]:
    """``spans`` (in text order) grouped by the 0-based row of their start, one bisection per row."""
    starts = document.line_starts
    groups: list[tuple[int, list[tuple[int, int]]]] = []
    line_end = -1
    for span in spans:
        if span[0] > line_end:
            row = bisect.bisect_right(starts, span[0]) - 1
            line_end = starts[row + 1] - 1 if row + 1 < len(starts) else len(document.text)
            groups.append((row, []))
        groups[-1][1].append(span)
    return groups


def rows_matching(document: Document, pattern: re.Pattern[str]) -> list[int]:
    """0-based rows where ``pattern`` matches, in order: after a match the search resumes at
    the next row, so a row dense with matches (a whole line in the other script) costs one."""
    text, starts = document.text, document.line_starts
    rows = []
    match = pattern.search(text)
    while match is not None:
        row = bisect.bisect_right(starts, match.start()) - 1
        rows.append(row)
        if row + 1 >= len(starts):
            break
        match = pattern.search(text, starts[row + 1])
    return rows
