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

from .lexicon import _fold_table, needs_table, strip_glue

_NOT_WORD = re.compile(r"[^\w\n]+")  # what a key drops (line breaks kept to split rows)
# ASCII bytes that are neither letters, digits nor the line break (``_`` included), and the
# ASCII digits mapped to ``0``: one C-level ``bytes.translate`` does both for the ASCII part
_ASCII_NOT_WORD = bytes(b for b in range(128) if not chr(b).isalnum() and b != 0x0A)
_ASCII_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—_·]\s+|\s*[|｜]\s*|_")


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str]:
    table = dict(_fold_table())
    for digit in "0123456789":
        table[ord(digit)] = "0"
    return table


def line_keys(text: str, quick: bool = False) -> list[str]:
    """The normalised form of every ``"\\n"``-separated row of ``text``, used to find repeats.

    ``quick`` (the document holds no Traditional or full-width character, see
    :func:`~.lexicon.needs_table`) gives the same keys without the per-character table.
    Why whole documents: each step runs once in C instead of once per line (every step maps
    characters independently, and none makes or removes a line break, so the rows stay
    aligned with ``text.split("\\n")``); ASCII punctuation and spaces, most of what is
    dropped, go in one ``bytes.translate`` instead of one regex match each.
    """
    text = strip_glue(text)
    if quick:
        text, table = text.lower(), _ASCII_DIGITS_TO_ZERO
    else:
        text, table = text.translate(_key_table()), None  # the table maps digits already
    raw = text.encode("utf-8", "surrogatepass").translate(table, _ASCII_NOT_WORD)
    text = raw.decode("utf-8", "surrogatepass")
    if not text.isascii():
        text = _NOT_WORD.sub("", text)
    return text.split("\n")


@lru_cache(maxsize=4)  # CHROME003 and CHROME004 read the same document in turn
def document_keys(text: str) -> tuple[str, ...]:
    """:func:`line_keys` of a whole document, row by row (``document.lines[i]`` → ``[i]``)."""
    return tuple(line_keys(text, not needs_table(text)))


def line_key(text: str, quick: bool = False) -> str:
    """The key of one line (:func:`line_keys`)."""
    return "".join(line_keys(text, quick))


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a key (Python's ``hash`` is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def title_parts(title: str) -> list[str]:
    """The parts of a page title between separators (``Headline - Site`` → both)."""
    return _TITLE_SEPARATORS.split(title)
