"""Hard-wrapped paragraphs: prose broken at a fixed width, one sentence over several lines.

Why: text files, man pages, release notes and Markdown sources wrap their paragraphs at 70-80
columns, so most lines of a paragraph end mid-sentence and, alone, have the shape of a menu
item or a headline; a wrapped ``back-up repository.`` or ``more on colour support in …`` even
starts with a furniture word, and one such hit spread over the short lines around it. Text
extracted from web pages keeps one block per line and is not wrapped like this, so the test
is strict: lines near the document's own width, ending mid-sentence, continued in lower case,
several times in the document.
"""
from __future__ import annotations

from typing import Sequence

from doclint import Line

_MIN_WIDTH, _MAX_WIDTH = 40, 100  # columns at which people and tools wrap text
_NEAR_WIDTH = 0.6  # a wrapped line fills at least this share of the width
_MIN_PAIRS = 3  # wrapped pairs a document needs before any line counts as wrapped
_MIN_LINES = 8
_SENTENCE_END = frozenset(".!?:。！？：")


def wrapped_lines(lines: Sequence[Line]) -> set[int]:
    """Indices (into ``lines``, the non-blank lines in order) of the lines of wrapped paragraphs."""
    if len(lines) < _MIN_LINES:
        return set()
    texts = [line.text for line in lines]
    lengths = sorted(map(len, texts))  # trailing spaces counted: cheap, and a wrap leaves few
    width = lengths[int(len(lengths) * 0.9)]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:  # one block per line (web pages) stops here
        return set()
    texts = [text.rstrip() for text in texts]
    least = width * _NEAR_WIDTH
    found: set[int] = set()
    pairs = 0
    for i in range(len(lines) - 1):
        here, after = texts[i], texts[i + 1].lstrip()
        if (lines[i + 1].row == lines[i].row + 1 and len(here) >= least and here[-1] not in _SENTENCE_END
                and after[:1].islower()):
            found.update((i, i + 1))
            pairs += 1
    return found if pairs >= _MIN_PAIRS else set()
