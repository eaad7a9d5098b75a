"""The document rules look at: its text, how it was stored, and a line index.

Rows are split on ``"\\n"`` only and columns count code points, both 1-based, so a diagnostic
points at the same place whatever the encoding or terminal. Facts that several rules need
(lines, per-line script counts) are computed lazily and once per document.
"""
from __future__ import annotations

import bisect
import gc
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import accumulate, repeat
from operator import add
from typing import Iterator, NamedTuple

from .model import DocumentChange
from .reading import Decoded, split_newlines
from .scripts import ScriptCounts, script_counts


class Line(NamedTuple):
    """One row of the document: 1-based ``row``, code-point ``start``/``end`` (newline excluded).

    A named tuple rather than a dataclass: web pages have hundreds of thousands of short lines
    and tuples are built several times faster.
    """

    row: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A decoded document. ``kind`` names the reader that made it (``text``, ``markdown`` …)."""

    path: str
    text: str
    decoded: Decoded
    raw: bytes = b""
    kind: str = "text"
    #: True for formats with comments (Markdown, HTML): ``<!-- doclint: … -->`` is honoured.
    inline_comments: bool = False

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", kind: str = "text") -> Document:
        """A document built from an in-memory string (tests, stdin, corpus records)."""
        normalised, newline = split_newlines(text)
        decoded = Decoded(normalised, "utf-8", 1.0, False, newline)
        return cls(path=path, text=normalised, decoded=decoded, kind=kind)

    def with_text(self, text: str, change: DocumentChange | None = None) -> Document:
        """The same document after fixes: new text, storage changes applied to ``decoded``."""
        change = change or DocumentChange()
        decoded = replace(self.decoded, text=text,
                          encoding=change.encoding or self.decoded.encoding,
                          bom=self.decoded.bom if change.bom is None else change.bom)
        return Document(self.path, text, decoded, b"", self.kind, self.inline_comments)

    @cached_property
    def suppressions(self) -> dict[int, frozenset[str]]:
        """Codes suppressed per row by inline comments (``"*"`` means every code)."""
        if not self.inline_comments:
            return {}
        from .suppression import parse_suppressions

        return parse_suppressions(self.text)

    # -- line index --------------------------------------------------------------------
    @cached_property
    def _line_texts(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def line_starts(self) -> list[int]:
        # C-level split and running sum: no Python loop per line
        return [0, *accumulate(map((1).__add__, map(len, self._line_texts[:-1])))]

    @cached_property
    def lines(self) -> list[Line]:
        texts = self._line_texts
        starts = self.line_starts
        ends = map(add, starts, map(len, texts))
        # tuple.__new__ straight from zip keeps the construction in C; the cyclic GC is paused
        # because hundreds of thousands of new tuples would trigger it over and over for nothing
        # (tuples of ints and strings cannot form cycles)
        paused = gc.isenabled()
        gc.disable()
        try:
            return list(map(tuple.__new__, repeat(Line), zip(range(1, len(texts) + 1), starts, ends, texts)))
        finally:
            if paused:
                gc.enable()

    def line(self, row: int) -> Line:
        """The 1-based ``row``, built from the line-start index alone: rules that touch a few
        rows of a long document should not pay for a ``Line`` per row."""
        if "lines" in self.__dict__:
            return self.lines[row - 1]
        starts = self.line_starts
        start = starts[row - 1]
        end = starts[row] - 1 if row < len(starts) else len(self.text)
        return Line(row, start, end, self.text[start:end])

    def line_at(self, offset: int) -> Line:
        """The line holding code-point ``offset``."""
        return self.line(self.row_col(offset)[0])

    def end_with_newline(self, line: Line) -> int:
        """End offset of ``line`` including its ``"\\n"`` (none after the last line): the span
        that deletes a whole row without leaving a blank line behind."""
        return min(line.end + 1, len(self.text))

    def iter_nonblank_lines(self) -> Iterator[Line]:
        return (ln for ln in self.lines if ln.text.strip())

    def row_col(self, offset: int) -> tuple[int, int]:
        """1-based (row, column) of a code-point offset; the offset may equal len(text)."""
        idx = bisect.bisect_right(self.line_starts, offset) - 1
        return idx + 1, offset - self.line_starts[idx] + 1


    # -- shared facts ----------------------------------------------------------------------
    @cached_property
    def line_scripts(self) -> list[ScriptCounts]:
        """Per-line counts of Han, kana, Hangul, Latin, Cyrillic, Greek … characters."""
        return [script_counts(ln.text) for ln in self.lines]

    @cached_property
    def scripts(self) -> ScriptCounts:
        """Script counts over the whole document."""
        return script_counts(self.text)
