"""The SPAM matcher (boundaries, allowlist, case folding), the lexicon files and the config path."""
from __future__ import annotations

import json

from doclint.rules.spam.lexicon import LEXICONS, Label, allowlist, read_terms, terms
from doclint.rules.spam.matcher import Matcher, matcher

STRONG = Label("test", strong=True)


def found(m: Matcher, text: str) -> list[tuple[int, int, str]]:
    return [(h.start, h.end, h.term) for h in m.find(text)]


def test_allowlisted_false_friends_drop_the_hits_inside_them():
    m = Matcher([("口交", STRONG), ("幹", STRONG)], ["港口交易", "幹部"])
    assert found(m, "港口交易量增长") == []
    assert found(m, "幹部齊上陣") == []
    assert found(m, "口交") == [(0, 2, "口交")]


def test_single_han_character_needs_a_non_han_neighbour():
    m = Matcher([("幹", STRONG)], [])
    assert found(m, "實幹家") == []
    assert found(m, "幹!") == [(0, 1, "幹")]
    assert found(m, "，幹") == [(1, 2, "幹")]


def test_lone_look_alike_channel_name_must_not_follow_a_han_character():
    m = Matcher([("薇", Label("promo", kind="evade"))], [])
    assert found(m, "李薇 13912345678") == []      # a name
    assert found(m, "薇1234") == [(0, 1, "薇")]
    assert found(m, "看片 薇1234") == [(3, 4, "薇")]


def test_latin_terms_need_word_boundaries_and_match_any_case():
    m = Matcher([("sex", STRONG), ("t.me/", STRONG)], [])
    assert found(m, "Essex and Sussex") == []
    assert found(m, "SEX videos") == [(0, 3, "SEX")]
    assert found(m, "join t.me/deals") == [(5, 10, "t.me/")]
    assert found(m, "diet.me/x") == []


def test_url_words_and_domains_match_inside_host_names():
    m = matcher(("url-words.txt",))
    assert [h.term for h in m.find("www.91porn.com")] == ["91porn", "porn"]
    assert [h.term for h in m.find("Pornhub")] == ["Porn", "Pornhub"]  # original case kept


def test_offsets_are_code_points_after_non_ascii_text_and_lone_surrogates():
    m = Matcher([("sex", STRONG), ("熟妇", STRONG)], [])
    text = "İstanbul \udcff 熟妇 SEX"
    assert found(m, text) == [(11, 13, "熟妇"), (14, 17, "SEX")]
    assert text[11:13] == "熟妇" and text[14:17] == "SEX"


def test_lexicon_files_load_with_labels_and_traditional_forms():
    porn = dict(terms("zh-porn.txt"))
    assert porn["熟妇"].strong and porn["熟婦"].strong
    assert not dict(terms("zh-seo.txt"))["在线观看"].strong
    promo = dict(terms("zh-promo.txt"))
    assert promo["加微信"].kind == "reach" and promo["微信"].kind == "channel" and promo["领取"].kind == "offer"
    assert "港口交易" in allowlist() and "幹部" in allowlist() and "成人教育" in allowlist()
    for name in LEXICONS:
        lines = (read_terms(name))
        assert lines and all(t == t.strip() and not t.startswith("#") for t in lines)


def test_no_lexicon_term_is_a_single_han_character():
    """Except look-alike channel names (``evade``), which count only right next to a handle."""
    for name in LEXICONS:
        for term, label in terms(name):
            assert label.kind == "evade" or not (len(term) == 1 and "\u4e00" <= term <= "\u9fff"), (name, term)


def test_options_from_pyproject_reach_the_rule(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.doclint]\nselect = ["SPAM"]\n'
        '[tool.doclint.rules.keyword-stuffing]\nextend-terms = ["蓝莓影院", "草莓视频", "香蕉在线"]\n',
        encoding="utf-8")
    doc = tmp_path / "page.txt"
    doc.write_text("正文第一段。\n蓝莓影院,草莓视频,香蕉在线\n", encoding="utf-8")
    result = cli("check", str(doc), "--output-format", "json")
    rows = [(d["code"], d["location"]["row"]) for d in json.loads(result.out)]
    assert rows == [("SPAM001", 2)]


def test_rule_docs_are_printed(cli):
    for code in ("SPAM001", "SPAM002", "SPAM003"):
        out = cli("rule", code).out
        for section in ("What:", "Why:", "Example:", "Fix safety:", "Options:"):
            assert section in out, (code, section)


def _texts() -> list[str]:
    """Spam and clean lines in several scripts, as one text each and all together."""
    lines = ["日韩无码高清在线观看,熟妇人妻久久精品,百家乐真人娱乐", "加微信 abc8888 免费领取彩金，日赚500",
             "buy viagra online | cheap cialis | online casino bonus", "港口交易量增长，幹部齊上陣。",
             "Essex and Sussex, SEX videos, join t.me/deals", "李薇 13912345678 薇1234 ur prize, call now",
             "城市的清晨总是从早点摊开始。The morning market opens at six."]
    return [*lines, "\n".join(lines)]


def test_sifted_nfa_and_dfa_automata_find_the_same_hits(monkeypatch):
    """A young matcher sifts terms per small text, then builds an NFA, then a DFA: same hits."""
    import doclint.rules.spam.matcher as m

    def all_hits(young: Matcher) -> list[list[tuple[int, int, str]]]:
        return [found(young, text) for text in _texts()]

    entries = [entry for name in m.SHARED for entry in terms(name)]
    sifted = all_hits(Matcher(entries, allowlist()))
    monkeypatch.setattr(m, "SIFT_MAX_BYTES", 0)
    nfa = all_hits(Matcher(entries, allowlist()))
    monkeypatch.setattr(m, "DFA_AFTER_BYTES", 0)
    dfa_matcher = Matcher(entries, allowlist())
    dfa = all_hits(dfa_matcher)
    assert dfa_matcher._dfa and sifted == nfa == dfa
    assert sum(map(len, sifted)) > 20


def test_a_matcher_stops_sifting_once_it_has_sifted_as_many_terms_as_it_has():
    m = Matcher([("熟妇", STRONG), ("sex", STRONG), ("人妻", STRONG)], [])
    assert found(m, "熟妇 sex") == [(0, 2, "熟妇"), (3, 6, "sex")]
    assert m._automaton is None  # two terms sifted of three
    assert found(m, "人妻 熟妇") == [(0, 2, "人妻"), (3, 5, "熟妇")]
    assert found(m, "人妻") == [(0, 2, "人妻")]
    assert m._automaton is not None


def test_scan_lines_map_only_the_lines_that_pass_and_keep_rows_and_offsets():
    m = Matcher([("sex", STRONG), ("熟妇", STRONG)], [])
    text = "İstanbul\n\udcff 熟妇 x\nclean line\nSEX 熟妇 SEX"
    lines = list(m.scan(text).lines(None, lambda cues: len(cues) >= 2))
    assert [(line.row, line.start, line.end, line.text) for line, _ in lines] == [(4, 27, 37, "SEX 熟妇 SEX")]
    assert [(h.start, h.end, h.term) for h in lines[0][1]] == [(0, 3, "SEX"), (4, 6, "熟妇"), (7, 10, "SEX")]
    every = [(line.row, [h.term for h in hits]) for line, hits in m.scan(text).lines(None, bool)]
    assert every == [(2, ["熟妇"]), (4, ["SEX", "熟妇", "SEX"])]
    assert text[27:37] == "SEX 熟妇 SEX"
