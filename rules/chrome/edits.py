"""Fixes that remove chrome: whole lines (no blank line left behind) or a span of one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from doclint import Edit, Fix

if TYPE_CHECKING:
    from doclint.document import Document, Line


def delete_line(document: Document, line: Line, message: str) -> Fix:
    """Delete ``line`` with its newline (the last line keeps the newline before it)."""
    return delete_lines(document, line, line, message)


def delete_lines(document: Document, first: Line, last: Line, message: str) -> Fix:
    """Delete the rows from ``first`` to ``last`` (and the blank rows between) with their newlines."""
    end = min(last.end_with_newline, len(document.text))
    return Fix.unsafe(message, Edit.delete(first.start, end))


def delete_span(start: int, end: int, message: str) -> Fix:
    return Fix.unsafe(message, Edit.delete(start, end))
