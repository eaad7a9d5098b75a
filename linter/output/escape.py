"""Making document text safe and visible on a terminal.

A document must never inject terminal escape codes or rich markup, and invisible characters
(zero-width spaces, BOMs, controls, undecodable bytes) are exactly what ENC rules point at, so
each is shown as a visible ``<U+200B>``-style token.
"""
from __future__ import annotations

import re

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\ud800-\udfff\U000e0000-\U000e0fff]")


def visible(ch: str) -> str:
    """The visible token for one invisible character (undecodable bytes show as ``<0xNN>``)."""
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:
        return f"<0x{code - 0xDC00:02X}>"
    if ch == "\t":
        return "    "
    return f"<U+{code:04X}>"


def make_visible(text: str) -> str:
    """``text`` with every invisible or control character replaced by its token."""
    return _INVISIBLE.sub(lambda m: visible(m.group()), text)
