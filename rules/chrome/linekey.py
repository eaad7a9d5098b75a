"""Comparison keys for lines: the same line in any case, digits, punctuation, spacing or script.

Why: a caption that repeats the title in Simplified under a Traditional article, a footer
whose date changes from page to page, a share row with different spacing are all the same
line. The key folds case, width and Traditional → Simplified (one C-level ``translate``),
drops converter pinyin glue, maps every digit to ``0`` and keeps only letters and digits.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from doclint.lazyre import LazyPattern
from .lexicon import _fold_table, needs_table, strip_glue

_WORDS = LazyPattern(r"[\w\n]+")  # what a key keeps (line breaks kept to split rows)
# ASCII bytes that are neither letters, digits nor the line break (``_`` included), deleted,
# and ASCII upper case and digits folded (``A`` → ``a``, ``7`` → ``0``): one C-level
# ``bytes.translate`` does the ASCII part of a key, most of the text of any page
_ASCII_NOT_WORD = bytes(b for b in range(128) if not chr(b).isalnum() and b != 0x0A)
_ASCII_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ123456789", b"abcdefghijklmnopqrstuvwxyz000000000")
_TITLE_SEPARATORS = LazyPattern(r"\s+[-|–—_·]\s+|\s*[|｜]\s*|_")


@lru_cache(maxsize=1)
def _folded_letters() -> frozenset[str]:
    """The non-ASCII characters the fold table changes (Traditional, full-width, Latin … upper case)."""
    return frozenset(chr(code) for code in _fold_table() if code > 0x7F)


def line_keys(text: str, quick: bool = False) -> list[str]:
    """The normalised form of every ``"\\n"``-separated row of ``text``, used to find repeats.

    Same as folding each row (:func:`~.lexicon.fold`, or only ``str.lower`` when ``quick``:
    the document holds no Traditional or full-width character, see
    :func:`~.lexicon.needs_table`), mapping ASCII digits to ``0`` and keeping letters and
    digits, but in an order that is cheap on whole documents (every step maps characters
    independently and none makes or removes a line break, so the rows stay aligned with
    ``text.split("\\n")``): ASCII first, in one ``bytes.translate``; then the non-ASCII
    punctuation goes (one regex); the table fold, ~70 ns a character in ``str.translate``,
    runs last and only when what is left holds a character it changes (a Simplified page
    has its full-width punctuation gone by then). The fold never turns a letter into
    punctuation or back, except ``＿`` → ``_``, which the ASCII step would have dropped.
    """
    text = strip_glue(text)
    if quick and "Σ" in text:
        text = text.lower()  # before the spaces go: ``Σ`` lowers by its context (``ς`` ends a word)
    raw = text.encode("utf-8", "surrogatepass").translate(_ASCII_FOLD, _ASCII_NOT_WORD)
    text = raw.decode("utf-8", "surrogatepass")
    if text.isascii():
        return text.split("\n")
    text = "".join(_WORDS.findall(text))
    if quick:
        if not text.isascii():
            lowered = text.lower()
            # only ``İ`` lowers to two characters, the second a combining mark that a key drops
            text = lowered if len(lowered) == len(text) else "".join(_WORDS.findall(lowered))
    else:
        text = _table_fold(text)
    return text.split("\n")


def _table_fold(text: str) -> str:
    """``text`` (letters and digits) folded by the table; a few distinct characters to fold
    (full-width digits on a Simplified page) are replaced one by one, in C, instead of
    paying ``str.translate``'s dict probe on every character."""
    present = _folded_letters().intersection(text)
    if not present:
        return text
    table = _fold_table()
    if len(present) <= 16 and present.isdisjoint(chr(table[ord(ch)]) for ch in present):  # no chains
        for ch in present:
            text = text.replace(ch, chr(table[ord(ch)]))
    else:
        text = text.translate(table)
    return text.replace("_", "")


@lru_cache(maxsize=4)  # CHROME003 and CHROME004 read the same document in turn
def document_keys(text: str) -> tuple[str, ...]:
    """:func:`line_keys` of a whole document, row by row (``document.lines[i]`` → ``[i]``)."""
    return tuple(line_keys(text, not needs_table(text)))


def line_key(text: str, quick: bool = False) -> str:
    """The key of one line (:func:`line_keys`)."""
    return "".join(line_keys(text, quick))


def worded(key: str, minimum: int) -> bool:
    """A key long enough to compare (``minimum`` letters and digits), a third of it letters:
    the rows of a table of numbers all normalise to the same zeros."""
    return len(key) >= minimum and (len(key) - key.count("0")) * 3 >= len(key)


def key_hashes(keys: Iterable[str]) -> dict[str, int]:
    """A stable 64-bit hash of each key (Python's ``hash`` is salted per process)."""
    # imported here: hashlib loads OpenSSL (~5 ms at start-up), and only CHROME004 hashes
    from hashlib import blake2b

    return {key: int.from_bytes(blake2b(key.encode("utf-8"), digest_size=8).digest(), "little") for key in keys}


def title_parts(title: str) -> list[str]:
    """The parts of a page title between separators (``Headline - Site`` → both)."""
    return _TITLE_SEPARATORS.split(title)
