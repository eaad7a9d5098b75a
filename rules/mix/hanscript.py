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
from typing import Iterator, NamedTuple

from .tables import char_class, compiled, han_classes

SIMPLIFIED = "S"
TRADITIONAL = "T"
SCRIPT_NAMES = {SIMPLIFIED: "Simplified", TRADITIONAL: "Traditional"}

#: Any character outside the Basic Multilingual Plane.
ASTRAL = "[\U00010000-\U0010ffff]"
#: Below this length the storage-size test of :func:`has_astral` is not conclusive.
SIZE_TEST_MIN_LEN = 64


class HanPatterns(NamedTuple):
    """Compiled classes of the one-script characters.

    ``bmp[S]``/``bmp[T]`` hold the BMP characters only: a class with astral characters cannot
    use the regex engine's bitmap and scans ten times slower, so the astral ones (rare) are
    in ``astral[S]``/``astral[T]``, searched only when the text has astral characters at all.
    ``full`` and ``either`` (S and T as groups 1 and 2) cover both planes, for short spans.
    """

    bmp: dict[str, re.Pattern[str]]
    astral: dict[str, re.Pattern[str]]
    full: dict[str, re.Pattern[str]]
    either: re.Pattern[str]
    regional_pairs: dict[str, frozenset[str]]
    regional_forms: re.Pattern[str]


@lru_cache(maxsize=None)
def patterns() -> HanPatterns:
    classes = han_classes()
    bmp, astral, full = {}, {}, {}
    for script in (SIMPLIFIED, TRADITIONAL):
        low = char_class("".join(c for c in classes[script] if ord(c) <= 0xFFFF))
        high = char_class("".join(c for c in classes[script] if ord(c) > 0xFFFF))
        bmp[script], astral[script] = re.compile(low), re.compile(high)
        # the lookahead keeps the engine from merging both classes into one slow class
        full[script] = f"{low}|(?={ASTRAL}){high}"
    return HanPatterns(
        bmp=bmp, astral=astral,
        full={script: re.compile(pattern) for script, pattern in full.items()},
        either=re.compile(f"({full[SIMPLIFIED]})|({full[TRADITIONAL]})"),
        regional_pairs={"tw": classes["TW"], "hk": classes["HK"]},
        regional_forms=re.compile(char_class("".join(classes["TW"] | classes["HK"]))),
    )


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
    p = patterns()
    if p.bmp[script].search(text) is not None:
        return True
    return has_astral(text) and p.astral[script].search(text) is not None


def _pattern(text: str, script: str) -> re.Pattern[str]:
    """The fastest class of ``script``'s characters that covers ``text``."""
    return patterns().full[script] if has_astral(text) else patterns().bmp[script]


def offsets(text: str, script: str) -> Iterator[int]:
    """Offsets of the characters only ``script`` writes in ``text``."""
    return (m.start() for m in _pattern(text, script).finditer(text))


def count(text: str, script: str, limit: int | None = None) -> int:
    """How many characters only ``script`` writes ``text`` holds, counting at most ``limit``."""
    pattern = _pattern(text, script)
    if limit is None:
        return len(pattern.findall(text))
    n = 0
    for n, _ in enumerate(pattern.finditer(text), 1):
        if n >= limit:
            break
    return n


def other(script: str) -> str:
    return TRADITIONAL if script == SIMPLIFIED else SIMPLIFIED


def script_positions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Offsets of the one-script characters in ``text[start:end]`` with their script."""
    found = patterns().either.finditer(text, start, len(text) if end is None else end)
    return [(m.start(), SIMPLIFIED if m.lastindex == 1 else TRADITIONAL) for m in found]


def traditional_style(text: str) -> str:
    """The Traditional standard ``text`` follows: ``tw`` (為, 裡, 眾), ``hk`` (為, 説, 綫) or
    ``std`` (OpenCC's 爲, 裏, 衆, 說): each regional variant form present votes for its region,
    each standard form it replaces votes against; used to pick the converter."""
    p = patterns()
    forms = Counter(p.regional_forms.findall(text))
    margins = {region: sum(forms[pair[1]] - forms[pair[0]] for pair in pairs)
               for region, pairs in p.regional_pairs.items()}
    best = max(margins, key=lambda region: margins[region])
    return best if margins[best] > 0 else "std"
