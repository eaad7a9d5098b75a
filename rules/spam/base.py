"""What every SPAM rule shares: lexicon options, hits grouped by line, and the removal fix.

On default options the three rules share one Aho-Corasick pass over the document (memoised
per text); a rule with ``extend-terms`` or ``allow-terms`` scans with its own cached matcher.
Each rule then looks only at the lines that have hits, so clean text costs one pass.
"""
from __future__ import annotations

import bisect
from typing import Callable, ClassVar, Iterator

from doclint import Edit, Fix, Option, Rule
from doclint.document import Document, Line

from .lexicon import LEXICONS
from .matcher import Hit, Matcher, builtin_hits, matcher

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

    def hits(self, document: Document) -> list[Hit]:
        """This rule's hits: from the shared scan on default options, else from its own matcher."""
        if self.options.extend_terms or self.options.allow_terms:
            return self.matcher().find(document.text)
        groups = builtin_hits(document.text)
        categories = dict.fromkeys(LEXICONS[name].category for name in self.lexicons)
        return [hit for category in categories for hit in groups.get(category, ())]

    def lines_with_hits(self, document: Document,
                        worth: Callable[[list[Hit]], bool] = bool) -> Iterator[tuple[Line, list[Hit]]]:
        """Each line whose hits pass the cheap test ``worth``, with its hits in line-relative
        offsets, in document order (other lines are never built)."""
        hits = self.hits(document)
        if not hits:
            return
        starts = document.line_starts
        groups: dict[int, list[Hit]] = {}
        for hit in hits:
            groups.setdefault(bisect.bisect_right(starts, hit.start) - 1, []).append(hit)
        for index in sorted(i for i, group in groups.items() if worth(group)):
            line = line_at(document, index)
            inside = sorted(h._replace(start=h.start - line.start, end=h.end - line.start)
                            for h in groups[index] if h.end <= line.end)
            if inside:
                yield line, inside

    def removal(self, document: Document, line: Line, start: int, what: str) -> Fix:
        """Delete ``line`` from line-relative ``start`` on: the whole row, or a glued-on tail."""
        if start == 0:
            end = line.end_with_newline if line.end < len(document.text) else line.end
            return Fix.unsafe(f"delete the {what} line", Edit.delete(line.start, end))
        cut = line.start + start
        while cut > line.start and document.text[cut - 1] in " \t\u3000":
            cut -= 1
        return Fix.unsafe(f"delete the {what} glued onto the line", Edit.delete(cut, line.end))


def line_at(document: Document, index: int) -> Line:
    """The 0-based ``index``-th line, built without building every other line."""
    starts = document.line_starts
    start = starts[index]
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(document.text)
    return Line(index + 1, start, end, document.text[start:end])


def position(document: Document, line: Line) -> str:
    """Whether the line opens or closes the document's text (blank lines aside), else ``""``."""
    text = document.text
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip()) - 1
    if line.start <= first < line.end:
        return "first non-blank line of the document"
    if line.start <= last < line.end:
        return "last non-blank line of the document"
    return ""
