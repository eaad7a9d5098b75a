"""Third pass: signals added for spam nobody tuned on (masked numbers, prices, self-introductions,
comment plugs and engagement bait) and the vetoes that keep quoted scam messages clean.

Every text here is written for these tests.
"""
from __future__ import annotations

import pytest

ARTICLE = "今天上午，区政府召开安全生产工作会议，部署节前检查。\n\n"
ARTICLE_EN = "The council met on Tuesday to approve the new library budget.\n\n"


@pytest.mark.parametrize("advert", [
    "湖景花园现房特价，xx平两房仅需xx万，欢迎来电看房，销售热线xxxx-xxxxxxx",      # masked hotline
    "新年好！我是锦绣家居的小王，本周全场x折优惠，进店送抱枕一对，有需要请联系我",    # self-introduction
    "好消息！滨江公寓火爆认购，价格x.x万起，先到先得，详询 138xxxx5678",          # 价格 + masked phone
])
def test_chinese_sms_advert_with_masked_contact_is_flagged(spam, fixed, advert):
    text = ARTICLE + advert + "\n"
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM004", 3, 1, advert)]
    assert fixed(text) == ARTICLE


def test_a_charge_per_message_is_the_voice_of_a_premium_text_service(spam):
    line = "Hot singles in ur area want 2 chat! Reply DATE now, 150p/msg"
    found = spam(ARTICLE_EN + line + "\n")
    assert [(f.code, f.row, f.text) for f in found] == [("SPAM004", 3, line)]
    assert "billing: 150p/msg" in found[0].diagnostic.notes[0]


def test_a_message_that_names_itself_free_msg_speaks_as_its_sender(spam):
    line = "FreeMsg Hey, fancy a chat 2nite? Reply CHAT now"
    found = spam(ARTICLE_EN + line + "\n")
    assert [(f.code, f.row, f.text) for f in found] == [("SPAM004", 3, line)]
    assert "vendor: freemsg" in found[0].diagnostic.notes[0]


@pytest.mark.parametrize("line", [
    "The film is rated 18+ and tickets cost £12; call the box office on 0871 224 4007.",  # £12 is one cue
    "Tickets cost £12. Book now on 0871 224 4007 (calls cost 13p per minute plus access charges).",
    "Die Karten kosten 12 €; Reservierung unter 030 1234 5678, jetzt anrufen.",
])
def test_a_booking_line_with_a_price_and_a_number_stays_clean(spam, line):
    assert spam(ARTICLE_EN + line + "\n") == []


@pytest.mark.parametrize("comment", [
    "yo guys go to my chanell for more beats!!",
    "Rap from Oslo, check my channel :)",
    "PLEASE LIKE THIS COMMENT IF YOU ARE STILL WATCHING IN 2016",
    "like this comment if ur watching in 2017",
    "new covers every week guys, please subscribe :)",                # subscriber begging, chat marks
    "LIKE AND SUBSCRIBE FOR A NEW BEAT EVERY FRIDAY",                # shouted
])
def test_comment_plug_and_engagement_bait_are_flagged(spam, comment):
    text = ARTICLE_EN + comment + "\n"
    assert [(f.code, f.row, f.text) for f in spam(text)] == [("SPAM002", 3, comment)]


@pytest.mark.parametrize("text", [
    "I like this comment, it made me laugh.",                                     # no voice, no date
    "In an interview she said: \"go to my channel and you will see the new film\".",  # quoted
    "My channel started in 2012 and I still check my channel statistics every week.",  # no comment voice
    "Please subscribe to our newsletter to get the morning briefing.",             # a news page's ask
    "The paper hopes to reach 100,000 subscribers by 2026, its editor said.",
    "邮政工作人员表示，已提醒市民注意“价格x万”“详询xxxxxxx”一类短信。",              # a report
    "近日有市民收到短信：“好消息！您的手机号中奖了，奖金xxxx元，请致电xxxxxxxxxxx领取”。",  # quoted
])
def test_lookalikes_of_the_new_signals_stay_clean(spam, text):
    assert spam(ARTICLE_EN + text + "\n") == []


def test_a_prize_message_quoted_inside_a_line_is_reported_not_injected(spam):
    line = ("Residents said they received a text reading \"Congratulations! You have won £900. "
            "Call 09061 555 123 now to claim your prize, 150p/min\" and reported it.")
    assert spam(ARTICLE_EN + line + "\n") == []


