"""Reading shards: formats, chunking, skipping (resume) and malformed records."""
from __future__ import annotations

import json

import pytest
from shards import write_shard

from doclint.corpus.records import ShardError, ShardReader, shard_format
from doclint.corpus.work import parse

RECORDS = [{"id": i, "text": f"document {i}\nsecond line"} for i in range(40)]


@pytest.mark.parametrize("name", ["s.jsonl", "s.jsonl.gz", "s.jsonl.zst", "s.parquet"])
def test_every_format_yields_every_record_in_order(tmp_path, name):
    path = write_shard(tmp_path / name, RECORDS)
    reader = ShardReader(path, chunk_bytes=200, chunk_records=6)
    chunks = list(reader.chunks())
    records = [parse(item)[0] for chunk in chunks for item in chunk.items]
    assert records == RECORDS
    assert [c.start for c in chunks] == [sum(len(c.items) for c in chunks[:i]) for i in range(len(chunks))]
    assert max(len(c.items) for c in chunks) <= 7
    assert reader.position() == reader.size


@pytest.mark.parametrize("name", ["s.jsonl.zst", "s.parquet"])
def test_skip_starts_after_the_done_records(tmp_path, name):
    path = write_shard(tmp_path / name, RECORDS)
    chunks = list(ShardReader(path, chunk_records=6).chunks(skip=17))
    assert chunks[0].start == 17
    assert [parse(i)[0]["id"] for c in chunks for i in c.items] == list(range(17, 40))


def test_blank_lines_are_not_records(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"text": "a"}\n\n   \n{"text": "b"}\n')
    items = [i for c in ShardReader(str(path)).chunks() for i in c.items]
    assert [json.loads(i)["text"] for i in items] == ["a", "b"]


def test_bad_json_is_a_problem_not_an_exception():
    assert parse(b'{"text": "a"')[0] is None
    assert parse(b'{"text": "a"')[1].startswith("bad JSON: ")
    assert parse(b"\xff\xfe{}")[1].startswith("bad JSON: ")
    assert parse({"text": "row"}) == ({"text": "row"}, None)


def test_unknown_suffix_is_refused():
    assert shard_format("a/b.JSONL.GZ") == ("jsonl", "gzip")
    with pytest.raises(ShardError, match="unknown shard type"):
        shard_format("data.csv")
