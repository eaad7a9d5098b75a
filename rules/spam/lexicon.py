"""The SPAM lexicons: plain-text term lists in ``rules/data/spam/``, read once per process.

Each file is one term per line (``#`` starts a comment) and stands for one category of one
language; whether its hits are *strong* (spam-only phrasing) or *weak* (ordinary words that spam
stacks up) is a property of the file, declared in :data:`LEXICONS`. Promo and advert files
prefix each term with its kind (``channel:``, ``cta:``, ``offer:``). Users extend or prune the lists per
rule with the ``extend-terms`` / ``allow-terms`` options, so no code change is needed for that.
"""
from __future__ import annotations

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


def read_terms(name: str) -> list[str]:
    """The entries of one data file, stripped, comments and blank lines dropped."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def terms(name: str) -> tuple[tuple[str, Label], ...]:
    """``(term, label)`` pairs of one lexicon file, lower-cased, kinds split off promo terms."""
    base = LEXICONS[name]
    out = []
    for entry in read_terms(name):
        if base.category in KINDED:
            kind, _, entry = entry.partition(":")
            out.append((entry.lower(), base._replace(kind=kind)))
        else:
            out.append((entry.lower(), base))
    return tuple(out)


@cache
def allowlist() -> tuple[str, ...]:
    """Known false friends (幹部, 港口交易 …): hits inside them are dropped."""
    return tuple(t.lower() for t in read_terms("allow.txt"))


@cache
def spam_domains() -> frozenset[str]:
    """Listed gambling/porn/scam host names (a listed domain covers its subdomains)."""
    return frozenset(read_terms("spam-domains.txt"))
