"""Helpers for the ENC tests: lint a text or raw bytes with the ENC family, apply its fixes."""
from __future__ import annotations

from pathlib import Path

import pytest

from doclint import Document, LintContext
from doclint.fixer import apply_one_pass
from doclint.reading import decode_bytes
from doclint.rules.enc import RULES

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class Checked:
    """The ENC family's diagnostics on one document, with positions and the fixed text."""

    def __init__(self, document: Document, select: tuple[str, ...] = (), **options) -> None:
        self.document = document
        self.rules = [cls(options.get(cls.code, {})) for cls in RULES if not select or cls.code in select]
        self.diagnostics = self._lint(document)

    def _lint(self, document: Document) -> list:
        found = [d for rule in self.rules for d in rule.check(document, LintContext())]
        return sorted(found, key=lambda d: (d.span.start, d.code))

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    @property
    def rows(self) -> list[int]:
        return sorted({self.document.row_col(d.span.start)[0] for d in self.diagnostics})

    def spans(self, code: str | None = None) -> list[str]:
        return [self.document.text[d.span.start:d.span.end] for d in self.diagnostics if code in (None, d.code)]

    def fixed(self, passes: int = 5) -> str:
        """The text after applying every fix (unsafe included, display-only excluded) until stable."""
        document = self.document
        for _ in range(passes):
            fixable = [d for d in self._lint(document) if d.fix and d.fix.applicability.value != "display-only"]
            if not fixable:
                break
            text, _applied, change = apply_one_pass(document.text, fixable)
            document = document.with_text(text, change)
        return document.text


def check_text(text: str, *select: str, **options) -> Checked:
    return Checked(Document.from_text(text), select, **options)


def check_bytes(data: bytes, *select: str, **options) -> Checked:
    decoded = decode_bytes(data)
    return Checked(Document(path="doc.txt", text=decoded.text, decoded=decoded, raw=data), select, **options)


@pytest.fixture
def enc_text():
    """``enc_text(text, *codes, CODE={options})`` → :class:`Checked` (all ENC rules by default)."""
    return check_text


@pytest.fixture
def enc_bytes():
    """``enc_bytes(data, *codes)`` → :class:`Checked` on raw file bytes, as the reader decodes them."""
    return check_bytes


@pytest.fixture
def seed_text():
    """``seed_text(prefix)`` → the text of the seed document whose name starts with ``prefix``."""
    return lambda prefix: next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
