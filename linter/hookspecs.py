"""The hooks a doclint plugin can implement. Kept deliberately small.

A plugin is any module (or object) with functions marked ``@doclint.hookimpl``, registered
through the ``doclint`` entry-point group. doclint's own rules and output formats are
registered through these same hooks.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .document import Document

hookspec = pluggy.HookspecMarker("doclint")
hookimpl = pluggy.HookimplMarker("doclint")


@hookspec
def doclint_rules() -> list[type]:
    """Return rule classes (subclasses of :class:`doclint.Rule`) this plugin provides."""


@hookspec
def doclint_formats() -> dict[str, Any]:
    """Return ``{name: formatter}``; a formatter is a callable ``(results, stream, options)``."""


@hookspec(firstresult=True)
def doclint_open_document(path: str, data: bytes, settings: Any) -> Document | None:
    """Turn a file's bytes into a :class:`doclint.Document`, or return None to pass.

    The first plugin that returns a document wins; plain text is doclint's ``trylast``
    fallback. Use it to read new file kinds (strip markup, map offsets, set ``kind``).
    """
