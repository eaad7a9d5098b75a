"""The SPAM family of built-in rules: injected keyword stuffing, contact promos, spam links and advert messages."""
from __future__ import annotations

from .advert import AdvertMessage
from .links import SpamLinks
from .promo import ContactPromo
from .stuffing import KeywordStuffing

RULES: list[type] = [KeywordStuffing, ContactPromo, SpamLinks, AdvertMessage]
