"""Clean documents of many kinds and languages: every rule of every family stays silent.

The texts in ``tests/clean_documents/`` were written for these tests in the shapes that cost
linters their users' trust: a notice signed by its office with a contact line, a contract's
party fields, a résumé, a spec sheet, a chat log and a changelog stamped with dates and times,
a schedule, a poem, an FAQ, a press release's media contact, a letter, Persian with its
zero-width non-joiners, Hebrew with its direction marks, emoji joined by ZWJ, Russian with
Latin brand names in hyphenated words, Ukrainian and Kazakh letters that look Latin,
Cantonese characters, Portuguese capitals with tildes, soft hyphens, and articles about
lotteries and scam hotlines.
"""
from __future__ import annotations

from pathlib import Path

import pytest

CLEAN = Path(__file__).parent / "clean_documents"
DOCUMENTS = sorted(CLEAN.glob("*.txt"))


def test_there_are_clean_documents_of_many_kinds():
    assert len(DOCUMENTS) >= 40
    assert {path.name.split("_")[0] for path in DOCUMENTS} == {"en", "lang", "zh"}


def test_every_rule_is_silent_on_the_clean_documents_checked_together(cli):
    # one run, as a pre-commit hook checks a folder: the cross-document rule sees them all
    result = cli("check", "--isolated", "--output-format", "concise", CLEAN)
    assert result.out == "All checks passed!\n", result.out
    assert result.code == 0


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_rule_is_silent_on_each_clean_document(path):
    from doclint.api import lint_text

    assert lint_text(path.read_text(encoding="utf-8"), select=["ALL"]) == []
