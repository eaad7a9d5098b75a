"""Helpers for the CHROME tests: lint a text with the CHROME family and apply its fixes."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from doclint import Document, LintContext
from doclint.fixer import apply_one_pass
from doclint.rules.chrome import RULES

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class Checked:
    """The CHROME family's diagnostics on one text, with rows, spans and the fixed text."""

    def __init__(self, text: str, select: tuple[str, ...] = (), corpus: Any = None,
                 **options: dict) -> None:
        self.document = Document.from_text(text)
        rules = [cls(options.get(cls.code, {})) for cls in RULES if not select or cls.code in select]
        found = [d for rule in rules for d in rule.check(self.document, LintContext(corpus=corpus))]
        self.diagnostics = sorted(found, key=lambda d: (d.span.start, d.code))

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    def rows(self, code: str | None = None) -> list[int]:
        """Every row a diagnostic covers (a block covers all its rows, blank ones excepted)."""
        rows = set()
        for d in self.diagnostics:
            if code in (None, d.code):
                first, last = self.document.row_col(d.span.start)[0], self.document.row_col(d.span.end)[0]
                rows.update(r for r in range(first, last + 1) if self.document.line(r).text.strip())
        return sorted(rows)

    def spans(self, code: str | None = None) -> list[str]:
        return [self.document.text[d.span.start:d.span.end] for d in self.diagnostics if code in (None, d.code)]

    def found(self) -> list[tuple[str, str, list[str]]]:
        """What was reported, readable in a failed assertion: (code, message, every span)."""
        return [(d.code, d.message, self.spans()) for d in self.diagnostics]

    def fixed(self) -> str:
        text, _, _ = apply_one_pass(self.document.text, self.diagnostics)
        return text


def lint(text: str, *select: str, corpus: Any = None, **options: dict) -> Checked:
    """Lint ``text`` with the CHROME rules (``select``: only these codes; options per code)."""
    return Checked(text, tuple(select), corpus, **options)


@pytest.fixture
def check():
    return lint
