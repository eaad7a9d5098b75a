"""Rule options shared by the CHROME rules that read the phrase lists."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from doclint import Option

if TYPE_CHECKING:
    from .lexicon import Lexicon

#: the phrase-list categories (``rules/data/chrome/<category>.<lang>.txt``)
CATEGORIES = ("navigation", "share", "metadata", "ui", "footer", "related")

PHRASE_OPTIONS: dict[str, Option] = {
    f"extra-{category}": Option([], f"more {category} phrases (same syntax as rules/data/chrome/{category}.*.txt)", list)
    for category in (*CATEGORIES, "contact")
}


def lexicon_from(options: Any) -> Lexicon:
    """The data-file lexicon extended with the ``extra-*`` phrase options."""
    from .lexicon import load_lexicon  # lazy: rule modules load at start-up, data on first use

    extra = tuple((cat, tuple(str(p) for p in getattr(options, f"extra_{cat}")))
                  for cat in (*CATEGORIES, "contact") if getattr(options, f"extra_{cat}"))
    return load_lexicon(extra)
