"""The Dask integration on a distributed LocalCluster with several worker processes."""
from __future__ import annotations

import json

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from doclint.corpus.dask import corpus_counts, lint_bag, lint_dataframe  # noqa: E402 (after importorskip)

OPTIONS = {"select": ["ENC990", "SPAM990", "CHROME990"], "plugins": ["corpus_test_rules"]}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as c:
        yield c


def records() -> list[dict]:
    return [{"id": f"d{i}", "text": f"Site menu\nstory {i}" + (f"\ncaf\ufffd {i}" if i % 2 else "")} for i in range(8)]


def test_runs_on_several_worker_processes(client):
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_lint_bag_returns_fixed_text_and_diagnostics(client):
    import dask.bag as db

    bag = db.from_sequence(records(), npartitions=4)
    results = lint_bag(bag, id_field="id", **OPTIONS).compute()
    assert [r["id"] for r in results] == [f"d{i}" for i in range(8)]
    assert results[1]["text"] == "Site menu\nstory 1\ncaf 1"
    assert results[1]["applied"] == ["ENC990"]
    assert results[0]["changed"] is False and results[0]["diagnostics"] == []


def test_two_pass_chrome_on_the_cluster(client):
    import dask.bag as db

    bag = db.from_sequence(records(), npartitions=4)
    sketch = corpus_counts(bag, **OPTIONS)
    results = lint_bag(bag, id_field="id", corpus=sketch, **OPTIONS).compute()
    assert [r["text"] for r in results[:2]] == ["story 0", "story 1\ncaf 1"]
    assert sketch.compute().documents == 8


def test_lint_dataframe_adds_result_columns(client):
    import dask.dataframe as dd

    frame = pd.DataFrame({"id": [f"d{i}" for i in range(6)], "text": [r["text"] for r in records()[:6]],
                          "keep": range(6)})
    frame.loc[2, "text"] = None
    out = lint_dataframe(dd.from_pandas(frame, npartitions=3), id_column="id", **OPTIONS).compute()
    assert list(out["keep"]) == list(range(6))
    assert out["doclint_text"].iloc[1] == "Site menu\nstory 1\ncaf 1"
    assert list(out["doclint_changed"]) == [False, True, False, True, False, True]
    assert out["doclint_codes"].iloc[1] == "ENC990"
    malformed = json.loads(out["doclint_diagnostics"].iloc[2])
    assert [d["code"] for d in malformed] == ["DL100"] and malformed[0]["record_id"] == "d2"
    assert out["doclint_removed"].dtype == "int64"
