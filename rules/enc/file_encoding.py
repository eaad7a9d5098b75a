"""ENC001 (file not in UTF-8) and ENC002 (UTF-8 byte-order mark): how the file is stored."""
from __future__ import annotations

import codecs
from functools import lru_cache
from typing import Iterable

from doclint import Fix, Option, Rule
from doclint.model import Applicability, Diagnostic, DocumentChange, Edit
from doclint.reading import split_newlines

from .legacy import MIN_CHARS, MIN_GAIN, Detection, best_decode, iso2022, plausibility
#: Without charset-normalizer's certainty, a decode this plausible still counts as determined.
CLEAR_PLAUSIBILITY = 0.9


@lru_cache(maxsize=64)
def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


class NonUtf8File(Rule):
    """What: the file is stored in a legacy encoding (GBK, GB18030, Big5, Shift_JIS, EUC-KR,
    ISO-2022, UTF-16, cp1252 …) rather than UTF-8.

    Why: every downstream tool assumes UTF-8; a legacy file read as UTF-8 turns into mojibake.
    The detected encoding and its confidence are reported; a short file (under ~20
    characters) whose decode is not clear is reported as "undetermined" rather than guessed.
    Example: a GBK file ``b'\\xd6\\xd0\\xce\\xc4'`` → "file is encoded as gb18030 …".
    Fix safety: safe when the decode is strict and certain (the file is rewritten as UTF-8,
    text unchanged); unsafe when doclint's own re-ranking of candidate codecs overrides the
    reader's guess or the decode is not certain; display-only when undetermined.
    Options: none.
    """

    code = "ENC001"
    name = "non-utf8-file"
    summary = "File is not encoded in UTF-8"

    def check(self, document, context) -> Iterable[Diagnostic]:
        decoded = document.decoded
        encoding = _codec(decoded.encoding)
        newline = document.text.find("\n")
        span = (0, len(document.text) if newline == -1 else newline)
        if encoding == "utf-8":
            found = iso2022(document.text, document.raw) if document.raw else None
            if found is not None:
                yield self._transcode(span, document, found, "", Applicability.SAFE)
            return
        if encoding.startswith(("utf-16", "utf-32")):
            fix = Fix.safe("rewrite the file as UTF-8 without a BOM",
                           document_change=DocumentChange(encoding="utf-8", bom=False))
            yield self.diagnostic(span, f"file is encoded as {encoding.upper()}, not UTF-8", fix)
            return
        confidence = f"confidence {decoded.confidence:.2f}"
        better = best_decode(document.raw, decoded.encoding) if document.raw else None
        current = plausibility(document.text)
        if better is not None and _codec(better.encoding) != encoding \
                and better.plausibility >= current + MIN_GAIN and len(better.text) >= MIN_CHARS:
            yield self._transcode(span, document, better, f" (reader guessed {encoding}, {confidence})",
                                  Applicability.UNSAFE)
            return
        determined = decoded.certain or (len(document.text) >= MIN_CHARS and current >= CLEAR_PLAUSIBILITY)
        change = DocumentChange(encoding="utf-8")
        if not determined:
            fix = Fix((), "rewrite the file as UTF-8 (encoding not determined)", Applicability.DISPLAY_ONLY, change)
            message = f"file is not UTF-8; encoding undetermined (best guess {encoding}, {confidence})"
        else:
            applicability = Applicability.SAFE if decoded.certain else Applicability.UNSAFE
            fix = Fix((), f"rewrite the file as UTF-8 (from {encoding})", applicability, change)
            message = f"file is encoded as {encoding} ({confidence}), not UTF-8"
        yield self.diagnostic(span, message, fix)

    def _transcode(self, span, document, found: Detection, note: str, applicability: Applicability) -> Diagnostic:
        text, _newline = split_newlines(found.text)
        fix = Fix((Edit.replace(0, len(document.text), text),), f"rewrite the file as UTF-8 (from {found.encoding})",
                  applicability, DocumentChange(encoding="utf-8"))
        message = f"file is encoded as {found.encoding} (plausibility {found.plausibility:.2f}), not UTF-8{note}"
        return self.diagnostic(span, message, fix)


class Utf8Bom(Rule):
    """What: a UTF-8 file starts with a byte-order mark (EF BB BF).

    Why: UTF-8 needs no BOM; it breaks shebangs, CSV headers and file concatenation (the mark
    ends up in mid-text), as pre-commit's ``fix-byte-order-marker`` hook also reports.
    Example: ``b'\\xef\\xbb\\xbfHello'`` → ``b'Hello'``.
    Fix safety: safe, the text is unchanged; only the mark is dropped. With
    ``remove = false`` the fix is display-only.
    Options: ``remove`` (default true): whether ``--fix`` drops the BOM.
    """

    code = "ENC002"
    name = "utf8-bom"
    summary = "UTF-8 file starts with a byte-order mark"
    options_schema = {"remove": Option(True, "let --fix remove the BOM (false: report only)")}

    def check(self, document, context) -> Iterable[Diagnostic]:
        decoded = document.decoded
        if not decoded.bom or _codec(decoded.encoding) != "utf-8":
            return
        applicability = Applicability.SAFE if self.options.remove else Applicability.DISPLAY_ONLY
        fix = Fix((), "remove the byte-order mark", applicability, DocumentChange(bom=False))
        newline = document.text.find("\n")
        span = (0, len(document.text) if newline == -1 else newline)
        yield self.diagnostic(span, "UTF-8 byte-order mark at the start of the file", fix)
