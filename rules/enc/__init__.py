"""The ENC family of built-in rules."""
from __future__ import annotations

RULES: list[type] = []
