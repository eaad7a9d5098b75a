"""ENC006: GBK byte-shift garble — Han text read from the wrong byte of each GBK pair."""
from __future__ import annotations

import bisect
from typing import Iterable, Iterator

from doclint import Edit, Fix, Rule
from doclint.document import Line
from doclint.model import Diagnostic

from .gbkshift import ANNOTATION_BEFORE, ORPHAN, ShiftRepair, is_improvement, realign
from .hanfreq import mean_cost, rare_count, rare_share
from doclint.lazyre import LazyPattern
from .legacy import text_is_trusted
from .scan import lines_with_spans, rare_clusters, rare_positions

#: Runs of GBK double-byte characters (Han, CJK punctuation, kana, fullwidth forms, GBK
#: user-defined characters) long enough to hold a misaligned stretch.
DOUBLE_BYTE_RUN = LazyPattern("[\u3000-\u30ff\u3400-\u9fff\ue000-\ue765\uff01-\uff5e\u2460-\u24ff]{4,}")
#: How far after a bare ``?`` a rare Han character must come for a realignment to be tried.
LOOKAHEAD = 6
#: ``規(guī)?;?``: orphan lead bytes right after a converter's annotation, with what they swallowed.
ORPHAN_AFTER_ANNOTATION = LazyPattern(r"\?[;:]\??")
#: Without an orphan ``?``, a run is garble only when this share of its Han characters is rare …
MIN_RARE_SHARE = 0.4
#: … and its mean character cost is at least this high (clean Chinese averages 4-8).
MIN_RUN_COST = 12.0
#: … and it holds at least this many rare characters (邛崃新城 is a real place name).
MIN_RARE = 4


def _mark(text: str, pos: int) -> bool | None:
    """For the ``?`` at ``pos``: None when it does not follow a CJK character (two GBK bytes),
    directly or through a ``(pinyin)`` annotation; else whether an annotation precedes it."""
    annotation = ANNOTATION_BEFORE.search(text, max(0, pos - 9), pos) if text[pos - 1:pos] == ")" else None
    before = annotation.start() if annotation else pos
    if before and _is_cjk(text[before - 1]):
        return annotation is not None
    return None


def _orphan_marks(line: str) -> Iterator[tuple[int, bool]]:
    """Positions of the orphan-mark candidates of a line, and whether an annotation precedes each."""
    pos = line.find("?")
    while pos != -1:
        annotated = _mark(line, pos)
        if annotated is not None:
            yield pos, annotated
        pos = line.find("?", pos + 1)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff5e"


def _garble_follows(document, line: Line, pos: int) -> bool:
    """Cheap test before a realignment: the ``?`` swallowed an annotation's ``(`` or an ASCII
    byte, a second ``?`` follows (a lost character), or a rare Han character comes within
    :data:`LOOKAHEAD` characters. A genuine question mark is followed by ordinary text."""
    text = line.text
    if ORPHAN.match(text, pos).end() > pos + 1 or text.startswith("?", pos + 1):
        return True
    rare = rare_positions(document.text)
    start = line.start + pos
    k = bisect.bisect_right(rare, start)
    return k < len(rare) and rare[k] <= start + LOOKAHEAD


def _improbable(run: str, min_rare: int = MIN_RARE) -> bool:
    return rare_count(run) >= min_rare and rare_share(run) >= MIN_RARE_SHARE and mean_cost(run) >= MIN_RUN_COST


