"""The CHROME phrase lists (``rules/data/chrome/``), folded and indexed for line-start lookups.

Why a lookup table and not one big regex: a line-start phrase is found by probing the folded
first characters of a line against a dict, one probe per distinct phrase length (a dozen),
which costs the same for ten phrases or ten thousand. Files are read once per process
(``lru_cache``); the config's extra phrases build a second, merged lexicon.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, NamedTuple

from doclint.lazyre import LazyPattern
from .options import CATEGORIES

DATA = Path(__file__).resolve().parent.parent / "data" / "chrome"
LANGUAGES = ("zh", "en", "de", "fr", "es", "pt", "it", "ru", "id")

#: entry kinds: a whole token (short line), a label followed by a colon, a prefix (anything after)
TOKEN, LABEL, PREFIX = "token", "label", "prefix"

_SPACES = LazyPattern(r"\s+")
# converter glue: a pinyin reading in brackets after a Han character (``首頁(yè)``); the
# pattern opens with the literal bracket (the look-behind after it) so that the regex engine
# scans for ``(`` in C instead of trying the look-behind at every character: 30x faster
_PINYIN_GLUE = LazyPattern(r"\((?<=[\u4e00-\u9fff]\()[a-z\u00e0-\u00fc\u0101-\u01dc]{1,7}\)")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """Traditional → Simplified, full-width → ASCII, upper → lower case, odd spaces → space.

    Every entry maps one character to one character, so a folded text has the same length
    and offsets as the original: a document is folded once and sliced per line. Built by
    ``str.maketrans`` from strings cut out of ``t2s.txt`` by slicing (after its header, every
    line is two characters and a newline): a Python loop over its 3,000 lines cost ~2 ms at
    start-up.
    """
    raw = (DATA / "t2s.txt").read_text(encoding="utf-8")
    start = 0
    while raw.startswith("#", start):  # the header
        start = raw.index("\n", start) + 1
    body = raw[start:]
    if len(body) % 3 or body[2::3].strip("\n"):
        raise ValueError(f"{DATA / 't2s.txt'}: every line after the header must be two characters")
    sources, targets = [body[0::3]], [body[1::3]]
    for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x370, 0x530)):
        lower = chr(code).lower()
        if len(lower) == 1 and lower != chr(code):
            sources.append(chr(code))
            targets.append(lower)
    full_width = "".join(map(chr, range(0xFF01, 0xFF5F)))
    return str.maketrans("".join(sources) + full_width + "\u3000\xa0",
                         "".join(targets) + "".join(map(chr, range(0x21, 0x7F))).lower() + "  ")


def fold(text: str) -> str:
    """Case-fold, width-fold and script-fold ``text`` (same length) for matching and comparison."""
    return text.translate(_fold_table())


def quick_fold(text: str) -> str:
    """:func:`fold` for text without Traditional or full-width characters (no table needed)."""
    return text.lower().replace("\u3000", " ").replace("\xa0", " ")


@lru_cache(maxsize=1)
def _table_chars() -> frozenset[str]:
    """The characters :func:`quick_fold` does not fold like :func:`fold` (Traditional, full-width)."""
    return frozenset(chr(code) for code in _fold_table() if code > 0x52F and code != 0x3000)


@lru_cache(maxsize=4)  # three CHROME rules ask about the same document text in turn
def needs_table(text: str) -> bool:
    """Whether ``text`` holds a Traditional or full-width character (else ``quick_fold`` will do).

    ``str.translate`` with a dict costs a dict lookup per character, the one expensive step
    of the fold; most documents (Simplified Chinese, English) need none of its table. A set
    probe per character (``isdisjoint``) is ~9x faster than a regex character class of the
    table's few thousand characters.
    """
    return not text.isascii() and not _table_chars().isdisjoint(text)


def folder_for(text: str) -> Callable[[str], str]:
    """The cheapest fold that is exact for ``text``."""
    return fold if needs_table(text) else quick_fold


def strip_glue(text: str) -> str:
    """``text`` without converter pinyin glue (``首頁(yè)`` → ``首頁``)."""
    return _PINYIN_GLUE.sub("", text) if "(" in text else text


def fold_phrase(text: str) -> str:
    """:func:`fold` with whitespace runs collapsed, for phrase lookups."""
    folded = fold(text)
    if "  " in folded or "\t" in folded:
        folded = _SPACES.sub(" ", folded)
    return folded.strip()


def fold_label(text: str) -> str:
    """:func:`fold_phrase` with spaces between Han characters dropped (``地 址`` is ``地址``).

    A loop, not a look-around regex: compiling ``[\\u4e00-\\u9fff]`` costs ~2 ms, and the
    lexicon's contact labels are folded at start-up.
    """
    folded = fold_phrase(text)
    if " " not in folded:
        return folded
    parts = folded.split(" ")  # single spaces: fold_phrase collapsed the runs and stripped the ends
    out = parts[0]
    for part in parts[1:]:
        out += part if is_han(out[-1]) and is_han(part[0]) else " " + part
    return out


def is_han(char: str) -> bool:
    """A CJK Unified Ideograph (the basic block), by comparison: no regex class to compile."""
    return "\u4e00" <= char <= "\u9fff"


class Entry(NamedTuple):  # named tuples: a frozen dataclass costs ~1.5 ms to define at start-up
    category: str
    kind: str
    words: int  # words of a space-separated phrase (a one-word token needs a separator after); 0 for CJK


class Lexicon(NamedTuple):
    """Folded phrases by text, the distinct phrase lengths to probe, and contact labels."""

    entries: Mapping[str, Entry]
    firsts: frozenset[str]  # the first characters of the phrases (no phrase starts elsewhere)
    lengths: Mapping[str, tuple[int, ...]]  # first two characters -> phrase lengths, longest first
    contact: frozenset[str]

    def longest_prefix(self, key: str) -> tuple[str, Entry] | None:
        """The longest phrase that ``key`` (a folded line start) begins with.

        Lengths are indexed by two characters, not one: English phrases starting with ``s``
        or ``t`` come in a dozen lengths, those starting with ``sh`` in a few.
        """
        entries = self.entries
        for n in self.lengths.get(key[:2], ()):
            entry = entries.get(key[:n])
            if entry is not None:
                return key[:n], entry
        entry = entries.get(key[:1])  # one-character phrases
        return (key[:1], entry) if entry is not None else None


def _parse(raw: str, category: str) -> tuple[str, Entry] | None:
    text = raw.strip()
    if not text or text.startswith("#"):
        return None
    kind = TOKEN
    if text.endswith("*"):
        kind, text = PREFIX, text[:-1]
    text = fold_phrase(text)
    if text.endswith(":"):
        kind, text = LABEL, text[:-1].rstrip()
    if not text:
        return None
    # Scripts that separate words by spaces (Latin, Cyrillic, Greek …) all come before the CJK
    # blocks: ``Поиск пропавших`` and ``Suche nach …`` open headings, ``搜索`` stands alone.
    return text, Entry(category, kind, len(text.split()) if max(text) < "\u2e80" else 0)


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Lexicon:
    """Build the lexicon from the data files plus ``extra`` ((category, phrases), ...)."""
    entries: dict[str, Entry] = {}
    sources = [(cat, _read_lines(DATA / f"{cat}.{lang}.txt")) for cat in CATEGORIES for lang in LANGUAGES]
    sources += [(cat, list(phrases)) for cat, phrases in extra if cat in CATEGORIES]
    for category, lines in sources:
        for raw in lines:
            parsed = _parse(raw, category)
            if parsed:
                entries.setdefault(*parsed)
    contact_lines = _read_lines(DATA / "contact.txt") + [p for cat, ps in extra if cat == "contact" for p in ps]
    contact = frozenset(fold_label(c) for c in contact_lines if c.strip() and not c.startswith("#"))
    by_head: dict[str, set[int]] = {}
    for key in entries:
        if len(key) > 1:
            by_head.setdefault(key[:2], set()).add(len(key))
    lengths = {head: tuple(sorted(ns, reverse=True)) for head, ns in by_head.items()}
    return Lexicon(entries, frozenset(key[0] for key in entries), lengths, contact)
