"""MIX001: Simplified Chinese inside a Traditional document, or the reverse."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from doclint import Edit, Fix, Option, Rule

from .convert import convert_span
from .hanscript import SCRIPT_NAMES, SIMPLIFIED, TRADITIONAL, other, patterns, script_positions, traditional_style

#: Clause boundaries: CJK and ASCII punctuation, brackets, quotes and spaces.
CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?（）()\[\]【】“”‘’「」『』《》〈〉…—·\s]")
#: Lines in another language that writes Han characters: kana (Japanese), Hangul (Korean).
FOREIGN_HAN = re.compile("[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9d\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


@dataclass(frozen=True)
class Unit:
    """A clause (or whole line) holding characters of the document's minority script."""

    start: int
    end: int
    context: tuple[int, int]
    minority: int


class SimplifiedTraditionalMix(Rule):
    """What: a line or clause written in the other Chinese script than the rest of the document:
    Simplified text inside a Traditional document, or Traditional text inside a Simplified one.
    The document's script is decided from the characters only one script writes (国/國, 说/說);
    characters both scripts write (干, 于, 后, 里, 云, 着) never decide, regional Traditional
    variants (爲/為, 裏/裡, 説/說) are all Traditional, lines with kana or Hangul (Japanese and
    Korean write Han characters too) are skipped, and titles in 《》〈〉 or short quotations are
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
    quotation, in characters, that is ignored).
    """

    code = "MIX001"
    name = "simplified-traditional-mix"
    summary = "Line in the other Chinese script (Simplified vs Traditional) than the document"
    options_schema = {
        "min-chars": Option(1, "one-script characters of the minority script a line needs"),
        "max-minority-share": Option(0.4, "minority share of one-script characters above which the document is bilingual"),
        "max-quote": Option(16, "longest quotation (characters) whose script is ignored"),
    }

    def check(self, document, context) -> Iterable:
        text = document.text
        only = patterns().only
        if only[SIMPLIFIED].search(text) is None or only[TRADITIONAL].search(text) is None:
            return
        by_row = self._positions_by_row(document)
        totals = {SIMPLIFIED: 0, TRADITIONAL: 0}
        for found in by_row.values():
            for _, script in found:
                totals[script] += 1
        majority = max(totals, key=totals.get)
        minority = other(majority)
        if totals[minority] > self.options.max_minority_share * (totals[minority] + totals[majority]):
            return
        style = None
        for row, found in by_row.items():
            line = document.lines[row]
            units = self._units(line, found, minority)
            if sum(u.minority for u in units) < self.options.min_chars:
                continue
            if style is None:
                style = traditional_style(text)
            edits = []
            for unit in units:
                fixed = convert_span(text, unit.start, unit.end, majority,
                                     style if majority == TRADITIONAL else traditional_style(text[unit.start:unit.end]),
                                     unit.context)
                if fixed != text[unit.start:unit.end]:
                    edits.append(Edit.replace(unit.start, unit.end, fixed))
            count = sum(u.minority for u in units)
            fix = Fix.unsafe(f"convert to {SCRIPT_NAMES[majority]}", *edits) if edits else None
            yield self.diagnostic(
                (units[0].start, units[-1].end),
                f"{SCRIPT_NAMES[minority]} text in a {SCRIPT_NAMES[majority]} document",
                fix,
                notes=[f"{count} {SCRIPT_NAMES[minority]}-only character(s) here; the document has "
                       f"{totals[majority]} {SCRIPT_NAMES[majority]}-only and {totals[minority]} "
                       f"{SCRIPT_NAMES[minority]}-only characters"],
            )

    @staticmethod
    def _positions_by_row(document) -> dict[int, list[tuple[int, str]]]:
        """One-script characters grouped by 0-based row, leaving out Japanese/Korean lines."""
        starts = document.line_starts
        by_row: dict[int, list[tuple[int, str]]] = {}
        for pos, script in script_positions(document.text):
            by_row.setdefault(bisect.bisect_right(starts, pos) - 1, []).append((pos, script))
        lines = document.lines
        return {row: found for row, found in by_row.items()
                if FOREIGN_HAN.search(lines[row].text) is None}

    def _units(self, line, found: list[tuple[int, str]], minority: str) -> list[Unit]:
        """The spans of ``line`` that are written in the ``minority`` script."""
        quoted = self._quoted(line)
        kept = [(pos, s) for pos, s in found if not any(a <= pos < b for a, b in quoted)]
        n_min = sum(1 for _, s in kept if s == minority)
        if not n_min:
            return []
        stripped = line.text.strip()
        lead = line.start + line.text.index(stripped[0])
        whole = (lead, lead + len(stripped))
        if n_min * 2 > len(kept):  # the line itself is in the other script: convert it whole
            return [Unit(whole[0], whole[1], whole, n_min)]
        units = []
        for a, b in self._clauses(line):
            inside = [(pos, s) for pos, s in kept if a <= pos < b]
            mins = [pos for pos, s in inside if s == minority]
            if not mins:
                continue
            if len(mins) == len(inside):
                units.append(Unit(a, b, (a, b), len(mins)))
            else:
                units.append(Unit(mins[0], mins[-1] + 1, (a, b), len(mins)))
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
        for m in CLAUSE_BREAK.finditer(line.text):
            if m.start() > a:
                out.append((line.start + a, line.start + m.start()))
            a = m.end()
        if a < len(line.text):
            out.append((line.start + a, line.start + len(line.text)))
        return out


def _quote_pattern(limit: int) -> re.Pattern[str]:
    titles = r"《[^《》\n]{1,64}》|〈[^〈〉\n]{1,64}〉"
    quotes = "|".join(f"{o}[^{o}{c}\\n]{{1,{limit}}}{c}" for o, c in ("「」", "『』", "“”", '""'))
    return re.compile(f"{titles}|{quotes}")
