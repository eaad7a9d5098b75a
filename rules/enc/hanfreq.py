"""How plausible a run of characters is as real Chinese text.

Byte-shifted or wrongly decoded Han text is drawn almost uniformly from a codec's code space,
so it is full of characters real text seldom uses. A per-character cost (0 for the most
common characters, high for rare Han, symbols and replacement marks) separates the two and
ranks candidate repairs. Scores come from ``rules/data/enc/han_freq.txt`` (Unihan, see its
header), loaded once on first use.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from doclint.lazyre import LazyPattern

MAX_SCORE = 22
#: Han characters scoring at or below this are "rare" (outside every common-character list).
RARE_SCORE = 3
_CJK_PUNCT = frozenset("、，。：；！？「」『』（）《》〈〉“”‘’…—·【】〔〕")


def _data_lines(name: str) -> list[tuple[str, str]]:
    """The ``key<TAB>value`` lines of the data file ``rules/data/enc/<name>``, comments skipped."""
    text = resources.files("doclint.rules").joinpath(f"data/enc/{name}").read_text("utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")]  # type: ignore[misc]


@lru_cache(maxsize=1)
def han_scores() -> dict[str, int]:
    """Character → commonness score (higher is more common)."""
    table: dict[str, int] = {}
    for score, chars in _data_lines("han_freq.txt"):
        table.update(dict.fromkeys(chars, int(score)))
    return table


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The Han characters scoring above :data:`RARE_SCORE`, for C-level set operations (read
    without building the score table, which clean text never needs)."""
    return frozenset("".join(chars for score, chars in _data_lines("han_freq.txt") if int(score) > RARE_SCORE))


@lru_cache(maxsize=None)
def han_class(name: str) -> str:
    """A precomputed character class body (``rare``, ``plausible``) of ``han_classes.txt``, as
    ranges: ``re`` parses thousands of literal characters slowly (see build_han_classes.py)."""
    return dict(_data_lines("han_classes.txt"))[name]


HAN = LazyPattern("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3134F


@lru_cache(maxsize=65536)
def char_cost(ch: str) -> int:
    """Cost of one character in Chinese text: 0 (very common) … 30 (never in clean text).

    Cached per character: repairs score many candidate strings over a small alphabet."""
    if is_han(ch):
        return MAX_SCORE - han_scores().get(ch, 0)
    if ch in _CJK_PUNCT:
        return 4
    if ch.isascii():
        return 8 if ch.isprintable() else 30
    category = unicodedata.category(ch)
    if category in ("Co", "Cs", "Cc", "Cn") or ch == "\ufffd":
        return 30
    if ch <= "\u00ff" or "\uff61" <= ch <= "\uff9f" or not category.startswith("L"):
        return 20  # Latin-1 signs and letters, halfwidth katakana, symbols: what mojibake is made of
    return 8  # a letter of another script (Cyrillic, kana, Hangul …) is text in its own language


def mean_cost(text: str) -> float:
    """Average :func:`char_cost` over the non-space characters of ``text`` (0 when empty)."""
    compact = "".join(text.split())
    return sum(map(char_cost, compact)) / len(compact) if compact else 0.0


def rare_count(text: str) -> int:
    """Number of rare Han characters in ``text`` (scoring at most :data:`RARE_SCORE`, unlisted
    ones included), counted in C but for the cached cost lookups."""
    return sum(map((MAX_SCORE - RARE_SCORE).__le__, map(char_cost, HAN.findall(text))))


def rare_share(text: str) -> float:
    """Share of Han characters in ``text`` that are rare (0 when it has none)."""
    han = HAN.findall(text)
    if not han:
        return 0.0
    rare_cost = MAX_SCORE - RARE_SCORE
    return sum(map(rare_cost.__le__, map(char_cost, han))) / len(han)
