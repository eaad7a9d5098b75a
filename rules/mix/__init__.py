"""The MIX family of built-in rules: mixed scripts where a document should use one."""
from __future__ import annotations

from .fullwidth import FullwidthAlnum
from .homoglyph import Homoglyph
from .pinyin_glue import PinyinGlue
from .script_mix import SimplifiedTraditionalMix

RULES: list[type] = [SimplifiedTraditionalMix, PinyinGlue, Homoglyph, FullwidthAlnum]
