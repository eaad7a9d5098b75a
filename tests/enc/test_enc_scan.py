"""The shared scan (rules/enc/scan.py): its two paths agree, and short text stays off the big class."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from doclint.rules.enc import cjk_mojibake, latin_mojibake, scan

from .test_enc_clean import CLEAN

DATA = Path(__file__).resolve().parents[2] / "rules" / "data" / "enc"

# Written for these tests: every kind of suspect character, rare Han, and their neighbours.
DAMAGED = [
    "控制\x07字符\x00和\x7f、C1\x85、\x9d结尾",
    "私用区\ue304字符，平面十五\U000f0001，平面十六\U0010fffd",
    "锟斤拷锟斤拷，烫烫烫，屯屯屯，替换\ufffd字符",
    "零宽\u200b空格\u200c和\u200d连接\u2060词\u180e分隔，中间\ufeffBOM",
    "孤立代理\ud800和\udfff，非字符\ufdd0\ufffe\uffff",
    "鍙戝竷浼氫笂锛屾棩鏈紝鐨勫湴鏂",
    "當?shù)馗涕佟，罕见字𠀀𪚥𰻞和易经卦象䷀䷁",
    "g√¢teaux ─îe┼ítina ◊ë cafÃ© â€™",
    "English text with a few curly quotes ’ “ ” and é, nothing else.",
]


def _random_texts(count: int, length: int) -> list[str]:
    """Texts drawn from ASCII, Latin, CJK (common and rare), controls, private use and astral planes."""
    rng = random.Random(7)
    ranges = [(0x20, 0x7E), (0x00, 0x1F), (0x7F, 0x9F), (0xA0, 0x24F), (0x400, 0x4FF), (0x2000, 0x206F),
              (0x3000, 0x30FF), (0x3400, 0x4DFF), (0x4E00, 0x9FFF), (0xD800, 0xDFFF), (0xE000, 0xF8FF),
              (0xF900, 0xFFFF), (0x1F300, 0x1F6FF), (0x20000, 0x3134F), (0xF0000, 0x10FFFF)]
    return ["".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(length)) for _ in range(count)]


@pytest.mark.parametrize("text", [*CLEAN.values(), *DAMAGED, *_random_texts(40, 300)])
def test_class_scan_and_distinct_scan_agree(text):
    for sample in (text, text * 12):  # short, then long enough for the class path in _scan
        non_ascii = scan.utf8(sample).translate(None, scan._PLAIN_ASCII).decode("utf-8", "surrogatepass")
        assert scan._scan_distinct(sample, non_ascii) == scan._scan_class(sample)


@pytest.mark.parametrize("text", [*CLEAN.values(), *DAMAGED, *_random_texts(10, 300)])
def test_byte_gates_answer_the_same_on_the_non_ascii_bytes(text):
    non_ascii = scan.utf8(text).translate(None, scan._PLAIN_ASCII)
    for lead in (b"\xc2", b"\xc3", b"\xc4", b"\xcf", b"\xd0", b"\xd1", b"\xe2"):
        assert (lead in non_ascii) == (lead in scan.utf8(text))
    c1 = latin_mojibake._C1_BYTES
    assert (c1.search(non_ascii) is None) == (c1.search(scan.utf8(text)) is None)


def test_scan_finds_kinds_and_rare_offsets():
    text = "正常的中文，" + "𠀀𪚥𰻞" + "后面\x07和\ue304以及\ufeff。"
    assert scan._scan(text) == scan.Scan({"control": (11,), "private": (13,), "bom": (16,)}, (6, 7, 8))
    assert scan.suspect_kinds(text) == {"control", "private", "bom"}  # offsets in code points, astral or not


def test_short_text_does_not_compile_the_big_class():
    scan._any_suspect.cache_clear()
    text = "城市的清晨总是从早点摊开始。The morning market opens at six. 罕见字：龘靐\x07\n" * 20
    assert len(text.encode()) <= scan._SHORT
    assert scan.suspect_kinds(text) == {"control"}
    assert scan._any_suspect.cache_info().currsize == 0


def test_han_classes_file_is_what_its_build_script_writes():
    spec = importlib.util.spec_from_file_location("build_han_classes", DATA / "build_han_classes.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (DATA / "han_classes.txt").read_text("utf-8") == build.current()


def _mojibake_texts(count: int) -> list[str]:
    """Texts of ASCII words and spaces with mojibake and clean non-ASCII characters between them."""
    rng = random.Random(11)
    pool = ["Ã", "Ã ", "Ã©", "â€™", "Ð¿", "Ñ€", "Рџ", "вЂ™", "─î", "√ü", "◊ë", "é", "’", "“", "—", "…", "ж", "\u00a0",
            "ÓÉÔÂ", "¡¢£", " ", "word", "x", "\n"]
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_prefilters_never_miss_a_line_with_a_pair_or_a_run():
    matched = 0
    for text in _mojibake_texts(300):
        for pattern in (latin_mojibake.CYRILLIC_PAIR, cjk_mojibake.LATIN_RUN):
            assert scan.may_match(text, pattern) or pattern.search(text) is None, (text, pattern.pattern)
        if latin_mojibake.LATIN_PAIR.search(text) and scan.may_hold_latin_mojibake(text):
            assert latin_mojibake.LATIN_PAIR in latin_mojibake.pair_patterns(text), text
            matched += 1
    assert matched > 100  # the texts do exercise the filters
