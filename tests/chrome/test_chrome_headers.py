"""CHROME001, comment headers: one template with a date and time recurring in a document.

Every text here was written for these tests. The positives are comment sections built on the
templates blogs and forums print; the negatives are clean texts of the same shape (chats,
changelogs, agendas, timetables, dated lists) that must stay clean.
"""
from __future__ import annotations

import pytest

from doclint import Document
from doclint.rules.chrome.headers import header_lines
from doclint.rules.chrome.lexicon import fold, load_lexicon


def headers(texts: list[str]) -> list[int]:
    """Indexes of the header lines among ``texts`` (one document, a line each)."""
    document = Document.from_text("\n".join(texts) + "\n")
    return header_lines(document.lines, document.text, fold, load_lexicon())

POST_ZH = (
    "搬家到新博客了\n"
    "从今天起，我的文章都会发在这里，旧博客不再更新，欢迎大家常来看看，多提意见。\n"
    "这个新家的界面比原来的清爽许多，写起东西来也更顺手，希望能坚持每周更新两篇。\n")

COMMENTS_ZH = (
    "# re: 搬家到新博客了 2011-03-02 09:15 小林\n"   # 4
    "恭喜恭喜，新家很漂亮！\n"                     # 5
    "# re: 搬家到新博客了 2011-03-02 10:40 阿杰\n"   # 6
    "终于等到你更新了，收藏了。\n"                   # 7
    "# re: 搬家到新博客了 2011-03-03 21:07 moonlight\n"  # 8
    "写得真好\n"                                # 9
    "# re:搬家到新博客了 2011-03-05 8:02 老王\n"     # 10
    "界面确实比以前好看，就是字体有点小，能不能调大一点？\n")  # 11


def test_reply_headers_of_one_template_are_reported_and_comments_kept(check):
    result = check(POST_ZH + COMMENTS_ZH, "CHROME001")
    assert result.rows() == [4, 6, 8, 10]
    assert all("comment header" in d.message for d in result.diagnostics)
    fixed = result.fixed()
    assert "# re:" not in fixed and "恭喜恭喜，新家很漂亮！\n" in fixed and "写得真好\n" in fixed


def test_headers_sharing_a_counter_after_the_stamp(check):
    thread = (
        "周末去哪儿玩？ 【 山里人 】 05-02 08:11 120字 [301/4]\n"
        "去爬山吧，空气好 【 阿青 】 05-02 09:30 0字 [87/0]\n"
        "我想去海边看看，可惜太远了，一个人开车不安全。 【 小鱼儿 】 05-02 10:02 56字 [95/1]\n"
        "在家睡觉 【 懒猫 】 05-02 11:45 0字 [60/0]\n")
    result = check(POST_ZH + thread, "CHROME001")
    assert result.rows() == [4, 5, 6, 7]


def test_english_comment_headers_with_a_poster_suffix():
    texts = [
        "Comment from the board, posted March 3, 2019 at 10:32 am by dave_k",
        "Great write-up, thanks.",
        "Comment from the board, posted March 3, 2019 at 11:05 am by Ana",
        "I tried this and it worked first time.",
        "Comment from the board, posted March 4, 2019 at 7:41 pm by old.timer",
    ]
    assert headers(texts) == [0, 2, 4]


def test_two_headers_are_not_a_template():
    texts = ["# re: 新家 2011-03-02 09:15 小林", "恭喜", "# re: 新家 2011-03-02 10:40 阿杰", "好"]
    assert headers(texts) == []


