"""doclint's own hook implementations: the file readers and the output formats.

Registered like any plugin so that third-party readers and formats compete on equal terms;
plain text is the ``trylast`` fallback every other reader can pre-empt.
"""
from __future__ import annotations

from typing import Any

from .document import Document
from .hookspecs import hookimpl
from .reading import decode_bytes

COMMENT_FORMATS = (".md", ".markdown", ".html", ".htm", ".xhtml")


@hookimpl
def doclint_open_document(path: str, data: bytes, settings: Any) -> Document | None:
    """Markdown and HTML: plain decoding, plus ``<!-- doclint: … -->`` suppressions."""
    if not path.lower().endswith(COMMENT_FORMATS):
        return None
    decoded = decode_bytes(data)
    kind = "html" if path.lower().endswith((".html", ".htm", ".xhtml")) else "markdown"
    return Document(path, decoded.text, decoded, data, kind, inline_comments=True)


@hookimpl(trylast=True, specname="doclint_open_document")
def open_plain_text(path: str, data: bytes, settings: Any) -> Document | None:
    decoded = decode_bytes(data)
    return Document(path, decoded.text, decoded, data, "text")


@hookimpl
def doclint_formats() -> dict[str, Any]:
    from .output import BUILTIN_FORMATS

    return dict(BUILTIN_FORMATS)
