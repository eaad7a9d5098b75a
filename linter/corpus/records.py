"""Reading record shards in chunks: ``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst`` and ``.parquet``.

The reader never parses JSON: it hands raw lines to the workers (parsing is a large share of
the work and parallelises with it) and only counts bytes for the progress bar. A chunk is cut
at a byte or record budget, so memory stays flat whatever the shard size. zstandard and
pyarrow are optional extras, imported only when such a file is opened.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO, Any, Iterator

#: Suffix → (format, compression). Longest suffixes first.
FORMATS: tuple[tuple[str, str, str | None], ...] = (
    (".jsonl.gz", "jsonl", "gzip"),
    (".jsonl.zst", "jsonl", "zstd"),
    (".jsonl.zstd", "jsonl", "zstd"),
    (".ndjson", "jsonl", None),
    (".jsonl", "jsonl", None),
    (".parquet", "parquet", None),
)


class ShardError(ValueError):
    """A shard cannot be read or written (unknown suffix, missing optional dependency)."""


def shard_format(path: str) -> tuple[str, str | None]:
    """``(format, compression)`` from the file name."""
    lower = path.lower()
    for suffix, fmt, compression in FORMATS:
        if lower.endswith(suffix):
            return fmt, compression
    known = ", ".join(s for s, _, _ in FORMATS)
    raise ShardError(f"{path}: unknown shard type (expected one of {known})")


def optional_import(module: str, extra: str) -> Any:
    """Import an optional dependency or explain which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ShardError(f"{module} is needed for this file: pip install 'doclint[{extra}]'") from None


@dataclass
class Chunk:
    """Consecutive records: raw JSONL lines (bytes) or Parquet rows (dicts)."""

    start: int
    items: list[Any]
    nbytes: int


class ShardReader:
    """Yields :class:`Chunk` objects of a shard, and how far into the file it has read."""

    def __init__(self, path: str, chunk_bytes: int = 1 << 20, chunk_records: int = 2000) -> None:
        self.path = path
        self.format, self.compression = shard_format(path)
        self.chunk_bytes = chunk_bytes
        self.chunk_records = chunk_records
        self.size = os.path.getsize(path)
        self._position = 0

    def position(self) -> int:
        """Bytes of the file consumed so far (compressed bytes for compressed shards)."""
        return self._position

    def chunks(self, skip: int = 0) -> Iterator[Chunk]:
        """Every chunk in order, after skipping the first ``skip`` records (resume)."""
        if self.format == "parquet":
            yield from self._parquet_chunks(skip)
        else:
            yield from self._jsonl_chunks(skip)

    def _jsonl_chunks(self, skip: int) -> Iterator[Chunk]:
        with open(self.path, "rb") as raw:
            stream = self._decompressed(raw)
            items: list[bytes] = []
            nbytes = 0
            index = 0
            for line in stream:
                if line.isspace():
                    continue  # blank lines are not records
                index += 1
                if index <= skip:
                    continue
                if not line.endswith(b"\n"):
                    line += b"\n"  # the last line of a file without a final newline
                items.append(line)
                nbytes += len(line)
                if nbytes >= self.chunk_bytes or len(items) >= self.chunk_records:
                    self._position = raw.tell()
                    yield Chunk(index - len(items), items, nbytes)
                    items, nbytes = [], 0
            self._position = self.size
            if items:
                yield Chunk(index - len(items), items, nbytes)

    def _decompressed(self, raw: IO[bytes]) -> IO[bytes]:
        import io

        if self.compression == "gzip":
            import gzip

            return io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"), buffer_size=1 << 20)
        if self.compression == "zstd":
            zstandard = optional_import("zstandard", "zstd")
            reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
            return io.BufferedReader(reader, buffer_size=1 << 20)
        return io.BufferedReader(raw, buffer_size=1 << 20)

    def _parquet_chunks(self, skip: int) -> Iterator[Chunk]:
        parquet = optional_import("pyarrow.parquet", "parquet")
        file = parquet.ParquetFile(self.path)
        rows = max(1, file.metadata.num_rows)
        index = 0
        for batch in file.iter_batches(batch_size=self.chunk_records):
            first = index
            index += batch.num_rows
            self._position = self.size * index // rows
            if index <= skip:
                continue
            items = batch.to_pylist()[max(0, skip - first):]
            yield Chunk(max(first, skip), items, batch.nbytes)

    def schema(self) -> Any:
        """The Parquet schema of the input (None for JSONL)."""
        if self.format != "parquet":
            return None
        return optional_import("pyarrow.parquet", "parquet").read_schema(self.path)
