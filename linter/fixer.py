"""Applying fixes: one pass of non-overlapping fixes, re-lint, repeat until stable.

Each fix is all-or-nothing. At one start offset the larger change wins; identical edits from
different rules (two families deleting the same line) are applied once. A fix that overlaps
one already taken waits for the next pass, where it is re-computed on the new text. A file
that oscillates or is still changing after ``MAX_PASSES`` is not written; neither is one
whose fixes would remove more than ``max_fix_removal`` of its characters.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document
from .engine import Linter, fixable_diagnostics
from .internal import internal
from .model import Applicability, Diagnostic, DocumentChange, Edit
from .rule import LintContext

MAX_PASSES = 10


@dataclass
class FixOutcome:
    """The fixed text (or the original when refused), what was applied, what remains."""

    text: str
    applied: list[Diagnostic] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)
    document_change: DocumentChange = field(default_factory=DocumentChange)
    changed: bool = False


def apply_one_pass(text: str, diagnostics: list[Diagnostic]) -> tuple[str, list[Diagnostic], DocumentChange]:
    """Apply every fix of ``diagnostics`` that does not overlap an earlier-taken one."""
    candidates = sorted(
        (d for d in diagnostics if d.fix is not None),
        key=lambda d: (min((e.span.start for e in d.fix.edits), default=-1),
                       -sum(e.span.length + len(e.replacement) for e in d.fix.edits), d.code),
    )
    taken: dict[tuple[int, int], Edit] = {}
    applied: list[Diagnostic] = []
    change = DocumentChange()
    for diag in candidates:
        edits = diag.fix.edits
        fresh = [e for e in edits if taken.get((e.span.start, e.span.end)) != e]
        if any(e.span.overlaps(t.span) for e in fresh for t in taken.values()):
            continue
        if any(a.span.overlaps(b.span) for i, a in enumerate(fresh) for b in fresh[i + 1:]):
            continue  # a malformed fix whose own edits overlap is skipped whole
        for e in fresh:
            taken[(e.span.start, e.span.end)] = e
        applied.append(diag)
        dc = diag.fix.document_change
        if dc is not None:
            change = DocumentChange(dc.encoding or change.encoding,
                                    dc.bom if dc.bom is not None else change.bom)
    pieces = []
    pos = 0
    for edit in sorted(taken.values(), key=lambda e: (e.span.start, e.span.end)):
        pieces.append(text[pos:edit.span.start])
        pieces.append(edit.replacement)
        pos = edit.span.end
    pieces.append(text[pos:])
    return "".join(pieces), applied, change


def _merge(a: DocumentChange, b: DocumentChange) -> DocumentChange:
    return DocumentChange(b.encoding or a.encoding, b.bom if b.bom is not None else a.bom)


def fix_document(document: Document, linter: Linter, allowed: frozenset[Applicability],
                 context: LintContext | None = None, max_removal: float = 0.9) -> FixOutcome:
    """Fix ``document`` until stable; never returns a half-applied or destructive result."""
    context = context or LintContext()
    diagnostics = linter.lint(document, context)
    if not fixable_diagnostics(diagnostics, allowed):
        return FixOutcome(document.text, remaining=diagnostics)
    if not document.decoded.certain:
        return FixOutcome(document.text, remaining=[*diagnostics, internal(
            "DL004", f"not fixed: the encoding guess ({document.decoded.encoding}, confidence "
                       f"{document.decoded.confidence:.2f}) is not certain enough to rewrite the file")])
    original = document.text
    current = document
    applied: list[Diagnostic] = []
    change = DocumentChange()
    seen = {original}
    for _ in range(MAX_PASSES):
        to_fix = fixable_diagnostics(diagnostics, allowed)
        if not to_fix:
            break
        text, taken, pass_change = apply_one_pass(current.text, to_fix)
        change = _merge(change, pass_change)
        if text == current.text and not taken:
            break
        applied.extend(taken)
        if text in seen and text != current.text:
            return FixOutcome(original, remaining=[*linter.lint(document, context), internal(
                "DL002", "not fixed: fixes oscillate between two texts")])
        seen.add(text)
        current = current.with_text(text, change)
        diagnostics = linter.lint(current, context)
    else:
        if fixable_diagnostics(diagnostics, allowed):
            return FixOutcome(original, remaining=[*linter.lint(document, context), internal(
                "DL002", f"not fixed: still changing after {MAX_PASSES} passes")])
    removed = len(original) - len(current.text)
    if original and removed > max_removal * len(original):
        share = removed / len(original)
        return FixOutcome(original, remaining=[*linter.lint(document, context), internal(
            "DL003", f"not fixed: the fixes would remove {share:.0%} of the document "
                             f"(limit {max_removal:.0%}, see 'max-fix-removal')")])
    changed = current.text != original or change != DocumentChange()
    return FixOutcome(current.text, applied, diagnostics, change, changed)

