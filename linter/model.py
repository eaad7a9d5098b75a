"""The value types every part of doclint speaks: spans, edits, fixes and diagnostics.

They are named tuples: immutable, compared and hashed by value (the fixer merges identical
edits), pickled compactly (the worker pool ships them between processes), and built by
C code. A rule on a page of boilerplate builds one of each per line, so construction cost
matters: a frozen dataclass took ~9 µs for a diagnostic with its fix, a named tuple ~2 µs.
Spans are checked by the engine when a rule hands them over, not here, for the same reason.
"""
from __future__ import annotations

import enum
from typing import NamedTuple

#: ``tuple.__new__`` builds a named tuple without its generated Python ``__new__``: the
#: constructors below run once per diagnostic and this halves their cost.
_new = tuple.__new__


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


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of code-point offsets into a document's text."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def is_valid_in(self, text_length: int) -> bool:
        return 0 <= self.start <= self.end <= text_length

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share a code point, or both are insertions at one point."""
        if self.start == self.end == other.start == other.end:
            return True
        return self.start < other.end and other.start < self.end


class Edit(NamedTuple):
    """Replace ``span`` of the text with ``replacement`` (empty replacement deletes)."""

    span: Span
    replacement: str = ""

    @classmethod
    def delete(cls, start: int, end: int) -> Edit:
        return _new(cls, (_new(Span, (start, end)), ""))

    @classmethod
    def replace(cls, start: int, end: int, replacement: str) -> Edit:
        return _new(cls, (_new(Span, (start, end)), replacement))


class DocumentChange(NamedTuple):
    """A change to how the file is stored rather than to its text.

    ``encoding`` re-encodes the file (``"utf-8"`` to transcode a legacy file); ``bom`` sets
    whether a byte-order mark is written. ``None`` leaves that property as it was read.
    """

    encoding: str | None = None
    bom: bool | None = None


class Fix(NamedTuple):
    """A suggested repair: text edits (applied all-or-nothing) and/or a storage change."""

    edits: tuple[Edit, ...]
    message: str
    applicability: Applicability = Applicability.SAFE
    document_change: DocumentChange | None = None

    @classmethod
    def safe(cls, message: str, *edits: Edit, document_change: DocumentChange | None = None) -> Fix:
        return _new(cls, (edits, message, Applicability.SAFE, document_change))

    @classmethod
    def unsafe(cls, message: str, *edits: Edit, document_change: DocumentChange | None = None) -> Fix:
        return _new(cls, (edits, message, Applicability.UNSAFE, document_change))

    @classmethod
    def display_only(cls, message: str, *edits: Edit) -> Fix:
        return _new(cls, (edits, message, Applicability.DISPLAY_ONLY, None))

    def with_applicability(self, applicability: Applicability) -> Fix:
        return Fix(self.edits, self.message, applicability, self.document_change)

    @property
    def removed_chars(self) -> int:
        """Net code points this fix removes from the text (negative when it adds)."""
        return sum(e.span.length - len(e.replacement) for e in self.edits)


class Diagnostic(NamedTuple):
    """One problem found by one rule at one span of one document."""

    code: str
    name: str
    message: str
    span: Span
    severity: Severity = Severity.WARNING
    fix: Fix | None = None
    notes: tuple[str, ...] = ()


def make_diagnostic(code: str, name: str, message: str, span: Span | tuple[int, int],
                    severity: Severity, fix: Fix | None, notes: tuple[str, ...]) -> Diagnostic:
    """A diagnostic built at C speed (see ``_new``); ``span`` may be a plain pair."""
    if type(span) is not Span:
        start, end = span
        span = _new(Span, (start, end))
    return _new(Diagnostic, (code, name, message, span, severity, fix, notes))
