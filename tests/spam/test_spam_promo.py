"""SPAM002 contact-promo: handles, phones and links offered with calls to act and offers."""
from __future__ import annotations

import pytest
from doclint.model import Applicability

ARTICLE = "今天上午，区政府召开安全生产工作会议，部署节前检查。\n\n"


@pytest.mark.parametrize("promo", [
    "加微信 abc8888 免费领取彩金，日赚500",          # zh-Hans, handle after a call to act
    "加微信：abc8888 免費領取，日賺500",              # zh-Hant
    "QQ群：12345678 进群领红包，兼职日结",            # QQ group number
    "扫码进群，飞机号：@fuli2024，日赚300稳赚",       # Telegram nickname
    "DM me on Telegram @cryptoking99 for a guaranteed profit, free signals",
    "WhatsApp: +44 7700 900123 to claim your free bonus",
    "WINNER!! You have won a £1000 cash prize. Call 09061234567 now to claim. Reply STOP",
    "Check out my channel for new covers every week!",
    "Please subscribe to me, new videos every day",    # a channel plug in a comment thread
    "FREE ringtone every week! txt TONE to 87021 now",  # an SMS short code
    "可聊可约伽徽：abc20241 日结",                     # homophone-obfuscated WeChat handle
    "长期收一类卡，卡商直收，联系方式 t.me/cardking88",  # money-mule ad with a Telegram link
    "跑分车队招人，日结稳赚，咨询客服：@paofen666",       # an @handle after a contact word
])
def test_promo_line_is_flagged_and_deleted(spam, fixed, promo):
    text = ARTICLE + promo + "\n"
    found = spam(text)
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM002", 3, 1, promo)]
    assert fixed(text) == ARTICLE


def test_advert_glued_onto_a_paragraph_keeps_the_paragraph(spam, fixed):
    para = "会议强调，要稳就业、保民生，全力以赴推动经济发展。"
    advert = "【福利】扫码进群，加V：vip2024 领红包"
    found = spam(para + advert + "\n")
    assert [(f.code, f.row, f.col, f.text) for f in found] == [("SPAM002", 1, len(para) + 1, advert)]
    assert "glued" in found[0].diagnostic.message
    assert fixed(para + advert + "\n") == para + "\n"


def test_english_advert_glued_after_a_space(spam, fixed):
    para = "The mayor said the bridge will reopen in May."
    advert = "URGENT! Call 09061234567 now to claim your free cash prize"
    found = spam(f"{para} {advert}\n")
    assert [(f.code, f.col, f.text) for f in found] == [("SPAM002", len(para) + 2, advert)]
    assert fixed(f"{para} {advert}\n") == para + "\n"


def test_notes_name_the_contact_and_the_solicitation(spam):
    (found,) = spam("加微信 abc8888 免费领取彩金，日赚500\n")
    diag = found.diagnostic
    assert diag.message == "contact promo in the line: handle 加微信 abc8888"
    assert diag.notes[0] == "contact: handle 加微信 abc8888"
    assert diag.notes[1] == "calls to act: 加微信; offers: 免费, 免费领取, 领取, 彩金, 日赚"
    assert diag.fix.applicability is Applicability.UNSAFE


@pytest.mark.parametrize("clean", [
    "微信公众平台:CQZXB999",                                  # a channel with a handle but no solicitation
    "如有疑问，请拨打咨询电话 010-12345678。",                # a hotline
    "关注我们的微信公众号，获取更多资讯。",                   # a channel without a handle
    "警方提醒：凡是要求加微信 abc8888 领取补贴、日赚500的，都是诈骗。",  # a warning
    "For questions call 020 7946 0000.",
    "Sign up: Obits newsletter",
    "The meeting is on 2024-03-01, call 555-0100 for details.",
    "If you need help, text HOME to 741741 to reach the Crisis Text Line.",  # a short code, no offer
    "联系人：张三，联系电话：13800000000，欢迎咨询。",          # a contact person without an @handle
    "Tips? Contact @dailypaper on Twitter.",                # an @handle without solicitation
])
def test_contacts_without_solicitation_stay_clean(spam, clean):
    assert spam(clean + "\n") == []


def test_allow_terms_exempts_a_handle_owner(spam):
    line = "加微信 abc8888 免费领取彩金，日赚500\n"
    options = {"SPAM002": {"allow-terms": ["加微信", "免费领取", "领取", "免费", "彩金", "日赚"]}}
    assert spam(line, options) == []


def test_extend_terms_add_offers(spam):
    line = "微信：abc8888 特惠团购 秒杀\n"
    assert spam(line) == []
    assert [f.code for f in spam(line, {"SPAM002": {"extend-terms": ["特惠团购", "秒杀"]}})] == ["SPAM002"]


@pytest.mark.parametrize("plug", [
    "CHECK OUT THE NEW REMIX BY DJ KORVO ON MY PAGE",                 # shouting
    "guys check out Tomato Pranks for the funniest prank videos ever",  # a commenter's voice
    "Check out this video on YouTube: best goals of the week",         # the YouTube share template
])
def test_media_plug_in_a_comment_voice_is_flagged(spam, plug):
    thread = "Great song, reminds me of summer 2009\nthe drummer is amazing in the bridge\n"
    found = spam(thread + plug + "\n")
    assert [(f.code, f.row, f.text) for f in found] == [("SPAM002", 3, plug)]
    assert found[0].diagnostic.notes[0].startswith("contact: media plug")


@pytest.mark.parametrize("clean", [
    "Check out the video below to see how the bridge was built.",
    "Fans can check out the band's new music video on YouTube from Friday, the label said.",
    "She told us to \u201ccheck out my channel\u201d, but we never did!!",
])
def test_media_plug_in_prose_stays_clean(spam, clean):
    assert spam(clean + "\n") == []
