"""SPAM003 spam-links: listed spam hosts and porn/gambling URL tokens in link-farm lines."""
from __future__ import annotations

from doclint.rules.spam.lexicon import spam_domains
from doclint.rules.spam.links import listed


def test_two_worded_links_are_a_link_farm(spam, fixed):
    text = "友情链接\nwww.xinpujing888.com 91porn.net 百家乐\n正文继续。\n"
    found = spam(text)
    assert [(f.code, f.row, f.col) for f in found] == [("SPAM003", 2, 1)]
    assert found[0].diagnostic.notes[0] == "spam links (2): www.xinpujing888.com, 91porn.net"
    assert fixed(text) == "友情链接\n正文继续。\n"


def test_one_listed_host_in_a_line_of_links(spam):
    host = min(spam_domains())
    assert [f.code for f in spam(f"Partners: http://{host}/ \n")] == ["SPAM003"]
    assert [f.code for f in spam(f"Partners: http://sub.{host}/index.html\n")] == ["SPAM003"]


def test_one_link_inside_a_sentence_stays_clean(spam):
    host = min(spam_domains())
    assert spam(f"The court filing says the site {host} was taken down last year by the police.\n") == []
    assert spam("The ruling names pornhub.com and xvideos.com as defendants in the case.\n") != []
    assert spam("The ruling names pornhub.com as a defendant in the case.\n") == []


def test_url_tokens_count_in_host_names_only(spam):
    assert spam("https://en.wikipedia.org/wiki/Pornography https://example.org/91porn-study\n") == []


def test_listed_covers_subdomains_and_respects_allow():
    domains = frozenset({"bad.example"})
    assert listed("www.bad.example", domains, frozenset())
    assert not listed("notbad.example", domains, frozenset())
    assert not listed("www.bad.example", domains, frozenset({"bad.example"}))


def test_options_extend_and_allow_domains(spam):
    line = "links: fun-one.example fun-two.example\n"
    assert spam(line) == []
    options = {"SPAM003": {"extend-terms": ["fun-one.example", "fun-two.example"]}}
    assert [f.code for f in spam(line, options)] == ["SPAM003"]
    options["SPAM003"]["allow-terms"] = ["fun-two.example"]
    (found,) = spam(line, options)
    assert found.diagnostic.notes[0] == "spam links (1): fun-one.example"
    options["SPAM003"]["allow-terms"] = ["fun-one.example", "fun-two.example"]
    assert spam(line, options) == []
