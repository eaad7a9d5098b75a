"""SPAM002's obfuscated contacts and underground-trade jargon, and the NFKC fold behind them.

Every handle and line here is written for these tests.
"""
from __future__ import annotations

import pytest

from doclint.rules.spam.evasion import fold

THREAD = "明天下午三点开会，记得带电脑。\n"


def test_fold_keeps_offsets_and_maps_fullwidth_and_math_letters():
    text = "加ＡＢ１２３𝐱𝐲𝟒５6，。"
    assert fold(text) == "加AB123xy456,。"  # NFKC folds the fullwidth comma too
    assert len(fold(text)) == len(text)
    assert fold("plain ascii") == "plain ascii"


@pytest.mark.parametrize("line", [
    "嶶 3141 5926 53 妹子在线",          # split digits after a look-alike of 微
    "🐧1618 0339 88 私聊",               # the penguin for QQ
    "企-鹅：2718◎2818◎28",              # separator inserted into 企鹅, digits split by symbols
    "看片找我 蔻ＢＫＺ７７３",             # fullwidth handle after a homophone of 扣
    "薇𝐦𝐨𝐨𝐧𝟖𝟖𝟖",                        # mathematical letters
])
def test_look_alike_channel_next_to_a_handle_is_flagged(spam, fixed, line):
    text = THREAD + line + "\n"
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM002", 2, 1, line)]
    assert "look-alike channel" in found[0].diagnostic.message
    assert fixed(text) == THREAD


GLUED_PROMOS = {
    # 嶶 right after a Han character would read as a name
    "obfuscated-contact-after-a-sentence": ("新车将于明年上市，厂商表示价格会有竞争力。", "美女陪聊 嶶1234 5678 90"),
    # the whole line is too long to be a chat line, the stretch after its last sentence is not
    "short-obfuscated-contact-after-a-long-paragraph": (
        "新车将于明年上市，厂商表示价格会有竞争力，经销商已开始接受预订，首批车辆预计三月交付。", "晚上无聊找我丘丘3141592653"),
    # 口口 in 口口声声 is an idiom, not a contact: the glued promo still starts at its own sentence
    "look-alike-character-in-prose-before-the-promo": (
        "他平日口口声声说要节约，却从不遵守规定，谁也不得不佩服他。", "加微信 shop8888 领取礼品"),
}


@pytest.mark.parametrize("name", sorted(GLUED_PROMOS))
def test_promo_glued_after_prose_is_cut_at_its_own_start(spam, fixed, name):
    para, promo = GLUED_PROMOS[name]
    found = spam(para + promo + "\n")
    assert [(f.code, f.col, f.text) for f in found] == [("SPAM002", len(para) + 1, promo)]
    assert fixed(para + promo + "\n") == para + "\n"


@pytest.mark.parametrize("line", [
    "车队长期收一类卡、对公户四件套，卡商卡农都来",
    "專業跑分車隊，收一類卡，二類卡也可以，碼商直接來",   # zh-Hant
])
def test_trade_jargon_without_a_contact_is_flagged(spam, line):
    found = spam(THREAD + line + "\n")
    assert [(f.code, f.row) for f in found] == [("SPAM002", 2)]
    assert found[0].diagnostic.message.startswith("contact promo in the line: trade jargon")


@pytest.mark.parametrize("clean", [
    "联系人：李薇 13912345678",                    # a name ending in a look-alike character
    "本月工资35000扣税3000，实发32000",            # 扣 as a verb next to numbers is not a channel
    "瑜伽课 2024 年 9 月开课",
    "警方打掉一个跑分车队，查获一类卡、对公户四件套200余套，卡商已被刑拘",  # a police report
    "公司车队今年买断了一批货车，公户账目已核对。",   # two ordinary uses, not three jargon terms
    "我的QQ是 12345678，有事找我",                  # a plain channel: SPAM002's ordinary rules
    "他口口声声说自己2019年就来过，电话13912345678却一直打不通。",  # 口口 in a word, far from the number
])
def test_clean_lines_stay_clean(spam, clean):
    assert spam(THREAD + clean + "\n") == []
