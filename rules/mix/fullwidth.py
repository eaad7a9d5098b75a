"""MIX004: full-width Latin letters and digits inside half-width text (``ＰＲＯＭＯ２０２４``)."""
from __future__ import annotations

import unicodedata
from typing import Iterable

from doclint import Edit, Fix, Option, Rule

from .locate import row_index
from .tables import compiled

#: One full-width letter or digit; searched alone first (a class followed by ``+`` cannot use
#: the regex engine's fast scan and is two times slower on text without any).
FULLWIDTH_CHAR = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
FULLWIDTH_ALNUM = FULLWIDTH_CHAR + "+"
CJK = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
HALFWIDTH_LETTER = "[A-Za-z]"


class FullwidthAlnum(Rule):
    """What: full-width Latin letters or digits (U+FF10-U+FF5A) in a line of half-width text:
    ``Use code ＰＲＯＭＯ２０２４ today``. Lines with Chinese, Japanese or Korean text are left
    alone by default: full-width letters and digits are a typographic convention there
    (``ＮＨＫ``, ``２０２０年``), and CJK full-width punctuation (``，。：（）「」``) is never
    flagged at all.

    Why: full-width forms defeat search, tokenisation and deduplication; in Latin text they are
    a leftover of an input method or an attempt to dodge keyword filters.

    Example: ``Use code ＰＲＯＭＯ２０２４`` → ``Use code PROMO2024``.

    Fix safety: safe: each full-width letter or digit is folded to its ASCII twin (NFKC), which
    reads the same.

    Options: ``in-cjk`` (also flag full-width letters and digits in lines with CJK text).
    """

    code = "MIX004"
    name = "fullwidth-alnum"
    summary = "Full-width Latin letters or digits in half-width text"
    options_schema = {"in-cjk": Option(False, "also flag lines with Chinese, Japanese or Korean text")}

    def check(self, document, context) -> Iterable:
        text = document.text
        if compiled(FULLWIDTH_CHAR).search(text) is None:
            return
        verdicts: dict[int, bool] = {}
        for m in compiled(FULLWIDTH_ALNUM).finditer(text):
            row = row_index(document, m.start())
            if row not in verdicts:
                verdicts[row] = self._halfwidth_line(document.line(row + 1).text)
            if not verdicts[row]:
                continue
            folded = unicodedata.normalize("NFKC", m.group())
            yield self.diagnostic(
                (m.start(), m.end()),
                f"full-width letters or digits '{m.group()}' in half-width text",
                Fix.safe(f"write '{folded}'", Edit.replace(m.start(), m.end(), folded)),
            )

    def _halfwidth_line(self, line: str) -> bool:
        """Whether ``line`` is half-width text, where full-width forms are out of place."""
        if self.options.in_cjk:
            return True
        return compiled(CJK).search(line) is None and compiled(HALFWIDTH_LETTER).search(line) is not None
