"""Inline ``<!-- doclint: … -->`` comments in Markdown and HTML; none in plain text."""
from __future__ import annotations

from doclint.suppression import parse_suppressions

MD = """intro a\u200bb
<!-- doclint: disable-next-line ENC990 -->
skipped a\u200bb
checked a\u200bb
<!-- doclint: disable ENC -->
off a\u200bb
<!-- doclint: enable -->
on again a\u200bb
"""


def test_parse():
    assert parse_suppressions(MD) == {2: frozenset({"ENC990"}), 3: frozenset({"ENC990"}),
                                      5: frozenset({"ENC"}), 6: frozenset({"ENC"}), 7: frozenset({"ENC"})}


def test_markdown_honours_comments_text_does_not(tmp_path, cli, fake_rules):
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(MD, encoding="utf-8")
    md = cli("check", "--isolated", "--select", "ENC990", "--output-format", "concise", tmp_path / "a.md")
    rows = [int(line.split(":")[1]) for line in md.out.splitlines()[:-1]]
    assert rows == [1, 4, 8]
    txt = cli("check", "--isolated", "--select", "ENC990", "--output-format", "concise", tmp_path / "a.txt")
    assert len(txt.out.splitlines()) - 1 == 5


def test_fenced_code_is_not_prose(tmp_path, cli, fake_rules):
    text = "intro a\u200bb\n```yaml\ncode a\u200bb\n~~~\nstill code a\u200bb\n```\nafter a\u200bb\n~~~~\nunclosed a\u200bb\n"
    assert parse_suppressions(text) == {r: frozenset({"*"}) for r in (2, 3, 4, 5, 6, 8, 9, 10)}
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    md = cli("check", "--isolated", "--select", "ENC990", "--output-format", "concise", tmp_path / "a.md")
    assert [int(line.split(":")[1]) for line in md.out.splitlines()[:-1]] == [1, 7]


def test_html_comments_are_not_prose():
    text = "intro\n<!-- YAML\nadded: v1.0\n-->\nkept <!-- a note --> kept\n<!-- one line -->\nafter\n"
    assert parse_suppressions(text) == {r: frozenset({"*"}) for r in (2, 3, 4, 6)}


def test_front_matter_and_fences_inside_list_items_are_not_prose():
    text = "---\ntitle: Notes\ncategory: Contributing\n---\n# Notes\n\n1. Run:\n\n    ```sh\n    make\n    ```\n"
    assert parse_suppressions(text) == {r: frozenset({"*"}) for r in (1, 2, 3, 4, 9, 10, 11)}
    assert parse_suppressions("---\nnot front matter, never closed\n") == {}
