"""MIX001 simplified-traditional-mix: positives, fixes and clean look-alikes."""
from __future__ import annotations

from doclint.model import Applicability
from doclint.rules.mix.script_mix import SimplifiedTraditionalMix as Rule

HEADLINE_S = "云阳县举办了农产品展销会"
HEADLINE_T = "雲陽縣舉辦了農產品展銷會"


def test_simplified_caption_in_traditional_document(check, zh):
    text = "\n".join([HEADLINE_T, zh.traditional[0], HEADLINE_S, zh.traditional[1], HEADLINE_S, zh.traditional[2]])
    result = check(Rule, text)
    assert result.codes == ["MIX001", "MIX001"]
    assert result.rows == [3, 5]
    assert result.positions[0] == ((3, 1), (3, 13))
    assert result.diagnostics[0].message == "Simplified text in a Traditional document"
    assert result.diagnostics[0].fix.applicability is Applicability.UNSAFE
    assert result.fixed().split("\n")[2] == HEADLINE_T


def test_traditional_paragraph_in_simplified_document(check, zh):
    text = "\n\n".join([zh.simplified[0], zh.simplified[1], zh.traditional[2], zh.simplified[3]])
    result = check(Rule, text)
    assert result.rows == [5]
    assert result.diagnostics[0].message == "Traditional text in a Simplified document"
    assert result.fixed().split("\n")[4] == zh.simplified[2]


def test_simplified_clause_inside_traditional_line(check, zh):
    line = "學生們在操場上鍛鍊身體，老师说运动对健康非常重要。"
    text = "\n".join([zh.traditional[0], line, zh.traditional[3]])
    result = check(Rule, text)
    assert result.positions == [((2, 13), (2, 25))]
    assert result.spans_text() == ["老师说运动对健康非常重要"]
    assert result.fixed().split("\n")[1] == "學生們在操場上鍛鍊身體，老師說運動對健康非常重要。"


def test_short_simplified_phrase_is_converted_alone(check, zh):
    line = "這座图书館收藏了大量歷史書籍，每年吸引許多讀者前來參觀。"
    result = check(Rule, "\n".join([zh.traditional[0], line, zh.traditional[2]]))
    assert result.spans_text() == ["图书"]
    assert result.fixed().split("\n")[1] == zh.traditional[1]


def test_fix_writes_the_documents_traditional_standard(check):
    # 說 with 爲 is OpenCC-standard; 説 and 為 are the Hong Kong forms
    hong_kong = ["老師説運動對健康非常重要，也認為要多休息。", "專家們認為應該發展公共交通，市民説好。"]
    text = "\n".join([*hong_kong, "他们说应该发展公共交通", *hong_kong])
    assert check(Rule, text).fixed().split("\n")[2] == "他們説應該發展公共交通"


def test_pure_documents_in_every_standard_are_clean(check, zh):
    import opencc

    simplified = "\n".join(zh.simplified + [HEADLINE_S])
    for config in ("s2t", "s2tw", "s2hk"):
        assert check(Rule, opencc.OpenCC(config).convert(simplified)).diagnostics == []
    assert check(Rule, simplified).diagnostics == []


def test_regional_variants_side_by_side_are_not_mixing(check, zh):
    import opencc

    lines = [opencc.OpenCC("s2t" if i % 2 else "s2tw").convert(s) for i, s in enumerate(zh.simplified)]
    assert check(Rule, "\n".join(lines)).diagnostics == []


def test_characters_common_to_both_scripts_decide_nothing(check, zh):
    # 云, 干, 后, 里, 台 are written in Traditional text too
    text = "\n".join(zh.traditional + ["云台山后面的村里有很多幹部。"])
    assert check(Rule, text).diagnostics == []


def test_simplified_book_title_in_traditional_review_is_fine(check, zh):
    text = "\n".join([zh.traditional[0], "這本《经济发展与环境保护》寫得很好，值得一讀。", zh.traditional[3]])
    assert check(Rule, text).diagnostics == []


def test_japanese_lines_are_not_chinese(check, zh):
    japanese = "駅の近くで新しい図書館が開館し、多くの人が訪れた。天気予報によると明日は雨だ。"
    assert check(Rule, "\n".join([zh.traditional[0], japanese, zh.traditional[1]])).diagnostics == []
    assert check(Rule, "\n".join([zh.simplified[0], japanese, zh.simplified[1]])).diagnostics == []


def test_bilingual_document_is_not_flagged(check, zh):
    text = "\n".join(x for pair in zip(zh.simplified, zh.traditional) for x in pair)
    assert check(Rule, text).diagnostics == []


def test_min_chars_option(check, zh):
    line = "這座图書館收藏了大量歷史書籍。"  # one Simplified-only character (图)
    text = "\n".join([zh.traditional[0], line, zh.traditional[2]])
    assert check(Rule, text).rows == [2]
    assert check(Rule, text, min_chars=2).diagnostics == []


def test_seed_002_captions(check, zh):
    text = zh.seed("002_96c20b164ae70dde.txt")
    result = check(Rule, text)
    assert result.rows == [5, 11, 12, 16, 20, 21, 25, 26, 30, 38, 44]
    assert result.fixed().split("\n")[4] == "雲陽137萬人共奮進,打好了一場高質量脫貧摘帽的榮譽之戰"


def test_one_character_written_all_through_is_a_habit(check, zh):
    # 後 in every line of a Simplified text, 后 never: the author's habit, not a pasted line
    lines = [s.replace("。", "，此後再说。") for s in zh.simplified]
    assert check(Rule, "\n".join(lines)).diagnostics == []
    assert check(Rule, "\n".join(lines), house_style=10).rows == [1, 2, 3, 4]


def test_lone_character_counts_when_its_counterpart_is_written(check, zh):
    # 學 once in a Simplified document that writes 学 elsewhere
    text = "\n".join([*zh.simplified, "他在大學学习，学生很多。", "他在大學学习。", "他在大學学习。"])
    assert check(Rule, text).rows == [5, 6, 7]


def test_japanese_document_with_kanji_only_headings(check):
    # 国/会 look Simplified and 報/機 Traditional to a Chinese table: the kanji-only headings of
    # a Japanese document must not be compared as Chinese lines
    text = "\n".join(["国会", "国会の図書館で新しい展示が始まりました。", "国会", "国会", "報道機関",
                      "多くの人が会場を訪れ、報道によると週末も混雑が予想されます。", "国会"])
    assert check(Rule, text).diagnostics == []


def test_english_lines_quoting_chinese_words_are_not_chinese_lines(check, zh):
    text = "\n".join([*zh.simplified, "Taipei is written 臺北 in Taiwan and 台北 in many papers; 國 is the Traditional form."])
    assert check(Rule, text).diagnostics == []


def test_min_chars_zero_flags_only_lines_with_minority_text(check, zh):
    text = "\n".join([*zh.traditional, "这座图书馆收藏了大量历史书籍。"])
    assert check(Rule, text, min_chars=0).rows == [5]


def test_quotations_are_checked_when_max_quote_is_zero(check, zh):
    text = "\n".join([zh.traditional[0], "他說：「这个图书馆」很好。", zh.traditional[1]])
    assert check(Rule, text).diagnostics == []
    assert check(Rule, text, max_quote=0).rows == [2]
