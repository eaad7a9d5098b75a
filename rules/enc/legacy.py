"""Choosing the legacy codec a whole file was written in, by how plausible its decode reads.

charset-normalizer is good on long files but guesses on short ones, and it sometimes prefers
a codec that decodes without error but reads as nonsense (Shift_JIS read as GB18030). Every
candidate that decodes strictly is scored by the share of characters that real CJK text is
made of; ISO-2022 files (7-bit, valid ASCII) are recognised by their escape sequences.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .hanfreq import han_class
from doclint.lazyre import LazyPattern

#: Codecs tried on a non-UTF-8 file besides the reader's own guess (supersets first).
CANDIDATES = ("gb18030", "big5hkscs", "big5", "shift_jis", "euc_jp", "euc_jis_2004",
              "shift_jis_2004", "cp949", "euc_kr", "johab", "cp1252")
#: ESC sequences that designate a character set in ISO-2022 text.
ISO2022_ESCAPE = LazyPattern("\x1b(?:\\$[@AB()*+]|\\([BJ]|\\$\\)C)")
#: Han characters scoring this much count as plausible text.
COMMON_SCORE = 5
#: A re-decode replaces the reader's guess only when it reads this much better.
MIN_GAIN = 0.15
#: A file shorter than this many characters gets "undetermined" unless the decode is clear.
MIN_CHARS = 20


class Detection(NamedTuple):
    """A codec's decode of the raw bytes and how plausible it reads (0..1)."""

    encoding: str
    text: str
    plausibility: float


@lru_cache(maxsize=1)
def _plausible() -> re.Pattern[str]:
    """Characters real CJK (or Latin) text is made of: printable ASCII, Han scoring at least
    :data:`COMMON_SCORE`, kana, Hangul, CJK and fullwidth punctuation, Latin letters."""
    return re.compile(f"[\x21-\x7e\u3040-\u30ff\uac00-\ud7a3\u3000-\u303f\uff01-\uff5e“”‘’…—·"
                      f"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f{han_class('plausible')}]")


def plausibility(text: str) -> float:
    """Share of non-space characters that are ASCII, common Han, kana, Hangul or CJK punctuation."""
    compact = "".join(text.split())
    return len(_plausible().findall(compact)) / len(compact) if compact else 0.0


def iso2022(text: str, raw: bytes) -> Detection | None:
    """The decode of a 7-bit ISO-2022-JP/KR file, recognised by its escape sequences."""
    if "\x1b" not in text or not ISO2022_ESCAPE.search(text):
        return None
    order = ("iso2022_kr", "iso2022_jp_2") if "\x1b$)C" in text else ("iso2022_jp_2",)
    for encoding in order:
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(c in decoded for c in "\x1b\x0e\x0f"):
            name = "iso2022_jp" if encoding.startswith("iso2022_jp") else encoding
            return Detection(name, decoded, plausibility(decoded))
    return None


def best_decode(raw: bytes, guess: str) -> Detection | None:
    """The most plausible strict decode of ``raw`` among the reader's ``guess`` and CANDIDATES."""
    best: Detection | None = None
    for encoding in (guess, *CANDIDATES):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        candidate = Detection(encoding, text, plausibility(text))
        if best is None or candidate.plausibility > best.plausibility + 0.02:
            best = candidate
    return best


@lru_cache(maxsize=16)
def _misread(raw: bytes, guess: str, current: float) -> bool:
    better = best_decode(raw, guess)
    return better is not None and better.encoding != guess and better.plausibility >= current + MIN_GAIN


def text_is_trusted(document) -> bool:
    """False when the text is a wrong or uncertain decode of a legacy file (ENC001 reports the
    file; character-level rules would only flag the decoding's noise)."""
    decoded = document.decoded
    if not decoded.certain:
        return False
    if decoded.encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        return "\x1b" not in document.text or ISO2022_ESCAPE.search(document.text) is None
    if not document.raw:
        return True
    return not _misread(document.raw, decoded.encoding, plausibility(document.text))
