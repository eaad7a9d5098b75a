"""Rule options shared by the CHROME rules that read the phrase lists."""
from __future__ import annotations

from typing import Any

from doclint import Option

#: the phrase-list categories (``rules/data/chrome/<category>.<lang>.txt``)
CATEGORIES = ("navigation", "share", "metadata", "ui", "footer", "related")

PHRASE_OPTIONS: dict[str, Option] = {
    f"extra-{category}": Option([], f"more {category} phrases (same syntax as rules/data/chrome/{category}.*.txt)", list)
    for category in (*CATEGORIES, "contact")
}


def phrase_extra(options: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The ``extra-*`` phrase options as ((category, phrases), ...), hashable for the caches."""
    return tuple((cat, tuple(str(p) for p in getattr(options, f"extra_{cat}")))
                 for cat in (*CATEGORIES, "contact") if getattr(options, f"extra_{cat}"))

