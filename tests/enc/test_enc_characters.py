"""ENC007-ENC011: lost-byte signatures, controls, private use, stray BOMs, zero-width characters."""
from __future__ import annotations

import pytest

from doclint.model import Applicability


def test_kunjinkao_run_is_one_diagnostic(enc_text):
    result = enc_text("希锟斤拷锟絣锟斤拷百尺竿頭", "ENC007")
    assert result.spans() == ["锟斤拷锟絣锟斤拷"]
    assert result.diagnostics[0].fix.applicability is Applicability.UNSAFE
    assert result.fixed() == "希百尺竿頭"


@pytest.mark.parametrize("text, span", [("变量值是烫烫烫烫烫烫。", "烫烫烫烫烫烫"), ("屯屯屯屯结束", "屯屯屯屯"),
                                        ("caf\ufffd au lait", "\ufffd")])
def test_signatures_and_replacement_characters(enc_text, text, span):
    assert enc_text(text, "ENC007").spans() == [span]


def test_real_words_with_those_characters_stay(enc_text):
    assert enc_text("衣服要烫烫平整，屯田是古代的制度，锟铻是宝剑。", "ENC007").diagnostics == []


def test_controls_are_deleted_but_tabs_newlines_and_cr_stay(enc_text):
    result = enc_text("a\tb\x07c\x00d\r\ne\x85f\ufffeg\n", "ENC008")
    assert result.spans() == ["\x07", "\x00", "\x85", "\ufffe"]
    assert result.fixed() == "a\tbcd\r\nefg\n"


def test_lone_surrogate_is_a_control_problem(enc_text):
    assert enc_text("abc\ud83dxyz", "ENC008").spans() == ["\ud83d"]


def test_undecodable_bytes_are_left_to_enc003(enc_bytes):
    data = "这是一段很长的中文文字，后面跟着坏字节".encode() + b"\xff\xfe" + "结束。".encode()
    result = enc_bytes(data, "ENC003", "ENC008")
    assert result.codes == ["ENC003"]


def test_private_use_character_is_reported(enc_text):
    result = enc_text("黑木\ue304等產業\nicon \uf075 here\n", "ENC009")
    assert result.rows == [1, 2]
    assert result.diagnostics[0].message == "private-use character U+E304"
    assert result.fixed() == "黑木等產業\nicon  here\n"


def test_mid_text_bom_is_removed(enc_text):
    result = enc_text("first file\n\ufeffsecond file\n", "ENC010")
    assert [d.span.start for d in result.diagnostics] == [11]
    assert result.fixed() == "first file\nsecond file\n"


def test_zero_width_space_is_removed(enc_text):
    result = enc_text("The quick\u200b brown pass\u200bword fox.", "ENC011")
    assert [result.document.row_col(d.span.start) for d in result.diagnostics] == [(1, 10), (1, 22)]
    assert result.fixed() == "The quick brown password fox."


@pytest.mark.parametrize("text", [
    "family: 👨\u200d👩\u200d👧\u200d👦 and 🏳️\u200d🌈",      # emoji ZWJ sequences
    "می\u200cخواهم کتاب بخوانم",                       # Persian ZWNJ
    "क्\u200dष and र्\u200dय",                          # Devanagari ZWJ
    "ภาษาไทย\u200bเป็นภาษาที่ไม่มีการเว้นวรรค",          # Thai word breaks
])
def test_zero_width_characters_that_scripts_need_are_kept(enc_text, text):
    assert enc_text(text, "ENC011").diagnostics == []


def test_private_use_beyond_the_bmp_is_reported(enc_text):
    # a text with a supplementary-plane character takes the scan's astral path
    result = enc_text("plane 15: \U000f0001, extension B: 𠀀 (a real character)", "ENC009")
    assert result.spans() == ["\U000f0001"]
