"""Rule options shared by the CHROME rules that read the phrase lists."""
from __future__ import annotations

from typing import Any

from doclint import Option

from .lexicon import CATEGORIES, Lexicon, load_lexicon

PHRASE_OPTIONS: dict[str, Option] = {
    f"extra-{category}": Option([], f"more {category} phrases (same syntax as rules/data/chrome/{category}.*.txt)", list)
    for category in (*CATEGORIES, "contact")
}


def lexicon_from(options: Any) -> Lexicon:
    """The data-file lexicon extended with the ``extra-*`` phrase options."""
    extra = tuple((cat, tuple(str(p) for p in getattr(options, f"extra_{cat}")))
                  for cat in (*CATEGORIES, "contact") if getattr(options, f"extra_{cat}"))
    return load_lexicon(extra)
