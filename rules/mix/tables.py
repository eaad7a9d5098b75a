"""Loading the MIX family's data files (``rules/data/mix/``) and patterns, once per process.

The files are small text tables built by the ``build_*.py`` scripts next to them; they are
read on first use (not at import) so that doclint starts fast as a pre-commit hook.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from doclint.scripts import class_body

DATA = Path(__file__).resolve().parent.parent / "data" / "mix"


def _rows(name: str) -> list[list[str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]


def char_class(chars: str) -> str:
    """A regex character class matching exactly ``chars``, written as code-point ranges."""
    return "[" + class_body(ord(c) for c in chars) + "]"


@lru_cache(maxsize=None)
def compiled(pattern: str) -> re.Pattern[str]:
    """``re.compile`` on first use: classes spanning big ranges (all of CJK, all of Hangul)
    take milliseconds each to compile, too much to pay at import in a pre-commit hook."""
    return re.compile(pattern)


def count_matches(pattern: re.Pattern[str], text: str, limit: int | None = None) -> int:
    """How many times ``pattern`` matches in ``text``, counting at most ``limit``: a threshold
    test needs only that many, and counting every Han character of a long text is slow."""
    if limit is None:
        return len(pattern.findall(text))
    n = 0
    for n, _ in enumerate(pattern.finditer(text), 1):
        if n >= limit:
            break
    return n


@lru_cache(maxsize=None)
def han_classes() -> dict[str, frozenset[str]]:
    """``S``/``T``: characters only Simplified/Traditional writes; ``TW``/``HK``: pairs of an
    OpenCC-standard form and its regional variant (``爲為``)."""
    return {name: frozenset(chars.split(" ") if name in ("TW", "HK") else chars)
            for name, chars in _rows("han_classes.txt")}


@lru_cache(maxsize=None)
def pinyin_readings() -> dict[str, frozenset[str]]:
    """Toned Mandarin readings of every Traditional-only character (頁 → {yè, xié})."""
    return {char: frozenset(syllables.split()) for char, syllables in _rows("pinyin_readings.txt")}


@lru_cache(maxsize=None)
def lookalikes() -> dict[str, dict[str, str]]:
    """Letter → {script: its look-alike in that script} for Latin, Cyrillic and Greek letters."""
    table: dict[str, dict[str, str]] = {}
    for char, script, target in _rows("lookalikes.txt"):
        table.setdefault(char, {})[script] = target
    return table
