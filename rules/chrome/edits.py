"""Fixes that remove chrome: whole lines (no blank line left behind) or a span of one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from doclint import Edit, Fix

if TYPE_CHECKING:
    from doclint.document import Document, Line


def line_deletion(document: Document, line: Line) -> Edit:
    """The edit that deletes ``line`` with its newline, so that no blank line is left behind."""
    return Edit.delete(line.start, document.end_with_newline(line))


def delete_line(document: Document, line: Line, message: str) -> Fix:
    return Fix.unsafe(message, line_deletion(document, line))


def delete_span(start: int, end: int, message: str) -> Fix:
    return Fix.unsafe(message, Edit.delete(start, end))
