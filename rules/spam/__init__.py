"""The SPAM family of built-in rules: injected keyword stuffing, contact promos and spam links."""
from __future__ import annotations

from .links import SpamLinks
from .promo import ContactPromo
from .stuffing import KeywordStuffing

RULES: list[type] = [KeywordStuffing, ContactPromo, SpamLinks]