@pytest.mark.parametrize("line", [
    "想看的老哥佳喂 kk52013",        # a look-alike of 加微 next to a handle
    "全套资源微.信 abc7788 包满意",  # 微信 split by a separator
])
def test_lookalike_and_split_channel_names_next_to_a_handle_are_flagged(spam, line):
    assert [(f.code, f.row, f.text) for f in spam(ARTICLE + line + "\n")] == [("SPAM002", 3, line)]


def test_lookalike_pairs_inside_ordinary_words_stay_clean(spam):
    text = "嘉威公司今年营收增长百分之十，家喂养的宠物狗需要定期接种疫苗，佳薇是她的小名。\n"
    assert spam(ARTICLE + text) == []


def test_laundering_jargon_without_a_contact_is_flagged(spam):
    line = "专业车队洗米，大量接料，料主直接对接，量大从优"
    assert [(f.code, f.row, f.text) for f in spam(ARTICLE + line + "\n")] == [("SPAM002", 3, line)]


def test_a_police_report_naming_laundering_jargon_stays_clean(spam):
    line = "警方捣毁一个为境外诈骗集团洗米的跑分车队，抓获料主和接料人员12名。\n"
    assert spam(ARTICLE + line) == []


@pytest.mark.parametrize("lure", [
    "Your parcel is on hold due to an unpaid £1.45 customs fee. Pay the fee within 24 hours at https://parcel-hold.example/pay",
    "Your account has been suspended due to unusual activity. Verify your details within 24 hours at http://secure-login.example",
    "您的快递因地址不详派送失败，请登录网址 http://kd-bz.example 更新地址，24小时内未处理将退回。",
    "恭喜您被抽中为幸运用户，获得平板电脑一台，请点击链接 http://lq-jp.example 领奖。",
    "Need money? Loans approved in 10 minutes, bad credit OK. Text LOAN to 60300",      # a loan offer
    "急用钱？无抵押贷款，当天放款，额度5-50万，详询 13812345678 王经理",                    # 贷款 SMS
])
def test_fake_delivery_account_and_prize_lures_are_flagged(spam, lure):
    found = spam(ARTICLE_EN + lure + "\n")
    assert [(f.code, f.row, f.text) for f in found] == [("SPAM004", 3, lure)]


@pytest.mark.parametrize("text", [
    "If your parcel could not be delivered, Royal Mail leaves a card, and you can reschedule at www.royalmail.com/redelivery.",
    "Dear customer, your account statement is ready. Log in at www.examplebank.co.uk or call 0345 600 1234.",
    "快递公司提醒，如快递无法派送，请登录官网查询，或拨打客服热线尽快处理。",
    "您的包裹已到达驿站，请尽快凭取件码领取，驿站营业时间为早8点至晚9点，地址：中山路8号。",
    "Ihr Paket konnte nicht zugestellt werden? Die Post bittet, die neue Zustellung unter www.post.de zu vereinbaren.",
])
def test_real_delivery_and_account_notices_stay_clean(spam, text):
    assert spam(ARTICLE_EN + text + "\n") == []


def test_a_private_telegram_invite_in_a_short_chat_line_is_flagged(spam):
    line = "各类资料查询进群https://t.me/+Ab3dEf9hIjKlMn0p"
    assert [(f.code, f.row, f.text) for f in spam(ARTICLE + line + "\n")] == [("SPAM002", 3, line)]


@pytest.mark.parametrize("text", [
    "The ministry's public channel t.me/healthgov posts daily updates on the outbreak.",
    "警方表示，该团伙通过 https://t.me/+Ab3dEf9hIjKlMn0p 等私密群组招募人员，目前已立案侦查。",
])
def test_a_public_channel_or_a_reported_invite_stays_clean(spam, text):
    assert spam(ARTICLE_EN + text + "\n") == []


def test_a_contraction_is_not_the_word_inside_it():
    from doclint.rules.spam.matcher import builtin_scan

    assert [h.term for h in builtin_scan("I won't forget you, I won’t").hits()] == []
    assert "won" in [h.term for h in builtin_scan("You have won a prize").hits()]
