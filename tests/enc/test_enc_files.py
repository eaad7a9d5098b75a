"""ENC001-ENC003: how the file is stored — legacy encodings, BOMs, undecodable byte runs."""
from __future__ import annotations

import codecs

from doclint.model import Applicability

ZH = "今天的会议讨论了城市交通问题，专家们认为应该发展公共交通，减少私家车的使用。" * 2
JA = "東京の天気は晴れです。明日は雨が降るかもしれないので、傘を持って出かけましょう。"
KO = "오늘 서울의 날씨는 맑습니다. 내일은 비가 올 수도 있으니 우산을 챙기세요. 감사합니다."
TW = "這座圖書館收藏了大量歷史書籍，每年吸引許多讀者前來參觀，也舉辦各種講座。"


def test_long_gbk_file_is_reported_and_transcoded_safely(enc_bytes):
    result = enc_bytes(ZH.encode("gbk"), "ENC001")
    (diag,) = result.diagnostics
    assert diag.message.startswith("file is encoded as gb18030 (confidence")
    assert diag.fix.applicability is Applicability.SAFE
    assert diag.fix.document_change.encoding == "utf-8"
    assert (diag.span.start, diag.span.end) == (0, len(ZH))


def test_short_legacy_file_is_undetermined_and_not_rewritten(enc_bytes):
    result = enc_bytes("中文字".encode("gbk"), "ENC001")
    (diag,) = result.diagnostics
    assert "undetermined" in diag.message
    assert diag.fix.applicability is Applicability.DISPLAY_ONLY


def test_each_cjk_codec_is_decoded_to_the_original(enc_bytes):
    for text, codec in ((JA * 2, "shift_jis"), (JA * 2, "euc_jp"), (KO * 2, "euc_kr"), (TW * 2, "big5")):
        result = enc_bytes(text.encode(codec), "ENC001")
        (diag,) = result.diagnostics
        assert result.fixed() == text or result.document.text == text, codec


def test_iso2022_file_is_recognised_by_its_escapes(enc_bytes):
    result = enc_bytes(JA.encode("iso2022_jp"))
    assert result.codes == ["ENC001"]
    assert "iso2022_jp" in result.diagnostics[0].message
    assert result.fixed() == JA


def test_utf16_file_is_rewritten_as_utf8(enc_bytes):
    result = enc_bytes(codecs.BOM_UTF16_LE + "Hello, world.\n".encode("utf-16-le"), "ENC001")
    (diag,) = result.diagnostics
    assert diag.message == "file is encoded as UTF-16-LE, not UTF-8"
    assert diag.fix.document_change.encoding == "utf-8" and diag.fix.document_change.bom is False


def test_utf8_bom_is_removed_unless_configured(enc_bytes):
    data = codecs.BOM_UTF8 + "Hello\nworld\n".encode()
    (diag,) = enc_bytes(data, "ENC002").diagnostics
    assert diag.fix.applicability is Applicability.SAFE and diag.fix.document_change.bom is False
    (kept,) = enc_bytes(data, "ENC002", ENC002={"remove": False}).diagnostics
    assert kept.fix.applicability is Applicability.DISPLAY_ONLY
    assert enc_bytes("Hello\n".encode(), "ENC002").diagnostics == []


def test_gbk_sentence_in_utf8_file_is_decoded_in_place(enc_bytes):
    head = "第一行是正常的文字。\n第二行有问题："
    data = head.encode() + "各种高层任务".encode("gbk") + "，后面正常。\n".encode()
    result = enc_bytes(data)
    (diag,) = result.diagnostics
    assert diag.code == "ENC003"
    assert f"12 undecodable bytes at byte offset {len(head.encode())}" in diag.message
    assert result.document.row_col(diag.span.start) == (2, 8)
    assert result.fixed() == "第一行是正常的文字。\n第二行有问题：各种高层任务，后面正常。\n"


def test_big5_and_shift_jis_runs_follow_the_line_script(enc_bytes):
    line = "日本語の文章です。".encode() + "設計は、「シンプル」".encode("shift_jis") + "と言われます。\n".encode()
    assert enc_bytes(line).fixed() == "日本語の文章です。設計は、「シンプル」と言われます。\n"
    line = "這是一個句子，".encode() + "開發及測試".encode("big5") + "都很順利。\n".encode()
    assert enc_bytes(line * 2).fixed() == "這是一個句子，開發及測試都很順利。\n" * 2


def test_stray_and_truncated_bytes_are_deleted(enc_bytes):
    good = "这是一段正常的中文文字，用来测试。"
    data = good.encode() + b"\xff\xfe\xfd" + good.encode() + b"\xe4\xb8" + "结尾。".encode()
    result = enc_bytes(data, "ENC003")
    assert [d.message.split(" (")[0] for d in result.diagnostics] == [
        f"3 undecodable bytes at byte offset {len(good.encode())}",
        f"2 undecodable bytes at byte offset {2 * len(good.encode()) + 3}",
    ]
    assert all(d.fix.applicability is Applicability.UNSAFE for d in result.diagnostics)
    assert result.fixed() == good + good + "结尾。"
