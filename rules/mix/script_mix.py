"""MIX001: Simplified Chinese inside a Traditional document, or the reverse."""
from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from doclint import Edit, Fix, Option, Rule

from .convert import convert, convert_span
from .hanscript import (HAN_BMP, SCRIPT_NAMES, SIMPLIFIED, TRADITIONAL, contains, count, other, script_pattern,
                        script_positions, traditional_style)
from .locate import rows_matching
from .tables import compiled

#: Clause boundaries: CJK and ASCII punctuation, brackets, quotes and spaces.
CLAUSE_BREAK = r"[，。；：、！？,;:!?（）()\[\]【】“”‘’「」『』《》〈〉…—·\s]"
#: Characters read from the head of a document to guess its majority script.
HEAD_CHARS = 4_000
#: Latin letters, counted against Han ones to tell a Chinese line from one quoting Chinese.
LATIN_LETTER = "[A-Za-z\u00c0-\u024f]"
#: Lines in another language that writes Han characters: kana (Japanese), Hangul (Korean).
FOREIGN_HAN = "[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9d\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"


class Unit(NamedTuple):
    """A clause (or whole line) holding characters of the document's minority script."""

    start: int
    end: int
    context: tuple[int, int]
    chars: str  # its minority-script characters


class SimplifiedTraditionalMix(Rule):
    """What: a line or clause written in the other Chinese script than the rest of the document:
    Simplified text inside a Traditional document, or Traditional text inside a Simplified one.
    The document's script is decided from the characters only one script writes (国/國, 说/說);
    characters both scripts write (干, 于, 后, 里, 云, 着) never decide, regional Traditional
    variants (爲/為, 裏/裡, 説/說) are all Traditional, lines with kana or Hangul (Japanese and
    Korean write Han characters too) and lines with more Latin letters than Han characters
    (English quoting Chinese words) are skipped, and titles in 《》〈〉 or short quotations are
    ignored (a Simplified book title quoted in a Traditional review is fine).

    Why: pages assembled from several sources (captions, pasted paragraphs, partly converted
    text) end up mixing scripts; corpus tools either drop such a document or convert it whole,
    and converting text that is already Traditional rewrites it again (云→雲, 了→瞭, 干→幹).

    Example: a Traditional article repeating its Simplified headline as captions,
    ``雲陽縣召開…`` / ``云阳137万人共奋进…`` → the caption line is flagged and converted to
    ``雲陽137萬人共奮進…``.

    Fix safety: unsafe: the flagged span alone (the clause, or the whole line when most of it is
    in the other script) is converted with OpenCC to the document's script (to the Taiwan or
    Hong Kong standard when the document follows it); one-to-many characters may still need
    a human look.

    Options: ``min-chars`` (one-script characters a line needs to be flagged),
    ``max-minority-share`` (above this share of one-script characters in the minority script
    the document is bilingual, not mixed, and nothing is flagged), ``max-quote`` (longest
    quotation, in characters, that is ignored), ``house-style`` (a line whose only evidence is
    one character is not flagged when the document writes that character this many times or
    more and never its counterpart: 後 written all through a Simplified text is the author's
    habit).
    """

    code = "MIX001"
    name = "simplified-traditional-mix"
    summary = "Line in the other Chinese script (Simplified vs Traditional) than the document"
    options_schema = {
        "min-chars": Option(1, "one-script characters of the minority script a line needs"),
        "max-minority-share": Option(0.4, "minority share of one-script characters above which the document is bilingual"),
        "max-quote": Option(16, "longest quotation (characters) whose script is ignored"),
        "house-style": Option(3, "repeats of a lone other-script character, its counterpart never written, "
                                 "that make it the author's habit"),
    }

    def check(self, document, context) -> Iterable:
        text = document.text
        if not contains(text, SIMPLIFIED) or not contains(text, TRADITIONAL):
            return
        foreign = self._foreign_rows(document)
        if foreign and document.scripts.is_japanese:
            return  # kanji with kana: shinjitai look Simplified or Traditional by turns
        decided = self._decide(text if not foreign else _without_rows(document, foreign))
        if decided is None:
            return
        majority, n_majority, n_minority = decided
        minority = other(majority)
        style = None
        for row in rows_matching(document, script_pattern(text, minority)):
            if row in foreign:
                continue
            line = document.line(row + 1)
            if _mostly_latin(line.text):
                continue  # an English (or other) sentence quoting Chinese words
            units = self._units(line, script_positions(text, line.start, line.end), minority)
            here = sum(len(u.chars) for u in units)
            if (not units or here < self.options.min_chars
                    or not _mixing_evidence(text, units, majority, self.options.house_style)):
                continue
            if style is None:
                style = traditional_style(text)
            yield self.diagnostic(
                (units[0].start, units[-1].end),
                f"{SCRIPT_NAMES[minority]} text in a {SCRIPT_NAMES[majority]} document",
                _conversion(text, units, majority, style),
                notes=[f"{here} {SCRIPT_NAMES[minority]}-only character(s) here, {n_minority} in the "
                       f"document against {n_majority} or more {SCRIPT_NAMES[majority]}-only ones"],
            )

    def _decide(self, text: str) -> tuple[str, int, int] | None:
        """(majority script, its count, minority count), or None when the document is bilingual.

        The majority is guessed from the head of the text, the minority is counted in full
        and the majority only as far as the ``max-minority-share`` test needs: counting every
        character of the majority script is the slowest part of the rule.
        """
        share = self.options.max_minority_share
        if share <= 0:
            return None
        head = text[:HEAD_CHARS]
        majority = SIMPLIFIED if count(head, SIMPLIFIED) >= count(head, TRADITIONAL) else TRADITIONAL
        n_minority = count(text, other(majority))
        need = math.floor(n_minority * (1 - share) / share) + 1
        n_majority = count(text, majority, limit=need)
        if n_majority < need:  # the guess was wrong or the document is bilingual: count both
            n_majority = count(text, majority)
            if n_minority > n_majority:
                majority, n_majority, n_minority = other(majority), n_minority, n_majority
            if n_minority > share * (n_minority + n_majority):
                return None
        return majority, n_majority, n_minority

    @staticmethod
    def _foreign_rows(document) -> set[int]:
        """0-based rows in a language other than Chinese that writes Han characters."""
        return set(rows_matching(document, compiled(FOREIGN_HAN)))

    def _units(self, line, found: list[tuple[int, str]], minority: str) -> list[Unit]:
        """The spans of ``line`` that are written in the ``minority`` script."""
        quoted = self._quoted(line)
        if quoted:
            found = [(pos, s) for pos, s in found if not any(a <= pos < b for a, b in quoted)]
        text = line.text
        chars = "".join(text[pos - line.start] for pos, s in found if s == minority)
        if not chars:
            return []
        stripped = text.strip()
        lead = line.start + text.index(stripped[0])
        if len(chars) * 2 > len(found):  # the line itself is in the other script: convert it whole
            return [Unit(lead, lead + len(stripped), (lead, lead + len(stripped)), chars)]
        clauses = self._clauses(line)
        clause_starts = [a for a, _ in clauses]
        grouped: dict[int, list[tuple[int, str]]] = {}
        for pos, script in found:
            grouped.setdefault(bisect.bisect_right(clause_starts, pos) - 1, []).append((pos, script))
        units = []
        for index, inside in sorted(grouped.items()):
            mins = [pos for pos, s in inside if s == minority]
            if not mins:
                continue
            a, b = clauses[index]
            whole = len(mins) == len(inside)
            units.append(Unit(a if whole else mins[0], b if whole else mins[-1] + 1, (a, b),
                              "".join(text[pos - line.start] for pos in mins)))
        return units

    def _quoted(self, line) -> list[tuple[int, int]]:
        """Absolute ranges of titles (《》〈〉) and short quotations in ``line``."""
        limit = self.options.max_quote
        pattern = _quote_pattern(limit)
        return [(line.start + m.start(), line.start + m.end()) for m in pattern.finditer(line.text)]

    @staticmethod
    def _clauses(line) -> list[tuple[int, int]]:
        """Absolute ranges of the punctuation-delimited clauses of ``line``."""
        out, a = [], 0
        for m in compiled(CLAUSE_BREAK).finditer(line.text):
            if m.start() > a:
                out.append((line.start + a, line.start + m.start()))
            a = m.end()
        if a < len(line.text):
            out.append((line.start + a, line.start + len(line.text)))
        return out


