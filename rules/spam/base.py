"""What every SPAM rule shares: lexicon options, hits grouped by line, and the removal fix.

On default options the lexicon rules (SPAM001, SPAM002, SPAM004) share one Aho-Corasick pass
over the document (memoised per text); a rule with ``extend-terms`` or ``allow-terms`` scans
with its own cached matcher. Each rule then tries its cheap pre-test on the terms found in the
whole document, then per line, and only the lines that pass are decoded and mapped to
code-point offsets, so clean text costs one pass.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar

from doclint import Diagnostic, Edit, Fix, Option, Rule
from doclint.document import Document, Line

from .lexicon import LEXICONS
from .matcher import Hit, Matcher, Termed, builtin_scan, matcher

T = TypeVar("T")

LEXICON_OPTIONS = {
    "extend-terms": Option([], "extra spam terms for this rule, counted as strong evidence", list),
    "allow-terms": Option([], "terms never to count, and words inside which no hit counts", list),
}


class LexiconRule(Rule):
    """A SPAM rule driven by lexicon hits; subclasses name their lexicon files."""

    lexicons: ClassVar[tuple[str, ...]] = ()
    #: Spam is injected, not part of the document: other families do not judge its script or layout.
    claims_span = True

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(options)
        #: Lexicon categories this rule reads from the shared scan (None: scan with own matcher).
        self._shared: tuple[str, ...] | None = None
        if not (self.options.extend_terms or self.options.allow_terms):
            self._shared = tuple(dict.fromkeys(LEXICONS[name].category for name in self.lexicons))

    def matcher(self) -> Matcher:
        """This rule's own matcher: its lexicons, plus ``extend-terms``, minus ``allow-terms``."""
        return matcher(self.lexicons, tuple(map(str, self.options.extend_terms)),
                       tuple(map(str, self.options.allow_terms)))

    def lines_with_hits(self, document: Document,
                        worth: Callable[[Sequence[Termed]], bool] = bool) -> Iterator[tuple[Line, list[Hit]]]:
        """Each line whose hits pass the cheap test ``worth``, with its hits in line-relative
        offsets, in document order (other lines are never built). ``worth`` reads only the
        ``term`` and ``label`` of what it is given, and must hold for a superset whenever it holds
        for a subset: it is tried first on the whole document's :class:`Cue` list, before any
        offset is mapped, so most documents end there."""
        if self._shared is None:
            scan, categories = self.matcher().scan(document.text), None
        else:
            scan, categories = builtin_scan(document.text), self._shared
        cues = scan.cues(categories)
        if cues and worth(cues):
            yield from scan.lines(categories, worth)

    def line_diagnostic(self, document: Document, line: Line, start: int, message: str, what: str,
                        notes: list[str], trailing_notes: Iterable[str] = ()) -> Diagnostic:
        """The diagnostic of spam in ``line`` from line-relative ``start`` on, with its
        :meth:`removal` fix; the line's position in the document (top, bottom) joins the
        ``notes``, before any ``trailing_notes``."""
        if pos := position(document, line):
            notes = [*notes, f"position: {pos}"]
        return self.diagnostic((line.start + start, line.end), message,
                               self.removal(document, line, start, what), [*notes, *trailing_notes])

    def removal(self, document: Document, line: Line, start: int, what: str) -> Fix:
        """Delete ``line`` from line-relative ``start`` on: the whole row, or a glued-on tail."""
        if start == 0:
            return Fix.unsafe(f"delete the {what} line", Edit.delete(line.start, document.end_with_newline(line)))
        cut = line.start + start
        while cut > line.start and document.text[cut - 1] in " \t\u3000":
            cut -= 1
        return Fix.unsafe(f"delete the {what} glued onto the line", Edit.delete(cut, line.end))


def user_terms_as_offers(hits: list[Hit]) -> list[Hit]:
    """``hits`` with the user's ``extend-terms`` (category ``user``, no kind of their own)
    counted as offers, the kind the promo and advert rules give them."""
    return [h._replace(label=h.label._replace(kind="offer")) if h.label.category == "user" else h for h in hits]


def by_line(document: Document, items: list[T], offsets: list[int]) -> Iterator[tuple[Line, list[T]]]:
    """Group ``items`` (at ascending ``offsets``) by the line they fall on, in document order.

    Finds each line's bounds and row with ``str.find``/``rfind``/``count`` from the previous
    one, so a document with few hits costs little and no line index is built.
    """
    text = document.text
    row, counted = 1, 0
    line: Line | None = None
    group: list[T] = []
    for item, offset in zip(items, offsets):
        if line is None or offset > line.end:
            if group:
                yield line, group  # type: ignore[misc]
            start = text.rfind("\n", 0, offset) + 1
            end = text.find("\n", offset)
            end = len(text) if end == -1 else end
            row += text.count("\n", counted, start)
            counted = start
            line, group = Line(row, start, end, text[start:end]), []
        group.append(item)
    if group:
        yield line, group  # type: ignore[misc]


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
