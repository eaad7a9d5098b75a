"""The per-chunk work, identical in the parent (one job) and in pool workers.

A worker parses its records, checks (and fixes) each text, decides where the record goes
(output, rejects, or nowhere for unparsable lines without a rejects file), serialises and
compresses its own output so that the parent only appends bytes in order, and counts.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..api import Checked, EngineOptions, check_text, corpus_keys, engine_for, record_text
from ..document import Document
from .malformed import MALFORMED_CODE, MALFORMED_NAME, malformed_record
from .records import Chunk
from .stats import Stats

REFUSED_CODE = "DL003"  # the fixer refused: the fixes would remove most of the document


@dataclass(frozen=True)
class Sink:
    """Where one kind of record goes: format (``jsonl``/``parquet``) and compression."""

    format: str
    compression: str | None = None


@dataclass(frozen=True)
class Thresholds:
    """When a document goes to the rejects file instead of the output."""

    removed_share: float | None = None  # fixes removed more than this share of the text
    flagged_share: float | None = None  # this share of the non-blank lines was flagged
    codes: frozenset[str] = frozenset()  # any diagnostic of these codes or code prefixes

    def reason(self, checked: Checked, rows: dict[str, set[int]]) -> str | None:
        """Why ``checked`` is rejected, or None to keep it."""
        original = checked.original
        if any(d.code == REFUSED_CODE for d in checked.remaining):
            return "fix-refused"
        hit = sorted(code for code in rows if code.startswith(tuple(self.codes))) if self.codes else []
        if hit:
            return "codes:" + ",".join(hit)
        if self.removed_share is not None and original.text:
            share = checked.removed / len(original.text)
            if share > self.removed_share:
                return f"removed:{share:.2f}"
        if self.flagged_share is not None and rows:
            nonblank = sum(1 for line in original.lines if line.text.strip())
            flagged = len(set().union(*rows.values()))
            share = flagged / max(1, nonblank)
            if share > self.flagged_share:
                return f"flagged:{share:.2f}"
        return None


@dataclass(frozen=True)
class WorkOptions:
    """Everything a worker needs to process a chunk; picklable."""

    engine: EngineOptions = EngineOptions()
    source: str = "<shard>"
    text_field: str = "text"
    id_field: str | None = None
    fix: bool = True
    summary_field: str | None = None
    output: Sink | None = None
    rejects: Sink | None = None
    diagnostics: Sink | None = None
    thresholds: Thresholds = Thresholds()


@dataclass
class ChunkResult:
    """What a chunk produced, ready to append: encoded bytes (JSONL) or rows (Parquet)."""

    start: int
    count: int
    output: Any = None
    rejects: Any = None
    diagnostics: bytes | None = None
    stats: Stats = field(default_factory=Stats)


_corpus: Any = None


def warm(engine: EngineOptions) -> None:
    """Build this process's rules before the first chunk (pool start-up)."""
    engine_for(engine)


def set_corpus(corpus: Any) -> None:
    """Install the cross-document counts for this process (the checking pass reads them)."""
    global _corpus
    _corpus = corpus


def process_chunk(chunk: Chunk, options: WorkOptions) -> ChunkResult:
    """Check every record of ``chunk``; see the module docstring."""
    engine = engine_for(options.engine)
    stats = Stats(records=len(chunk.items), input_bytes=chunk.nbytes)
    kept: list[Any] = []
    rejected: list[Any] = []
    diagnostics: list[dict[str, Any]] = []
    for index, item in enumerate(chunk.items, chunk.start):
        record, problem = parse(item)
        record_id = record.get(options.id_field) if options.id_field and isinstance(record, dict) else None
        where = {"record_id": record_id, "record_index": index}
        if problem is None:
            text, problem = record_text(record, options.text_field)
        if problem is not None:
            diagnostics.append({**malformed_record(problem, options.source), **where})
            _route_malformed(item, record, problem, options, stats, kept, rejected)
            continue
        checked = check_text(text, options.source, engine, options.fix, _corpus, options.engine.unsafe_fixes)
        rows = checked.rows_by_code()
        _count(stats, checked, rows)
        reason = options.thresholds.reason(checked, rows) if options.rejects is not None else None
        if options.diagnostics is not None:
            diagnostics.extend(checked.records(options.source, where, applied=options.fix))
        if options.output is None and options.rejects is None:
            continue
        summary = {"codes": {code: len(r) for code, r in sorted(rows.items())}, "removed": checked.removed,
                   "changed": checked.changed and reason is None, "rejected": reason}
        if reason is not None:
            stats.rejected += 1
            rejected.append(_summarised(record, options, summary))
            continue
        if checked.changed:
            stats.changed += 1
            stats.removed += checked.removed
            record = {**record, options.text_field: checked.output}
        elif _verbatim(item, options):
            kept.append(item)  # unchanged: the input line as it was, byte for byte
            continue
        kept.append(_summarised(record, options, summary))
    return ChunkResult(chunk.start, len(chunk.items), encode(kept, options.output), encode(rejected, options.rejects),
                       encode(diagnostics, options.diagnostics), stats)


