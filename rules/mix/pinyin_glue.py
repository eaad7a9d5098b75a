"""MIX002: pinyin readings glued after converted characters (``首頁(yè)``, ``協(xié)``)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable

from doclint import Edit, Fix, Rule

from .hanscript import HAN_BMP
from .locate import group_by_row, row_index
from .tables import compiled, count_matches, han_classes, pinyin_readings

#: ``(syllable)``: ASCII parentheses, one lowercase toned syllable. Starts with a literal so
#: the regex engine can skip to each "(" quickly.
ANNOTATION = r"\(([a-zü\u00e0-\u00fc\u0101-\u01dc\u1e3f\u1ebf\u1ec1]{1,7})\)"
#: A Han character and the annotation after it (group 1 the character, group 2 the syllable).
HAN_ANNOTATION = f"({HAN_BMP}){ANNOTATION}"


@lru_cache(maxsize=None)
def _syllables() -> frozenset[str]:
    """Every toneless Mandarin syllable (``xie``, ``ye``), to recognise deliberate pinyin."""
    return frozenset(_toneless(s) for readings in pinyin_readings().values() for s in readings)


def _toneless(syllable: str) -> str:
    """``syllable`` without tone marks; the diaeresis of ü is a letter, not a tone, and stays."""
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c) or c == "\u0308")


class PinyinGlue(Rule):
    """What: a toned pinyin syllable in parentheses glued right after a Traditional-only Han
    character, inside running prose, where that syllable is a reading of the character
    (``首頁(yè)``, ``政協(xié)``): the trace of a broken Simplified→Traditional converter that
    annotated the characters it converted.

    Why: the annotations break every word they touch (search, segmentation, language models
    learn ``協(xié)`` as text); no corpus filter looks for them.

    Example: ``重慶市政協(xié)慎終如始`` → ``重慶市政協慎終如始``.

    Fix safety: safe when the pattern is certain: the document has several such annotations,
    all on converted characters with their own reading, at most one Han character in two is
    annotated, and no deliberate pinyin. Pinyin lessons (``妈(mā) 麻(má)``,
    ``中(zhōng)国(guó)``: annotations on characters both scripts write, or on every character
    of a word) are not flagged; in a document that also holds deliberate pinyin, the
    remaining annotations get an unsafe fix.

    Options: none.
    """

    code = "MIX002"
    name = "pinyin-glue"
    summary = "Pinyin annotation glued after a converted Han character"

    def check(self, document, context) -> Iterable:
        text = document.text
        if "(" not in text:
            return
        first = compiled(ANNOTATION).search(text)
        if first is None:
            return
        glued, deliberate = self._annotations(text, max(first.start() - 1, 0))
        if not glued:
            return
        deliberate_rows = {row_index(document, start) for start in deliberate}
        # converter glue sits in running prose: most Han characters around it are not annotated
        prose = count_matches(compiled(HAN_BMP), text, len(glued) * 2) >= len(glued) * 2
        certain = not deliberate_rows and len(glued) >= 2 and prose
        for row, found in group_by_row(document, glued):
            if row in deliberate_rows:
                continue
            if not certain and len(found) * 2 > len(compiled(HAN_BMP).findall(document.line(row + 1).text)):
                continue  # most of the line's characters annotated: a lesson, not converter glue
            start, end = found[0][0], found[-1][1]
            kept, pos = [], start
            for a, b in found:
                kept.append(text[pos:a])
                pos = b
            edit = Edit.replace(start, end, "".join(kept))
            message = "delete the glued pinyin"
            shown = ", ".join(text[a - 1:b] for a, b in found[:3])
            yield self.diagnostic(
                (start - 1, end),
                f"{len(found)} pinyin annotation(s) glued after converted characters ({shown})",
                Fix.safe(message, edit) if certain else Fix.unsafe(message, edit),
            )

    @staticmethod
    def _annotations(text: str, start: int) -> tuple[list[tuple[int, int]], list[int]]:
        """Spans of the ``(syllable)`` glued after converted characters, and the offsets of
        the other pinyin annotations (deliberate ones), from ``start`` on."""
        traditional = han_classes()["T"]
        readings = pinyin_readings()
        syllables = _syllables()
        glued, deliberate = [], []
        for m in compiled(HAN_ANNOTATION).finditer(text, start):
            char, syllable = m.group(1, 2)
            if char in traditional and syllable in readings.get(char, ()):
                glued.append((m.start(2) - 1, m.end()))
            elif _toneless(syllable) in syllables:
                deliberate.append(m.start(2) - 1)
        return glued, deliberate
