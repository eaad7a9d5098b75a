"""The ENC family of built-in rules: broken encodings, from whole files down to single characters."""
from __future__ import annotations

from .file_encoding import NonUtf8File, Utf8Bom
from .undecodable import UndecodableBytes

RULES: list[type] = [NonUtf8File, Utf8Bom, UndecodableBytes]
