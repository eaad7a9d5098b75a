"""The false-positive set: clean documents in several languages must produce no CHROME diagnostic.

Every text here was written for these tests (none comes from the evaluation sets). They are the
shapes a chrome detector confuses with furniture: short lines, lists, signatures, headings,
licence text, dates, repeated questions.
"""
from __future__ import annotations

import pytest

from doclint.corpus_counts import DocumentFrequency
from doclint.rules.chrome.recurring import RecurringLine

CLEAN = {
    "recipe-en": (
        "Lemon drizzle cake\n\n"
        "A simple loaf cake that keeps for days and tastes better on the second.\n\n"
        "Ingredients\n\n"
        "225 g butter\n225 g caster sugar\n4 eggs\n275 g self-raising flour\n2 lemons\n"
        "Salt\nIcing sugar\n\n"
        "Method\n\n"
        "Heat the oven to 180C. Beat the butter and sugar until pale, then add the eggs one at a time.\n"
        "Fold in the flour and the lemon zest, spoon into the tin and bake for 45 minutes.\n"
        "Mix the lemon juice with the icing sugar and pour it over the warm cake.\n"),
    "recipe-zh": (
        "红烧肉的做法\n\n"
        "用料\n五花肉 500克\n冰糖 30克\n生抽 2勺\n老抽 1勺\n料酒 适量\n葱姜 少许\n\n"
        "做法\n"
        "1、五花肉切块，冷水下锅焯水，捞出洗净沥干。\n"
        "2、锅中放少许油，加入冰糖小火炒出糖色，放入肉块翻炒均匀。\n"
        "3、加入生抽、老抽、料酒和葱姜，倒入开水没过肉块，小火炖一个小时即可。\n"),
    "poem-zh-hant": (
        "靜夜思\n李白\n\n床前明月光，\n疑是地上霜。\n舉頭望明月，\n低頭思故鄉。\n"),
    "poem-classical-spaces": (
        "春晓\n孟浩然\n\n春眠不觉晓 处处闻啼鸟 夜来风雨声 花落知多少\n"),
    "poem-en-refrain": (
        "The River\n\n"
        "Down by the river the willows lean\n"
        "over the water, silver and green,\n"
        "and the river runs, and the river runs.\n\n"
        "Up on the hill the old mill stands\n"
        "turning the light with its wooden hands,\n"
        "and the river runs, and the river runs.\n"),
    "readme-license": (
        "# tinyqueue\n\n"
        "A small priority queue for Python with a heap under the hood and no dependencies.\n\n"
        "## Install\n\n"
        "pip install tinyqueue\n\n"
        "## Usage\n\n"
        "Create a queue, push items with a priority and pop the smallest one first.\n\n"
        "## License\n\n"
        "Copyright (c) 2021 Jane Doe\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
        "software, to deal in the Software without restriction.\n"),
    "government-notice-zh": (
        "关于做好2024年春节期间安全生产工作的通知\n\n"
        "各区县人民政府，市政府各部门：\n"
        "春节将至，为切实做好节日期间安全生产工作，防范各类事故发生，现将有关事项通知如下。\n"
        "一、加强组织领导，落实安全责任。\n"
        "二、开展隐患排查，及时消除风险。\n"
        "三、严格值班值守，确保信息畅通。\n"
        "联系电话：023-12345678\n\n"
        "某某市人民政府办公室\n"
        "2024年1月20日\n"),
    "government-notice-zh-hant": (
        "關於颱風期間停課安排的公告\n\n"
        "因應颱風來襲，本局宣布明日全市各級學校停課一天，請家長及學生留意最新消息。\n"
        "如有疑問，請致電教育局查詢。\n\n"
        "教育局\n"
        "二〇二四年九月五日\n"),
    "forum-post-en": (
        "Re: Best way to store winter tyres?\n\n"
        "I keep mine stacked flat in the garage on a bit of cardboard, never had a problem.\n"
        "Just make sure they are clean and dry before you put them away for the summer.\n\n"
        "Posted from my phone, sorry for typos\n"),
    "forum-post-zh": (
        "请教一下大家，新手养猫需要准备什么？\n\n"
        "下个月要接一只小猫回家，想提前把东西准备好，猫砂盆、猫粮、猫抓板这些是不是必须的？\n"
        "另外疫苗一般什么时候打比较合适，谢谢各位！\n"),
    "list-in-article-en": (
        "Five things to check before a long drive\n\n"
        "A short check in the driveway can save hours at the roadside.\n\n"
        "Tyre pressure\nOil level\nWasher fluid\nLights\nSpare wheel\n\n"
        "If anything looks wrong, fix it before you set off rather than hoping it will last.\n"),
    "subheadings-zh": (
        "城市更新的三个关键\n\n"
        "城市更新不是简单的拆旧建新，而是一项涉及规划、产业和民生的系统工程。\n\n"
        "规划先行\n\n"
        "科学的规划是城市更新的前提，需要统筹考虑人口、交通和公共服务的需要。\n\n"
        "产业带动\n\n"
        "没有产业支撑的更新难以持续，要引入新业态，创造新的就业机会。\n\n"
        "民生为本\n\n"
        "城市更新的最终目的是改善居民生活，必须充分听取居民的意见和建议。\n"),
    "interview-de": (
        "Drei Fragen an eine Bäckerin\n\n"
        "Wann beginnt Ihr Arbeitstag?\n"
        "Um drei Uhr morgens, dann ist der Teig für die Brötchen schon fertig.\n"
        "Was backen Sie am liebsten?\n"
        "Roggenbrot, weil es am meisten Geduld verlangt und am längsten hält.\n"),
    "interview-repeated-questions-ru": (
        "Три повара о своей работе\n\n"
        "Анна Петрова\n"
        "Что вас вдохновляет на новые блюда?\n"
        "Рынок по субботам: я смотрю, что свежее, и придумываю меню на неделю.\n"
        "Иван Смирнов\n"
        "Что вас вдохновляет на новые блюда?\n"
        "Путешествия, особенно уличная еда в маленьких городах, где никто не спешит.\n"),
    "short-poem-then-prose-en": (
        "Fog\n\n"
        "The fog comes\non little cat feet\nIt sits looking\nover harbor\nand city\non silent haunches\n"
        "and then moves on\n\n"
        "The poem compares the fog to a cat, quiet and patient, arriving and leaving on its own terms.\n"),
    "signatories-at-the-end-en": (
        "Open letter on library hours\n\n"
        "We, the undersigned, ask the council to keep the central library open on Sunday afternoons.\n"
        "Many families rely on the reading room and the free computers at the weekend.\n\n"
        "Anna Berg\nTom Hale\nRita Osei\nJon Park\nMia Ruiz\nLeo Stein\nIda Vogel\n"),
    "one-character-lines-zh": (
        "查经笔记：明白心意的三个层次\n\n"
        "学习的目的，是认识做决定之前要先安静下来，再看清自己的动机。\n"
        "下面的图把三个层次竖着写出来，每行一个字：\n"
        "上\n中\n下\n"
        "1.到现在为止，我是用什么方式来做出抉择的？\n"
        "2.做决定的时候，我心里平安吗？\n"
        "最后，请每个人写下一件这周需要做决定的事情，下次聚会时一起分享。\n"),
    "sentences-opening-with-ui-words-en": (
        "The studio showed the new engine running on three consoles side by side.\n\n"
        "Posted on social media by the analysts who ran the tests,\n"
        "the clips show steady frame rates even in the busiest scenes of the demo.\n\n"
        "Ok, now for a little fun.\n\n"
        "The same scene, rendered at twice the resolution, still held its pace on the newest console.\n"),
    # prose damaged by mojibake is ENC's to report: the 'Ã©' of a cp1252-read 'é' is not a copyright sign
    "mojibake-prose-fr-en": (
        "Le cafÃ© du coin sert une crÃ¨me brÃ»lÃ©e\n\n"
        "The cafÃ© served crÃ¨me brÃ»lÃ©e to every guest\n\n"
        "Nous avons visitÃ© le musÃ©e avant le dÃ®ner.\n"),
    "live-blog-timestamps-en": (
        "Storm updates\n\n"
        "10 p.m.\n\n"
        "The weather service says the storm has weakened but heavy rain is still expected overnight.\n\n"
        "4:14 p.m.\n\n"
        "Power has been restored to most homes in the northern districts, the utility said.\n"),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_clean_document_is_not_flagged(check, name):
    result = check(CLEAN[name])
    assert result.diagnostics == [], result.found()


def test_clean_set_as_one_run_has_no_recurring_lines(check):
    rule = RecurringLine()
    from doclint import Document
    counts = DocumentFrequency(width=1 << 12)
    for text in CLEAN.values():
        counts.add_document(rule.corpus_keys(Document.from_text(text)))
    for name, text in CLEAN.items():
        assert check(text, "CHROME004", corpus=counts).diagnostics == [], name
