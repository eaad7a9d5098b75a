"""One corpus run: optional first pass for cross-document counts, then check, route and write.

The parent reads chunks, the pool checks them, and the parent appends each chunk's encoded
records to the partial outputs in input order, checkpointing as it goes (see ``sinks``).
Nothing is renamed into place until every record is done; an interrupted run leaves its
partial files and checkpoint for ``--resume``.
"""
from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable

from ..api import engine_for
from .pool import ChunkPool
from .records import ShardError, ShardReader, shard_format
from .sinks import CHECKPOINT_SUFFIX, Checkpoint, PartialJsonl, PartialParquet
from .stats import Stats
from .work import WorkOptions, count_chunk, merge_pair, process_chunk, warm


#: Assumed ratio of text to compressed bytes when sizing the pool for a small shard.
COMPRESSION_GUESS = 4


@dataclass(frozen=True)
class Paths:
    """The input shard and the files a run writes (None: not wanted)."""

    input: str
    output: str | None = None
    rejects: str | None = None
    diagnostics: str | None = None

    def written(self) -> dict[str, str]:
        return {k: v for k, v in (("output", self.output), ("rejects", self.rejects),
                                  ("diagnostics", self.diagnostics)) if v}


@dataclass
class RunResult:
    stats: Stats
    seconds: float
    corpus_pass: bool
    jobs: int


#: Called after each chunk with (phase, bytes of the input read so far, records done so far).
Progress = Callable[[str, int, int], None]


def check_paths(paths: Paths) -> None:
    """Refuse runs that would overwrite the input or write two outputs to one file."""
    shard_format(paths.input)
    written = paths.written()
    for name, path in written.items():
        if name == "diagnostics" and shard_format(path)[0] != "jsonl":
            raise ShardError(f"{path}: diagnostics are written as JSONL (.jsonl, .jsonl.gz or .jsonl.zst)")
        if os.path.exists(path) and os.path.samefile(path, paths.input):
            raise ShardError(f"{path}: the {name} file would overwrite the input; doclint never cleans in place")
    if len(set(map(os.path.abspath, written.values()))) < len(written):
        raise ShardError("the output, rejects and diagnostics files must differ")


def _fingerprint(paths: Paths, options: WorkOptions) -> dict[str, Any]:
    info = os.stat(paths.input)
    return {"input": os.path.abspath(paths.input), "size": info.st_size, "mtime_ns": info.st_mtime_ns,
            "paths": paths.written(), "options": repr(options)}


def _open_sinks(paths: Paths, options: WorkOptions, reader: ShardReader,
                offsets: dict[str, int] | None) -> dict[str, Any]:
    sinks: dict[str, Any] = {}
    for name, path in paths.written().items():
        if name != "diagnostics" and shard_format(path)[0] == "parquet":
            if offsets is not None:
                raise ShardError(f"{path}: Parquet output cannot be resumed; run again without --resume")
            sinks[name] = PartialParquet(path, reader.schema(), options.summary_field)
        else:
            sinks[name] = PartialJsonl(path, None if offsets is None else offsets.get(name, 0))
    return sinks


def corpus_counts(pool: ChunkPool, reader: ShardReader, options: WorkOptions,
                  progress: Progress | None = None) -> Any:
    """First pass: how many documents hold each corpus key (a merged count-min sketch)."""
    done = 0
    for count in pool.map(count_chunk, reader.chunks(), options):
        done += count
        if progress is not None:
            progress("counting", reader.position(), done)
    return merge_all(pool, pool.sketches())


def merge_all(pool: ChunkPool, sketches: list[Any]) -> Any:
    """One sketch from many, merged pairwise in the pool (a merge walks every counter in
    Python, so sixteen merges in a row would cost more than the whole first pass)."""
    if not sketches:
        return None
    while len(sketches) > 1:
        pairs = list(zip(sketches[0::2], sketches[1::2]))
        sketches = [*pool.map(merge_pair, pairs, None), *sketches[2 * len(pairs):]]
    return sketches[0]


def run(paths: Paths, options: WorkOptions, jobs: int = 1, resume: bool = False,
        progress: Progress | None = None, chunk_bytes: int = 1 << 20) -> RunResult:
    """Check (and clean) ``paths.input``; see the module docstring."""
    check_paths(paths)
    started = time.perf_counter()
    reader = ShardReader(paths.input, chunk_bytes=chunk_bytes)
    checkpoint = _checkpoint(paths, options, resume)
    if reader.size * (COMPRESSION_GUESS if reader.compression else 1) <= chunk_bytes:
        jobs = 1  # one chunk: starting workers would cost more than the whole run
    with ChunkPool(jobs, warm, options.engine) as pool:
        corpus = None
        if engine_for(options.engine).linter.corpus_rules:
            corpus = corpus_counts(pool, reader, options, progress)
            pool.install_corpus(corpus)
        stats = _checking_pass(pool, paths, options, reader, checkpoint if resume else None, checkpoint, progress)
    return RunResult(stats, time.perf_counter() - started, corpus is not None, jobs)


def _checkpoint(paths: Paths, options: WorkOptions, resume: bool) -> Checkpoint | None:
    """The checkpoint to resume from (``resume``) or to write (None when nothing is written)."""
    anchor = paths.output or paths.rejects or paths.diagnostics
    if not anchor:
        if resume:
            raise ShardError("--resume needs an output, rejects or diagnostics file")
        return None
    fingerprint = _fingerprint(paths, options)
    if resume:
        return Checkpoint.load(anchor + CHECKPOINT_SUFFIX, fingerprint)
    return Checkpoint(anchor + CHECKPOINT_SUFFIX, fingerprint)


def _checking_pass(pool: ChunkPool, paths: Paths, options: WorkOptions, reader: ShardReader,
                   resumed: Checkpoint | None, checkpoint: Checkpoint | None, progress: Progress | None) -> Stats:
    """Second (or only) pass: check every chunk and append the results in order."""
    stats = Stats.from_dict(resumed.stats) if resumed else Stats()
    skip = resumed.records if resumed else 0
    sinks = _open_sinks(paths, options, reader, resumed.offsets if resumed else None)
    resumable = checkpoint is not None and not any(isinstance(s, PartialParquet) for s in sinks.values())
    mark = (skip, {name: sink.offset for name, sink in sinks.items()}, asdict(stats))
    try:
        for result in pool.map(process_chunk, reader.chunks(skip), options):
            for name, sink in sinks.items():
                sink.write(getattr(result, name))
            stats.merge(result.stats)
            done = result.start + result.count
            if resumable:  # where a resume may start: this chunk is whole in every file
                mark = (done, {name: sink.offset for name, sink in sinks.items()}, asdict(stats))
                if checkpoint.due():
                    checkpoint.save(*mark, sinks)
            if progress is not None:
                progress("checking", reader.position(), done)
        for sink in sinks.values():
            sink.commit()
    except BaseException:
        if resumable:
            checkpoint.save(*mark, sinks)
        for sink in sinks.values():
            sink.close()
        raise
    if checkpoint is not None:
        checkpoint.remove()
    return stats
