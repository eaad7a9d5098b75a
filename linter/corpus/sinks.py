"""Writing output shards atomically and resumably.

Every output (cleaned shard, rejects, diagnostics) is written to ``NAME.doclint-partial``
next to its final name and renamed over it only when the whole run succeeded, so a reader
never sees half a shard. A checkpoint (``NAME.doclint-checkpoint.json``) records, at chunk
boundaries, how many input records are done and how long each partial file was then; a run
with ``--resume`` cuts the partial files back to those lengths and skips that many records.
Compressed JSONL is written one gzip member / zstd frame per chunk, so a cut at a chunk
boundary leaves a valid file. Parquet output is atomic but not resumable (a Parquet file has
its index at the end and cannot be appended to).
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from typing import Any

from ..writing import atomic_write
from .records import ShardError, optional_import

PARTIAL_SUFFIX = ".doclint-partial"
CHECKPOINT_SUFFIX = ".doclint-checkpoint.json"
#: Seconds between checkpoints (each one fsyncs the partial files).
CHECKPOINT_EVERY = 5.0


class PartialJsonl:
    """Appends encoded chunks to ``path + PARTIAL_SUFFIX``; :meth:`commit` renames it into place."""

    def __init__(self, path: str, resume_at: int | None = None) -> None:
        self.path = path
        self.partial = path + PARTIAL_SUFFIX
        if resume_at is None:
            self._fh = open(self.partial, "wb")
        else:
            self._fh = open(self.partial, "r+b")
            self._fh.truncate(resume_at)
            self._fh.seek(resume_at)

    @property
    def offset(self) -> int:
        return self._fh.tell()

    def write(self, data: bytes) -> None:
        if data:
            self._fh.write(data)

    def sync(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def commit(self) -> None:
        self.sync()
        self._fh.close()
        os.replace(self.partial, self.path)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


class PartialParquet:
    """Writes one row group per chunk; the schema comes from the input or the first chunk,
    plus a fixed type for the summary column (its ``codes`` map varies per record)."""

    def __init__(self, path: str, schema: Any = None, summary_field: str | None = None) -> None:
        self.path = path
        self.partial = path + PARTIAL_SUFFIX
        self._summary_field = summary_field
        self._schema = with_summary_field(schema, summary_field)
        self._writer: Any = None
        self._pa = optional_import("pyarrow", "parquet")
        self._pq = optional_import("pyarrow.parquet", "parquet")

    offset = 0  # not resumable: the checkpoint records nothing for Parquet

    def write(self, rows: list[dict]) -> None:
        if not rows:
            return
        try:
            if self._schema is None:
                data = [{k: v for k, v in row.items() if k != self._summary_field} for row in rows]
                self._schema = with_summary_field(self._pa.Table.from_pylist(data).schema, self._summary_field)
            table = self._pa.Table.from_pylist(rows, schema=self._schema)
        except (self._pa.ArrowInvalid, self._pa.ArrowTypeError) as exc:
            raise ShardError(f"{self.path}: records do not fit one Parquet schema: {exc}") from None
        if self._writer is None:
            self._schema = table.schema
            self._writer = self._pq.ParquetWriter(self.partial, table.schema)
        self._writer.write_table(table)

    def sync(self) -> None:
        """Nothing to sync: a Parquet file is only readable once closed."""

    def commit(self) -> None:
        if self._writer is None:  # no rows at all: still write a valid empty file
            schema = self._schema if self._schema is not None else self._pa.schema([])
            self._writer = self._pq.ParquetWriter(self.partial, schema)
        self._writer.close()
        os.replace(self.partial, self.path)

    def close(self) -> None:
        """After a failure: a Parquet partial cannot be resumed, so it is removed."""
        if self._writer is not None:
            self._writer.close()
        try:
            os.unlink(self.partial)
        except FileNotFoundError:
            pass


def with_summary_field(schema: Any, name: str | None) -> Any:
    """The input's Parquet schema plus the summary column (None lets the first chunk decide)."""
    if schema is None or name is None:
        return schema
    pa = optional_import("pyarrow", "parquet")
    summary = pa.struct([("codes", pa.map_(pa.string(), pa.int64())), ("removed", pa.int64()),
                         ("changed", pa.bool_()), ("rejected", pa.string()), ("malformed", pa.string())])
    return schema.append(pa.field(name, summary))


@dataclass
class Checkpoint:
    """Progress of an interrupted run: what input and options, how far, and the counts so far."""

    path: str
    fingerprint: dict[str, Any]
    records: int = 0
    offsets: dict[str, int] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    _saved_at: float = 0.0

    @classmethod
    def load(cls, path: str, fingerprint: dict[str, Any]) -> Checkpoint:
        """The checkpoint of an earlier run with the same input and options."""
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise ShardError(f"nothing to resume: {path} does not exist") from None
        except ValueError:
            raise ShardError(f"{path}: unreadable checkpoint; run again without --resume") from None
        if data.get("fingerprint") != fingerprint:
            raise ShardError(f"{path}: the input or the options changed since that run; "
                             "run again without --resume")
        return cls(path, fingerprint, data["records"], data["offsets"], data["stats"])

    def due(self) -> bool:
        return time.monotonic() - self._saved_at >= CHECKPOINT_EVERY

    def save(self, records: int, offsets: dict[str, int], stats: dict[str, Any], sinks: dict[str, Any]) -> None:
        """Sync every partial file, then record that ``records`` records end at ``offsets``."""
        for sink in sinks.values():
            sink.sync()
        self.records, self.offsets, self.stats = records, offsets, stats
        payload = {"fingerprint": self.fingerprint, "records": records, "offsets": self.offsets, "stats": stats}
        atomic_write(self.path, json.dumps(payload).encode("utf-8"))
        self._saved_at = time.monotonic()

    def remove(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
