"""CHROME002 metadata-prefix: a ``label: timestamp`` glued to a paragraph is removed as a span."""
from __future__ import annotations

PARA = "滬滇共飲一江水，攜手戰貧情更深。7月16日至17日，上海市代表團赴雲南學習考察。"


def test_prefix_span_and_fix(check):
    result = check("標題\n最后更新: 2020-07-18 09:38:47" + PARA + "\n", "CHROME002")
    assert result.rows() == [2]
    assert result.spans() == ["最后更新: 2020-07-18 09:38:47"]
    assert result.fixed() == "標題\n" + PARA + "\n"
    assert result.diagnostics[0].fix.applicability.value == "unsafe"


def test_english_prefix(check):
    text = "Updated: Nov 18, 2019 5:26 pm The council approved the plan on Tuesday, officials said.\n"
    result = check(text, "CHROME002")
    assert result.spans() == ["Updated: Nov 18, 2019 5:26 pm"]


def test_whole_metadata_line_is_not_a_prefix(check):
    assert check("发布时间：2020-07-18 09:38:47\n", "CHROME002").diagnostics == []
    # … it is a whole furniture line instead
    assert check("发布时间：2020-07-18 09:38:47\n" + PARA * 2 + "\n", "CHROME001").rows() == [1]


def test_prose_starting_with_a_date_is_kept(check):
    assert check("2020年3月26日，重庆市政协召开专题会议，研究部署下一阶段的帮扶工作。\n").diagnostics == []


def test_extra_labels_option(check):
    text = "修改时间：2021-01-02 " + PARA + "\n"
    assert check(text, "CHROME002").diagnostics == []
    assert check(text, "CHROME002", CHROME002={"extra-labels": ["修改时间:"]}).rows() == [1]


def test_furniture_rule_judges_the_line_by_its_paragraph(check):
    text = "最后更新: 2020-07-18 09:38:47" + PARA + "\n" + PARA + "\n"
    assert check(text, "CHROME001").diagnostics == []
