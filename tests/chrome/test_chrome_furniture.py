"""CHROME001 boilerplate-line: furniture lines found, content lines kept, fixes delete rows."""
from __future__ import annotations

BODY_ZH = (
    "市政协召开专题协商会，围绕乡村振兴开展深入讨论，与会委员建言献策，提出了许多具体可行的意见。\n"
    "会议指出，要进一步完善帮扶机制，推动产业发展，让群众得到更多实惠，增强获得感和幸福感。\n"
    "与会人员一致表示，将认真落实会议精神，扎实推进各项工作，确保年度目标任务如期完成。\n")

PAGE_ZH = (
    "首页>新闻中心>要闻\n"          # 1 breadcrumb
    "乡村振兴专题协商会召开\n"      # 2 title (kept)
    "2023年06月08日 09:30 | 作者:张三 | 来源:本网\n"  # 3 byline
    "分享到:\n"                    # 4 share widget
    + BODY_ZH +                   # 5-7 body
    "责任编辑:李四\n"              # 8 editor
    "相关推荐\n"                   # 9 related header
    "全市经济运行总体平稳\n"         # 10 list item
    "2023-06-08 08:47\n"          # 11 timestamp
    "第二届文化节开幕\n"            # 12 list item
    "2023-06-07 17:20\n"          # 13 timestamp
    "版权所有:某某网 京ICP备12345678号\n")  # 14 footer


def test_chinese_page_chrome_rows(check):
    result = check(PAGE_ZH, "CHROME001")
    assert result.rows() == [1, 3, 4, 8, 9, 10, 11, 12, 13, 14]
    assert set(result.codes) == {"CHROME001"}


def test_chinese_page_fix_keeps_title_and_body_and_leaves_no_blank_line(check):
    assert check(PAGE_ZH, "CHROME001").fixed() == "乡村振兴专题协商会召开\n" + BODY_ZH


def test_traditional_forms_match_the_simplified_lists(check):
    page = ("首頁>新聞中心>要聞\n專題協商會召開\n" + BODY_ZH
            + "責任編輯:李四\n關鍵詞:鄉村 振興\n相關文章:\n")
    result = check(page, "CHROME001")
    assert result.rows() == [1, 6, 7, 8]


def test_messages_name_the_category(check):
    messages = [d.message for d in check(PAGE_ZH, "CHROME001").diagnostics]
    assert messages[0].startswith("navigation or masthead")
    assert messages[1].startswith("byline or metadata")
    assert messages[2].startswith("share widget")
    assert messages[-1].startswith("site footer")


BODY_EN = (
    "The city council approved the new transport plan on Tuesday after a long debate about costs.\n"
    "Officials said the first bus lanes would open next spring, with more routes added in 2025.\n"
    "Residents who spoke at the meeting welcomed the plan but asked for better night services.\n")


def test_english_page_menu_share_related_and_footer(check):
    page = ("Skip to content\nHome\nNews\nSport\nWeather\nCouncil approves transport plan\n" + BODY_EN
            + "Share this article\nFacebook\nTwitter\nRelated stories\nNew bridge opens to traffic\n"
            + "Mayor announces budget\nPrivacy Policy | Terms of Use | Contact us\n"
            + "© 2024 Example News. All rights reserved.\n")
    result = check(page, "CHROME001")
    assert result.rows() == [1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 17]
    assert result.fixed() == "Council approves transport plan\n" + BODY_EN


def test_ui_word_rows_and_pagers(check):
    page = BODY_ZH + "放大 缩小 默认\n第 1 页/共 3 页 << 上一页 | 下一页 >>\n大 中 小\n"
    assert check(page, "CHROME001").rows() == [4, 5, 6]


def test_related_list_with_bullets_and_counters_is_one_block(check):
    page = (BODY_ZH + "相关推荐 -\n"
            "转头，特朗普就炮轟歐盟 評論 196 經濟數據好於預期 評論 251\n-\n市场回暖迹象明显\n-\n新政策出台\n-\n")
    assert check(page, "CHROME001").rows() == [4, 5, 6, 7, 8, 9, 10]


def test_headline_zone_above_the_first_paragraph_stays(check):
    page = ("版面翻页\n要闻\n01\n一步一个脚印把帮扶落到实处\n——市政协帮扶集团助力乡村振兴\n"
            "□ 本报记者 秦杰\n" + BODY_ZH)
    assert check(page, "CHROME001").rows() == [1, 2, 3, 6]


def test_extra_phrases_from_config_and_ignored_categories(check):
    page = BODY_EN + "Support our journalism\n"
    assert check(page, "CHROME001").rows() == []
    extended = check(page, "CHROME001", CHROME001={"extra-footer": ["support our journalism"]})
    assert extended.rows() == [4]
    quiet = check(page, "CHROME001", CHROME001={"extra-footer": ["support our journalism"],
                                                 "ignore-categories": ["footer"]})
    assert quiet.rows() == []


def test_last_line_without_newline_is_deleted_cleanly(check):
    page = BODY_EN + "Share"
    result = check(page, "CHROME001")
    assert result.rows() == [4]
    assert result.fixed() == BODY_EN


def test_fixes_are_unsafe(check):
    assert {d.fix.applicability.value for d in check(PAGE_ZH, "CHROME001").diagnostics} == {"unsafe"}


def test_menu_of_unknown_words_above_the_text(check):
    page = "Politik\nWirtschaft\nKultur\nSport\nReisen\nWissen\nGesundheit\nNeue Brücke eröffnet\n" + BODY_EN
    result = check(page, "CHROME001")
    assert result.rows() == [1, 2, 3, 4, 5, 6, 7]
    assert "menu of short words" in result.diagnostics[0].message


