"""Helpers for the SPAM tests: run the family's rules on a text and apply their fixes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from doclint.document import Document
from doclint.fixer import apply_one_pass
from doclint.model import Diagnostic


@dataclass
class Found:
    """One diagnostic, located: 1-based row and column, and the flagged text."""

    code: str
    row: int
    col: int
    text: str
    diagnostic: Diagnostic


def run_spam(text: str, options: dict[str, dict[str, Any]] | None = None) -> tuple[Document, list[Found]]:
    from doclint.rules.spam import RULES

    document = Document.from_text(text)
    found = []
    for cls in RULES:
        rule = cls((options or {}).get(cls.code))
        for diag in rule.check(document, None):
            row, col = document.row_col(diag.span.start)
            found.append(Found(diag.code, row, col, document.text[diag.span.start:diag.span.end], diag))
    return document, sorted(found, key=lambda f: (f.row, f.col, f.code))


@pytest.fixture
def spam() -> Callable[..., list[Found]]:
    """``spam(text, options)`` → the SPAM diagnostics of ``text``, in document order."""
    return lambda text, options=None: run_spam(text, options)[1]


@pytest.fixture
def fixed() -> Callable[..., str]:
    """``fixed(text)`` → ``text`` after applying every SPAM fix (they are all unsafe)."""

    def apply(text: str, options: dict[str, dict[str, Any]] | None = None) -> str:
        document, found = run_spam(text, options)
        return apply_one_pass(document.text, [f.diagnostic for f in found])[0]

    return apply
