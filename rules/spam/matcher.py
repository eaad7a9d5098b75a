"""One-pass, segmentation-free multi-term matching with boundary checks and an allowlist.

An Aho-Corasick automaton (ahocorasick-rs, Rust; measured against pyahocorasick and a compiled
``re`` alternation in ``bench/bench_spam.py``) finds every lexicon term in the document's UTF-8
bytes, ASCII letters lower-cased, in one pass, with allowlisted false friends in the same
automaton. A match is then kept only when

- it does not lie inside an allowlisted word (口交 inside 港口交易, 幹 inside 幹部);
- a term beginning or ending with a Latin letter or digit is not glued to another one there
  (``sex`` in ``Essex``); terms such as ``t.me/`` that end in punctuation need no right edge;
  URL tokens (``91porn``), matched inside host names, are exempt: host names glue words together;
- a single Han character is not flanked by Han characters on both sides (it would be part of a
  word: Chinese has no spaces to check instead); a look-alike channel name (``evade``) such as 薇
  must not follow a Han character at all (李薇 is a name).

All of this runs on byte offsets. The result, a :class:`Scan`, hands out the terms found
(:meth:`Scan.cues`) at no further cost, and code-point offsets (:meth:`Scan.hits`) only on
request: most documents are dismissed on their terms alone, before any offset is mapped.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from doclint.document import Line

from .lexicon import LEXICONS, USER, Label, allowlist, terms

_ALLOW = Label("allow")
#: Categories matched as plain substrings (host names glue words and labels together).
SUBSTRING_CATEGORIES = frozenset({"url-word"})
#: Bytes a matcher scans with its quick-to-build NFA (~3 ms for the built-in lexicons) before it
#: builds its DFA (~20 ms, but twice as fast a scan): a one-file pre-commit run never pays for
#: the DFA, a corpus run pays it once it has scanned about as much as the DFA takes to repay.
DFA_AFTER_BYTES = 2_000_000
#: Texts up to this size are matched, while a matcher is young, by an automaton of only the terms
#: that could occur in them (see :meth:`Matcher._search_sifted`); sifting costs a pass per character.
SIFT_MAX_BYTES = 64_000


class Hit(NamedTuple):
    """A lexicon term found at ``[start, end)`` of the document text (code points)."""

    start: int
    end: int
    term: str
    label: Label


class Cue(NamedTuple):
    """A lexicon term found somewhere in a text (lower-case lexicon form), without its offsets."""

    term: str
    label: Label


#: What a rule's cheap pre-test reads (its ``term`` and ``label``).
Termed = Hit | Cue


#: Per-pattern checks, as bits: a Latin word boundary on the left / on the right, a lone Han
#: character not inside a word / not after a Han character, an allowlist entry.
LEFT, RIGHT, NOT_INSIDE, NOT_AFTER_HAN, ALLOW = 1, 2, 4, 8, 16
#: A pattern's checks before its first match has worked them out (truthy, so it is looked at).
_UNKNOWN = -1
#: 1 at the byte values of ASCII letters and digits (the characters a Latin term must not be
#: glued to), 0 elsewhere; no byte of a multi-byte UTF-8 character is ASCII.
_WORD_BYTE = bytes(int(chr(b).isascii() and chr(b).isalnum()) for b in range(256))


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


class Matcher:
    """Finds the terms of some lexicons, plus user terms, minus user-allowed terms.

    The automaton is built when first needed, as an NFA, and replaced by a DFA once the matcher
    has scanned ``DFA_AFTER_BYTES``; before that, small texts get throw-away automata of the
    terms they could hold. All find the same matches: these caches are the matcher's only state.
    """

    def __init__(self, entries: Iterable[tuple[str, Label]], allow: Iterable[str]) -> None:
        # Built at every start (a one-file pre-commit run included), so with few Python calls
        # per term: checks and cues are made per pattern on its first match.
        table: dict[str, tuple[Label, ...]] = {}
        for term, label in entries:
            if term not in table:
                table[term] = (label,)
            elif label not in table[term]:
                table[term] += (label,)
        for word in allow:
            if word not in table:
                table[word] = (_ALLOW,)
        table.pop("", None)
        self._terms = list(table)
        self._labels = list(table.values())
        #: Per pattern: the checks its matches need (``_UNKNOWN`` until its first match).
        self._checks = [_UNKNOWN] * len(table)
        #: Per pattern: its cues, one per label (``None`` until its first match).
        self._cues: list[tuple[Cue, ...] | None] = [None] * len(table)
        self._automaton: Any = None
        self._scanned = self._sifted = 0
        self._dfa = False

    def cues_by_category(self, matches: list[tuple[int, int, int]]) -> dict[str, list[Cue]]:
        """The cues of some matches (one per match and label), grouped by label category."""
        known, groups = self._cues, {}
        for index, _, _ in matches:
            cues = known[index]
            if cues is None:
                cues = known[index] = tuple([Cue(self._terms[index], label) for label in self._labels[index]])
            for cue in cues:
                group = groups.get(cue.label.category)
                if group is None:
                    groups[cue.label.category] = [cue]
                else:
                    group.append(cue)
        return groups

    def _search(self, low: bytes) -> list[tuple[int, int, int]]:
        """Every match of every pattern in ``low``, overlapping: (pattern, start, end) in bytes."""
        self._scanned += len(low)
        if self._automaton is None and self._sifted < len(self._terms) and len(low) <= SIFT_MAX_BYTES:
            return self._search_sifted(low)
        if self._automaton is None or (not self._dfa and self._scanned > DFA_AFTER_BYTES):
            self._dfa = self._scanned > DFA_AFTER_BYTES
            self._automaton = _automaton(self._terms, self._dfa)
        return self._automaton.find_matches_as_indexes(low, overlapping=True)

    def _search_sifted(self, low: bytes) -> list[tuple[int, int, int]]:
        """:meth:`_search` with a throw-away automaton of only the terms whose first two
        characters occur in ``low`` (a tenth of them in a 2 KB text, built in a tenth of the
        time). Used until the terms sifted so add up to the matcher's own term count, when the
        whole automaton has become the cheaper choice."""
        text = low.decode("utf-8", "surrogatepass")
        starts = {text[i:i + 2] for i in range(len(text))}
        starts.update(text)  # one-character terms
        kept = [i for i, term in enumerate(self._terms) if term[:2] in starts]
        self._sifted += len(kept)
        if not kept:
            return []
        automaton = _automaton([self._terms[i] for i in kept], dfa=False)
        return [(kept[i], start, end) for i, start, end in automaton.find_matches_as_indexes(low, overlapping=True)]

    def scan(self, text: str) -> Scan:
        """The kept matches in ``text``.

        The automaton runs over the UTF-8 bytes with ASCII letters lower-cased (``bytes.lower``
        is several times faster than ``str.lower`` on CJK text, and the lexicons' cased terms
        are all Latin); every check below is made on those bytes.
        """
        if not self._terms:
            return Scan(self, text, b"", [])
        data = text.encode("utf-8", "surrogatepass")
        low = data.lower()
        checks = self._checks
        kept: list[tuple[int, int, int]] = []
        allowed: list[tuple[int, int]] = []
        word = _WORD_BYTE
        size = len(low)
        for match in self._search(low):
            check = checks[match[0]]
            if check:
                index, start, end = match
                if check < 0:
                    check = checks[index] = _checks(self._terms[index], self._labels[index])
                if check & LEFT and start and word[low[start - 1]]:
                    continue
                if check & RIGHT and end < size and word[low[end]]:
                    continue
                if check & ALLOW:
                    allowed.append((start, end))
                    continue
                if check & (NOT_INSIDE | NOT_AFTER_HAN) and not _lone_han_kept(data, start, end, check):
                    continue
            kept.append(match)
        if allowed and kept:
            kept = _drop_allowed(kept, allowed)
        return Scan(self, text, data, kept)

    def find(self, text: str) -> list[Hit]:
        """Every kept hit in ``text`` (one per label of a term found), ordered by offset."""
        return self.scan(text).hits()


class Scan:
    """The matches a :class:`Matcher` kept in one text, in byte offsets."""

    __slots__ = ("_data", "_groups", "_matcher", "_matches", "_text")

    def __init__(self, matcher: Matcher, text: str, data: bytes, matches: list[tuple[int, int, int]]) -> None:
        self._matcher, self._text, self._data, self._matches = matcher, text, data, matches
        self._groups: dict[str, list[Cue]] | None = None

    def cues(self, categories: Collection[str] | None = None) -> list[Cue]:
        """The terms found (once per match and label), of some label categories or all."""
        groups = self._groups
        if groups is None:
            groups = self._groups = self._matcher.cues_by_category(self._matches)
        return [cue for category in (groups if categories is None else categories) for cue in groups.get(category, ())]

    def hits(self, categories: Collection[str] | None = None) -> list[Hit]:
        """The matches with code-point offsets and the text's own spelling, ordered by offset."""
        found = self._found(categories)
        return self._hits(self._text, self._data, 0, found) if found else []

    def lines(self, categories: Collection[str] | None,
              worth: Callable[[list[Cue]], bool]) -> Iterator[tuple[Line, list[Hit]]]:
        """Each line whose cues (of some categories) pass ``worth``, with its hits in
        line-relative code-point offsets, in document order. Lines are found on the bytes, and
        only the lines that pass are decoded and have their offsets mapped."""
        found = self._found(categories)
        text, data = self._text, self._data
        ascii_text = text.isascii()
        row, counted, chars, mapped = 1, 0, 0, 0  # rows and code points counted up to these bytes
        i = 0
        while i < len(found):
            start = data.rfind(b"\n", 0, found[i][0]) + 1
            end = data.find(b"\n", found[i][0])
            end = len(data) if end < 0 else end
            first = i
            while i < len(found) and found[i][0] < end:
                i += 1
            if not worth([cue for _, cue in found[first:i]]):
                continue
            row += data.count(b"\n", counted, start)
            counted = start
            if ascii_text:
                chars = start
            else:
                chars += len(data[mapped:start].decode("utf-8", "surrogatepass"))
                mapped = start
            line_text = text[chars:end] if ascii_text else data[start:end].decode("utf-8", "surrogatepass")
            yield (Line(row, chars, chars + len(line_text), line_text),
                   self._hits(line_text, data, start, found[first:i]))

    def _found(self, categories: Collection[str] | None) -> list[tuple[int, Cue]]:
        """``(byte start, cue)`` of every match and label of some categories, by byte start."""
        if self._groups is None:
            self.cues()  # fills in the matcher's cues of every pattern matched here
        cues = self._matcher._cues
        return [(start, cue) for index, start, _ in sorted(self._matches, key=lambda m: m[1])
                for cue in cues[index] or () if categories is None or cue.label.category in categories]

    @staticmethod
    def _hits(text: str, data: bytes, base: int, found: list[tuple[int, Cue]]) -> list[Hit]:
        """Hits in ``text``, which is ``data`` from byte ``base`` on, for ``found`` (by byte start)."""
        ascii_text = text.isascii()  # then byte offsets are code-point offsets
        hits: list[Hit] = []
        chars, prev = 0, base
        for bstart, cue in found:
            if ascii_text:
                chars = bstart - base
            else:
                chars += len(data[prev:bstart].decode("utf-8", "surrogatepass"))
                prev = bstart
            end = chars + len(cue.term)  # ASCII lower-casing keeps lengths; other bytes match exactly
            hits.append(Hit(chars, end, text[chars:end], cue.label))
        hits.sort()
        return hits


