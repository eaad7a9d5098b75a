"""The ENC family of built-in rules: broken encodings, from whole files down to single characters."""
from __future__ import annotations

from .cjk_mojibake import CjkMojibake
from .file_encoding import NonUtf8File, Utf8Bom
from .garble import GbkByteShiftGarble
from .invisible import ControlCharacter, PrivateUseCharacter, StrayBom, ZeroWidthCharacter
from .latin_mojibake import LatinMojibake
from .signatures import LostBytesSignature
from .undecodable import UndecodableBytes

RULES: list[type] = [NonUtf8File, Utf8Bom, UndecodableBytes, LatinMojibake, CjkMojibake,
                     GbkByteShiftGarble, LostBytesSignature,
                     ControlCharacter, PrivateUseCharacter, StrayBom, ZeroWidthCharacter]
