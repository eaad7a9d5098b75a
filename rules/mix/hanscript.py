"""Which Chinese script (Simplified or Traditional) a piece of text is written in.

Only characters that one script alone writes decide (国/國, 说/說); the thousands that both
write (干, 于, 后, 里, 云, 着) say nothing. The classes come from OpenCC's dictionaries (see
``rules/data/mix/build_han.py``). Scanning is done with compiled character classes so that the
common case, a document in one script, costs two C-level regex scans.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from functools import lru_cache

from .tables import char_class, compiled, count_matches, han_classes

SIMPLIFIED = "S"
TRADITIONAL = "T"
SCRIPT_NAMES = {SIMPLIFIED: "Simplified", TRADITIONAL: "Traditional"}

#: Any character outside the Basic Multilingual Plane.
ASTRAL = "[\U00010000-\U0010ffff]"
#: Han characters of the BMP (〇, Extension A, Unified, Compatibility): a class with astral
#: ranges scans ten times slower, and counts that tell a Chinese line only need to be close.
HAN_BMP = "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
#: Below this length the storage-size test of :func:`has_astral` is not conclusive.
SIZE_TEST_MIN_LEN = 64


@lru_cache(maxsize=None)
def _class(script: str, plane: str) -> str:
    """The class of ``script``'s one-script characters in the BMP (``bmp``) or above it.

    They are kept apart because a class with astral characters cannot use the regex engine's
    bitmap and scans ten times slower; astral ones (rare) are searched only when the text has
    astral characters at all.
    """
    chars = han_classes()[script]
    if plane == "bmp":
        return char_class("".join(c for c in chars if ord(c) <= 0xFFFF))
    return char_class("".join(c for c in chars if ord(c) > 0xFFFF))


# Each pattern is compiled on first use, not all together: a class of thousands of characters
# takes milliseconds to compile, and a one-script document only ever needs its ``bmp`` classes
# (a pre-commit hook on one small file pays for what it uses).

@lru_cache(maxsize=None)
def _bmp(script: str) -> re.Pattern[str]:
    return re.compile(_class(script, "bmp"))


@lru_cache(maxsize=None)
def _astral(script: str) -> re.Pattern[str]:
    return re.compile(_class(script, "astral"))


def _both_planes(script: str) -> str:
    # the lookahead keeps the engine from merging both classes into one slow class
    return f"{_class(script, 'bmp')}|(?={ASTRAL}){_class(script, 'astral')}"


@lru_cache(maxsize=None)
def _full(script: str) -> re.Pattern[str]:
    """Both planes, for texts that hold astral characters."""
    return re.compile(_both_planes(script))


@lru_cache(maxsize=None)
def _either() -> re.Pattern[str]:
    """Either script, Simplified as group 1 and Traditional as group 2."""
    return re.compile(f"({_both_planes(SIMPLIFIED)})|({_both_planes(TRADITIONAL)})")


@lru_cache(maxsize=None)
def _regional_forms() -> re.Pattern[str]:
    classes = han_classes()
    return re.compile(char_class("".join(classes["TW"] | classes["HK"])))


def has_astral(text: str) -> bool:
    """Whether ``text`` holds a character outside the BMP.

    CPython stores a string with 4 bytes per character exactly when it holds one (PEP 393),
    so the object's size answers without a scan; short strings are scanned.
    """
    if len(text) < SIZE_TEST_MIN_LEN:
        return compiled(ASTRAL).search(text) is not None
    return sys.getsizeof(text) >= 4 * len(text)


def contains(text: str, script: str) -> bool:
    """Whether ``text`` holds any character only ``script`` writes."""
    if _bmp(script).search(text) is not None:
        return True
    return has_astral(text) and _astral(script).search(text) is not None


def script_pattern(text: str, script: str) -> re.Pattern[str]:
    """The fastest class of ``script``'s characters that covers ``text``."""
    return _full(script) if has_astral(text) else _bmp(script)


def count(text: str, script: str, limit: int | None = None) -> int:
    """How many characters only ``script`` writes ``text`` holds, counting at most ``limit``."""
    return count_matches(script_pattern(text, script), text, limit)


def other(script: str) -> str:
    return TRADITIONAL if script == SIMPLIFIED else SIMPLIFIED


def script_positions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Offsets of the one-script characters in ``text[start:end]`` with their script."""
    found = _either().finditer(text, start, len(text) if end is None else end)
    return [(m.start(), SIMPLIFIED if m.lastindex == 1 else TRADITIONAL) for m in found]


def traditional_style(text: str) -> str:
    """The Traditional standard ``text`` follows: ``tw`` (為, 裡, 眾), ``hk`` (為, 説, 綫) or
    ``std`` (OpenCC's 爲, 裏, 衆, 說): each regional variant form present votes for its region,
    each standard form it replaces votes against; used to pick the converter."""
    found = _regional_forms().findall(text)
    if not found:
        return "std"  # most spans: no form votes at all
    forms = Counter(found)
    classes = han_classes()
    margins = {region: sum(forms[pair[1]] - forms[pair[0]] for pair in classes[region.upper()])
               for region in ("tw", "hk")}
    best = max(margins, key=lambda region: margins[region])
    return best if margins[best] > 0 else "std"
