"""ENC004/ENC005: mojibake made programmatically from clean text in six languages, repaired."""
from __future__ import annotations

import pytest

EN = "The café’s naïve owner said “déjà vu” — twice."
FR = "Élève studieuse, elle préfère les œuvres de Molière à celles de Corneille."
RU = "Привет, как дела? Сегодня хорошая погода для прогулки по парку."
ZH_HANS = "希望乡亲们百尺竿头、更进一步，今后的生活一定会更加美好。"
ZH_HANT = "希望鄉親們百尺竿頭、更進一步,今後的生活一定會更加美好。"
JA = "東京の天気は晴れです。明日は雨が降るかもしれません。"


def wrong_decode(text: str, written: str, read: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (browsers' cp1252: the five undefined bytes map to C1)

    return text.encode(written).decode("sloppy-windows-1252" if read == "cp1252" else read)


@pytest.mark.parametrize("text, read", [(EN, "cp1252"), (FR, "cp1252"), (FR, "latin-1"), (RU, "cp1251")])
def test_latin_family_mojibake_is_repaired_by_ftfy(enc_text, text, read):
    damaged = wrong_decode(text, "utf-8", read)
    result = enc_text(f"Intro line.\n{damaged}\n", "ENC004")
    assert result.codes == ["ENC004"]
    assert result.rows == [2]
    assert result.fixed() == f"Intro line.\n{text}\n"


def test_double_mojibake_is_repaired(enc_text):
    damaged = wrong_decode(wrong_decode(FR, "utf-8", "cp1252"), "utf-8", "cp1252")
    assert enc_text(damaged).fixed() == FR


def test_mojibake_span_is_the_changed_part_only(enc_text):
    result = enc_text("Price: 5 â‚¬ only", "ENC004")
    assert result.spans() == ["â‚¬"]
    assert result.fixed() == "Price: 5 € only"


@pytest.mark.parametrize("text, written, read", [
    ("這座圖書館收藏了大量歷史書籍", "utf-8", "gbk"),   # 鍙戝竷 family
    (ZH_HANS, "gbk", "latin-1"),                        # ÓÉÔÂ family
    (ZH_HANT, "big5", "latin-1"),
    (ZH_HANS, "gbk", "big5"),
    ("今天的会议讨论了城市交通问题", "gbk", "big5"),
    (ZH_HANT, "utf-8", "cp1252"),
])
def test_cjk_mojibake_is_detected_and_repaired_where_lossless(enc_text, text, written, read):
    damaged = wrong_decode(text, written, read)
    doc = f"第一段是正常的文字。\n{damaged}\n"
    result = enc_text(doc)
    assert result.rows == [2]
    assert set(result.codes) <= {"ENC004", "ENC005"}
    assert result.fixed() == f"第一段是正常的文字。\n{text}\n"


def test_lossy_big5_read_as_gbk_is_flagged_by_its_lost_bytes(enc_text):
    damaged = ZH_HANT.encode("big5").decode("gbk", "replace")
    result = enc_text(f"第一段是正常的文字。\n{damaged}\n")
    assert result.rows == [2]
    assert "ENC007" in result.codes


def test_lossy_utf8_read_as_gbk_is_partly_repaired(enc_text):
    damaged = ZH_HANT.encode("utf-8").decode("gbk", "replace")
    assert "\ufffd" in damaged
    result = enc_text(damaged, "ENC005")
    assert result.codes == ["ENC005"]
    repaired = result.fixed()
    assert repaired.startswith("希望鄉親們百尺") and repaired.endswith("今後的生活一定會更加美好\ufffd")


def test_mojibake_appended_to_a_clean_line_is_located(enc_text):
    damaged = wrong_decode("新闻发布会上讲话", "utf-8", "gbk")
    result = enc_text(f"记者报道：{damaged}", "ENC005")
    assert result.spans() == [damaged]
    assert result.fixed() == "记者报道：新闻发布会上讲话"


def test_japanese_mojibake_from_cp932(enc_text):
    damaged = JA.encode("utf-8").decode("cp932", "replace")
    result = enc_text(damaged, "ENC005")
    assert set(result.codes) == {"ENC005"}
    assert result.fixed().startswith("東京の天")
    assert "は雨が降るかもしれません" in result.fixed()


@pytest.mark.parametrize("text", [
    "滇池边的援滇干部走访了邛崃和勐海的村寨。",      # rare but real place names
    "Вместе со своей дочерью она приехала в Москву.",
    "することは難しいと言われます。",
    "Ærøskøbing, Çanakkale, São Paulo, Łódź, Reykjavík — façade, coöperate.",
    "天地玄黃，宇宙洪荒。日月盈昃，辰宿列張。",
])
def test_real_text_is_not_mojibake(enc_text, text):
    assert enc_text(text, "ENC004", "ENC005").diagnostics == []


def test_cyrillic_read_as_cp1252_is_latin_mojibake_not_cjk(enc_text):
    # its bytes also decode as GBK into common Han (芯薪写): ENC005 must leave it to ENC004
    damaged = wrong_decode(RU, "utf-8", "cp1252")
    result = enc_text(damaged)
    assert set(result.codes) <= {"ENC004", "ENC008"}
    assert "ENC005" not in result.codes
    assert result.fixed() == RU
