"""Running the selected rules over one document.

The engine owns what is the same for every rule: instantiating rules with their options,
catching a rule that raises (it becomes a ``DL001`` diagnostic naming the rule, and the
other rules still run), inline suppressions, per-rule severity and fix-applicability
overrides, and a stable order of diagnostics.
"""
from __future__ import annotations

from typing import Iterable

from .config import Settings
from .document import Document
from .internal import internal
from .model import Applicability, Diagnostic
from .registry import RuleRegistry
from .rule import CorpusRule, LintContext, Rule


class Linter:
    """The rules enabled by one :class:`Settings`, instantiated once and reused per document."""

    def __init__(self, settings: Settings, registry: RuleRegistry) -> None:
        self.settings = settings
        self.rules: list[Rule] = []
        for cls in registry.sorted_classes():
            if cls.code in settings.enabled:
                self.rules.append(cls(settings.rule_options.get(cls.code)))
        #: Codes of the rules whose spans other rules may not report inside (see Rule.claims_span).
        self.claiming = frozenset(rule.code for rule in self.rules if rule.claims_span)

    @property
    def corpus_rules(self) -> list[CorpusRule]:
        return [rule for rule in self.rules if isinstance(rule, CorpusRule)]

    def lint(self, document: Document, context: LintContext | None = None) -> list[Diagnostic]:
        """Every diagnostic for ``document``, sorted by position then code."""
        context = context or LintContext()
        codes = self.settings.codes_for(document.path)
        found: list[Diagnostic] = []
        size = len(document.text)
        for rule in self.rules:
            if rule.code not in codes:
                continue
            try:
                produced = list(rule.check(document, context))
            except Exception as exc:  # one broken rule must not take the file down
                found.append(rule_error(rule, exc))
                continue
            bad = next((d for d in produced if not d.span.is_valid_in(size)), None)
            if bad is not None:  # a plugin bug; reported like a crash, never half-applied
                found.append(internal("DL001", f"rule {rule.code} ({rule.name}) produced an invalid "
                                               f"span {bad.span.start}..{bad.span.end}"))
                continue
            found.extend(self._adjust(d) for d in produced)
        if document.suppressions:
            found = [d for d in found if not _suppressed(document, d)]
        found = self._drop_claimed(found)
        found.sort(key=lambda d: (d.span.start, d.span.end, d.code))
        return found

    def _drop_claimed(self, found: list[Diagnostic]) -> list[Diagnostic]:
        """Drop diagnostics inside a span that a ``claims_span`` rule marked as foreign text."""
        claiming = self.claiming
        if not claiming:
            return found
        claimed = [d.span for d in found if d.code in claiming and d.span.length]
        if not claimed:
            return found
        return [d for d in found if d.code in claiming
                or not any(c.start <= d.span.start and d.span.end <= c.end for c in claimed)]

    def _adjust(self, diagnostic: Diagnostic) -> Diagnostic:
        """Apply per-rule severity and fix-applicability settings."""
        settings = self.settings
        changes: dict = {}
        severity = settings.severities.get(diagnostic.code)
        if severity is not None and severity is not diagnostic.severity:
            changes["severity"] = severity
        fix = diagnostic.fix
        if fix is not None:
            applicability = settings.applicability(diagnostic.code, fix.applicability)
            if diagnostic.code not in settings.fixable:
                applicability = Applicability.DISPLAY_ONLY
            if applicability is not fix.applicability:
                changes["fix"] = fix.with_applicability(applicability)
        return diagnostic._replace(**changes) if changes else diagnostic


def rule_error(rule: Rule, exc: BaseException) -> Diagnostic:
    import traceback  # rare path; keeps ~3 ms off every start

    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
    return internal("DL001", f"rule {rule.code} ({rule.name}) failed{at}: {type(exc).__name__}: {exc}")


def _suppressed(document: Document, diagnostic: Diagnostic) -> bool:
    row, _ = document.row_col(diagnostic.span.start)
    codes = document.suppressions.get(row)
    if not codes:
        return False
    return "*" in codes or diagnostic.code in codes or any(diagnostic.code.startswith(c) for c in codes)


def fixable_diagnostics(diagnostics: Iterable[Diagnostic], allowed: frozenset[Applicability]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.fix is not None and d.fix.applicability in allowed]
