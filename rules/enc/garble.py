"""ENC006: GBK byte-shift garble — Han text read from the wrong byte of each GBK pair."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from doclint import Edit, Fix, Rule
from doclint.model import Diagnostic

from .gbkshift import ANNOTATION_BEFORE, PINYIN, ShiftRepair, is_improvement, realign
from .hanfreq import han_scores, is_han, mean_cost, rare_share
from .legacy import text_is_trusted
from .scan import lines_hit, lines_with_spans, rare_clusters

#: Runs of GBK double-byte characters (Han, CJK punctuation, kana, fullwidth forms, GBK
#: user-defined characters) long enough to hold a misaligned stretch.
DOUBLE_BYTE_RUN = re.compile("[\u3000-\u30ff\u3400-\u9fff\ue000-\ue765\uff01-\uff5e\u2460-\u24ff]{4,}")
#: A ``?`` after a CJK character or after a ``(pinyin)`` annotation: where garble starts.
ANCHOR = re.compile(f"[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e](?:\\([{PINYIN}]{{1,7}}\\))?\\?")
#: ``規(guī)?;?``: orphan lead bytes right after a converter's annotation, with what they swallowed.
ORPHAN_AFTER_ANNOTATION = re.compile(r"\?[;:]\??")
#: Without an orphan ``?``, a run is garble only when this share of its Han characters is rare …
MIN_RARE_SHARE = 0.4
#: … and its mean character cost is at least this high (clean Chinese averages 4-8).
MIN_RUN_COST = 12.0
#: … and it holds at least this many rare characters (邛崃新城 is a real place name).
MIN_RARE = 4


def _orphan_marks(line: str) -> Iterator[tuple[int, bool]]:
    """Positions of ``?`` right after a Han character or CJK punctuation (both two GBK bytes)
    or after a ``(pinyin)`` annotation, and whether such an annotation precedes it."""
    pos = line.find("?")
    while pos != -1:
        head = line[:pos]
        annotation = ANNOTATION_BEFORE.search(head[-9:])
        before = head[: len(head) - len(annotation.group())] if annotation else head
        if before and (is_han(before[-1]) or "\u3000" <= before[-1] <= "\u303f" or "\uff01" <= before[-1] <= "\uff5e"):
            yield pos, annotation is not None
        pos = line.find("?", pos + 1)


def _improbable(run: str, min_rare: int = MIN_RARE) -> bool:
    scores = han_scores()
    rare = sum(1 for ch in run if is_han(ch) and scores.get(ch, 0) <= 3)
    return rare >= min_rare and rare_share(run) >= MIN_RARE_SHARE and mean_cost(run) >= MIN_RUN_COST


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
        for line in self._candidate_lines(document):
            taken_until = -1
            for pos, annotated in _orphan_marks(line.text):
                if pos < taken_until:
                    continue
                repair = realign(line.text, pos)
                diagnostic = self._judge(line.start, line.text, repair, anchored=True)
                if diagnostic is None and annotated and ORPHAN_AFTER_ANNOTATION.match(line.text, pos):
                    end = line.start + pos + len(ORPHAN_AFTER_ANNOTATION.match(line.text, pos).group())
                    diagnostic = self.diagnostic((line.start + pos, end), "GBK byte-shift garble after a pinyin "
                                                 "annotation (orphan lead bytes shown as '?')",
                                                 Fix.display_only("re-fetch the text; the lost bytes cannot be inferred"))
                if diagnostic is not None:
                    taken_until = diagnostic.span.end - line.start
                    yield diagnostic
            for match in DOUBLE_BYTE_RUN.finditer(line.text):
                if match.start() < taken_until or not _improbable(match.group()):
                    continue
                diagnostic = self._judge(line.start, line.text, realign(line.text, match.start(), orphan=False),
                                         anchored=False)
                if diagnostic is not None:
                    yield diagnostic

    @staticmethod
    def _candidate_lines(document) -> list:
        """Lines with an orphan mark after a CJK character, or four rare Han characters close together."""
        lines = {row: line for row, (line, _spans) in lines_with_spans(document, rare_clusters(document.text, MIN_RARE)).items()}
        if "?" in document.text:
            lines.update((line.row, line) for line in lines_hit(document, ANCHOR))
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
