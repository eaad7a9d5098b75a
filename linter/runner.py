"""Checking many files: discovery, the worker pool, fixing and writing, in a stable order.

Each file is read, opened through the ``doclint_open_document`` hook, linted (or fixed until
stable) and turned into small located records in a worker process; the parent only gathers
them in input order. When a selected rule needs cross-document counts, a first pass counts
line keys across all files before the second pass checks them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Sequence

from .config import ConfigResolver, Settings
from .corpus_counts import DocumentFrequency
from .document import Document
from .engine import Linter
from .fixer import fix_document
from .internal import internal
from .model import Applicability, Severity
from .plugins import load_plugins
from .reading import BinaryFileError, encode_text
from .registry import load_registry
from .results import FileReport, Report, locate
from .rule import LintContext
from .writing import atomic_write

STDIN = "-"
#: Below this many files a process pool costs more than it saves.
POOL_MIN_FILES = 16


class PathError(ValueError):
    """A path given on the command line does not exist."""


@dataclass(frozen=True)
class RunOptions:
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    jobs: int = 1
    stdin_filename: str = STDIN

    @property
    def allowed(self) -> frozenset[Applicability]:
        if self.unsafe_fixes:
            return frozenset({Applicability.SAFE, Applicability.UNSAFE})
        return frozenset({Applicability.SAFE})

    @property
    def fixing(self) -> bool:
        return self.fix or self.diff


def discover(paths: Sequence[str], resolver: ConfigResolver) -> list[tuple[str, Settings]]:
    """Files to check with their settings: explicit files always, folders walked with globs."""
    found: list[tuple[str, Settings]] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            found.append((STDIN, resolver.for_path(os.getcwd())))
            continue
        if not os.path.lexists(path):
            raise PathError(f"{path}: no such file or directory")
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                settings = resolver.for_path(os.path.join(root, "x"))
                dirs[:] = sorted(d for d in dirs if not settings.is_excluded(os.path.join(root, d)))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if settings.is_included(full) and not settings.is_excluded(full) and full not in seen:
                        seen.add(full)
                        found.append((full, settings))
        elif path not in seen:
            seen.add(path)
            found.append((path, resolver.for_path(path)))
    return found


# -- the per-file work, identical in the parent and in workers -------------------------------
_linters: dict[int, Linter] = {}
_settings_table: list[Settings] = []
_corpus: DocumentFrequency | None = None


def _init_worker(settings_table: list[Settings], corpus: DocumentFrequency | None) -> None:
    global _settings_table, _corpus
    _settings_table = settings_table
    _corpus = corpus
    _linters.clear()


def _linter(index: int) -> Linter:
    if index not in _linters:
        _linters[index] = Linter(_settings_table[index], load_registry())
    return _linters[index]


def _read(path: str, settings: Settings, stdin_data: bytes | None) -> bytes | FileReport:
    if path == STDIN:
        return stdin_data or b""
    try:
        size = os.path.getsize(path)
        if size > settings.max_file_size:
            return _problem(path, "DL008", f"skipped: {size / 1e6:.1f} MB is over max-file-size "
                                           f"({settings.max_file_size / 1e6:.1f} MB)")
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        return _problem(path, "DL005", f"cannot read file: {exc.strerror or exc}")


def _problem(path: str, code: str, message: str, severity: Severity = Severity.ERROR) -> FileReport:
    doc = Document.from_text("", path)
    return FileReport(path, [locate(doc, internal(code, message, severity), path)])


def open_document(path: str, data: bytes, settings: Settings) -> Document:
    """Ask the readers (plugins first, plain text last) to turn bytes into a document."""
    return load_plugins().manager.hook.doclint_open_document(path=path, data=data, settings=settings)


def process_file(path: str, index: int, options: RunOptions, stdin_data: bytes | None = None) -> FileReport:
    """Lint (or fix) one file and return its located records."""
    settings = _settings_table[index]
    data = _read(path, settings, stdin_data)
    if isinstance(data, FileReport):
        return data
    if not data:
        return _problem(path, "DL006", "empty file: nothing to check", Severity.WARNING)
    try:
        document = open_document(path, data, settings)
    except BinaryFileError as exc:
        return _problem(path, "DL007", f"skipped: {exc}", Severity.WARNING)
    filename = options.stdin_filename if path == STDIN else path
    context = LintContext(corpus=_corpus)
    linter = _linter(index)
    if not options.fixing:
        return FileReport(filename, [locate(document, d, filename) for d in linter.lint(document, context)])
    outcome = fix_document(document, linter, options.allowed, context, settings.max_fix_removal)
    final = document.with_text(outcome.text, outcome.document_change)
    report = FileReport(filename, [locate(final, d, filename) for d in outcome.remaining],
                        applied=[(d.code, d.fix.message) for d in outcome.applied if d.fix])
    if not outcome.changed:
        if path == STDIN and options.fix:
            report.fixed_text = document.text
        return report
    new_bytes = encode_text(outcome.text, document.decoded, outcome.document_change.encoding,
                            outcome.document_change.bom)
    if options.diff:
        report.diff = unified_diff(filename, document.text, outcome.text)
    elif path == STDIN:
        report.fixed_text = outcome.text
    elif new_bytes != data:
        atomic_write(path, new_bytes)
        report.written = True
    return report


def unified_diff(filename: str, before: str, after: str) -> str:
    import difflib  # only for --diff

    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{filename}", tofile=f"b/{filename}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _corpus_keys(path: str, index: int) -> list[int]:
    settings = _settings_table[index]
    data = _read(path, settings, None)
    if isinstance(data, FileReport) or not data:
        return []
    try:
        document = open_document(path, data, settings)
    except BinaryFileError:
        return []
    keys: set[int] = set()
    for rule in _linter(index).corpus_rules:
        keys.update(rule.corpus_keys(document))
    return list(keys)


def _process_task(task: tuple[str, int, RunOptions]) -> FileReport:
    return process_file(*task)


def _keys_task(task: tuple[str, int]) -> list[int]:
    return _corpus_keys(*task)


def _map(func, tasks: list, jobs: int, corpus: DocumentFrequency | None) -> Iterable:
    """Results in task order, handed over one by one (the corpus-keys pass must not hold every
    file's keys at once, or its memory grows with the run)."""
    if jobs <= 1 or len(tasks) < POOL_MIN_FILES:
        yield from map(func, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor  # lazy: most hook runs check a few files

    chunksize = max(1, min(64, len(tasks) // (jobs * 8)))
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                   initargs=(_settings_table, corpus))
    try:
        yield from executor.map(func, tasks, chunksize=chunksize)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def run(paths: Sequence[str], resolver: ConfigResolver, options: RunOptions,
        stdin_data: bytes | None = None) -> Report:
    """Check ``paths`` and return the report in input order."""
    files = discover(paths, resolver)
    table: list[Settings] = []
    index_of: dict[int, int] = {}
    tasks = []
    for path, settings in files:
        if id(settings) not in index_of:
            index_of[id(settings)] = len(table)
            table.append(settings)
        tasks.append((path, index_of[id(settings)], options))
    _init_worker(table, None)
    corpus = None
    if len(tasks) > 1 and any(_linter(i).corpus_rules for i in range(len(table))):
        corpus = DocumentFrequency()
        for keys in _map(_keys_task, [(p, i) for p, i, _ in tasks if p != STDIN], options.jobs, None):
            corpus.add_document(keys)
        _init_worker(table, corpus)
    if stdin_data is not None:
        reports = [process_file(p, i, o, stdin_data) if p == STDIN else None for p, i, o in tasks]
        rest = [t for t, r in zip(tasks, reports) if r is None]
        done = iter(_map(_process_task, rest, options.jobs, corpus))
        return Report([r if r is not None else next(done) for r in reports])
    return Report(list(_map(_process_task, tasks, options.jobs, corpus)))
