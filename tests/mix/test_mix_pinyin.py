"""MIX002 pinyin-glue: converter annotations are flagged, deliberate pinyin is not."""
from __future__ import annotations

from doclint.model import Applicability
from doclint.rules.mix.pinyin_glue import PinyinGlue as Rule

GLUED = "重慶市政協(xié)召開會(huì)議,討論脫貧攻堅(jiān)工作。"
CLEAN = "重慶市政協召開會議,討論脫貧攻堅工作。"


def test_glued_annotations_are_deleted_safely(check):
    result = check(Rule, f"首頁(yè)>新聞\n{GLUED}\n")
    assert result.codes == ["MIX002", "MIX002"]
    assert result.positions == [((1, 2), (1, 7)), ((2, 5), (2, 33))]
    assert result.diagnostics[1].message.startswith("3 pinyin annotation(s)")
    assert all(d.fix.applicability is Applicability.SAFE for d in result.diagnostics)
    assert result.fixed() == f"首頁>新聞\n{CLEAN}\n"


def test_single_annotation_is_not_certain(check):
    result = check(Rule, "市政協(xié)召開全體會議,各委員出席。")
    assert result.rows == [1]
    assert result.diagnostics[0].fix.applicability is Applicability.UNSAFE


def test_reading_must_match_the_character(check):
    # 協 is read xié, not yè; 陽 is yáng
    assert check(Rule, "市政協(yè)召開會議。雲陽(mā)縣").diagnostics == []


def test_only_converted_characters_count(check):
    # 协 is Simplified, 中 is common to both scripts: nothing a converter produced
    assert check(Rule, "市政协(xié)召开会议,中(zhōng)心").diagnostics == []


def test_pinyin_lessons_are_clean(check):
    lessons = [
        "妈(mā) 麻(má) 马(mǎ) 骂(mà)",
        "媽(mā) 麻(má) 馬(mǎ) 罵(mà)",
        "中(zhōng)國(guó)",
        "國(guó)語(yǔ)",
        "協 (xié) means to cooperate; 經濟 (jīng jì) means economy.",
        "「經濟」（jīngjì）一詞來自古代漢語。",
        "記者鄭慶生 (Zheng Qingsheng) 報導。",
    ]
    for lesson in lessons:
        assert check(Rule, lesson).diagnostics == [], lesson


def test_lesson_lines_in_a_glued_document_make_the_rest_unsafe(check):
    result = check(Rule, f"{GLUED}\n媽(mā) 麻(má)\n{GLUED}")
    assert result.rows == [1, 3]
    assert {d.fix.applicability for d in result.diagnostics} == {Applicability.UNSAFE}


def test_seed_000_glue_lines(check, zh):
    result = check(Rule, zh.seed("000_426bb99d3cecc235.txt"))
    assert result.rows == [3, 5, 7, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 34]
    assert result.fixed().split("\n")[4] == "云陽的“戰疫”與“戰貧”——重慶市政協慎終如始助力脫貧攻堅記略"
