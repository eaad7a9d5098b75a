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

from .legacy import text_is_trusted

#: Characters every Latin-family mojibake contains; lines without one are never handed to ftfy.
MOJIBAKE_HINT = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                           "\u2013-\u203a\u20ac\u2122\u0402-\u045f\u0490\u0491]")
_LOSSLESS_STEPS = {"encode", "decode", "transcode"}


def _has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


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
    ftfy's calibrated badness heuristic decides, so ordinary accented text stays clean.
    Example: ``cafÃ© â€” naÃ¯ve`` → ``café — naïve``.
    Fix safety: safe when the repair is a pure re-encode/decode; unsafe when ftfy also had to
    guess lost bytes.
    Options: none.
    """

    code = "ENC004"
    name = "latin-mojibake"
    summary = "UTF-8 text decoded as cp1252/latin-1/cp1251 (mojibake)"

    def check(self, document, context) -> Iterable[Diagnostic]:
        if not MOJIBAKE_HINT.search(document.text) or not text_is_trusted(document):
            return
        from ftfy import fix_encoding_and_explain  # lazy: ftfy is heavy and rarely needed
        from ftfy.badness import badness, is_bad

        for line in document.lines:
            if not MOJIBAKE_HINT.search(line.text) or not is_bad(line.text):
                continue
            result = fix_encoding_and_explain(line.text)
            fixed = result.text
            if fixed == line.text or badness(fixed) >= badness(line.text) or _has_han(fixed):
                continue  # no better, or CJK text that ftfy only half repairs: ENC005's
            start, end, replacement = changed_span(line.text, fixed)
            steps = {step for step, _ in result.explanation or ()}
            message = f"mojibake: {line.text[start:end]!r} should read {replacement!r}"
            note = " → ".join(f"{step} {codec}" for step, codec in result.explanation or ())
            make = Fix.safe if steps <= _LOSSLESS_STEPS else Fix.unsafe
            fix = make("re-encode and decode the mojibake", Edit.replace(line.start + start, line.start + end, replacement))
            yield self.diagnostic((line.start + start, line.start + end), message, fix, notes=[note])
