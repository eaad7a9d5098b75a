"""Comparison keys for lines: the same line in any case, digits, punctuation, spacing or script.

Why: a caption that repeats the title in Simplified under a Traditional article, a footer
whose date changes from page to page, a share row with different spacing are all the same
line. The key folds case, width and Traditional → Simplified (one C-level ``translate``),
drops converter pinyin glue, maps every digit to ``0`` and keeps only letters and digits.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from .lexicon import _fold_table, strip_glue

_NOT_WORD = re.compile(r"[\W_]+")
_NOT_WORD_KEEP_ROWS = re.compile(r"[^\w\n]+")  # ``_NOT_WORD`` keeping line breaks, once ``_`` is a space
_DIGITS = re.compile(r"[0-9]")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—_·]\s+|\s*[|｜]\s*|_")


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str]:
    table = dict(_fold_table())
    for digit in "0123456789":
        table[ord(digit)] = "0"
    return table


def _folded(text: str, quick: bool) -> str:
    """``text`` without pinyin glue, case/width/script-folded, every digit ``0``."""
    text = strip_glue(text)
    if quick:
        text = text.lower()
        return _DIGITS.sub("0", text) if _DIGITS.search(text) else text
    return text.translate(_key_table())


def line_key(text: str, quick: bool = False) -> str:
    """The normalised form of ``text`` used to find repeats.

    ``quick`` (the document holds no Traditional or full-width character, see
    :func:`~.lexicon.needs_table`) gives the same key without the per-character table.
    """
    return _NOT_WORD.sub("", _folded(text, quick))


def line_keys(text: str, quick: bool = False) -> list[str]:
    """:func:`line_key` of every ``"\\n"``-separated row of ``text``, in order.

    Why: the same steps over the whole document run once in C instead of once per line
    (every step maps characters independently or within a row, and none makes or removes a
    line break, so the rows stay aligned with ``text.split("\\n")``).
    """
    return _NOT_WORD_KEEP_ROWS.sub("", _folded(text, quick).replace("_", " ")).split("\n")


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a key (Python's ``hash`` is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def title_parts(title: str) -> list[str]:
    """The parts of a page title between separators (``Headline - Site`` → both)."""
    return _TITLE_SEPARATORS.split(title)
