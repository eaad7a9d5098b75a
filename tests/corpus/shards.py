"""Writing small test shards in every supported format."""
from __future__ import annotations

import gzip
import json
from typing import Any


def jsonl_bytes(records: list[Any]) -> bytes:
    """One JSON object per line; a ``bytes`` item is written as that raw line (malformed input)."""
    lines = [r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    return b"".join(line + b"\n" for line in lines)


def write_shard(path, records: list[Any]) -> str:
    """Write ``records`` to ``path`` in the format its suffix names; return the path as a string."""
    path = str(path)
    if path.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(records), path, row_group_size=7)
        return path
    data = jsonl_bytes(records)
    if path.endswith(".gz"):
        data = gzip.compress(data)
    elif path.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def read_shard(path) -> list[dict]:
    """Every record of a shard written by doclint."""
    path = str(path)
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    elif path.endswith(".zst"):
        import io

        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True).read()
    return [json.loads(line) for line in data.splitlines() if line.strip()]
