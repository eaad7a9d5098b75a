"""Converting a span between Simplified and Traditional Chinese with OpenCC.

OpenCC (the ``opencc`` package, C++ with its phrase tables) is used rather than a character
table: one-to-many characters (干→幹/乾, 发→發/髮, 后→後/后, 里→裡/裏) need the phrase
context, and on OpenCC's own test cases a first-candidate character table gets far fewer
strings right (figures in ``bench/RESULTS.md (MIX section)``). It is imported on first use only.
"""
from __future__ import annotations

from functools import lru_cache

from doclint.lazyre import LazyPattern

#: (target script, Traditional style of the text) -> OpenCC configuration
CONFIGS = {
    ("T", "std"): "s2t", ("T", "tw"): "s2tw", ("T", "hk"): "s2hk",
    ("S", "std"): "t2s", ("S", "tw"): "tw2s", ("S", "hk"): "hk2s",
}


@lru_cache(maxsize=None)
def _converter(config: str):  # -> opencc.OpenCC
    import opencc

    return opencc.OpenCC(config)


#: Lone surrogates: how the reader keeps undecodable bytes (lossless). OpenCC takes UTF-8 and
#: cannot encode them, so the text around them is converted piece by piece.
SURROGATES = LazyPattern("[\ud800-\udfff]+")


def convert(text: str, target: str, style: str = "std") -> str:
    """``text`` in the ``target`` script; ``style`` (std/tw/hk) is the Traditional standard
    to write (target Traditional) or to read (target Simplified). Lone surrogates (undecodable
    bytes) are kept as they are."""
    converter = _converter(CONFIGS[(target, style)])
    if text.isascii() or SURROGATES.search(text) is None:
        return converter.convert(text)
    pieces, at = [], 0
    for run in SURROGATES.finditer(text):
        pieces += [converter.convert(text[at:run.start()]), run.group()]
        at = run.end()
    pieces.append(converter.convert(text[at:]))
    return "".join(pieces)


def convert_span(text: str, start: int, end: int, target: str, style: str = "std",
                 context: tuple[int, int] | None = None) -> str:
    """``text[start:end]`` converted, reading the surrounding ``context`` range when given so
    that phrase tables see whole words; falls back to the bare span when the conversion of
    the context does not keep its length (positions would not line up)."""
    if context is not None:
        a, b = context
        converted = convert(text[a:b], target, style)
        if len(converted) == b - a:
            return converted[start - a:end - a]
    return convert(text[start:end], target, style)