def test_a_one_paragraph_text_is_never_taken_for_a_teaser(check):
    text = ("Officials said the first bus lanes would open next spring, with more routes later.\n"
            "Share\n")
    result = check(text, "CHROME001")
    assert result.rows() == [2]


def test_an_ad_line_inside_the_article_does_not_cut_off_the_rest(check):
    text = BODY_EN + "Advertisement\nThe plan will be reviewed again in two years.\n"
    assert check(text, "CHROME001").rows() == [4]


def test_dialogue_closing_a_story_stays_above_its_tag_row(check):
    story = ("放学后，小林把伞递给站在门口的同学，两个人沿着河边慢慢走回家。雨一直没有停，"
             "路灯一盏一盏亮起来，他们谈起下个月的比赛，也谈起各自想去的城市。\n\n"
             "走到路口的时候，同学停下来看着他，像是有话要说，却又半天没有开口。\n\n"
             "“今天谢谢你。”\n\n“……没什么。”\n\n“明天见？”\n\n“明天见。”\n\n"
             "标签： 同人 校园 短篇\n")
    assert check(story, "CHROME001").rows() == [13]


def test_breadcrumb_trail_is_reported_and_the_title_above_it_kept(check):
    page = ("乡村振兴专题协商会召开_新闻中心_某某网\n"
            "某某网首页 > 新闻中心 > 地方要闻 > 正文\n"
            "乡村振兴专题协商会召开\n" + BODY_ZH)
    result = check(page, "CHROME001")
    assert result.rows() == [2]
    assert "breadcrumb" in result.diagnostics[0].message


def test_breadcrumb_of_four_levels_in_english(check):
    page = ("Home >> World >> Europe >> Ports reopen after the strike\n"
            "Ports reopen after the strike\n"
            "Dockworkers returned to work on Monday after a week-long strike, the union said.\n"
            "Shipping companies expect the backlog of containers to clear within ten days.\n"
            "The agreement raises wages by four percent this year and three percent next year.\n")
    assert check(page, "CHROME001").rows() == [1]


def test_arrows_and_comparisons_inside_an_article_are_not_breadcrumbs(check):
    page = ("数据处理的基本流程\n"
            "一个完整的数据处理系统通常由几个环节组成，每个环节都要有明确的输入和输出。\n"
            "采集 -> 清洗 -> 分析 -> 展示\n"
            "北京 → 天津 → 济南 → 南京\n"
            "To clear the cache, open the menu and choose:\n"
            "Settings > Privacy > Clear data\n"
            "In the test, the ranking was clear: 9 > 7 > 4 > 2\n"
            "每个环节都可能出错，所以要在每一步都做好检查和记录，出了问题才能很快找到原因。\n")
    assert check(page).diagnostics == []


def test_bracketed_buttons_are_reported_without_taking_their_neighbours(check):
    page = (BODY_ZH + "大家都说好\n【 打印 】\n［ 关闭 ］\n【新春走基层】\n")
    result = check(page, "CHROME001")
    assert result.rows() == [5, 6]
    assert result.spans() == ["【 打印 】", "［ 关闭 ］"]


def test_bracketed_bylines_are_reported_and_the_caption_above_kept(check):
    page = (BODY_ZH + "（责任编辑： 李四 ）\n"
            "The lander on the launch pad before the test flight.\n"
            "(Image credit: Example Space Agency)\n"
            "Engineers checked the fuel lines twice before they cleared the vehicle for launch.\n")
    result = check(page, "CHROME001")
    assert result.rows() == [4, 6]
    assert all("in brackets" in d.message for d in result.diagnostics)


def test_pager_of_bracketed_numbers(check):
    assert check(BODY_ZH + "[1] [2] [3] [4]\n", "CHROME001").rows() == [4]


RANKING = ("1. 城市夜景摄影技巧(5120)\n2. 周末自驾游路线推荐(4873)\n3. 家常菜的十种做法(4410)\n"
           "4. 新手如何挑选相机...\n"
           "5. 周末带孩子去哪里玩？这些公园、博物馆、图书馆和科技馆都值得一去，而且大部分在节假日也免费向所有市民开放，交通也很方便(3950)\n")


def test_numbered_ranking_with_counters_goes_with_its_header(check):
    result = check(BODY_ZH + "阅读排行\n" + RANKING + "版权所有:某某网\n", "CHROME001")
    assert result.rows() == [4, 5, 6, 7, 8, 9, 10]


def test_numbered_list_with_years_after_a_chrome_line_stays(check):
    films = "1. 城南旧事(1983)\n2. 霸王别姬(1993)\n3. 活着(1994)\n4. 一一(2000)\n"
    result = check(BODY_ZH + "责任编辑:李四\n" + films, "CHROME001")
    assert result.rows() == [4]


def test_clean_article_with_a_ranking_and_buttons_words_is_clean(check):
    page = ("社区投票结果出炉\n"
            "本月的社区活动投票已经结束，共有三百多位居民参与，下面是得票最多的几个提议。\n"
            "1. 增设儿童游乐区(126)\n2. 延长图书室开放时间(98)\n3. 组织周末跳蚤市场(75)\n"
            "【关闭】和【打印】两个按钮的位置，物业也会根据大家的意见重新调整。\n"
            "下一轮投票将在月底开始，欢迎更多居民参与，共同把小区建设得更好。\n")
    assert check(page).diagnostics == []


def test_related_link_in_brackets_goes_alone(check):
    page = ("The company reported higher revenue for the third quarter in a row, helped by cloud sales.\n"
            "[Related: Five things we learned at the developer conference]\n"
            "Analysts had expected slower growth because of weaker demand in Europe and Asia.\n")
    result = check(page, "CHROME001")
    assert result.rows() == [2]
    assert "'related' in brackets" in result.diagnostics[0].message
