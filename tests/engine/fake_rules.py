"""Deterministic rules for engine tests, registered as a plugin by the ``fake_rules`` fixture.

They are opt-in (``default_enabled = False``) so that they never run unless a test selects
them, and the built-in families never run in engine tests unless a test asks for them.
"""
from __future__ import annotations

from doclint import CorpusRule, DocumentChange, Edit, Fix, Option, Rule, hookimpl


class _TestRule(Rule):
    default_enabled = False


class ZeroWidth(_TestRule):
    """What: U+200B. Why: test. Example: a\u200bb. Fix safety: safe. Options: none."""

    code, name, summary = "ENC990", "test-zero-width", "zero-width space"

    def check(self, document, context):
        pos = document.text.find("\u200b")
        while pos != -1:
            yield self.diagnostic((pos, pos + 1), "zero-width space", Fix.safe("delete it", Edit.delete(pos, pos + 1)))
            pos = document.text.find("\u200b", pos + 1)


class MarkerLine(_TestRule):
    """What: a line reading DELETE ME. Why: test. Example: DELETE ME. Fix safety: unsafe. Options: none."""

    code, name, summary = "CHROME990", "test-marker-line", "marker line"

    def check(self, document, context):
        for line in document.lines:
            if line.text == "DELETE ME":
                yield self.diagnostic((line.start, line.end), "marker line",
                                      Fix.unsafe("delete the line", Edit.delete(line.start, document.end_with_newline(line))))


class Crash(_TestRule):
    """What: raises on BOOM. Why: test. Example: BOOM. Fix safety: none. Options: none."""

    code, name, summary = "CHROME991", "test-crash", "raises"

    def check(self, document, context):
        if "BOOM" in document.text:
            raise RuntimeError("kaboom")
        return []


class Oscillate(_TestRule):
    """What: ping/pong. Why: test. Example: ping. Fix safety: safe. Options: none."""

    code, name, summary = "MIX990", "test-oscillate", "flips ping and pong"

    def check(self, document, context):
        for word, other in (("ping", "pong"), ("pong", "ping")):
            pos = document.text.find(word)
            if pos != -1:
                yield self.diagnostic((pos, pos + 4), word, Fix.safe("flip", Edit.replace(pos, pos + 4, other)))
                return


class Grow(_TestRule):
    """What: grows forever. Why: test. Example: any. Fix safety: safe. Options: none."""

    code, name, summary = "SPAM990", "test-grow", "appends forever"

    def check(self, document, context):
        end = len(document.text)
        yield self.diagnostic((0, 0), "grow", Fix.safe("append", Edit.replace(end, end, "x")))


class WholeText(_TestRule):
    """What: flags a document reading 'drop everything'. Why: test. Example: -. Fix safety: unsafe. Options: none."""

    code, name, summary = "SPAM991", "test-drop-all", "deletes the whole text"

    def check(self, document, context):
        if document.text.startswith("drop everything"):
            yield self.diagnostic((0, len(document.text)), "drop",
                                  Fix.unsafe("delete all", Edit.delete(0, len(document.text))))


class ToUtf8(_TestRule):
    """What: not UTF-8. Why: test. Example: GBK. Fix safety: safe. Options: none."""

    code, name, summary = "ENC991", "test-to-utf8", "transcode"

    def check(self, document, context):
        if document.decoded.encoding.replace("_", "-").lower() not in ("utf-8", "ascii"):
            yield self.diagnostic((0, 0), f"file is {document.decoded.encoding}",
                                  Fix.safe("write as UTF-8", document_change=DocumentChange(encoding="utf-8")))


class Word(_TestRule):
    """What: a configured word. Why: test options. Example: foo. Fix safety: none. Options: word."""

    code, name, summary = "SPAM992", "test-word", "configured word"
    options_schema = {"word": Option("foo", "the word to flag"), "limit": Option(3, "max hits")}

    def check(self, document, context):
        pos = document.text.find(self.options.word)
        if pos != -1:
            yield self.diagnostic((pos, pos + len(self.options.word)), f"found {self.options.word}")


class Repeated(CorpusRule):
    """What: a line in many documents. Why: test. Example: -. Fix safety: none. Options: none."""

    code, name, summary = "CHROME992", "test-repeated", "line in many documents"
    default_enabled = False

    def corpus_keys(self, document):
        return [hash_line(line.text) for line in document.lines if line.text.strip()]

    def check(self, document, context):
        if context.corpus is None:
            return
        for line in document.lines:
            if line.text.strip() and context.corpus.count(hash_line(line.text)) >= 3:
                yield self.diagnostic((line.start, line.end), "site-wide line")


def hash_line(text: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


class BadSpan(_TestRule):
    """What: reports past the end of the text. Why: test. Example: -. Fix safety: none. Options: none."""

    code, name, summary = "CHROME993", "test-bad-span", "span out of range"

    def check(self, document, context):
        size = len(document.text)
        yield self.diagnostic((size, size + 3), "past the end")


@hookimpl
def doclint_rules():
    return [ZeroWidth, MarkerLine, Crash, Oscillate, Grow, WholeText, ToUtf8, Word, Repeated, BadSpan]


class ClaimSpam(_TestRule):
    """What: a line reading SPAM SPAM. Why: test claims. Example: -. Fix safety: unsafe. Options: none."""

    code, name, summary = "SPAM993", "test-claim", "claims its line"
    claims_span = True

    def check(self, document, context):
        for line in document.lines:
            if line.text.startswith("SPAM SPAM"):
                yield self.diagnostic((line.start, line.end), "spam line")


@hookimpl(specname="doclint_rules")
def more_rules():
    return [ClaimSpam]
