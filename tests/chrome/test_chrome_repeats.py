"""CHROME003 repeated-line: title repeats (any script variant), doubled lines, opt-in repeats."""
from __future__ import annotations

TITLE_T = "雲陽137萬人共奮進，打好了一場高質量脫貧摘帽的榮譽之戰"
TITLE_S = "云阳137万人共奋进，打好了一场高质量脱贫摘帽的荣誉之战"
PARA = "這一百天來，縣、鄉、村三級一起抓，形成了脫貧摘帽的強大合力，幹部群眾齊心協力。"


def test_simplified_caption_repeating_a_traditional_title(check):
    text = "\n".join([TITLE_T, PARA, TITLE_S, PARA + "一", TITLE_S, TITLE_S, PARA + "二"]) + "\n"
    result = check(text, "CHROME003")
    assert result.rows() == [3, 5, 6]
    assert all(d.message == "repeats the title" for d in result.diagnostics)
    assert TITLE_S not in result.fixed()
    assert result.fixed().startswith(TITLE_T + "\n" + PARA + "\n" + PARA + "一\n")


def test_line_holding_the_title_twice(check):
    text = "\n".join([TITLE_T, PARA, TITLE_S + TITLE_S, PARA + "一"]) + "\n"
    assert check(text, "CHROME003").rows() == [3]


def test_doubled_line_loses_its_second_copy(check):
    doubled = "市政协召开专题协商会议" * 2
    text = "\n".join(["标题", PARA, doubled, PARA + "一"]) + "\n"
    result = check(text, "CHROME003")
    assert result.spans() == ["市政协召开专题协商会议"]
    assert result.diagnostics[0].span.start == result.document.text.index(doubled) + len(doubled) // 2
    assert "市政协召开专题协商会议\n" in result.fixed()


def test_title_part_before_a_site_name(check):
    text = "Council approves transport plan - Example News\n" + (
        "The city council approved the new transport plan on Tuesday after a long debate.\n"
        "Example News\n"
        "Officials said the first bus lanes would open next spring, with more routes later.\n")
    assert check(text, "CHROME003").rows() == [3]


def test_other_repeats_only_on_request(check):
    question = "Что вас вдохновляет на новые блюда?"
    text = "\n".join(["Три повара", "Анна", question, PARA, "Иван", question, PARA + "一"]) + "\n"
    assert check(text, "CHROME003").diagnostics == []
    assert check(text, "CHROME003", CHROME003={"all-repeats": True}).rows() == [6]


def test_verse_with_a_refrain_is_left_alone(check):
    text = "Title line here\n" + "and the river runs and runs\nshort line\nanother\n" * 3
    assert check(text, "CHROME003", CHROME003={"all-repeats": True}).diagnostics == []
