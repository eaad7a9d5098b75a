"""Regular expressions compiled on first use, shared by the rule families.

Why: doclint starts as a pre-commit hook, and every module-level ``re.compile`` runs at import
on every start; a class over large Unicode ranges (``[\\u4e00-\\u9fff]``) alone costs ~2 ms,
because the compiler walks its characters in Python. Most runs need few of a family's
patterns: a clean paragraph never reaches a timestamp or pager pattern.
"""
from __future__ import annotations

import re
from typing import Any

#: What the first use binds on the instance, so that later uses skip ``__getattr__``.
_BOUND = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
          "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` (``str`` or ``bytes`` patterns).

    The first attribute looked up compiles the pattern and binds the compiled pattern's
    methods and attributes on the instance: later calls cost what a compiled pattern's do.
    """

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_source":  # copy/pickle probes, half-built instances
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _BOUND:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)
