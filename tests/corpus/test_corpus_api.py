"""The engine-agnostic API: lint_text, fix_text, clean_text, lint_records."""
from __future__ import annotations

import pickle

import pytest

from doclint.api import EngineOptions, clean_text, fix_text, lint_records, lint_text
from doclint.config import ConfigError

RULES = {"select": ["ENC990", "SPAM990"], "plugins": ["corpus_test_rules"]}

CLEAN_TEXTS = [
    "The committee met on Tuesday.\nMinutes follow below.",
    "今天天气很好，我们去公园散步。\n公园里有很多人。",
    "Der Ausschuss tagte am Dienstag.",
    "Комитет собрался во вторник.",
    "東京は晴れです。午後から雨が降るでしょう。",
    "",
]


def test_lint_text_reports_rows_and_columns():
    found = lint_text("café\ufffd\nBUY NOW cheap\nok", **RULES)
    assert [(d["code"], d["location"], d["end_location"]) for d in found] == [
        ("ENC990", {"row": 1, "column": 5}, {"row": 1, "column": 6}),
        ("SPAM990", {"row": 2, "column": 1}, {"row": 2, "column": 14}),
    ]
    assert found[0]["fix"]["applicability"] == "safe"
    assert found[1]["fix"]["applicability"] == "unsafe"


@pytest.mark.parametrize("text", CLEAN_TEXTS)
def test_clean_texts_have_no_diagnostics_and_are_unchanged(text):
    assert lint_text(text, **RULES) == []
    assert fix_text(text, unsafe_fixes=True, **RULES) == text


def test_fix_text_applies_safe_fixes_only_unless_unsafe_allowed():
    text = "caf\ufffd\nBUY NOW cheap\nok"
    assert fix_text(text, **RULES) == "caf\nBUY NOW cheap\nok"
    assert fix_text(text, unsafe_fixes=True, **RULES) == "caf\nok"


def test_fix_text_keeps_crlf_newlines():
    assert fix_text("a\ufffd\r\nb\r\n", **RULES) == "a\r\nb\r\n"


def test_select_and_ignore_are_keyword_options():
    text = "x\ufffd\nBUY NOW"
    assert [d["code"] for d in lint_text(text, select="SPAM990", plugins=["corpus_test_rules"])] == ["SPAM990"]
    assert [d["code"] for d in lint_text(text, ignore=["SPAM990"], **RULES)] == ["ENC990"]


def test_clean_text_reports_what_happened():
    result = clean_text("a\ufffd\nBUY NOW\nb", **RULES)
    assert result["text"] == "a\nBUY NOW\nb"
    assert result["changed"] is True
    assert result["removed"] == 1
    assert result["applied"] == ["ENC990"]
    assert [(d["code"], d["location"]["row"]) for d in result["diagnostics"]] == [("SPAM990", 2)]


def test_lint_records_carries_ids_and_indexes_and_flags_malformed_records():
    records = [{"id": "a", "text": "fine"}, {"id": "b", "text": "x\ufffd"}, {"id": "c"}, {"id": "d", "text": 7}, 42]
    results = lint_records(records, id_field="id", fix=True, start=10, **RULES)
    assert [(r["index"], r["id"]) for r in results] == [(10, "a"), (11, "b"), (12, "c"), (13, "d"), (14, None)]
    assert results[1]["text"] == "x" and results[1]["applied"] == ["ENC990"]
    assert results[1]["diagnostics"] == []
    messages = [r["diagnostics"][0]["message"] for r in results[2:]]
    assert messages == ["malformed record: field 'text' is missing",
                        "malformed record: field 'text' is int, not a string",
                        "malformed record: record is a int, not an object"]
    assert {r["diagnostics"][0]["code"] for r in results[2:]} == {"DL100"}
    assert results[3]["diagnostics"][0]["record_id"] == "d"
    assert results[3]["diagnostics"][0]["record_index"] == 13


def test_lint_records_accepts_plain_strings_and_other_text_fields():
    results = lint_records(["a\ufffd", {"body": "BUY NOW"}], text_field="body", **RULES)
    assert [[d["code"] for d in r["diagnostics"]] for r in results] == [["ENC990"], ["SPAM990"]]
    assert "text" not in results[0]


def test_results_and_options_pickle():
    results = lint_records([{"text": "x\ufffd"}], fix=True, **RULES)
    assert pickle.loads(pickle.dumps(results)) == results
    options = EngineOptions.make(select="ENC990, SPAM990", plugins="corpus_test_rules")
    assert options == EngineOptions(("ENC990", "SPAM990"), plugins=("corpus_test_rules",))
    assert pickle.loads(pickle.dumps(options)) == options


def test_unknown_selector_and_missing_plugin_are_config_errors():
    with pytest.raises(ConfigError, match="unknown rule selector"):
        lint_text("x", select=["NOPE123"])
    with pytest.raises(ConfigError, match="cannot be imported"):
        lint_text("x", plugins=["no_such_module_here"])
