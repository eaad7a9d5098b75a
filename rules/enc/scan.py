"""Fast paths: find the few lines worth a rule's Python-level analysis with one C-level pass.

Clean text must cost almost nothing (the ENC family runs on every document), so each rule
first searches the whole text with one compiled pattern and only looks at the lines it hits.
"""
from __future__ import annotations

import itertools
import operator
import re
import sys
from functools import lru_cache
from typing import Iterator, NamedTuple

from doclint.document import Line

from .hanfreq import common_han, han_class
from doclint.lazyre import LazyPattern

#: Every character a character-level ENC rule (ENC007-ENC011) looks for, in one class: C0
#: controls but tab/LF/CR, DEL, C1, surrogates, BMP noncharacters, private use, zero widths,
#: BOM, U+FFFD and the first characters of 锟斤拷/烫烫烫/屯屯屯; and √◊─┼, which lead MacRoman
#: and cp437 mojibake (g√¢teaux, ─îe┼ítina) that has no Latin-1 letter for the byte gate.
_SUSPECT_CLASS = ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                  "\ue000-\uf8ff\u200b-\u200d\u2060\u180e\ufeff\ufffd锟烫屯"
                  "\u221a\u25ca\u2500\u253c")


#: The parts of the scanned class beyond the BMP: private-use planes, Han extensions B-H.
_ASTRAL = "\U000f0000-\U0010fffd\U00020000-\U0003134f"


@lru_cache(maxsize=2)
def _any_suspect(astral: bool) -> re.Pattern[str]:
    """The shared scan's class: the suspect characters and the rare Han ones (~20 ms to
    compile, so only texts with many non-ASCII characters use it). Without its astral ranges
    sre compiles the class to one bitmap lookup per character, twice as fast; those ranges are
    needed only in texts that hold a character beyond the BMP."""
    return re.compile(f"[{_SUSPECT_CLASS}{han_class('rare')}{_ASTRAL if astral else ''}]")


#: The suspect characters alone (no Han): a small class, compiled in well under a millisecond.
_SUSPECT = LazyPattern(f"[{_SUSPECT_CLASS}{_ASTRAL}]")


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


#: Plain ASCII bytes (tab, LF, CR, printable): what is left of UTF-8 without them are the
#: non-ASCII characters and the controls, whole (every byte of a multi-byte sequence is ≥ 0x80).
_PLAIN_ASCII = bytes((0x09, 0x0A, 0x0D, *range(0x20, 0x7F)))
#: Texts of at most this many UTF-8 bytes are scanned through their distinct characters
#: whatever their script: a single small file (doclint as a pre-commit hook) must not pay
#: ~15 ms for compiling the big class.
_SHORT = 4096


def _heavy(text: str, data: bytes) -> bool:
    """More than one extra UTF-8 byte per four characters: CJK, Cyrillic … text."""
    return (len(data) - len(text)) * 4 > len(text)


def _mostly_non_ascii(text: str, data: bytes) -> bool:
    """A text of other scripts long enough to pay for compiling the big class."""
    return len(data) > _SHORT and _heavy(text, data)


@lru_cache(maxsize=4)
def non_ascii_bytes(text: str) -> bytes:
    """Bytes holding, in order, the UTF-8 of every character of ``text`` but plain ASCII
    (controls are kept): for most texts just those characters' bytes, a few per hundred in
    English; for a long text mostly of other scripts, where removing ASCII would not pay, all
    of :func:`utf8`. A test for the presence of non-ASCII bytes, or of a multi-byte sequence,
    answers the same on either, and runs on a few bytes for mostly-ASCII text."""
    data = utf8(text)
    return data if _mostly_non_ascii(text, data) else data.translate(None, _PLAIN_ASCII)


class Scan(NamedTuple):
    """What the shared scan found in a text: the offsets of its suspect characters by kind
    (``control``, ``private``, ``zero-width``, ``bom``, ``lost``, ``mojibake-sign``) and of its
    rare Han characters, each sorted."""

    suspects: dict[str, tuple[int, ...]]
    rare: tuple[int, ...]


@lru_cache(maxsize=4)
def _scan(text: str) -> Scan:
    """One C-level pass over ``text`` for everything the character rules and the rare-Han
    gates need: where its suspect characters and its rare Han characters are.

    Texts mostly of other scripts are searched with the big class, once a text long enough
    to pay for compiling it came (short files through their distinct characters before: a
    pre-commit run on a small file compiles nothing big); others, such as most English text,
    through the set of their non-ASCII characters. All paths give the same answer."""
    data = utf8(text)
    if _mostly_non_ascii(text, data) or (_heavy(text, data) and _any_suspect.cache_info().currsize):
        return _scan_class(text)
    return _scan_distinct(text, _non_ascii_chars(text))


@lru_cache(maxsize=4)
def _non_ascii_chars(text: str) -> str:
    """The characters of ``text`` but plain ASCII, in order (for a long text mostly of other
    scripts: all of them, see :func:`non_ascii_bytes`)."""
    return non_ascii_bytes(text).decode("utf-8", "surrogatepass")


