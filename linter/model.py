"""The value types every part of doclint speaks: spans, edits, fixes and diagnostics.

They are plain frozen dataclasses so that diagnostics cross process boundaries (the worker
pool pickles them) and compare by value (the fixer merges identical edits).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Applicability(str, enum.Enum):
    """How much a fix can be trusted, ruff's three levels.

    ``safe`` fixes keep the document's meaning and are applied by ``--fix``; ``unsafe`` ones may
    remove or rewrite content and need ``--unsafe-fixes``; ``display-only`` ones are shown as a
    suggestion and never applied.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


class Severity(str, enum.Enum):
    """How loud a diagnostic is; ``error`` is reserved for problems doclint itself hit."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share a code point, or both are insertions at one point."""
        if self.start == self.end == other.start == other.end:
            return True
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Edit:
    """Replace ``span`` of the text with ``replacement`` (empty replacement deletes)."""

    span: Span
    replacement: str = ""

    @classmethod
    def delete(cls, start: int, end: int) -> Edit:
        return cls(Span(start, end), "")

    @classmethod
    def replace(cls, start: int, end: int, replacement: str) -> Edit:
        return cls(Span(start, end), replacement)


@dataclass(frozen=True)
class DocumentChange:
    """A change to how the file is stored rather than to its text.

    ``encoding`` re-encodes the file (``"utf-8"`` to transcode a legacy file); ``bom`` sets
    whether a byte-order mark is written. ``None`` leaves that property as it was read.
    """

    encoding: str | None = None
    bom: bool | None = None


@dataclass(frozen=True)
class Fix:
    """A suggested repair: text edits (applied all-or-nothing) and/or a storage change."""

    edits: tuple[Edit, ...]
    message: str
    applicability: Applicability = Applicability.SAFE
    document_change: DocumentChange | None = None

    @classmethod
    def safe(cls, message: str, *edits: Edit, document_change: DocumentChange | None = None) -> Fix:
        return cls(tuple(edits), message, Applicability.SAFE, document_change)

    @classmethod
    def unsafe(cls, message: str, *edits: Edit, document_change: DocumentChange | None = None) -> Fix:
        return cls(tuple(edits), message, Applicability.UNSAFE, document_change)

    @classmethod
    def display_only(cls, message: str, *edits: Edit) -> Fix:
        return cls(tuple(edits), message, Applicability.DISPLAY_ONLY)

    def with_applicability(self, applicability: Applicability) -> Fix:
        return Fix(self.edits, self.message, applicability, self.document_change)

    @property
    def removed_chars(self) -> int:
        """Net code points this fix removes from the text (negative when it adds)."""
        return sum(len(e.span) - len(e.replacement) for e in self.edits)


@dataclass(frozen=True)
class Diagnostic:
    """One problem found by one rule at one span of one document."""

    code: str
    name: str
    message: str
    span: Span
    severity: Severity = Severity.WARNING
    fix: Fix | None = None
    notes: tuple[str, ...] = field(default=())
