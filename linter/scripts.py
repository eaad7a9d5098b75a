"""Counting which writing systems a piece of text uses.

Rules of every family ask "is this line Chinese? Latin? is the document Japanese?". Counting
with one compiled character class per script keeps the loop in C (``re.findall``), which is
an order of magnitude faster than classifying characters one by one in Python.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

_CLASSES: dict[str, str] = {
    # CJK unified ideographs, extensions A-F, compatibility ideographs, 〇
    "han": "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]",
    "kana": "[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d]",
    "hangul": "[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]",
    "latin": "[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]",
    "cyrillic": "[\u0400-\u04ff\u0500-\u052f]",
    "greek": "[\u0370-\u03ff\u1f00-\u1fff]",
    "digit": "[0-9]",
    "fullwidth_alnum": "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]",
}


def class_body(codepoints: Iterable[int]) -> str:
    """The body (between ``[`` and ``]``) of a regex class matching exactly ``codepoints``.

    Runs of three or more are written as ranges (``丂-丄``), the others literally: ``re``'s
    parser takes a few microseconds per literal, so a class of thousands of Han characters
    written out costs tens of milliseconds to compile, the same class as ranges far less.
    """
    points = sorted(set(codepoints))
    parts = []
    k = 0
    while k < len(points):
        j = k
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = re.escape(chr(points[k])), re.escape(chr(points[j]))
        parts.append(first if j == k else f"{first}{last}" if j == k + 1 else f"{first}-{last}")
        k = j + 1
    return "".join(parts)


class ScriptCounts(NamedTuple):
    """How many characters of each script a text holds (``total`` excludes whitespace)."""

    han: int
    kana: int
    hangul: int
    latin: int
    cyrillic: int
    greek: int
    digit: int
    fullwidth_alnum: int
    total: int

    @property
    def letters(self) -> int:
        return self.han + self.kana + self.hangul + self.latin + self.cyrillic + self.greek

    @property
    def is_cjk(self) -> bool:
        """Mostly Han/kana/Hangul among letters."""
        cjk = self.han + self.kana + self.hangul
        return cjk > 0 and cjk * 2 >= self.letters

    @property
    def is_japanese(self) -> bool:
        """Kana present in a real share: kanji with kana is Japanese, not Chinese."""
        return self.kana >= 3 and self.kana * 10 >= self.han


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled on first use: start-up time matters more than the first document's."""
    return tuple(re.compile(body) for body in _CLASSES.values())


def script_counts(text: str) -> ScriptCounts:
    """Count ``text``'s characters per script."""
    counts = [len(p.findall(text)) for p in _patterns()]
    total = len(text) - sum(text.count(ws) for ws in " \t\n\r\u3000")
    return ScriptCounts(*counts, total)
