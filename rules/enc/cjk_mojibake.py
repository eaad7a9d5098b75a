"""ENC005: CJK text decoded with the wrong codec (鍙戝竷 for 发布, ÓÉÔÂ for 由月 …), and its repair.

A search over a few wrong/right codec pairs: a line's characters are encoded back with the
codec that wrongly decoded them, and the bytes decoded with the right one. Only where the
result reads far better (character frequencies) than the input is it mojibake; clean text
re-decoded this way turns into rare characters or fails to decode at all.
"""
from __future__ import annotations

import bisect
import codecs
import itertools
from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple

from doclint import Edit, Fix, Rule
from doclint.document import Line
from doclint.model import Diagnostic

from .hanfreq import HAN, mean_cost, rare_share
from doclint.lazyre import LazyPattern
from .legacy import plausibility, text_is_trusted
from .scan import lines_hit, lines_with_spans, may_hold_latin_mojibake, may_match, rare_clusters

#: (codec that wrongly decoded the bytes, codec they were written in), most common first.
CODEC_PAIRS: tuple[tuple[str, str], ...] = (
    ("gbk", "utf-8"), ("gb18030", "utf-8"), ("big5", "utf-8"), ("cp932", "utf-8"),
    ("sloppy-windows-1252", "utf-8"), ("latin-1", "utf-8"),
    ("sloppy-windows-1252", "gbk"), ("latin-1", "gbk"), ("latin-1", "big5"),
    ("big5", "gbk"), ("gbk", "big5"),
)
#: Shorter stretches are too few characters to tell mojibake from rare words (援滇).
MIN_CHARS = 4
#: Characters around a rare cluster whose mean cost decides whether Han-to-Han pairs are tried.
WINDOW = 8
#: Rare Han characters close together that open a codec search (real words like 邛崃 have two).
MIN_RARE = 3
#: A codec pair whose repairs span this share of a line's non-ASCII characters ends the search.
COVERED = 0.98
#: Repaired pieces this close belong to one damaged stretch (lost bytes split them).
MAX_GAP = 2
MAX_LOSSY_GAP = 8
#: Han text this costly on average (clean text: 4-9) reads as noise even without rare characters.
NOISE_COST = 12.0
#: Characters a codec pair can repair: non-ASCII but the lost-byte mark.
DAMAGEABLE = LazyPattern("[^\x00-\x7f\ufffd]")
#: Han, kana, Hangul, CJK and fullwidth punctuation: what a CJK repair is made of.
CJK = LazyPattern("[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
#: Latin-1 and cp1252 signs and letters (their balance with ASCII letters tells CJK bytes shown
#: as Latin-1 from Latin text with a few mojibake words).
LATIN_SIGN = LazyPattern("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                         "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
#: Share of a repair's non-ASCII characters that must be CJK.
MIN_CJK = 0.8
#: Single-byte codecs: their mojibake is a whole stretch of characters they encode.
SINGLE_BYTE = frozenset({"latin-1", "sloppy-windows-1252"})
#: Codecs whose mojibake is made of Han characters.
HAN_CODECS = frozenset({"gbk", "gb18030", "big5"})
#: A repair must lower the mean character cost by this much (costs run 0-30 per character).
MIN_GAIN = 5.0
#: Three Latin-1/cp1252 signs or letters in a row: GBK/Big5/UTF-8 bytes shown as Latin.
LATIN_RUN = LazyPattern("[\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                       "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{3}")
#: A codec pair is searched only when a lenient re-decode of the stretch keeps this share of
#: its characters (clean text re-decoded is mostly replacement characters).
MIN_SURVIVAL = 0.5


class Repair(NamedTuple):
    """``[start, end)`` of a line re-decoded as ``text`` via ``wrong`` → ``right``."""

    start: int
    end: int
    text: str
    wrong: str
    right: str


def suspect_lines(document) -> list[tuple[Line, frozenset[str]]]:
    """Lines worth the codec search, each with the kinds of codec pair worth trying there:
    ``han`` (Han read as Han) where the text around three rare Han characters close together
    reads as noise (a clean line with a rare word does not), ``utf-8`` wherever rare Han cluster,
    ``latin`` where a run of Latin-1 signs stands."""
    lines: dict[int, tuple[Line, frozenset[str]]] = {}
    for row, (line, spans) in lines_with_spans(document, rare_clusters(document.text, MIN_RARE)).items():
        noisy = any(mean_cost(line.text[max(0, s - WINDOW):e + WINDOW]) >= NOISE_COST for s, e in spans)
        lines[row] = (line, frozenset({"utf-8", "han"} if noisy else {"utf-8"}))
    if may_hold_latin_mojibake(document.text) and may_match(document.text, LATIN_RUN):
        for line in lines_hit(document, LATIN_RUN):
            kinds = lines.get(line.row, (line, frozenset()))[1]
            lines[line.row] = (line, kinds | {"latin", "utf-8"})
    return [lines[row] for row in sorted(lines)]


@lru_cache(maxsize=None)
def _char_encoder(codec: str) -> Callable[[str], bytes | None]:
    """A cached one-character encoder for ``codec`` (None where it cannot encode)."""
    @lru_cache(maxsize=32768)
    def encode(ch: str) -> bytes | None:
        try:
            return ch.encode(codec)
        except UnicodeEncodeError:
            return None
    return encode


def _encodable_runs(line: str, codec: str) -> Iterator[tuple[int, int, bytes, list[int]]]:
    """Maximal runs of ``line`` that ``codec`` encodes, with each character's byte offset."""
    try:
        data = line.encode(codec)
    except UnicodeEncodeError:
        pass
    else:  # the common case: offsets from cached character lengths, at C speed
        offsets = [0, *itertools.accumulate(map(len, map(_char_encoder(codec), line[:-1])))]
        yield 0, len(line), data, offsets
        return
    encoded = list(map(_char_encoder(codec), line))  # None where a character has no bytes
    start = 0
    while start < len(line):
        try:
            stop = encoded.index(None, start)
        except ValueError:
            stop = len(line)
        if stop > start:
            run = encoded[start:stop]
            yield start, stop, b"".join(run), [0, *itertools.accumulate(map(len, run[:-1]))]
        start = stop + 1


def _decoded_pieces(start: int, data: bytes, offsets: list[int], codec: str) -> Iterator[tuple[int, int, str]]:
    """Pieces ``[i, j)`` of a run (character offsets) whose bytes decode strictly in ``codec``."""
    bounds = offsets + [len(data)]
    count = len(offsets)
    k = 0
    while k < count:
        try:
            yield start + k, start + count, data[bounds[k]:].decode(codec)
            return
        except UnicodeDecodeError as error:
            stop = bounds[k] + error.start
        j = bisect.bisect_right(bounds, stop) - 1  # the longest prefix on a character boundary
        while j > k:
            try:
                text = data[bounds[k]:bounds[j]].decode(codec)
            except UnicodeDecodeError:
                j -= 1
                continue
            yield start + k, start + j, text
            break
        k = max(k + 1, bisect.bisect_left(bounds, stop + 1))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _reads_better(before: str, after: str) -> bool:
    """``after`` is a clearly better reading of ``before``, which itself reads as noise."""
    if _non_ascii(after) < 2 or after == before or _non_ascii(before) < 2:
        return False
    if len(CJK.findall(after)) < MIN_CJK * (_non_ascii(after) - after.count("\ufffd")):
        return False  # a CJK repair is CJK text (GBK also encodes Cyrillic and Greek)
    return (mean_cost(after) + MIN_GAIN <= mean_cost(before) and rare_share(after) <= 0.2
            and plausibility(after) >= 0.9)


def _enough_evidence(line: str, repairs: list[Repair], wrong: str) -> bool:
    """Enough garbled characters of the kind ``wrong`` produces; Han text of mostly common
    characters (援滇) stays, and so does kana or Cyrillic that a CJK codec happens to encode."""
    before = "".join(line[r.start:r.end] for r in repairs)
    if _non_ascii(before) < MIN_CHARS:
        return False
    han = len(HAN.findall(before))
    if wrong in HAN_CODECS and han < 0.6 * (_non_ascii(before) - before.count("\ufffd")):
        return False
    return han < len(before) / 2 or rare_share(before) >= 0.3 or mean_cost(before) >= NOISE_COST


def _extend(line: str, end: int) -> int:
    """Take in the lost-byte marks after the last repaired piece and the character they cut."""
    while end < len(line) and line[end] == "\ufffd" or line[end:end + 2].endswith("\ufffd") and not line[end].isascii():
        end += 1
    return end


def _lost_bytes(replacement: bytes) -> Callable[[UnicodeEncodeError], tuple[bytes, int]]:
    def handler(error: UnicodeEncodeError) -> tuple[bytes, int]:
        return replacement * (error.end - error.start), error.end
    return handler


#: Encoding error handlers that put a lost-byte mark where a character has no bytes in the
#: wrong codec (U+FFFD itself): the encode then runs in C however many losses a line has.
_LOST_TO_UTF8 = "doclint-enc-lost-utf8"
_LOST_TO_NUL = "doclint-enc-lost-nul"
codecs.register_error(_LOST_TO_UTF8, _lost_bytes("\ufffd".encode("utf-8")))
codecs.register_error(_LOST_TO_NUL, _lost_bytes(b"\x00"))


_LOST_RUN = LazyPattern("\ufffd+")


def _decode_span(text: str, wrong: str, right: str) -> str:
    """Re-decode ``text`` as a whole, lost bytes (U+FFFD) and all; each loss becomes one U+FFFD."""
    data = text.encode(wrong, _LOST_TO_UTF8 if right == "utf-8" else _LOST_TO_NUL)
    decoded = data.decode(right, "replace").replace("\x00", "\ufffd")
    return _LOST_RUN.sub("\ufffd", _second_pass(decoded, wrong, right))


def _clusters(line: str, repairs: list[Repair]) -> list[list[Repair]]:
    """Repairs of one damaged stretch: at most :data:`MAX_GAP` characters apart, or split by
    lost bytes (U+FFFD) no more than :data:`MAX_LOSSY_GAP` characters apart."""
    groups: list[list[Repair]] = []
    for repair in repairs:
        gap = line[groups[-1][-1].end:repair.start] if groups else ""
        if groups and (len(gap) <= MAX_GAP or ("\ufffd" in gap and len(gap) <= MAX_LOSSY_GAP)):
            groups[-1].append(repair)
        else:
            groups.append([repair])
    return groups


def _merge(line: str, group: list[Repair]) -> list[Repair]:
    """Re-decode a damaged stretch as a whole, so characters next to lost bytes come back too."""
    first = group[0]
    i, j = first.start, _extend(line, group[-1].end)
    merged = _decode_span(line[i:j], first.wrong, first.right)
    if mean_cost(merged.replace("\ufffd", "")) <= max(mean_cost(r.text) for r in group):
        return [Repair(i, j, merged, first.wrong, first.right)]
    return group


def _pair_kind(wrong: str, right: str) -> str:
    if wrong in SINGLE_BYTE:
        return "latin"
    return "utf-8" if right == "utf-8" else "han"


def _valid_utf8_share(data: bytes) -> float:
    """Share of the non-ASCII characters of a lenient UTF-8 decode of ``data`` that are not U+FFFD."""
    decoded = data.decode("utf-8", "replace")
    non_ascii = _non_ascii(decoded)
    return 1 - decoded.count("\ufffd") / non_ascii if non_ascii else 0.0


#: Bytes other than ASCII letters, deleted to count the letters in C.
_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


@lru_cache(maxsize=16)
def _mostly_ascii_letters(text: str) -> bool:
    """Fewer Latin-1/cp1252 signs than ASCII letters (asked once per line, not per codec pair)."""
    return len(LATIN_SIGN.findall(text)) < len(text.encode("ascii", "ignore").translate(None, _NOT_LETTERS))


def _may_be(text: str, wrong: str, right: str) -> bool:
    """Quick C-level test: the re-decode of ``text`` is not mostly replacement characters.

    For UTF-8, it must also hold two valid multi-byte sequences: a repair is at least two
    non-ASCII characters (:func:`_reads_better`), each a valid sequence of these bytes (a
    strict decode of a slice, which a lenient decode keeps: a UTF-8 lead byte is never taken
    as part of a broken sequence before it), or one more re-decode of such text (a second pass
    from fewer than two non-ASCII characters yields at most one). English with cp1252
    mojibake (``donâ€™t``) is the common case: its GB18030 bytes hold no UTF-8 sequence."""
    data = text.encode(wrong, "ignore")
    if not data or data.isascii():
        return False
    if right == "utf-8" and _non_ascii(data.decode(right, "ignore")) < 2:
        return False
    decoded = data.decode(right, "replace")
    if decoded.count("\ufffd") > (1 - MIN_SURVIVAL) * len(decoded):
        return False
    if wrong in SINGLE_BYTE:  # Latin mojibake of Latin text is ENC004's: the repair must be CJK
        if _mostly_ascii_letters(text):
            return False  # CJK bytes shown as Latin-1 are mostly signs; Latin text mostly ASCII
        if right != "utf-8" and _valid_utf8_share(data) >= MIN_SURVIVAL:
            return False  # the bytes are UTF-8 (Cyrillic or Latin mojibake): ENC004's, not GBK/Big5
        twice = decoded.encode(wrong, "ignore").decode(right, "replace")
        if CJK.search(twice) is not None and mean_cost(twice.replace("\ufffd", "")) < NOISE_COST:
            return True
        if CJK.search(decoded) is None:
            return False
    return mean_cost(decoded.replace("\ufffd", "")) < NOISE_COST


def find_repairs(line: str, kinds: frozenset[str] = frozenset({"utf-8", "han", "latin"})) -> list[Repair]:
    """The best codec pair's repairs of ``line`` (empty when nothing reads better).

    Pieces that decode strictly and read far better are found first, grouped into damaged
    stretches; a stretch with enough evidence is re-decoded as a whole.
    """
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    pairs = []
    for wrong, right in CODEC_PAIRS:  # fast path first, for every pair: a wholly garbled line
        if _pair_kind(wrong, right) in kinds and _may_be(line, wrong, right):
            whole = _whole_stretch(line, wrong, right)
            if whole is not None:
                return [whole]
            pairs.append((wrong, right))
    best: list[Repair] = []
    best_gain = 0.0
    for wrong, right in pairs:
        pieces = []
        for start, _end, data, offsets in _encodable_runs(line, wrong):
            for i, j, text in _decoded_pieces(start, data, offsets, right):
                text = _second_pass(text, wrong, right)
                if _reads_better(line[i:j], text):
                    pieces.append(Repair(i, j, text, wrong, right))
        repairs = [r for group in _clusters(line, pieces) if _enough_evidence(line, group, wrong)
                   for r in _merge(line, group)]
        before = "".join(line[r.start:r.end] for r in repairs)
        gain = (mean_cost(before) - mean_cost("".join(r.text for r in repairs))) * len(before)
        if gain > best_gain:
            best, best_gain = repairs, gain
            if _covers(line, repairs):
                break  # the whole damage is explained; rarer codec pairs cannot do better
    return best


def _whole_stretch(line: str, wrong: str, right: str) -> Repair | None:
    """Fast path: the stretch from the first to the last non-ASCII character re-decodes as a
    whole, losing nothing more, into clearly better text (the common case of a fully garbled
    line)."""
    found = DAMAGEABLE.search(line)
    if found is None:
        return None
    start = found.start()
    end = len(line.rstrip())
    while end > start and line[end - 1].isascii():
        end -= 1
    before = line[start:end]
    after = _decode_span(before, wrong, right)
    clean = after.replace("\ufffd", "")
    repair = Repair(start, end, after, wrong, right)
    if after.count("\ufffd") > before.count("\ufffd"):
        return None
    if clean and _reads_better(before, clean) and _enough_evidence(line, [repair], wrong):
        return repair
    return None


def _covers(line: str, repairs: list[Repair]) -> bool:
    """The repairs span at least :data:`COVERED` of the line's non-ASCII characters (lost-byte
    marks aside, which no codec pair can repair)."""
    total = len(DAMAGEABLE.findall(line))
    repaired = sum(len(DAMAGEABLE.findall(line, r.start, r.end)) for r in repairs)
    return repaired >= COVERED * total


def _second_pass(text: str, wrong: str, right: str) -> str:
    """Double mojibake: the repaired text may itself be mojibake of the same kind."""
    try:
        again = text.encode(wrong).decode(right)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return again if again != text and mean_cost(again) + MIN_GAIN <= mean_cost(text) else text


class CjkMojibake(Rule):
    """What: CJK text decoded with the wrong codec: UTF-8 read as GBK/GB18030 (``鍙戝竷`` for
    ``发布``), Big5 or Shift_JIS; GBK/Big5 read as latin-1/cp1252 (``ÓÉÔÂ``); GBK and Big5
    confused; Chinese UTF-8 read as cp1252 twice.

    Why: the bytes are usually intact, so re-encoding with the wrong codec and decoding with
    the right one restores the text. A repair is kept only when it reads far better than the
    input (character frequencies); where bytes were lost (U+FFFD), the surviving parts are
    repaired and the marks stay for ENC007.
    Example: ``鍙戝竷浼氫笂`` → ``发布会上``.
    Fix safety: unsafe (the codec pair is inferred from plausibility).
    Options: none.
    """

    code = "ENC005"
    name = "cjk-mojibake"
    summary = "CJK text decoded with the wrong codec (mojibake)"

    def check(self, document, context) -> Iterable[Diagnostic]:
        if not text_is_trusted(document):
            return
        for line, kinds in suspect_lines(document):
            for repair in find_repairs(line.text, kinds):
                start, end = line.start + repair.start, line.start + repair.end
                message = (f"mojibake: {repair.right} text read as {repair.wrong}; "
                           f"{document.text[start:end][:20]!r} reads {repair.text[:20]!r}")
                yield self.diagnostic((start, end), message,
                                      Fix.unsafe(f"re-decode as {repair.right}", Edit.replace(start, end, repair.text)))
