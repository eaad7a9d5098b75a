"""One-pass, segmentation-free multi-term matching with boundary checks and an allowlist.

An Aho-Corasick automaton (pyahocorasick, measured against a compiled ``re`` alternation in
``bench/bench_spam.py``) finds every lexicon term in the lower-cased document in one pass, with
allowlisted false friends in the same automaton. A hit is then kept only when

- it does not lie inside an allowlisted word (口交 inside 港口交易, 幹 inside 幹部);
- a term beginning or ending with a Latin letter or digit is not glued to another one there
  (``sex`` in ``Essex``); terms such as ``t.me/`` that end in punctuation need no right edge;
  URL tokens and host names (``91porn``) are exempt: host names glue words together;
- a single Han character is not flanked by Han characters on both sides (it would be part of a
  word: Chinese has no spaces to check instead).
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Iterable, NamedTuple

from .lexicon import USER, Label, allowlist, terms

_ALLOW = Label("allow")
#: Categories matched as plain substrings (host names glue words and labels together).
SUBSTRING_CATEGORIES = frozenset({"url-word", "domain"})


class Hit(NamedTuple):
    """A lexicon term found at ``[start, end)`` of the document text."""

    start: int
    end: int
    term: str
    label: Label


def fold(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


class Matcher:
    """Finds the terms of some lexicons, plus user terms, minus user-allowed terms."""

    def __init__(self, entries: Iterable[tuple[str, Label]], allow: Iterable[str]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for term, label in entries:
            if term:
                self._automaton.add_word(term, (term, label))
        for word in allow:
            if word and not self._automaton.exists(word):
                self._automaton.add_word(word, (word, _ALLOW))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Every kept hit in ``text``, ordered by end offset."""
        if self._empty:
            return []
        folded = fold(text)
        hits: list[Hit] = []
        allowed: list[tuple[int, int]] = []
        size = len(folded)
        for last, (term, label) in self._automaton.iter(folded):
            end = last + 1
            start = end - len(term)
            if label is _ALLOW:
                allowed.append((start, end))
                continue
            if label.category in SUBSTRING_CATEGORIES:
                hits.append(Hit(start, end, text[start:end], label))
                continue
            if _is_word_char(term[0]) and start > 0 and _is_word_char(folded[start - 1]):
                continue
            if _is_word_char(term[-1]) and end < size and _is_word_char(folded[end]):
                continue
            if (len(term) == 1 and _is_han(term) and 0 < start and end < size
                    and _is_han(folded[start - 1]) and _is_han(folded[end])):
                continue
            hits.append(Hit(start, end, text[start:end], label))
        return _drop_allowed(hits, allowed) if allowed else hits


def _drop_allowed(hits: list[Hit], allowed: list[tuple[int, int]]) -> list[Hit]:
    """Hits not contained in any allowlisted span."""
    allowed.sort()
    starts = [a for a, _ in allowed]
    widest = max(b - a for a, b in allowed)
    kept = []
    for hit in hits:
        lo = bisect.bisect_left(starts, hit.start - widest)
        hi = bisect.bisect_right(starts, hit.start)
        if not any(allowed[i][1] >= hit.end for i in range(lo, hi)):
            kept.append(hit)
    return kept


@lru_cache(maxsize=32)
def matcher(lexicons: tuple[str, ...], extend: tuple[str, ...] = (), allow: tuple[str, ...] = ()) -> Matcher:
    """A cached matcher for some lexicon files, ``extend`` terms (strong) and ``allow`` words.

    An ``allow`` entry removes that exact term from the lexicons and suppresses hits inside it.
    """
    allow_set = {a.lower() for a in allow}
    entries = [(t, lab) for name in lexicons for t, lab in terms(name) if t not in allow_set]
    entries += [(t.lower(), USER) for t in extend if t.lower() not in allow_set]
    return Matcher(entries, (*allowlist(), *allow_set))
