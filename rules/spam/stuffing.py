"""SPAM001 keyword-stuffing: lines (or line tails) of stacked porn, gambling or pharma SEO terms."""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import ClassVar, NamedTuple

from doclint import Option
from doclint.document import Document
from doclint.model import Diagnostic

from . import shape
from .base import LEXICON_OPTIONS, LexiconRule
from .matcher import Hit, Termed

#: Strong terms weigh 2, weak ones 1; a stuffed stretch needs this much.
MIN_SCORE = 5
#: Share of the stretch's letters that lexicon terms must cover.
MIN_COVERAGE = 0.3
#: Coverage above which density alone is the structural signal.
DENSE_COVERAGE = 0.5
#: A phrase list has at least this many pieces, this short on average (code points).
MIN_PHRASES, MAX_MEAN_PHRASE = 3, 20
#: Glued tails are looked for only this close to the end of the line (code points), which keeps
#: a megabyte-long one-line document linear.
MAX_TAIL = 2000
#: Latin stretches with more function words than this are prose.
MAX_FUNCTION_RATIO = 0.2


class Evidence(NamedTuple):
    """Why a stretch of a line is keyword stuffing."""

    terms: tuple[str, ...]
    strong: int
    coverage: float
    signals: tuple[str, ...]


def assess(text: str, hits: list[Hit], min_terms: int) -> Evidence | None:
    """Evidence that all of ``text`` is stuffing, or ``None``.

    Needs ``min_terms`` distinct terms with at least one strong, enough weight and coverage, no
    prose markers (。, quotation marks, English function words), and a structural signal: a list
    of short separator-joined phrases, or terms covering most of the text.
    """
    chosen = shape.leftmost_longest(hits)
    distinct = {h.term.lower(): h.label.strong for h in chosen}
    strong = sum(distinct.values())
    if len(distinct) < min_terms or not strong or strong + len(distinct) < MIN_SCORE:
        return None
    size = shape.letters(text)
    coverage = shape.covered(chosen) / max(1, size)
    if coverage < MIN_COVERAGE or "。" in text or shape.QUOTES.search(text):
        return None
    if not shape.is_han_text(text) and shape.function_word_ratio(text) > MAX_FUNCTION_RATIO:
        return None
    pieces = shape.phrases(text)
    signals = []
    if len(pieces) >= MIN_PHRASES and sum(map(len, pieces)) / len(pieces) <= MAX_MEAN_PHRASE:
        signals.append(f"{len(pieces)} short phrases joined by separators, no sentence punctuation")
    if coverage >= DENSE_COVERAGE:
        signals.append(f"spam terms cover {coverage:.0%} of the text")
    if not signals:
        return None
    if shape.GLUED_NUMBER.search(text):
        signals.append("numbers glued to phrases")
    return Evidence(tuple(distinct), strong, coverage, tuple(signals))


def stuffed_span(text: str, hits: list[Hit], min_terms: int) -> tuple[int, Evidence] | None:
    """Where stuffing starts in a line (0: the whole line; else a tail glued after a sentence).

    A tail starting at the last sentence end before the first hit wins over the whole line, so
    a clean sentence in front of the keywords is kept.
    """
    breaks = shape.sentence_breaks(text)
    first = min(h.start for h in hits)
    before = [b for b in breaks if b <= first]
    candidates = [before[-1]] if before else []
    candidates += [0, *(b for b in breaks if b > first and len(text) - b <= MAX_TAIL)]
    lead = shape.skip_space(text, 0)
    hits = sorted(hits)
    starts = [h.start for h in hits]
    for start in dict.fromkeys(candidates):
        tail = hits[bisect.bisect_left(starts, start):]
        if len(tail) < min_terms or (start and lead >= start):
            continue
        found = assess(text[start:], shape.shift(tail, start), min_terms)
        if found:
            return shape.skip_space(text, start), found
    return None


class KeywordStuffing(LexiconRule):
    """What: a line, or the tail of a line, that stacks porn, gambling, pharma or casino SEO terms:
    several distinct lexicon terms (at least one of them spam-only phrasing such as 熟妇, 百家乐 or
    "buy viagra") covering a large share of the text, with spam structure: short phrases joined
    by commas, bars or spaces, or terms back to back, and no sentence punctuation, quotation
    marks or English function words.

    Why: hacked and SEO-farmed pages carry such keyword lines at the top or bottom of the page or
    glued onto a real paragraph; they are not part of the document. A single term never fires,
    and a news report that names the same terms in sentences stays clean.

    Example: ``欧美成人精品视频在线不卡,久久久这里只有免费精品29,六十路老熟妇乱子伦视频日本`` at the
    top of a government article → the line is flagged; ``……工作会议。日韩无码,熟妇人妻,在线观看`` →
    only the tail after ``。`` is flagged.

    Fix safety: unsafe (it deletes text): the whole line, or only the glued-on tail when the line
    starts with content.

    Options: ``min-terms`` (distinct terms needed, default 3); ``extend-terms`` (extra terms,
    counted as strong); ``allow-terms`` (terms never to count, and words protecting what they
    contain, e.g. a brand name).
    """

    code = "SPAM001"
    name = "keyword-stuffing"
    summary = "Line stuffed with porn, gambling or pharma SEO keywords"
    lexicons: ClassVar[tuple[str, ...]] = ("zh-porn.txt", "zh-gambling.txt", "zh-seo.txt", "en-spam.txt",
                                           "en-topic.txt")
    options_schema = {"min-terms": Option(3, "distinct lexicon terms a stuffed line needs (at least 2)"),
                      **LEXICON_OPTIONS}

    def check(self, document: Document, context: object) -> Iterable[Diagnostic]:
        min_terms = max(2, self.options.min_terms)
        def worth(hits: Sequence[Termed]) -> bool:
            return (len(hits) >= min_terms and any(h.label.strong for h in hits)
                    and len({h.term for h in hits}) >= min_terms)

        for line, hits in self.lines_with_hits(document, worth):
            found = stuffed_span(line.text, hits, min_terms)
            if not found:
                continue
            start, ev = found
            where = "line" if start == 0 else "text glued onto the end of the line"
            shown = ", ".join(ev.terms[:6]) + (" …" if len(ev.terms) > 6 else "")
            notes = [f"terms ({len(ev.terms)}, {ev.strong} strong): {', '.join(ev.terms)}",
                     *(f"structure: {s}" for s in ev.signals)]
            unlike = shape.is_han_text(line.text[start:]) != shape.is_han_text(document.text)
            yield self.line_diagnostic(document, line, start,
                                       f"keyword stuffing: {len(ev.terms)} spam terms in the {where} ({shown})",
                                       "keyword-stuffed", notes,
                                       ["script: unlike the rest of the document"] if unlike else ())
