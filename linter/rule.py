"""What a rule is: metadata, typed options and a pure ``check`` method.

A rule class declares ``code`` (family prefix + three digits), a kebab-case ``name``, a
one-line ``summary``, a docstring with What / Why / Example / Fix safety / Options sections
(``doclint rule CODE`` prints it), a default severity and typed options. Instances are built
once per worker with the resolved options and hold no other state, so the same rule runs in
any process, in any order, on any document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Mapping

from .model import Diagnostic, Fix, Severity, Span, make_diagnostic

if TYPE_CHECKING:
    from .document import Document

CODE_PATTERN = re.compile(r"^(ENC|MIX|SPAM|CHROME|DL)[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Option:
    """A typed rule option with its default and a one-line help text."""

    default: Any
    help: str
    type: type | tuple[type, ...] | None = None

    def validate(self, rule: str, key: str, value: Any) -> Any:
        expected = self.type or type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (isinstance(value, bool) and expected in (int, float)):
            names = expected.__name__ if isinstance(expected, type) else "/".join(t.__name__ for t in expected)
            raise ValueError(f"option '{key}' of rule '{rule}' must be {names}, got {value!r}")
        return value


class Options:
    """Attribute access to a rule's resolved options (``self.options.min_hits``)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key.replace("_", "-")]
        except KeyError:
            raise AttributeError(key) from None

    def __getstate__(self) -> dict[str, Any]:
        return self._values

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._values = state


@dataclass
class LintContext:
    """What a rule may know beyond the document itself.

    ``corpus`` holds cross-document line counts when the run checks many documents and a
    selected rule asked for them (see :class:`CorpusRule`); otherwise it is ``None``.
    """

    corpus: Any = None


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    options_schema: ClassVar[Mapping[str, Option]] = {}
    #: False keeps a rule out of the default selection (select it explicitly).
    default_enabled: ClassVar[bool] = True
    #: True for rules whose spans are foreign to the document (injected spam): other rules'
    #: diagnostics lying inside such a span are dropped, because the script or layout of text
    #: that has to go anyway is not worth a second report (or a competing fix).
    claims_span: ClassVar[bool] = False

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        values = {key: opt.default for key, opt in self.options_schema.items()}
        values.update(options or {})
        self.options = Options(values)

    def check(self, document: Document, context: LintContext) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def diagnostic(self, span: Span | tuple[int, int], message: str, fix: Fix | None = None,
                   notes: Iterable[str] = ()) -> Diagnostic:
        """Build a diagnostic carrying this rule's code, name and severity."""
        return make_diagnostic(self.code, self.name, message, span, self.severity, fix,
                               notes if type(notes) is tuple else tuple(notes))


class CorpusRule(Rule):
    """A rule that needs counts across every document of the run (e.g. site-wide chrome).

    The runner first calls :meth:`corpus_keys` on every document and counts in how many
    documents each key occurs (bounded memory); ``check`` then reads
    ``context.corpus.count(key)``. With a single document the counts are all 1.
    """

    def corpus_keys(self, document: Document) -> Iterable[int]:
        raise NotImplementedError


def validate_rule_class(cls: type) -> list[str]:
    """Problems with a rule class's declaration (empty when it is well-formed)."""
    problems = []
    code = getattr(cls, "code", None)
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        problems.append(f"code {code!r} is not a family prefix plus three digits")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        problems.append(f"name {name!r} is not kebab-case")
    if not getattr(cls, "summary", None):
        problems.append("summary is missing")
    if not (cls.__doc__ or "").strip():
        problems.append("docstring is missing")
    return problems
