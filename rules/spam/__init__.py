"""The SPAM family of built-in rules: injected keyword stuffing, contact promos and spam links."""
from __future__ import annotations

from .stuffing import KeywordStuffing

RULES: list[type] = [KeywordStuffing]