def parse(item: Any) -> tuple[Any, str | None]:
    """A record from a raw JSONL line (bytes) or a Parquet row (dict); a problem for bad JSON."""
    if not isinstance(item, (bytes, str)):
        return item, None
    try:
        return json.loads(item), None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return None, f"bad JSON: {exc}"


def _verbatim(item: Any, options: WorkOptions) -> bool:
    """An unchanged record can be copied as its raw JSONL line (no summary field to add)."""
    return (isinstance(item, bytes) and options.summary_field is None and options.output is not None
            and options.output.format == "jsonl")


def _raw_text(item: Any) -> str:
    if isinstance(item, bytes):
        return item.decode("utf-8", "replace").rstrip("\r\n")
    return str(item)


def _summarised(record: dict, options: WorkOptions, summary: dict[str, Any]) -> dict:
    if options.summary_field is None:
        return record
    return {**record, options.summary_field: summary}


def _count(stats: Stats, checked: Checked, rows: dict[str, set[int]]) -> None:
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    removed: dict[str, int] = {}
    for diagnostic in (*checked.applied, *checked.remaining):
        names[diagnostic.code] = diagnostic.name
        counts[diagnostic.code] = counts.get(diagnostic.code, 0) + 1
    for diagnostic in checked.applied:
        if diagnostic.fix is not None:
            removed[diagnostic.code] = removed.get(diagnostic.code, 0) + diagnostic.fix.removed_chars
    for code, name in names.items():
        rule = stats.rule(code, name)
        rule.documents += 1
        rule.lines += len(rows.get(code, ()))
        rule.diagnostics += counts[code]
        rule.removed += removed.get(code, 0)


def _route_malformed(item: Any, record: Any, problem: str, options: WorkOptions, stats: Stats,
                     kept: list[Any], rejected: list[Any]) -> None:
    """Count a malformed record; a valid JSON object passes through unchanged, an unparsable
    line goes to the rejects file when there is one (it has no fields to keep otherwise)."""
    stats.malformed += 1
    rule = stats.rule(MALFORMED_CODE, MALFORMED_NAME)
    rule.documents += 1
    rule.diagnostics += 1
    if isinstance(record, dict):
        kept.append(_summarised(record, options, {"malformed": problem}))
    elif options.rejects is not None:
        rejected.append({"doclint_raw": _raw_text(item), "doclint_reason": "malformed"})


def _json_line(value: Any) -> bytes:
    line = json.dumps(value, ensure_ascii=False, default=str)
    try:
        return line.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates (undecodable bytes) stay as \\u escapes
        return json.dumps(value, ensure_ascii=True, default=str).encode("ascii") + b"\n"


def encode(records: list[Any], sink: Sink | None) -> Any:
    """Records as the sink wants them: JSONL bytes (one compressed frame per chunk) or rows."""
    if sink is None:
        return None
    if sink.format == "parquet":
        return records
    data = b"".join(r if isinstance(r, bytes) else _json_line(r) for r in records)
    if not data or sink.compression is None:
        return data
    return compress(data, sink.compression)


def compress(data: bytes, compression: str) -> bytes:
    """One self-contained gzip member or zstd frame: concatenated, they form a valid file,
    and a partial output can be cut at any chunk boundary (resume)."""
    if compression == "gzip":
        import gzip

        return gzip.compress(data, compresslevel=6, mtime=0)
    from .records import optional_import

    return optional_import("zstandard", "zstd").ZstdCompressor(level=3).compress(data)


_sketch: Any = None


def count_chunk(chunk: Chunk, options: WorkOptions) -> int:
    """First pass of a cross-document run: add the chunk's corpus keys to this process's sketch;
    return how many records the chunk held.

    The sketch stays in the process (shipping a few-MB sketch back per chunk would cost more
    than counting); :func:`take_sketch` hands it over once at the end of the pass.
    """
    global _sketch
    from ..corpus_counts import DocumentFrequency

    rules = engine_for(options.engine).linter.corpus_rules
    if _sketch is None:
        _sketch = DocumentFrequency()
    for item in chunk.items:
        record, problem = parse(item)
        text = None if problem else record_text(record, options.text_field)[0]
        if text is None:
            continue
        _sketch.add_document(corpus_keys(Document.from_text(text, options.source), rules))
    return len(chunk.items)


def take_sketch() -> Any:
    """This process's first-pass sketch (None when it counted nothing), reset for the next run."""
    global _sketch
    sketch, _sketch = _sketch, None
    return sketch


def merge_pair(pair: tuple[Any, Any], _options: Any = None) -> Any:
    """Two first-pass sketches added into one (a step of the parallel tree merge)."""
    first, second = pair
    first.merge(second)
    return first
