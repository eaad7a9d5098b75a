"""CHROME004 recurring-line: site-wide lines across the documents of one run, bounded memory."""
from __future__ import annotations

import json
import subprocess
import sys

from doclint import Document
from doclint.model import Applicability
from doclint.corpus_counts import DocumentFrequency
from doclint.rules.chrome.recurring import RecurringLine

FOOTER = "Example Gazette, 12 Harbour Road. Subscribe to our weekly letter"
ARTICLES = [
    "The harbour master said ships would wait outside the port until the storm passed.",
    "Fishermen welcomed the new quay, which doubles the space for unloading the catch.",
    "The ferry timetable changes on Monday, with two extra sailings on summer weekends.",
    "A local school raised enough money to restore the old lighthouse lamp this year.",
]


def _documents(footer_in: int = 4) -> list[str]:
    """Four pages: own text (rows 1-3), a shared sentence (row 4), the footer on some (row 5)."""
    return [f"{body}\n{body[::-1]}\n{body.upper()}\nIt was a busy week in town.\n"
            f"{FOOTER if i < footer_in else 'See you next week.'}\n" for i, body in enumerate(ARTICLES)]


def _counts(texts: list[str], rule: RecurringLine) -> DocumentFrequency:
    counts = DocumentFrequency(width=1 << 12)
    for text in texts:
        counts.add_document(rule.corpus_keys(Document.from_text(text)))
    return counts


def test_line_in_enough_documents_is_reported(check):
    texts = _documents()
    counts = _counts(texts, RecurringLine())
    for text in texts:
        result = check(text, "CHROME004", corpus=counts)
        assert result.rows() == [4, 5]  # the shared sentence and the footer
        assert result.diagnostics[-1].message == "line occurs in 4 documents of this run"
        assert FOOTER not in result.fixed()
        assert {d.fix.applicability for d in result.diagnostics} == {Applicability.DISPLAY_ONLY}


def test_delete_option_makes_the_deletion_an_unsafe_fix(check):
    texts = _documents()
    counts = _counts(texts, RecurringLine())
    result = check(texts[0], "CHROME004", corpus=counts, CHROME004={"delete": True})
    assert {d.fix.applicability for d in result.diagnostics} == {Applicability.UNSAFE}
    assert FOOTER not in result.fixed()


def test_digits_and_script_variant_do_not_hide_a_repeat():
    rule = RecurringLine()
    keys = [set(rule.corpus_keys(Document.from_text(t)))
            for t in ("版權所有 2019 某某網\n", "版权所有 2024 某某网\n")]
    assert keys[0] == keys[1]


def test_min_documents_option(check):
    texts = _documents(footer_in=2)
    counts = _counts(texts, RecurringLine())
    assert check(texts[0], "CHROME004", corpus=counts).rows() == [4]
    loose = check(texts[0], "CHROME004", corpus=counts, CHROME004={"min-documents": 2})
    assert loose.rows() == [4, 5]


def test_duplicate_documents_are_left_to_deduplication(check):
    texts = [ARTICLES[0] + "\n" + FOOTER + "\n"] * 3 + [ARTICLES[1] + "\n"]
    counts = _counts(texts, RecurringLine())
    assert check(texts[0], "CHROME004", corpus=counts).diagnostics == []


def test_single_document_runs_report_nothing(check):
    assert check(_documents()[0], "CHROME004").diagnostics == []


def test_memory_is_the_fixed_sketch():
    counts = DocumentFrequency()
    before = counts.nbytes
    rule = RecurringLine()
    for i in range(2000):
        counts.add_document(rule.corpus_keys(Document.from_text(f"unique line number {i} here\n{FOOTER}\n")))
    assert counts.nbytes == before
    assert counts.count(next(iter(rule.corpus_keys(Document.from_text(FOOTER))))) == 2000


def test_through_the_runner(tmp_path):
    for i, text in enumerate(_documents()):
        (tmp_path / f"page{i}.txt").write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "doclint", "check", "--select", "CHROME004",
                          "--output-format", "json", str(tmp_path)], capture_output=True, text=True)
    rows = sorted((d["filename"].rsplit("/", 1)[-1], d["location"]["row"]) for d in json.loads(out.stdout))
    assert rows == [(f"page{i}.txt", r) for i in range(4) for r in (4, 5)]
