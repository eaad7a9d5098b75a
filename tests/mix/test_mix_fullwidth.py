"""MIX004 fullwidth-alnum: full-width letters and digits in half-width text."""
from __future__ import annotations

from doclint.model import Applicability
from doclint.rules.mix.fullwidth import FullwidthAlnum as Rule


def test_fullwidth_word_in_latin_text(check):
    result = check(Rule, "Use code ＰＲＯＭＯ２０２４ at checkout.")
    assert result.codes == ["MIX004"]
    assert result.positions == [((1, 10), (1, 19))]
    assert result.diagnostics[0].fix.applicability is Applicability.SAFE
    assert result.fixed() == "Use code PROMO2024 at checkout."


def test_each_run_is_folded(check):
    result = check(Rule, "The ｃｏｍｐａｎｙ was founded in １９９８.\n")
    assert result.spans_text() == ["ｃｏｍｐａｎｙ", "１９９８"]
    assert result.fixed() == "The company was founded in 1998.\n"


def test_cjk_lines_keep_their_fullwidth_forms(check):
    texts = ["ＮＨＫの番組は２０２０年に始まった。", "他今年１９岁，在Ｃｏｖａ餐厅工作。", "한국 ＫＢＳ 방송"]
    for text in texts:
        assert check(Rule, text).diagnostics == [], text
    assert check(Rule, "他今年１９岁。", in_cjk=True).fixed() == "他今年19岁。"


def test_cjk_punctuation_is_never_flagged(check):
    assert check(Rule, "Hello，world：（ok）「yes」。", in_cjk=True).diagnostics == []
