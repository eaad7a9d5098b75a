"""Regular expressions compiled on first use.

A character class over large Unicode ranges (all Han, all CJK) takes ~10 ms to compile; doclint
starts as a pre-commit hook, so the ENC modules must not pay that at import for patterns a run
may never use.
"""
from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Behaves as ``re.compile(pattern, flags)``, compiled at the first attribute access."""

    __slots__ = ("_source", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)
