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
from typing import NamedTuple

from .hanfreq import han_scores, is_han, mean_cost, rare_share
from .lazy import LazyPattern

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


def _pair(lead: int | None, trail: int | None) -> str | None:
    if LOST_CHAR in (lead, trail):
        return "?"
    if lead is None or trail is None:
        return _best_char(lead, trail)
    try:
        ch = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


def _scan_run(text: str, pos: int) -> tuple[list[int | None], int, bool]:
    """Bytes (None = lost) of the misaligned run starting at the orphan mark at ``pos``."""
    stream: list[int | None] = []
    annotated = False
    while pos < len(text):
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
                stream.append(None)
                annotated = annotated or mark.end() - pos > 2
            pos = mark.end()
            continue
        pair = gbk2(text[pos])
        if pair is None:
            if "\x40" <= text[pos] <= "\x7e" and len(stream) % 2:
                stream.append(ord(text[pos]))  # the one-byte trail that realigns the stream
                pos += 1
            break
        stream.extend(pair)
        pos += 1
    return stream, pos, annotated


def realign(text: str, pos: int, orphan: bool = True) -> ShiftRepair | None:
    """Repair the misaligned run at ``text[pos]``; None when there is no run.

    With ``orphan`` the run starts at a ``?`` mark (the lost lead byte); without, at the
    first garbled character, whose lead byte was lost silently.
    """
    stream, end, annotated = _scan_run(text, pos)
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
    chars = [_pair(stream[i], stream[i + 1]) for i in range(0, len(stream), 2)]
    repaired = None if None in chars else "".join(chars)  # type: ignore[arg-type]
    return ShiftRepair(pos, end, repaired, annotated, lost)


def is_improvement(garbled: str, repaired: str, annotated: bool = False) -> bool:
    """The realigned text reads clearly better than the garbled run.

    After an annotated orphan mark (``?shù)``, a certain sign of garble) a plausible repair is
    enough; otherwise it must also beat the garble by a clear margin.
    """
    plausible = rare_share(repaired) <= 0.25 and mean_cost(repaired) <= 10.0
    return plausible and (annotated or mean_cost(repaired) + 3.0 <= mean_cost(garbled))