CLEAN_SHAPES = {
    # a chat: the message follows the stamp on the same line
    "chat-transcript-en": (
        "Team chat, release day\n\n"
        "Maya 2023-05-02 09:14: morning all, the build is green\n"
        "Tom 2023-05-02 09:15: great, I will tag it after standup\n"
        "Maya 2023-05-02 09:31: tagged? I do not see it yet\n"
        "Tom 2023-05-02 09:32: done now, sorry\n"
        "Maya 2023-05-02 09:40: thanks!\n"),
    "chat-transcript-zh": (
        "群聊记录\n\n"
        "[2023-05-02 09:14] 小张：大家早，今天下午三点开会\n"
        "[2023-05-02 09:15] 小李：收到\n"
        "[2023-05-02 09:20] 小张：记得带上周的报表\n"
        "[2023-05-02 09:21] 小王：好的，我打印出来\n"),
    "chat-same-speaker-de": (
        "Protokoll der Bereitschaft\n\n"
        "Leitstelle 12.03.2022 14:05: Einsatz übernommen, Fahrzeug unterwegs.\n"
        "Leitstelle 12.03.2022 14:20: Fahrzeug am Einsatzort eingetroffen.\n"
        "Leitstelle 12.03.2022 15:02: Einsatz beendet, Fahrzeug frei.\n"),
    "changelog-dates-en": (
        "Changelog\n\n"
        "## 2.1.0 - 2023-04-18 10:00\n"
        "Added support for YAML configuration files.\n"
        "## 2.0.1 - 2023-03-02 16:30\n"
        "Fixed a crash when the input folder is empty.\n"
        "## 2.0.0 - 2023-02-11 09:45\n"
        "Dropped Python 3.8.\n"),
    "changelog-zh": (
        "更新日志\n\n"
        "版本 3.2 2023-04-18 10:00 发布\n"
        "新增夜间模式。\n"
        "版本 3.1 2023-03-02 16:30 发布\n"
        "修复了登录失败的问题。\n"
        "版本 3.0 2023-02-11 09:45 发布\n"
        "全新界面设计。\n"),
    "numbered-list-with-dates-zh": (
        "项目大事记\n\n"
        "项目从立项到交付历时一年多，以下是几个关键节点，供后续项目参考。\n"
        "1. 2022年3月1日 10:00 项目启动会召开\n"
        "2. 2022年6月15日 14:30 完成方案评审\n"
        "3. 2022年9月30日 09:00 首批设备到货\n"
        "4. 2023年1月10日 15:00 系统正式上线\n"
        "回顾整个过程，前期准备越充分，后期返工就越少。\n"),
    "agenda-en": (
        "Workshop programme\n\n"
        "Day 1 09:00 Registration\n"
        "Day 1 09:30 Opening talk\n"
        "Day 1 11:00 Hands-on session\n"
        "Day 1 13:00 Lunch\n"),
    "timetable-zh": (
        "春运加开列车时刻\n\n"
        "G1001次 2024-02-01 08:00 北京南-上海虹桥\n"
        "G1003次 2024-02-01 09:00 北京南-上海虹桥\n"
        "G1005次 2024-02-01 10:00 北京南-上海虹桥\n"
        "G1007次 2024-02-01 11:00 北京南-上海虹桥\n"
        "请旅客提前到站，留足安检和候车时间。\n"),
    "meeting-minutes-fr": (
        "Compte rendu du conseil\n\n"
        "Séance du 2023-05-02 18:00 : ouverture par la présidente.\n"
        "Séance du 2023-06-06 18:00 : vote du budget, adopté à l'unanimité.\n"
        "Séance du 2023-07-04 18:00 : point sur les travaux de la place.\n"),
}


@pytest.mark.parametrize("name", sorted(CLEAN_SHAPES))
def test_clean_texts_of_the_header_shape_stay_clean(check, name):
    result = check(CLEAN_SHAPES[name])
    assert result.diagnostics == [], result.found()


def test_european_dates_in_german_comment_headers():
    texts = [
        "Kommentar zum Artikel | 11.09.2011 23:31 | Petra",
        "Sehr schöner Bericht, danke!",
        "Kommentar zum Artikel | 12.09.2011 08:02 | Jens K.",
        "Wann ist das nächste Treffen?",
        "Kommentar zum Artikel | 12.09.2011 09:15 | Redaktion",
    ]
    assert headers(texts) == [0, 2, 4]


def test_lines_with_nothing_after_the_stamp_count_when_they_open_with_a_listed_phrase():
    pingbacks = ["Pingback: Notes on a slow weekend | 11.09.2011 23:31",
                 "Pingback: Notes on a slow weekend | 26.06.2012 10:43",
                 "Pingback: Notes on a slow weekend | 22.07.2014 14:09"]
    assert headers(pingbacks) == [0, 1, 2]
    headings = ["Séance du 2023-05-02 18:00", "Ouverture par la présidente.",
                "Séance du 2023-06-06 18:00", "Vote du budget.",
                "Séance du 2023-07-04 18:00", "Point sur les travaux."]
    assert headers(headings) == []
