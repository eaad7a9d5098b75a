"""SPAM001 keyword-stuffing on composed spam (zh-Hans, zh-Hant, en; top, bottom, middle, glued) and seed 000."""
from __future__ import annotations

from pathlib import Path

from doclint.model import Applicability

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

BODY_HANS = "市政府召开常务会议，研究部署下一阶段经济工作。\n\n会议强调，要稳就业、保民生，全力推动高质量发展。\n"
BODY_HANT = "市政府召開常務會議，研究部署下一階段經濟工作。\n\n會議強調，要穩就業、保民生，全力推動高質量發展。\n"
STUFF_HANS = "日韩无码高清在线观看,熟妇人妻久久精品,国产自拍偷拍视频,百家乐真人娱乐"
STUFF_HANT = "日韓無碼高清在線觀看|熟婦人妻久久精品|國產自拍偷拍視頻|百家樂真人娛樂"
STUFF_EN = "buy viagra online | cheap cialis no prescription | online casino bonus | free spins"


def test_hans_line_at_the_top_is_deleted(spam, fixed):
    text = STUFF_HANS + "\n\n" + BODY_HANS
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM001", 1, 1, STUFF_HANS)]
    assert fixed(text) == "\n" + BODY_HANS


def test_hant_line_at_the_bottom_is_deleted(spam, fixed):
    text = BODY_HANT + STUFF_HANT + "\n"
    found = spam(text)
    assert [(f.code, f.row, f.col) for f in found] == [("SPAM001", 4, 1)]
    assert fixed(text) == BODY_HANT


def test_line_in_the_middle_without_trailing_newline_at_end(spam, fixed):
    text = "第一段正文内容，介绍会议情况。\n" + STUFF_HANS + "\n第二段正文内容，介绍工作安排。"
    assert [(f.code, f.row) for f in spam(text)] == [("SPAM001", 2)]
    assert fixed(text) == "第一段正文内容，介绍会议情况。\n第二段正文内容，介绍工作安排。"


def test_tail_glued_onto_a_sentence_keeps_the_sentence(spam, fixed):
    text = "市政府召开常务会议，研究部署下一阶段经济工作。亚洲色图 自拍偷拍 人妻熟女 无码av在线\n"
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [
        ("SPAM001", 1, 24, "亚洲色图 自拍偷拍 人妻熟女 无码av在线")]
    assert "glued" in found[0].diagnostic.message
    assert fixed(text) == "市政府召开常务会议，研究部署下一阶段经济工作。\n"


def test_english_line_and_english_glued_tail(spam, fixed):
    text = f"The council approved the budget on Monday.\n{STUFF_EN}\nThe vote was 7 to 2. {STUFF_EN}\n"
    found = spam(text)
    assert [(f.code, f.row, f.col) for f in found] == [("SPAM001", 2, 1), ("SPAM001", 3, 22)]
    assert fixed(text) == "The council approved the budget on Monday.\nThe vote was 7 to 2.\n"


def test_seed_000_line_1_is_the_only_spam_line(spam, fixed):
    text = (SEEDS / "000_426bb99d3cecc235.txt").read_text(encoding="utf-8")
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM001", 1, 1, text.split("\n")[0])]
    terms = found[0].diagnostic.notes[0]
    for term in ("熟妇", "乱子伦", "在线观看", "不卡", "精品视频"):
        assert term in terms
    assert "structure: numbers glued to phrases" in found[0].diagnostic.notes
    assert fixed(text) == text.split("\n", 1)[1]


def test_fix_is_unsafe_and_evidence_is_reported(spam):
    found = spam(STUFF_HANS + "\n" + BODY_HANS)
    diag = found[0].diagnostic
    assert diag.fix.applicability is Applicability.UNSAFE
    assert diag.notes[0].startswith("terms (")
    assert "熟妇" in diag.notes[0] and "百家乐" in diag.notes[0]
    assert any(n.startswith("structure: 4 short phrases") for n in diag.notes)
    assert "position: first non-blank line of the document" in diag.notes
    assert "script: unlike the rest of the document" not in diag.notes


def test_a_chinese_keyword_line_in_an_english_document_is_noted(spam):
    text = "The council approved the budget on Monday.\n" + STUFF_HANS + "\nThe vote was 7 to 2.\n"
    (found,) = spam(text)
    assert "script: unlike the rest of the document" in found.diagnostic.notes


def test_a_single_term_or_two_never_fire(spam):
    assert spam("熟妇\n") == []
    assert spam("百家乐,在线观看\n") == []
    assert spam("buy viagra\n") == []


def test_weak_terms_alone_never_fire(spam):
    # A video site's menu: SEO vocabulary without any spam-only term.
    assert spam("首页 | 在线观看 | 日韩剧 | 欧美剧 | 国产剧 | 高清 | 免费\n") == []


def test_min_terms_option_raises_the_bar(spam):
    line = "熟妇人妻,无码av,在线观看\n"
    assert [f.code for f in spam(line)] == ["SPAM001"]
    assert spam(line, {"SPAM001": {"min-terms": 5}}) == []


def test_extend_and_allow_terms_options(spam):
    line = "蓝莓影院,草莓视频,香蕉在线\n"
    assert spam(line) == []
    extended = {"SPAM001": {"extend-terms": ["蓝莓影院", "草莓视频", "香蕉在线"]}}
    assert [f.code for f in spam(line, extended)] == ["SPAM001"]
    allowed = {"SPAM001": {"allow-terms": ["熟妇", "人妻"]}}
    assert spam("熟妇人妻,无码av,在线观看\n", allowed) == []
