"""ENC008-ENC011: characters that carry no text — controls, private use, stray BOMs, zero widths.

All four start from the shared scan (scan.py), which knows where the characters they look
for are: clean text costs them nothing, and a text with a few such characters a few matches.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from doclint import Edit, Fix, Rule
from doclint.model import Diagnostic

from doclint.lazyre import LazyPattern
from .legacy import ISO2022_ESCAPE, text_is_trusted
from .scan import matches_at, suspect_kinds

_C0 = "\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f"
_OTHER = "\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"

@lru_cache(maxsize=4)
def control_pattern(undecodable: bool, iso2022: bool) -> re.Pattern[str]:
    """C0 controls but tab/newline/CR, DEL, C1, lone surrogates and BMP noncharacters.

    The reader's U+DC80..U+DCFF (undecodable bytes, ENC003's) and ISO-2022's ESC/SO/SI
    (ENC001's) are left out when the document has them.
    """
    surrogates = "\ud800-\udc7f\udd00-\udfff" if undecodable else "\ud800-\udfff"
    shifts = "" if iso2022 else "\x1b"
    c0 = _C0 if not iso2022 else "\x00-\x08\x0b\x0c\x10-\x1a\x1c-\x1f"
    return re.compile(f"[{c0}{shifts}{_OTHER}{surrogates}]+")


#: What precedes a C1 control inside mojibake: Latin-1 letters and signs, cp1252's extras.
MOJIBAKE_NEIGHBOUR = LazyPattern("[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                                "\u2013-\u203a\u20ac\u2122]")
PRIVATE_USE = LazyPattern("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]+")
ZERO_WIDTH = LazyPattern("[\u200b\u200c\u200d\u2060\u180e]+")
#: Scripts that need ZWNJ/ZWJ to shape (Arabic, Syriac, Thaana, N'Ko, Indic, Sinhala,
#: Myanmar, Khmer, Mongolian) or ZWSP as a word break (Thai, Lao, Khmer, Myanmar, Tibetan).
_JOINING = LazyPattern("[\u0600-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u18af\ua8e0-\ua8ff\ufb50-\ufdff\ufe70-\ufeff]")
#: Emoji and their modifiers, between which ZWJ forms one glyph (👨‍👩‍👧).
_EMOJI = LazyPattern("[\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff\U0001f3fb-\U0001f3ff]")


def _names(chars: str) -> str:
    shown = [f"U+{ord(ch):04X}" for ch in dict.fromkeys(chars)]
    return ", ".join(shown[:4]) + (" …" if len(shown) > 4 else "")


class ControlCharacter(Rule):
    """What: C0/C1 control characters (other than tab and newline), DEL, lone surrogates and
    Unicode noncharacters (U+FFFE, U+FDD0 …) in the text.

    Why: they never belong to prose; they come from binary junk, bad conversions or
    terminal codes, and break parsers and tokenizers. ``\\r`` is never flagged (mixed-newline
    files keep it), nor ISO-2022 escape codes (ENC001 reports the file).
    Example: ``Hello\\x07 world`` → ``Hello world``.
    Fix safety: safe, the characters carry no text.
    Options: none.
    """

    code = "ENC008"
    name = "control-character"
    summary = "Control character, lone surrogate or noncharacter in the text"

    def check(self, document, context) -> Iterable[Diagnostic]:
        text = document.text
        if "control" not in suspect_kinds(text) or not document.decoded.certain:
            return
        iso2022 = "\x1b" in text and ISO2022_ESCAPE.search(text) is not None
        for match in matches_at(text, control_pattern(document.decoded.undecodable, iso2022), "control"):
            start, end = match.span()
            if match.group()[0] <= "\x9f" and start and MOJIBAKE_NEIGHBOUR.match(text[start - 1]):
                continue  # C1 inside latin-1/cp1252 mojibake of UTF-8: ENC004/ENC005 repair the sequence
            yield self.diagnostic((start, end), f"control or noncharacter {_names(match.group())}",
                                  Fix.safe("delete the control characters", Edit.delete(start, end)))

class PrivateUseCharacter(Rule):
    """What: private-use characters (U+E000-U+F8FF, planes 15-16).

    Why: they have no agreed meaning: icon-font glyphs scraped from pages, or GBK
    user-defined characters (``U+E304``) that a legacy converter left in garbled text.
    Example: ``黑木\\ue304等`` → ``黑木等``.
    Fix safety: unsafe, a private-use character may stand for a real one.
    Options: none.
    """

    code = "ENC009"
    name = "private-use-character"
    summary = "Private-use character in the text"

    def check(self, document, context) -> Iterable[Diagnostic]:
        if "private" not in suspect_kinds(document.text) or not text_is_trusted(document):
            return
        for match in matches_at(document.text, PRIVATE_USE, "private"):
            start, end = match.span()
            yield self.diagnostic((start, end), f"private-use character {_names(match.group())}",
                                  Fix.unsafe("delete the private-use characters", Edit.delete(start, end)))


class StrayBom(Rule):
    """What: a byte-order mark (U+FEFF, "zero width no-break space") inside the text.

    Why: it is left where files carrying a BOM were concatenated; it is invisible and breaks
    matching and tokenisation (U+2060 is the word joiner to use).
    Example: ``first file\\n\\ufeffsecond file`` → ``first file\\nsecond file``.
    Fix safety: safe, the mark carries no text.
    Options: none.
    """

    code = "ENC010"
    name = "stray-bom"
    summary = "Byte-order mark in mid-text"

    def check(self, document, context) -> Iterable[Diagnostic]:
        text = document.text
        if "bom" not in suspect_kinds(text):
            return
        pos = text.find("\ufeff")
        while pos != -1:
            end = pos + 1
            while end < len(text) and text[end] == "\ufeff":
                end += 1
            yield self.diagnostic((pos, end), "byte-order mark (U+FEFF) in mid-text",
                                  Fix.safe("delete the byte-order mark", Edit.delete(pos, end)))
            pos = text.find("\ufeff", end)


class ZeroWidthCharacter(Rule):
    """What: zero-width spaces and joiners (U+200B-U+200D, U+2060, U+180E) in text that does
    not need them.

    Why: invisible characters split words for search and tokenizers ("pass\\u200bword" no
    longer matches "password") and are used to dodge filters. ZWJ inside emoji sequences
    and ZWNJ/ZWJ/ZWSP next to scripts that need them (Persian, Arabic, Indic, Thai, Khmer,
    Myanmar …) are kept.
    Example: ``The quick\\u200b brown fox`` → ``The quick brown fox``.
    Fix safety: safe, the characters are invisible.
    Options: none.
    """

    code = "ENC011"
    name = "zero-width-character"
    summary = "Zero-width character where no script needs one"

    def check(self, document, context) -> Iterable[Diagnostic]:
        text = document.text
        if "zero-width" not in suspect_kinds(text):
            return
        for match in matches_at(text, ZERO_WIDTH, "zero-width"):
            start, end = match.span()
            around = text[max(0, start - 1):start] + text[end:end + 1]
            if _JOINING.search(around):
                continue
            if set(match.group()) <= {"\u200d"} and _EMOJI.search(around):
                continue
            if set(match.group()) <= {"\u200c", "\u200d"} and not around.strip():
                continue
            yield self.diagnostic((start, end), f"zero-width character {_names(match.group())} "
                                  f"({unicodedata.name(match.group()[0], 'zero width').lower()})",
                                  Fix.safe("delete the zero-width characters", Edit.delete(start, end)))
