"""Turn a file's bytes into text without losing a byte.

Order: byte-order mark, then strict UTF-8 (the common case, fast), then "UTF-8 with a few
broken runs" (decoded with ``surrogateescape`` so each bad byte survives as a lone surrogate
that rules can point at and the writer can restore), and only then charset-normalizer for
legacy encodings. charset-normalizer is imported lazily: it costs startup time and most files
never need it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Below this many characters charset-normalizer's guesses are unreliable (it guesses wrong
#: under ~20 characters and settles from ~50): such guesses are reported as undetermined.
MIN_CERTAIN_CHARS = 50
#: A legacy decode is "certain" only above this charset-normalizer coherence score.
MIN_CERTAIN_CONFIDENCE = 0.8

_VALID_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: C0 controls that text never holds (ESC, SO and SI are ISO-2022's shift codes: kept).
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x10-\x1a\x1c-\x1f]")
#: Tried in order when charset-normalizer has no answer (it gives up on some short CJK files).
FALLBACK_CODECS = ("gb18030", "big5hkscs", "shift_jis", "euc_jp", "cp949", "johab")


class BinaryFileError(ValueError):
    """The bytes are not text in any encoding we read (NUL bytes, control-byte soup)."""


@dataclass(frozen=True)
class Decoded:
    """A decoded file and everything needed to write it back byte-for-byte.

    ``text`` has its newlines normalised to ``"\\n"`` when the file used one style
    consistently (``newline`` keeps that style); a file with mixed newlines keeps them raw
    (``newline`` is ``None``) so that nothing changes on write. ``certain`` is False for a
    legacy-encoding guess too weak to act on: fixes then refuse to write the file.
    ``undecodable`` is True when invalid UTF-8 bytes are held as lone surrogates.
    """

    text: str
    encoding: str
    confidence: float
    bom: bool
    newline: str | None
    certain: bool = True
    undecodable: bool = False


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of C0 controls in the first 8 KiB mean a binary file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return bool(head) and len(_BINARY_CONTROL.findall(head)) > max(8, len(head) // 100)


def split_newlines(text: str) -> tuple[str, str | None]:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if crlf and not cr and not lf:
        return text.replace("\r\n", "\n"), "\r\n"
    if cr and not crlf and not lf:
        return text.replace("\r", "\n"), "\r"
    if crlf or cr:
        return text, None  # mixed: keep every byte where it is
    return text, "\n"


def _decode_bom(data: bytes) -> Decoded | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                return None
            text, newline = split_newlines(text)
            return Decoded(text, encoding, 1.0, True, newline)
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few foreign runs: valid multi-byte sequences clearly outnumber bad bytes."""
    valid = len(_VALID_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", "surrogateescape")
    invalid_bytes = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    return valid >= 4 and valid >= invalid_bytes


def _decode_legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # lazy: heavy import, rarely needed

    best = from_bytes(data).best()
    if best is None:
        return _decode_fallback(data)
    encoding = best.encoding
    text = str(best)
    confidence = round(max(0.0, 1.0 - best.chaos), 3)
    try:
        lossless = text.encode(encoding) == data
    except (UnicodeEncodeError, LookupError):
        lossless = False
    certain = lossless and confidence >= MIN_CERTAIN_CONFIDENCE and len(text) >= MIN_CERTAIN_CHARS
    text, newline = split_newlines(text)
    return Decoded(text, encoding, confidence, False, newline, certain=certain)


def _decode_fallback(data: bytes) -> Decoded:
    """The first legacy codec that decodes ``data`` strictly, marked uncertain."""
    for encoding in FALLBACK_CODECS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        text, newline = split_newlines(text)
        return Decoded(text, encoding, 0.0, False, newline, certain=False)
    raise BinaryFileError("not text in any known encoding")


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as described in the module docstring; raise BinaryFileError for binaries."""
    with_bom = _decode_bom(data)
    if with_bom is not None:
        return with_bom
    if looks_binary(data):
        raise BinaryFileError("binary file (NUL or control bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        text, newline = split_newlines(text)
        return Decoded(text, "utf-8", 1.0, False, newline)
    if _mostly_utf8(data):
        text, newline = split_newlines(data.decode("utf-8", "surrogateescape"))
        return Decoded(text, "utf-8", 1.0, False, newline, undecodable=True)
    return _decode_legacy(data)


def encode_text(text: str, decoded: Decoded, encoding: str | None = None, bom: bool | None = None) -> bytes:
    """Encode ``text`` back the way ``decoded`` was read, or with a new encoding/BOM choice."""
    encoding = encoding or decoded.encoding
    bom = decoded.bom if bom is None else bom
    if decoded.newline and decoded.newline != "\n":
        text = text.replace("\n", decoded.newline)
    errors = "surrogateescape" if encoding.replace("_", "-").lower() in ("utf-8", "utf8") else "strict"
    body = text.encode(encoding, errors)
    if bom:
        wanted = codecs.lookup(encoding).name
        for mark, name in BOMS:
            if codecs.lookup(name).name == wanted:
                return mark + body
    return body
