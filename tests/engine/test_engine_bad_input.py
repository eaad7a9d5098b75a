"""Bad input: one clear line, a documented exit code, no traceback, nothing lost."""
from __future__ import annotations

import os


def test_missing_path(tmp_path, cli):
    result = cli("check", tmp_path / "nope.txt")
    assert result.code == 2
    assert result.err == f"doclint: error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_unreadable_file(tmp_path, cli):
    link = tmp_path / "broken.txt"
    os.symlink(tmp_path / "missing-target", link)
    result = cli("check", "--isolated", "--output-format", "concise", link)
    assert result.code == 1
    assert "broken.txt:1:1: DL005 cannot read file" in result.out


def test_folder_of_binaries(tmp_path, cli):
    for i in range(3):
        (tmp_path / f"img{i}.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = cli("check", "--isolated", "--output-format", "concise", tmp_path)
    assert result.code == 1
    assert result.out.count("DL007 skipped: binary file") == 3
    assert "Traceback" not in result.err


def test_empty_file(tmp_path, cli):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("check", "--isolated", "--output-format", "concise", tmp_path / "empty.txt")
    assert result.code == 1 and "DL006 empty file" in result.out


def test_huge_single_line_file(tmp_path, cli):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (50 * 1024 * 1024))
    result = cli("check", "--isolated", "--output-format", "concise", path)
    assert result.code == 1
    assert "DL008 skipped: 52.4 MB is over max-file-size (16.8 MB)" in result.out


def test_rule_that_raises_is_reported_and_others_run(tmp_path, cli, fake_rules):
    (tmp_path / "a.txt").write_text("BOOM a\u200bb\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("c\u200bd\n", encoding="utf-8")
    result = cli("check", "--isolated", "--select", "CHROME991,ENC990", "--output-format", "concise", tmp_path)
    assert result.code == 2
    lines = result.out.splitlines()
    assert any("a.txt:1:1: DL001 rule CHROME991 (test-crash) failed at fake_rules.py" in ln and "kaboom" in ln for ln in lines)
    assert sum("ENC990" in ln for ln in lines) == 2


def test_rule_with_an_invalid_span_is_reported_and_others_run(tmp_path, cli, fake_rules):
    (tmp_path / "a.txt").write_text("a\u200bb\n", encoding="utf-8")
    result = cli("check", "--isolated", "--select", "CHROME993,ENC990", "--output-format", "concise", tmp_path)
    assert result.code == 2
    assert result.out.splitlines()[:2] == [
        f"{tmp_path / 'a.txt'}:1:1: DL001 rule CHROME993 (test-bad-span) produced an invalid span 4..7",
        f"{tmp_path / 'a.txt'}:1:2: ENC990 [*] zero-width space",
    ]


def test_unknown_output_format(tmp_path, cli):
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    result = cli("check", "--output-format", "jsn", tmp_path / "a.txt")
    assert result.code == 2 and "did you mean 'json'" in result.err
