"""Which Chinese script (Simplified or Traditional) a piece of text is written in.

Only characters that one script alone writes decide (国/國, 说/說); the thousands that both
write (干, 于, 后, 里, 云, 着) say nothing. The classes come from OpenCC's dictionaries (see
``rules/data/mix/build_han.py``). Scanning is done with compiled character classes so that the
common case, a document in one script, costs two C-level regex scans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .tables import char_class, han_classes

SIMPLIFIED = "S"
TRADITIONAL = "T"
SCRIPT_NAMES = {SIMPLIFIED: "Simplified", TRADITIONAL: "Traditional"}


@dataclass(frozen=True)
class HanPatterns:
    """Compiled classes: ``only[S]``/``only[T]`` one-script characters, ``either`` both as groups."""

    only: dict[str, re.Pattern[str]]
    either: re.Pattern[str]
    styles: dict[str, frozenset[str]]


@lru_cache(maxsize=None)
def patterns() -> HanPatterns:
    classes = han_classes()
    s_class, t_class = char_class("".join(classes["S"])), char_class("".join(classes["T"]))
    return HanPatterns(
        only={SIMPLIFIED: re.compile(s_class), TRADITIONAL: re.compile(t_class)},
        either=re.compile(f"({s_class})|({t_class})"),
        styles={name: classes[name] for name in ("STD", "TW", "HK")},
    )


def other(script: str) -> str:
    return TRADITIONAL if script == SIMPLIFIED else SIMPLIFIED


def script_positions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Offsets of the one-script characters in ``text[start:end]`` with their script."""
    found = patterns().either.finditer(text, start, len(text) if end is None else end)
    return [(m.start(), SIMPLIFIED if m.lastindex == 1 else TRADITIONAL) for m in found]


def traditional_style(text: str) -> str:
    """The Traditional standard ``text`` follows: ``tw`` (為, 裡, 著), ``hk`` (説, 綫) or ``std``
    (OpenCC's 爲, 裏, 着), from the variant forms it holds; used to pick the converter."""
    styles = patterns().styles
    counts = {name: sum(text.count(c) for c in chars) for name, chars in styles.items()}
    best = max(("TW", "HK"), key=lambda name: counts[name])
    return best.lower() if counts[best] > counts["STD"] else "std"
