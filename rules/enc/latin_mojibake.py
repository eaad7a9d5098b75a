"""ENC004: UTF-8 read as cp1252 / latin-1 / cp1251 / MacRoman (and twice), repaired by ftfy.

ftfy is the reference for the Latin family of mojibake; only its encoding steps are used
(``fix_encoding``): its other defaults rewrite clean text (fullwidth ``，：？（）`` to ASCII,
curly quotes to straight ones), which a linter must never do.
"""
from __future__ import annotations

import re
from typing import Iterable

from doclint import Edit, Fix, Rule
from doclint.model import Diagnostic

from doclint.lazyre import LazyPattern
from .legacy import text_is_trusted
from .scan import has_any, lines_hit, may_hold_latin_mojibake, may_match, non_ascii_bytes

#: Two characters in a row that Latin-family mojibake is made of: a Latin/Greek letter or sign
#: that stands for a UTF-8 lead byte, then one that stands for a continuation byte (cafÃ©,
#: ÄŻ, ─î, ◊ë); or a Cyrillic letter then a cp1251 sign (Рџ, вЂ™). Lines without such a pair
#: are never handed to ftfy; nor are cp437/MacRoman pairs (─î, √ü) and ``Ã `` (à with its
#: A0 byte lost). «» and ё/Ё are left out: they follow letters in clean Russian.
#: Only the lines matter, so each pattern starts with its rarer character, one class that
#: sre skips ahead on, and checks the other with a lookaround: the Latin pair leads with the
#: lead-byte letter (``A(?:B|(?<=C)D|(?<=Ã)[ NBSP])`` for ``AB|CD|Ã[ NBSP]``, C and Ã being in A),
#: the Cyrillic one with the sign after the letter (every character of Russian is a letter).
LATIN_PAIR = LazyPattern(
    "[\u00c0-\u024f\u02c6\u02dc\u0370-\u03ff\u2500-\u257f\u221a\u2202\u25ca\u0192\u2248]"
    "(?:[\u0080-\u00bf\u0100-\u024f\u02c0-\u02ff\u0370-\u03ff\u2013-\u2122\u2500-\u257f]"
    "|(?<=[\u2500-\u257f\u221a\u2202\u25ca])[\u00a0-\u00ff]|(?<=\u00c3)[ \u00a0])")
#: ``Ã`` before a space, the one pair with an ASCII character: a lone ``Ã`` among the non-ASCII ones.
_A_TILDE = LazyPattern("\u00c3")
#: C1 controls: cp1252 text read as latin-1 (``\x93quoted\x94``).
C1_CONTROL = LazyPattern("[\x80-\x9f]")
_C1_BYTES = LazyPattern(rb"\xc2[\x80-\x9f]")
_CP1251_SIGN = "\u0402-\u040f\u0452-\u045f\u2018-\u203a\u00a0-\u00aa\u00ac-\u00ba\u0490\u0491\u2116\u20ac"
CYRILLIC_PAIR = LazyPattern(f"[{_CP1251_SIGN}](?<=[\u0410-\u044f][{_CP1251_SIGN}])")
#: UTF-8 lead bytes of Cyrillic (D0, D1). Pairs led by box drawing or √∂◊≈ (E2 …) come with
#: Latin-1 letters in the same mojibake (─îe, wei√ü): the Latin byte gate opens for them.
_CYRILLIC_FIRSTS = (b"\xd0", b"\xd1")


def pair_patterns(text: str) -> list[re.Pattern[str]]:
    """The pair patterns worth running on ``text``: memory-speed byte tests skip the regex
    scans on texts that cannot hold such a pair (most clean text)."""
    non_ascii = non_ascii_bytes(text)
    patterns = []
    if may_hold_latin_mojibake(text) and (may_match(text, LATIN_PAIR) or may_match(text, _A_TILDE)):
        patterns.append(LATIN_PAIR)
    if b"\xc2" in non_ascii and _C1_BYTES.search(non_ascii):
        patterns.append(C1_CONTROL)
    if has_any(non_ascii, _CYRILLIC_FIRSTS) and may_match(text, CYRILLIC_PAIR):
        patterns.append(CYRILLIC_PAIR)
    return patterns
_LOSSLESS_STEPS = {"encode", "decode", "transcode"}


#: Han characters: a line ftfy turns into Han text is CJK mojibake, left to ENC005.
_HAN = LazyPattern("[\u3400-\u9fff]")


def changed_span(before: str, after: str) -> tuple[int, int, str]:
    """The smallest ``[start, end)`` of ``before`` and its replacement that turn it into ``after``."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b -= 1
        end_a -= 1
    return start, end_b, after[start:end_a]


class LatinMojibake(Rule):
    """What: UTF-8 text that was decoded as cp1252, latin-1, cp1251 or MacRoman, once or
    twice (``cafÃ©``, ``â€œquotedâ€\\x9d``, ``РџСЂРёРІРµС‚``).

    Why: the original text is still there byte for byte; re-encoding and decoding restores it.
    ftfy (its encoding steps only) decides, on lines holding a pair of characters mojibake is
    made of, so ordinary accented text stays clean.
    Example: ``cafÃ© â€” naÃ¯ve`` → ``café — naïve``.
    Fix safety: safe when the repair is a pure re-encode/decode; unsafe when ftfy also had to
    guess lost bytes.
    Options: none.
    """

    code = "ENC004"
    name = "latin-mojibake"
    summary = "UTF-8 text decoded as cp1252/latin-1/cp1251 (mojibake)"

    def check(self, document, context) -> Iterable[Diagnostic]:
        patterns = pair_patterns(document.text)
        if not patterns or not text_is_trusted(document):
            return
        from ftfy import fix_encoding_and_explain  # lazy: ftfy is heavy and rarely needed
        from ftfy.badness import badness

        lines = {line.row: line for pattern in patterns for line in lines_hit(document, pattern)}
        for line in (lines[row] for row in sorted(lines)):
            result = fix_encoding_and_explain(line.text)
            fixed = result.text
            if fixed == line.text or _HAN.search(fixed) or badness(fixed) > badness(line.text):
                continue  # CJK text that ftfy only half repairs (ENC005's), or no better
            start, end, replacement = changed_span(line.text, fixed)
            steps = {step for step, _ in result.explanation or ()}
            message = f"mojibake: {line.text[start:end]!r} should read {replacement!r}"
            note = " → ".join(f"{step} {codec}" for step, codec in result.explanation or ())
            make = Fix.safe if steps <= _LOSSLESS_STEPS else Fix.unsafe
            fix = make("re-encode and decode the mojibake", Edit.replace(line.start + start, line.start + end, replacement))
            yield self.diagnostic((line.start + start, line.start + end), message, fix, notes=[note])