@lru_cache(maxsize=None)
def _quote_pattern(limit: int) -> re.Pattern[str]:
    """Titles in 《》〈〉, and quotations of at most ``limit`` characters (none when 0)."""
    parts = [r"《[^《》\n]{1,64}》", r"〈[^〈〉\n]{1,64}〉"]
    if limit > 0:
        parts += [f"{o}[^{o}{c}\\n]{{1,{limit}}}{c}" for o, c in ("「」", "『』", "“”", '""')]
    return re.compile("|".join(parts))


def _conversion(text: str, units: list[Unit], majority: str, style: str) -> Fix | None:
    """Each unit converted to the ``majority`` script; Traditional is written in the document's
    ``style``, Traditional read in the unit's own."""
    edits = []
    for unit in units:
        read_as = style if majority == TRADITIONAL else traditional_style(text[unit.start:unit.end])
        fixed = convert_span(text, unit.start, unit.end, majority, read_as, unit.context)
        if fixed != text[unit.start:unit.end]:
            edits.append(Edit.replace(unit.start, unit.end, fixed))
    return Fix.unsafe(f"convert to {SCRIPT_NAMES[majority]}", *edits) if edits else None


def _mixing_evidence(text: str, units: list[Unit], majority: str, house_style: int) -> bool:
    """Whether a line's minority characters show mixing rather than an author's habit.

    Two distinct characters suffice. One distinct character counts unless the document
    writes it ``house_style`` times or more and never its counterpart in the majority script:
    some authors write 後 all through Simplified text, which is a habit, not a pasted line.
    """
    distinct = {c for unit in units for c in unit.chars}
    if len(distinct) > 1:
        return True
    char = distinct.pop()
    if text.count(char) < house_style:
        return True
    counterpart = convert(char, majority)
    return counterpart != char and contains(counterpart, majority) and counterpart in text


def _mostly_latin(line: str) -> bool:
    """More Latin letters than Han characters: a line in another language quoting Chinese."""
    return len(compiled(LATIN_LETTER).findall(line)) > len(compiled(HAN_BMP).findall(line))


def _without_rows(document, rows: set[int]) -> str:
    """The document's text with the given 0-based rows left out."""
    pieces, pos = [], 0
    for row in sorted(rows):
        line = document.line(row + 1)
        pieces.append(document.text[pos:line.start])
        pos = line.end
    pieces.append(document.text[pos:])
    return "".join(pieces)
