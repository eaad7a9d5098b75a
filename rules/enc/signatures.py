"""ENC007: the visible traces of lost bytes — U+FFFD, 锟斤拷, 烫烫烫, 屯屯屯."""
from __future__ import annotations

from typing import Iterable

from doclint import Edit, Fix, Rule
from doclint.model import Diagnostic

from doclint.lazyre import LazyPattern
from .legacy import text_is_trusted
from .scan import matches_at, suspect_kinds

#: ``锟斤拷`` is U+FFFD's UTF-8 bytes (EF BF BD) read as GBK; a run of them, or 锟 pairs
#: that swallowed a neighbouring byte (``锟絣``), marks text that went GBK → UTF-8 → GBK.
#: ``烫``/``屯`` are MSVC's uninitialised stack/heap bytes (0xCC/0xCD) read as GBK.
SIGNATURE = LazyPattern("(?:锟斤拷|锟[\u4e00-\u9fff]{1,2}(?=锟))+(?:锟[\u4e00-\u9fff]{1,2})?"
                       "|烫{3,}|屯{3,}|\ufffd+")
_NAMES = {"锟": "锟斤拷 (U+FFFD bytes read as GBK)", "烫": "烫烫烫 (uninitialised stack bytes 0xCC)",
          "屯": "屯屯屯 (uninitialised heap bytes 0xCD)", "\ufffd": "replacement character U+FFFD"}


class LostBytesSignature(Rule):
    """What: the replacement character U+FFFD and the classic signatures of lost bytes in
    Chinese text: ``锟斤拷`` (U+FFFD's bytes read as GBK), ``烫烫烫`` and ``屯屯屯`` (memory
    that was never written, read as GBK).

    Why: each marks bytes a converter could not decode and threw away; the text there is
    gone and the line should be re-fetched or dropped.
    Example: ``希锟斤拷锟斤拷百尺`` → ``希百尺``; ``caf\\ufffd`` is reported.
    Fix safety: unsafe for 锟斤拷/烫烫烫/屯屯屯 (deleted; what they replaced cannot be
    recovered); display-only for U+FFFD, which marks where text was lost (ftfy keeps it too).
    Options: none.
    """

    code = "ENC007"
    name = "lost-bytes-signature"
    summary = "Replacement character or 锟斤拷/烫烫烫 signature of lost bytes"

    def check(self, document, context) -> Iterable[Diagnostic]:
        text = document.text
        if "lost" not in suspect_kinds(text) or not text_is_trusted(document):
            return
        for match in matches_at(text, SIGNATURE, "lost"):
            start, end = match.span()
            message = f"{_NAMES[match.group()[0]]} ({end - start} characters)"
            if match.group()[0] == "\ufffd":  # a repair of its neighbours may have left it: keep by default
                fix = Fix.display_only("delete the replacement characters", Edit.delete(start, end))
            else:
                fix = Fix.unsafe("delete the lost-byte marks", Edit.delete(start, end))
            yield self.diagnostic((start, end), message, fix)
