"""ENC006 GBK byte-shift garble: the seeds' spans, a forward model of the damage, genuine '?'."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from doclint.model import Applicability

#: Study data about the seeds' garble (made for this project; see its README).
SPANS = Path(__file__).resolve().parents[3] / "shared" / "data" / "cjk-mojibake" / "seed-garble-spans.json"
ANNOTATION = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def garble(text: str, index: int, pinyin: str) -> str:
    """The seeds' damage: a converter put ``(pinyin)`` between the two GBK bytes of
    ``text[index]``; the orphan lead byte swallowed the ``(`` and shows as ``?``, and every
    following pair is read one byte late until the stream realigns."""
    data = text.encode("gbk")
    offset = len(text[:index].encode("gbk"))
    rest = data[offset + 1:].decode("gbk", "replace").replace("\ufffd", "?")
    return f"{text[:index]}?{pinyin}){rest}"


def test_seed_000_line_18_is_realigned(enc_text, seed_text):
    result = enc_text(seed_text("000"), "ENC006")
    assert result.rows == [18, 20]
    first = result.diagnostics[0]
    assert result.document.row_col(first.span.start) == (18, 133)
    assert first.fix.applicability is Applicability.UNSAFE
    assert result.spans("ENC006")[0] == "?shù)馗涕佟⒑谀径\ue304犬a"
    assert first.fix.edits[0].replacement == "地柑橘、黑木耳等產"


def test_seed_spans_are_found_and_most_are_recovered(enc_text):
    spans = json.loads(SPANS.read_text(encoding="utf-8"))
    exact = 0
    for span in spans:
        result = enc_text(f"前文。{span['garbled']}，後文。", "ENC006")
        assert result.codes, span["garbled"]
        exact += ANNOTATION.sub("", result.fixed()) == f"前文。{span['original']}，後文。"
    assert exact >= 10


@pytest.mark.parametrize("index", [1, 2, 3, 4, 5])
def test_forward_model_damage_is_detected_and_repaired(enc_text, index):
    clean = "他們在當地發展產業"
    damaged = garble(clean, index, "shù")
    result = enc_text(f"第一行。\n{damaged}\n", "ENC006")
    assert result.rows == [2]
    assert result.fixed() == f"第一行。\n{clean}\n"


def test_forward_model_damage_is_always_detected(enc_text):
    clean = "上海援滇干部要按照目標不變的要求，當地群眾表示歡迎。"
    for index in range(1, 20):
        damaged = garble(clean, index, "dì")
        assert enc_text(damaged, "ENC006").codes, damaged


def test_annotation_then_orphans_is_reported_without_a_guess(enc_text):
    result = enc_text("產業基礎薄弱,規(guī)?;?、組織化程度低", "ENC006")
    assert result.spans() == ["?;?"]
    assert result.diagnostics[0].fix.applicability is Applicability.DISPLAY_ONLY


@pytest.mark.parametrize("text", [
    "你好??我是小明，請問你是誰?我想問一下。",
    "這是真的嗎?當然是真的!",
    "為什麼?因為天氣不好。",
    "他問:「你去哪裡?」我說:「回家。」",
    "學生要學會讀(dú)和寫(xiě)。",
])
def test_genuine_question_marks_are_not_garble(enc_text, text):
    assert enc_text(text, "ENC006").diagnostics == []


def test_seed_questions_stay_clean(enc_text, seed_text):
    assert enc_text(seed_text("001"), "ENC006").diagnostics == []
    assert enc_text(seed_text("002")).diagnostics == []


def test_annotation_reading_picks_the_lost_byte(enc_text):
    # "?wù)": the lost trail byte makes a character read wù — 務, not the commoner 動
    result = enc_text("深入了解上海幫助當?shù)貏趧?wù)協作轉移就業", "ENC006")
    (diag,) = result.diagnostics
    assert diag.fix.edits[0].replacement.startswith("地勞務")
