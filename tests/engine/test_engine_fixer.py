"""The fixer's guarantees: all-or-nothing fixes, merge rules, convergence and refusals."""
from __future__ import annotations

from doclint import Applicability, Diagnostic, Document, Edit, Fix, Span
from doclint.config import resolve_settings
from doclint.engine import Linter
from doclint.fixer import apply_one_pass, fix_document
from doclint.registry import load_registry

SAFE = frozenset({Applicability.SAFE})
ALL = frozenset({Applicability.SAFE, Applicability.UNSAFE})


def diag(code: str, *edits: Edit) -> Diagnostic:
    return Diagnostic(code, "x", "m", Span(0, 0), fix=Fix.safe("f", *edits))


def linter(*codes: str, **raw) -> Linter:
    registry = load_registry()
    return Linter(resolve_settings({"select": list(codes), **raw}, registry), registry)


def test_non_overlapping_fixes_apply_together():
    text, applied, _ = apply_one_pass("abcdef", [diag("A001", Edit.delete(0, 1)), diag("B001", Edit.replace(3, 4, "X"))])
    assert text == "bcXef"
    assert [d.code for d in applied] == ["A001", "B001"]


def test_larger_change_wins_at_the_same_start():
    small = diag("A001", Edit.delete(0, 1))
    large = diag("B001", Edit.delete(0, 3))
    text, applied, _ = apply_one_pass("abcdef", [small, large])
    assert text == "def"
    assert [d.code for d in applied] == ["B001"]


def test_identical_edits_merge():
    a = diag("A001", Edit.delete(2, 4))
    b = diag("B001", Edit.delete(2, 4))
    text, applied, _ = apply_one_pass("abcdef", [a, b])
    assert text == "abef"
    assert {d.code for d in applied} == {"A001", "B001"}


def test_fix_is_all_or_nothing():
    first = diag("A001", Edit.delete(1, 3))
    # second fix has one edit clear of the first and one overlapping: neither of its edits applies
    second = diag("B001", Edit.replace(5, 6, "Z"), Edit.delete(2, 4))
    text, applied, _ = apply_one_pass("abcdefg", [first, second])
    assert text == "adefg"
    assert [d.code for d in applied] == ["A001"]


def test_fix_document_converges_and_reports_remaining(fake_rules):
    doc = Document.from_text("a\u200bb\u200bc\nDELETE ME\nend\n")
    outcome = fix_document(doc, linter("ENC990", "CHROME990"), SAFE)
    assert outcome.text == "abc\nDELETE ME\nend\n"
    assert [d.code for d in outcome.remaining] == ["CHROME990"]
    outcome = fix_document(doc, linter("ENC990", "CHROME990"), ALL)
    assert outcome.text == "abc\nend\n" and outcome.remaining == []


def test_oscillating_fixes_are_refused(fake_rules):
    outcome = fix_document(Document.from_text("ping\n"), linter("MIX990"), SAFE)
    assert outcome.text == "ping\n" and not outcome.changed
    assert outcome.remaining[-1].code == "DL002"
    assert "oscillate" in outcome.remaining[-1].message


def test_fixes_that_never_settle_hit_the_cap(fake_rules):
    outcome = fix_document(Document.from_text("a"), linter("SPAM990"), SAFE)
    assert outcome.text == "a"
    assert outcome.remaining[-1].code == "DL002"
    assert "10 passes" in outcome.remaining[-1].message


def test_fix_removing_most_of_the_document_is_refused(fake_rules):
    doc = Document.from_text("drop everything " + "x" * 100)
    outcome = fix_document(doc, linter("SPAM991"), ALL)
    assert outcome.text == doc.text and not outcome.changed
    assert outcome.remaining[-1].code == "DL003"
    allowed = fix_document(doc, linter("SPAM991"), ALL, max_removal=1.0)
    assert allowed.text == ""


def test_settings_promote_and_demote_fix_safety(fake_rules):
    doc = Document.from_text("x\nDELETE ME\n")
    promoted = fix_document(doc, linter("CHROME990", **{"extend-safe-fixes": ["CHROME990"]}), SAFE)
    assert promoted.text == "x\n"
    doc = Document.from_text("a\u200bb")
    demoted = fix_document(doc, linter("ENC990", **{"extend-unsafe-fixes": ["ENC"]}), SAFE)
    assert demoted.text == "a\u200bb"
    unfixable = linter("ENC990", unfixable=["ENC990"]).lint(doc)
    assert unfixable[0].fix.applicability is Applicability.DISPLAY_ONLY


def test_claimed_spans_silence_other_rules_inside_them(fake_rules):
    doc = Document.from_text("SPAM SPAM a\u200bb\nkeep c\u200bd\n")
    found = linter("SPAM993", "ENC990").lint(doc)
    assert [(d.code, d.span.start) for d in found] == [("SPAM993", 0), ("ENC990", 20)]
