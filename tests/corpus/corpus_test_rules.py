"""Small rules for testing corpus mode without depending on the rule families.

Loaded by module name (``plugins=("corpus_test_rules",)``, ``--plugin corpus_test_rules``) so
that worker processes started by forkserver, spawn or a Dask nanny load them too; the tests'
conftest puts this folder on ``sys.path``.
"""
from __future__ import annotations

import os
import zlib
from typing import Iterable

from doclint import CorpusRule, Diagnostic, Document, Edit, Fix, LintContext, Rule, hookimpl


class ReplacementChar(Rule):
    """What: flags U+FFFD.

    Why: decoding damage.
    Example: "caf\ufffd".
    Fix safety: safe (deletes it).
    Options: none.
    """

    code = "ENC990"
    name = "test-replacement-char"
    summary = "U+FFFD replacement character"

    def check(self, document: Document, context: LintContext) -> Iterable[Diagnostic]:
        start = document.text.find("\ufffd")
        while start != -1:
            yield self.diagnostic((start, start + 1), "replacement character",
                                  Fix.safe("delete it", Edit.delete(start, start + 1)))
            start = document.text.find("\ufffd", start + 1)


class SpamLine(Rule):
    """What: a line containing "BUY NOW".

    Why: injected spam.
    Example: "BUY NOW cheap".
    Fix safety: unsafe (deletes the line).
    Options: none.
    """

    code = "SPAM990"
    name = "test-spam-line"
    summary = "a BUY NOW line"

    def check(self, document: Document, context: LintContext) -> Iterable[Diagnostic]:
        for line in document.lines:
            if "BUY NOW" in line.text:
                end = document.end_with_newline(line)
                yield self.diagnostic((line.start, line.end), "spam line",
                                      Fix.unsafe("delete the line", Edit.delete(line.start, end)))


def line_key(text: str) -> int:
    """A hash that is the same in every process (``hash()`` is salted per process)."""
    return zlib.crc32(" ".join(text.split()).encode("utf-8"))


class RepeatedLine(CorpusRule):
    """What: a line found in at least 3 documents of the run.

    Why: site chrome.
    Example: "Home > News".
    Fix safety: safe (deletes it).
    Options: none.
    """

    code = "CHROME990"
    name = "test-repeated-line"
    summary = "a line repeated across documents"

    def corpus_keys(self, document: Document) -> Iterable[int]:
        return {line_key(line.text) for line in document.iter_nonblank_lines()}

    def check(self, document: Document, context: LintContext) -> Iterable[Diagnostic]:
        if context.corpus is None:
            return
        for line in document.iter_nonblank_lines():
            if context.corpus.count(line_key(line.text)) >= 3:
                end = document.end_with_newline(line)
                yield self.diagnostic((line.start, line.end), "repeated line",
                                      Fix.safe("delete the line", Edit.delete(line.start, end)))


class Exploding(Rule):
    """What: raises on "EXPLODE".

    Why: tests that a broken rule is reported.
    Example: "EXPLODE".
    Fix safety: none.
    Options: none.
    """

    code = "MIX990"
    name = "test-exploding"
    summary = "raises on purpose"

    def check(self, document: Document, context: LintContext) -> Iterable[Diagnostic]:
        if "EXPLODE" in document.text:
            raise RuntimeError("boom")
        return ()


class KillsItsProcess(Rule):
    """What: ends its process on "CRASH".

    Why: tests a worker that dies (out of memory, segfault).
    Example: "CRASH".
    Fix safety: none.
    Options: none.
    """

    code = "MIX991"
    name = "test-kills-its-process"
    summary = "ends the worker process on purpose"
    default_enabled = False

    def check(self, document: Document, context: LintContext) -> Iterable[Diagnostic]:
        if "CRASH" in document.text:
            os._exit(3)
        return ()


@hookimpl
def doclint_rules() -> list[type]:
    return [ReplacementChar, SpamLine, RepeatedLine, Exploding, KillsItsProcess]
