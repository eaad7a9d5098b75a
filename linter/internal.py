"""doclint's own diagnostics (``DL…``): problems with the run rather than with the text.

They share the diagnostic shape so that every output format and exit code handles them, and
they are never silenced by rule selection: a skipped binary file or a refused fix must be seen.
"""
from __future__ import annotations

from .model import Diagnostic, Severity, Span

INTERNAL_CODES: dict[str, tuple[str, str]] = {
    "DL001": ("rule-error", "A rule raised an exception on this document; the other rules still ran."),
    "DL002": ("fix-not-converged", "Fixes oscillated or kept changing the text for 10 passes; nothing was written."),
    "DL003": ("fix-refused", "The fixes would remove more than 'max-fix-removal' of the document; nothing was written."),
    "DL004": ("fix-uncertain-encoding", "The file's encoding was only guessed; doclint never rewrites a file it cannot decode with certainty."),
    "DL005": ("unreadable-file", "The file could not be read (permissions, I/O error)."),
    "DL006": ("empty-file", "The file is empty: there is nothing to check."),
    "DL007": ("binary-file", "The file holds binary data (NUL or control bytes), not text; it was skipped."),
    "DL008": ("file-too-large", "The file is larger than 'max-file-size'; it was skipped."),
    "DL100": ("malformed-record", "A record of a JSONL/Parquet shard could not be checked (bad JSON, missing or "
                                  "non-string text field); the run went on with the next record."),
}


def internal(code: str, message: str, severity: Severity = Severity.ERROR) -> Diagnostic:
    """A ``DL`` diagnostic at the start of the document."""
    return Diagnostic(code, INTERNAL_CODES[code][0], message, Span(0, 0), severity)
