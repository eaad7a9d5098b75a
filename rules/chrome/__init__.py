"""The CHROME family: website boilerplate left in plain text."""
from __future__ import annotations

from .furniture import BoilerplateLine
from .prefix import MetadataPrefix

RULES: list[type] = [BoilerplateLine, MetadataPrefix]
