"""Undo GBK byte-shift garble: a lost byte misaligns GBK pairs until a one-byte character.

When one byte of a GBK stream is lost (or a converter inserts ``(pinyin)`` between the two
bytes of a character, where the orphan lead byte swallows the ``(`` and shows as ``?``), every
following pair is read from the wrong byte: ``當?shù)馗涕佟`` for ``當地柑橘``. Re-encoding the
garbled run to GBK and pairing the bytes one position earlier, with the lost byte restored
as the most plausible one, recovers the text up to the next one-byte character, where the
stream realigns by itself.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .hanfreq import han_scores, is_han, mean_cost, rare_share
from doclint.lazyre import LazyPattern

PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
#: An orphan-byte mark: ``?`` with the swallowed annotation's remainder (``shù)``) or the
#: ASCII byte it swallowed (``?;``), if any.
ORPHAN = LazyPattern(rf"\?(?:[{PINYIN}]{{1,7}}\)|[;:,.](?=[^\x00-\x7f]))?")
#: Two orphan marks in a row: a whole character was lost, then a lead byte.
LOST_CHAR = -1
#: A well-formed annotation right before the orphan mark belongs to the previous character.
ANNOTATION_BEFORE = LazyPattern(rf"\([{PINYIN}]{{1,7}}\)$")
_LEADS = range(0x81, 0xFF)


class ShiftRepair(NamedTuple):
    """A garbled run ``[start, end)`` of a string and its realigned text (None: not recovered)."""

    start: int
    end: int
    repaired: str | None
    has_annotation: bool
    #: A whole character was lost before the run (``??``): the repair cannot restore it.
    lost_char: bool = False


@lru_cache(maxsize=65536)
def gbk2(ch: str) -> bytes | None:
    """The two GBK bytes of ``ch``, or None for one-byte and unencodable characters."""
    try:  # gb18030 maps GBK's user-defined area to private use, as legacy decoders did
        data = ch.encode("gbk" if ch < "\ue000" or ch > "\uf8ff" else "gb18030")
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 else None


@lru_cache(maxsize=4096)
def _best_char(lead: int | None, trail: int | None) -> str | None:
    """The most common character whose GBK bytes fit ``lead``/``trail`` (None = unknown byte)."""
    scores = han_scores()
    leads = _LEADS if lead is None else (lead,)
    trails = range(0x40, 0xFF) if trail is None else (trail,)
    best, best_score = None, -1
    for a in leads:
        for b in trails:
            try:
                ch = bytes((a, b)).decode("gbk")
            except UnicodeDecodeError:
                continue
            score = scores.get(ch, -1) if len(ch) == 1 and is_han(ch) else -1
            if score > best_score:
                best, best_score = ch, score
    return best if best_score > 0 else None


@lru_cache(maxsize=65536)
def _pair(lead: int | None, trail: int | None) -> str | None:
    """The character of GBK bytes ``lead trail`` (None: unknown byte, the most common fit;
    ``LOST_CHAR``: ``?``), None where they decode to no single character. Cached: a realignment
    decodes every pair of a run, and the search for a lost byte every candidate byte."""
    if LOST_CHAR in (lead, trail):
        return "?"
    if lead is None or trail is None:
        return _best_char(lead, trail)
    try:
        ch = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


@lru_cache(maxsize=1)
def readings() -> dict[str, str]:
    """Traditional character → Mandarin reading (``rules/data/enc/han_readings.txt``)."""
    table: dict[str, str] = {}
    text = resources.files("doclint.rules").joinpath("data/enc/han_readings.txt").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            reading, chars = line.split("\t")
            table.update(dict.fromkeys(chars, reading))
    return table


def _read_as(lead: int, trail: int, pinyin: str) -> bool:
    """Whether GBK bytes ``lead trail`` are a Traditional character read ``pinyin``."""
    ch = _pair(lead, trail)
    return ch is not None and readings().get(ch) == pinyin


@lru_cache(maxsize=4096)
def _best_with_reading(window: int | None, known: int, pinyin: str, lost_is_lead: bool) -> str | None:
    """The most common character with one lost byte, among those the annotation allows.

    The converter put ``(pinyin)`` after a byte window read ``pinyin``: for a lost lead byte L
    that window is (previous byte, L); for a lost trail byte T it is the character itself.
    """
    scores = han_scores()
    best, best_score = None, 0
    for byte in _LEADS if lost_is_lead else range(0x40, 0xFF):
        if lost_is_lead:
            fits = window is not None and _read_as(window, byte, pinyin)
            ch = _pair(byte, known) if fits else None
        else:
            ch = _pair(known, byte) if _read_as(known, byte, pinyin) else None
        score = scores.get(ch, 0) if ch else -1
        if ch and score >= best_score:
            best, best_score = ch, score
    return best


def _scan_run(text: str, pos: int, hints: dict[int, str]) -> tuple[list[int | None], int, bool]:
    """Bytes (None = lost) of the misaligned run starting at the orphan mark at ``pos``; the
    readings of annotated marks go to ``hints`` by stream index."""
    stream: list[int | None] = []
    annotated = False
    while pos < len(text):
        if text[pos] != "?":  # a stretch of two-byte characters, up to 64 at a time in C
            pairs = list(map(gbk2, text[pos:pos + 64]))
            count = pairs.index(None) if None in pairs else len(pairs)
            stream.extend(b"".join(pairs[:count]))  # type: ignore[arg-type]
            pos += count
            if count == len(pairs) or text[pos] == "?":
                continue
            if "\x40" <= text[pos] <= "\x7e" and len(stream) % 2:
                stream.append(ord(text[pos]))  # the one-byte trail that realigns the stream
                pos += 1
            break
        mark = ORPHAN.match(text, pos)
        if mark and stream and mark.end() - pos == 2 and text[pos + 1] in ";:,.":
            mark = None  # inside a run, "?," is a lost trail byte and then real punctuation
            stream.append(None)
            pos += 1
            break
        if mark:
            if text.startswith("?", mark.end()) and mark.end() == pos + 1:
                stream.extend((LOST_CHAR, LOST_CHAR))
            else:
                if mark.group().endswith(")"):
                    hints[len(stream)] = mark.group()[1:-1]
                stream.append(None)
                annotated = annotated or mark.end() - pos > 2
            pos = mark.end()
            continue
    return stream, pos, annotated


def realign(text: str, pos: int, orphan: bool = True) -> ShiftRepair | None:
    """Repair the misaligned run at ``text[pos]``; None when there is no run.

    With ``orphan`` the run starts at a ``?`` mark (the lost lead byte); without, at the
    first garbled character, whose lead byte was lost silently.
    """
    hints: dict[int, str] = {}
    stream, end, annotated = _scan_run(text, pos, hints)
    if not orphan:
        stream.insert(0, None)
    if not any(b is not None and b >= 0 for b in stream):
        return None
    if len(stream) % 2:
        stream.append(None)
    lost = stream[0] == LOST_CHAR
    if lost:  # the run starts after the lost character: keep its mark
        stream = stream[2:]
        pos += 1
    first_window = _previous_trail(text, pos) if orphan else None
    chars = [_resolve(stream, i, hints, first_window) for i in range(0, len(stream), 2)]
    repaired = None if None in chars else "".join(chars)  # type: ignore[arg-type]
    return ShiftRepair(pos, end, repaired, annotated, lost)


def _previous_trail(text: str, pos: int) -> int | None:
    """The trail byte of the character before the mark at ``pos`` (its annotation skipped)."""
    annotation = ANNOTATION_BEFORE.search(text, max(0, pos - 9), pos)
    before = annotation.start() if annotation else pos
    pair = gbk2(text[before - 1]) if before else None
    return pair[1] if pair else None


def _resolve(stream: list[int | None], i: int, hints: dict[int, str], first_window: int | None) -> str | None:
    """The character of the byte pair at ``stream[i:i + 2]``, using an annotation's reading
    to restore a lost byte where there is one."""
    lead, trail = stream[i], stream[i + 1]
    if lead is None and trail is not None and trail >= 0 and i in hints:
        window = stream[i - 1] if i else first_window
        found = _best_with_reading(window if window is None or window >= 0 else None, trail, hints[i], True)
        if found:
            return found
    if trail is None and lead is not None and lead >= 0 and i + 1 in hints:
        found = _best_with_reading(None, lead, hints[i + 1], False)
        if found:
            return found
    return _pair(lead, trail)


def is_improvement(garbled: str, repaired: str, annotated: bool = False) -> bool:
    """The realigned text reads clearly better than the garbled run.

    After an annotated orphan mark (``?shù)``, a certain sign of garble) a plausible repair is
    enough; otherwise it must also beat the garble by a clear margin.
    """
    plausible = rare_share(repaired) <= 0.25 and mean_cost(repaired) <= 10.0
    return plausible and (annotated or mean_cost(repaired) + 3.0 <= mean_cost(garbled))
