"""The CHROME family: website boilerplate left in plain text."""
from __future__ import annotations

from .furniture import BoilerplateLine
from .prefix import MetadataPrefix
from .recurring import RecurringLine
from .repeats import RepeatedLine

RULES: list[type] = [BoilerplateLine, MetadataPrefix, RepeatedLine, RecurringLine]
