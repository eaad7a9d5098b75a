"""Regular expressions compiled on first use.

Why: doclint starts as a pre-commit hook, and compiling the CHROME patterns took ~15 ms at
import (a class like ``[\\u4e00-\\u9fff]`` alone costs ~2 ms: the compiler walks its 21,000
characters in Python). Most documents need a few of them: a clean paragraph never reaches the
label, pager or timestamp patterns.
"""
from __future__ import annotations

import re
from typing import Any

_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)``; the first method looked up compiles it and
    binds the compiled pattern's methods on the instance, so later calls cost what a compiled
    pattern's do (no ``__getattr__`` after the first)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern compiled when first used (typed ``Any``: it quacks like ``re.Pattern``)."""
    return LazyPattern(pattern, flags)
