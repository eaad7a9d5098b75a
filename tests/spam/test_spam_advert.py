"""SPAM004 advert-message: shop, service and prize SMS adverts, as lines or glued onto one.

Every advert and clean text here is written for these tests.
"""
from __future__ import annotations

import pytest
from doclint.model import Applicability

ARTICLE = "今天上午，区政府召开安全生产工作会议，部署节前检查。\n\n"


@pytest.mark.parametrize("advert", [
    "亲爱的会员：本店周年庆全场八折，进店即有好礼相送，数量有限，先到先得！",          # zh-Hans shop
    "親愛的會員您好：本店週年慶全場八折，進店即有好禮相送，數量有限，先到先得！",      # zh-Hant shop
    "尊敬的客户您好，我司专业提供写字楼租赁服务，月租低至xx元/平米，欢迎来电咨询。",  # masked price
    "驾校暑期班火热招生，学费立减500元，名额有限，报名热线：139-0000-0000",           # no voice: 4 kinds
    "Congratulations! You have won a £500 prize. Call now to claim before it expires",
    "Dear customer, ur account has 2 FREE bonus credits. Reply YES 2day to collect, 25p/msg",
    "You are awarded a free city break! Ring 09061 743 210 now, 150p/min",   # a premium number
    "Your mobile has been picked for a reward: txt YES to 80586 before Friday",  # an SMS short code
    "【鑫茂家居】新春特惠，全场直降，欢迎进店选购",                              # a bracketed sender
    "我司专业承接办公室装修，价格优惠，电话忙时请拨 0731-5550123",              # 请拨 is a contact label
    "各位家长好：暑期书法班开课啦，报名即送字帖，限前二十名，回T退订",           # an opt-out (回T退订)
    "李老师新年好：少儿美术班春季开课，报名即送画具，名额有限，欢迎来电！",         # a salutation: voice
    "凭此短信到店即送精美礼品一份，活动仅限本周末",                               # names itself an SMS
    "2day ur stars r bright! Ask the tarot: reply CARD w/ur question. Reply END to stop",  # an opt-out
])
def test_advert_line_is_flagged_and_deleted(spam, fixed, advert):
    text = ARTICLE + advert + "\n"
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM004", 3, 1, advert)]
    assert found[0].diagnostic.fix.applicability is Applicability.UNSAFE
    assert fixed(text) == ARTICLE


def test_advert_glued_onto_a_paragraph_keeps_the_paragraph(spam, fixed):
    para = "会议强调，要稳就业、保民生，全力以赴推动经济发展。"
    advert = "尊敬的客户您好，本店新品特惠，满300元立减50元，欢迎进店选购！"
    found = spam(para + advert + "\n")
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM004", 1, len(para) + 1, advert)]
    assert "glued" in found[0].diagnostic.message
    assert fixed(para + advert + "\n") == para + "\n"


def test_multi_sentence_advert_is_widened_to_its_opener(spam):
    para = "The council said the bridge will reopen in May."
    advert = "URGENT! Your mobile number has won a cash prize. Call now to claim it. T&Cs apply"
    found = spam(f"{para} {advert}\n")
    assert [(f.code, f.col, f.text) for f in found] == [("SPAM004", len(para) + 2, advert)]


def test_notes_list_the_cues_by_kind(spam):
    (found,) = spam("亲爱的会员：本店全场八折，进店即有好礼相送，先到先得！\n")
    diag = found.diagnostic
    assert diag.message == "advertising message in the line (5 kinds of cues)"
    assert diag.notes[0] == ("cues: address: 亲爱的会员; invite: 进店; offer: 好礼相送; "
                             "urgency: 先到先得; vendor: 本店")


def test_a_line_with_a_contact_promo_is_left_to_spam002(spam):
    found = spam("亲爱的会员，本店优惠大放送，加微信 shop8888 领取礼品，先到先得\n")
    assert [f.code for f in found] == ["SPAM002"]


@pytest.mark.parametrize("clean", [
    # a news report on a shopping festival: third person, reporter, consumers
    "记者了解到，多家商场推出满300元减50元的优惠活动，消费者进店即可领取礼品，名额有限，先到先得。",
    "The store said customers who call now can claim a free gift card while stocks last.",
    # a shop's own notice without enough cues
    "本店春节期间正常营业，会员凭卡享受九折优惠，详情请咨询门店工作人员。",
    # a long paragraph that mentions offers is prose, not an SMS
    "本届消费节由市商务局主办，" + "各区商圈将陆续推出特色展销、非遗市集和夜间文旅等主题活动，" * 8
    + "亲爱的朋友们可进店体验，部分商户还准备了礼品相送，先到先得。",
    # a warning about advert SMS
    "警方提醒：凡是“亲爱的会员，进店即送好礼，名额有限，详询客服”的短信，多为诈骗。",
    "Reply STOP to unsubscribe from our free weekly newsletter.",
    # a regulation that names offers, a phone number and a PO box
    "Operators must not offer a free bonus to new players; call 020 7946 0000 now for the rules.",
    "【本报讯】市民可拨打热线 12345 咨询优惠政策，名额有限。",
    # a teacher's letter that opens with a salutation and names a sign-up and a gift
    "各位家长好：下周三下午开家长会，请准时参加。报名参加志愿活动的同学将获得纪念品。",
    # a consumer report quoting the opt-out line of advert SMS
    "The regulator said firms that text offers must tell customers to reply STOP to end them.",
])
def test_clean_text_is_not_an_advert(spam, clean):
    assert spam(clean + "\n") == []


def test_extend_and_allow_terms(spam):
    line = "欢迎来电 本店 清仓 甩卖 一律 五元\n"
    assert spam(line) == []
    found = spam(line, {"SPAM004": {"extend-terms": ["清仓", "甩卖"]}})
    assert [f.code for f in found] == ["SPAM004"]
    advert = "亲爱的会员：本店全场八折，进店即有好礼相送，先到先得！\n"
    assert spam(advert, {"SPAM004": {"allow-terms": ["亲爱的会员", "亲爱的", "本店"]}}) == []
