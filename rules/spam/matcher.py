"""One-pass, segmentation-free multi-term matching with boundary checks and an allowlist.

An Aho-Corasick automaton (ahocorasick-rs, a Rust DFA; measured against pyahocorasick and a
compiled ``re`` alternation in ``bench/bench_spam.py``) finds every lexicon term in the document's
UTF-8 bytes, ASCII letters lower-cased, in one pass, with allowlisted false friends in the same
automaton. A hit is then kept only when

- it does not lie inside an allowlisted word (口交 inside 港口交易, 幹 inside 幹部);
- a term beginning or ending with a Latin letter or digit is not glued to another one there
  (``sex`` in ``Essex``); terms such as ``t.me/`` that end in punctuation need no right edge;
  URL tokens (``91porn``), matched inside host names, are exempt: host names glue words together;
- a single Han character is not flanked by Han characters on both sides (it would be part of a
  word: Chinese has no spaces to check instead); a look-alike channel name (``evade``) such as 薇
  must not follow a Han character at all (李薇 is a name).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .lexicon import LEXICONS, USER, Label, allowlist, terms

_ALLOW = Label("allow")
#: Categories matched as plain substrings (host names glue words and labels together).
SUBSTRING_CATEGORIES = frozenset({"url-word"})


class Hit(NamedTuple):
    """A lexicon term found at ``[start, end)`` of the document text."""

    start: int
    end: int
    term: str
    label: Label


#: ASCII letters and digits, as byte values: the characters a Latin term must not be glued to.
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


class Matcher:
    """Finds the terms of some lexicons, plus user terms, minus user-allowed terms."""

    def __init__(self, entries: Iterable[tuple[str, Label]], allow: Iterable[str]) -> None:
        import ahocorasick_rs

        table: dict[str, list[Label]] = {}
        for term, label in entries:
            if term and label not in table.setdefault(term, []):
                table[term].append(label)
        for word in allow:
            if word and word not in table:
                table[word] = [_ALLOW]
        #: Per pattern: the term, its labels, whether its left and right edges need a Latin word
        #: boundary (not for URL tokens or allowlist entries), and whether it is a lone Han character.
        self._patterns = [
            (term, tuple(labels), *_edges(term, labels[0]), _lone_han_rule(term, labels))
            for term, labels in table.items()]
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            [term.encode("utf-8") for term in table],
            implementation=ahocorasick_rs.Implementation.DFA) if table else None

    def find(self, text: str) -> list[Hit]:
        """Every kept hit in ``text`` (one per label of a term found), ordered by offset.

        The automaton runs over the UTF-8 bytes with ASCII letters lower-cased (``bytes.lower``
        is several times faster than ``str.lower`` on CJK text, and the lexicons' cased terms
        are all Latin); byte offsets of the few hits are then mapped to code points.
        """
        if self._automaton is None:
            return []
        data = text.encode("utf-8", "surrogatepass")
        low = data.lower()
        patterns = self._patterns
        size = len(low)
        # Latin word boundaries are checked on the bytes, before any offset is mapped: no byte of
        # a multi-byte UTF-8 character is ASCII, so a byte test is a character test here.
        matches = [m for m in self._automaton.find_matches_as_indexes(low, overlapping=True)
                   if not (patterns[m[0]][2] and m[1] > 0 and low[m[1] - 1] in _WORD_BYTES)
                   and not (patterns[m[0]][3] and m[2] < size and low[m[2]] in _WORD_BYTES)]
        if not matches:
            return []
        offsets = _char_offsets(text, data, matches)
        hits: list[Hit] = []
        allowed: list[tuple[int, int]] = []
        for index, bstart, _ in matches:
            term, labels, _left, _right, lone = patterns[index]
            start = offsets[bstart]
            end = start + len(term)  # ASCII lower-casing keeps lengths; other bytes match exactly
            if labels[0] is _ALLOW:
                allowed.append((start, end))
            elif not lone or _lone_han_kept(text, start, end, lone):
                found = text[start:end]
                hits.extend(Hit(start, end, found, label) for label in labels)
        hits.sort()
        return _drop_allowed(hits, allowed) if allowed else hits


def _char_offsets(text: str, data: bytes, matches: list[tuple[int, int, int]]) -> dict[int, int]:
    """Code-point offset of every byte offset where a match starts."""
    wanted = sorted({start for _, start, _ in matches})
    if text.isascii():
        return {b: b for b in wanted}
    out, chars, prev = {}, 0, 0
    for b in wanted:
        chars += len(data[prev:b].decode("utf-8", "surrogatepass"))
        out[b] = chars
        prev = b
    return out


def _edges(term: str, label: Label) -> tuple[bool, bool]:
    """Whether hits of ``term`` need a Latin word boundary on the left and on the right: where
    the term begins or ends with a Latin letter or digit (``sex`` is not in ``Essex``), except
    allowlist entries and URL tokens (host names glue words together)."""
    if label is _ALLOW or label.category in SUBSTRING_CATEGORIES:
        return False, False
    return _is_word_char(term[0]), _is_word_char(term[-1])


#: How a lone Han character's hits are checked: not at all, not inside a word (Han on both
#: sides), or not after a Han character (look-alike channel names: 李薇 is a name).
NOT_LONE, NOT_INSIDE, NOT_AFTER_HAN = 0, 1, 2


def _lone_han_rule(term: str, labels: list[Label]) -> int:
    if len(term) != 1 or not _is_han(term):
        return NOT_LONE
    return NOT_AFTER_HAN if all(label.kind == "evade" for label in labels) else NOT_INSIDE


def _lone_han_kept(text: str, start: int, end: int, rule: int) -> bool:
    """Whether a lone Han character's hit stands apart from a word, as its ``rule`` asks."""
    after_han = start > 0 and _is_han(text[start - 1])
    if rule == NOT_AFTER_HAN:
        return not after_han
    return not (after_han and end < len(text) and _is_han(text[end]))


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


#: The lexicons of the shared scan (URL tokens are matched inside host names only, by SPAM003).
SHARED = tuple(name for name in LEXICONS if LEXICONS[name].category != "url-word")


@lru_cache(maxsize=2)
def builtin_hits(text: str) -> dict[str, list[Hit]]:
    """All built-in lexicons' hits in ``text`` by category, computed once for the rules.

    Memoised on the text itself (a string caches its hash, and the same object is passed to
    every rule), so a document is scanned once whatever the number of rules on default options.
    Callers must not mutate the lists.
    """
    groups: dict[str, list[Hit]] = {}
    for hit in matcher(SHARED).find(text):
        groups.setdefault(hit.label.category, []).append(hit)
    return groups
