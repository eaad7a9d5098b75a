"""The engine-agnostic API: plain strings and dicts in, plain dicts and strings out.

Any engine that moves Python callables between processes (a process pool, Dask, Ray, Spark,
datatrove) can call :func:`lint_text`, :func:`fix_text`, :func:`clean_text` and
:func:`lint_records`: their arguments and results pickle, and each process builds its rules
once per distinct set of options (cached), so the per-document cost is the checking itself.

Selection mirrors the command line: ``select`` / ``ignore`` / ``extend_select`` take codes,
prefixes or names, ``unsafe_fixes`` allows unsafe fixes, ``config`` reads one config file's
``[tool.doclint]`` table, and ``plugins`` names extra modules (with a ``doclint_rules`` hook)
to load in every process — the way to ship custom rules to cluster workers.
"""
from __future__ import annotations

import bisect
import functools
import importlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from .config import Settings
from .document import Document
from .engine import Linter
from .model import Applicability, Diagnostic
from .rule import LintContext

__all__ = ["EngineOptions", "clean_text", "fix_text", "lint_records", "lint_text"]


@dataclass(frozen=True)
class EngineOptions:
    """Hashable selection options; one :class:`Linter` is built per distinct value per process."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    unsafe_fixes: bool = False
    config: str | None = None
    plugins: tuple[str, ...] = ()

    @classmethod
    def make(cls, select: Sequence[str] | str | None = None, ignore: Sequence[str] | str | None = None,
             extend_select: Sequence[str] | str | None = None, unsafe_fixes: bool = False,
             config: str | None = None, plugins: Sequence[str] | str = ()) -> EngineOptions:
        """Accept lists or comma-separated strings, as a caller would write them."""
        return cls(_codes(select), _codes(ignore), _codes(extend_select), bool(unsafe_fixes), config,
                   _codes(plugins) or ())

    @property
    def allowed(self) -> frozenset[Applicability]:
        if self.unsafe_fixes:
            return frozenset({Applicability.SAFE, Applicability.UNSAFE})
        return frozenset({Applicability.SAFE})


def _codes(value: Sequence[str] | str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    return tuple(v.strip() for v in items if v.strip())


@dataclass
class Engine:
    """Resolved settings and the linter they enable."""

    settings: Settings
    linter: Linter


@functools.lru_cache(maxsize=16)
def engine_for(options: EngineOptions) -> Engine:
    """Build (once per process and options) the settings and linter for ``options``.

    Raises ``doclint.config.ConfigError`` for an unknown selector or a bad config file.
    """
    from .config import read_config_file, resolve_settings
    from .registry import load_registry

    registry = load_registry()
    if options.plugins:
        registry = _with_plugins(registry, options.plugins)
    overrides = {"select": options.select, "ignore": options.ignore, "extend-select": options.extend_select}
    raw: dict[str, Any] = {}
    if options.config:
        from pathlib import Path

        raw = read_config_file(Path(options.config))
    settings = resolve_settings(raw, registry, {k: list(v) if v is not None else None for k, v in overrides.items()},
                                source=options.config)
    return Engine(settings, Linter(settings, registry))


def engines_built() -> int:
    """How many rule engines this process holds (one per option set), e.g. to check that pool
    workers started with the default engine preloaded instead of building it per chunk."""
    return engine_for.cache_info().currsize


def _with_plugins(base, modules: tuple[str, ...]):
    """A private registry: the installed rules plus those of ``modules`` (nothing global changes)."""
    from .config import ConfigError
    from .registry import RuleRegistry

    registry = RuleRegistry(dict(base.rules), list(base.errors))
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            raise ConfigError(f"plugin module '{name}' cannot be imported: {exc}") from None
        if not hasattr(module, "doclint_rules"):
            raise ConfigError(f"plugin module '{name}' has no doclint_rules hook")
        for cls in module.doclint_rules():
            registry.add(cls, name)
    return registry


@dataclass
class Checked:
    """One document after linting (and fixing when asked): everything a caller may report."""

    original: Document
    text: str
    remaining: list[Diagnostic]
    final: Document
    applied: list[Diagnostic] = field(default_factory=list)
    changed: bool = False
    source: str = ""

    @property
    def output(self) -> str:
        """The text to write back: the caller's own string when nothing changed, else the fixed
        text with the original newline style restored (documents normalise to ``"\\n"``)."""
        if not self.changed:
            return self.source
        newline = self.original.decoded.newline
        return self.text.replace("\n", newline) if newline and newline != "\n" else self.text

    @property
    def removed(self) -> int:
        """Code points removed by the applied fixes (negative when fixes added text)."""
        return len(self.original.text) - len(self.text)

    def records(self, name: str, extra: Mapping[str, Any] | None = None,
                applied: bool = False) -> list[dict[str, Any]]:
        """The remaining diagnostics as ruff-shaped dicts, located in the final text.

        With ``applied``, the fixed ones come first, marked ``"fixed": true`` and located in
        the original text (exact for fixes of the first pass, which are nearly all of them;
        a fix of a later pass was computed on an intermediate text).
        """
        from .results import locate

        out = []
        groups = [(self.remaining, self.final, False)]
        if applied:
            groups.insert(0, (self.applied, self.original, True))
        for diagnostics, document, fixed in groups:
            for diagnostic in diagnostics:
                record = locate(document, diagnostic, name).as_dict()
                if applied:
                    record["fixed"] = fixed
                if extra:
                    record.update(extra)
                out.append(record)
        return out

    def rows_by_code(self) -> dict[str, set[int]]:
        """Rows each rule pointed at: applied fixes in the original text, the rest in the final text."""
        rows: dict[str, set[int]] = {}
        for diagnostics, document in ((self.applied, self.original), (self.remaining, self.final)):
            if not diagnostics:
                continue
            starts = document.line_starts
            limit = len(document.text)
            for d in diagnostics:
                row = bisect.bisect_right(starts, min(d.span.start, limit))
                rows.setdefault(d.code, set()).add(row)
        return rows


def check_text(text: str, name: str, engine: Engine, fix: bool, corpus: Any = None,
               unsafe_fixes: bool = False) -> Checked:
    """Lint ``text`` (reported as ``name``), or fix it until stable when ``fix`` is true."""
    from .fixer import fix_document

    document = Document.from_text(text, name)
    context = LintContext(corpus=corpus)
    if not fix:
        found = engine.linter.lint(document, context)
        return Checked(document, document.text, found, document, source=text)
    allowed = EngineOptions(unsafe_fixes=unsafe_fixes).allowed
    outcome = fix_document(document, engine.linter, allowed, context, engine.settings.max_fix_removal)
    final = document.with_text(outcome.text, outcome.document_change) if outcome.changed else document
    return Checked(document, outcome.text, outcome.remaining, final, outcome.applied, outcome.changed, text)


def _check(text: str, fix: bool, options: dict[str, Any], corpus: Any, path: str) -> Checked:
    engine_options = EngineOptions.make(**options)
    return check_text(text, path, engine_for(engine_options), fix, corpus, engine_options.unsafe_fixes)


def lint_text(text: str, *, corpus: Any = None, path: str = "<text>", **options: Any) -> list[dict[str, Any]]:
    """Diagnostics of ``text`` as ruff-shaped dicts (``code``, ``location`` {row, column}, ``fix`` …).

    ``options``: ``select``, ``ignore``, ``extend_select``, ``unsafe_fixes``, ``config``, ``plugins``.
    ``corpus`` is a :class:`doclint.corpus_counts.DocumentFrequency` for cross-document rules.
    """
    return _check(text, False, options, corpus, path).records(path)


def fix_text(text: str, *, corpus: Any = None, **options: Any) -> str:
    """``text`` with every allowed fix applied (the original when nothing applies or a fix is refused)."""
    return _check(text, True, options, corpus, "<text>").output


def clean_text(text: str, *, corpus: Any = None, path: str = "<text>", **options: Any) -> dict[str, Any]:
    """Fix ``text`` and say what happened: ``text``, ``changed``, ``removed`` (code points),
    ``applied`` (codes of applied fixes, in order) and ``diagnostics`` (what remains)."""
    checked = _check(text, True, options, corpus, path)
    return {
        "text": checked.output,
        "changed": checked.changed,
        "removed": checked.removed,
        "applied": [d.code for d in checked.applied],
        "diagnostics": checked.records(path),
    }


def corpus_keys(document: Document, rules: Iterable[Any]) -> set[int]:
    """The distinct corpus keys of ``document`` for the given :class:`CorpusRule` instances.

    A rule that raises contributes nothing here; the checking pass reports it as ``DL001``.
    """
    keys: set[int] = set()
    for rule in rules:
        try:
            keys.update(rule.corpus_keys(document))
        except Exception:
            continue
    return keys


def record_text(record: Any, text_field: str) -> tuple[str | None, str | None]:
    """``(text, None)`` for a usable record, ``(None, why)`` for a malformed one."""
    if isinstance(record, str):
        return record, None
    if not isinstance(record, Mapping):
        return None, f"record is a {type(record).__name__}, not an object"
    if text_field not in record:
        return None, f"field '{text_field}' is missing"
    value = record[text_field]
    if not isinstance(value, str):
        return None, f"field '{text_field}' is {type(value).__name__}, not a string"
    return value, None


def lint_records(records: Iterable[Any], *, text_field: str = "text", id_field: str | None = None,
                 fix: bool = False, corpus: Any = None, start: int = 0, **options: Any) -> list[dict[str, Any]]:
    """Check many records (dicts with a text field, or plain strings); one result dict per record.

    Each result has ``index`` (position, counted from ``start``), ``id`` (the ``id_field`` value
    or None) and ``diagnostics`` (each also carrying ``record_id`` and ``record_index``); with
    ``fix`` also ``text``, ``changed``, ``removed`` and ``applied``. A malformed record gets
    one ``DL100`` diagnostic instead of raising.
    """
    from .corpus.malformed import malformed_record

    engine_options = EngineOptions.make(**options)
    engine = engine_for(engine_options)
    results = []
    for index, record in enumerate(records, start):
        record_id = record.get(id_field) if id_field and isinstance(record, Mapping) else None
        name = str(record_id) if record_id is not None else f"#{index}"
        extra = {"record_id": record_id, "record_index": index}
        text, problem = record_text(record, text_field)
        result: dict[str, Any] = {"index": index, "id": record_id}
        if problem is not None:
            result["diagnostics"] = [{**malformed_record(problem, name), **extra}]
            if fix:
                result.update(text=None, changed=False, removed=0, applied=[])
            results.append(result)
            continue
        checked = check_text(text, name, engine, fix, corpus, engine_options.unsafe_fixes)
        result["diagnostics"] = checked.records(name, extra)
        if fix:
            result.update(text=checked.output, changed=checked.changed, removed=checked.removed,
                          applied=[d.code for d in checked.applied])
        results.append(result)
    return results
