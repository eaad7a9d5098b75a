"""doclint: a document-quality linter for crawled and scraped text.

The public API for rule and plugin authors lives here. Importing it stays cheap (no rich, no
charset-normalizer) because the CLI's start-up time matters for pre-commit hooks.
"""
from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

#: Public name -> defining submodule. Resolved on first access (PEP 562), so that
#: ``doclint version`` and ``--help`` import none of the engine.
_EXPORTS = {
    "Document": "document", "Line": "document", "hookimpl": "hookspecs",
    "Applicability": "model", "Diagnostic": "model", "DocumentChange": "model", "Edit": "model",
    "Fix": "model", "Severity": "model", "Span": "model",
    "CorpusRule": "rule", "LintContext": "rule", "Option": "rule", "Rule": "rule",
}
__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:
    from .document import Document, Line
    from .hookspecs import hookimpl
    from .model import Applicability, Diagnostic, DocumentChange, Edit, Fix, Severity, Span
    from .rule import CorpusRule, LintContext, Option, Rule


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'doclint' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
