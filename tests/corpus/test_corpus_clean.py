"""``doclint clean`` end to end: cleaning, order, formats, malformed records, rejects,
statistics, atomic and resumable output."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from shards import read_shard, write_shard

from doclint.cli import main
from doclint.corpus import run as corpus_run
from doclint.corpus.sinks import CHECKPOINT_SUFFIX, PARTIAL_SUFFIX

TEST_RULES = ["--plugin", "corpus_test_rules", "--select", "ENC990,SPAM990", "--progress", "never"]


def make_records(n: int = 60) -> list[dict]:
    """Every third record has a U+FFFD (safe fix), every fifth a spam line (unsafe fix)."""
    records = []
    for i in range(n):
        lines = [f"Paragraph {i} about the harbour."]
        if i % 3 == 0:
            lines.append(f"caf\ufffd number {i}")
        if i % 5 == 0:
            lines.append("BUY NOW cheap pills")
        lines.append("The end.")
        records.append({"id": f"doc-{i}", "text": "\n".join(lines), "lang": "en", "n": i})
    return records


def clean(*args: str) -> int:
    return main(["clean", *args, *TEST_RULES])


def test_clean_fixes_texts_and_keeps_every_other_field(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records())
    before = Path(src).read_bytes()
    assert clean(src, "-o", str(tmp_path / "out.jsonl"), "-j", "1") == 0
    out = read_shard(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [f"doc-{i}" for i in range(60)]
    assert out[3] == {"id": "doc-3", "text": "Paragraph 3 about the harbour.\ncaf number 3\nThe end.",
                      "lang": "en", "n": 3}
    assert out[5]["text"] == "Paragraph 5 about the harbour.\nBUY NOW cheap pills\nThe end."
    assert out[1] == make_records()[1]
    assert Path(src).read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl", "out.jsonl"]


def test_unsafe_fixes_and_summary_field(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records(16))
    assert clean(src, "-o", str(tmp_path / "out.jsonl"), "--unsafe-fixes", "--summary-field", "dl", "-j", "1") == 0
    out = read_shard(tmp_path / "out.jsonl")
    assert out[15]["text"] == "Paragraph 15 about the harbour.\ncaf number 15\nThe end."
    assert out[15]["dl"] == {"codes": {"ENC990": 1, "SPAM990": 1}, "removed": 21, "changed": True, "rejected": None}
    assert out[1]["dl"] == {"codes": {}, "removed": 0, "changed": False, "rejected": None}


def test_two_jobs_keep_input_order_and_match_one_job(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records(300))
    assert clean(src, "-o", str(tmp_path / "one.jsonl"), "-j", "1", "--chunk-mb", "0.001") == 0
    assert clean(src, "-o", str(tmp_path / "two.jsonl"), "-j", "2", "--chunk-mb", "0.001") == 0
    assert Path(tmp_path / "two.jsonl").read_bytes() == Path(tmp_path / "one.jsonl").read_bytes()
    assert [r["n"] for r in read_shard(tmp_path / "two.jsonl")] == list(range(300))


@pytest.mark.parametrize("src_name,out_name", [("in.jsonl.gz", "out.jsonl.zst"), ("in.jsonl.zst", "out.jsonl.gz"),
                                               ("in.parquet", "out.parquet"), ("in.jsonl", "out.parquet")])
def test_formats_round_trip(tmp_path, src_name, out_name):
    src = write_shard(tmp_path / src_name, make_records(30))
    out = str(tmp_path / out_name)
    assert clean(src, "-o", out, "--summary-field", "dl", "-j", "2", "--chunk-mb", "0.0005") == 0
    rows = read_shard(out)
    assert [r["n"] for r in rows] == list(range(30))
    assert rows[3]["text"] == "Paragraph 3 about the harbour.\ncaf number 3\nThe end."
    assert rows[3]["dl"]["changed"] is True and rows[3]["dl"]["removed"] == 1
    assert dict(rows[3]["dl"]["codes"]) == {"ENC990": 1}


def test_malformed_records_are_diagnostics_and_the_run_goes_on(tmp_path):
    records = [{"id": "a", "text": "ok"}, b'{"id": "b", "text": ', {"id": "c"}, {"id": "d", "text": ["x"]},
               {"id": "e", "text": "bad\ufffd"}]
    src = write_shard(tmp_path / "in.jsonl", records)
    out, rejects, diags = (str(tmp_path / n) for n in ("out.jsonl", "rej.jsonl", "diag.jsonl"))
    assert clean(src, "-o", out, "--rejects", rejects, "--diagnostics", diags, "--id-field", "id", "-j", "1") == 0
    assert [r["id"] for r in read_shard(out)] == ["a", "c", "d", "e"]
    assert read_shard(out)[3]["text"] == "bad"
    assert read_shard(rejects) == [{"doclint_raw": '{"id": "b", "text": ', "doclint_reason": "malformed"}]
    found = [(d["code"], d["record_index"], d["record_id"], d.get("fixed")) for d in read_shard(diags)]
    assert found == [("DL100", 1, None, None), ("DL100", 2, "c", None), ("DL100", 3, "d", None),
                     ("ENC990", 4, "e", True)]
    assert read_shard(diags)[2]["message"] == "malformed record: field 'text' is list, not a string"


def test_rejects_route_documents_over_thresholds(tmp_path):
    records = [
        {"id": "spam", "text": "Hello there.\nBUY NOW now"},
        {"id": "mostly-broken", "text": "\ufffd" * 20 + "abcdefghij"},
        {"id": "clean", "text": "A quiet harbour.\nBoats."},
        {"id": "one-of-four", "text": "x\ufffd\nb\nc\nd"},
    ]
    src = write_shard(tmp_path / "in.jsonl", records)
    out, rejects = str(tmp_path / "out.jsonl"), str(tmp_path / "rej.jsonl")
    assert clean(src, "-o", out, "--rejects", rejects, "--summary-field", "dl", "--reject-codes", "SPAM",
                 "--reject-removed-share", "0.5", "-j", "1") == 0
    assert [r["id"] for r in read_shard(out)] == ["clean", "one-of-four"]
    rejected = read_shard(rejects)
    assert [(r["id"], r["dl"]["rejected"]) for r in rejected] == [("spam", "codes:SPAM990"),
                                                                    ("mostly-broken", "removed:0.67")]
    assert rejected[1]["text"] == records[1]["text"]  # rejects keep the original text
    assert clean(src, "-o", out, "--rejects", rejects, "--summary-field", "dl", "--reject-flagged-share", "0.4",
                 "-j", "1") == 0
    assert [(r["id"], r["dl"]["rejected"]) for r in read_shard(rejects)] == [("spam", "flagged:0.50"),
                                                                              ("mostly-broken", "flagged:1.00")]


def test_fix_refused_documents_go_to_rejects(tmp_path):
    config = tmp_path / "doclint.toml"
    config.write_text("max-fix-removal = 0.5\n")
    src = write_shard(tmp_path / "in.jsonl", [{"text": "\ufffd" * 10 + "abc"}, {"text": "fine"}])
    out, rejects = str(tmp_path / "out.jsonl"), str(tmp_path / "rej.jsonl")
    assert clean(src, "-o", out, "--rejects", rejects, "--summary-field", "dl", "--config", str(config), "-j", "1") == 0
    assert [r["text"] for r in read_shard(out)] == ["fine"]
    assert read_shard(rejects)[0]["dl"]["rejected"] == "fix-refused"


def test_statistics_json_counts_per_rule(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", make_records(30) + [{"no": "text"}])
    assert clean(src, "-o", str(tmp_path / "out.jsonl"), "--statistics", "-j", "2") == 0
    captured = capsys.readouterr()
    stats = json.loads(captured.out)
    assert captured.err == ""  # no progress bar when stderr is not a terminal
    assert stats["records"] == 31 and stats["malformed"] == 1 and stats["changed"] == 10
    assert stats["removed"] == 10
    assert stats["rules"]["ENC990"] == {"name": "test-replacement-char", "documents": 10, "lines": 10,
                                        "diagnostics": 10, "removed": 10}
    assert stats["rules"]["SPAM990"] == {"name": "test-spam-line", "documents": 6, "lines": 6,
                                         "diagnostics": 6, "removed": 0}
    assert stats["rules"]["DL100"]["documents"] == 1
    assert stats["input_bytes"] == os.path.getsize(src)


def test_summary_table_is_printed_without_statistics(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", make_records(6))
    assert clean(src, "-j", "1") == 0
    out = capsys.readouterr().out
    assert "ENC990" in out and "test-replacement-char" in out and "6 records" in out


def test_lint_only_writes_diagnostics_located_in_the_original(tmp_path):
    src = write_shard(tmp_path / "in.jsonl", make_records(4))
    diags = str(tmp_path / "d.jsonl.gz")
    assert clean(src, "--diagnostics", diags, "--id-field", "id", "-j", "1") == 0
    found = [(d["record_id"], d["code"], d["location"]["row"], d["location"]["column"]) for d in read_shard(diags)]
    assert found == [("doc-0", "ENC990", 2, 4), ("doc-0", "SPAM990", 3, 1), ("doc-3", "ENC990", 2, 4)]
    assert sorted(os.listdir(tmp_path)) == ["d.jsonl.gz", "in.jsonl"]


def test_a_rule_that_raises_is_reported_and_exits_2(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", [{"text": "EXPLODE"}, {"text": "fine"}])
    code = main(["clean", src, "-o", str(tmp_path / "o.jsonl"), "--plugin", "corpus_test_rules",
                 "--select", "MIX990", "--statistics", "-j", "1"])
    assert code == 2
    assert json.loads(capsys.readouterr().out)["rules"]["DL001"]["documents"] == 1
    assert len(read_shard(tmp_path / "o.jsonl")) == 2


def test_refuses_to_write_over_the_input_or_unknown_formats(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", make_records(2))
    assert clean(src, "-o", src) == 2
    assert "never cleans in place" in capsys.readouterr().err
    assert clean(src, "-o", str(tmp_path / "out.csv")) == 2
    assert "unknown shard type" in capsys.readouterr().err
    assert clean(str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")) == 2


class Interrupt(Exception):
    """Stands in for a crash or Ctrl-C in the middle of a run."""


def test_interrupted_run_leaves_no_output_and_resume_finishes_it(tmp_path, monkeypatch):
    src = write_shard(tmp_path / "in.jsonl.gz", make_records(200))
    expected_out, expected_rej = str(tmp_path / "ref.jsonl.zst"), str(tmp_path / "ref-rej.jsonl")
    args = ["--rejects", None, "--reject-codes", "SPAM", "--summary-field", "dl", "--chunk-mb", "0.001", "-j", "1"]
    assert clean(src, "-o", expected_out, *[a if a else expected_rej for a in args]) == 0

    out, rej = str(tmp_path / "out.jsonl.zst"), str(tmp_path / "rej.jsonl")
    real = corpus_run.process_chunk
    calls = {"n": 0}

    def crash_on_the_fifth_chunk(chunk, options):
        calls["n"] += 1
        if calls["n"] == 5:
            raise Interrupt
        return real(chunk, options)

    monkeypatch.setattr(corpus_run, "process_chunk", crash_on_the_fifth_chunk)
    with pytest.raises(Interrupt):
        clean(src, "-o", out, *[a if a else rej for a in args])
    assert not os.path.exists(out) and not os.path.exists(rej)
    assert os.path.exists(out + PARTIAL_SUFFIX) and os.path.exists(rej + PARTIAL_SUFFIX)
    checkpoint = json.loads(Path(out + CHECKPOINT_SUFFIX).read_text())
    assert 0 < checkpoint["records"] < 200
    with open(rej + PARTIAL_SUFFIX, "ab") as fh:  # bytes written after the checkpoint are cut on resume
        fh.write(b'{"half a rec')

    monkeypatch.setattr(corpus_run, "process_chunk", real)
    stats = str(tmp_path / "s.json")
    assert clean(src, "-o", out, *[a if a else rej for a in args], "--resume", "--statistics", stats) == 0
    assert Path(out).read_bytes() == Path(expected_out).read_bytes()
    assert Path(rej).read_bytes() == Path(expected_rej).read_bytes()
    assert json.loads(Path(tmp_path / "s.json").read_text())["records"] == 200
    assert not any(name.endswith((PARTIAL_SUFFIX, CHECKPOINT_SUFFIX)) for name in os.listdir(tmp_path))


def test_resume_refuses_a_changed_run(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", make_records(5))
    assert clean(src, "-o", str(tmp_path / "o.jsonl"), "--resume") == 2
    assert "nothing to resume" in capsys.readouterr().err
    checkpoint = tmp_path / ("o.jsonl" + CHECKPOINT_SUFFIX)
    checkpoint.write_text(json.dumps({"fingerprint": {"input": "other"}, "records": 1, "offsets": {}, "stats": {}}))
    (tmp_path / ("o.jsonl" + PARTIAL_SUFFIX)).write_bytes(b"")
    assert clean(src, "-o", str(tmp_path / "o.jsonl"), "--resume") == 2
    assert "changed since that run" in capsys.readouterr().err


def test_unchanged_records_are_copied_byte_for_byte(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text":"plain",  "k": [1,2]}\r\n{"text": "x\\ufffd"}\n{"text": "last, no newline"}')
    out = tmp_path / "out.jsonl"
    assert clean(str(src), "-o", str(out), "-j", "1") == 0
    assert out.read_bytes() == (b'{"text":"plain",  "k": [1,2]}\r\n{"text": "x"}\n{"text": "last, no newline"}\n')


def test_a_worker_that_dies_fails_the_run_and_keeps_the_partial_output(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", [{"text": f"fine {i}"} for i in range(50)] + [{"text": "CRASH"}])
    out = str(tmp_path / "out.jsonl")
    code = main(["clean", src, "-o", out, "--plugin", "corpus_test_rules", "--select", "MIX991",
                 "--chunk-mb", "0.0001", "-j", "2", "--progress", "never"])
    assert code == 2
    assert "worker process died" in capsys.readouterr().err
    assert not os.path.exists(out)
    assert json.loads(Path(out + CHECKPOINT_SUFFIX).read_text())["records"] < 51


def test_progress_bar_when_asked_for(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", make_records(5))
    assert main(["clean", src, "-o", str(tmp_path / "o.jsonl"), "--plugin", "corpus_test_rules", "--select", "ENC990",
                 "--progress", "always", "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert "in.jsonl" in err and "5 records" in err and "MB/s" in err


@pytest.mark.skipif("forkserver" not in __import__("multiprocessing").get_all_start_methods(),
                    reason="workers are spawned, not forked from a preloaded server")
def test_workers_start_with_the_default_rules_already_loaded():
    from doclint.api import engines_built
    from doclint.corpus.pool import ChunkPool

    # a function from the library, not from this module: workers cannot import test modules
    with ChunkPool(2) as pool:
        assert pool.everywhere(engines_built) == [1, 1]


def test_records_that_do_not_fit_one_parquet_schema_fail_cleanly(tmp_path, capsys):
    src = write_shard(tmp_path / "in.jsonl", [{"text": "a", "n": 1}] + [{"text": "b", "n": "x"}] * 3)
    assert clean(src, "-o", str(tmp_path / "out.parquet"), "--chunk-mb", "0.00001", "-j", "1") == 2
    assert "do not fit one Parquet schema" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl"]
