"""The generated tables: script classes, readings and look-alikes hold what the rules assume."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from doclint.rules.mix.hanscript import (SIMPLIFIED, TRADITIONAL, contains, count, has_astral, script_positions,
                                          traditional_style)
from doclint.rules.mix.tables import han_classes, lookalikes, pinyin_readings

HANZIDENTIFIER = Path(__file__).resolve().parents[3] / "shared" / "data" / "external" / "hanzidentifier-tests" / "cases.json"


def test_one_script_characters():
    classes = han_classes()
    assert {"国", "说", "为", "们"} <= classes["S"]
    assert {"國", "說", "説", "為", "爲", "們"} <= classes["T"]
    for shared in "干于后里云台着了吃群":
        assert shared not in classes["S"] and shared not in classes["T"], shared
    assert not classes["S"] & classes["T"]


def test_counts_cover_astral_characters():
    text = "国\U0002a895a國"  # U+2A895 is a Simplified-only character outside the BMP
    assert contains("\U0002a895", SIMPLIFIED)
    assert count(text, SIMPLIFIED) == 2 and count(text, TRADITIONAL) == 1
    assert count("国国国国", SIMPLIFIED, limit=2) == 2
    long = "國" * 100
    assert not has_astral(long) and has_astral(long + "\U0002a895") and not has_astral("é" * 100)
    assert contains(long + "\U0002a895", SIMPLIFIED)
    assert script_positions(text) == [(0, SIMPLIFIED), (1, SIMPLIFIED), (3, TRADITIONAL)]


def test_traditional_style():
    assert traditional_style("他認為這裡很好") == "tw"
    assert traditional_style("他説這個綫路") == "hk"
    assert traditional_style("他認爲這裏很好") == "std"


def test_readings_and_lookalikes():
    assert {"yè"} <= pinyin_readings()["頁"]
    assert "xié" in pinyin_readings()["協"]
    assert lookalikes()["\u0430"]["Latin"] == "a"
    assert lookalikes()["p"]["Cyrillic"] == "\u0440"
    assert "Latin" not in lookalikes().get("\u03bc", {})  # μ is a unit, not an u


def identify(text: str) -> str:
    scripts = {script for _, script in script_positions(text)}
    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        return "UNKNOWN"
    if len(scripts) == 2:
        return "MIXED"
    return {SIMPLIFIED: "SIMPLIFIED", TRADITIONAL: "TRADITIONAL"}.get(scripts.pop() if scripts else "", "BOTH")


@pytest.mark.skipif(not HANZIDENTIFIER.exists(), reason="shared data not present")
def test_hanzidentifier_cases():
    cases = json.loads(HANZIDENTIFIER.read_text(encoding="utf-8"))
    assert [identify(c["text"]) for c in cases] == [c["identify"] for c in cases]
