"""Rule registration, documentation and the phrase data files."""
from __future__ import annotations

import subprocess
import sys

import pytest

from doclint.rules.chrome import RULES
from doclint.rules.chrome.lexicon import DATA, LABEL, PREFIX, TOKEN, fold, load_lexicon
from doclint.rules.chrome.linekey import key_hashes, line_key, line_keys
from doclint.rules.chrome.options import CATEGORIES


@pytest.mark.parametrize("cls", RULES, ids=lambda c: c.code)
def test_rule_docs_have_every_section(cls):
    for section in ("What:", "Why:", "Example:", "Fix safety:", "Options:"):
        assert section in cls.__doc__, (cls.code, section)
    out = subprocess.run([sys.executable, "-m", "doclint", "rule", cls.code], capture_output=True, text=True)
    assert out.returncode == 0 and cls.name in out.stdout


def test_codes_and_names():
    assert [(c.code, c.name) for c in RULES] == [
        ("CHROME001", "boilerplate-line"), ("CHROME002", "metadata-prefix"),
        ("CHROME003", "repeated-line"), ("CHROME004", "recurring-line")]


def test_every_category_has_chinese_and_english_lists():
    for category in CATEGORIES:
        for lang in ("zh", "en"):
            assert (DATA / f"{category}.{lang}.txt").stat().st_size > 0, (category, lang)


def test_entry_syntax():
    lex = load_lexicon()
    assert lex.entries["责任编辑"].kind == LABEL
    assert lex.entries["版权所有"].kind == PREFIX
    assert lex.entries["skip to content"].kind == TOKEN
    assert lex.entries["分享到"].category == "share"


def test_fold_keeps_offsets_and_folds_script_width_and_case():
    text = "關鍵詞：ＡＢＣ Share"
    assert fold(text) == "关键词:abc share"
    assert len(fold(text)) == len(text)


def test_line_keys_ignore_digits_punctuation_and_variant():
    assert line_key("雲陽137萬人，共奮進！") == line_key("云阳 138 万人 共奋进")
    hashes = key_hashes(["abc", "abd"])
    assert hashes["abc"] == key_hashes(["abc"])["abc"] != hashes["abd"]


def test_fold_table_is_generated_from_opencc():
    header = (DATA / "t2s.txt").read_text(encoding="utf-8").splitlines()[:3]
    assert any("OpenCC" in line for line in header)
    assert (DATA / "build_fold.py").exists()


def test_phrases_extend_from_the_config_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.doclint.rules.boilerplate-line]\nextra-footer = ["support our journalism"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "The city council approved the new transport plan on Tuesday after a long debate about costs.\n"
        "Support our journalism\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "doclint", "check", "--select", "CHROME", "a.txt"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert "a.txt:2:1: CHROME001 site footer: footer line ('support our journalism')" in out.stdout


def test_quick_keys_equal_full_keys_when_no_table_is_needed():
    from doclint.rules.chrome.lexicon import needs_table

    for text in ("版权所有 2024 某某网 | 联系我们", "Privacy Policy | Terms of Use © 2019"):
        assert not needs_table(text)
        assert line_key(text, quick=True) == line_key(text)
    assert needs_table("版權所有") and needs_table("ＡＢＣ")


def _reference_key(row: str, quick: bool) -> str:
    """The key as specified, one regex per line: fold, digits to 0, keep letters and digits."""
    import re

    from doclint.rules.chrome.lexicon import _fold_table, strip_glue

    row = re.sub("[0-9]", "0", strip_glue(row))  # ASCII digits only: ``１２`` folds to ``12``
    row = row.lower() if quick else row.translate(_fold_table())
    return re.sub(r"[\W_]+", "", row)


def test_document_keys_equal_the_keys_of_each_line():
    text = ("雲陽137萬人，共奮進！\n\n  首頁(yè) > 新聞_中心\nΣΟΦΟΣ snake_case Ｆｕｌｌ１２\n"
            "Privacy Policy | Terms © 2019\t\r\n___\nİstanbul\xa0e\u0301te \ud800 ٣٤\n")
    for quick in (False, True):
        assert line_keys(text, quick) == [_reference_key(row, quick) for row in text.split("\n")]
    assert line_keys(text)[:4] == ["云阳000万人共奋进", "", "首页新闻中心", "σοφοσsnakecasefull12"]


def test_document_keys_equal_the_reference_for_every_character():
    # the keys are computed in a cheap order (ASCII, punctuation, then the fold): every code
    # point, upper/lower case pairs, full-width forms and Traditional characters included,
    # must give the key of the plain definition
    text = "\n".join("".join(map(chr, range(start, min(start + 64, 0x30000)))).replace("\n", " ")
                     for start in range(0, 0x30000, 64))
    for quick in (False, True):
        assert line_keys(text, quick) == [_reference_key(row, quick) for row in text.split("\n")]


def test_fold_label_drops_spaces_between_han_characters_only():
    from doclint.rules.chrome.lexicon import fold_label

    assert fold_label("地 址") == fold_label("地\u3000\u3000址") == "地址"
    assert fold_label(" 電 話 Tel 號 碼 ") == "电话 tel 号码"
    assert fold_label("E-mail 地址") == "e-mail 地址"
