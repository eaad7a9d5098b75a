"""The false-positive set: clean texts that name spam topics must produce no SPAM diagnostic.

All texts are written for these tests (or are the project's own seeds 001-004); none is taken
from the evaluation sets.
"""
from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

CLEAN = {
    "crackdown-news-zh-hans": (
        "公安部部署开展“净网”专项行动\n\n"
        "记者从公安部获悉，今年以来各地公安机关严厉打击黄赌毒、网络赌博、淫秽色情等违法犯罪活动。\n"
        "警方近日破获一起特大网络赌博案，查获百家乐、六合彩等赌博网站12个，缴获“熟妇”“人妻”“无码”等淫秽视频3000余部。\n"
        "办案民警介绍，犯罪团伙在境外架设服务器，以“在线观看”“高清不卡”为噱头，通过日韩、欧美影片吸引用户充值。\n"
        "警方提醒，凡是要求加微信 abc8888 领取补贴、日赚500的，都是诈骗。\n"),
    "crackdown-news-zh-hant": (
        "警方破獲跨境網絡賭博集團\n\n"
        "警方表示，該集團以百家樂、六合彩及真人視訊為幌子，吸引市民下注，涉案金額逾三億元。\n"
        "執法人員同時查獲大量淫穢影片，片名包括「熟婦」「人妻」「無碼」等字眼，已交由法院處理。\n"),
    "crackdown-news-en": (
        "Police shut down 40 illegal gambling sites\n\n"
        "Officers said the sites offered online casino games, poker and sports betting, and advertised "
        "free spins and a casino bonus to new players.\n"
        "Investigators also seized servers hosting porn videos, including xxx videos traded for bitcoin.\n"),
    "health-drugs-en": (
        "Erectile dysfunction: what the drugs do\n\n"
        "Viagra (sildenafil), Cialis (tadalafil) and Levitra (vardenafil) are prescription drugs.\n"
        "Doctors warn that you should never buy viagra online without a prescription; an online pharmacy "
        "that sells cheap pills with no prescription is a red flag.\n"
        "Painkillers such as tramadol and oxycodone, and sedatives such as Xanax or Valium, are addictive.\n"),
    "health-zh": (
        "艾滋病主要通过性接触、血液和母婴三种途径传播。\n"
        "无保护的肛交、口交和阴道性交都有感染风险，乳房检查和宫颈筛查应定期进行。\n"
        "医生提醒，网上所谓“壮阳药”“春药”多为假药，不要轻信小广告。\n"),
    "sports-betting-notice-zh": (
        "关于规范体育彩票销售工作的通知\n\n"
        "根据《彩票管理条例》，任何单位和个人不得通过互联网销售体育彩票或者提供投注服务。\n"
        "境外博彩网站、百家乐平台、六合彩等均属非法赌博活动，投注站不得代理。\n"
        "开奖结果以国家体育总局体育彩票管理中心公布的为准，咨询电话：010-12345678。\n"),
    "sports-betting-notice-en": (
        "Notice on sports betting regulation\n\n"
        "Licensed operators may offer sports betting only to adults aged 18 or over.\n"
        "Operators must not advertise free bets, casino bonus offers or free spins to minors; "
        "for questions call 020 7946 0000 or write to PO Box 123.\n"),
    "adult-education-zh": (
        "成人教育学院2024年招生简章\n\n"
        "我院面向社会招收成人高考、网络教育和自学考试学员，国内外名师授课。\n"
        "成人教育 成人高考 网络教育 自学考试 在线学习 在线课程\n"
        "报名咨询电话：023-12345678，学院免费提供学习资料，欢迎来电咨询。\n"),
    "lottery-winner-zh": (
        "彩民喜中双色球一等奖\n\n"
        "本期双色球开奖结果揭晓，一位彩民在投注站以10元投注喜中一等奖，奖金500万元。\n"
        "中奖彩民表示，将把部分奖金捐给福利院。\n"),
    "false-friends-zh-hant": (
        "這一百天來，1萬5千名幹部齊上陣，奏出了脫貧摘帽的動人樂章。\n"
        "港口交易量持續增長，出口交易額創新高，成人教育和性別平等工作穩步推進。\n"),
    "venues-and-links-en": (
        "Tour dates: June 30 - Hollywood Casino Amphitheatre; July 2 - Harrah's Casino, Kansas City.\n"
        "The court filing names pornhub.com and says the site removed the videos.\n"
        "Sign up: Obits newsletter\n"
        "Follow us on Twitter @dailypaper for breaking news.\n"
        "Sources: https://www.who.int/news https://example.org/report.pdf\n"),
    "editor-wechat-zh": (
        "重庆政协报\n微信公众平台:CQZXB999\n编辑：张三 电话：023-63891234\n"
        "关注我们的微信公众号，获取更多资讯。\n"),
    "support-lines-en": (
        "If you or someone you know is struggling, call or text 988, or text HOME to 741741.\n"
        "Subscribe to our newsletter for free updates. Call 911 in an emergency.\n"
        "The casino bonus scheme won a prize for the most misleading advert of the year, the regulator said.\n"),
    "shop-notice-zh": (
        "本店春节期间正常营业，会员凭卡享受九折优惠，详情请咨询门店工作人员。\n"
        "活动时间：2月1日至2月15日，免费停车，欢迎广大市民光临。\n"),
    "korean": "경찰은 불법 온라인 카지노와 음란물 유포 사이트를 단속했다고 밝혔다.\n",
    "portuguese": "A polícia fechou um cassino online ilegal e apreendeu vídeos pornográficos.\n",
    "indonesian": "Polisi menutup situs judi online dan menyita video porno dari server.\n",
    "german": "Die Polizei hat ein illegales Online-Casino geschlossen. Poker und Sportwetten wurden angeboten.\n",
    "japanese": "警察は違法なオンラインカジノを摘発した。無修正の動画も押収された。\n",
    "russian": "Полиция закрыла нелегальное онлайн-казино; изъяты серверы с порно.\n",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_clean_text_produces_nothing(spam, name):
    assert spam(CLEAN[name]) == []


@pytest.mark.parametrize("seed", ["001", "002", "003", "004"])
def test_clean_seeds_produce_nothing(spam, seed):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    assert spam(path.read_text(encoding="utf-8")) == []


def test_whole_false_positive_set_as_one_document(spam):
    assert spam("\n".join(CLEAN.values())) == []
