"""The SPAM lexicons: plain-text term lists in ``rules/data/spam/``, read once per process.

Each file is one term per line (``#`` starts a comment) and stands for one category of one
language; whether its hits are *strong* (spam-only phrasing) or *weak* (ordinary words that spam
stacks up) is a property of the file, declared in :data:`LEXICONS`. Promo and advert files
prefix each term with its kind (``channel:``, ``cta:``, ``offer:``). Users extend or prune the lists per
rule with the ``extend-terms`` / ``allow-terms`` options, so no code change is needed for that.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent.parent / "data" / "spam"


class Label(NamedTuple):
    """What a lexicon term means: its category, its kind within promo lists, and its strength."""

    category: str
    kind: str = ""
    strong: bool = False


#: file name -> label of its terms (promo files carry the kind per line instead).
LEXICONS: dict[str, Label] = {
    "zh-porn.txt": Label("porn", strong=True),
    "zh-gambling.txt": Label("gambling", strong=True),
    "zh-seo.txt": Label("seo"),
    "en-spam.txt": Label("spam", strong=True),
    "en-topic.txt": Label("topic"),
    "zh-promo.txt": Label("promo"),
    "en-promo.txt": Label("promo"),
    "url-words.txt": Label("url-word"),
    "zh-advert.txt": Label("advert"),
    "en-advert.txt": Label("advert"),
}
#: Categories whose files prefix each term with its kind (``offer:免费``).
KINDED = frozenset({"promo", "advert"})
#: Label of user-supplied ``extend-terms``: counted as strong evidence.
USER = Label("user", strong=True)


#: An entry line, stripped: not blank, not a comment (one regex pass over a file, so loading
#: costs a few C calls rather than several per line: it is part of every run's start-up).
_ENTRY = r"^[ \t]*([^#\s](?:[^\n]*[^\s])?)[ \t\r]*$"
#: A kinded entry line: ``kind:term``.
_KINDED_ENTRY = r"^[ \t]*([a-z]+):([^\n]*[^\s])[ \t\r]*$"


def read_terms(name: str) -> list[str]:
    """The entries of one data file, stripped, comments and blank lines dropped."""
    return re.findall(_ENTRY, (DATA / name).read_text(encoding="utf-8"), re.MULTILINE)


@cache
def terms(name: str) -> tuple[tuple[str, Label], ...]:
    """``(term, label)`` pairs of one lexicon file, lower-cased, kinds split off promo terms."""
    base = LEXICONS[name]
    text = (DATA / name).read_text(encoding="utf-8").lower()
    if base.category not in KINDED:
        return tuple([(term, base) for term in re.findall(_ENTRY, text, re.MULTILINE)])
    pairs = re.findall(_KINDED_ENTRY, text, re.MULTILINE)
    labels = {kind: base._replace(kind=kind) for kind in {kind for kind, _ in pairs}}
    return tuple([(term, labels[kind]) for kind, term in pairs])


@cache
def allowlist() -> tuple[str, ...]:
    """Known false friends (幹部, 港口交易 …): hits inside them are dropped."""
    return tuple(t.lower() for t in read_terms("allow.txt"))


@cache
def spam_domains() -> frozenset[str]:
    """Listed gambling/porn/scam host names (a listed domain covers its subdomains)."""
    return frozenset(read_terms("spam-domains.txt"))
