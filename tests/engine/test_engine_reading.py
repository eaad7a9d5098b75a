"""Decoding keeps every byte: BOMs, newline styles, undecodable runs, legacy encodings."""
from __future__ import annotations

import codecs

import pytest

from doclint.reading import BinaryFileError, decode_bytes, encode_text

ZH = "中文测试，这是一段用于检测编码的简体中文文本。我们需要足够长的句子才能让检测可靠，" * 3


@pytest.mark.parametrize("data", [
    "héllo\nwörld\n".encode(),
    "a\r\nb\r\nc".encode(),
    "a\rb\rc".encode(),
    "mixed\r\nstyles\nhere\r".encode(),
    codecs.BOM_UTF8 + "中文\n".encode(),
    codecs.BOM_UTF16_LE + "中文\r\n".encode("utf-16-le"),
    "ok ".encode() + "中文".encode("gbk") + " 好的 ✓ 更多 UTF-8 文本".encode(),
    ZH.encode("gbk"),
])
def test_roundtrip_is_byte_exact(data):
    decoded = decode_bytes(data)
    assert encode_text(decoded.text, decoded) == data


def test_crlf_is_normalised_and_restored():
    decoded = decode_bytes(b"a\r\nb\r\n")
    assert decoded.text == "a\nb\n" and decoded.newline == "\r\n"


def test_mixed_newlines_stay_raw():
    decoded = decode_bytes(b"a\r\nb\nc")
    assert decoded.text == "a\r\nb\nc" and decoded.newline is None


def test_utf8_bom_is_recorded():
    decoded = decode_bytes(codecs.BOM_UTF8 + b"x")
    assert decoded.bom and decoded.text == "x"
    assert encode_text(decoded.text, decoded, bom=False) == b"x"


def test_undecodable_bytes_become_surrogates():
    data = "前文 UTF-8 正常，".encode() + "错误".encode("gbk") + "，后文也正常。".encode()
    decoded = decode_bytes(data)
    assert decoded.undecodable and decoded.encoding == "utf-8"
    assert "\udcb4\udced\udcce\udcf3" in decoded.text


def test_legacy_encoding_is_detected_with_confidence():
    decoded = decode_bytes(ZH.encode("gb18030"))
    assert decoded.encoding in ("gb18030", "gbk", "gb2312")
    assert decoded.text == ZH and decoded.certain


def test_short_legacy_guess_is_not_certain():
    decoded = decode_bytes("中文".encode("gbk"))
    assert not decoded.certain


def test_binary_is_refused():
    with pytest.raises(BinaryFileError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
