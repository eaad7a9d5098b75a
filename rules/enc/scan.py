"""Fast paths: find the few lines worth a rule's Python-level analysis with one C-level pass.

Clean text must cost almost nothing (the ENC family runs on every document), so each rule
first searches the whole text with one compiled pattern and only looks at the lines it hits.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Iterator

from doclint.document import Line

from .hanfreq import RARE_SCORE, han_scores
from .lazy import LazyPattern

_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@lru_cache(maxsize=1)
def rare_han_class() -> str:
    """A regex character class body of the rare BMP Han characters (score ≤ RARE_SCORE or
    unlisted); every Han character beyond the BMP (extensions B-H) is rare too."""
    scores = han_scores()
    ranges = []
    for low, high in _CJK_BLOCKS:
        start = None
        for cp in range(low, high + 2):
            rare = cp <= high and scores.get(chr(cp), 0) <= RARE_SCORE
            if rare and start is None:
                start = cp
            elif not rare and start is not None:
                ranges.append(chr(start) if start == cp - 1 else f"{chr(start)}-{chr(cp - 1)}")
                start = None
    return "".join(ranges)


#: The parts of the scanned class beyond the BMP: private-use planes, Han extensions B-H.
_ASTRAL = "\U000f0000-\U0010fffd\U00020000-\U0003134f"


@lru_cache(maxsize=2)
def _any_suspect(astral: bool) -> re.Pattern[str]:
    """The shared scan's class. Without its astral ranges sre compiles the class to one
    bitmap lookup per character, twice as fast; those ranges are needed only in texts that
    hold a character beyond the BMP."""
    return re.compile(f"[{_SUSPECT_CLASS}{rare_han_class()}{_ASTRAL if astral else ''}]")


#: CPython's header size of a compact non-ASCII str (PEP 393): size = header + (len + 1) * kind.
_COMPACT_HEADER = sys.getsizeof("\u0100") - 2 * 2


def _has_astral(text: str) -> bool:
    """Whether ``text`` holds a character beyond U+FFFF, in O(1) on CPython: a str is stored
    with 4 bytes per character exactly when it does (PEP 393). Elsewhere: assume it does."""
    if text.isascii():
        return False
    if sys.implementation.name != "cpython":
        return True
    return (sys.getsizeof(text) - _COMPACT_HEADER) // (len(text) + 1) == 4


@lru_cache(maxsize=4)
def _scan(text: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """One C-level class scan of ``text`` for everything the character rules and the rare-Han
    gates need: the kinds of suspect characters present and the offsets of rare Han."""
    kinds: set[str] = set()
    rare = []
    for match in _any_suspect(_has_astral(text)).finditer(text):
        ch = match.group()
        if _is_rare_han_hit(ch):
            rare.append(match.start())
        else:
            kinds.add(_kind(ch))
    return frozenset(kinds), tuple(rare)


def rare_positions(text: str) -> tuple[int, ...]:
    """Offsets of the rare Han characters of ``text`` (shared by ENC005/ENC006)."""
    return _scan(text)[1]


def rare_clusters(text: str, count: int, gap: int = 4) -> tuple[tuple[int, int], ...]:
    """Spans holding at least ``count`` rare Han characters, each within ``gap`` characters of
    the previous one. The grouping runs over the few rare positions only (clean text has about
    one per thousand characters)."""
    positions = rare_positions(text)
    spans = []
    first = 0
    for k in range(1, len(positions) + 1):
        if k == len(positions) or positions[k] - positions[k - 1] > gap + 1:
            if k - first >= count:
                spans.append((positions[first], positions[k - 1] + 1))
            first = k
    return tuple(spans)


def lines_with_spans(document, spans) -> dict[int, tuple[Line, list[tuple[int, int]]]]:
    """Row → (line, the spans of ``spans`` that start on it, as line offsets)."""
    rows: dict[int, tuple[Line, list[tuple[int, int]]]] = {}
    for start, end in spans:
        line = document.line_at(start)
        row = line.row
        rows.setdefault(row, (line, []))[1].append((start - line.start, min(end, line.end) - line.start))
    return rows


def lines_hit(document, pattern: re.Pattern[str]) -> Iterator[Line]:
    """The lines of ``document`` holding a match of ``pattern``, each once, in order."""
    text = document.text
    match = pattern.search(text)
    while match is not None:
        line = document.line_at(match.start())
        yield line
        match = pattern.search(text, line.end + 1) if line.end < len(text) else None


#: Every character a character-level ENC rule (ENC007-ENC011) looks for, in one class: C0
#: controls but tab/LF/CR, DEL, C1, surrogates, BMP noncharacters, private use, zero widths,
#: BOM, U+FFFD and the first characters of 锟斤拷/烫烫烫/屯屯屯; and √◊─┼, which lead MacRoman
#: and cp437 mojibake (g√¢teaux, ─îe┼ítina) that has no Latin-1 letter for the byte gate.
_SUSPECT_CLASS = ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                  "\ue000-\uf8ff\u200b-\u200d\u2060\u180e\ufeff\ufffd锟烫屯"
                  "\u221a\u25ca\u2500\u253c")


def _is_rare_han_hit(ch: str) -> bool:
    """A hit of the shared scan that is a rare Han character (锟/烫/屯 count as suspects):
    nothing else in the scanned class lies in the CJK blocks."""
    return ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f") \
        and ch not in "锟烫屯"
_KINDS = (("\ufeff", "bom"), ("\ufffd锟烫屯", "lost"), ("\u200b\u200c\u200d\u2060\u180e", "zero-width"),
          ("\u221a\u25ca\u2500\u253c", "mojibake-sign"))


def _kind(ch: str) -> str:
    for chars, kind in _KINDS:
        if ch in chars:
            return kind
    if "\ue000" <= ch <= "\uf8ff" or ch >= "\U000f0000":
        return "private"
    return "control"


def suspect_kinds(text: str) -> frozenset[str]:
    """Which kinds of suspect characters ``text`` holds (``control``, ``private``,
    ``zero-width``, ``bom``, ``lost``, ``mojibake-sign``): rules skip clean text on this answer."""
    return _scan(text)[0]


@lru_cache(maxsize=4)
def utf8(text: str) -> bytes:
    """The text's UTF-8 bytes (lone surrogates kept), shared by the rules' byte-level gates.

    Substring tests on bytes run at memory speed (memchr), an order of magnitude faster than
    a character-class regex over the ``str``; the cache key is the text object itself, whose
    hash Python computes once.
    """
    return text.encode("utf-8", "surrogatepass")


def has_any(data: bytes, needles: tuple[bytes, ...]) -> bool:
    """Whether any of ``needles`` occurs in ``data`` (each a memchr-speed substring search)."""
    return any(needle in data for needle in needles)


#: Two Latin-family mojibake characters in a row, in UTF-8: a Latin-1 letter (C3 xx) then a
#: Latin-1/Latin-Extended/Greek character, a cp1252 sign (E2 80-84), box drawing (E2 94/95) or
#: a space. The literal first byte lets the search skip ahead at memory speed; clean English
#: (é then ASCII) is rejected at the second byte.
_LATIN_PAIR_BYTES = LazyPattern(rb"\xc3[\x80-\xbf](?:[\xc2-\xcb\xcd-\xcf]|\xe2[\x80-\x84\x94\x95]| )")
#: Lead bytes of Latin Extended, IPA and Greek letters (C4-C9, CD-CF), rare in clean text.
_EXTENDED_LEADS = (b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8", b"\xc9", b"\xcd", b"\xce", b"\xcf")


@lru_cache(maxsize=4)
def may_hold_latin_mojibake(text: str) -> bool:
    """Whether ``text`` can hold Latin-family mojibake (ÃƒÂ©, ÄŻ, Ï£Íû, g√¢teaux …)."""
    data = utf8(text)
    return (_LATIN_PAIR_BYTES.search(data) is not None or has_any(data, _EXTENDED_LEADS)
            or "mojibake-sign" in suspect_kinds(text))
