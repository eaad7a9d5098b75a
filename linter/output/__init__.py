"""Output formats. Each is a callable ``(report, stream, options)`` registered through the
``doclint_formats`` hook; the modules are imported only when their format is used, so that
``rich`` is never loaded for machine-readable output.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, TextIO

from ..results import Report


@dataclass(frozen=True)
class FormatOptions:
    """What the command line asked of the report."""

    fix: bool = False
    unsafe_fixes: bool = False
    show_fixes: bool = False
    color: bool = True
    rules: tuple[Any, ...] = field(default=())  # rule classes, for SARIF's rule table

    def applies(self, record: Any) -> bool:
        """Whether ``record``'s fix would be applied with these flags (ruff's ``[*]`` mark)."""
        value = record.applicability.value if record.applicability else None
        return value == "safe" or (value == "unsafe" and self.unsafe_fixes)


Formatter = Callable[[Report, TextIO, FormatOptions], None]


def _lazy(module: str, attr: str = "write") -> Formatter:
    def load_and_write(report: Report, stream: TextIO, options: FormatOptions) -> None:
        getattr(importlib.import_module(f"{__name__}.{module}"), attr)(report, stream, options)

    load_and_write.__name__ = f"{module}_format"
    return load_and_write


BUILTIN_FORMATS: dict[str, Formatter] = {
    "full": _lazy("full"),
    "concise": _lazy("text", "write_concise"),
    "json": _lazy("machine", "write_json"),
    "json-lines": _lazy("machine", "write_json_lines"),
    "github": _lazy("text", "write_github"),
    "sarif": _lazy("sarif"),
}
