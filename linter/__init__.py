"""doclint: a document-quality linter for crawled and scraped text.

The public API for rule and plugin authors lives here. Importing it stays cheap (no rich, no
charset-normalizer) because the CLI's start-up time matters for pre-commit hooks.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .document import Document, Line
from .hookspecs import hookimpl
from .model import Applicability, Diagnostic, DocumentChange, Edit, Fix, Severity, Span
from .rule import CorpusRule, LintContext, Option, Rule

__all__ = [
    "Applicability", "CorpusRule", "Diagnostic", "Document", "DocumentChange", "Edit", "Fix",
    "Line", "LintContext", "Option", "Rule", "Severity", "Span", "__version__", "hookimpl",
]
