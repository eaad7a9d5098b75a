"""Comment and reply headers: one line template with a date and time, recurring in a document.

Blog and forum pages print a header above every comment, built on one template: the same
fixed text around a date-and-time stamp and a short user name, e.g. ``# re: <post title>
2004-12-27 12:53 <name>`` or ``<title> 【 <name> 】 08-11 16:06 298字 [4321/87]``. Each header
on its own looks like a short line or a sentence with a date; what gives it away is the
template recurring three or more times in one document. Only the headers are reported: the
comment text under them is left to the line-by-line judgement (:mod:`.smoothing`), and no
header becomes an anchor there, so a comment body is never taken with its header.

Two lines share a template when they share one of two keys:

* the text before the stamp, exactly (case and spacing folded, digits kept: train numbers,
  versions and channel names differ by their digits), with a short name after the stamp
  (no colon, no sentence end: a chat line ``Alice 2020-01-03 10:32: see you`` carries its
  message there);
* the text after the stamp with digits folded, when it holds a number (a counter such as
  ``298字 [4321/87]`` or ``(370) 共 11 篇评论``).

Why a date *and* a time: schedules and agendas (``Day 1 09:00 Opening``) repeat a prefix
before a time of day, changelogs a prefix before a date; a comment header stamps both.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from doclint.lazyre import LazyPattern

from .markup import CODE_MARKS
from .signals import ANY_SENTENCE_END, DIGIT, MONTHS

if TYPE_CHECKING:
    from doclint.document import Line

    from .lexicon import Lexicon

#: on folded text: a date (``2004-12-27``, ``2005/05/18``, ``11.09.2011``, ``08-11``, ``2005年8月12日``,
#: ``march 3, 2019``, ``3 march 2019``) followed by a time of day
_DATE_TIME = LazyPattern(
    r"(?<!\d)(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})"
    r"|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?"
    rf"|{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}})"
    r"(?:\s+|\s*,\s*|\s+at\s+|t)\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:\s*[ap]\.?m\.?)?")
# a time of day on the raw text; each opens with its literal colon (the look-behind after it)
# so that the regex engine scans for the colon in C: one pass over a document finds the few
# lines worth folding
_TIME_HINT = LazyPattern(r":(?<=\d:)\d\d")
_WIDE_TIME_HINT = LazyPattern(r"：(?<=[\d０-９]：)[\d０-９]{2}")
_DIGITS = LazyPattern(r"\d+")
_SPACES = LazyPattern(r"\s+")
_MIN_LINES = 3  # lines of one template before it counts as the page's header template
_MAX_LENGTH = 200  # characters: a header with a long title still fits; paragraphs do not
_NAME_LENGTH = 24  # characters: the name field after a shared prefix
_KEY_LETTERS = 2  # letters a key needs beyond digits and punctuation (``[`` or ``0.`` is no template)
_BRACKETS = " \t()（）[]【】〓<>《》|-–—·"


def _letters(key: str) -> int:
    return sum(1 for ch in key if ch.isalpha())


def _is_name(text: str) -> bool:
    """A short name field (``寒星``, ``by 愤怒的马 〓``), not a message or a sentence."""
    name = text.strip(_BRACKETS)
    return (0 < len(name) <= _NAME_LENGTH and not name.startswith((":", "："))
            and ANY_SENTENCE_END.search(name) is None and _letters(name) > 0)


def _timed(lines: Sequence[Line], text: str) -> Iterator[int]:
    """Indexes of the ``lines`` (of the document ``text``) holding a time of day, in order."""
    hits = [m.start() for m in _TIME_HINT.finditer(text)]
    if "：" in text:
        hits = sorted(hits + [m.start() for m in _WIDE_TIME_HINT.finditer(text)])
    if len(hits) < _MIN_LINES:
        return
    starts = [line.start for line in lines]
    last = -1
    for offset in hits:
        i = bisect_right(starts, offset) - 1
        if i != last and i >= 0 and offset < lines[i].end:
            last = i
            yield i


def header_lines(lines: Sequence[Line], text: str, folder: Callable[[str], str], lex: Lexicon) -> list[int]:
    """Indexes of the ``lines`` of the document ``text`` that are comment headers of one
    recurring template (``lex``: a line with nothing after its stamp counts when it opens with
    a phrase of the lists, ``Pingback von <title> | 11.09.2011 23:31``)."""
    by_prefix: dict[str, list[int]] = defaultdict(list)
    by_suffix: dict[str, list[int]] = defaultdict(list)
    for i in _timed(lines, text):
        line = lines[i].text
        if len(line) > _MAX_LENGTH or CODE_MARKS.search(line):  # ``"Time": "2019-03-18T20:28:03Z",``
            continue
        folded = folder(line)
        stamp = _DATE_TIME.search(folded)
        if stamp is None:
            continue
        before, after = folded[:stamp.start()], folded[stamp.end():]
        if ANY_SENTENCE_END.search(after.rstrip()[-1:]):
            continue
        prefix = _SPACES.sub("", before)
        if _letters(prefix) >= _KEY_LETTERS and (_is_name(after) or not after.strip(_BRACKETS)
                                                  and lex.longest_prefix(before.lstrip()[:48]) is not None):
            by_prefix[prefix].append(i)
        suffix = _DIGITS.sub("0", _SPACES.sub("", after))
        if _letters(suffix) >= _KEY_LETTERS - 1 and DIGIT.search(suffix):
            by_suffix[suffix].append(i)
    found = {i for group in (*by_prefix.values(), *by_suffix.values()) if len(group) >= _MIN_LINES for i in group}
    return sorted(found)