def may_match(text: str, pattern: re.Pattern[str] | LazyPattern) -> bool:
    """False only when ``pattern``, whose every match is a run of non-ASCII characters, has
    no match in ``text``. Asked of the text's non-ASCII characters alone, which keep their
    order (neighbours in the text stay neighbours): for most English text a few dozen
    characters instead of the whole text; a text mostly of other scripts is not filtered."""
    return _mostly_non_ascii(text, utf8(text)) or pattern.search(_non_ascii_chars(text)) is not None


def _scan_class(text: str) -> Scan:
    """The scan as one search with the big class (CJK, Cyrillic … text)."""
    suspects: dict[str, list[int]] = {}
    rare = []
    for match in _any_suspect(_has_astral(text)).finditer(text):
        ch = match.group()
        if _is_rare_han_hit(ch):
            rare.append(match.start())
        else:
            suspects.setdefault(_kind(ch), []).append(match.start())
    return Scan({kind: tuple(offsets) for kind, offsets in suspects.items()}, tuple(rare))


@lru_cache(maxsize=1)
def _never_hits() -> frozenset[str]:
    """Characters that are never hits of the scan: common Han (but 锟烫屯, suspects in any
    text) and the blocks most non-ASCII text is made of, none of which holds a suspect."""
    blocks = "".join(chr(cp) for low, high in _PLAIN_BLOCKS for cp in range(low, high + 1))
    return (common_han() | frozenset(blocks)) - frozenset(_LOST_MARKS)


#: Latin-1 letters and signs, Latin Extended, Greek, Cyrillic, punctuation (not U+200B-U+200F),
#: CJK punctuation, kana and fullwidth forms.
_PLAIN_BLOCKS = ((0xA0, 0x24F), (0x370, 0x4FF), (0x2010, 0x2027), (0x2030, 0x205E), (0x3000, 0x30FF),
                 (0xFF01, 0xFF5E))


def _scan_distinct(text: str, non_ascii: str) -> Scan:
    """The scan through the distinct characters of ``text`` that are neither plain ASCII
    (``non_ascii`` holds the others) nor never hits: set operations in C, a Python loop over
    the few characters left, which are then located with ``str.find``."""
    others = set(non_ascii) - _never_hits()
    suspects: dict[str, list[str]] = {}
    rare = []
    for ch in others:
        if _is_rare_han_hit(ch):
            rare.append(ch)
        elif _SUSPECT.match(ch):
            suspects.setdefault(_kind(ch), []).append(ch)
    return Scan({kind: _offsets(text, chars) for kind, chars in suspects.items()}, _offsets(text, rare))


def _offsets(text: str, chars: list[str]) -> tuple[int, ...]:
    """Sorted offsets of every occurrence of ``chars`` in ``text``."""
    found = []
    for ch in chars:
        pos = text.find(ch)
        while pos != -1:
            found.append(pos)
            pos = text.find(ch, pos + 1)
    return tuple(sorted(found))


def rare_positions(text: str) -> tuple[int, ...]:
    """Offsets of the rare Han characters of ``text`` (shared by ENC005/ENC006)."""
    return _scan(text).rare


def rare_clusters(text: str, count: int, gap: int = 4) -> tuple[tuple[int, int], ...]:
    """Spans holding at least ``count`` rare Han characters, each within ``gap`` characters of
    the previous one."""
    positions = rare_positions(text)
    return tuple((positions[first], positions[last] + 1) for first, last in _rare_groups(text, gap)
                 if last - first + 1 >= count)


@lru_cache(maxsize=4)
def _rare_groups(text: str, gap: int) -> tuple[tuple[int, int], ...]:
    """(first, last) indexes into :func:`rare_positions` of the runs of rare Han characters
    each within ``gap`` characters of the previous one. The breaks between runs are found in
    C (clean text has about one rare character per thousand, mojibake thousands in a row);
    ENC005 and ENC006 share them."""
    positions = rare_positions(text)
    if not positions:
        return ()
    apart = map((gap + 1).__lt__, map(operator.sub, positions[1:], positions[:-1]))
    starts = [0, *itertools.compress(range(1, len(positions)), apart)]
    return tuple(zip(starts, [k - 1 for k in starts[1:]] + [len(positions) - 1]))


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


_LOST_MARKS = "锟烫屯"


def _is_rare_han_hit(ch: str) -> bool:
    """A character of the rare-Han blocks (those of build_han_classes.py, extensions B-H) that
    is a hit of the shared scan (hence not common) and not 锟/烫/屯, which count as suspects."""
    return ("\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
            or "\U00020000" <= ch <= "\U0003134f") and ch not in _LOST_MARKS
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
    return frozenset(_scan(text).suspects)


def matches_at(text: str, pattern: re.Pattern[str] | LazyPattern, kind: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, for a pattern whose every match starts
    with a suspect character of ``kind``: tried at those characters only, so that a rule's
    cost follows the few characters it looks for, not the length of the text."""
    end = 0
    match_at = pattern.match
    for pos in _scan(text).suspects.get(kind, ()):
        if pos >= end and (match := match_at(text, pos)) is not None:
            yield match
            end = match.end()


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
    non_ascii = non_ascii_bytes(text)
    return ((b"\xc3" in non_ascii and _LATIN_PAIR_BYTES.search(utf8(text)) is not None)  # the pair may end in a space
            or has_any(non_ascii, _EXTENDED_LEADS) or "mojibake-sign" in suspect_kinds(text))