def _automaton(terms: list[str], dfa: bool) -> Any:
    """An ahocorasick-rs automaton of ``terms`` over UTF-8 bytes: a DFA, or a quick-to-build NFA."""
    import ahocorasick_rs

    kind = ahocorasick_rs.Implementation.DFA if dfa else ahocorasick_rs.Implementation.NoncontiguousNFA
    patterns = "\n".join(terms).encode("utf-8").split(b"\n")  # no term holds a newline
    return ahocorasick_rs.BytesAhoCorasick(patterns, implementation=kind)


def _checks(term: str, labels: tuple[Label, ...]) -> int:
    """The checks a match of ``term`` needs: Latin word boundaries where the term begins or
    ends with a Latin letter or digit (``sex`` is not in ``Essex``), except for allowlist
    entries and URL tokens (host names glue words together); the lone-Han-character rule."""
    if labels[0] is _ALLOW:
        return ALLOW
    checks = 0
    if labels[0].category not in SUBSTRING_CATEGORIES:
        checks |= LEFT * _WORD_BYTE[ord(term[0])] if term[0].isascii() else 0
        checks |= RIGHT * _WORD_BYTE[ord(term[-1])] if term[-1].isascii() else 0
    if len(term) == 1 and _is_han(term):
        checks |= NOT_AFTER_HAN if all(label.kind == "evade" for label in labels) else NOT_INSIDE
    return checks


