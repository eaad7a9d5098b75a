"""What every SPAM rule shares: lexicon options, hits grouped by line, and the removal fix.

Each rule scans the whole document once with its own cached matcher (its lexicons plus the
user's ``extend-terms``, minus ``allow-terms``) and then looks only at the lines that have hits,
so clean text costs one Aho-Corasick pass per rule.
"""
from __future__ import annotations

import bisect
from typing import ClassVar, Iterator

from doclint import Edit, Fix, Option, Rule
from doclint.document import Document, Line

from .matcher import Hit, Matcher, matcher

LEXICON_OPTIONS = {
    "extend-terms": Option([], "extra spam terms for this rule, counted as strong evidence", list),
    "allow-terms": Option([], "terms never to count, and words inside which no hit counts", list),
}


class LexiconRule(Rule):
    """A SPAM rule driven by lexicon hits; subclasses name their lexicon files."""

    lexicons: ClassVar[tuple[str, ...]] = ()

    def matcher(self) -> Matcher:
        return matcher(self.lexicons, tuple(map(str, self.options.extend_terms)),
                       tuple(map(str, self.options.allow_terms)))

    def lines_with_hits(self, document: Document) -> Iterator[tuple[Line, list[Hit]]]:
        """Each line holding hits, with its hits in line-relative offsets."""
        hits = self.matcher().find(document.text)
        starts = document.line_starts
        current: list[Hit] = []
        row = -1
        for hit in sorted(hits):
            r = bisect.bisect_right(starts, hit.start) - 1
            if r != row and current:
                yield _relative(document.lines[row], current)
                current = []
            row = r
            if hit.end <= document.lines[r].end:
                current.append(hit)
        if current:
            yield _relative(document.lines[row], current)

    def removal(self, document: Document, line: Line, start: int, what: str) -> Fix:
        """Delete ``line`` from line-relative ``start`` on: the whole row, or a glued-on tail."""
        if start == 0:
            end = line.end_with_newline if line.end < len(document.text) else line.end
            return Fix.unsafe(f"delete the {what} line", Edit.delete(line.start, end))
        cut = line.start + start
        while cut > line.start and document.text[cut - 1] in " \t\u3000":
            cut -= 1
        return Fix.unsafe(f"delete the {what} glued onto the line", Edit.delete(cut, line.end))


def _relative(line: Line, hits: list[Hit]) -> tuple[Line, list[Hit]]:
    return line, [h._replace(start=h.start - line.start, end=h.end - line.start) for h in hits]


def position(document: Document, line: Line) -> str:
    """``"first line"``/``"last line"`` when the line opens or closes the document's text, else ``""``."""
    rows = [ln.row for ln in document.lines if ln.text.strip()]
    if rows and line.row == rows[0]:
        return "first non-blank line of the document"
    if rows and line.row == rows[-1]:
        return "last non-blank line of the document"
    return ""