def _holds_a_start(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``[start, end)``."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


class GbkByteShiftGarble(Rule):
    """What: GBK byte-shift garble: one byte of a GBK stream was lost (or a converter put a
    ``(pinyin)`` reading between the two bytes of a character, the orphan lead byte swallowing
    the ``(`` and showing as ``?``), so every following pair is read from the wrong byte and
    decodes as rare characters until a one-byte character realigns the stream:
    ``當?shù)馗涕佟`` for ``當地柑橘``.

    Why: the text looks like Chinese but is noise; the original bytes are still there, one
    position off. A genuine question mark (``你好??我是``) is not garble: the text after it
    reads normally.
    Example: ``他為當?shù)馗涕佟`` → ``他為當地柑橘``.
    Fix safety: unsafe. The span is re-encoded as GBK and paired one byte earlier; the lost
    byte is restored as the one giving the most common character. Applied only where the
    result reads clearly better than the garble; otherwise the fix is display-only.
    Options: none.
    """

    code = "ENC006"
    name = "gbk-byte-shift-garble"
    summary = "GBK byte-shift garble (Han text misaligned by one byte)"

    def check(self, document, context) -> Iterable[Diagnostic]:
        if not text_is_trusted(document):
            return
        for line, clusters in self._candidate_lines(document):
            taken_until = -1
            for pos, annotated in _orphan_marks(line.text):
                if pos < taken_until or not (annotated or _garble_follows(document, line, pos)):
                    continue
                repair = realign(line.text, pos)
                diagnostic = self._judge(line.start, line.text, repair, anchored=True)
                swallowed = ORPHAN_AFTER_ANNOTATION.match(line.text, pos) if annotated else None
                if diagnostic is None and swallowed:
                    end = line.start + swallowed.end()
                    diagnostic = self.diagnostic((line.start + pos, end), "GBK byte-shift garble after a pinyin "
                                                 "annotation (orphan lead bytes shown as '?')",
                                                 Fix.display_only("re-fetch the text; the lost bytes cannot be inferred"))
                if diagnostic is not None:
                    taken_until = diagnostic.span.end - line.start
                    yield diagnostic
            starts = [s for s, _e in clusters]
            for match in DOUBLE_BYTE_RUN.finditer(line.text):
                if match.start() < taken_until or not _holds_a_start(starts, match.start(), match.end()) \
                        or not _improbable(match.group()):
                    continue
                diagnostic = self._judge(line.start, line.text, realign(line.text, match.start(), orphan=False),
                                         anchored=False)
                if diagnostic is not None:
                    yield diagnostic

    @staticmethod
    def _candidate_lines(document) -> list[tuple[Line, list[tuple[int, int]]]]:
        """Lines with an orphan mark after a CJK character, or four rare Han characters close
        together, with those clusters (line offsets)."""
        lines = lines_with_spans(document, rare_clusters(document.text, MIN_RARE))
        text = document.text
        pos = text.find("?")
        while pos != -1:
            if _mark(text, pos) is not None:
                line = document.line_at(pos)
                lines.setdefault(line.row, (line, []))
                pos = text.find("?", line.end)
            else:
                pos = text.find("?", pos + 1)
        return [lines[row] for row in sorted(lines)]

    def _judge(self, offset: int, text: str, repair: ShiftRepair | None, anchored: bool) -> Diagnostic | None:
        """A diagnostic when the run is garble: repaired, suggested, or display-only."""
        if repair is not None:
            garbled = text[repair.start:repair.end]
            start, end = offset + repair.start, offset + repair.end
            if repair.repaired is not None and is_improvement(garbled, repair.repaired, repair.has_annotation):
                if repair.lost_char:  # a whole character was lost: suggest, do not apply
                    return self.diagnostic((start, end), f"GBK byte-shift garble {garbled!r}; a character is lost "
                                           f"(perhaps {repair.repaired!r})",
                                           Fix.display_only("re-fetch the text", Edit.replace(start, end, repair.repaired)))
                return self.diagnostic((start, end), f"GBK byte-shift garble {garbled!r}; realigned: {repair.repaired!r}",
                                       Fix.unsafe("realign the GBK bytes", Edit.replace(start, end, repair.repaired)))
            run = garbled.lstrip("?")
            if repair.has_annotation or (anchored and _improbable(run, min_rare=2)):
                return self.diagnostic((start, end), f"GBK byte-shift garble {garbled!r} (not recoverable)",
                                       Fix.display_only("re-fetch the text; the lost bytes cannot be inferred"))
        return None
