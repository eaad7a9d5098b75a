"""Fixes that remove chrome: whole lines (no blank line left behind) or a span of one."""
from __future__ import annotations

from doclint import Edit, Fix

from doclint.document import Document, Line


def delete_line(document: Document, line: Line, message: str) -> Fix:
    """Delete ``line`` with its newline (the last line keeps the newline before it)."""
    end = min(line.end_with_newline, len(document.text))
    return Fix.unsafe(message, Edit.delete(line.start, end))


def delete_span(start: int, end: int, message: str) -> Fix:
    return Fix.unsafe(message, Edit.delete(start, end))
