"""False positives of the third pass: news about prizes, loans, deliveries and scams, a bank's
own notice, a shop's opening hours. Spam words, prices, phone numbers and quoted scam messages
appear in all of them, and none may produce a SPAM diagnostic.

Every text is written for these tests; none is taken from the evaluation sets or the spam
message collections.
"""
from __future__ import annotations

import pytest

CLEAN = {
    "quoted-prize-scam-en": (
        "Pensioners warned over fake prize texts\n\n"
        "Trading Standards said on Monday that residents of Leeds had received messages reading "
        "\"Congratulations! You have won a £1,000 prize. Call 09012 345678 now to claim.\"\n"
        "The message asked recipients to call 09012 345678 to claim a £1,000 prize, and calls cost £3.60 per minute.\n"
        "Anyone who receives such a text should forward it free of charge to 7726 and delete it.\n"),
    "quoted-delivery-scam-en": (
        "Parcel scam texts rise before Christmas\n\n"
        "One text, seen by this newspaper, read: 'Your parcel is waiting. Pay a £1.99 redelivery fee "
        "today at www.royal-redelivery.example to avoid return.'\n"
        "Royal Mail says it never asks customers to pay by text, and urged people to report the messages.\n"),
    "loan-news-en": (
        "Payday lenders cut rates after cap\n\n"
        "Borrowers can now take a loan of £200 for 30 days and pay no more than £48 in charges, "
        "the regulator said. Some lenders offer a first loan free of interest to new customers.\n"
        "Need money fast? Debt charities advise calling the free National Debtline on 0808 808 4000 first.\n"),
    "bank-notice-en": (
        "Dear customer, from 1 March our branch on High Street will open from 9am to 5pm, Monday to Friday.\n"
        "Call us on 0345 600 1234 or visit www.examplebank.co.uk for details. We will never ask for your PIN.\n"),
    "shop-hours-article-en": (
        "The bakery on Mill Lane, which reopened today after a fire, is open 7am to 3pm. A loaf costs £2.50 "
        "and the owner said the first 50 customers get a free coffee. Call 01632 960123 to order cakes.\n"),
    "lottery-news-en": (
        "A couple from Kent won £5 million on the National Lottery and plan to buy a house. "
        "The winners, who claimed their prize on Friday, said they would keep working.\n"),
    "quoted-prize-scam-zh": (
        "警惕“中奖”短信诈骗\n\n"
        "近日，市民王女士收到一条短信：“恭喜您被抽中为幸运用户，可领取价值5000元大礼包，请致电13812345678领取。”\n"
        "王女士拨打电话后被要求先交300元手续费，才发现被骗。警方提醒，凡是要求先交钱再领奖的都是骗局。\n"),
    "quoted-delivery-scam-zh": (
        "有市民反映收到“快递丢失理赔”短信，内容为“您的快递已丢失，我司将双倍赔偿，请添加客服微信kf8899办理”。\n"
        "快递公司表示，从未发送此类短信，理赔只通过官方客服热线95338办理。\n"),
    "loan-news-zh": (
        "多家银行下调消费贷利率\n\n"
        "记者了解到，部分银行消费贷款年化利率已降至3%左右，额度最高20万元，线上即可申请。\n"
        "专家表示，借款人应量力而行，不要轻信“无抵押、秒到账”的网络贷款广告。\n"),
    "loan-product-zh": (
        "该行消费贷年利率低至3.2%，无抵押，最快当天放款，额度最高30万元，详情可咨询各网点。\n"),
    "bank-notice-zh": (
        "尊敬的客户：因系统升级，我行将于2024年3月2日0:00至6:00暂停网上银行服务，给您带来不便，敬请谅解。\n"
        "如有疑问，请致电客服热线95588。我行不会以任何理由向您索要验证码。\n"),
    "shop-hours-article-zh": (
        "老字号面馆重新开业\n\n"
        "这家面馆位于中山路88号，营业时间为早上7点至晚上9点，一碗牛肉面18元。\n"
        "店主李先生说，开业三天内到店的顾客可免费加一个卤蛋，订餐电话0571-87654321。\n"),
    "delivery-news-zh-hant": (
        "郵政公司表示，農曆新年前包裹量大增，部分地區派送或延誤一至兩日。\n"
        "市民可致電客服熱線2921 2222查詢，或登入官方網站追蹤郵件，切勿點擊不明連結。\n"),
    "review-blog-zh": (
        "店里正在搞活动，满100元减20元，太划算了！老板还免费送了一碗汤！下次还来！\n"
        "周末带孩子去了新开的书店，环境特别好！会员八折，还有免费的绘本区，推荐大家去看看！\n"),
    "review-blog-en": (
        "Great news! The museum is free on Sundays, and the café offers 10% off. Call 020 7946 0123 to book!\n"
        "We loved it! Tickets are only £5 and kids go free. Book now, it sells out fast!\n"),
    "prize-news-es": (
        "Un vecino de Sevilla gana 3 millones en la Lotería Primitiva. La policía advierte de mensajes falsos "
        "que dicen «Ha ganado un premio, llame al 806 123 456 para reclamarlo» y pide no responder.\n"),
    "loan-notice-de": (
        "Die Sparkasse senkt den Zins für Ratenkredite auf 4,9 %. Kunden können den Kredit online beantragen "
        "oder unter 0800 123 4567 kostenlos anrufen. Die Filiale ist montags bis freitags von 9 bis 18 Uhr geöffnet.\n"),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_news_about_spam_topics_produces_nothing(spam, name):
    assert spam(CLEAN[name]) == []


def test_all_news_texts_as_one_document(spam):
    assert spam("\n".join(CLEAN.values())) == []
