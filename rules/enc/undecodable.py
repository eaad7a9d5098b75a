"""ENC003: runs of bytes that are not UTF-8 inside an otherwise UTF-8 file."""
from __future__ import annotations

import re
from typing import Iterable

from doclint import Fix, Rule
from doclint.model import Diagnostic, Edit

from doclint.lazyre import LazyPattern
from .legacy import plausibility

#: A run of undecodable bytes (each held as a lone surrogate U+DC80..U+DCFF by the reader),
#: with what legacy bytes decode to in between by chance: ASCII bytes (a GBK pair's trail can
#: be ASCII), stray two-byte UTF-8 sequences, and short ASCII gaps such as ``. ``.
RUN = LazyPattern("[\udc80-\udcff](?:[\udc80-\udcff\u0080-\u07ff\U00032000-\U0010ffff]"
                 "|[\\x20-\\x7e]{1,2}(?=[\udc80-\udcff]))*")
#: Legacy codecs a run is tried in; the line's scripts reorder them (kana → Japanese first …).
CJK_CODECS = ("gbk", "big5", "shift_jis", "euc_kr", "euc_jp")
#: A decoded run must read at least this well (share of plausible characters) to be trusted.
MIN_PLAUSIBILITY = 0.85


def _codec_order(line: str) -> tuple[str, ...]:
    if re.search("[\u3040-\u30ff]", line):
        return ("shift_jis", "euc_jp", "gbk", "big5", "euc_kr")
    if re.search("[\uac00-\ud7a3]", line):
        return ("euc_kr", "gbk", "big5", "shift_jis", "euc_jp")
    return CJK_CODECS


#: A UTF-8 sequence cut short: its bytes are a fragment, not a legacy character.
TRUNCATED_UTF8 = LazyPattern(rb"[\xc2-\xf4][\x80-\xbf]{0,2}")


def decode_run(raw: bytes, line: str) -> tuple[str, str] | None:
    """The most plausible strict legacy decode of ``raw`` in a line of this script, if any."""
    if TRUNCATED_UTF8.fullmatch(raw):
        return None
    best: tuple[float, str, str] | None = None
    for rank, codec in enumerate(_codec_order(line)):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text) - rank * 0.01
        if len(text.strip()) >= 2 and score >= MIN_PLAUSIBILITY and (best is None or score > best[0]):
            best = (score, codec, text)
    if best is None and re.fullmatch(rb"[\x80-\xff]+", raw) and re.search("[A-Za-z]", line):
        text = raw.decode("cp1252", "replace")
        if text.isalpha():
            return "cp1252", text
    return None if best is None else (best[1], best[2])


class UndecodableBytes(Rule):
    """What: bytes that are not valid UTF-8 inside a file that is otherwise UTF-8 (a GBK or
    Big5 sentence pasted into a UTF-8 page, stray or truncated bytes).

    Why: a whole-file detector has no answer for such files; each run is reported with its
    exact byte offset and length, and the rest of the file is never lost.
    Example: ``各种`` written as GBK bytes ``b8 f7 d6 d6`` in a UTF-8 line.
    Fix safety: unsafe. When the run decodes strictly and plausibly in a legacy CJK codec in
    the line's context (or cp1252 in Latin text), the run is replaced by that decode;
    otherwise the bytes are deleted.
    Options: none.
    """

    code = "ENC003"
    name = "undecodable-bytes"
    summary = "Bytes that are not UTF-8 inside a UTF-8 file"

    def check(self, document, context) -> Iterable[Diagnostic]:
        if not document.decoded.undecodable:
            return
        text = document.text
        crlf = document.decoded.newline == "\r\n"
        for line in document.lines:
            if not re.search("[\udc80-\udcff]", line.text):
                continue
            for match in RUN.finditer(line.text):
                start, end = line.start + match.start(), line.start + match.end()
                raw = match.group().encode("utf-8", "surrogateescape")
                offset = len(text[:start].encode("utf-8", "surrogateescape")) + (line.row - 1 if crlf else 0)
                decoded = decode_run(raw, line.text)
                follower = text[end:end + 1]
                if decoded is None and follower.isascii() and follower.isprintable() and follower:
                    decoded = decode_run(raw + follower.encode(), line.text)  # an ASCII trail byte
                    end += decoded is not None
                where = f"{len(raw)} undecodable byte{'s' if len(raw) > 1 else ''} at byte offset {offset}"
                if decoded is not None:
                    codec, replacement = decoded
                    fix = Fix.unsafe(f"decode the run as {codec}: {replacement!r}", Edit.replace(start, end, replacement))
                    message = f"{where} ({raw.hex(' ')}); they read as {codec}: {replacement!r}"
                else:
                    keep = "".join(ch for ch in match.group() if not "\udc80" <= ch <= "\udcff")
                    fix = Fix.unsafe("delete the undecodable bytes", Edit.replace(start, end, keep))
                    message = f"{where} ({raw.hex(' ')}); no legacy codec reads them"
                yield self.diagnostic((start, end), message, fix)
