"""CHROME004: lines that recur in many documents of one run (site-wide chrome, CCNet-style)."""
from __future__ import annotations

from typing import Any, Iterable

from doclint import CorpusRule, Diagnostic, Fix, Option

from .edits import line_deletion


class RecurringLine(CorpusRule):
    """What: a line that occurs in at least ``min-documents`` documents of the same run, once
    case, digits, punctuation, spacing and the script variant are ignored: the menu, footer
    and share rows that a site prints on every page.

    Why: no phrase list knows every site's furniture, but a crawl does: a line shared by many
    pages is the site's, not the article's (the idea behind CCNet's paragraph deduplication).
    It needs no lexicon. Counts come from the runner's bounded count-min sketch, so memory
    stays flat however many files are checked; the sketch may over-count rare lines a little,
    never under-count. A document whose lines are mostly shared with others is a duplicate
    page, not chrome, and is left to deduplication.

    Example: ``Privacy Policy | Terms of Use`` on 40 pages of a 50-file run → reported on each.

    Fix safety: display-only by default: recurrence is evidence, not proof (an article
    syndicated to several sites, or documents derived from one source, share their lines), so
    the deletion is shown, never applied. With ``delete = true`` it is an unsafe fix
    (``--unsafe-fixes``), for a run over one site's pages where every shared line is furniture.

    Options: ``min-documents`` (default 3), ``min-chars`` (shortest key compared, default 6),
    ``max-share`` (skip a document when more than this share of its lines recur, default 0.5),
    ``delete`` (offer the deletion as an unsafe fix, default false).
    Only active when one run checks several files.
    """

    code = "CHROME004"
    name = "recurring-line"
    summary = "Line recurs in many documents of the run (site-wide chrome)"
    options_schema = {
        "min-documents": Option(3, "documents a line must occur in to count as site chrome"),
        "min-chars": Option(6, "shortest normalised line counted, in letters and digits"),
        "max-share": Option(0.5, "skip documents where more than this share of lines recur (duplicates)"),
        "delete": Option(False, "offer deleting the line as an unsafe fix (default: shown, never applied)"),
    }

    def _keyed(self, document) -> list[tuple[object, int]]:
        # lazy: doclint starts as a pre-commit hook
        from .linekey import document_keys, key_hashes

        minimum = self.options.min_chars
        keys = document_keys(document.text)
        hashes = key_hashes(key for key in set(keys) if len(key) >= minimum)  # repeats hashed once
        # a non-empty key means a non-blank line; blank lines never count
        return [(line, hashes[key]) for line, key in zip(document.lines, keys)
                if key in hashes and (key or line.text.strip())]

    def corpus_keys(self, document) -> Iterable[int]:
        return [h for _, h in self._keyed(document)]

    def check(self, document, context) -> Iterable[Diagnostic]:
        corpus = context.corpus
        options = self.options
        least = options.min_documents
        if corpus is None or corpus.documents < least:
            return
        keyed = self._keyed(document)
        counts = corpus.counts({h for _, h in keyed})  # one sketch probe per distinct line, in one call
        hits = [(line, n) for line, h in keyed if (n := counts[h]) >= least]
        if not hits:
            return
        total = sum(1 for ln in document.lines if ln.text.strip())
        if len(hits) > total * options.max_share:
            return
        make_fix = Fix.unsafe if options.delete else Fix.display_only
        for line, n in _furniture_shaped(document, hits):
            yield self.diagnostic((line.start, line.end), f"line occurs in {n} documents of this run",
                                  make_fix("delete the site-wide line", line_deletion(document, line)))


def _furniture_shaped(document, hits: list[tuple[Any, int]]) -> list[tuple[Any, int]]:
    """The recurring lines that can be a site's furniture.

    Code, data and markup recur from file to file of a project; and a hard-wrapped document
    is source text written by hand (release notes, a manual, a README), not a page rendered
    from a site's template: the headings and stock sentences it shares with its siblings are
    the author's, so it gets no report at all.
    """
    from .markup import MARKUP_MARKS
    from .wrapping import wrapped_lines

    hits = [(line, n) for line, n in hits if not MARKUP_MARKS.search(line.text)]
    if hits and wrapped_lines([line for line in document.lines if line.text.strip()]):
        return []
    return hits