def _lone_han_kept(data: bytes, start: int, end: int, check: int) -> bool:
    """Whether a lone Han character's match (bytes ``start``-``end``) stands apart from a word,
    as its check asks: not after a Han character, or not between two."""
    before = data[max(0, start - 4):start].decode("utf-8", "replace")[-1:]
    after_han = bool(before) and _is_han(before)
    if check & NOT_AFTER_HAN:
        return not after_han
    after = data[end:end + 4].decode("utf-8", "replace")[:1]
    return not (after_han and after and _is_han(after))


def _drop_allowed(matches: list[tuple[int, int, int]], allowed: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Matches not contained in any allowlisted span (all in bytes)."""
    allowed.sort()
    starts = [a for a, _ in allowed]
    widest = max(b - a for a, b in allowed)
    kept = []
    for match in matches:
        lo = bisect.bisect_left(starts, match[1] - widest)
        hi = bisect.bisect_right(starts, match[1])
        if not any(allowed[i][1] >= match[2] for i in range(lo, hi)):
            kept.append(match)
    return kept


@lru_cache(maxsize=32)
def matcher(lexicons: tuple[str, ...], extend: tuple[str, ...] = (), allow: tuple[str, ...] = ()) -> Matcher:
    """A cached matcher for some lexicon files, ``extend`` terms (strong) and ``allow`` words.

    An ``allow`` entry removes that exact term from the lexicons and suppresses hits inside it.
    """
    allow_set = {a.lower() for a in allow}
    entries = [entry for name in lexicons for entry in terms(name) if entry[0] not in allow_set]
    entries += [(t.lower(), USER) for t in extend if t.lower() not in allow_set]
    return Matcher(entries, (*allowlist(), *allow_set))


#: The lexicons of the shared scan (URL tokens are matched inside host names only, by SPAM003).
SHARED = tuple(name for name in LEXICONS if LEXICONS[name].category != "url-word")


@lru_cache(maxsize=2)
def builtin_scan(text: str) -> Scan:
    """All built-in lexicons' matches in ``text``, found once for all the rules.

    Memoised on the text itself (a string caches its hash, and the same object is passed to
    every rule), so a document is scanned once whatever the number of rules on default options.
    """
    return matcher(SHARED).scan(text)
