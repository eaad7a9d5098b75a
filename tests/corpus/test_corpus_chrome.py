"""Cross-document rules in corpus mode: a first pass counts corpus keys, the second flags."""
from __future__ import annotations

import pytest
from corpus_test_rules import RepeatedLine, line_key
from shards import read_shard, write_shard

from doclint import Document
from doclint.api import EngineOptions, engine_for, fix_text, lint_text
from doclint.corpus.run import Paths, corpus_counts, run
from doclint.corpus.pool import ChunkPool
from doclint.corpus.records import ShardReader
from doclint.corpus.work import Sink, WorkOptions

ENGINE = EngineOptions.make(select=["CHROME990", "ENC990"], plugins=["corpus_test_rules"])
CHROME = "Home > News > World"


def make_records() -> list[dict]:
    """Every document carries the site breadcrumb; 'Share this' is on only two of them."""
    records = []
    for i in range(12):
        lines = [CHROME, f"Story number {i} happened today."]
        if i < 2:
            lines.append("Share this")
        records.append({"text": "\n".join(lines), "n": i})
    return records


def test_engine_exposes_corpus_rules():
    assert [type(r) for r in engine_for(ENGINE).linter.corpus_rules] == [RepeatedLine]


@pytest.mark.parametrize("jobs", [1, 2])
def test_first_pass_counts_documents_per_key(tmp_path, jobs):
    src = write_shard(tmp_path / "in.jsonl", make_records())
    with ChunkPool(jobs) as pool:
        sketch = corpus_counts(pool, ShardReader(src, chunk_bytes=100), WorkOptions(ENGINE))
    assert sketch.documents == 12
    assert sketch.count(line_key(CHROME)) == 12
    assert sketch.count(line_key("Share this")) == 2
    assert sketch.count(line_key("Story number 3 happened today.")) == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_second_pass_removes_lines_repeated_across_documents(tmp_path, jobs):
    src = write_shard(tmp_path / "in.jsonl", make_records())
    out = str(tmp_path / "out.jsonl")
    options = WorkOptions(ENGINE, output=Sink("jsonl"))
    result = run(Paths(src, out), options, jobs=jobs, chunk_bytes=100)
    assert result.corpus_pass is True
    rows = read_shard(out)
    assert [r["text"] for r in rows[:3]] == ["Story number 0 happened today.\nShare this",
                                             "Story number 1 happened today.\nShare this",
                                             "Story number 2 happened today."]
    assert result.stats.rules["CHROME990"].documents == 12
    assert result.stats.rules["CHROME990"].removed == 12 * (len(CHROME) + 1)


def test_no_first_pass_without_a_corpus_rule(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records())
    options = WorkOptions(EngineOptions.make(select=["ENC990"], plugins=["corpus_test_rules"]), output=Sink("jsonl"))
    result = run(Paths(src, str(tmp_path / "out.jsonl")), options)
    assert result.corpus_pass is False
    assert read_shard(tmp_path / "out.jsonl") == make_records()


def test_api_takes_the_counts_as_corpus():
    from doclint.corpus_counts import DocumentFrequency

    sketch = DocumentFrequency()
    for i in range(3):
        sketch.add_document(RepeatedLine().corpus_keys(Document.from_text(f"{CHROME}\nbody {i}")))
    text = f"{CHROME}\nmy own body"
    assert [d["location"]["row"] for d in lint_text(text, corpus=sketch, **_opts())] == [1]
    assert fix_text(text, corpus=sketch, **_opts()) == "my own body"
    assert lint_text(text, **_opts()) == []  # no counts, no cross-document findings


def _opts() -> dict:
    return {"select": ["CHROME990"], "plugins": ["corpus_test_rules"]}


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_sketches_merge_pairwise_into_one(count):
    from doclint.corpus.run import merge_all
    from doclint.corpus_counts import DocumentFrequency

    sketches = []
    for i in range(count):
        sketch = DocumentFrequency()
        sketch.add_document([1, 100 + i])
        sketches.append(sketch)
    with ChunkPool(1) as pool:
        merged = merge_all(pool, sketches)
    if count == 0:
        assert merged is None
        return
    assert merged.documents == count
    assert merged.count(1) == count
    assert merged.count(104 if count == 5 else 100) == 1


def test_progress_reports_both_passes_in_order(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records())
    seen = []
    run(Paths(src, str(tmp_path / "out.jsonl")), WorkOptions(ENGINE, output=Sink("jsonl")), chunk_bytes=100,
        progress=lambda phase, position, records: seen.append((phase, records)))
    assert [r for p, r in seen if p == "counting"][-1] == 12
    assert [r for p, r in seen if p == "checking"][-1] == 12
    phases = [p for p, _ in seen]
    assert phases == ["counting"] * phases.count("counting") + ["checking"] * phases.count("checking")


def test_a_shard_smaller_than_one_chunk_runs_without_a_pool(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records())
    options = WorkOptions(ENGINE, output=Sink("jsonl"))
    assert run(Paths(src, str(tmp_path / "a.jsonl")), options, jobs=4).jobs == 1
    assert run(Paths(src, str(tmp_path / "b.jsonl")), options, jobs=4, chunk_bytes=100).jobs == 4
